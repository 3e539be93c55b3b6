package org.saydo.cli;

import java.time.Duration;
import org.saydo.nlp.Budget;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options that set the work {@link Budget} of the commands that code documents ({@code code}, {@code ingest}). */
public final class BudgetOptions {

    @Option(names = "--max-sentence-tokens", paramLabel = "N", description = "cut a longer sentence into pieces of "
            + "at most N tokens before parsing, with a long-sentence warning (at least 10; default: ${DEFAULT-VALUE})")
    int maxSentenceTokens = Budget.DEFAULT_MAX_SENTENCE_TOKENS;

    @Option(names = "--document-seconds", paramLabel = "S", description = "fail a document whose parsing takes "
            + "longer than S seconds and go on with the next (default: ${DEFAULT-VALUE})")
    long documentSeconds = Budget.DEFAULT_DOCUMENT_TIME.toSeconds();

    /** The budget the options give; a bad value is a usage error (exit 2) naming the option. */
    Budget budget(CommandSpec spec) {
        if (maxSentenceTokens < 10) {
            throw new ParameterException(spec.commandLine(), "--max-sentence-tokens must be at least 10, not "
                    + maxSentenceTokens);
        }
        if (documentSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--document-seconds must be at least 1, not "
                    + documentSeconds);
        }
        return new Budget(maxSentenceTokens, Duration.ofSeconds(documentSeconds));
    }
}
