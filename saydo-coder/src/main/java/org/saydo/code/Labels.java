package org.saydo.code;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names of wrongdoing that criticise or accuse when a verb gives them to its object ("called the mutiny treason"),
 * from {@code labels.txt}: the verbs, and each name's CAMEO code. Immutable and thread-safe.
 */
final class Labels {

    private static final Labels DEFAULTS = of(CueFile.resource("labels.txt", Set.of("verb", "name")));

    private final Set<String> verbs;
    private final Map<String, String> codes;

    private Labels(Set<String> verbs, Map<String, String> codes) {
        this.verbs = Set.copyOf(verbs);
        this.codes = Map.copyOf(codes);
    }

    /** The names shipped with Saydo. */
    static Labels defaults() {
        return DEFAULTS;
    }

    static Labels of(CueFile file) {
        Set<String> verbs = new HashSet<>();
        for (String v : file.words("verb")) {
            verbs.addAll(java.util.Arrays.asList(v.split("\\s+")));
        }
        Map<String, String> codes = new HashMap<>();
        for (CueFile.Cue c : file.of("name")) {
            String[] f = c.value().toLowerCase(Locale.ROOT).split("\\s+");
            if (f.length < 2 || !f[0].matches("\\d{3,4}")) {
                throw c.error("'name' needs a CAMEO code of 3 or 4 digits and at least one noun");
            }
            for (int i = 1; i < f.length; i++) {
                codes.put(f[i], f[0]);
            }
        }
        return new Labels(verbs, codes);
    }

    /** Whether a verb with this lemma gives its object a name ("call", "describe"). */
    boolean verb(String lemma) {
        return verbs.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** The CAMEO code of calling an act by this name ("war_crime", then "crime"), if it is a name of wrongdoing. */
    Optional<String> code(String name) {
        return Optional.ofNullable(codes.get(name.toLowerCase(Locale.ROOT)));
    }
}
