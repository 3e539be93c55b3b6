package org.saydo.dict;

import java.util.Map;

/**
 * Known defects in the distributed PETRARCH/Phoenix files, corrected on reading. A line is
 * corrected only if its text (trimmed) is exactly the one listed; every other malformed line is
 * still an error. Each correction is listed in {@code FORMATS.md} ("Errata").
 */
final class Errata {

    private Errata() {
    }

    private static final Map<String, String> FIXES = Map.of(
            // CAMEO.2.0.txt:2374: a stray duplicated 'VISIT)' before the code
            "- * VENTURE (WITH VISIT)                              VISIT)[042:043]  # MAKE",
            "- * VENTURE (WITH VISIT)                              [042:043]  # MAKE",
            // CAMEO.2.0.txt:7606: a stray duplicated '^)' before the code
            "- STRONGLY * ATTACK (ON ^)                            ^)[111]       # CONDEMN",
            "- STRONGLY * ATTACK (ON ^)                            [111]       # CONDEMN",
            // CAMEO.2.0.txt:8443-8444: synsets &WEATHER and &DEMONSTRATION are never defined;
            // PETRARCH ignores such patterns, so these two lines are read as comments.
            "-  * (IN &WEATHER) [---]",
            "# (erratum: undefined synset) -  * (IN &WEATHER) [---]",
            "-  * (IN &DEMONSTRATION) [145]",
            "# (erratum: undefined synset) -  * (IN &DEMONSTRATION) [145]");

    /** @return the corrected line, or {@code raw} itself if it is not a known defect */
    static String fix(String raw) {
        String fixed = FIXES.get(raw.strip());
        return fixed != null ? fixed : raw;
    }
}
