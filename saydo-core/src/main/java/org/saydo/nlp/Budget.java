package org.saydo.nlp;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Limits on the work the NLP stage spends on one document, so that one pathological document (200,000
 * characters without a sentence break, say) costs only itself and the batch goes on.
 *
 * @param maxSentenceTokens the most tokens a sentence may have when it reaches the dependency parser; a longer
 *     "sentence" (a table, a list, a text without punctuation) is cut into pieces of at most this many tokens,
 *     at a comma, semicolon, colon or dash where there is one, and the document gets a {@link #LONG_SENTENCE}
 *     warning. Default {@value #DEFAULT_MAX_SENTENCE_TOKENS}: real sentences of news reporting are far shorter,
 *     and the parse of a longer one is unreliable anyway.
 * @param documentTime the longest the NLP stage may work on one document; past it the document fails with a
 *     {@link BudgetExceededException} naming this budget. Default {@link #DEFAULT_DOCUMENT_TIME}: a 100-sentence
 *     report takes one to two seconds on one core.
 */
public record Budget(int maxSentenceTokens, Duration documentTime) {

    /** The default limit of tokens per sentence. */
    public static final int DEFAULT_MAX_SENTENCE_TOKENS = 150;

    /** The default time budget per document. */
    public static final Duration DEFAULT_DOCUMENT_TIME = Duration.ofSeconds(60);

    /** The name of the warning a document gets when a sentence was cut into pieces. */
    public static final String LONG_SENTENCE = "long-sentence";

    /** The defaults: {@value #DEFAULT_MAX_SENTENCE_TOKENS} tokens per sentence, 60 s per document. */
    public static final Budget DEFAULT = new Budget(DEFAULT_MAX_SENTENCE_TOKENS, DEFAULT_DOCUMENT_TIME);

    public Budget {
        Objects.requireNonNull(documentTime, "documentTime");
        if (maxSentenceTokens < 10) {
            throw new IllegalArgumentException("maxSentenceTokens must be at least 10, not " + maxSentenceTokens);
        }
        if (documentTime.isNegative() || documentTime.isZero()) {
            throw new IllegalArgumentException("documentTime must be positive, not " + documentTime);
        }
    }

    /** A deadline that starts now. */
    public Deadline start() {
        return new Deadline(this, System.nanoTime() + documentTime.toNanos());
    }

    /** The time budget as a user reads it: {@code 60 s}, {@code 0.5 s}. */
    public String documentTimeText() {
        long millis = documentTime.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.3f s", millis / 1000.0);
    }

    /** The time left to one document's work. Not thread-safe; one per document. */
    public static final class Deadline {

        private final Budget budget;
        private final long at;

        Deadline(Budget budget, long at) {
            this.budget = budget;
            this.at = at;
        }

        /**
         * Throws when the budget is spent.
         *
         * @param done how far the work got, for the message ({@code "12 of 300 sentences parsed"})
         * @throws BudgetExceededException naming the budget
         */
        public void check(String done) {
            if (System.nanoTime() - at > 0) {
                throw new BudgetExceededException("exceeded the time budget of " + budget.documentTimeText()
                        + " per document (documentTime) with " + done);
            }
        }
    }
}
