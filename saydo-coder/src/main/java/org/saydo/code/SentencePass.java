package org.saydo.code;

import org.saydo.nlp.ParsedSentence;

/**
 * A pass of the coding of one sentence ({@link PredicateCoder}, {@link PatternMatcher}, {@link ModalityRules},
 * {@link QuoteFinder}, {@link EventCombiner}, {@link ReprisalThreats}, {@link BackgroundRules}): it reads and adds
 * to the coding state of the {@link Sentence} it is made for; the other collaborators it needs (the sentence's
 * {@link ActorResolver}, other passes) are given to its constructor.
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
