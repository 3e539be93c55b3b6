package org.saydo.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The syndication clustering on the labelled reports of {@code src/test/resources/syndication} (see its
 * README): every pair of reports is labelled, copies of one story positive, everything else negative.
 */
class SyndicationTest {

    private static final List<String> STORIES = List.of("talks", "odesa", "envoy", "sanctions");
    private static final List<String> KINDS = List.of("base", "headline", "dateline", "trimmed", "short", "added",
            "reworded", "rewrite", "other");

    private record Report(String name, String story, String text) {
    }

    static List<Report> reports() throws IOException {
        List<Report> reports = new ArrayList<>();
        for (String story : STORIES) {
            for (String kind : KINDS) {
                String name = story + "-" + kind + ".txt";
                try (InputStream in = Objects.requireNonNull(
                        SyndicationTest.class.getResourceAsStream("/syndication/" + name), name)) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    boolean copy = !kind.equals("rewrite") && !kind.equals("other");
                    reports.add(new Report(name, copy ? story : name, text));
                }
            }
        }
        return reports;
    }

    @Test
    void copiesWithSmallEditsAreOneClusterAndRewritesOrOtherStoriesAreNot() throws IOException {
        List<Report> reports = reports();
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        int hardNegatives = 0;
        int hardFalse = 0;
        double lowestPositive = 1;
        double highestNegative = 0;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) {
                Report a = reports.get(i);
                Report b = reports.get(j);
                boolean gold = a.story().equals(b.story());
                double jaccard = Syndication.jaccard(Syndication.shingles(a.text()), Syndication.shingles(b.text()));
                boolean said = jaccard >= Syndication.THRESHOLD;
                boolean sameEvent = a.name().split("-")[0].equals(b.name().split("-")[0]);
                if (gold) {
                    lowestPositive = Math.min(lowestPositive, jaccard);
                } else {
                    highestNegative = Math.max(highestNegative, jaccard);
                    if (sameEvent) {
                        hardNegatives++;
                        hardFalse += said ? 1 : 0;
                    }
                }
                if (gold && said) {
                    tp++;
                } else if (said) {
                    fp++;
                } else if (gold) {
                    fn++;
                } else {
                    tn++;
                }
                if (gold != said) {
                    wrong.add(a.name() + " ~ " + b.name() + String.format(Locale.ROOT, " %.2f", jaccard));
                }
            }
        }
        double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double recall = (double) tp / (tp + fn);
        System.out.printf(Locale.ROOT, "syndication pairs: %d positive, %d negative (%d on the same event); "
                + "precision %.3f, recall %.3f (tp %d, fp %d, fn %d, tn %d); same-event negatives called copies: "
                + "%d; lowest positive Jaccard %.2f, highest negative %.2f%n", tp + fn, fp + tn, hardNegatives,
                precision, recall, tp, fp, fn, tn, hardFalse, lowestPositive, highestNegative);
        assertThat(tp + fn).isEqualTo(4 * 21);
        assertThat(hardNegatives).isEqualTo(4 * 15);
        assertThat(precision).as("wrong pairs: %s", wrong).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).as("wrong pairs: %s", wrong).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void everyPairOfCopiesSharesABandKeySoMinHashProposesIt() throws IOException {
        List<Report> reports = reports();
        int positives = 0;
        int proposed = 0;
        for (int i = 0; i < reports.size(); i++) {
            for (int j = i + 1; j < reports.size(); j++) {
                if (reports.get(i).story().equals(reports.get(j).story())) {
                    positives++;
                    long[] a = Syndication.bandKeys(Syndication.shingles(reports.get(i).text()));
                    long[] b = Syndication.bandKeys(Syndication.shingles(reports.get(j).text()));
                    if (shareAny(a, b)) {
                        proposed++;
                    }
                }
            }
        }
        assertThat(proposed).isEqualTo(positives);
    }

    @Test
    void handCheckedShinglesAndJaccard() {
        // "The talks ended. The TALKS ended!" has words the talks ended the talks ended: shingles
        // "the talks ended", "talks ended the", "ended the talks" (the fourth repeats the first).
        assertThat(Syndication.shingles("The talks ended. The TALKS ended!")).hasSize(3);
        // "a b c d" has {abc, bcd}; "a b c e" has {abc, bce}: one shared of three, 1/3.
        assertThat(Syndication.jaccard(Syndication.shingles("a b c d"), Syndication.shingles("a b c e")))
                .isEqualTo(1.0 / 3);
        assertThat(Syndication.shingles("two words")).hasSize(1);
        assertThat(Syndication.shingles(" ,; ")).isEmpty();
        assertThat(Syndication.bandKeys(new long[0])).isEmpty();
        assertThat(Syndication.jaccard(new long[0], new long[0])).isZero();
    }

    @Test
    void randomTextsGiveDeterministicSortedShinglesAndBandKeys() {
        Random random = new Random(12);
        for (int n = 0; n < 200; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(300);
            for (int i = 0; i < length; i++) {
                text.append((char) (random.nextInt(3) == 0 ? ' ' : 'a' + random.nextInt(5)));
            }
            long[] s = Syndication.shingles(text.toString());
            for (int i = 1; i < s.length; i++) {
                assertThat(s[i]).isGreaterThan(s[i - 1]);
            }
            assertThat(Syndication.shingles(text.toString())).isEqualTo(s);
            assertThat(Syndication.bandKeys(s)).isEqualTo(Syndication.bandKeys(s.clone()))
                    .hasSize(s.length == 0 ? 0 : Syndication.BANDS);
            assertThat(Syndication.jaccard(s, s)).isEqualTo(s.length == 0 ? 0.0 : 1.0);
        }
    }

    private static boolean shareAny(long[] a, long[] b) {
        for (long x : a) {
            for (long y : b) {
                if (x == y) {
                    return true;
                }
            }
        }
        return false;
    }
}
