package org.saydo.ontology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CAMEO event ontology: every CAMEO event code (the 20 cue categories and their 3- and 4-digit
 * sub-codes) with its name, Goldstein weight, QuadClass and PLOVER equivalent.
 *
 * <p>Immutable and thread-safe; {@link #standard()} loads the classpath tables once and shares the result.
 *
 * <p>Where each value comes from (files under {@code org/saydo/ontology/}, see {@code NOTICE.md}):
 * <ul>
 * <li><b>Codes</b>: every code of GDELT's {@code CAMEO.goldsteinscale.txt} (311) and of the PLOVER table
 *     {@code CAMEO2PLOVER-2021.txt}; the union adds {@code 1213} and {@code 1214}, which only the PLOVER
 *     table has.</li>
 * <li><b>Name</b>: {@code cameo-names.txt} when it lists the code (the cue-category names, categories 01
 *     and 02, which the PLOVER table omits, and four corrections), else the {@code # comment} of the
 *     PLOVER table's row, without the editor's dated notes. Where the table lists a code twice
 *     ({@code 175}) the later row's name is used.</li>
 * <li><b>Goldstein weight</b>: GDELT's table. A code absent from it ({@code 1213}, {@code 1214}) takes the
 *     weight of its nearest ancestor that the table has ({@code 121}, −4.0).</li>
 * <li><b>QuadClass</b>: from the root, as GDELT assigns it: 01–05 → 1 verbal cooperation, 06–09 → 2
 *     material cooperation, 10–14 → 3 verbal conflict, 15–20 → 4 material conflict.</li>
 * <li><b>PLOVER type, mode, context</b>: the PLOVER table's row ({@code CODE: TYPE, mode, context # name});
 *     an empty field stays empty. A cue category takes the type of its {@code NN: TYPE} header line and no
 *     mode or context; {@code 08} has two headers (CONCEDE for 081–083, RETREAT for 084–087) and takes the
 *     first, CONCEDE. CAMEO 01 and 02 are "dropped" in PLOVER and have an empty type.</li>
 * </ul>
 */
public final class CameoOntology {

    /** Classpath folder of the tables. */
    static final String RESOURCE_DIR = "/org/saydo/ontology/";

    private static final Pattern CODE = Pattern.compile("\\d{2,4}");
    private static final Pattern GOLDSTEIN_ROW = Pattern.compile("(\\d{2,4})\\t(-?\\d+(?:\\.\\d+)?)");
    private static final Pattern PLOVER_HEADER = Pattern.compile("(\\d{2}):\\s*([A-Z]+)\\s*");
    private static final Pattern PLOVER_ROW =
            Pattern.compile("(\\d{3,4}):\\s*([A-Z]+)\\s*,([^,#]*),([^#]*)#(.*)");
    /** An editor's note after a name, e.g. {@code Ease curfew  21.09.17: "ease" is no longer a mode}. */
    private static final Pattern DATED_NOTE = Pattern.compile("\\s{2,}\\d{2}\\.\\d{2}\\.\\d{2}:.*$");
    private static final Pattern NAME_ROW = Pattern.compile("(\\d{2,4})\\t(\\S.*)");
    /** PETRARCH's null code: the verb produces no event. */
    private static final String NULL_CODE = "---";

    private final Map<String, CameoCode> codes;

    private CameoOntology(Map<String, CameoCode> codes) {
        this.codes = Collections.unmodifiableMap(new LinkedHashMap<>(codes));
    }

    private static final class Holder {
        static final CameoOntology STANDARD = new CameoOntology(build(
                readResource("CAMEO.goldsteinscale.txt"),
                readResource("CAMEO2PLOVER-2021.txt"),
                readResource("cameo-names.txt")));
    }

    /** The ontology of the tables shipped in this jar, loaded on first use and cached. */
    public static CameoOntology standard() {
        return Holder.STANDARD;
    }

    /** The code's entry, or empty if the ontology has no such code. Null is an error. */
    public Optional<CameoCode> find(String code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(codes.get(code));
    }

    /**
     * The code's entry.
     *
     * @throws IllegalArgumentException {@code unknown CAMEO code 'X'} if the ontology has no such code
     */
    public CameoCode get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("unknown CAMEO code '" + code + "'"));
    }

    /** All codes, in code order ({@code 01, 010, 011, … 2042}); unmodifiable. */
    public Collection<CameoCode> all() {
        return codes.values();
    }

    /**
     * Maps a code as PETRARCH's verb dictionary ({@code CAMEO.2.0.txt}) writes it to an ontology code.
     * Rules, in order:
     * <ol>
     * <li>surrounding blanks and one pair of brackets are removed ({@code [042:043]} → {@code 042:043});</li>
     * <li>a paired code {@code A:B} gives its first part {@code A} (TABARI/PETRARCH pairs, e.g.
     *     {@code 042:043}, "make a visit" and "host a visit"); when {@code A} is empty ({@code :020}) it gives
     *     {@code B}; both parts must be well-formed;</li>
     * <li>a trailing {@code !} is dropped ({@code 080!} → {@code 080});</li>
     * <li>the null code {@code ---} (the verb produces no event) gives empty;</li>
     * <li>a code that is not in the ontology climbs to its nearest ancestor that is
     *     ({@code 1952} → {@code 195}, {@code 176} → {@code 17}).</li>
     * </ol>
     *
     * @throws IllegalArgumentException if what remains is not 2 to 4 digits with a root from 01 to 20
     */
    public Optional<CameoCode> normalize(String code) {
        Objects.requireNonNull(code, "code");
        String c = code.strip();
        if (c.startsWith("[") && c.endsWith("]")) {
            c = c.substring(1, c.length() - 1).strip();
        }
        String[] parts = c.split(":", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("not a CAMEO event code: '" + code + "'");
        }
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            part = part.endsWith("!") ? part.substring(0, part.length() - 1) : part;
            boolean blankAllowed = parts.length == 2;
            if (!(isWellFormed(part) || part.equals(NULL_CODE) || (blankAllowed && part.isEmpty()))) {
                throw new IllegalArgumentException("not a CAMEO event code: '" + code + "'");
            }
            parts[i] = part;
        }
        c = parts[0].isEmpty() ? parts[1] : parts[0];
        if (c.isEmpty()) {
            throw new IllegalArgumentException("not a CAMEO event code: '" + code + "'");
        }
        if (c.equals(NULL_CODE)) {
            return Optional.empty();
        }
        for (Optional<String> k = Optional.of(c); k.isPresent(); k = parent(k.get())) {
            CameoCode hit = codes.get(k.get());
            if (hit != null) {
                return Optional.of(hit);
            }
        }
        throw new IllegalArgumentException("no CAMEO code or ancestor of it in the ontology: '" + code + "'");
    }

    // ---- operations on the code's digits; valid for any well-formed code, known or not ----

    /**
     * The 2-digit root (cue category) of a code: {@code "195"} → {@code "19"}.
     *
     * @throws IllegalArgumentException if the code is not 2 to 4 digits with a root from 01 to 20
     */
    public static String root(String code) {
        check(code);
        return code.substring(0, 2);
    }

    /**
     * The code one level up: {@code "0874"} → {@code "087"}, {@code "087"} → {@code "08"}, and empty for a
     * root.
     *
     * @throws IllegalArgumentException if the code is not 2 to 4 digits with a root from 01 to 20
     */
    public static Optional<String> parent(String code) {
        check(code);
        return code.length() == 2 ? Optional.empty() : Optional.of(code.substring(0, code.length() - 1));
    }

    /**
     * GDELT's QuadClass of a code, from its root: 01–05 → 1, 06–09 → 2, 10–14 → 3, 15–20 → 4.
     *
     * @throws IllegalArgumentException if the code is not 2 to 4 digits with a root from 01 to 20
     */
    public static int quadOf(String code) {
        int root = Integer.parseInt(root(code));
        if (root <= 5) {
            return 1;
        } else if (root <= 9) {
            return 2;
        } else if (root <= 14) {
            return 3;
        }
        return 4;
    }

    /**
     * The name of a QuadClass: 1 "Verbal Cooperation", 2 "Material Cooperation", 3 "Verbal Conflict",
     * 4 "Material Conflict".
     *
     * @throws IllegalArgumentException for any other number
     */
    public static String quadName(int quad) {
        return switch (quad) {
            case 1 -> "Verbal Cooperation";
            case 2 -> "Material Cooperation";
            case 3 -> "Verbal Conflict";
            case 4 -> "Material Conflict";
            default -> throw new IllegalArgumentException("no QuadClass " + quad + ", expected 1 to 4");
        };
    }

    /** Whether the code is a statement (roots 01–05 and 10–14, QuadClass 1 and 3). */
    public static boolean isVerbal(String code) {
        int quad = quadOf(code);
        return quad == 1 || quad == 3;
    }

    /** Whether the code is a deed (roots 06–09 and 15–20, QuadClass 2 and 4). */
    public static boolean isMaterial(String code) {
        return !isVerbal(code);
    }

    private static boolean isWellFormed(String code) {
        if (!CODE.matcher(code).matches()) {
            return false;
        }
        int root = Integer.parseInt(code.substring(0, 2));
        return root >= 1 && root <= 20;
    }

    private static void check(String code) {
        Objects.requireNonNull(code, "code");
        if (!isWellFormed(code)) {
            throw new IllegalArgumentException("not a CAMEO event code: '" + code + "'");
        }
    }

    // ---- loading ----

    private record Plover(String type, String mode, String context, String name) {
    }

    /** Builds the ontology from the lines of the three tables; fails on any line it does not understand. */
    static Map<String, CameoCode> build(List<String> goldsteinLines, List<String> ploverLines,
            List<String> nameLines) {
        Map<String, Double> goldstein = parseGoldstein(goldsteinLines);
        Map<String, Plover> plover = parsePlover(ploverLines);
        Map<String, String> names = parseNames(nameLines);

        TreeMap<String, CameoCode> out = new TreeMap<>();
        List<String> all = new ArrayList<>(goldstein.keySet());
        all.addAll(plover.keySet());
        for (String code : all) {
            if (out.containsKey(code)) {
                continue;
            }
            Plover p = plover.getOrDefault(code, new Plover("", "", "", ""));
            String name = names.getOrDefault(code, p.name());
            if (name.isBlank()) {
                throw new IllegalStateException("CAMEO code '" + code + "' has no name in the tables");
            }
            out.put(code, new CameoCode(code, name, weight(goldstein, code), quadOf(code), p.type(), p.mode(),
                    p.context()));
        }
        for (String code : names.keySet()) {
            if (!out.containsKey(code)) {
                throw new IllegalStateException("cameo-names.txt names code '" + code + "', which no table has");
            }
        }
        return out;
    }

    private static double weight(Map<String, Double> goldstein, String code) {
        for (Optional<String> k = Optional.of(code); k.isPresent(); k = parent(k.get())) {
            Double w = goldstein.get(k.get());
            if (w != null) {
                return w;
            }
        }
        throw new IllegalStateException("no Goldstein weight for CAMEO code '" + code + "' or its ancestors");
    }

    private static Map<String, Double> parseGoldstein(List<String> lines) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || (i == 0 && line.startsWith("CAMEOEVENTCODE"))) {
                continue;
            }
            Matcher m = GOLDSTEIN_ROW.matcher(line);
            if (!m.matches()) {
                throw new IllegalStateException("CAMEO.goldsteinscale.txt line " + (i + 1) + ": not CODE<TAB>WEIGHT: '"
                        + line + "'");
            }
            if (out.put(m.group(1), Double.parseDouble(m.group(2))) != null) {
                throw new IllegalStateException("CAMEO.goldsteinscale.txt line " + (i + 1) + ": code "
                        + m.group(1) + " twice");
            }
        }
        return out;
    }

    private static Map<String, Plover> parsePlover(List<String> lines) {
        Map<String, Plover> out = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.matches("~+")) {
                continue;
            }
            Matcher header = PLOVER_HEADER.matcher(line);
            if (header.matches()) {
                // a cue category heads its block; 08 heads two blocks, the first one wins
                out.putIfAbsent(header.group(1), new Plover(header.group(2), "", "", ""));
                continue;
            }
            Matcher row = PLOVER_ROW.matcher(line);
            if (!row.matches()) {
                throw new IllegalStateException("CAMEO2PLOVER-2021.txt line " + (i + 1)
                        + ": not 'CODE: TYPE, mode, context # name': '" + line + "'");
            }
            String code = row.group(1);
            String context = String.join("; ", List.of(row.group(4).strip().split("\\s*;\\s*")));
            String name = DATED_NOTE.matcher(row.group(5).strip()).replaceFirst("");
            Plover p = new Plover(row.group(2), row.group(3).strip(), context, name);
            Plover before = out.put(code, p);
            if (before != null && !(before.type().equals(p.type()) && before.mode().equals(p.mode())
                    && before.context().equals(p.context()))) {
                throw new IllegalStateException("CAMEO2PLOVER-2021.txt line " + (i + 1) + ": code " + code
                        + " again with another PLOVER mapping: " + before + " then " + p);
            }
        }
        return out;
    }

    private static Map<String, String> parseNames(List<String> lines) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = NAME_ROW.matcher(line.stripTrailing());
            if (!m.matches() || out.put(m.group(1), m.group(2)) != null) {
                throw new IllegalStateException("cameo-names.txt line " + (i + 1)
                        + ": not CODE<TAB>NAME or code given twice: '" + line + "'");
            }
        }
        return out;
    }

    private static List<String> readResource(String name) {
        String path = RESOURCE_DIR + name;
        try (InputStream in = CameoOntology.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + path + " is missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + path, e);
        }
    }
}
