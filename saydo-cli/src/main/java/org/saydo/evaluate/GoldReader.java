package org.saydo.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.saydo.doc.BadDocumentException;
import org.saydo.doc.Document;
import org.saydo.doc.TextReader;

/**
 * Reads a gold file of Saydo's evaluation corpus (format: {@code corpus/README.md}) and the documents it names,
 * mapping the gold's whole-file offsets into each document's text (see {@link GoldText}). A line that is not a
 * JSON object, names a document that is missing or unreadable (or one already annotated), or has an event or
 * quote that is incomplete, has offsets outside the file (or in its date line) or a {@code text} that is not
 * the file's characters at its offsets, is skipped whole and named in {@link GoldFile#problems()}; the others
 * are read. Blank lines are ignored. Stateless and thread-safe.
 */
public final class GoldReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A document and its annotation. */
    public record Entry(GoldDocument gold, Document document) {
        public Entry {
            Objects.requireNonNull(gold, "gold");
            Objects.requireNonNull(document, "document");
        }
    }

    /** What a gold file held: the usable lines and the skipped ones, each in file order. */
    public record GoldFile(List<Entry> entries, List<GoldProblem> problems) {
        public GoldFile {
            entries = List.copyOf(entries);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads {@code gold}; documents are looked up in {@code docs}.
     *
     * @throws IOException when the gold file itself cannot be read
     */
    public GoldFile read(Path gold, Path docs) throws IOException {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(docs, "docs");
        List<String> lines = Files.readAllLines(gold, StandardCharsets.UTF_8);
        List<Entry> entries = new ArrayList<>();
        List<GoldProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                Entry e = entry(line, i + 1, docs);
                if (!seen.add(e.gold().doc())) {
                    throw new IllegalArgumentException("'" + e.gold().doc() + "' is annotated twice");
                }
                entries.add(e);
            } catch (IllegalArgumentException e) {
                problems.add(new GoldProblem(gold.toString(), i + 1, e.getMessage()));
            }
        }
        return new GoldFile(entries, problems);
    }

    private static Entry entry(String line, int number, Path docs) {
        JsonNode root;
        try {
            root = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String name = string(root, "doc", true);
        Path path = docs.resolve(name);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("no document '" + name + "' in " + docs);
        }
        Document document;
        String raw;
        try {
            byte[] bytes = Files.readAllBytes(path);
            document = TextReader.parse(path.toString(), bytes);
            raw = new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read '" + name + "': " + e.getMessage());
        } catch (BadDocumentException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        GoldText text = new GoldText(raw, document.text());
        List<GoldEvent> events = new ArrayList<>();
        JsonNode es = array(root, "events");
        for (int i = 0; i < es.size(); i++) {
            try {
                events.add(event(es.get(i), text));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("event " + i + ": " + e.getMessage());
            }
        }
        List<GoldQuote> quotes = new ArrayList<>();
        JsonNode qs = array(root, "quotes");
        for (int i = 0; i < qs.size(); i++) {
            try {
                quotes.add(quote(qs.get(i), text));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("quote " + i + ": " + e.getMessage());
            }
        }
        return new Entry(new GoldDocument(name, number, events, quotes, string(root, "conflict", false),
                string(root, "shape", false)), document);
    }

    private static GoldEvent event(JsonNode e, GoldText text) {
        requireObject(e);
        int[] span = span(e, text);
        String date = string(e, "date", false);
        LocalDate day = null;
        if (date != null) {
            try {
                day = LocalDate.parse(date);
            } catch (DateTimeParseException x) {
                throw new IllegalArgumentException("date '" + date + "' is not YYYY-MM-DD");
            }
        }
        return new GoldEvent(string(e, "source", true), string(e, "target", false), string(e, "cameo", true),
                string(e, "modality", true), day, span[0], span[1], string(e, "text", true),
                string(e, "trigger", true));
    }

    private static GoldQuote quote(JsonNode q, GoldText text) {
        requireObject(q);
        int[] span = span(q, text);
        JsonNode direct = q.get("direct");
        if (direct == null || !direct.isBoolean()) {
            throw new IllegalArgumentException("'direct' must be true or false");
        }
        return new GoldQuote(string(q, "speaker", true), span[0], span[1], string(q, "text", true),
                direct.booleanValue());
    }

    /** The item's span checked against the file and mapped into the document: {start, end}. */
    private static int[] span(JsonNode item, GoldText text) {
        JsonNode s = item.get("start");
        JsonNode e = item.get("end");
        if (s == null || e == null || !s.isInt() || !e.isInt()) {
            throw new IllegalArgumentException("'start' and 'end' must be integers");
        }
        int start = s.intValue();
        int end = e.intValue();
        if (start < 0 || start >= end || end > text.length()) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end + " (the file has "
                    + text.length() + " characters)");
        }
        String words = string(item, "text", true);
        String there = text.substring(start, end);
        if (!there.equals(words)) {
            throw new IllegalArgumentException("text at " + start + ".." + end + " is '" + there + "', not '"
                    + words + "'");
        }
        int from = text.toDocument(start);
        if (from < 0) {
            throw new IllegalArgumentException("offsets " + start + ".." + end + " are in the date line");
        }
        return new int[] {from, text.toDocument(end)};
    }

    private static void requireObject(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
    }

    private static JsonNode array(JsonNode root, String name) {
        JsonNode a = root.get(name);
        if (a == null || a.isNull()) {
            return MAPPER.createArrayNode();
        }
        if (!a.isArray()) {
            throw new IllegalArgumentException("'" + name + "' is not an array");
        }
        return a;
    }

    /** A string field; absent or JSON null gives null unless required. */
    private static String string(JsonNode node, String name, boolean required) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                throw new IllegalArgumentException("no '" + name + "'");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException("'" + name + "' is not a string: " + v);
        }
        return v.textValue();
    }
}
