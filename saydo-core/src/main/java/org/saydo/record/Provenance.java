package org.saydo.record;

import java.util.Objects;

/**
 * Where a claim comes from: the words it rests on and the rule that read them.
 *
 * @param docId the document's content id
 * @param doc the document's path or URL as the user gave it ({@code -} for standard input)
 * @param sentence index of the sentence in the document, from 0
 * @param sentenceStart document offset of the sentence's first character
 * @param sentenceEnd document offset one past the sentence's last character
 * @param start document offset of the first character of the claim's words (actors, trigger, quote)
 * @param end document offset one past the claim's last character
 * @param trigger the words that triggered it ({@code launched ... attacks}, {@code said})
 * @param triggerStart document offset of the trigger's first character
 * @param triggerEnd document offset one past the trigger's last character
 * @param rule the dictionary entry or rule that fired ({@code CAMEO.2.0.txt:1081 LAUNCH * ATTACK [190]})
 * @param pipeline the Saydo version that coded it
 */
public record Provenance(String docId, String doc, int sentence, int sentenceStart, int sentenceEnd, int start,
        int end, String trigger, int triggerStart, int triggerEnd, String rule, String pipeline) {

    public Provenance {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(pipeline, "pipeline");
        if (sentence < 0) {
            throw new IllegalArgumentException("sentence < 0: " + sentence);
        }
        if (start < 0 || start > end) {
            throw new IllegalArgumentException("bad span: start=" + start + ", end=" + end);
        }
        if (triggerStart < 0 || triggerStart > triggerEnd) {
            throw new IllegalArgumentException("bad trigger span: start=" + triggerStart + ", end=" + triggerEnd);
        }
        if (sentenceStart < 0 || sentenceStart > sentenceEnd) {
            throw new IllegalArgumentException("bad sentence span: start=" + sentenceStart + ", end=" + sentenceEnd);
        }
    }

    /** The same place and trigger, coded by another rule: a pass that recodes an act keeps where it was told. */
    public Provenance withRule(String rule) {
        return new Provenance(docId, doc, sentence, sentenceStart, sentenceEnd, start, end, trigger, triggerStart,
                triggerEnd, rule, pipeline);
    }
}
