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
 * @param proposeThreshold the probability at which the judge's proposer makes an open candidate an event
 *                         ({@link org.saydo.judge.Proposer}), in (0, 1]; 0 for no proposer
 * @param proposerModel the proposer's model file, or {@code null} for the shipped one
 */
public record JudgeChoice(boolean on, Path model, double dropThreshold, double proposeThreshold,
        Path proposerModel) {

    /** No judge. */
    public static final JudgeChoice OFF = new JudgeChoice(false, null, Judge.DEFAULT_DROP_THRESHOLD);

    /** The shipped model, without the proposer (see {@code saydo-judge/README.md} for why it is off). */
    public static final JudgeChoice STANDARD = new JudgeChoice(true, null, Judge.DEFAULT_DROP_THRESHOLD);

    /** A judge without the proposer. */
    public JudgeChoice(boolean on, Path model, double dropThreshold) {
        this(on, model, dropThreshold, 0, null);
    }

    public JudgeChoice {
        if (!on && (proposeThreshold != 0 || proposerModel != null)) {
            throw new IllegalArgumentException("a proposer with the judge off");
        }
        if (!(proposeThreshold >= 0 && proposeThreshold <= 1)) {
            throw new IllegalArgumentException("the proposer's threshold must be 0 (off) or in (0, 1], not "
                    + proposeThreshold);
        }
        if (proposerModel != null && proposeThreshold == 0) {
            throw new IllegalArgumentException("a proposer model (" + proposerModel + ") with the proposer off");
        }
        if (!on && model != null) {
            throw new IllegalArgumentException("a judge model (" + model + ") with the judge off");
        }
        if (!(dropThreshold > 0 && dropThreshold <= 1)) {
            throw new IllegalArgumentException("the judge's drop threshold must be in (0, 1], not " + dropThreshold);
        }
    }
}
