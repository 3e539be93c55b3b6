package org.saydo.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.saydo.store.Evidence;

/**
 * Scores the ledger's decisions against a ledger written by hand ({@code corpus/ledger/dev-ledger.txt}, format in
 * its header): each entry of the ledger is matched to the first hand line with the same commitment document, a
 * compatible source and target (code prefixes either way; an entry without a target matches any) and a compatible
 * CAMEO code (one a prefix of the other: a hand "13" takes a 130 or a 138, a hand "138" not a 131); the precision of
 * a status is
 * the share of the matched entries of that status whose hand fate is the same. Pure; thread-safe.
 */
public final class LedgerScore {

    private LedgerScore() {
    }

    /** One hand-written commitment and its fate. */
    public record Hand(int line, String doc, String source, String target, String cameo, Ledger.Status fate,
            String decidedBy, String why) {
        public Hand {
            Objects.requireNonNull(doc, "doc");
            Objects.requireNonNull(fate, "fate");
        }
    }

    /**
     * The score of one status.
     *
     * @param status the ledger's status
     * @param matched entries of this status matched to a hand line
     * @param agreed of those, the ones whose hand fate is the same
     * @param unmatched entries of this status that no hand line describes (not scored)
     */
    public record Score(Ledger.Status status, int matched, int agreed, int unmatched) {
        /** {@code agreed / matched}, or null when nothing matched. */
        public Double precision() {
            return matched == 0 ? null : (double) agreed / matched;
        }
    }

    /** A disagreement, for the report. */
    public record Miss(Ledger.Entry entry, Hand hand) {
    }

    /** The scores per status (in {@link Ledger.Status} order) and the disagreements. */
    public record Result(Map<Ledger.Status, Score> scores, List<Miss> misses, int handLines, int handMatched) {
        public Result {
            scores = Map.copyOf(scores);
            misses = List.copyOf(misses);
        }
    }

    /** Reads a hand ledger; a bad line is an error naming the file, the line and the reason. */
    public static List<Hand> read(Path file) throws IOException {
        List<Hand> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.strip().startsWith("#")) {
                continue;
            }
            String[] f = l.split("\\s\\|\\s", -1);
            if (f.length != 7) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 7 fields separated by ' | ', "
                        + "found " + f.length);
            }
            Ledger.Status fate;
            try {
                fate = Ledger.Status.parse(f[4].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
            out.add(new Hand(i + 1, f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip(), fate, f[5].strip(),
                    f[6].strip()));
        }
        return out;
    }

    /** Scores ledger entries against hand lines. */
    public static Result score(List<Ledger.Entry> entries, List<Hand> hand) {
        Map<Ledger.Status, int[]> tally = new EnumMap<>(Ledger.Status.class);
        for (Ledger.Status s : Ledger.Status.values()) {
            tally.put(s, new int[3]);
        }
        List<Miss> misses = new ArrayList<>();
        java.util.Set<Hand> used = new java.util.HashSet<>();
        for (Ledger.Entry e : entries) {
            Hand h = hand.stream().filter(x -> matches(e.commitment(), x)).findFirst().orElse(null);
            int[] t = tally.get(e.status());
            if (h == null) {
                t[2]++;
                continue;
            }
            used.add(h);
            t[0]++;
            if (h.fate() == e.status()) {
                t[1]++;
            } else {
                misses.add(new Miss(e, h));
            }
        }
        Map<Ledger.Status, Score> scores = new EnumMap<>(Ledger.Status.class);
        tally.forEach((s, t) -> scores.put(s, new Score(s, t[0], t[1], t[2])));
        return new Result(scores, misses, hand.size(), used.size());
    }

    static boolean matches(Evidence c, Hand h) {
        String doc = c.doc() == null ? "" : c.doc();
        // an entry without a target (the coder found none) still answers for the hand line: its decision is scored
        return (doc.equals(h.doc()) || doc.endsWith("/" + h.doc())) && compatible(c.source(), h.source())
                && (c.target() == null || compatible(c.target(), h.target())) && compatible(c.cameo(), h.cameo());
    }

    private static boolean compatible(String a, String b) {
        return a != null && b != null && (a.startsWith(b) || b.startsWith(a));
    }
}
