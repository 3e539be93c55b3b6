package org.saydo.narratives;

import java.util.Objects;
import org.saydo.record.ActorRef;

/**
 * A sentence that carries a label.
 *
 * @param label the taxonomy label
 * @param sentence the sentence's index in the document, from 0
 * @param start document offset of the sentence's first character
 * @param end document offset one past its last character
 * @param text the sentence
 * @param score the model's score of the label on the best passage around the sentence (0–1)
 * @param speaker who says it, when the sentence holds a quote the coder attributes, else {@code null}
 */
public record Evidence(String label, int sentence, int start, int end, String text, double score, ActorRef speaker) {

    public Evidence {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
        if (sentence < 0) {
            throw new IllegalArgumentException("sentence < 0: " + sentence);
        }
        if (start < 0 || start > end) {
            throw new IllegalArgumentException("bad span: start=" + start + ", end=" + end);
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score outside 0..1: " + score);
        }
    }

    Evidence withSpeaker(ActorRef who) {
        return new Evidence(label, sentence, start, end, text, score, who);
    }
}
