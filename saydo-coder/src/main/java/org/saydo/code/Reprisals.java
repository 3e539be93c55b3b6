package org.saydo.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Verbs of reprisal from {@code reprisals.txt}: acts a speaker foretells for its own side as an answer to the
 * other ("would respond forcefully", "would pay a price"), which {@link ReprisalThreats} codes as threats.
 * Immutable and thread-safe.
 */
final class Reprisals {

    /**
     * One entry: the verb's (or, for an answer, the noun's) lemma, a word that must depend on it (or null), whether
     * its subject suffers it, whether it is a noun of answer whose possessor does the reprisal, and the CAMEO code
     * of the threat it makes (138, a threat of force, unless the entry names another); {@code negation}: the entry is
     * told by its word and a negation of the verb together ("the attack would not go unanswered", verbal27).
     */
    record Entry(String lemma, String word, boolean sufferer, boolean answer, String code, String where,
            boolean negation) {
    }

    /** The code of a threat whose entry names none: a threat of force. */
    static final String FORCE = "138";

    /** The word of an entry told by its negation ("doer relent not"): "not", "never" or "n't" on the verb. */
    static final String NOT = "not";

    private static final Set<String> KINDS = Set.of("doer", "sufferer", "answer", "vowing", "culprit");

    private static final Reprisals DEFAULTS = of(CueFile.resource("reprisals.txt", KINDS));

    /**
     * verbal27: nouns and pronouns (lemmas) of the doers of an act a reckoning is foretold for ("those behind the
     * attack", "the perpetrators"; {@code reprisals.txt} culprit).
     */
    static Set<String> culprits() {
        return WordLists.words(CueFile.resource("reprisals.txt", KINDS), "culprit");
    }

    private final List<Entry> entries;

    /** Verbs of commitment whose object, an answer of force, is their subject's threat ("vowed a crushing reply"). */
    private final Set<String> vowing;

    private Reprisals(List<Entry> entries, Set<String> vowing) {
        this.entries = List.copyOf(entries);
        this.vowing = Set.copyOf(vowing);
    }

    /** The reprisals shipped with Saydo. */
    static Reprisals defaults() {
        return DEFAULTS;
    }

    static Reprisals of(CueFile file) {
        List<Entry> out = new ArrayList<>();
        for (String kind : List.of("doer", "sufferer", "answer")) {
            for (CueFile.Cue c : file.of(kind)) {
                String[] f = c.value().toLowerCase(Locale.ROOT).split("\\s+");
                String code = FORCE;
                if (f.length > 1 && f[f.length - 1].matches("\\[13\\d{0,2}\\]")) {
                    code = f[f.length - 1].substring(1, f[f.length - 1].length() - 1); // "doer hold accountable [130]"
                    f = java.util.Arrays.copyOf(f, f.length - 1);
                }
                boolean negation = !kind.equals("answer") && f.length == 3 && f[2].equals(NOT) && !f[1].equals(NOT);
                if (negation) {
                    f = java.util.Arrays.copyOf(f, 2); // verbal27: "sufferer go unanswered not"
                }
                if (f.length > (kind.equals("answer") ? 1 : 2) || code.length() < 3) {
                    throw c.error("expected '" + kind + (kind.equals("answer") ? " LEMMA" : " LEMMA [WORD [not]]")
                            + " [[CODE]]' with a CAMEO 13x code, got '" + kind + " " + c.value() + "'");
                }
                out.add(new Entry(f[0], f.length > 1 ? f[1] : null, kind.equals("sufferer"), kind.equals("answer"),
                        code, c.where(), negation));
            }
        }
        return new Reprisals(out, file.words("vowing"));
    }

    /**
     * The entry a verb of this lemma fits, given the lower-cased words of its dependents; null for none. An
     * entry with a word wins over one without.
     */
    Entry lookup(String lemma, Set<String> dependentWords) {
        Entry plain = null;
        for (Entry e : entries) {
            if (e.answer() || !e.lemma().equals(lemma)) {
                continue;
            }
            if (e.word() == null) {
                plain = plain == null ? e : plain;
            } else if (dependentWords.contains(e.word()) && (!e.negation() || dependentWords.contains(NOT))) {
                return e;
            }
        }
        return plain;
    }

    /** Whether a verb of this lemma commits its subject to the answer it takes as object ("vowed a swift response"). */
    boolean vows(String lemma) {
        return vowing.contains(lemma);
    }

    /** The answer entry of a noun of this lemma ("response", "answer"); null for none. */
    Entry answer(String lemma) {
        return entries.stream().filter(e -> e.answer() && e.lemma().equals(lemma)).findFirst().orElse(null);
    }
}
