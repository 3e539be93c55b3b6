package org.saydo.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saydo.doc.Document;
import org.saydo.record.ActorRef;
import org.saydo.record.CodedDocument;
import org.saydo.record.Coder;
import org.saydo.record.DateBasis;
import org.saydo.record.Event;
import org.saydo.record.Modality;
import org.saydo.record.Provenance;
import org.saydo.record.Quote;

/**
 * A hand-written coder for tests: it codes the markers written into a text, nothing else. A marker
 * {@code [RUSGOV 040 USAGOV 2025-12-02]} is an asserted event (source, code, target or {@code -}, date), with an
 * optional modality after the date ({@code [RUS 190 UKR 2025-12-02 intent]}); a date {@code none} is an undated
 * event ({@code [RUS 192 UKR none background]}); {@code {RUSGOV says}} is a quote.
 * Every marker is its own sentence. Thread-safe (stateless). Texts with {@code [FAIL]} make it throw.
 */
public final class FakeCoder implements Coder {

    static final Pattern EVENT = Pattern.compile(
            "\\[([A-Z]{3,}) (\\d{2,4}) ([A-Z]{3,}|-) (\\d{4}-\\d{2}-\\d{2}|none)(?: ([a-z]+))?\\]");
    static final Pattern QUOTE = Pattern.compile("\\{([A-Z]{3,}) says\\}");

    private final long delayMillis;

    public FakeCoder() {
        this(0);
    }

    /** A coder that sleeps this long per document, to let tests and benchmarks see work in flight. */
    public FakeCoder(long delayMillis) {
        this.delayMillis = delayMillis;
    }

    @Override
    public CodedDocument code(Document document) {
        if (document.text().contains("[FAIL]")) {
            throw new IllegalStateException("fake coder told to fail");
        }
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        String text = document.text();
        List<Event> events = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        int sentence = 0;
        Matcher m = EVENT.matcher(text);
        while (m.find()) {
            Provenance p = new Provenance(document.id(), document.source(), sentence++, m.start(), m.end(), m.start(),
                    m.end(), m.group(2), m.start(2), m.end(2), "fake:" + m.group(2), "test-1");
            ActorRef target = m.group(3).equals("-") ? null : new ActorRef(m.group(3), m.group(3), m.group(3));
            Modality modality = m.group(5) == null ? Modality.ASSERTED : Modality.parse(m.group(5));
            boolean undated = m.group(4).equals("none");
            events.add(new Event(new ActorRef(m.group(1), m.group(1), m.group(1)), target, m.group(2), modality,
                    null, undated ? null : LocalDate.parse(m.group(4)), undated ? DateBasis.NONE : DateBasis.TEXT,
                    undated ? null : m.group(4), m.group(), p));
        }
        Matcher q = QUOTE.matcher(text);
        while (q.find()) {
            Provenance p = new Provenance(document.id(), document.source(), sentence++, q.start(), q.end(), q.start(),
                    q.end(), "says", q.end() - 5, q.end() - 1, "fake:quote", "test-1");
            LocalDate date = document.published() == null ? LocalDate.of(2025, 12, 2) : document.published();
            quotes.add(new Quote(new ActorRef(q.group(1), q.group(1), q.group(1)), null, q.group(), false, "say",
                    "010", Modality.ASSERTED, date, DateBasis.PUBLICATION, null, q.group(), p));
        }
        return new CodedDocument(document, Math.max(sentence, 1), events, quotes);
    }
}
