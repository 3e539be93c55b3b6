package org.saydo.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;
import org.saydo.doc.BadDocumentException;
import org.saydo.doc.Document;
import org.saydo.doc.LineReader;
import org.saydo.doc.TextAcceptance;

/**
 * JSON Lines files ({@code .jsonl}): one report per line, {@code {"url", "outlet", "date", "title", "text"}};
 * only {@code text} is required; {@code date} is an ISO date or date-time; other keys are ignored (scrapers add
 * their own). Blank lines are skipped. Lines are decoded one by one ({@link LineReader}): a bad line (not UTF-8,
 * longer than {@value #MAX_LINE_BYTES} bytes, not JSON, or a text {@link TextAcceptance} refuses) is one
 * {@link SourceItem.Bad} naming {@code file:line} with its real line number; the other lines are read. The
 * document's source is {@code url} when present, else {@code file:line}. Stateless, thread-safe.
 */
public final class JsonlSource implements SourceReader {

    /** The longest line read, in bytes: the largest document, {@link TextAcceptance#MAX_BYTES}. */
    public static final int MAX_LINE_BYTES = (int) TextAcceptance.MAX_BYTES;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void read(Path file, Consumer<SourceItem> sink) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sink, "sink");
        try (LineReader in = new LineReader(Files.newInputStream(file), MAX_LINE_BYTES)) {
            for (LineReader.Line line = in.next(); line != null; line = in.next()) {
                String where = file + ":" + line.number();
                if (!line.ok()) {
                    sink.accept(new SourceItem.Bad(where, line.problem()));
                    continue;
                }
                if (line.text().isBlank()) {
                    continue;
                }
                try {
                    sink.accept(new SourceItem.Doc(parse(where, line.text())));
                } catch (BadDocumentException e) {
                    sink.accept(new SourceItem.Bad(e.where(), e.reason()));
                }
            }
        } catch (IOException e) {
            sink.accept(new SourceItem.Bad(file.toString(), "cannot read: " + e));
        }
    }

    /** Parses one line; throws {@link BadDocumentException} naming {@code where}. */
    static Document parse(String where, String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadDocumentException(where, "not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadDocumentException(where, "not a JSON object");
        }
        String text = string(where, node, "text");
        if (text == null || text.isBlank()) {
            throw new BadDocumentException(where, "no \"text\"");
        }
        String date = string(where, node, "date");
        LocalDate published = null;
        if (date != null) {
            published = HtmlSource.isoDate(date);
            if (published == null) {
                throw new BadDocumentException(where, "bad \"date\": '" + date + "' (expected YYYY-MM-DD)");
            }
        }
        TextAcceptance.require(where, text);
        String url = string(where, node, "url");
        String outlet = string(where, node, "outlet");
        String title = string(where, node, "title");
        TextAcceptance.requireNoControls(where, "url", url);
        TextAcceptance.requireNoControls(where, "outlet", outlet);
        TextAcceptance.requireNoControls(where, "title", title);
        return new Document(Document.idOf(text), url != null ? url : where, url, outlet, title, published, text);
    }

    private static String string(String where, JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadDocumentException(where, "\"" + key + "\" is not a string: " + value);
        }
        return value.asText();
    }
}
