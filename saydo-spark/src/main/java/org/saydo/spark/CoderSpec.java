package org.saydo.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import org.saydo.cli.JudgeChoice;
import org.saydo.cli.Pipelines;
import org.saydo.nlp.Budget;
import org.saydo.record.Coder;

/**
 * What an executor needs to build its coder: which judge runs. Small and serialisable, so it travels with the
 * tasks; the coder itself (CoreNLP's models, the dictionaries, the judge) never does: each JVM builds it once
 * ({@link ExecutorCoder}).
 *
 * @param judge whether the learned judge runs ({@code --no-judge} turns it off)
 * @param judgeModel a judge model file every executor can read, or null for the model shipped in the jar
 * @param judgeThreshold the judge's drop threshold
 */
public record CoderSpec(boolean judge, String judgeModel, double judgeThreshold) implements Serializable {

    private static final long serialVersionUID = 1L;

    public CoderSpec {
        new JudgeChoice(judge, judgeModel == null ? null : Path.of(judgeModel), judgeThreshold);
    }

    /** The spec of a judge choice of the command line. */
    public static CoderSpec of(JudgeChoice choice) {
        return new CoderSpec(choice.on(), choice.model() == null ? null : choice.model().toString(),
                choice.dropThreshold());
    }

    /** The judge choice this spec stands for. */
    public JudgeChoice choice() {
        return new JudgeChoice(judge, judgeModel == null ? null : Path.of(judgeModel), judgeThreshold);
    }

    /** Builds the coder: {@code saydo code}'s chain, assembled by {@link Pipelines}, with the default budget. */
    Coder build() {
        return Pipelines.standard(List.of(), Budget.DEFAULT, choice());
    }
}
