package org.saydo.dict;

import java.util.Map;

/**
 * Known defects in the distributed PETRARCH/Phoenix files, corrected on reading. A line is
 * corrected only if the file name and the line's text (trimmed) are exactly the ones listed; every
 * other malformed line is still an error. Each correction is listed in {@code FORMATS.md}
 * ("Errata"). Lines turned into comments are patterns PETRARCH itself ignores.
 */
final class Errata {

    private Errata() {
    }

    private static final String CAMEO = "CAMEO.2.0.txt\n";
    private static final String AGENTS = "Phoenix.agents.txt\n";

    private static final String COUNTRIES = "Phoenix.Countries.actors.txt\n";
    private static final String INTERNATIONAL = "Phoenix.International.actors.txt\n";

    private static final Map<String, String> FIXES = Map.ofEntries(
            // a stray duplicated 'VISIT)' before the code
            Map.entry(CAMEO + "- * VENTURE (WITH VISIT)                              VISIT)[042:043]  # MAKE",
                    "- * VENTURE (WITH VISIT)                              [042:043]  # MAKE"),
            // a stray duplicated '^)' before the code
            Map.entry(CAMEO + "- STRONGLY * ATTACK (ON ^)                            ^)[111]       # CONDEMN",
                    "- STRONGLY * ATTACK (ON ^)                            [111]       # CONDEMN"),
            // synsets &WEATHER and &DEMONSTRATION are never defined; PETRARCH ignores such patterns
            Map.entry(CAMEO + "-  * (IN &WEATHER) [---]",
                    "# (erratum: undefined synset) -  * (IN &WEATHER) [---]"),
            Map.entry(CAMEO + "-  * (IN &DEMONSTRATION) [145]",
                    "# (erratum: undefined synset) -  * (IN &DEMONSTRATION) [145]"),
            // the code of one verb written as a pattern of its whole block: CONVICT and INDICT carry [173]
            // themselves, and the line made "accused Israel of violations", "blamed Kyiv for the crime" an arrest
            Map.entry(CAMEO + "- * (FOR &CRIME)                                      [173]         # INDICT",
                    "# (erratum: one verb's code as a block pattern) - * (FOR &CRIME) [173] # INDICT"),
            Map.entry(CAMEO + "- * (OF &CRIME)                                       [173]         # CONVICT",
                    "# (erratum: one verb's code as a block pattern) - * (OF &CRIME) [173] # CONVICT"),
            // an agent without a code; PETRARCH skips it ("Codes are required for agents")
            Map.entry(AGENTS + "ISLAMIC_EXTREMIST",
                    "# (erratum: agent without a code) ISLAMIC_EXTREMIST"),
            // seven- and ten-digit dates; corrected to the historical dates (PETRARCH would read
            // the first 6 or 8 digits: 1990-08-22, 2010-05-01, 1920-03-03, 1920-05-07, 2020-04-01)
            Map.entry(COUNTRIES + "[ARMUNR 9008223-911221]", "[ARMUNR 900823-911221]"),
            Map.entry(COUNTRIES + "[GBRGOV >201005011]", "[GBRGOV >20100511]"),
            Map.entry(COUNTRIES + "[IRQOCC 1920030320-20060520]", "[IRQOCC 20030320-20060520]"),
            Map.entry(COUNTRIES + "[SDNSSDAUT 1920050709-20110709]", "[SDNSSDAUT 20050709-20110709]"),
            Map.entry(INTERNATIONAL + "[KORGOVBUS 2004017-20061201]", "[KORGOVBUS 20040117-20061201]"),
            // a range that ends before it starts: Ganzouri's second term as PM began 2011-12-07
            Map.entry(COUNTRIES + "[EGYGOV 20121207-20120802] # PM pt. 2", "[EGYGOV 20111207-20120802] # PM pt. 2"),
            // a stray ']' in a synonym
            Map.entry(COUNTRIES + "+FAEROYENE]_", "+FAEROYENE_"),
            // an indented primary phrase (indented lines are date restrictions); the fix is unindented below
            Map.entry(INTERNATIONAL + "JOHN_MCCLOY_\t[IGOUNODEVWBK 470301-490630]# IGOrulers.txt",
                    "\u0000JOHN_MCCLOY_\t[IGOUNODEVWBK 470301-490630]# IGOrulers.txt"),
            // a single date without '<' or '>': both are start dates ("entered Foreign Service")
            Map.entry(COUNTRIES + "[MNEGOV 20121204]", "[MNEGOV >20121204]"),
            Map.entry(COUNTRIES + "[USAGOV 19820101] # entered Foreign Service", "[USAGOV >19820101] # entered Foreign Service"),
            // the '#' before the trailing company information is missing
            Map.entry(INTERNATIONAL + "A.H._BELO_CORPORATION_\t[MNCMED]\tNewspapers/Magazines\t$137,000,000",
                    "A.H._BELO_CORPORATION_\t[MNCMED]\t# Newspapers/Magazines\t$137,000,000"),
            Map.entry(INTERNATIONAL + "ACCRETIVE_HEALTH_INC_\t[MNCHLH]\tOther Consumer Services\t$991,000,000",
                    "ACCRETIVE_HEALTH_INC_\t[MNCHLH]\t# Other Consumer Services\t$991,000,000"),
            Map.entry(INTERNATIONAL + "ORTHOFIX_INTERNATIONAL_\t[MNCNLD] Antilles\tMedical/Dental Instruments\t$503,000,000",
                    "ORTHOFIX_INTERNATIONAL_\t[MNCNLD] # Antilles\tMedical/Dental Instruments\t$503,000,000"),
            // two default codes; the trailing [---] is dropped
            Map.entry(INTERNATIONAL + "MICHELE_MONTAS_\t[HTIOPPMED <061231] [IGOUNOMED]\t[---] #MleH 06 Jul 2009# NGO_Actors",
                    "MICHELE_MONTAS_\t[HTIOPPMED <061231] [IGOUNOMED] #MleH 06 Jul 2009# NGO_Actors"));

    /** Fixes for lines whose text is too common to be corrected everywhere: keyed by file, line and text. */
    private static final Map<String, String> LINE_FIXES = Map.ofEntries(
            // the primary phrase of this record was lost (line 38439 holds only a comment): its
            // restrictions would otherwise attach to JORGE_SAMPAIO_ above; read as comments
            Map.entry("Phoenix.Countries.actors.txt:38440\n[PRTELI 570101-000101]",
                    "# (erratum: record without a phrase) [PRTELI 570101-000101]"),
            Map.entry("Phoenix.Countries.actors.txt:38441\n[PRTGOV >060309]",
                    "# (erratum: record without a phrase) [PRTGOV >060309]"),
            Map.entry("Phoenix.Countries.actors.txt:38442\n[PRTELI]",
                    "# (erratum: record without a phrase) [PRTELI]"),
            // a second default code for GROUP_OF_EIGHT_ (the primary line says [IGOBUSGOE])
            Map.entry("Phoenix.International.actors.txt:495\n[IGOGOE]",
                    "# (erratum: second default code) [IGOGOE]"));

    /** The texts of all listed lines, to rule out almost every line cheaply. */
    private static final java.util.Set<String> TEXTS = texts();

    private static java.util.Set<String> texts() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String k : FIXES.keySet()) {
            out.add(k.substring(k.indexOf('\n') + 1));
        }
        for (String k : LINE_FIXES.keySet()) {
            out.add(k.substring(k.indexOf('\n') + 1));
        }
        return java.util.Set.copyOf(out);
    }

    /** @return the corrected line, or {@code raw} itself if it is not a known defect */
    static String fix(String source, int number, String raw) {
        if (!TEXTS.contains(raw.strip())) {
            return raw;
        }
        String fixed = LINE_FIXES.get(source + ":" + number + "\n" + raw.strip());
        if (fixed == null) {
            fixed = FIXES.get(source + "\n" + raw.strip());
        }
        if (fixed == null) {
            return raw;
        }
        int indent = 0;
        while (indent < raw.length() && Character.isWhitespace(raw.charAt(indent))) {
            indent++;
        }
        if (fixed.startsWith("\u0000")) {
            return fixed.substring(1); // the fix removes the indentation
        }
        return raw.substring(0, indent) + fixed;
    }
}
