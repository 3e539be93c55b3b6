package org.saydo.cli;

import java.nio.file.Path;
import org.saydo.judge.Judge;

/**
 * Which judge a pipeline runs: none ({@code --no-judge}: the dictionaries decide alone), the model shipped with
 * Saydo, or a model file ({@code --judge-model FILE}).
 *
 * @param on whether a judge runs
 * @param model the model file, or {@code null} for the shipped model
 * @param dropThreshold the probability of {@code drop} at which the judge leaves a candidate out, in (0, 1]
 */
public record JudgeChoice(boolean on, Path model, double dropThreshold) {

    /** No judge. */
    public static final JudgeChoice OFF = new JudgeChoice(false, null, Judge.DEFAULT_DROP_THRESHOLD);

    /** The shipped model. */
    public static final JudgeChoice STANDARD = new JudgeChoice(true, null, Judge.DEFAULT_DROP_THRESHOLD);

    public JudgeChoice {
        if (!on && model != null) {
            throw new IllegalArgumentException("a judge model (" + model + ") with the judge off");
        }
        if (!(dropThreshold > 0 && dropThreshold <= 1)) {
            throw new IllegalArgumentException("the judge's drop threshold must be in (0, 1], not " + dropThreshold);
        }
    }
}
