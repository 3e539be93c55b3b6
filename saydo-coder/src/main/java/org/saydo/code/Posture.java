package org.saydo.code;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.saydo.dict.DictionaryFormatException;

/**
 * The cues of military posture (CAMEO root 15) from {@code posture.txt}: the prepositions whose phrase names where a
 * show of force is aimed ("drills around Taiwan", "massed troops near Ukraine's borders"), and the acts that need a
 * partner and, told with none, are a show of force of one's own (military cooperation, 062, with no partner: 150).
 * {@link PredicateCoder} applies them. Immutable and thread-safe.
 *
 * @param aimed lower-case prepositions whose phrase under a 15x verb names the display's target
 * @param alone for an act's code, the code it takes when one party does it and no partner is named
 * @param facing lower-case lemmas of the nouns of a display that faces the other side (drills, warning shots,
 *        patrols): told with no target, it is shown to the report's other side
 */
record Posture(Set<String> aimed, Map<String, String> alone, Set<String> facing) {

    static final Set<String> KINDS = Set.of("aimed", "alone", "facing");

    /**
     * What a show of force's rule says when it names no target but is shown to the other side of the report's
     * conflict ({@code facing}): {@link ImplicitTargets#fill} then gives it that side as its target.
     */
    static final String FACING_RULE = " + shown to the other side";

    private static final Posture DEFAULTS = of(CueFile.resource("posture.txt", KINDS));

    Posture {
        aimed = Set.copyOf(aimed);
        alone = Map.copyOf(alone);
        facing = Set.copyOf(facing);
    }

    /** The cues shipped with Saydo. */
    static Posture defaults() {
        return DEFAULTS;
    }

    static Posture of(CueFile file) {
        Objects.requireNonNull(file, "file");
        Map<String, String> alone = new HashMap<>();
        for (CueFile.Cue c : file.of("alone")) {
            String[] f = c.value().trim().split("\\s+");
            if (f.length != 2 || !f[0].matches("\\d{2,4}") || !f[1].matches("\\d{2,4}")) {
                String where = c.where();
                throw new DictionaryFormatException(file.name(),
                        Integer.parseInt(where.substring(where.lastIndexOf(':') + 1)),
                        "expected 'alone CODE CODE' with two CAMEO codes, got 'alone " + c.value() + "'");
            }
            alone.put(f[0], f[1]);
        }
        return new Posture(words(file, "aimed"), alone, words(file, "facing"));
    }

    /** The lower-case words of the cues of one kind, a cue holding several. */
    private static Set<String> words(CueFile file, String kind) {
        Set<String> out = new java.util.HashSet<>();
        for (CueFile.Cue c : file.of(kind)) {
            for (String w : c.value().trim().split("\\s+")) {
                out.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** The code an act of this code takes when one party does it with no partner named, or null to keep it. */
    String alone(String code) {
        return alone.get(code);
    }
}
