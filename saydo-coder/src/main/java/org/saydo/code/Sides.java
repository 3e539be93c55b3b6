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

    private static final Sides DEFAULTS = of(CueFile.resource("sides.txt", Set.of("sides")));

    private final Map<String, Set<String>> wordsByNoun;

    private Sides(Map<String, Set<String>> wordsByNoun) {
        this.wordsByNoun = Map.copyOf(wordsByNoun);
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
                String where = c.where();
                throw new org.saydo.dict.DictionaryFormatException(file.name(),
                        Integer.parseInt(where.substring(where.lastIndexOf(':') + 1)),
                        "'sides' needs a word and at least one noun");
            }
            for (int i = 1; i < f.length; i++) {
                map.computeIfAbsent(f[i], k -> new HashSet<>()).add(f[0]);
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        map.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new Sides(frozen);
    }

    /** Whether a noun with this lemma and this determiner, number or adjective names the sides. */
    boolean names(String nounLemma, String word) {
        return wordsByNoun.getOrDefault(nounLemma.toLowerCase(Locale.ROOT), Set.of())
                .contains(word.toLowerCase(Locale.ROOT));
    }
}
