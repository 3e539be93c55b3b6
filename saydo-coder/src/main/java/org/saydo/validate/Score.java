package org.saydo.validate;

/**
 * Counts over a set of records.
 *
 * @param records records run
 * @param passed records that came out exactly as expected
 * @param expected expected codings
 * @param truePositives expected codings found
 * @param found codings found (counted modalities, duplicates removed)
 * @param falsePositives found codings not expected
 * @param agree3 expected codings found or found with only the 4th digit of the event code different
 * @param agree2 expected codings found with the same CAMEO root (first two digits)
 */
public record Score(int records, int passed, int expected, int truePositives, int found, int falsePositives,
        int agree3, int agree2) {

    public Score {
        if (records < 0 || passed < 0 || passed > records || expected < 0 || truePositives < 0
                || truePositives > expected || found < 0 || falsePositives < 0 || falsePositives > found
                || agree3 < truePositives || agree2 < agree3 || agree2 > expected) {
            throw new IllegalArgumentException("inconsistent counts: " + records + " records, " + passed
                    + " passed, " + expected + " expected, " + truePositives + " TP, " + found + " found, "
                    + falsePositives + " FP, " + agree3 + " agree3, " + agree2 + " agree2");
        }
    }

    /** No records. */
    public static final Score ZERO = new Score(0, 0, 0, 0, 0, 0, 0, 0);

    /** This score with one more record. */
    public Score plus(RecordResult r) {
        return new Score(records + 1, passed + (r.passed() ? 1 : 0), expected + r.record().expected().size(),
                truePositives + r.truePositives().size(), found + r.found().size(),
                falsePositives + r.falsePositives().size(), agree3 + r.agreeing(3).size(),
                agree2 + r.agreeing(2).size());
    }

    /** Expected codings not found. */
    public int falseNegatives() {
        return expected - truePositives;
    }

    /** True positives as a percentage of expected codings (0 when none expected). */
    public double tpPercent() {
        return percent(truePositives, expected);
    }

    /** False negatives as a percentage of expected codings (0 when none expected). */
    public double fnPercent() {
        return percent(falseNegatives(), expected);
    }

    /** False positives as a percentage of found codings (0 when none found). */
    public double fpPercent() {
        return percent(falsePositives, found);
    }

    /** {@link #agree3} as a percentage of expected codings. */
    public double agree3Percent() {
        return percent(agree3, expected);
    }

    /** {@link #agree2} as a percentage of expected codings. */
    public double agree2Percent() {
        return percent(agree2, expected);
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0.0 : 100.0 * part / whole;
    }
}
