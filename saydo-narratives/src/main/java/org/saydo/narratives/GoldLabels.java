package org.saydo.narratives;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Document-level gold labels: a JSON Lines file, one document a line,
 * {@code {"doc": "file.txt", "narratives": [...], "subnarratives": [...]}}, labels spelled as in the taxonomy
 * ({@code ["Other"]} for none). A bad line, an unknown label or a document listed twice is an error naming file
 * and line.
 */
public final class GoldLabels {


    /**
     * One labelled document.
     *
     * @param doc the document's file name, relative to the documents' directory
     * @param narratives its narratives
     * @param subnarratives its sub-narratives
     */
    public record Gold(String doc, Set<String> narratives, Set<String> subnarratives) {

        public Gold {
            Objects.requireNonNull(doc, "doc");
            narratives = Set.copyOf(narratives);
            subnarratives = Set.copyOf(subnarratives);
        }
    }

    private GoldLabels() {
    }

    /** Reads a labels file. */
    public static List<Gold> read(Path file, Taxonomy taxonomy) {
        List<Gold> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonObjectLines.Line line : JsonObjectLines.read(file, "the labels")) {
            String where = line.where();
            JsonNode n = line.object();
            if (!n.path("doc").isTextual()) {
                throw new NarrativeException(where + ": not an object with a \"doc\" string");
            }
            String doc = n.get("doc").asText();
            if (!seen.add(doc)) {
                throw new NarrativeException(where + ": document listed twice: " + doc);
            }
            out.add(new Gold(doc, labels(n, "narratives", where, taxonomy), labels(n, "subnarratives", where,
                    taxonomy)));
        }
        return out;
    }

    private static Set<String> labels(JsonNode n, String field, String where, Taxonomy taxonomy) {
        JsonNode a = n.get(field);
        if (a == null || !a.isArray() || a.isEmpty()) {
            throw new NarrativeException(where + ": \"" + field + "\" must be a non-empty list (\"Other\" for none)");
        }
        Set<String> out = new HashSet<>();
        for (JsonNode l : a) {
            out.add(taxonomy.require(l.asText(), where));
        }
        return out;
    }

    /**
     * The F1 of one document's predicted labels against its gold labels (1 when both are equal, 0 when they
     * share none), as in SemEval-2025 Task 10 subtask 2; {@code Other} counts as a label.
     */
    public static double f1(Set<String> predicted, Set<String> gold) {
        if (predicted.isEmpty() && gold.isEmpty()) {
            return 1;
        }
        long common = predicted.stream().filter(gold::contains).count();
        return 2.0 * common / (predicted.size() + gold.size());
    }
}
