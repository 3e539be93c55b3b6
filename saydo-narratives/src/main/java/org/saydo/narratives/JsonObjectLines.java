package org.saydo.narratives;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The narratives' data files (examples, gold labels): one JSON object a line, blank lines skipped; a line that
 * is not a JSON object is an error naming {@code FILE:LINE}. Stateless, thread-safe.
 */
final class JsonObjectLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonObjectLines() {
    }

    /** One object of a file, with {@code FILE:LINE} for errors about it. */
    record Line(String where, JsonNode object) {
    }

    /** The objects of {@code file}, in order; {@code what} names the file's kind in a read error. */
    static List<Line> read(Path file, String what) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NarrativeException(file + ": cannot read " + what + ": " + e);
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String where = file + ":" + (i + 1);
            JsonNode n;
            try {
                n = JSON.readTree(lines.get(i));
            } catch (IOException e) {
                throw new NarrativeException(where + ": not JSON: " + e.getMessage());
            }
            if (n == null || !n.isObject()) {
                throw new NarrativeException(where + ": not a JSON object");
            }
            out.add(new Line(where, n));
        }
        return out;
    }
}
