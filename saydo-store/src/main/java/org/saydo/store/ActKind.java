package org.saydo.store;

import java.util.Objects;
import java.util.Optional;
import org.saydo.record.Modality;

/**
 * The one rule of what an act (an event or a quote) counts as in a say–do analysis: a word or a deed, or neither.
 * With the CAMEO root r (first two digits of the code) and the modality:
 *
 * <ul>
 *   <li>material roots (06–09, 15–20) asserted or reported: a <b>deed</b>;</li>
 *   <li>material roots with modality intent: a <b>word</b> (a stated intent to strike is a word, not a deed);</li>
 *   <li>verbal roots (01–05, 10–14) asserted, reported or intent: a <b>word</b>; quotes are words by this rule
 *       with their own code (010 for a plain statement);</li>
 *   <li>hypothetical, negated and background (a reference to a past or ongoing state), or no root: neither.</li>
 * </ul>
 *
 * The QuadClass an act is counted under follows from its root and kind, not from the stored {@code quad}: deeds 2
 * (06–09) or 4 (15–20); words 1 (01–05, intents of 06–09) or 3 (10–14, intents of 15–20). The analyses, the HTTP
 * API and the dashboard all count by this rule; {@link RecordReader} renders it in SQL with {@link #sql} and
 * {@link #quadSql}, which a test checks against {@link #of} for every root and modality.
 */
public enum ActKind {
    WORD, DEED;

    /** The lower-case name used in SQL and JSON. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** What an act of this CAMEO code and modality counts as, or empty for neither. */
    public static Optional<ActKind> of(String cameo, Modality modality) {
        Objects.requireNonNull(modality, "modality");
        Integer root = root(cameo);
        if (root == null || modality == Modality.HYPOTHETICAL || modality == Modality.NEGATED
                || modality == Modality.BACKGROUND) {
            return Optional.empty();
        }
        if (material(root)) {
            return Optional.of(modality == Modality.INTENT ? WORD : DEED);
        }
        return Optional.of(WORD);
    }

    /** The QuadClass (1–4) an act of this kind and CAMEO code is counted under. */
    public int quadClass(String cameo) {
        Integer root = root(cameo);
        if (root == null) {
            throw new IllegalArgumentException("not a CAMEO code: '" + cameo + "'");
        }
        if (this == DEED) {
            return root <= 9 ? 2 : 4;
        }
        return root <= 9 ? 1 : 3;
    }

    /** The root of a CAMEO code as a number, or null when its first two characters are not digits. */
    static Integer root(String cameo) {
        if (cameo == null || cameo.length() < 2 || !Character.isDigit(cameo.charAt(0))
                || !Character.isDigit(cameo.charAt(1))) {
            return null;
        }
        return Integer.parseInt(cameo.substring(0, 2));
    }

    private static boolean material(int root) {
        return (root >= 6 && root <= 9) || (root >= 15 && root <= 20);
    }

    /** SQL: the root of a CAMEO code column as an integer. */
    static String rootSql(String column) {
        return "TRY_CAST(substr(" + column + ", 1, 2) AS INTEGER)";
    }

    /** SQL of {@link #of}: {@code 'word'}, {@code 'deed'} or NULL, from an integer root and a modality column. */
    static String sql(String root, String modality) {
        String material = "(" + root + " BETWEEN 6 AND 9 OR " + root + " BETWEEN 15 AND 20)";
        return "CASE WHEN " + modality + " IN ('hypothetical', 'negated', 'background') OR " + root
                + " IS NULL THEN NULL WHEN " + material + " THEN CASE WHEN " + modality + " = 'intent' THEN 'word' "
                + "ELSE 'deed' END ELSE 'word' END";
    }

    /** SQL of {@link #quadClass}, from an integer root and a kind column. */
    static String quadSql(String root, String kind) {
        return "CASE WHEN " + kind + " = 'deed' THEN CASE WHEN " + root + " <= 9 THEN 2 ELSE 4 END "
                + "WHEN " + root + " <= 9 THEN 1 ELSE 3 END";
    }
}
