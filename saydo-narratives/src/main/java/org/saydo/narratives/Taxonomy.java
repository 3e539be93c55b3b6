package org.saydo.narratives;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A two-level narrative taxonomy: narratives and their sub-narratives, plus {@link #OTHER} for a document that
 * carries none. Immutable, so thread-safe.
 *
 * <p><b>File format</b> (the one of {@code urw-taxonomy.txt}, UTF-8): one label a line; blank lines and lines
 * starting with {@code #} are ignored; {@code Other} may appear alone; a narrative is {@code DOMAIN: narrative}
 * and a sub-narrative {@code DOMAIN: narrative: sub-narrative}, its narrative declared on an earlier line.
 * Parts are separated by a colon and one space, none may be empty; a label appears once. Any other line is an
 * error naming the file and line.
 */
public final class Taxonomy {

    /** The label of a document that carries no narrative of the taxonomy. */
    public static final String OTHER = "Other";

    /** The taxonomy shipped with Saydo: SemEval-2025 Task 10's Ukraine-Russia war labels. */
    public static final String DEFAULT_RESOURCE = "/org/saydo/narratives/urw-taxonomy.txt";

    private final String name;
    private final Set<String> narratives;
    private final Map<String, String> parents;

    private Taxonomy(String name, Set<String> narratives, Map<String, String> parents) {
        this.name = name;
        this.narratives = java.util.Collections.unmodifiableSet(narratives);
        this.parents = java.util.Collections.unmodifiableMap(parents);
    }

    /** The shipped taxonomy. */
    public static Taxonomy standard() {
        try (InputStream in = Taxonomy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new NarrativeException(DEFAULT_RESOURCE + ": the shipped taxonomy is missing from the class path");
            }
            return parse("saydo-narratives:" + DEFAULT_RESOURCE, in.readAllBytes());
        } catch (IOException e) {
            throw new NarrativeException(DEFAULT_RESOURCE + ": cannot read the shipped taxonomy: " + e, e);
        }
    }

    /** Reads a taxonomy file; errors name the file (and the line). */
    public static Taxonomy read(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return parse(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new NarrativeException(file + ": cannot read the taxonomy: " + e);
        }
    }

    /** Parses the bytes of a taxonomy file; {@code name} is the file to name in errors. */
    public static Taxonomy parse(String name, byte[] bytes) {
        Objects.requireNonNull(name, "name");
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new NarrativeException(name + ": not UTF-8 text");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Set<String> narratives = new LinkedHashSet<>();
        Map<String, String> parents = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.equals(OTHER)) {
                continue;
            }
            String where = name + ":" + (i + 1) + ": ";
            for (int c = 0; c < line.length(); c++) {
                if (Character.isISOControl(line.charAt(c))) {
                    throw new NarrativeException(where + "control character in a label: '" + line + "'");
                }
            }
            String[] parts = line.split(": ", -1);
            for (String p : parts) {
                if (p.isBlank() || !p.equals(p.strip()) || p.startsWith(":") || p.endsWith(":")) {
                    throw new NarrativeException(where + "not a label ('DOMAIN: narrative' or 'DOMAIN: narrative: "
                            + "sub-narrative', parts separated by ': '): '" + line + "'");
                }
            }
            if (narratives.contains(line) || parents.containsKey(line)) {
                throw new NarrativeException(where + "label listed twice: '" + line + "'");
            }
            if (parts.length == 2) {
                narratives.add(line);
            } else if (parts.length == 3) {
                String parent = parts[0] + ": " + parts[1];
                if (!narratives.contains(parent)) {
                    throw new NarrativeException(where + "sub-narrative before its narrative '" + parent
                            + "' is declared: '" + line + "'");
                }
                parents.put(line, parent);
            } else {
                throw new NarrativeException(where + "not a label ('DOMAIN: narrative' or 'DOMAIN: narrative: "
                        + "sub-narrative', parts separated by ': '): '" + line + "'");
            }
        }
        if (narratives.isEmpty()) {
            throw new NarrativeException(name + ": no narratives in the taxonomy");
        }
        return new Taxonomy(name, narratives, parents);
    }

    /** Where the taxonomy was read from. */
    public String name() {
        return name;
    }

    /** The narratives, in file order. */
    public List<String> narratives() {
        return List.copyOf(narratives);
    }

    /** The sub-narratives, in file order. */
    public List<String> subnarratives() {
        return List.copyOf(parents.keySet());
    }

    public boolean isNarrative(String label) {
        return narratives.contains(label);
    }

    public boolean isSubnarrative(String label) {
        return parents.containsKey(label);
    }

    /** Whether {@code label} is in the taxonomy ({@link #OTHER} is). */
    public boolean contains(String label) {
        return OTHER.equals(label) || isNarrative(label) || isSubnarrative(label);
    }

    /** The narrative of a sub-narrative. */
    public String narrativeOf(String subnarrative) {
        String parent = parents.get(subnarrative);
        if (parent == null) {
            throw new NarrativeException("not a sub-narrative of " + name + ": '" + subnarrative + "'");
        }
        return parent;
    }

    /** The narrative's catch-all sub-narrative ({@code DOMAIN: narrative: Other}), or null when it has none. */
    public String otherOf(String narrative) {
        String other = narrative + ": " + OTHER;
        return parents.containsKey(other) ? other : null;
    }

    /**
     * Checks that {@code label} is in the taxonomy.
     *
     * @param where the file and line (or other place) to name in the error
     * @throws NarrativeException naming {@code where} and the label when it is unknown
     */
    public String require(String label, String where) {
        if (label == null || !contains(label)) {
            throw new NarrativeException(where + ": unknown label '" + label + "' (not in " + name + ")");
        }
        return label;
    }

    /** All labels, narratives then sub-narratives, for error messages and tools. */
    public List<String> labels() {
        List<String> out = new ArrayList<>(narratives);
        out.addAll(parents.keySet());
        return out;
    }
}
