package org.saydo.cli;

import java.nio.file.Path;
import java.util.List;
import org.saydo.nlp.Budget;
import org.saydo.record.Coder;

/**
 * Builds a command's coder from its options: the user's extra actor files, the work budget and the judge chosen
 * ({@link Pipelines#standard(List, Budget, JudgeChoice)} in production; tests give stand-ins).
 */
@FunctionalInterface
public interface CoderFactory {

    /** The coder for these options. */
    Coder build(List<Path> extraActors, Budget budget, JudgeChoice judge);
}
