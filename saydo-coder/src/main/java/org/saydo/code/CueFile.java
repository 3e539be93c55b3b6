package org.saydo.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.saydo.dict.DictionaryFormatException;

/**
 * The one reader of the coder's cue files (linguistic knowledge as data: {@code background.txt},
 * {@code nonprose.txt}): one cue a line, {@code KIND VALUE}, where {@code KIND} is one word of the kinds the file
 * allows and {@code VALUE} is the rest of the line. {@code #} at the start of a line or after white space starts
 * a comment; blank lines are skipped. A line with an unknown kind or no value is an error naming file and line.
 *
 * @param name the file's name, as rules cite it
 * @param cues the cues by kind, in file order
 */
record CueFile(String name, Map<String, List<Cue>> cues) {

    /** One cue: its value and where it was written ({@code background.txt:12}). */
    record Cue(String value, String where) {
        Cue {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(where, "where");
        }

        /** A format error of this cue, naming its file and line ({@code where}). */
        DictionaryFormatException error(String message) {
            int colon = where.lastIndexOf(':');
            return new DictionaryFormatException(where.substring(0, colon),
                    Integer.parseInt(where.substring(colon + 1)), message);
        }
    }

    CueFile {
        Objects.requireNonNull(name, "name");
        Map<String, List<Cue>> copy = new LinkedHashMap<>();
        cues.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        cues = java.util.Collections.unmodifiableMap(copy);
    }

    /** The cues of one kind, in file order (empty when the file has none). */
    List<Cue> of(String kind) {
        return cues.getOrDefault(kind, List.of());
    }

    /** The values of one kind, lower-cased. */
    Set<String> words(String kind) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (Cue c : of(kind)) {
            out.add(c.value().toLowerCase(java.util.Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    /** Reads a cue file shipped beside this class. */
    static CueFile resource(String name, Set<String> kinds) {
        InputStream in = CueFile.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return read(name, new InputStreamReader(in, StandardCharsets.UTF_8), kinds);
    }

    /**
     * @param kinds the kinds this file may hold; any other is an error
     */
    static CueFile read(String name, Reader reader, Set<String> kinds) {
        Map<String, List<Cue>> map = new LinkedHashMap<>();
        for (String k : kinds) {
            map.put(k, new ArrayList<>());
        }
        try (BufferedReader in = new BufferedReader(reader)) {
            String raw;
            int n = 0;
            while ((raw = in.readLine()) != null) {
                n++;
                String line = stripComment(raw).strip();
                if (line.isEmpty()) {
                    continue;
                }
                String[] f = line.split("\\s+", 2);
                if (!kinds.contains(f[0])) {
                    throw new DictionaryFormatException(name, n,
                            "unknown cue kind '" + f[0] + "' (expected one of " + new java.util.TreeSet<>(kinds) + ")");
                }
                if (f.length < 2 || f[1].isBlank()) {
                    throw new DictionaryFormatException(name, n, "cue '" + f[0] + "' without a value");
                }
                map.get(f[0]).add(new Cue(f[1].strip(), name + ":" + n));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
        return new CueFile(name, map);
    }

    /** The line before a comment: a {@code #} at the start or after white space (a regex may hold {@code [#]}). */
    private static String stripComment(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) == '#' && (i == 0 || Character.isWhitespace(raw.charAt(i - 1)))) {
                return raw.substring(0, i);
            }
        }
        return raw;
    }
}
