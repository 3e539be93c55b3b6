package org.saydo.evaluate;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.saydo.ontology.CameoOntology;

/**
 * One event of the gold annotation, its offsets already mapped into the {@link org.saydo.doc.Document}'s text.
 *
 * @param source the acting actor's code
 * @param target the target's code, or {@code null} when the act has none
 * @param cameo the CAMEO code, 2 to 4 digits
 * @param modality one of {@link #MODALITIES} (the gold's own vocabulary, which includes {@code background})
 * @param date the day of the act, or {@code null} (a background event the text does not date)
 * @param start document-text offset of the event's first character
 * @param end document-text offset one past its last character
 * @param text the words at {@code start..end}
 * @param trigger the verb or noun that carries the act
 */
public record GoldEvent(String source, String target, String cameo, String modality, LocalDate date, int start,
        int end, String text, String trigger) {

    /** The modalities a gold file may use. */
    public static final Set<String> MODALITIES =
            Set.of("asserted", "reported", "intent", "hypothetical", "negated", "background");

    public GoldEvent {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(trigger, "trigger");
        if (source.isBlank()) {
            throw new IllegalArgumentException("blank source");
        }
        if (target != null && target.isBlank()) {
            throw new IllegalArgumentException("blank target (write null for none)");
        }
        CameoOntology.root(cameo);
        if (!MODALITIES.contains(modality)) {
            throw new IllegalArgumentException("unknown modality '" + modality + "' (expected one of "
                    + MODALITIES.stream().sorted().toList() + ")");
        }
        if (start < 0 || start > end) {
            throw new IllegalArgumentException("bad span: start=" + start + ", end=" + end);
        }
    }

    /** The two-digit CAMEO root. */
    public String root() {
        return CameoOntology.root(cameo);
    }

    /** Whether the annotators marked it as a reference to a past or ongoing state. */
    public boolean background() {
        return modality.equals("background");
    }
}
