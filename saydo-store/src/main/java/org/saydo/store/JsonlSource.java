package org.saydo.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStreamReader;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;
import org.saydo.doc.BadDocumentException;
import org.saydo.doc.Document;
import org.saydo.doc.TextReader;

/**
 * JSON Lines files ({@code .jsonl}): one report per line, {@code {"url", "outlet", "date", "title", "text"}};
 * only {@code text} is required; {@code date} is an ISO date or date-time; other keys are ignored (scrapers add
 * their own). Blank lines are skipped. A bad line is one {@link SourceItem.Bad} naming {@code file:line}; the
 * other lines are read. The document's source is {@code url} when present, else {@code file:line}. Stateless,
 * thread-safe.
 */
public final class JsonlSource implements SourceReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void read(Path file, Consumer<SourceItem> sink) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sink, "sink");
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int number = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String where = file + ":" + number;
                try {
                    sink.accept(new SourceItem.Doc(parse(where, line)));
                } catch (BadDocumentException e) {
                    sink.accept(new SourceItem.Bad(e.where(), e.reason()));
                }
            }
        } catch (CharacterCodingException e) {
            sink.accept(new SourceItem.Bad(file + ":" + (number + 1), "not UTF-8"));
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
        TextReader.requireEnglish(where, text);
        String url = string(where, node, "url");
        return new Document(Document.idOf(text), url != null ? url : where, url, string(where, node, "outlet"),
                string(where, node, "title"), published, text);
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
