package org.saydo.narratives;

import java.util.List;
import java.util.Objects;

/**
 * The narratives of one document.
 *
 * @param doc the path or URL as the user gave it ({@code -} for standard input)
 * @param narratives the narratives it carries, in taxonomy order; {@code ["Other"]} when none
 * @param subnarratives its sub-narratives, in taxonomy order; {@code ["Other"]} when none
 * @param evidence the sentences that carry each label, by label then sentence
 * @param model the version of the model that labelled it
 */
public record DocumentLabels(String doc, List<String> narratives, List<String> subnarratives,
        List<Evidence> evidence, String model) {

    public DocumentLabels {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(model, "model");
        narratives = List.copyOf(narratives);
        subnarratives = List.copyOf(subnarratives);
        evidence = List.copyOf(evidence);
        if (narratives.isEmpty() || subnarratives.isEmpty()) {
            throw new IllegalArgumentException(doc + ": a document has at least one narrative and one "
                    + "sub-narrative (\"Other\" when none): " + narratives + " / " + subnarratives);
        }
    }
}
