package org.saydo.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.saydo.doc.BadDocumentException;
import org.saydo.doc.Document;
import org.saydo.doc.TextReader;
import org.saydo.narratives.GoldLabels;
import org.saydo.narratives.NarrativeException;
import org.saydo.narratives.Taxonomy;

/**
 * Gold labels files and the documents they name, read together for {@code narratives train --dev} and
 * {@code narratives evaluate}: a document is looked up in {@code --docs DIR}, else beside its labels file. A
 * document that is missing or unreadable is an error naming it (a score over fewer documents would mislead).
 */
record LabelledDocuments(List<GoldLabels.Gold> gold, List<Document> documents, String description) {

    static LabelledDocuments read(List<Path> labelFiles, Path docs, Taxonomy taxonomy) {
        List<GoldLabels.Gold> gold = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        StringBuilder description = new StringBuilder();
        for (Path labels : labelFiles) {
            Path dir = docs != null ? docs : labels.toAbsolutePath().getParent();
            for (GoldLabels.Gold g : GoldLabels.read(labels, taxonomy)) {
                Path file = dir.resolve(g.doc());
                try {
                    documents.add(TextReader.read(file));
                } catch (BadDocumentException e) {
                    throw new NarrativeException(labels + ": document " + g.doc() + ": " + e.getMessage());
                }
                gold.add(g);
            }
            try {
                description.append(description.length() == 0 ? "" : ", ").append(labels).append(" sha256:")
                        .append(org.saydo.judge.LinearModels.sha256(Files.readAllBytes(labels)).substring(0, 12));
            } catch (IOException e) {
                throw new NarrativeException(labels + ": cannot read: " + e);
            }
        }
        return new LabelledDocuments(gold, documents, description.toString());
    }
}
