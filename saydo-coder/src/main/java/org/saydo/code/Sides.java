package org.saydo.code;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Phrases that name the sides of a report's conflict ("both sides", "the warring parties"), from
 * {@code sides.txt}: for each noun lemma, the words that make it name them. Immutable and thread-safe.
 */
final class Sides {

    private static final Sides DEFAULTS = of(CueFile.resource("sides.txt", Set.of("sides", "definite")));

    private final Map<String, Set<String>> wordsByNoun;
    private final Set<String> definitePlurals;

    private Sides(Map<String, Set<String>> wordsByNoun, Set<String> definitePlurals) {
        this.wordsByNoun = Map.copyOf(wordsByNoun);
        this.definitePlurals = Set.copyOf(definitePlurals);
    }

    /** The phrases shipped with Saydo. */
    static Sides defaults() {
        return DEFAULTS;
    }

    static Sides of(CueFile file) {
        Map<String, Set<String>> map = new HashMap<>();
        for (CueFile.Cue c : file.of("sides")) {
            String[] f = c.value().toLowerCase(Locale.ROOT).split("\\s+");
            if (f.length < 2) {
                throw c.error("'sides' needs a word and at least one noun");
            }
            for (int i = 1; i < f.length; i++) {
                map.computeIfAbsent(f[i], k -> new HashSet<>()).add(f[0]);
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        map.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        Set<String> plurals = new HashSet<>();
        for (CueFile.Cue c : file.of("definite")) {
            for (String word : c.value().toLowerCase(Locale.ROOT).strip().split("\\s+")) {
                plurals.add(word);
            }
        }
        return new Sides(frozen, plurals);
    }

    /**
     * Whether a plural noun as written ("sides", "parties") names the sides when "the" is its only modifier: "urged
     * the parties to return to talks".
     */
    boolean namesWithThe(String word) {
        return definitePlurals.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a noun with this lemma and this determiner, number or adjective names the sides. */
    boolean names(String nounLemma, String word) {
        return wordsByNoun.getOrDefault(nounLemma.toLowerCase(Locale.ROOT), Set.of())
                .contains(word.toLowerCase(Locale.ROOT));
    }
}
