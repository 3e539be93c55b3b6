package org.saydo.record;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an actor said, in its own words (direct) or as the text renders it (indirect).
 *
 * @param speaker the actor who said it
 * @param target the actor addressed or spoken about when the reporting verb names one, else {@code null}
 * @param quote the quoted words (without the quotation marks) or the reported clause
 * @param direct true for words in quotation marks
 * @param verb the reporting verb's lemma ({@code say}, {@code describe}, {@code warn})
 * @param cameo the CAMEO code of the speech act (010 for a plain statement; 130 for a threat ...)
 * @param modality how the text presents the speech act (a denied statement is {@link Modality#NEGATED})
 * @param date the date it was said
 * @param dateBasis whether {@code date} was read from the text or is the publication date
 * @param dateText the time expression the date was read from, or {@code null}
 * @param text the sentence that carries the speech act
 * @param provenance the words and the rule it rests on; {@code start}/{@code end} span the quoted words
 */
public record Quote(ActorRef speaker, ActorRef target, String quote, boolean direct, String verb, String cameo,
        Modality modality, LocalDate date, DateBasis dateBasis, String dateText, String text,
        Provenance provenance) {

    public Quote {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(dateBasis, "dateBasis");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(provenance, "provenance");
        if (!cameo.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("not a CAMEO event code: '" + cameo + "'");
        }
    }
}
