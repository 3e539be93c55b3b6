package org.saydo.record;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Who did what to whom, and when, as one sentence of one document tells it.
 *
 * @param source the actor that acts
 * @param target the actor acted upon, or {@code null} when the text names none
 * @param cameo the CAMEO event code (2 to 4 digits, e.g. {@code 040}, {@code 195})
 * @param modality how the text presents it
 * @param reportedBy for {@link Modality#REPORTED} (and for words said about an event), the actor whose
 *                   statement carries it, else {@code null}
 * @param date the event's date
 * @param dateBasis whether {@code date} was read from the text or is the publication date
 * @param dateText the time expression the date was read from, or {@code null}
 * @param text the sentence
 * @param provenance the words and the rule it rests on
 * @param judge what the learned judge made of the dictionaries' candidate, or {@code null} when no judge ran
 */
public record Event(ActorRef source, ActorRef target, String cameo, Modality modality, ActorRef reportedBy,
        LocalDate date, DateBasis dateBasis, String dateText, String text, Provenance provenance,
        Judgement judge) {

    /** An event as the dictionaries propose it, not (yet) judged. */
    public Event(ActorRef source, ActorRef target, String cameo, Modality modality, ActorRef reportedBy,
            LocalDate date, DateBasis dateBasis, String dateText, String text, Provenance provenance) {
        this(source, target, cameo, modality, reportedBy, date, dateBasis, dateText, text, provenance, null);
    }

    public Event {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(dateBasis, "dateBasis");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(provenance, "provenance");
        if (!cameo.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("not a CAMEO event code: '" + cameo + "'");
        }
    }

    /**
     * This event as a reference to a past or ongoing state: modality {@link Modality#BACKGROUND}, and, since a
     * background event never takes the publication date, undated unless the text dated it.
     */
    public Event asBackground() {
        boolean dated = dateBasis == DateBasis.TEXT || dateBasis == DateBasis.TEXT_IMPLAUSIBLE;
        return new Event(source, target, cameo, Modality.BACKGROUND, reportedBy, dated ? date : null,
                dated ? dateBasis : DateBasis.NONE, dated ? dateText : null, text, provenance, judge);
    }

    /** This event with the judge's verdict on it. */
    public Event judged(Judgement verdict) {
        return new Event(source, target, cameo, modality, reportedBy, date, dateBasis, dateText, text, provenance,
                Objects.requireNonNull(verdict, "verdict"));
    }
}
