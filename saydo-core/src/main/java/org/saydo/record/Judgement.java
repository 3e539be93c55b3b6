package org.saydo.record;

import java.util.Objects;

/**
 * What the learned judge made of a candidate event the dictionaries proposed.
 *
 * @param verdict {@code keep} (a specific event of this kind between these parties), {@code background} (a
 *                reference to a past or ongoing state) or {@code drop} (not an event of this kind: such candidates
 *                are left out in material cooperation and conflict; in verbal acts the dictionaries decide and
 *                the doubt is only recorded)
 * @param score the judge's probability for its verdict, 0 to 1
 * @param model the version of the judge's model (a hash of the model file)
 */
public record Judgement(String verdict, double score, String model) {

    public Judgement {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(model, "model");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("judge score outside 0..1: " + score);
        }
    }
}
