package org.saydo.store;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.saydo.doc.Document;
import org.saydo.ontology.CameoCode;
import org.saydo.ontology.CameoOntology;
import org.saydo.record.ActorRef;
import org.saydo.record.DateBasis;
import org.saydo.record.Modality;

/**
 * The one read-only reader of a record written by {@link RecordStore}: every SQL statement that reads the record
 * lives here — the event query with its paging cursors, documents, quotes, claims, the analyses' aggregations and
 * the dashboard's series — and every count of words and deeds follows {@link ActKind}. The analyses, the HTTP
 * API, the exports and the dashboard receive this reader, never a JDBC connection. Every value is a statement
 * parameter; no SQL is built from input.
 *
 * <p><b>Opening.</b> {@link #open} opens an existing record read-only (a reading command); {@link
 * #openBesideWriter} opens it in a process that also writes it (the HTTP server with its {@link RecordStore}:
 * DuckDB shares one database instance per file within a JVM, and every connection to it must have the same
 * configuration, so those connections are not flagged read-only; this class only reads through them all the
 * same, and sees every committed write). Only DuckDB opens the file ({@link DuckDbFile#connect}). Opening checks
 * that the file exists, is a DuckDB database, and a Saydo store of the current schema version, with messages that
 * name the file.
 *
 * <p><b>Events.</b> One row per event key: the key's first (lowest id) event among the rows that match the
 * query, with the key's report count, independent sources and outlets; ordered by date (rows without one last),
 * then event key.
 *
 * <p>Thread-safe: a fixed pool of connections, one per query in flight.
 */
public final class RecordReader implements AutoCloseable {

    /** Sort direction of a list: by date (rows without one last), then by id. */
    public enum Order {
        ASC, DESC
    }

    /**
     * One page of a list.
     *
     * @param items the rows
     * @param next where the next page starts, or null when this is the last page
     */
    public record Page<T>(List<T> items, Cursor next) {
        public Page {
            items = List.copyOf(items);
        }
    }

    /**
     * An event with the offsets the document view highlights.
     *
     * @param event the event as {@link #events(EventQuery)} returns it
     * @param sentenceStart document offset of its sentence, or null (GDELT rows)
     * @param sentenceEnd end of its sentence, or null
     * @param triggerStart document offset of its trigger, or null
     * @param triggerEnd end of its trigger, or null
     */
    public record EventRow(StoredEvent event, Integer sentenceStart, Integer sentenceEnd, Integer triggerStart,
            Integer triggerEnd) {
        public EventRow {
            Objects.requireNonNull(event, "event");
        }
    }

    /**
     * Which quotes: every field optional (null or empty means no filter).
     *
     * @param actor speaker code prefix
     * @param target target code prefix
     * @param from first quote date, inclusive
     * @param to last quote date, inclusive
     * @param modalities modalities to keep, empty for all
     */
    public record QuoteFilter(String actor, String target, LocalDate from, LocalDate to, Set<Modality> modalities) {
        public QuoteFilter {
            modalities = modalities == null ? Set.of() : Set.copyOf(modalities);
        }
    }

    /**
     * A stored quote with its provenance. Offsets are document offsets.
     *
     * @param id quote id
     * @param speaker who spoke
     * @param target whom it is about, or null
     * @param quote the quoted words
     * @param direct direct (quotation marks) or indirect speech
     * @param verb the reporting verb
     * @param cameo the CAMEO code of the statement
     * @param modality how the text presents it
     * @param date the quote's date, or null
     * @param dateBasis how the date was found
     * @param docId document id
     * @param doc document path or URL as given
     * @param sentence sentence index
     * @param sentenceStart sentence start
     * @param sentenceEnd sentence end
     * @param start claim start
     * @param end claim end
     * @param trigger trigger words
     * @param triggerStart trigger start
     * @param triggerEnd trigger end
     * @param text the sentence
     */
    public record QuoteRow(long id, ActorRef speaker, ActorRef target, String quote, boolean direct, String verb,
            String cameo, Modality modality, LocalDate date, String dateBasis, String docId, String doc,
            int sentence, int sentenceStart, int sentenceEnd, int start, int end, String trigger, int triggerStart,
            int triggerEnd, String text) {
    }

    /**
     * A document with every event and quote coded from it, in text order.
     *
     * @param document the document
     * @param events its events (each event row, not only the first report of each key)
     * @param quotes its quotes
     */
    public record DocumentView(Document document, List<EventRow> events, List<QuoteRow> quotes) {
        public DocumentView {
            events = List.copyOf(events);
            quotes = List.copyOf(quotes);
        }
    }

    /**
     * Events (event keys) of one stored QuadClass.
     *
     * @param quad 1 verbal cooperation … 4 material conflict; 0 when unknown
     * @param events event keys
     */
    public record QuadCount(int quad, long events) {
    }

    /**
     * One week of an actor's words and deeds by {@link ActKind} (events and quotes, as {@code saydo gap} counts
     * them): the count and mean Goldstein weight of its words and of its deeds.
     *
     * @param week the Monday of the week
     * @param verbalMean mean Goldstein of the words, or null when none has a weight
     * @param verbal words
     * @param materialMean mean Goldstein of the deeds, or null
     * @param material deeds
     */
    public record Week(LocalDate week, Double verbalMean, long verbal, Double materialMean, long material) {
    }

    /**
     * One week of a dyad: event keys by stored QuadClass.
     *
     * @param week the Monday of the week
     * @param byQuad counts for QuadClass 1 to 4 (index 0 to 3)
     */
    public record DyadWeek(LocalDate week, List<Long> byQuad) {
        public DyadWeek {
            byQuad = List.copyOf(byQuad);
        }
    }

    /**
     * A source–target pair with its number of events.
     *
     * @param source source actor code
     * @param target target actor code
     * @param events event keys
     */
    public record Dyad(String source, String target, long events) {
    }

    /**
     * A claim's place in a document, for the search index.
     *
     * @param start document offset of the claim
     * @param actors actor codes of the claim (source, target, speaker)
     * @param date the claim's date, or null
     */
    public record Claim(int start, List<String> actors, LocalDate date) {
        public Claim {
            actors = List.copyOf(actors);
        }
    }

    // ---------------------------------------------------------------- analyses' types

    /**
     * Which acts an analysis counts.
     *
     * @param actor source (speaker) code prefix, required
     * @param target target code prefix, or null
     * @param from first date, inclusive, or null
     * @param to last date, inclusive, or null
     * @param minSources keep only acts carried by at least this many independent sources (1: all)
     */
    public record ActFilter(String actor, String target, LocalDate from, LocalDate to, int minSources) {
        public ActFilter {
            Objects.requireNonNull(actor, "actor");
            if (minSources < 1) {
                throw new IllegalArgumentException("minSources < 1: " + minSources);
            }
        }
    }

    /**
     * The words and deeds of one period, or of the whole range ({@code period} null).
     *
     * @param period the period's first day, or null for the total
     * @param verbalCooperation words of QuadClass 1
     * @param verbalConflict words of QuadClass 3
     * @param words all words
     * @param wordsGoldstein mean Goldstein of the words with a weight, or null
     * @param materialCooperation deeds of QuadClass 2
     * @param materialConflict deeds of QuadClass 4
     * @param deeds all deeds
     * @param deedsGoldstein mean Goldstein of the deeds with a weight, or null
     */
    public record PeriodActs(LocalDate period, long verbalCooperation, long verbalConflict, long words,
            Double wordsGoldstein, long materialCooperation, long materialConflict, long deeds,
            Double deedsGoldstein) {
    }

    /**
     * An act counted in a period: an event key or a quote id.
     *
     * @param period the period's first day
     * @param eventKey the event key, or null for a quote
     * @param quoteId the quote's id, or null for an event
     */
    public record ActRef(LocalDate period, Long eventKey, Long quoteId) {
    }

    /**
     * A cooperative word and a hostile deed toward the same target in one period.
     *
     * @param period the period's first day
     * @param wordKey the word's event key, or null when it is a quote
     * @param wordQuote the word's quote id, or null when it is an event
     * @param deedKey the deed's event key
     * @param difference the word's Goldstein minus the deed's
     * @param support the independent sources of the less supported side (an event: its sources; a quote: the
     *                documents with its words)
     */
    public record Contradiction(LocalDate period, Long wordKey, Long wordQuote, long deedKey, double difference,
            long support) {
    }

    /**
     * A row of the ledger's match table: a commitment is an event of the actor whose code starts with one of
     * {@code codes} (modality asserted, reported or intent) or, with modality intent, with one of {@code intents};
     * later events matching an outcome keep or break it.
     *
     * @param name the rule's name
     * @param codes commitment code prefixes
     * @param intents code prefixes that are commitments as intents (an empty prefix: any code)
     * @param outcomes what keeps and what breaks it
     */
    public record CommitmentRule(String name, List<String> codes, List<String> intents, List<Outcome> outcomes) {
        public CommitmentRule {
            codes = List.copyOf(codes);
            intents = List.copyOf(intents);
            outcomes = List.copyOf(outcomes);
            if (!name.matches("[a-z][a-z0-9-]*")) {
                throw new IllegalArgumentException("bad rule name '" + name + "'");
            }
            for (String c : codes) {
                checkPrefix(c);
            }
            for (String c : intents) {
                checkPrefix(c);
            }
        }

        /**
         * One outcome: a later event by the actor (toward the commitment's target) or by the target (toward the
         * actor), with a code starting with {@code prefix} (empty: the commitment's own root).
         *
         * @param kept whether it keeps (true) or breaks (false) the commitment
         * @param byTarget whether the target's event answers, not the actor's
         * @param prefix CAMEO code prefix, or empty
         */
        public record Outcome(boolean kept, boolean byTarget, String prefix) {
            public Outcome {
                checkPrefix(prefix);
            }
        }

        private static void checkPrefix(String prefix) {
            if (!prefix.matches("\\d{0,4}")) {
                throw new IllegalArgumentException("not a CAMEO code prefix: '" + prefix + "'");
            }
        }
    }

    /**
     * One commitment with the later events that keep or break it.
     *
     * @param eventKey the commitment's event key
     * @param date its date
     * @param rule the rule that made it a commitment
     * @param kept events that keep it
     * @param broken events that break it
     * @param keptKeys the earliest of them (at most the {@code cite} asked for), by date then key
     * @param brokenKeys the earliest of those that break it, by date then key
     * @param target the commitment's target code, or null (a commitment without a target is never kept or broken)
     * @param firstKept the date of the first event that keeps it, or null
     * @param firstBroken the date of the first event that breaks it, or null
     */
    public record Commitment(long eventKey, LocalDate date, String rule, long kept, long broken, List<Long> keptKeys,
            List<Long> brokenKeys, String target, LocalDate firstKept, LocalDate firstBroken) {
        public Commitment {
            keptKeys = List.copyOf(keptKeys);
            brokenKeys = List.copyOf(brokenKeys);
        }
    }

    /** The CAMEO roots of talks (03x, 04x, 05x) for {@code around}. */
    static final String TALK_ROOTS = "(3, 4, 5)";

    /** The CAMEO roots of the deeds {@code around} counts (15–20). */
    static final String DEED_ROOTS = "(15, 16, 17, 18, 19, 20)";

    /**
     * The hostile deeds of an actor in a range, over {@code event_acts} or {@code act_summary} (source, root,
     * modality, day): parameters actor, from, to.
     */
    private static final String HOSTILE = "starts_with(source, ?) AND root IN " + DEED_ROOTS + " AND modality IN "
            + "('asserted', 'reported') AND day BETWEEN ? AND ?";

    // ---------------------------------------------------------------- opening

    private final String file;
    private final BlockingQueue<Connection> pool;
    /** Kept open by each read, closed by the writer's commits (null for PostgreSQL): {@link CommitGate}. */
    private final java.util.concurrent.locks.ReentrantReadWriteLock gate;

    private RecordReader(String file, BlockingQueue<Connection> pool,
            java.util.concurrent.locks.ReentrantReadWriteLock gate) {
        this.file = file;
        this.pool = pool;
        this.gate = gate;
    }

    /**
     * Opens an existing record read-only with one connection (a reading command).
     *
     * @throws StoreException naming the file when it is missing, not DuckDB, not a Saydo store, or of another
     *                        schema version
     */
    public static RecordReader open(StoreLocation location) {
        return open(location, 1, true);
    }

    /**
     * Opens {@code connections} connections to the record in a process that also writes it (the HTTP server; see
     * the class comment). The store must have been opened (and so created and migrated) by {@link RecordStore}.
     *
     * @throws StoreException as {@link #open(StoreLocation)}
     */
    public static RecordReader openBesideWriter(StoreLocation location, int connections) {
        return open(location, connections, false);
    }

    private static RecordReader open(StoreLocation location, int connections, boolean readOnly) {
        Objects.requireNonNull(location, "location");
        if (connections < 1) {
            throw new IllegalArgumentException("connections < 1: " + connections);
        }
        String file = location.requireExisting().toString();
        Dialect dialect = location.dialect();
        BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(connections);
        try {
            for (int i = 0; i < connections; i++) {
                pool.add(dialect.connect(location, readOnly));
            }
            RecordReader reader = new RecordReader(file, pool, CommitGate.of(location));
            reader.read(c -> {
                checkVersion(file, dialect, c);
                return null;
            });
            return reader;
        } catch (RuntimeException e) {
            pool.forEach(RecordReader::closeQuietly);
            throw e;
        }
    }

    private static void checkVersion(String file, Dialect dialect, Connection c) {
        String v;
        try (PreparedStatement s = c.prepareStatement("SELECT value FROM meta WHERE key = 'schema_version'");
                ResultSet rs = s.executeQuery()) {
            v = rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new StoreException(file + ": a " + dialect.engine() + " database, but not a Saydo store (no meta table)",
                    e);
        }
        int version;
        try {
            version = Integer.parseInt(String.valueOf(v));
        } catch (NumberFormatException e) {
            throw new StoreException(file + ": bad schema_version '" + v + "'");
        }
        if (version > RecordStore.SCHEMA_VERSION) {
            throw new StoreException(file + " was written by schema version " + version + "; this Saydo knows at most "
                    + RecordStore.SCHEMA_VERSION);
        }
        if (version < RecordStore.SCHEMA_VERSION) {
            throw new StoreException(file + " has schema version " + version + "; open it once with saydo events to "
                    + "migrate it");
        }
    }

    /** The file read. */
    public String file() {
        return file;
    }

    /** The record's narratives ({@link NarrativeReads}), read through this reader's connections. */
    public NarrativeReads narratives() {
        return new NarrativeReads(this);
    }

    @FunctionalInterface
    interface Read<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs one read on a connection of the pool (also for {@link NarrativeReads}). */
    <T> T read(Read<T> work) {
        Connection c;
        try {
            c = pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(file + ": interrupted while waiting for a connection", e);
        }
        if (gate != null) {
            gate.readLock().lock();
        }
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot query: " + firstLine(e.getMessage()), e);
        } finally {
            if (gate != null) {
                gate.readLock().unlock();
            }
            pool.add(c);
        }
    }

    // ---------------------------------------------------------------- events

    /** The rows of a query (one per event key, date order), handed to {@code sink} as they are read. */
    public void events(EventQuery query, Consumer<StoredEvent> sink) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(sink, "sink");
        List<Object> params = new ArrayList<>();
        String sql = eventSql(query, null, List.of(), Order.ASC, null, query.limit(), params);
        read(c -> {
            forEach(c, sql, params, rs -> sink.accept(eventRow(rs).event()));
            return null;
        });
    }

    /** The rows of a query (one per event key, date order). */
    public List<StoredEvent> events(EventQuery query) {
        List<StoredEvent> rows = new ArrayList<>();
        events(query, rows::add);
        return rows;
    }

    /**
     * A page of events: {@code q}'s rows (its own limit is ignored) after {@code after}, at most {@code limit}.
     *
     * @param quad keep events of this stored QuadClass only (1–4), or null
     */
    public Page<EventRow> events(EventQuery q, Integer quad, Order order, Cursor after, int limit) {
        Objects.requireNonNull(q, "q");
        Objects.requireNonNull(order, "order");
        if (limit < 1) {
            throw new IllegalArgumentException("limit < 1: " + limit);
        }
        List<EventRow> rows = read(c -> {
            List<long[]> page = pageIds(c, q, quad, order, after, limit + 1);
            return page.isEmpty() ? List.<EventRow>of() : query(c, rowsSql(order), List.of(
                    c.createArrayOf("BIGINT", page.stream().map(x -> x[0]).toArray()),
                    c.createArrayOf("BIGINT", page.stream().map(x -> x[1]).toArray())), RecordReader::eventRow);
        });
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<EventRow> page = rows.subList(0, limit);
        StoredEvent last = page.get(limit - 1).event();
        return new Page<>(page, new Cursor(last.date(), last.eventKey()));
    }

    /** The events of {@code actor} (source code prefix) told by the most reports, newest first among equals. */
    public List<EventRow> topEvents(String actor, int limit) {
        List<Long> keys = read(c -> query(c, "SELECT r.event_key FROM reports r WHERE r.event_key IN (SELECT "
                + "event_key FROM events WHERE starts_with(source_code, ?)) GROUP BY r.event_key "
                + "ORDER BY count(*) DESC, r.event_key DESC LIMIT ?", List.of(actor, limit), rs -> rs.getLong(1)));
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        String sql = eventSql(EventQuery.all().withActor(actor), null, keys, Order.DESC, null, 0, params);
        List<EventRow> rows = new ArrayList<>(read(c -> query(c, sql, params, RecordReader::eventRow)));
        rows.sort((a, b) -> {
            int byReports = Integer.compare(b.event().reports(), a.event().reports());
            return byReports != 0 ? byReports : Long.compare(b.event().eventKey(), a.event().eventKey());
        });
        return rows;
    }

    /**
     * Copies the rows of a query to a Parquet file with DuckDB's {@code COPY}. The file name is the one value
     * that cannot be a statement parameter in {@code COPY}; it is quoted as an SQL string literal.
     */
    public void copyToParquet(EventQuery query, Path out) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(out, "out");
        List<Object> params = new ArrayList<>();
        if (read(Dialect::of) != DuckDbDialect.INSTANCE) {
            throw new StoreException(out + ": cannot write Parquet from a PostgreSQL record (only DuckDB writes "
                    + "Parquet): export jsonl or csv, or copy the record into a DuckDB file first (saydo import --db "
                    + "FILE.duckdb " + file + ")");
        }
        String select = eventSql(query, null, List.of(), Order.ASC, null, query.limit(), params);
        String sql = "COPY (SELECT event_key, origin, globaleventid, reports, sources, outlets, event_date AS date, "
                + "date_basis, date_text, source_code, source_name, source_text, target_code, target_name, "
                + "target_text, cameo, cameo_name, plover_type, plover_mode, quad, goldstein, modality, "
                + "reported_by_code, doc_id, doc, url, sentence, span_start AS \"start\", span_end AS \"end\", "
                + "trigger_text AS trigger, rule_name AS rule, pipeline, sentence_text AS text FROM (" + select
                + ")) TO " + sqlString(out.toString()) + " (FORMAT PARQUET)";
        try {
            read(c -> {
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    bind(s, params);
                    s.execute();
                }
                return null;
            });
        } catch (StoreException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new StoreException(out + ": cannot write Parquet: " + firstLine(cause.getMessage()), e);
        }
    }

    private static String sqlString(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * The SQL of an event page: values go to {@code params} only. The page is cut before the report counts are
     * joined, so a page costs its rows, not the whole match.
     *
     * @param limit the most rows, or 0 for all
     */
    private static String eventSql(EventQuery q, Integer quad, List<Long> keys, Order order, Cursor after, int limit,
            List<Object> params) {
        String dir = order == Order.ASC ? "" : " DESC";
        return "WITH p AS (" + pageSql(q, quad, keys, order, after, limit, params) + "), "
                + "f AS (SELECT e.* FROM events e JOIN p ON p.id = e.id), "
                + "r AS (" + REPORT_COUNTS
                + " WHERE r.event_key IN (SELECT event_key FROM f) GROUP BY r.event_key) "
                + ROW_COLUMNS + "ORDER BY f.event_date" + dir + " NULLS LAST, f.event_key" + dir;
    }

    /** The columns of an event row over its event {@code f}, its key's counts {@code r}, to be ordered. */
    private static final String ROW_COLUMNS = "SELECT f.*, coalesce(r.reports, 0) AS reports, "
            + "coalesce(r.sources, 0) AS sources, coalesce(r.outlets, []::VARCHAR[]) AS outlets, "
            + "coalesce(d.url, CASE WHEN f.origin = 'gdelt' THEN f.doc END) AS url "
            + "FROM f LEFT JOIN r ON r.event_key = f.event_key LEFT JOIN documents d ON d.id = f.doc_id ";

    /** A row of a page's bounded scan: id, event key, date (null last). */
    private record Seen(long id, long key, LocalDate date) {
    }

    /**
     * The ids and keys ({@code {id, event_key}}) of the first {@code n} events of a page, by a bounded scan instead
     * of finding every matching key's first row: the first {@code m} matching rows in page order (a top-n scan)
     * name candidate keys; each candidate's shown row (its lowest matching id) is looked up by key. A key that is
     * not a candidate has every matching row after the scan's last row, so once {@code n} shown rows come at or
     * before that row, they are the page; else {@code m} grows fourfold (or the scan saw every matching row).
     */
    private static List<long[]> pageIds(Connection c, EventQuery q, Integer quad, Order order, Cursor after, int n)
            throws SQLException {
        List<Object> base = new ArrayList<>();
        List<String> where = new ArrayList<>(q.conditions(base));
        if (quad != null) {
            where.add("e.quad = ?");
            base.add(quad);
        }
        String dir = order == Order.ASC ? "" : " DESC";
        java.util.Comparator<Seen> byPage = java.util.Comparator.comparing(Seen::date,
                java.util.Comparator.nullsLast(order == Order.ASC ? java.util.Comparator.<LocalDate>naturalOrder()
                        : java.util.Comparator.<LocalDate>reverseOrder()))
                .thenComparing(x -> x.key(), order == Order.ASC ? java.util.Comparator.<Long>naturalOrder()
                        : java.util.Comparator.<Long>reverseOrder());
        Seen cursor = after == null ? null : new Seen(0, after.id(), after.date());
        for (int m = Math.max(64, 4 * n); ; m *= 4) {
            List<Object> params = new ArrayList<>(base);
            List<String> scan = new ArrayList<>(where);
            if (after != null) {
                String cmp = order == Order.ASC ? ">" : "<";
                if (after.date() == null) {
                    scan.add("e.event_date IS NULL AND e.event_key " + cmp + " ?");
                    params.add(after.id());
                } else {
                    scan.add("(e.event_date " + cmp + " ? OR (e.event_date = ? AND e.event_key " + cmp
                            + " ?) OR e.event_date IS NULL)");
                    params.add(after.date());
                    params.add(after.date());
                    params.add(after.id());
                }
            }
            params.add(m);
            List<Seen> seen = query(c, "SELECT e.id, e.event_key, e.event_date FROM events e"
                    + (scan.isEmpty() ? "" : " WHERE " + String.join(" AND ", scan)) + " ORDER BY e.event_date"
                    + dir + " NULLS LAST, e.event_key" + dir + " LIMIT ?", params,
                    rs -> new Seen(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class)));
            if (seen.isEmpty()) {
                return List.of();
            }
            List<Object> lookup = new ArrayList<>(base);
            lookup.add(c.createArrayOf("BIGINT", seen.stream().map(Seen::key).distinct().toArray()));
            Map<Long, Seen> shown = new HashMap<>();
            forEach(c, "SELECT e.id, e.event_key, e.event_date FROM events e WHERE "
                    + (where.isEmpty() ? "" : String.join(" AND ", where) + " AND ")
                    + "e.event_key IN (SELECT unnest(?::BIGINT[]))", lookup, rs -> {
                        Seen x = new Seen(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class));
                        shown.merge(x.key(), x, (a, b) -> a.id() <= b.id() ? a : b);
                    });
            Seen last = seen.get(seen.size() - 1);
            boolean all = seen.size() < m;
            List<Seen> page = shown.values().stream()
                    .filter(x -> cursor == null || byPage.compare(x, cursor) > 0)
                    .filter(x -> all || byPage.compare(x, last) <= 0)
                    .sorted(byPage).limit(n).toList();
            if (all || page.size() == n) {
                return page.stream().map(x -> new long[] {x.id(), x.key()}).toList();
            }
        }
    }

    /**
     * The second statement of a page: the rows of the events whose ids are bound first, with the counts of the
     * keys bound second. Both tables are filtered by a bound list, which DuckDB looks up in its indexes; filtered
     * by ids computed inside one statement, every event's wide columns and every report were read.
     */
    private static String rowsSql(Order order) {
        String dir = order == Order.ASC ? "" : " DESC";
        return "WITH f AS (SELECT e.* FROM events e WHERE e.id IN (SELECT unnest(?::BIGINT[]))), "
                + "r AS (" + REPORT_COUNTS + " WHERE r.event_key IN (SELECT unnest(?::BIGINT[])) GROUP BY r.event_key) "
                + ROW_COLUMNS + "ORDER BY f.event_date" + dir + " NULLS LAST, f.event_key" + dir;
    }

    /**
     * The SQL of the ids and keys of a page's events ({@code id}, {@code event_key}), in page order: values go to
     * {@code params} only.
     *
     * @param limit the most rows, or 0 for all
     */
    private static String pageSql(EventQuery q, Integer quad, List<Long> keys, Order order, Cursor after, int limit,
            List<Object> params) {
        List<String> where = new ArrayList<>(q.conditions(params));
        if (quad != null) {
            where.add("e.quad = ?");
            params.add(quad);
        }
        if (!keys.isEmpty()) {
            where.add("e.event_key IN (" + String.join(", ", Collections.nCopies(keys.size(), "?")) + ")");
            params.addAll(keys);
        }
        String dir = order == Order.ASC ? "" : " DESC";
        String cmp = order == Order.ASC ? ">" : "<";
        String page = "";
        if (after != null) {
            if (after.date() == null) {
                page = " WHERE e.event_date IS NULL AND e.event_key " + cmp + " ?";
                params.add(after.id());
            } else {
                page = " WHERE (e.event_date " + cmp + " ? OR (e.event_date = ? AND e.event_key " + cmp
                        + " ?) OR e.event_date IS NULL)";
                params.add(after.date());
                params.add(after.date());
                params.add(after.id());
            }
        }
        // Each event key shows its first matching event (lowest id). The keys are found by aggregating the
        // matching rows' ids only, and the page is cut on (date, key) before any wide column is read: a window
        // over every column of every matching row cost 5 to 8 times as much on a million events.
        String sql = "WITH k AS (SELECT min(e.id) AS id FROM events e"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + " GROUP BY e.event_key) "
                + "SELECT e.id, e.event_key FROM events e JOIN k ON k.id = e.id" + page
                + " ORDER BY e.event_date" + dir + " NULLS LAST, e.event_key" + dir + (limit > 0 ? " LIMIT ?" : "");
        if (limit > 0) {
            params.add(limit);
        }
        return sql;
    }

    /**
     * The per-key counts of a set of reports {@code r}, to be completed with a condition and
     * {@code GROUP BY r.event_key}: {@code reports} (documents), {@code outlets} (distinct, sorted) and
     * {@code sources}, the smaller of the distinct syndication clusters and the distinct publishers (the outlet,
     * else the URL, else the document itself) among the reports: copies of one story count once, and so do
     * one publisher's several stories. An imported GDELT row (no document) is its own cluster.
     */
    static final String REPORT_COUNTS = "SELECT r.event_key, count(*) AS reports, "
            + "array_agg(DISTINCT r.outlet ORDER BY r.outlet) FILTER (WHERE r.outlet IS NOT NULL) AS outlets, "
            + RecordReader.SOURCES + " AS sources FROM reports r LEFT JOIN syndication s ON s.doc_id = r.doc_id";

    /**
     * The aggregate that counts independent sources over reports {@code r} joined with their clusters {@code s}
     * ({@code LEFT JOIN syndication s ON s.doc_id = r.doc_id}); see {@link #REPORT_COUNTS}.
     */
    static final String SOURCES = "least(count(DISTINCT coalesce(s.cluster, r.doc_id, r.url, '')), "
            + "count(DISTINCT coalesce(r.outlet, r.url, r.doc_id, '')))";

    private static EventRow eventRow(ResultSet rs) throws SQLException {
        List<String> outlets = new ArrayList<>();
        Array array = rs.getArray("outlets");
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                outlets.add(String.valueOf(o));
            }
        }
        String basis = rs.getString("date_basis");
        StoredEvent e = new StoredEvent(rs.getLong("event_key"), rs.getString("origin"),
                longOrNull(rs, "globaleventid"), rs.getInt("reports"), rs.getInt("sources"), outlets,
                rs.getString("doc_id"), rs.getString("doc"), rs.getString("url"), intOrNull(rs, "sentence"),
                intOrNull(rs, "span_start"), intOrNull(rs, "span_end"), rs.getString("sentence_text"),
                rs.getString("trigger_text"), rs.getString("rule_name"), rs.getString("pipeline"),
                actor(rs, "source"), actor(rs, "target"), rs.getString("cameo"), rs.getString("cameo_name"),
                rs.getString("plover_type"), rs.getString("plover_mode"), intOrNull(rs, "quad"),
                doubleOrNull(rs, "goldstein"), Modality.parse(rs.getString("modality")), actor(rs, "reported_by"),
                rs.getObject("event_date", LocalDate.class),
                basis == null ? null : DateBasis.parse(basis), rs.getString("date_text"),
                rs.getString("gdelt_row"));
        return new EventRow(e, intOrNull(rs, "sentence_start"), intOrNull(rs, "sentence_end"),
                intOrNull(rs, "trigger_start"), intOrNull(rs, "trigger_end"));
    }

    // ---------------------------------------------------------------- quotes

    private static final String QUOTE_COLUMNS = "id, speaker_code, speaker_name, speaker_text, target_code, "
            + "target_name, target_text, quote, direct, verb, cameo, modality, quote_date, date_basis, doc_id, doc, "
            + "sentence, sentence_start, sentence_end, span_start, span_end, trigger_text, trigger_start, "
            + "trigger_end, sentence_text";

    /** A page of quotes in date order (then id), after {@code after}, at most {@code limit}. */
    public Page<QuoteRow> quotes(QuoteFilter f, Order order, Cursor after, int limit) {
        Objects.requireNonNull(f, "f");
        Objects.requireNonNull(order, "order");
        List<Object> params = new ArrayList<>();
        List<String> where = new ArrayList<>();
        if (f.actor() != null) {
            where.add("starts_with(speaker_code, ?)");
            params.add(f.actor());
        }
        if (f.target() != null) {
            where.add("starts_with(target_code, ?)");
            params.add(f.target());
        }
        if (f.from() != null) {
            where.add("quote_date >= ?");
            params.add(f.from());
        }
        if (f.to() != null) {
            where.add("quote_date <= ?");
            params.add(f.to());
        }
        if (!f.modalities().isEmpty()) {
            where.add("modality IN (" + String.join(", ", Collections.nCopies(f.modalities().size(), "?")) + ")");
            f.modalities().stream().map(Modality::label).sorted().forEach(params::add);
        }
        String dir = order == Order.ASC ? "" : " DESC";
        String cmp = order == Order.ASC ? ">" : "<";
        if (after != null) {
            if (after.date() == null) {
                where.add("quote_date IS NULL AND id " + cmp + " ?");
                params.add(after.id());
            } else {
                where.add("(quote_date " + cmp + " ? OR (quote_date = ? AND id " + cmp + " ?) OR quote_date IS NULL)");
                params.add(after.date());
                params.add(after.date());
                params.add(after.id());
            }
        }
        String sql = "SELECT " + QUOTE_COLUMNS + " FROM quotes" + (where.isEmpty() ? "" : " WHERE "
                + String.join(" AND ", where)) + " ORDER BY quote_date" + dir + " NULLS LAST, id" + dir + " LIMIT ?";
        params.add(limit + 1);
        List<QuoteRow> rows = read(c -> query(c, sql, params, RecordReader::quoteRow));
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<QuoteRow> page = rows.subList(0, limit);
        QuoteRow last = page.get(limit - 1);
        return new Page<>(page, new Cursor(last.date(), last.id()));
    }

    private static QuoteRow quoteRow(ResultSet rs) throws SQLException {
        return new QuoteRow(rs.getLong("id"), actor(rs, "speaker"), actor(rs, "target"), rs.getString("quote"),
                rs.getBoolean("direct"), rs.getString("verb"), rs.getString("cameo"),
                Modality.parse(rs.getString("modality")), rs.getObject("quote_date", LocalDate.class),
                rs.getString("date_basis"), rs.getString("doc_id"), rs.getString("doc"), rs.getInt("sentence"),
                rs.getInt("sentence_start"), rs.getInt("sentence_end"), rs.getInt("span_start"),
                rs.getInt("span_end"), rs.getString("trigger_text"), rs.getInt("trigger_start"),
                rs.getInt("trigger_end"), rs.getString("sentence_text"));
    }

    // ---------------------------------------------------------------- documents and claims

    /** A stored document with its events and quotes, or empty when no document has this id. */
    public Optional<DocumentView> document(String id) {
        Objects.requireNonNull(id, "id");
        return read(c -> {
            List<Document> docs = query(c, "SELECT id, source, url, outlet, title, published, text FROM documents "
                    + "WHERE id = ?", List.of(id), RecordReader::documentRow);
            if (docs.isEmpty()) {
                return Optional.empty();
            }
            // the reports of the document's event keys only, bound as a list (an index lookup): correlated
            // subqueries per event were planned as an aggregate over every report, and keys computed inside the
            // statement still read every report
            List<Long> keys = query(c, "SELECT DISTINCT event_key FROM events WHERE doc_id = ?", List.of(id),
                    rs -> rs.getLong(1));
            List<EventRow> events = keys.isEmpty() ? List.of() : query(c, "WITH f AS (SELECT e.* FROM events e "
                    + "WHERE e.doc_id = ?), r AS (" + REPORT_COUNTS
                    + " WHERE r.event_key IN (SELECT unnest(?::BIGINT[])) GROUP BY r.event_key) "
                    + "SELECT f.*, coalesce(r.reports, 0) AS reports, coalesce(r.sources, 0) AS sources, "
                    + "coalesce(r.outlets, []::VARCHAR[]) AS outlets, CAST(? AS VARCHAR) AS url FROM f LEFT JOIN r ON "
                    + "r.event_key = f.event_key ORDER BY f.span_start, f.id", Arrays.asList(id,
                            c.createArrayOf("BIGINT", keys.toArray()), docs.get(0).url()), RecordReader::eventRow);
            List<QuoteRow> quotes = query(c, "SELECT " + QUOTE_COLUMNS + " FROM quotes WHERE doc_id = ? "
                    + "ORDER BY span_start, id", List.of(id), RecordReader::quoteRow);
            return Optional.of(new DocumentView(docs.get(0), events, quotes));
        });
    }

    private static Document documentRow(ResultSet rs) throws SQLException {
        return new Document(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, LocalDate.class), rs.getString(7));
    }

    /**
     * Every document in store order with the claims coded from it, a batch at a time (for the search index).
     *
     * @param sink receives each document and its claims
     */
    public void forEachDocument(BiConsumer<Document, List<Claim>> sink) {
        long after = 0;
        while (true) {
            long from = after;
            List<Object[]> batch = read(c -> query(c, "SELECT seq, id, source, url, outlet, title, published, text "
                    + "FROM documents WHERE seq > ? ORDER BY seq LIMIT 2000", List.of(from), rs -> new Object[] {
                        rs.getLong(1), new Document(rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                                rs.getString(8))}));
            if (batch.isEmpty()) {
                return;
            }
            long last = (Long) batch.get(batch.size() - 1)[0];
            Map<String, List<Claim>> claims = new HashMap<>();
            read(c -> {
                forEach(c, "SELECT doc_id, span_start, source_code, target_code, event_date FROM events WHERE "
                        + "doc_id IN (SELECT id FROM documents WHERE seq > ? AND seq <= ?) UNION ALL "
                        + "SELECT doc_id, span_start, speaker_code, target_code, quote_date FROM quotes WHERE "
                        + "doc_id IN (SELECT id FROM documents WHERE seq > ? AND seq <= ?)",
                        List.of(from, last, from, last), rs -> claims.computeIfAbsent(rs.getString(1),
                                k -> new ArrayList<>()).add(claim(rs)));
                return null;
            });
            for (Object[] row : batch) {
                Document d = (Document) row[1];
                sink.accept(d, claims.getOrDefault(d.id(), List.of()));
            }
            after = last;
        }
    }

    /** The claims of one document (for adding a newly ingested document to the search index). */
    public List<Claim> claims(String docId) {
        return read(c -> query(c, "SELECT doc_id, span_start, source_code, target_code, event_date FROM events "
                + "WHERE doc_id = ? UNION ALL SELECT doc_id, span_start, speaker_code, target_code, quote_date "
                + "FROM quotes WHERE doc_id = ?", List.of(docId, docId), RecordReader::claim));
    }

    private static Claim claim(ResultSet rs) throws SQLException {
        List<String> actors = new ArrayList<>();
        for (String code : new String[] {rs.getString(3), rs.getString(4)}) {
            if (code != null && !code.isBlank()) {
                actors.add(code);
            }
        }
        int start = rs.getInt(2);
        return new Claim(rs.wasNull() ? -1 : start, actors, rs.getObject(5, LocalDate.class));
    }

    // ---------------------------------------------------------------- the dashboard's series

    /** The first report's event of each event key with {@code actor} as source (prefix). */
    private static final String ACTOR_KEYS = "SELECT event_key, min(event_date) AS d, arg_min(quad, id) AS quad "
            + "FROM events WHERE starts_with(source_code, ?) GROUP BY event_key";

    /** Event keys with {@code actor} as source, by stored QuadClass (0 = unknown), for QuadClass 0–4 in order. */
    public List<QuadCount> quadCounts(String actor) {
        return read(c -> query(c, "SELECT coalesce(quad, 0) AS q, count(*) FROM (" + ACTOR_KEYS + ") GROUP BY q "
                + "ORDER BY q", List.of(actor), rs -> new QuadCount(rs.getInt(1), rs.getLong(2))));
    }

    /**
     * Words against deeds of {@code actor} per week, oldest first: the weekly rows of
     * {@link #actsByPeriod(ActFilter, ChronoUnit)}, so the dashboard shows the figures of {@code saydo gap}.
     */
    public List<Week> wordsAndDeeds(String actor) {
        return actsByPeriod(new ActFilter(actor, null, null, null, 1), ChronoUnit.WEEKS).stream()
                .filter(p -> p.period() != null)
                .map(p -> new Week(p.period(), p.wordsGoldstein(), p.words(), p.deedsGoldstein(), p.deeds()))
                .toList();
    }

    /** Event keys from {@code actor} to {@code target} (code prefixes) per week and stored QuadClass, oldest first. */
    public List<DyadWeek> dyadTimeline(String actor, String target) {
        return read(c -> query(c, "SELECT CAST(date_trunc('week', d) AS DATE) AS w, count(*) FILTER (WHERE quad = 1), "
                + "count(*) FILTER (WHERE quad = 2), count(*) FILTER (WHERE quad = 3), count(*) FILTER (WHERE quad = 4) "
                + "FROM (SELECT event_key, min(event_date) AS d, arg_min(quad, id) AS quad FROM events WHERE "
                + "starts_with(source_code, ?) AND starts_with(target_code, ?) GROUP BY event_key) WHERE d IS NOT NULL "
                + "GROUP BY w ORDER BY w", List.of(actor, target), rs -> new DyadWeek(rs.getObject(1, LocalDate.class),
                        List.of(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))));
    }

    /** The source–target pairs with the most event keys. */
    public List<Dyad> busiestDyads(int limit) {
        return read(c -> query(c, "SELECT source_code, target_code, count(DISTINCT event_key) AS n FROM events "
                + "WHERE source_code IS NOT NULL AND target_code IS NOT NULL GROUP BY source_code, target_code "
                + "ORDER BY n DESC, source_code, target_code LIMIT ?", List.of(limit),
                rs -> new Dyad(rs.getString(1), rs.getString(2), rs.getLong(3))));
    }

    // ---------------------------------------------------------------- the analyses

    /** The first and last event dates of the whole record (events and dated quotes), or nulls when empty. */
    public LocalDate[] dateRange() {
        return read(c -> query(c, "SELECT min(d), max(d) FROM (SELECT event_date AS d FROM events UNION ALL "
                + "SELECT quote_date FROM quotes)", List.of(), rs -> new LocalDate[] {rs.getObject(1, LocalDate.class),
                        rs.getObject(2, LocalDate.class)}).get(0));
    }

    /** SQL {@code date_trunc} of a date column to a period: days, weeks (ISO, Monday) or months. */
    private static String trunc(ChronoUnit unit, String column) {
        String label = switch (unit) {
            case DAYS -> "day";
            case WEEKS -> "week";
            case MONTHS -> "month";
            default -> throw new IllegalArgumentException("not a period: " + unit + " (expected DAYS, WEEKS or MONTHS)");
        };
        return "date_trunc('" + label + "', " + column + ")::DATE";
    }

    /**
     * SQL of the acts of an actor, read from the per-key summary ({@link ActSummary}: {@code event_acts},
     * {@code quote_acts}) rather than regrouping the events: one row per event key (its first report among its dated,
     * plausibly dated reports, whatever the filters: one real event is one key, classed once) and one row per
     * distinct quote (speaker, words; dated by its earliest plausibly dated statement), with columns {@code src}
     * ('event'|'quote'), {@code event_key} (quotes: NULL), {@code qid} (quotes: lowest quote id), {@code d} date,
     * {@code source}, {@code target}, {@code cameo}, {@code r} root, {@code modality}, {@code g} Goldstein,
     * {@code kind} ({@link ActKind}), {@code quad}. The filters (actor, target, dates) apply to that act. Rows with
     * neither kind are dropped; a quote whose speech act is already an event (same document, sentence and trigger
     * offset) is not in {@code quote_acts} (no double count). With {@code minSources} > 1, only the keys whose
     * reports, and the quotes whose documents, come from that many independent sources ({@link #SOURCES}).
     */
    private static String acts(ActFilter f, List<Object> params) {
        List<String> ew = new ArrayList<>();
        List<String> qw = new ArrayList<>();
        List<Object> ep = new ArrayList<>();
        List<Object> qp = new ArrayList<>();
        ew.add("starts_with(a.source, ?)");
        qw.add("starts_with(a.speaker, ?)");
        ep.add(f.actor());
        qp.add(f.actor());
        if (f.target() != null) {
            ew.add("starts_with(a.target, ?)");
            qw.add("starts_with(a.target, ?)");
            ep.add(f.target());
            qp.add(f.target());
        }
        if (f.from() != null) {
            ew.add("a.day >= ?");
            qw.add("a.day >= ?");
            ep.add(f.from());
            qp.add(f.from());
        }
        if (f.to() != null) {
            ew.add("a.day <= ?");
            qw.add("a.day <= ?");
            ep.add(f.to());
            qp.add(f.to());
        }
        if (f.minSources() > 1) {
            ew.add("a.event_key IN (SELECT r.event_key FROM reports r LEFT JOIN syndication s ON s.doc_id = "
                    + "r.doc_id GROUP BY r.event_key HAVING " + SOURCES + " >= ?)");
            ep.add(f.minSources());
            // a quote (speaker, words) counts when the documents that carry it come from enough independent
            // sources, by the events' rule: distinct clusters or distinct publishers
            qw.add("EXISTS (SELECT 1 FROM (SELECT q.speaker_code AS s, lower(trim(q.quote)) AS w FROM quotes q "
                    + "LEFT JOIN documents qd ON qd.id = q.doc_id LEFT JOIN syndication qs ON qs.doc_id = q.doc_id "
                    + "WHERE starts_with(q.speaker_code, ?) GROUP BY q.speaker_code, lower(trim(q.quote)) HAVING "
                    + "least(count(DISTINCT coalesce(qs.cluster, q.doc_id)), count(DISTINCT coalesce(qd.outlet, "
                    + "qd.url, q.doc_id))) >= ?) ok WHERE ok.s = a.speaker AND ok.w = a.words)");
            qp.add(f.actor());
            qp.add(f.minSources());
        }
        params.addAll(ep);
        params.addAll(qp);
        String k = ActKind.sql("r", "modality");
        return "SELECT *, " + ActKind.quadSql("r", "kind") + " AS quad FROM (SELECT *, " + k + " AS kind FROM ("
                + "SELECT 'event' AS src, a.event_key, NULL::BIGINT AS qid, a.day AS d, a.source, a.target, a.cameo, "
                + "a.root AS r, a.modality, a.goldstein AS g FROM event_acts a WHERE " + String.join(" AND ", ew)
                + " UNION ALL SELECT 'quote', NULL, a.first_id, a.day, a.speaker, a.target, a.cameo, a.root, "
                + "a.modality, a.goldstein FROM quote_acts a WHERE " + String.join(" AND ", qw)
                + ")) WHERE kind IS NOT NULL";
    }

    /**
     * The words and deeds of the acts of {@code f} per period, then the total over the whole range (the row with
     * a null period, always present), periods in date order.
     */
    public List<PeriodActs> actsByPeriod(ActFilter f, ChronoUnit period) {
        Objects.requireNonNull(f, "f");
        if (f.minSources() == 1) {
            return summedByPeriod(f, period);
        }
        List<Object> params = new ArrayList<>();
        String sql = "WITH a AS (" + acts(f, params) + ") SELECT CASE WHEN grouping(p) = 1 THEN NULL ELSE p END, "
                + "count(*) FILTER (WHERE quad = 1), count(*) FILTER (WHERE quad = 3), "
                + "count(*) FILTER (WHERE kind = 'word'), avg(g::DECIMAL(9,2)) FILTER (WHERE kind = 'word'), "
                + "count(*) FILTER (WHERE quad = 2), count(*) FILTER (WHERE quad = 4), "
                + "count(*) FILTER (WHERE kind = 'deed'), avg(g::DECIMAL(9,2)) FILTER (WHERE kind = 'deed') "
                + "FROM (SELECT *, " + trunc(period, "d") + " AS p FROM a) GROUP BY GROUPING SETS ((p), ()) "
                + "ORDER BY grouping(p), p";
        return read(c -> query(c, sql, params, rs -> new PeriodActs(rs.getObject(1, LocalDate.class), rs.getLong(2),
                rs.getLong(3), rs.getLong(4), (Double) rs.getObject(5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                (Double) rs.getObject(9))));
    }

    /**
     * {@link #actsByPeriod} when every act counts ({@code minSources} 1): summed from {@code act_summary}, a row
     * per day, source, target, root and modality, instead of one per act (a few hundred thousand rows instead of
     * millions at ten million events). The Goldstein sums are exact decimals (weights have one decimal), rounded
     * back from the summary's doubles so that the means are those of the acts.
     */
    private List<PeriodActs> summedByPeriod(ActFilter f, ChronoUnit period) {
        List<Object> params = new ArrayList<>();
        List<String> where = new ArrayList<>(List.of("starts_with(source, ?)"));
        params.add(f.actor());
        if (f.target() != null) {
            where.add("target <> '' AND starts_with(target, ?)");
            params.add(f.target());
        }
        if (f.from() != null) {
            where.add("day >= ?");
            params.add(f.from());
        }
        if (f.to() != null) {
            where.add("day <= ?");
            params.add(f.to());
        }
        String k = ActKind.sql("root", "modality");
        String sql = "SELECT CASE WHEN grouping(p) = 1 THEN NULL ELSE p END, "
                + "coalesce(sum(acts) FILTER (WHERE quad = 1), 0), coalesce(sum(acts) FILTER (WHERE quad = 3), 0), "
                + "coalesce(sum(acts) FILTER (WHERE kind = 'word'), 0), "
                + "round(sum(goldstein_sum) FILTER (WHERE kind = 'word'), 2)::DOUBLE "
                + "/ nullif(sum(weighted) FILTER (WHERE kind = 'word'), 0), "
                + "coalesce(sum(acts) FILTER (WHERE quad = 2), 0), coalesce(sum(acts) FILTER (WHERE quad = 4), 0), "
                + "coalesce(sum(acts) FILTER (WHERE kind = 'deed'), 0), "
                + "round(sum(goldstein_sum) FILTER (WHERE kind = 'deed'), 2)::DOUBLE "
                + "/ nullif(sum(weighted) FILTER (WHERE kind = 'deed'), 0) "
                + "FROM (SELECT *, " + ActKind.quadSql("root", "kind") + " AS quad FROM (SELECT " + trunc(period, "day")
                + " AS p, acts, weighted, goldstein_sum, root, " + k + " AS kind FROM act_summary WHERE "
                + String.join(" AND ", where) + ") WHERE kind IS NOT NULL) GROUP BY GROUPING SETS ((p), ()) "
                + "ORDER BY grouping(p), p";
        return read(c -> query(c, sql, params, rs -> new PeriodActs(rs.getObject(1, LocalDate.class), rs.getLong(2),
                rs.getLong(3), rs.getLong(4), (Double) rs.getObject(5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                (Double) rs.getObject(9))));
    }

    /** The acts of {@code f} with their period, ordered by period, date, event key, quote id. */
    public List<ActRef> acts(ActFilter f, ChronoUnit period) {
        Objects.requireNonNull(f, "f");
        List<Object> params = new ArrayList<>();
        String sql = "SELECT " + trunc(period, "d") + " AS p, event_key, qid FROM (" + acts(f, params)
                + ") ORDER BY p, d, event_key, qid";
        return read(c -> query(c, sql, params, rs -> new ActRef(rs.getObject(1, LocalDate.class),
                (Long) rs.getObject(2), (Long) rs.getObject(3))));
    }

    /**
     * The talks between two parties for {@code around}: the event keys of their consultations (CAMEO 03x–05x,
     * asserted or reported, either party as source and the other as target) per day in {@code [from, to]}, days in
     * order, keys ascending.
     */
    public Map<LocalDate, List<Long>> talks(String party1, String party2, LocalDate from, LocalDate to) {
        String sql = "SELECT day, list(event_key ORDER BY event_key) FROM event_acts WHERE ((starts_with(source, ?) "
                + "AND starts_with(target, ?)) OR (starts_with(source, ?) AND starts_with(target, ?))) AND root IN "
                + TALK_ROOTS + " AND modality IN ('asserted', 'reported') AND day BETWEEN ? AND ? GROUP BY day "
                + "ORDER BY day";
        Map<LocalDate, List<Long>> out = new LinkedHashMap<>();
        read(c -> {
            forEach(c, sql, List.of(party1, party2, party2, party1, from, to),
                    rs -> out.put(rs.getObject(1, LocalDate.class), keys(rs.getArray(2))));
            return null;
        });
        return out;
    }

    /**
     * The hostile deeds of {@code actor} for {@code around}: event keys of CAMEO 15–20, asserted or reported, in
     * {@code [from, to]}, each with its date, by date then key.
     */
    public Map<Long, LocalDate> hostileDeeds(String actor, LocalDate from, LocalDate to) {
        String sql = "SELECT event_key, day FROM event_acts WHERE " + HOSTILE + " ORDER BY day, event_key";
        Map<Long, LocalDate> out = new LinkedHashMap<>();
        read(c -> {
            forEach(c, sql, List.of(actor, from, to), rs -> out.put(rs.getLong(1), rs.getObject(2, LocalDate.class)));
            return null;
        });
        return out;
    }

    /** The number of hostile deeds (as {@link #hostileDeeds}) of {@code actor} per day in {@code [from, to]}. */
    public Map<LocalDate, Long> hostileDeedsPerDay(String actor, LocalDate from, LocalDate to) {
        String sql = "SELECT day, sum(acts) FROM act_summary WHERE act = 'event' AND " + HOSTILE + " GROUP BY day";
        Map<LocalDate, Long> out = new HashMap<>();
        read(c -> {
            forEach(c, sql, List.of(actor, from, to), rs -> out.put(rs.getObject(1, LocalDate.class), rs.getLong(2)));
            return null;
        });
        return out;
    }

    /**
     * The commitments of {@code actor} (event keys whose first report matches a rule, first rule wins, dated in
     * {@code [from, to]} when given) with the later events within {@code horizon} days that keep or break them,
     * by date then key. Commitments without a target are listed with no matching events.
     *
     * <p>One statement, no join of commitments with deeds: it returns the acts by or toward the actor (first
     * reports, asserted, reported or intent, dated from {@code from} to {@code horizon} days after {@code to}) as
     * numbers, their codes as ids into a dictionary it returns too (the strings cost most of the transfer). The
     * actor's acts in {@code [from, to]} that a rule takes are the commitments; the asserted and reported acts are
     * the candidate deeds, indexed in memory as day-sorted runs per (other party's code, code prefix), so a
     * commitment's matches are one binary-searched day range per compatible code and outcome: counted, dated and
     * cited, not enumerated (a month of commitments at ten million events has some 14.5 million matching pairs).
     *
     * @param cite how many of the events that keep (and that break) each commitment to return, the earliest (by
     *             date, then key) first; the counts are of all of them
     */
    public List<Commitment> commitments(String actor, LocalDate from, LocalDate to, int horizon,
            List<CommitmentRule> rules, int cite) {
        Objects.requireNonNull(actor, "actor");
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon < 1: " + horizon);
        }
        if (cite < 1) {
            throw new IllegalArgumentException("cite < 1: " + cite);
        }
        if (rules.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(List.of(actor, actor));
        List<String> xw = new ArrayList<>(List.of("(starts_with(source, ?) OR starts_with(target, ?))",
                "modality IN ('asserted', 'reported', 'intent')", "cameo IS NOT NULL"));
        if (from != null) {
            xw.add("day >= ?");
            params.add(from);
        }
        if (to != null) {
            xw.add("day <= ?");
            params.add(to.plusDays(horizon));
        }
        // the acts by or toward the actor (event keys, each its first report: event_acts, see ActSummary), as
        // numbers: (0, id, -, -, -, -, -, code) the dictionary of codes, first; then (1, source, key, day, target,
        // code, intent, -) by day and key; days are epoch days, ids from 1 (0: none). Which act is a commitment of
        // which rule is decided here, per distinct code (a CASE of every rule on every row cost seconds).
        String sql = "WITH x AS MATERIALIZED (SELECT event_key, day, source, target, cameo, modality FROM event_acts "
                + "WHERE " + String.join(" AND ", xw) + "), "
                + "v AS (SELECT v, CAST(row_number() OVER (ORDER BY v) AS INTEGER) AS id FROM (SELECT source AS v "
                + "FROM x UNION SELECT target FROM x UNION SELECT cameo FROM x) WHERE v IS NOT NULL) "
                + "SELECT 0 AS kind, id, NULL::BIGINT AS k, NULL::INTEGER AS d, NULL::INTEGER AS t, NULL::INTEGER AS code, "
                + "NULL::BOOLEAN AS intent, v FROM v UNION ALL SELECT 1, s.id, x.event_key, CAST(x.day - DATE "
                + "'1970-01-01' AS INTEGER), t.id, k.id, x.modality = 'intent', NULL FROM x LEFT JOIN v s ON s.v = "
                + "x.source LEFT JOIN v t ON t.v = x.target JOIN v k ON k.v = x.cameo ORDER BY 1, 4, 3";
        int first = from == null ? Integer.MIN_VALUE : (int) from.toEpochDay();
        int last = to == null ? Integer.MAX_VALUE : (int) to.toEpochDay();
        List<String> dict = new ArrayList<>(List.of(""));
        List<int[]> ruleOf = new ArrayList<>();     // per code id: the rule of an act, of an intent (-1: none)
        ruleOf.add(null);
        DeedIndex byActor = new DeedIndex(dict);   // the actor's deeds, per target code
        DeedIndex toActor = new DeedIndex(dict);   // deeds toward the actor, per source code
        List<long[]> found = new ArrayList<>();     // (key, day, target id, code id, rule)
        read(c -> {
            forEach(c, sql, params, rs -> {
                if (rs.getInt(1) == 0) {
                    int id = rs.getInt(2);
                    while (dict.size() <= id) {
                        dict.add(null);
                        ruleOf.add(null);
                    }
                    dict.set(id, rs.getString(8));
                    return;
                }
                int source = rs.getInt(2);
                long key = rs.getLong(3);
                int day = rs.getInt(4);
                int target = rs.getInt(5);
                int code = rs.getInt(6);
                boolean intent = rs.getBoolean(7);
                if (source != 0 && day >= first && day <= last && dict.get(source).startsWith(actor)) {
                    int[] r = ruleOf.get(code);
                    if (r == null) {
                        r = new int[] {ruleIndex(rules, dict.get(code), false), ruleIndex(rules, dict.get(code), true)};
                        ruleOf.set(code, r);
                    }
                    int rule = r[intent ? 1 : 0];
                    if (rule >= 0) {
                        found.add(new long[] {key, day, target, code, rule});
                    }
                }
                if (!intent && source != 0 && target != 0) {
                    // the actor's deed: the party is its target; a deed toward the actor: the party is its source
                    byActor.add(target, source, day, key, code);
                    toActor.add(source, target, day, key, code);
                }
            });
            return null;
        });
        byActor.keep(actor);
        toActor.keep(actor);
        List<Commitment> out = new ArrayList<>(found.size());
        for (long[] f : found) {
            CommitmentRule rule = rules.get((int) f[4]);
            LocalDate day = LocalDate.ofEpochDay(f[1]);
            String target = dict.get((int) f[2]);
            String cameo = dict.get((int) f[3]);
            if (f[2] == 0) {
                out.add(new Commitment(f[0], day, rule.name(), 0, 0, List.of(), List.of(), null, null, null));
                continue;
            }
            Matches kept = matches(rule, true, target, cameo, (int) f[1], horizon, actor, byActor, toActor, cite);
            Matches broken = matches(rule, false, target, cameo, (int) f[1], horizon, actor, byActor, toActor, cite);
            out.add(new Commitment(f[0], day, rule.name(), kept.count, broken.count, kept.cited(cite),
                    broken.cited(cite), target, kept.firstDay(), broken.firstDay()));
        }
        return out;
    }

    /**
     * The index of the first rule that takes an act of code {@code cameo} (with modality intent when
     * {@code intent}), or -1: a rule takes a code it prefixes, and an intent whose code one of its intent codes
     * prefixes (an empty intent code: any).
     */
    private static int ruleIndex(List<CommitmentRule> rules, String cameo, boolean intent) {
        for (int i = 0; i < rules.size(); i++) {
            CommitmentRule r = rules.get(i);
            if (r.codes().stream().anyMatch(cameo::startsWith) || intent && r.intents().stream().anyMatch(
                    cameo::startsWith)) {
                return i;
            }
        }
        return -1;
    }
    /**
     * The later deeds that keep ({@code kept}) or break a commitment of {@code rule} dated {@code day} (epoch day)
     * toward {@code target}: per outcome of that status, the deeds of the actor toward a compatible code (or of a
     * compatible code toward the actor) whose code starts with the outcome's prefix (an empty prefix: the
     * commitment's own root), dated in {@code (day, day + horizon]}.
     */
    private static Matches matches(CommitmentRule rule, boolean kept, String target, String cameo, int day,
            int horizon, String actor, DeedIndex byActor, DeedIndex toActor, int cite) {
        List<String> mine = new ArrayList<>();
        List<String> theirs = new ArrayList<>();
        for (CommitmentRule.Outcome o : rule.outcomes()) {
            if (o.kept() == kept) {
                (o.byTarget() ? theirs : mine).add(o.prefix().isEmpty() ? cameo.substring(0, Math.min(2,
                        cameo.length())) : o.prefix());
            }
        }
        // a deed answers both sides only when the target is of the actor's own country: then count distinct keys
        boolean overlap = !mine.isEmpty() && !theirs.isEmpty() && (target.startsWith(actor) || actor.startsWith(
                target));
        Matches m = new Matches(overlap);
        byActor.collect(target, disjoint(mine), day, day + horizon, cite, m);
        toActor.collect(target, disjoint(theirs), day, day + horizon, cite, m);
        return m;
    }

    /** The prefixes not covered by a shorter one of the list: the deeds they take are disjoint. */
    private static List<String> disjoint(List<String> prefixes) {
        List<String> out = new ArrayList<>();
        for (String p : prefixes) {
            if (prefixes.stream().noneMatch(q -> !q.equals(p) && p.startsWith(q)) && !out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** What {@link #matches} finds: the count, the first day and the earliest deeds (day, key). */
    private static final class Matches {
        private final Set<Long> keys;
        private long count;
        private int firstDay = Integer.MAX_VALUE;
        private final List<long[]> earliest = new ArrayList<>();

        Matches(boolean distinct) {
            this.keys = distinct ? new java.util.HashSet<>() : null;
        }

        void add(DeedIndex.Run run, int lo, int hi, int cite) {
            if (keys == null) {
                count += hi - lo;
            } else {
                for (int i = lo; i < hi; i++) {
                    if (keys.add(run.keys()[i])) {
                        count++;
                    }
                }
            }
            if (hi > lo) {
                firstDay = Math.min(firstDay, run.days()[lo]);
            }
            for (int i = lo; i < Math.min(hi, lo + cite); i++) {
                earliest.add(new long[] {run.days()[i], run.keys()[i]});
            }
        }

        List<Long> cited(int cite) {
            if (earliest.isEmpty()) {
                return List.of();
            }
            earliest.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
            List<Long> out = new ArrayList<>(cite);
            for (long[] e : earliest) {
                if (out.size() == cite) {
                    break;
                }
                if (!out.contains(e[1])) {
                    out.add(e[1]);
                }
            }
            return out;
        }

        LocalDate firstDay() {
            return count == 0 ? null : LocalDate.ofEpochDay(firstDay);
        }
    }

    /**
     * The deeds of one side (the actor's, per target code; or toward the actor, per source code), in the order
     * they were added (by day, then key), with day-sorted runs per (party, code prefix) made on first use. Codes
     * are ids into the statement's dictionary.
     */
    private static final class DeedIndex {
        /** One party's deeds with codes of one prefix, by day then key. */
        record Run(int[] days, long[] keys) {
        }

        private final List<String> dict;
        private int n;
        private int[] party = new int[1024];
        private int[] other = new int[1024];
        private int[] days = new int[1024];
        private long[] keys = new long[1024];
        private int[] codes = new int[1024];
        /** Per party id, the indices of its deeds; per first three letters, the party codes. */
        private final Map<Integer, int[]> rowsOf = new HashMap<>();
        private final Map<String, List<String>> byCountry = new HashMap<>();
        private final Map<String, Integer> idOf = new HashMap<>();
        private final Map<String, Run> runs = new HashMap<>();
        private final Map<String, boolean[]> takes = new HashMap<>();

        DeedIndex(List<String> dict) {
            this.dict = dict;
        }

        /** Adds a deed of {@code party} (the other side) whose own side is {@code mine}; sides are checked later. */
        void add(int party, int mine, int day, long key, int code) {
            if (n == days.length) {
                int size = n * 2;
                this.party = Arrays.copyOf(this.party, size);
                other = Arrays.copyOf(other, size);
                days = Arrays.copyOf(days, size);
                keys = Arrays.copyOf(keys, size);
                codes = Arrays.copyOf(codes, size);
            }
            this.party[n] = party;
            other[n] = mine;
            days[n] = day;
            keys[n] = key;
            codes[n++] = code;
        }

        /** Keeps the deeds whose own side starts with {@code actor}, grouped by party. */
        void keep(String actor) {
            boolean[] ours = new boolean[dict.size()];
            for (int i = 1; i < ours.length; i++) {
                ours[i] = dict.get(i) != null && dict.get(i).startsWith(actor);
            }
            Map<Integer, int[]> count = new HashMap<>();
            for (int i = 0; i < n; i++) {
                if (ours[other[i]]) {
                    count.computeIfAbsent(party[i], p -> new int[1])[0]++;
                }
            }
            count.forEach((p, c) -> {
                rowsOf.put(p, new int[c[0]]);
                String code = dict.get(p);
                idOf.put(code, p);
                byCountry.computeIfAbsent(country(code), x -> new ArrayList<>()).add(code);
            });
            Map<Integer, int[]> fill = new HashMap<>();
            for (int i = 0; i < n; i++) {
                if (ours[other[i]]) {
                    int[] at = fill.computeIfAbsent(party[i], p -> new int[1]);
                    rowsOf.get(party[i])[at[0]++] = i;
                }
            }
        }

        private static String country(String code) {
            return code.substring(0, Math.min(3, code.length()));
        }

        /** Adds to {@code m} the deeds of parties compatible with {@code target} in {@code (from, to]}. */
        void collect(String target, List<String> prefixes, int from, int to, int cite, Matches m) {
            if (prefixes.isEmpty()) {
                return;
            }
            for (String code : byCountry.getOrDefault(country(target), List.of())) {
                if (!code.startsWith(target) && !target.startsWith(code)) {
                    continue;
                }
                for (String prefix : prefixes) {
                    Run run = runs.computeIfAbsent(code + "|" + prefix, k -> run(idOf.get(code), prefix));
                    m.add(run, after(run.days(), from), after(run.days(), to), cite);
                }
            }
        }

        private Run run(int code, String prefix) {
            boolean[] t = takes.computeIfAbsent(prefix, p -> {
                boolean[] b = new boolean[dict.size()];
                for (int i = 1; i < b.length; i++) {
                    b[i] = dict.get(i) != null && dict.get(i).startsWith(p);
                }
                return b;
            });
            int[] rows = rowsOf.get(code);
            int k = 0;
            for (int r : rows) {
                if (t[codes[r]]) {
                    k++;
                }
            }
            int[] d = new int[k];
            long[] key = new long[k];
            int i = 0;
            for (int r : rows) {
                if (t[codes[r]]) {
                    d[i] = days[r];
                    key[i++] = keys[r];
                }
            }
            return new Run(d, key);
        }

        /** The first index whose day is after {@code day}. */
        private static int after(int[] days, int day) {
            int lo = 0;
            int hi = days.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (days[mid] <= day) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    // ---------------------------------------------------------------- coverage, support, date sanity (issue 15)

    /** SQL condition on a row's {@code date_basis}: not flagged implausible by the coder ({@code DateSanity}). */
    static final String PLAUSIBLE = "date_basis IS DISTINCT FROM 'text-implausible'";

    /**
     * What the record covers: documents per publication day and per outlet (else the host of the URL).
     *
     * @param days documents per publication day (days with at least one)
     * @param outlets documents per outlet
     * @param fromEvents true when no document is dated (a GDELT import): then {@code days} counts events per event
     *                   date
     */
    public record DocumentDays(Map<LocalDate, Long> days, Map<String, Long> outlets, boolean fromEvents) {
        public DocumentDays {
            days = Map.copyOf(days);
            outlets = Map.copyOf(outlets);
        }
    }

    /** The record's documents per publication day and outlet; see {@link DocumentDays}. */
    public DocumentDays documentDays() {
        return read(c -> {
            Map<LocalDate, Long> days = new HashMap<>();
            Map<String, Long> outlets = new HashMap<>();
            forEach(c, "SELECT published, count(*) FROM documents WHERE published IS NOT NULL GROUP BY published",
                    List.of(), rs -> days.put(rs.getObject(1, LocalDate.class), rs.getLong(2)));
            if (days.isEmpty()) {
                forEach(c, "SELECT event_date, count(*) FROM events WHERE event_date IS NOT NULL GROUP BY event_date",
                        List.of(), rs -> days.put(rs.getObject(1, LocalDate.class), rs.getLong(2)));
                return new DocumentDays(days, outlets, true);
            }
            forEach(c, "SELECT coalesce(outlet, regexp_extract(url, '^[a-z]+://([^/]+)', 1), '-') AS o, count(*) "
                    + "FROM documents WHERE published IS NOT NULL GROUP BY o", List.of(), rs -> {
                        String o = rs.getString(1);
                        outlets.merge(o == null || o.isEmpty() ? "-" : o, rs.getLong(2), Long::sum);
                    });
            return new DocumentDays(days, outlets, false);
        });
    }

    /** {@code n} acts of {@code kind} ('word' or 'deed') with weight {@code g} in the period starting {@code period}. */
    public record WeightCount(LocalDate period, String kind, double g, long n) {
    }

    /**
     * What the gap's uncertainty rests on.
     *
     * @param weights one row per (period, kind, Goldstein weight) with its number of acts (acts without a weight are
     *                left out, as they are from the means)
     * @param support per period and over all ({@code null} key): {@code {documents, sources}} — the distinct
     *                documents that carry the acts (every report of an event; every document with the same words by
     *                the same speaker for a quote) and the independent sources among them, by {@link #SOURCES}
     * @param pairs the best-supported contradicting pairs of each period (see {@link #periodStats}), by period, then
     *              rank
     */
    public record PeriodStats(List<WeightCount> weights, Map<LocalDate, long[]> support, List<Contradiction> pairs) {
        public PeriodStats {
            weights = List.copyOf(weights);
            support = java.util.Collections.unmodifiableMap(new HashMap<>(support));
            pairs = List.copyOf(pairs);
        }
    }

    /**
     * The weights, the support and the {@code k} best-supported contradicting pairs of the acts of {@code f} per
     * period, from one pass over the acts and one join of them with their reports (at ten million events each pass
     * over an actor's ~2 million acts and each join with the reports costs about a second of CPU; the pairs used to
     * make their own).
     *
     * <p>A pair is a word with Goldstein > 0 and a deed (an event: a quote with a material code, which the coder does
     * not write, has no event key to cite) with Goldstein < 0 toward the same target (equal codes, or one a prefix of
     * the other) in one period, among the {@link #CANDIDATES}·k most cooperative words and most hostile
     * deeds of each (period, target). The {@code k} pairs of a period are ranked by support (the independent sources
     * of the less supported side: an event's {@link #SOURCES}, a quote's documents with its words), then difference
     * (largest first; ties: earlier word, earlier deed, lower keys).
     *
     * @param k pairs per period; 0 for none
     */
    public PeriodStats periodStats(ActFilter f, ChronoUnit period, int k) {
        Objects.requireNonNull(f, "f");
        if (k < 0) {
            throw new IllegalArgumentException("k < 0: " + k);
        }
        List<Object> params = new ArrayList<>();
        int c = CANDIDATES * k;
        // the candidates of each (period, target): the c most cooperative words and most hostile deeds. Ranking every
        // act by a window cost most of the pairs' time; a weight takes few values, so the acts per (period, target,
        // weight) are counted first and only the weights reached before c acts are ranked (all acts of the last
        // weight included: the same c rows, in the same order)
        String word = "a.kind = 'word' AND a.g > 0";
        String deed = "a.kind = 'deed' AND a.src = 'event' AND a.g < 0";
        String side = "SELECT p, target, g, count(*) AS n FROM a WHERE target IS NOT NULL AND %s GROUP BY p, target, g";
        String pairs = k == 0 ? "" : ", wg AS (SELECT p, target, min(g) AS g FROM (SELECT p, target, g, sum(n) OVER "
                + "(PARTITION BY p, target ORDER BY g DESC) - n AS above FROM (" + side.formatted(word) + ") wn) wa "
                + "WHERE above < " + c + " GROUP BY p, target), "
                + "xg AS (SELECT p, target, max(g) AS g FROM (SELECT p, target, g, sum(n) OVER (PARTITION BY p, target "
                + "ORDER BY g) - n AS below FROM (" + side.formatted(deed) + ") xn) xb WHERE below < " + c
                + " GROUP BY p, target), "
                + "w0 AS MATERIALIZED (SELECT * FROM (SELECT a.*, row_number() OVER (PARTITION BY a.p, a.target ORDER "
                + "BY a.g DESC, a.d, a.event_key, a.qid) AS rk FROM a JOIN wg ON wg.p = a.p AND wg.target = a.target "
                + "AND a.g >= wg.g WHERE " + word + ") w WHERE rk <= " + c + "), "
                + "x0 AS MATERIALIZED (SELECT * FROM (SELECT a.*, row_number() OVER (PARTITION BY a.p, a.target ORDER "
                + "BY a.g, a.d, a.event_key) AS rk FROM a JOIN xg ON xg.p = a.p AND xg.target = a.target AND a.g <= "
                + "xg.g WHERE " + deed + ") x WHERE rk <= " + c
                + "), ks AS (SELECT event_key, least(count(DISTINCT cluster), count(DISTINCT publisher)) AS sup FROM "
                + "re WHERE event_key IN (SELECT event_key FROM w0 UNION SELECT event_key FROM x0) "
                + "GROUP BY event_key), "
                + "qs AS (SELECT qid, count(DISTINCT doc_id) AS sup FROM rq WHERE qid IN (SELECT qid FROM w0) GROUP BY "
                + "qid)";
        String candidates = k == 0 ? "" : " UNION ALL SELECT 'c', w0.p, 'word', w0.g, CASE WHEN w0.event_key IS NOT "
                + "NULL THEN coalesce(ks.sup, 0) ELSE coalesce(qs.sup, 0) END, w0.event_key, w0.qid, w0.target, w0.d "
                + "FROM w0 LEFT JOIN ks ON ks.event_key = w0.event_key LEFT JOIN qs ON qs.qid = w0.qid "
                + "UNION ALL SELECT 'c', x0.p, 'deed', x0.g, coalesce(ks.sup, 0), x0.event_key, NULL, x0.target, x0.d "
                + "FROM x0 LEFT JOIN ks ON ks.event_key = x0.event_key";
        // a: the acts, only the columns read below; re: the reports of the events, rq: the documents with each
        // quote's words; the cluster and publisher of each as SOURCES counts them
        String sql = "WITH a AS MATERIALIZED (SELECT " + trunc(period, "d") + " AS p, src, event_key, qid, d, target, "
                + "g, kind FROM (" + acts(f, params) + ") acts), re AS MATERIALIZED (SELECT a.p, a.event_key, "
                + "r.doc_id, coalesce(s.cluster, r.doc_id, r.url, '') AS cluster, coalesce(r.outlet, r.url, r.doc_id, "
                + "'') AS publisher FROM a JOIN reports r ON r.event_key = a.event_key LEFT JOIN syndication s ON "
                + "s.doc_id = r.doc_id WHERE a.src = 'event'), "
                + "rq AS MATERIALIZED (SELECT a.p, a.qid, y.doc_id, coalesce(s.cluster, y.doc_id, d.url, '') AS "
                + "cluster, coalesce(d.outlet, d.url, y.doc_id, '') AS publisher FROM a "
                + "JOIN quotes q0 ON q0.id = a.qid JOIN quotes y ON y.speaker_code = q0.speaker_code AND "
                + "lower(trim(y.quote)) = lower(trim(q0.quote)) "
                + "LEFT JOIN documents d ON d.id = y.doc_id LEFT JOIN syndication s ON s.doc_id = y.doc_id WHERE "
                + "a.src = 'quote'), r AS (SELECT p, doc_id, cluster, publisher FROM re UNION ALL SELECT p, doc_id, "
                + "cluster, publisher FROM rq)" + pairs + " "
                + "SELECT 'w' AS t, p, kind, g::DECIMAL(9,2)::DOUBLE AS w, count(*) AS n, NULL::BIGINT AS docs, "
                + "NULL::BIGINT AS src, NULL AS target, NULL::DATE AS d FROM a WHERE g IS NOT NULL GROUP BY p, kind, w "
                + "UNION ALL SELECT 's', CASE WHEN grouping(p) = 1 THEN NULL ELSE p END, NULL, NULL, NULL, "
                + "count(DISTINCT doc_id), least(count(DISTINCT cluster), count(DISTINCT publisher)), NULL, NULL "
                + "FROM r GROUP BY GROUPING SETS ((p), ())" + candidates;
        return read(cn -> {
            List<WeightCount> weights = new ArrayList<>();
            Map<LocalDate, long[]> support = new HashMap<>();
            Map<LocalDate, List<Candidate>> words = new HashMap<>();
            Map<LocalDate, List<Candidate>> deeds = new HashMap<>();
            forEach(cn, sql, params, rs -> {
                LocalDate p = rs.getObject(2, LocalDate.class);
                switch (rs.getString(1)) {
                    case "w" -> weights.add(new WeightCount(p, rs.getString(3), rs.getDouble(4), rs.getLong(5)));
                    case "s" -> support.put(p, new long[] {rs.getLong(6), rs.getLong(7)});
                    default -> (rs.getString(3).equals("word") ? words : deeds).computeIfAbsent(p,
                            x -> new ArrayList<>()).add(new Candidate(rs.getString(8), (Long) rs.getObject(6),
                            (Long) rs.getObject(7), rs.getObject(9, LocalDate.class), rs.getDouble(4), rs.getLong(5)));
                }
            });
            return new PeriodStats(weights, support, pairs(words, deeds, k));
        });
    }

    /** Candidates per side and (period, target) of the contradicting pairs, as a multiple of {@code k}. */
    public static final int CANDIDATES = 5;

    /** A word or deed that may be one side of a contradicting pair: target, key or quote id, date, weight, support. */
    private record Candidate(String target, Long key, Long quote, LocalDate d, double g, long sup) {
    }

    /** Nulls after values, as DuckDB orders them. */
    private static final Comparator<Long> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());

    /** The order of a period's pairs {word, deed}: see {@link #periodStats}. */
    private static final Comparator<Candidate[]> PAIR_ORDER = Comparator
            .<Candidate[]>comparingLong(p -> -Math.min(p[0].sup(), p[1].sup()))
            .thenComparing(p -> p[0].g() - p[1].g(), Comparator.reverseOrder())
            .thenComparing(p -> p[0].d()).thenComparing(p -> p[1].d())
            .thenComparing(p -> p[0].key(), NULLS_LAST).thenComparing(p -> p[0].quote(), NULLS_LAST)
            .thenComparing(p -> p[1].key(), NULLS_LAST);

    /** The {@code k} first pairs of each period of words and deeds toward related targets, periods in order. */
    private static List<Contradiction> pairs(Map<LocalDate, List<Candidate>> words,
            Map<LocalDate, List<Candidate>> deeds, int k) {
        List<Contradiction> out = new ArrayList<>();
        words.keySet().stream().filter(deeds::containsKey).sorted().forEach(p -> {
            List<Candidate[]> pairs = new ArrayList<>();
            for (Candidate w : words.get(p)) {
                for (Candidate x : deeds.get(p)) {
                    if (w.target().startsWith(x.target()) || x.target().startsWith(w.target())) {
                        pairs.add(new Candidate[] {w, x});
                    }
                }
            }
            pairs.sort(PAIR_ORDER);
            for (Candidate[] pair : pairs.subList(0, Math.min(k, pairs.size()))) {
                out.add(new Contradiction(p, pair[0].key(), pair[0].quote(), pair[1].key(), pair[0].g() - pair[1].g(),
                        Math.min(pair[0].sup(), pair[1].sup())));
            }
        });
        return out;
    }

    /**
     * The events (by key) and quotes of an actor (source or speaker code prefix) whose date the coder flagged
     * implausible ({@code date_basis} {@code text-implausible}): left out of every time series, counted here.
     */
    public long implausible(String actor) {
        Objects.requireNonNull(actor, "actor");
        return read(c -> query(c, "SELECT (SELECT count(DISTINCT event_key) FROM events WHERE starts_with(source_code, "
                + "?) AND date_basis = 'text-implausible') + (SELECT count(*) FROM quotes WHERE starts_with("
                + "speaker_code, ?) AND date_basis = 'text-implausible')", List.of(actor, actor), rs -> rs.getLong(1))
                .get(0));
    }

    /** The 3-letter code most often on the other side of the actor's consultations (03x–05x), or null. */
    public String talkPartner(String actor) {
        String sql = "SELECT substr(other, 1, 3) AS p, count(DISTINCT event_key) AS n FROM (SELECT event_key, "
                + "CASE WHEN starts_with(source_code, ?) THEN target_code ELSE source_code END AS other FROM events "
                + "WHERE (starts_with(source_code, ?) OR starts_with(target_code, ?)) AND cameo_root IN "
                + "('03', '04', '05') AND modality IN ('asserted', 'reported')) WHERE other IS NOT NULL AND "
                + "length(other) >= 3 AND NOT starts_with(other, substr(?, 1, 3)) GROUP BY p ORDER BY n DESC, p LIMIT 1";
        List<String> p = read(c -> query(c, sql, List.of(actor, actor, actor, actor), rs -> rs.getString(1)));
        return p.isEmpty() ? null : p.get(0);
    }

    /**
     * The ids of the actor's most repeated quotes: one per (speaker, words), by the number of documents carrying
     * them, then the latest date, then id.
     */
    public List<Long> mostRepeatedQuotes(String actor, int limit) {
        return read(c -> query(c, "SELECT min(id) AS id, count(DISTINCT doc_id) AS n, max(quote_date) AS d FROM "
                + "quotes WHERE starts_with(speaker_code, ?) GROUP BY speaker_code, lower(trim(quote)) ORDER BY n "
                + "DESC, d DESC NULLS LAST, id LIMIT ?", List.of(actor, limit), rs -> rs.getLong(1)));
    }

    /** The keys of the actor's events told by the most reports, then the latest, then by key. */
    public List<Long> mostReportedEvents(String actor, int limit) {
        return read(c -> query(c, "SELECT e.event_key, (SELECT count(*) FROM reports r WHERE r.event_key = "
                + "e.event_key) AS n, max(e.event_date) AS d FROM events e WHERE starts_with(e.source_code, ?) GROUP "
                + "BY e.event_key ORDER BY n DESC, d DESC NULLS LAST, e.event_key LIMIT ?", List.of(actor, limit),
                rs -> rs.getLong(1)));
    }

    /**
     * The evidence behind events and quotes: for each event key its first report (document, outlet(s), sentence,
     * text) and report count; for each quote id the quote and its sentence. Events first (by date, key), then
     * quotes (by date, id); unknown ids are left out.
     *
     * <p>An event key is cited as the analyses class it ({@code event_acts}, {@link ActSummary}): by its first dated,
     * plausibly dated report, whose citation the row carries (schema version 6), so citing tens of thousands of keys
     * reads that one table. A key with no such report (no row there: undated, or only implausibly dated) is cited by
     * its first report, read from {@code events} and {@code reports}.
     */
    public List<Evidence> evidence(List<Long> eventKeys, List<Long> quoteIds) {
        List<Evidence> out = new ArrayList<>();
        if (!eventKeys.isEmpty()) {
            String cited = "SELECT event_key, day, source, target, cameo, cameo_name, modality, goldstein, reports, "
                    + "outlets, doc, sentence, text FROM event_acts WHERE event_key IN (SELECT unnest(?::BIGINT[]))";
            // keys without a row: both tables are filtered by the bound list itself (rare, and few)
            String undated = "WITH f AS (SELECT * FROM (SELECT e.*, row_number() OVER (PARTITION BY e.event_key "
                    + "ORDER BY e.id) AS rn FROM events e WHERE e.event_key IN (SELECT unnest(?::BIGINT[]))) "
                    + "WHERE rn = 1), r AS (SELECT event_key, count(*) AS n, string_agg(DISTINCT outlet, ', ' ORDER BY "
                    + "outlet) AS outlets FROM reports WHERE event_key IN (SELECT unnest(?::BIGINT[])) GROUP BY "
                    + "event_key) SELECT f.event_key, f.event_date, f.source_code, f.target_code, f.cameo, "
                    + "f.cameo_name, f.modality, f.goldstein, coalesce(r.n, 0), coalesce(r.outlets, ''), "
                    + "coalesce(d.url, f.doc), f.sentence, coalesce(f.sentence_text, f.trigger_text, '') FROM f "
                    + "LEFT JOIN r ON r.event_key = f.event_key LEFT JOIN documents d ON d.id = f.doc_id";
            RowMapper<Evidence> event = rs -> new Evidence("event", rs.getLong(1), null,
                    rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), (Double) rs.getObject(8), rs.getInt(9), rs.getString(10),
                    rs.getString(11), (Integer) rs.getObject(12), rs.getString(13));
            List<Evidence> events = new ArrayList<>(read(c -> query(c, cited,
                    List.of(c.createArrayOf("BIGINT", eventKeys.toArray())), event)));
            if (events.size() < new java.util.HashSet<>(eventKeys).size()) {
                Set<Long> found = new java.util.HashSet<>();
                events.forEach(e -> found.add(e.eventKey()));
                Object[] rest = eventKeys.stream().filter(k -> !found.contains(k)).distinct().toArray();
                events.addAll(read(c -> query(c, undated, List.of(c.createArrayOf("BIGINT", rest),
                        c.createArrayOf("BIGINT", rest)), event)));
            }
            events.sort(Comparator.comparing(Evidence::date, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Evidence::eventKey));
            out.addAll(events);
        }
        if (!quoteIds.isEmpty()) {
            String sql = "SELECT q.id, q.quote_date, q.speaker_code, q.target_code, q.cameo, q.modality, "
                    + "(SELECT count(DISTINCT y.doc_id) FROM quotes y WHERE y.speaker_code = q.speaker_code AND "
                    + "lower(trim(y.quote)) = lower(trim(q.quote))), coalesce(d.outlet, ''), coalesce(d.url, q.doc), "
                    + "q.sentence, q.quote FROM quotes q LEFT JOIN documents d ON d.id = q.doc_id WHERE q.id IN "
                    + "(SELECT unnest(?::BIGINT[])) ORDER BY q.quote_date, q.id";
            out.addAll(read(c -> query(c, sql, List.of(c.createArrayOf("BIGINT", quoteIds.toArray())), rs -> {
                String cameo = rs.getString(5);
                Optional<CameoCode> code = CameoOntology.standard().find(cameo);
                return new Evidence("quote", null, rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getString(4), cameo, code.map(CameoCode::name).orElse(null), rs.getString(6),
                        code.map(CameoCode::goldstein).orElse(null), rs.getInt(7), rs.getString(8), rs.getString(9),
                        (Integer) rs.getObject(10), rs.getString(11));
            })));
        }
        return out;
    }

    // ---------------------------------------------------------------- plumbing

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    private interface RowSink {
        void accept(ResultSet rs) throws SQLException;
    }

    private static <T> List<T> query(Connection c, String sql, List<?> params, RowMapper<T> mapper)
            throws SQLException {
        List<T> rows = new ArrayList<>();
        forEach(c, sql, params, rs -> rows.add(mapper.map(rs)));
        return rows;
    }

    private static void forEach(Connection c, String sql, List<?> params, RowSink sink) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    sink.accept(rs);
                }
            }
        }
    }

    private static void bind(PreparedStatement s, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            s.setObject(i + 1, params.get(i));
        }
    }

    private static List<Long> keys(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<Long> out = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            out.add(((Number) o).longValue());
        }
        return out;
    }

    private static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static ActorRef actor(ResultSet rs, String prefix) throws SQLException {
        String code = rs.getString(prefix + "_code");
        if (code == null || code.isBlank()) {
            return null;
        }
        String name = rs.getString(prefix + "_name");
        String text = rs.getString(prefix + "_text");
        return new ActorRef(code, name == null ? "" : name, text == null ? "" : text);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // closing after a failed open: nothing more to report than the open failure
        }
    }

    @Override
    public void close() {
        List<Connection> all = new ArrayList<>();
        pool.drainTo(all);
        all.forEach(RecordReader::closeQuietly);
    }

    @Override
    public String toString() {
        return "RecordReader[" + file + ", " + pool.remainingCapacity() + " of the connections in use]";
    }
}
