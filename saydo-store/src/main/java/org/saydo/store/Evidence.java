package org.saydo.store;

import java.time.LocalDate;

/**
 * One event or quote behind a figure, with where to read it. Immutable.
 *
 * @param kind {@code event} or {@code quote}
 * @param eventKey the event key (events), else null
 * @param quoteId the quote's id (quotes), else null
 * @param date event or quote date
 * @param source source actor or speaker code
 * @param target target actor code, or null
 * @param cameo CAMEO code
 * @param cameoName its name, or null when unknown
 * @param modality how the text presents it
 * @param goldstein Goldstein weight, or null
 * @param reports documents reporting it (quotes: documents carrying the same words)
 * @param outlets the outlets of those reports, comma-separated (may be empty)
 * @param doc the first report: URL, path, or GDELT SOURCEURL
 * @param sentence sentence index in that document, or null (GDELT rows)
 * @param text the sentence (quotes: the quoted words)
 */
public record Evidence(String kind, Long eventKey, Long quoteId, LocalDate date, String source, String target,
        String cameo, String cameoName, String modality, Double goldstein, int reports, String outlets, String doc,
        Integer sentence, String text) {

    /** A one-line citation: {@code #key 2025-12-02 RUS->UKR 190 asserted [doc:3, outlets] "text"}. */
    public String cite() {
        String id = eventKey != null ? "#" + eventKey : "q" + quoteId;
        String where = doc + (sentence == null ? "" : ":" + sentence);
        return id + " " + date + " " + source + "->" + (target == null ? "-" : target) + " " + cameo + " " + modality
                + " [" + where + (outlets == null || outlets.isEmpty() ? "" : "; " + outlets) + "; " + reports
                + (reports == 1 ? " report" : " reports") + "]"
                + (text == null || text.isBlank() ? "" : " \"" + cut(text, 160) + "\"");
    }

    static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
