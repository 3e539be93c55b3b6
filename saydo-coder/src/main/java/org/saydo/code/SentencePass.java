package org.saydo.code;

import org.saydo.nlp.ParsedSentence;

/**
 * A pass of the coding of one sentence ({@link PredicateCoder}, {@link PatternMatcher}, {@link ModalityRules},
 * {@link QuoteFinder}, {@link EventCombiner}): it reads and adds to the {@link Sentence} it is made for.
 *
 * <p>Not thread-safe; one per {@link Sentence}.
 */
abstract class SentencePass {

    /** The coding of the sentence: its state, actors and events. */
    final Sentence ctx;
    /** The parse of the sentence ({@code ctx.s}). */
    final ParsedSentence s;

    SentencePass(Sentence ctx) {
        this.ctx = ctx;
        this.s = ctx.s;
    }
}
