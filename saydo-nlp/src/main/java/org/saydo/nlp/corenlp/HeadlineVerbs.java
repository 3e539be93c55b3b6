package org.saydo.nlp.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Repairs the tagger's reading of a headline's verb as a plural noun. Headlines drop the article and tell in the
 * present: "Iran vows revenge against Israel", "Kim vows full support for Russia", "Zelensky pledges to retake
 * Crimea". The tagger reads "vows" or "pledges" after a proper noun as a plural noun ("Iran vows" like "Iran talks"),
 * the parser makes the whole headline one noun phrase, and the sentence has no verb. A word of {@link #PRESENT_FORMS} tagged
 * as a plural noun right after a proper noun, in a sentence with no finite verb or modal of its own, is the present
 * tense of the verb whose subject the proper noun is. "Iran's vows" (a possessive before it) and "the vows of Iran"
 * (no proper noun before it) stay nouns, and so does any such word in a sentence that has its verb elsewhere
 * ("Kim vows were repeated"). A "to" right after the verb and before a base-form verb, which the tagger read as a
 * preposition for want of a verb before it, is the infinitive's marker. Stateless; thread-safe.
 */
final class HeadlineVerbs {

    /** Verbs of intent, pledge and threat that are also plural nouns, in their third-person present form. */
    private static final Set<String> PRESENT_FORMS = Set.of("vows", "pledges", "promises", "threatens", "warns");

    /** Tags of a word that gives a sentence its own finite verb. */
    private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP", "MD");

    /** Tags of a proper noun, the subject a headline names first. */
    private static final Set<String> PROPER_TAGS = Set.of("NNP", "NNPS");

    private HeadlineVerbs() {
    }

    /** Retags, in place, a headline's verb of intent the tagger read as a plural noun; the rest is left alone. */
    static void repair(List<CoreLabel> tokens) {
        Objects.requireNonNull(tokens, "tokens");
        for (CoreLabel t : tokens) {
            if (FINITE_TAGS.contains(t.tag())) {
                return;
            }
        }
        for (int i = 1; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            if ("NNS".equals(t.tag()) && PRESENT_FORMS.contains(t.word().toLowerCase(Locale.ROOT))
                    && PROPER_TAGS.contains(tokens.get(i - 1).tag())) {
                t.setTag("VBZ");
                // "Zelensky pledges to retake Crimea": with no verb before it the tagger read "to" as a preposition
                // and the infinitive as a modifier of the noun after it
                if (i + 2 < tokens.size() && "to".equalsIgnoreCase(tokens.get(i + 1).word())
                        && "VB".equals(tokens.get(i + 2).tag())) {
                    tokens.get(i + 1).setTag("TO");
                }
                return;
            }
        }
    }
}
