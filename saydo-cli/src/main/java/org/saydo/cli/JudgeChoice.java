package org.saydo.cli;

import java.nio.file.Path;

/**
 * Which judge a pipeline runs: none ({@code --no-judge}: the dictionaries decide alone), the model shipped with
 * Saydo, or a model file ({@code --judge-model FILE}).
 *
 * @param on whether a judge runs
 * @param model the model file, or {@code null} for the shipped model
 */
public record JudgeChoice(boolean on, Path model) {

    /** No judge. */
    public static final JudgeChoice OFF = new JudgeChoice(false, null);

    /** The shipped model. */
    public static final JudgeChoice STANDARD = new JudgeChoice(true, null);

    public JudgeChoice {
        if (!on && model != null) {
            throw new IllegalArgumentException("a judge model (" + model + ") with the judge off");
        }
    }
}
