/*
 * Saydo -- say/do analysis of conflict reporting.
 * Copyright (C) 2026 the Saydo authors. GPL-3.0-or-later.
 */
package org.saydo.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Standalone check of the curated actor registry {@code org/saydo/dict/saydo.actors.txt}.
 * It reads the file with plain line parsing (deliberately independent of the project's
 * dictionary reader) and checks the PETRARCH actor format plus Saydo's {@code #@ type=}
 * attribute, the codes, and the date restrictions.
 */
class CuratedActorsFileTest {

    private static final String RESOURCE = "/org/saydo/dict/saydo.actors.txt";
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2026, 11, 26);
    private static final DateTimeFormatter YYYYMMDD =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern PHRASE = Pattern.compile("[A-Z0-9ÉÈÀÖÜÓÏ.'\\-]+(?:_[A-Z0-9ÉÈÀÖÜÓÏ.'\\-]+)*_?");
    private static final Pattern PRIMARY = Pattern.compile(
            "^(\\S+)(?:\\s+\\[([A-Z]+)\\])?\\s*(?:#@\\s*(.*?))?\\s*$");
    private static final Pattern RESTRICTION = Pattern.compile(
            "^\\t\\[([A-Z]+)(?:\\s+(?:(<|>)(\\d{8})|(\\d{8})-(\\d{8})))?\\]\\s*(?:#.*)?$");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-z]+)=(\\S+)");

    /** Role codes Phoenix uses (checked against shared/data/petrarch/Phoenix.*.actors.txt). */
    private static final Set<String> ROLES =
            Set.of("GOV", "MIL", "LEG", "ELI", "OPP", "BUS", "MED", "REB", "SPY", "COP", "JUD");
    /** IGO codes used by this file, all present in Phoenix.International.actors.txt. */
    private static final Set<String> IGO_CODES =
            // IGOAFRAFU: the African Union, as Phoenix codes its Peace and Security Council (AUPSC_); IGOWAFWAS:
            // ECOWAS, as Phoenix codes it; IGOCST: the CSTO, which Phoenix lacks, coded as corpus/README.md codes it;
            // IGOEURSCE: the OSCE, as Phoenix codes its council; IGOJUDICC: the ICC, as Phoenix codes its judges
            Set.of("IGO", "IGOWSTNAT", "IGOEUREEC", "IGOUNO", "IGOUNOIAE", "IGOUNOREFHCR", "IGOAFRAFU", "IGOWAFWAS",
                    "IGOCST", "IGOEURSCE", "IGOJUDICC");
    private static final Set<String> TYPES = Set.of("person", "org", "place");

    /** One entry: its primary phrase, attributes, codes and date ranges. */
    private record Entry(String phrase, int line, Map<String, String> attributes,
                         String defaultCode, List<String> synonyms, List<Range> ranges) { }

    /** A date restriction as an inclusive range; open ends are MIN/MAX. */
    private record Range(String code, LocalDate from, LocalDate to, int line) {
        boolean overlaps(Range o) {
            return !from.isAfter(o.to) && !o.from.isAfter(to);
        }
    }

    private static List<Entry> entries;
    private static List<String> problems;

    @BeforeAll
    static void parse() throws IOException {
        entries = new ArrayList<>();
        problems = new ArrayList<>();
        try (InputStream in = CuratedActorsFileTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, "resource " + RESOURCE + " is missing");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String raw;
            int n = 0;
            Entry current = null;
            while ((raw = reader.readLine()) != null) {
                n++;
                if (raw.isBlank() || raw.startsWith("#")) {
                    continue;
                }
                if (raw.startsWith("\t")) {
                    if (current == null) {
                        problems.add(n + ": restriction before any entry");
                        continue;
                    }
                    parseRestriction(raw, n, current);
                } else if (raw.startsWith("+")) {
                    if (current == null) {
                        problems.add(n + ": synonym before any entry");
                        continue;
                    }
                    String syn = stripComment(raw.substring(1)).trim();
                    if (!PHRASE.matcher(syn).matches()) {
                        problems.add(n + ": bad synonym phrase '" + syn + "'");
                    }
                    current.synonyms().add(syn);
                } else {
                    current = parsePrimary(raw, n);
                    if (current != null) {
                        entries.add(current);
                    }
                }
            }
        }
    }

    private static String stripComment(String s) {
        int hash = s.indexOf('#');
        return hash < 0 ? s : s.substring(0, hash);
    }

    private static Entry parsePrimary(String raw, int n) {
        Matcher m = PRIMARY.matcher(raw);
        if (!m.matches()) {
            problems.add(n + ": unparsable primary line '" + raw + "'");
            return null;
        }
        String phrase = m.group(1);
        if (!PHRASE.matcher(phrase).matches()) {
            problems.add(n + ": bad primary phrase '" + phrase + "'");
        }
        String code = m.group(2);
        if (code != null) {
            checkCode(code, n);
        }
        Map<String, String> attrs = new HashMap<>();
        String attrText = m.group(3);
        if (attrText != null) {
            Matcher a = ATTRIBUTE.matcher(attrText);
            while (a.find()) {
                attrs.put(a.group(1), a.group(2));
            }
            if (attrText.replaceAll("[a-z]+=\\S+", "").trim().length() > 0) {
                problems.add(n + ": stray text in attribute comment '" + attrText + "'");
            }
        }
        return new Entry(phrase, n, attrs, code, new ArrayList<>(), new ArrayList<>());
    }

    private static void parseRestriction(String raw, int n, Entry current) {
        Matcher m = RESTRICTION.matcher(raw);
        if (!m.matches()) {
            problems.add(n + ": unparsable date restriction '" + raw.strip() + "'");
            return;
        }
        String code = m.group(1);
        checkCode(code, n);
        LocalDate from;
        LocalDate to;
        if (m.group(2) != null) {
            LocalDate d = date(m.group(3), n);
            if (d == null) {
                return;
            }
            from = "<".equals(m.group(2)) ? LocalDate.MIN : d;
            to = "<".equals(m.group(2)) ? d : LocalDate.MAX;
        } else if (m.group(4) != null) {
            from = date(m.group(4), n);
            to = date(m.group(5), n);
            if (from == null || to == null) {
                return;
            }
            if (from.isAfter(to)) {
                problems.add(n + ": range starts after it ends");
            }
        } else {
            from = LocalDate.MIN;   // "[CODE]" alone is a default restriction
            to = LocalDate.MAX;
        }
        current.ranges().add(new Range(code, from, to, n));
    }

    private static LocalDate date(String s, int n) {
        try {
            LocalDate d = LocalDate.parse(s, YYYYMMDD);
            if (d.isBefore(EARLIEST) || d.isAfter(LATEST)) {
                problems.add(n + ": date " + s + " outside " + EARLIEST + ".." + LATEST);
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(n + ": invalid date " + s);
            return null;
        }
    }

    private static void checkCode(String code, int n) {
        if (code.startsWith("IGO")) {
            if (!IGO_CODES.contains(code)) {
                problems.add(n + ": unknown IGO code " + code);
            }
            return;
        }
        if (code.length() < 3 || code.length() % 3 != 0) {
            problems.add(n + ": code " + code + " is not country + 3-letter roles");
            return;
        }
        for (int i = 3; i < code.length(); i += 3) {
            String role = code.substring(i, i + 3);
            if (!ROLES.contains(role)) {
                problems.add(n + ": unknown role " + role + " in " + code);
            }
        }
    }

    @Test
    void fileParsesCleanly() {
        assertEquals(List.of(), problems);
    }

    @Test
    void hasAtLeastHundredEntries() {
        assertTrue(entries.size() >= 100, "only " + entries.size() + " entries");
    }

    @Test
    void everyEntryHasExactlyATypeAttribute() {
        List<String> bad = new ArrayList<>();
        for (Entry e : entries) {
            if (!e.attributes().keySet().equals(Set.of("type"))
                    || !TYPES.contains(e.attributes().get("type"))) {
                bad.add(e.line() + ": " + e.phrase() + " " + e.attributes());
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void everyEntryHasACode() {
        List<String> bad = new ArrayList<>();
        for (Entry e : entries) {
            if (e.defaultCode() == null && e.ranges().isEmpty()) {
                bad.add(e.line() + ": " + e.phrase());
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void restrictionsOfOneEntryDoNotOverlap() {
        List<String> bad = new ArrayList<>();
        for (Entry e : entries) {
            List<Range> r = e.ranges();
            for (int i = 0; i < r.size(); i++) {
                for (int j = i + 1; j < r.size(); j++) {
                    if (r.get(i).overlaps(r.get(j))) {
                        bad.add(e.phrase() + ": lines " + r.get(i).line() + " and " + r.get(j).line());
                    }
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void noPhraseIsDefinedTwice() {
        Map<String, Integer> seen = new HashMap<>();
        List<String> dup = new ArrayList<>();
        for (Entry e : entries) {
            List<String> all = new ArrayList<>(e.synonyms());
            all.add(e.phrase());
            for (String p : all) {
                String key = p.endsWith("_") ? p.substring(0, p.length() - 1) : p;
                Integer prev = seen.put(key, e.line());
                if (prev != null) {
                    dup.add(p + " (entries at lines " + prev + " and " + e.line() + ")");
                }
            }
        }
        assertEquals(List.of(), dup);
    }
}
