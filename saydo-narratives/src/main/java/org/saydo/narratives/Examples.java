package org.saydo.narratives;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The team's training examples: JSON Lines files ({@code NN-slug.jsonl}), one example a line,
 * {@code {"label": "...", "kind": "positive"|"negative", "voice": "...", "text": "..."}}. Blank lines are
 * skipped. A line that is not such an object, or whose label is not in the taxonomy, is an error naming file
 * and line. Stateless.
 */
public final class Examples {

    /** The directory of the shipped examples, on the class path. */
    public static final String DEFAULT_RESOURCE = "/org/saydo/narratives/examples";


    /** Whether an example carries its label or is a hard negative for it. */
    public enum Kind { positive, negative }

    /**
     * One example passage.
     *
     * @param label the taxonomy label it is an example (or a hard negative) of
     * @param kind positive or negative
     * @param voice how it is written (official statement, state media, op-ed, social media, news quote ...)
     * @param text the passage
     * @param where file and line it was read from
     */
    public record Example(String label, Kind kind, String voice, String text, String where) {

        public Example {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(voice, "voice");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(where, "where");
            if (text.isBlank()) {
                throw new NarrativeException(where + ": empty text");
            }
        }
    }

    private Examples() {
    }

    /** The examples shipped in the module's resources. */
    public static List<Example> standard(Taxonomy taxonomy) {
        URL url = Examples.class.getResource(DEFAULT_RESOURCE);
        if (url == null) {
            throw new NarrativeException(DEFAULT_RESOURCE + ": the shipped examples are missing from the class path");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return read(fs.getPath(DEFAULT_RESOURCE), taxonomy);
            }
            return read(Path.of(uri), taxonomy);
        } catch (URISyntaxException | IOException e) {
            throw new NarrativeException(url + ": cannot open the shipped examples: " + e, e);
        }
    }

    /** The examples of every {@code *.jsonl} file in {@code dir}, files in name order. */
    public static List<Example> read(Path dir, Taxonomy taxonomy) {
        Objects.requireNonNull(dir, "dir");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        } catch (IOException e) {
            throw new NarrativeException(dir + ": cannot list the examples: " + e);
        }
        if (files.isEmpty()) {
            throw new NarrativeException(dir + ": no example files (*.jsonl)");
        }
        List<Example> out = new ArrayList<>();
        for (Path f : files) {
            out.addAll(readFile(f, taxonomy));
        }
        return out;
    }

    /** The examples of one file. */
    public static List<Example> readFile(Path file, Taxonomy taxonomy) {
        List<Example> out = new ArrayList<>();
        for (JsonObjectLines.Line line : JsonObjectLines.read(file, "the examples")) {
            String where = line.where();
            JsonNode n = line.object();
            String label = taxonomy.require(text(n, "label", where), where);
            String kind = text(n, "kind", where);
            Kind k;
            try {
                k = Kind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                throw new NarrativeException(where + ": kind must be positive or negative, not '" + kind + "'");
            }
            String voice = n.hasNonNull("voice") ? n.get("voice").asText() : "";
            out.add(new Example(label, k, voice, text(n, "text", where), where));
        }
        return out;
    }

    private static String text(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new NarrativeException(where + ": no \"" + field + "\" string");
        }
        return v.asText();
    }
}
