package org.saydo.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.openapi.OpenApiRequired;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.saydo.doc.BadDocumentException;
import org.saydo.doc.Document;
import org.saydo.doc.TextAcceptance;
import org.saydo.record.CodedDocument;
import org.saydo.record.Coder;
import org.saydo.store.Cursor;
import org.saydo.store.EventQuery;
import org.saydo.store.Ingester;
import org.saydo.store.LinkRule;
import org.saydo.store.Progress;
import org.saydo.store.RecordReader;
import org.saydo.store.RecordStore;
import org.saydo.store.StoreLocation;

/**
 * The one service layer under the HTTP handlers: every endpoint calls one method here. Reads go to a
 * {@link RecordReader} and the {@link SearchIndex}; ingest goes through the store's {@link Ingester} with the
 * coder from the supplier (built on the first ingest, so a read-only server never loads the NLP models).
 *
 * <p>Thread-safe: reads run concurrently; ingests are serialised.
 */
public final class RecordService implements AutoCloseable {

    /**
     * A document posted for ingest.
     *
     * @param text the body text (required, not blank)
     * @param date the publication date as YYYY-MM-DD, or null
     * @param title the title, or null
     * @param outlet the outlet, or null
     * @param url the URL, or null
     */
    public record NewDocument(@OpenApiRequired String text, String date, String title, String outlet, String url) {
    }

    /**
     * What an ingest did.
     *
     * @param id the document's content id
     * @param added false when the document was stored already
     * @param events events written
     * @param quotes quotes written
     * @param warnings what the coder changed to stay within its budget ({@code long-sentence: ...})
     */
    public record Ingested(@OpenApiRequired String id, boolean added, long events, long quotes, List<String> warnings) {

        public Ingested {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * A small profile of an actor: its events (as source) by QuadClass, the most reported ones, its newest
     * quotes.
     *
     * @param code the actor code (prefix) asked for
     * @param quads event keys by QuadClass (0 unknown, 1–4)
     * @param events all its event keys
     * @param topEvents its most reported events
     * @param topQuotes its newest quotes
     */
    public record ActorProfile(String code, List<RecordReader.QuadCount> quads, long events,
            List<RecordReader.EventRow> topEvents, List<RecordReader.QuoteRow> topQuotes) {
        public ActorProfile {
            quads = List.copyOf(quads);
            topEvents = List.copyOf(topEvents);
            topQuotes = List.copyOf(topQuotes);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RecordStore store;
    private final RecordReader reader;
    private final SearchIndex index;
    private final Analyses analyses;
    private final Supplier<Coder> coderSupplier;
    private final Memo<String, ActorProfile> summaries;
    private final Memo<String, List<RecordReader.Week>> weeks;
    private final Memo<Integer, List<RecordReader.Dyad>> dyads;
    private final Memo<List<String>, List<RecordReader.DyadWeek>> dyadWeeks;
    private final Memo<EventPage, RecordReader.Page<RecordReader.EventRow>> eventPages;
    private final Memo<QuotePage, RecordReader.Page<RecordReader.QuoteRow>> quotePages;
    private final Memo<String, RecordReader.DocumentView> documents;
    private final Object coderLock = new Object();
    private Coder coder;
    /** Labels each posted document's narratives, or null for none. */
    private volatile org.saydo.store.StoredNarratives.Labeller narratives;

    /**
     * @param store the store written by ingest (its file is the one {@code reader} reads)
     * @param reader read queries
     * @param index the search index, built from {@code reader}
     * @param analyses the analyses of the CLI over the same file
     * @param coder builds the coding chain on the first ingest
     * @param kept aggregates (summaries, weekly series, dyads) and pages (events, quotes, documents) kept per kind
     *             until the next ingest; 0 for none
     */
    public RecordService(RecordStore store, RecordReader reader, SearchIndex index, Analyses analyses,
            Supplier<Coder> coder, int kept) {
        this.store = Objects.requireNonNull(store, "store");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.index = Objects.requireNonNull(index, "index");
        this.analyses = Objects.requireNonNull(analyses, "analyses");
        this.coderSupplier = Objects.requireNonNull(coder, "coder");
        summaries = new Memo<>(this::computeSummary, kept, store::commits);
        weeks = new Memo<>(reader::wordsAndDeeds, kept, store::commits);
        dyads = new Memo<>(reader::busiestDyads, kept, store::commits);
        dyadWeeks = new Memo<>(pair -> reader.dyadTimeline(pair.get(0), pair.get(1)), kept, store::commits);
        eventPages = new Memo<>(p -> reader.events(p.query(), p.quad(), p.order(), p.after(), p.limit()), kept, store::commits);
        quotePages = new Memo<>(p -> reader.quotes(p.filter(), p.order(), p.after(), p.limit()), kept, store::commits);
        documents = new Memo<>(id -> reader.document(id).orElseThrow(() -> new NotFound("no document with id " + id)),
                kept, store::commits);
    }

    /**
     * Labels each document posted from now on with its narratives, stored in the document's transaction as
     * {@code ingest} stores them ({@code null}: none, the default).
     *
     * @return this service
     */
    public RecordService withNarratives(org.saydo.store.StoredNarratives.Labeller labeller) {
        this.narratives = labeller;
        return this;
    }

    /** A page of events as asked (the key of a kept page). */
    private record EventPage(EventQuery query, Integer quad, RecordReader.Order order, Cursor after, int limit) {
    }

    /** A page of quotes as asked. */
    private record QuotePage(RecordReader.QuoteFilter filter, RecordReader.Order order, Cursor after, int limit) {
    }

    /** Opens the readers over the store's file and builds the search index; analysis results are kept. */
    public static RecordService over(RecordStore store, Supplier<Coder> coder) {
        return over(store, coder, Analyses.DEFAULT_KEPT);
    }

    /**
     * Opens the readers over the store's file and builds the search index.
     *
     * @param kept analysis results kept per analysis until the next ingest (0: compute every request)
     */
    public static RecordService over(RecordStore store, Supplier<Coder> coder, int kept) {
        int connections = Math.max(4, Runtime.getRuntime().availableProcessors());
        StoreLocation location = store.location();
        RecordReader reader = RecordReader.openBesideWriter(location, connections);
        Analyses analyses = null;
        try {
            analyses = Analyses.open(location, connections, kept, store::commits);
            return new RecordService(store, reader, SearchIndex.build(reader), analyses, coder, kept);
        } catch (RuntimeException e) {
            if (analyses != null) {
                analyses.close();
            }
            reader.close();
            throw e;
        }
    }

    /** The analyses of {@code saydo gap | around | ledger | profile}. */
    public Analyses analyses() {
        return analyses;
    }

    /** Counts of the record and of the index, for {@code /healthz}. */
    public ObjectNode health() {
        RecordStore.Counts c = store.counts();
        ObjectNode o = JSON.createObjectNode();
        o.put("status", "ok");
        o.put("documents", c.documents());
        o.put("events", c.events());
        o.put("reports", c.reports());
        o.put("quotes", c.quotes());
        o.put("sentences_indexed", index.sentences());
        return o;
    }

    public RecordReader.Page<RecordReader.EventRow> events(EventQuery q, Integer quad, RecordReader.Order order,
            Cursor after, int limit) {
        return eventPages.get(new EventPage(q, quad, order, after, limit));
    }

    public RecordReader.Page<RecordReader.QuoteRow> quotes(RecordReader.QuoteFilter f, RecordReader.Order order,
            Cursor after, int limit) {
        return quotePages.get(new QuotePage(f, order, after, limit));
    }

    /** A document with its claims; {@link NotFound} when no document has this id. */
    public RecordReader.DocumentView document(String id) {
        return documents.get(id);
    }

    public SearchIndex.Result search(String q, String actor, LocalDate from, LocalDate to, Cursor after,
            int limit) {
        return index.search(q, actor, from, to, after, limit);
    }

    /** A small profile of an actor (kept until the next ingest). */
    public ActorProfile summary(String code) {
        return summaries.get(code);
    }

    private ActorProfile computeSummary(String code) {
        List<RecordReader.QuadCount> quads = reader.quadCounts(code);
        long total = quads.stream().mapToLong(RecordReader.QuadCount::events).sum();
        return new ActorProfile(code, quads, total, reader.topEvents(code, 10),
                reader.quotes(new RecordReader.QuoteFilter(code, null, null, null, null), RecordReader.Order.DESC,
                        null, 10).items());
    }

    public List<RecordReader.Week> wordsAndDeeds(String code) {
        return weeks.get(code);
    }

    public List<RecordReader.DyadWeek> dyadTimeline(String actor, String target) {
        return dyadWeeks.get(List.of(actor, target));
    }

    public List<RecordReader.Dyad> busiestDyads(int limit) {
        return dyads.get(limit);
    }

    /**
     * Codes and stores one document through the store's {@link Ingester} (as {@code saydo ingest} does a line of a
     * JSON Lines file), then adds it to the search index. Its source is its URL, or {@code post:<id>} when it has
     * none.
     *
     * @throws BadRequest naming {@code text} or {@code date} when they are missing or malformed, or the
     *                    document cannot be read (not English, for example) or coded within the coder's budget
     */
    public synchronized Ingested ingest(NewDocument d) {
        Objects.requireNonNull(d, "d");
        if (d.text() == null || d.text().isBlank()) {
            throw new BadRequest("text", "required, and must not be blank");
        }
        LocalDate published = null;
        if (d.date() != null) {
            try {
                published = LocalDate.parse(d.date());
            } catch (DateTimeParseException e) {
                throw new BadRequest("date", "not a date (YYYY-MM-DD): " + BadRequest.quote(d.date()));
            }
        }
        try {
            TextAcceptance.require("text", d.text());
            TextAcceptance.requireNoControls("title", null, d.title());
            TextAcceptance.requireNoControls("outlet", null, d.outlet());
            TextAcceptance.requireNoControls("url", null, d.url());
        } catch (BadDocumentException e) {
            throw new BadRequest(e.where(), e.reason());
        }
        String id = Document.idOf(d.text());
        String source = d.url() != null ? d.url() : "post:" + id;
        Document document = new Document(id, source, d.url(), d.outlet(), d.title(), published, d.text());
        List<String> messages = new ArrayList<>();
        Ingester.Summary s = new Ingester(store, this::code, narratives,
                new Ingester.Options(1, LinkRule.standard(), null), Progress.NONE, messages::add).ingestDocuments(List.of(document));
        analyses.invalidate();
        summaries.invalidate();
        weeks.invalidate();
        dyads.invalidate();
        dyadWeeks.invalidate();
        eventPages.invalidate();
        quotePages.invalidate();
        documents.invalidate();
        String prefix = source + ": ";
        List<String> warnings = new ArrayList<>();
        String failure = null;
        for (String m : messages) {
            String reason = m.startsWith(prefix) ? m.substring(prefix.length()) : m;
            if (reason.startsWith("warning ")) {
                warnings.add(reason.substring("warning ".length()));
            } else if (failure == null) {
                failure = reason;
            }
        }
        if (s.failed() > 0) {
            throw new BadRequest("text", failure != null ? failure : "could not be coded");
        }
        Optional<RecordReader.DocumentView> view = reader.document(id);
        view.ifPresent(v -> index.add(v.document(), reader.claims(id)));
        return new Ingested(id, s.added() > 0, s.events(), s.quotes(), warnings);
    }

    private CodedDocument code(Document document) {
        Coder c;
        synchronized (coderLock) {
            if (coder == null) {
                coder = Objects.requireNonNull(coderSupplier.get(), "the coder supplier returned null");
            }
            c = coder;
        }
        return c.code(document);
    }

    @Override
    public void close() {
        index.close();
        analyses.close();
        reader.close();
    }
}
