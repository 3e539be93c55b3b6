package org.saydo.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.saydo.record.ActorRef;
import org.saydo.record.DateBasis;
import org.saydo.record.Modality;

/**
 * One event of the record as a query returns it: the event key with its report count and outlets, and the
 * first matching report's event with its provenance. Rows imported from GDELT have no sentence, offsets,
 * trigger or date basis (null), a {@code globalEventId}, and the GDELT row's {@code file:line} as rule.
 * Immutable.
 *
 * @param eventKey the real-world event this row stands for
 * @param origin {@code saydo} (coded by Saydo) or {@code gdelt} (imported)
 * @param globalEventId GDELT's GLOBALEVENTID for imported rows, else null
 * @param reports how many documents report this event (for GDELT rows: 1, the row's SOURCEURL)
 * @param sources how many independent sources carry it: the smaller of the distinct syndication clusters
 *                (near-verbatim copies of one text are one) and the distinct publishers among its reports
 * @param outlets the outlets of those documents, sorted, without unknowns
 * @param docId the content id of the document this row's event comes from (null for GDELT rows)
 * @param doc the document's path or URL as given (for GDELT rows: SOURCEURL)
 * @param url the document's URL when known
 * @param sentence sentence index, or null
 * @param start document offset of the claim's first character, or null
 * @param end document offset one past its last character, or null
 * @param text the sentence, or null
 * @param trigger the trigger words, or null
 * @param rule the dictionary entry or rule that fired
 * @param pipeline the Saydo version that coded it, or null
 * @param source the source actor, or null (GDELT rows may have none)
 * @param target the target actor, or null
 * @param cameo the CAMEO event code
 * @param cameoName its name, or null when unknown
 * @param ploverType PLOVER type, or null
 * @param ploverMode PLOVER mode, or null
 * @param quad QuadClass, or null when unknown
 * @param goldstein Goldstein weight, or null when unknown
 * @param modality how the text presents it (GDELT rows: asserted)
 * @param reportedBy the actor whose statement carries a reported event, or null
 * @param date the event date, or null
 * @param dateBasis how the date was found, or null
 * @param dateText the time expression, or null
 * @param gdeltRow for imported GDELT rows, the row as read (61 tab-separated columns), else null
 */
public record StoredEvent(long eventKey, String origin, Long globalEventId, int reports, int sources, List<String> outlets,
        String docId, String doc, String url, Integer sentence, Integer start, Integer end, String text,
        String trigger, String rule, String pipeline, ActorRef source, ActorRef target, String cameo,
        String cameoName, String ploverType, String ploverMode, Integer quad, Double goldstein, Modality modality,
        ActorRef reportedBy, LocalDate date, DateBasis dateBasis, String dateText, String gdeltRow) {

    public StoredEvent {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(modality, "modality");
        outlets = List.copyOf(outlets);
    }
}
