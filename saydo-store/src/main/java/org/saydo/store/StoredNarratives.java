package org.saydo.store;

import java.util.List;
import java.util.Objects;
import org.saydo.record.ActorRef;

/**
 * The narratives of one document as the record keeps them: its labels and the claims (sentences) that carry
 * each, with the speaker where a quote carries it.
 *
 * @param model the version of the narrative model that gave them
 * @param labels the document's labels, narratives and sub-narratives ({@code Other} at both levels when none)
 * @param claims the sentences that carry each label
 */
public record StoredNarratives(String model, List<Label> labels, List<Claim> claims) {

    /** The label a document with no narrative gets at both levels. */
    public static final String OTHER = "Other";

    public StoredNarratives {
        Objects.requireNonNull(model, "model");
        labels = List.copyOf(labels);
        claims = List.copyOf(claims);
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("a labelled document has at least one label (\"Other\" when none)");
        }
    }

    /**
     * One label of a document.
     *
     * @param label the label as the taxonomy spells it
     * @param narrative the narrative it belongs to (itself for a narrative; {@code Other} for {@code Other})
     * @param subnarrative whether it is a sub-narrative
     */
    public record Label(String label, String narrative, boolean subnarrative) {
        public Label {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(narrative, "narrative");
        }
    }

    /**
     * A sentence that carries a label.
     *
     * @param label the label
     * @param narrative the label's narrative
     * @param sentence the sentence's index in the document, from 0
     * @param start the sentence's first character in the document
     * @param end the character after the sentence
     * @param text the sentence
     * @param score the classifier's score, 0–1
     * @param speaker the speaker of the quote in the sentence that carries it, or null
     */
    public record Claim(String label, String narrative, int sentence, int start, int end, String text, double score,
            ActorRef speaker) {
        public Claim {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(narrative, "narrative");
            Objects.requireNonNull(text, "text");
            if (sentence < 0 || start < 0 || start > end) {
                throw new IllegalArgumentException(label + ": bad claim offsets: sentence " + sentence + ", "
                        + start + "-" + end);
            }
        }
    }

    /**
     * Labels a coded document with its narratives (run by {@link Ingester}'s workers, beside the coder).
     * Implementations are thread-safe; they return null for a document they do not label.
     */
    @FunctionalInterface
    public interface Labeller {
        StoredNarratives label(org.saydo.record.CodedDocument coded);
    }
}
