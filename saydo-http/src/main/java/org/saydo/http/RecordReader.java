package org.saydo.http;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.saydo.doc.Document;
import org.saydo.record.ActorRef;
import org.saydo.record.DateBasis;
import org.saydo.record.Modality;
import org.saydo.store.DuckDbFile;
import org.saydo.store.EventQuery;
import org.saydo.store.RecordStore;
import org.saydo.store.StoreException;
import org.saydo.store.StoredEvent;

/**
 * Read-only queries over a Saydo store file that {@link org.saydo.store.RecordStore} does not offer: pages of
 * events and quotes with cursors, a document with the spans of its claims, and the small aggregates of the
 * dashboard. Reads go through its own DuckDB connections to the same file (DuckDB shares one database instance
 * per file within a JVM, so they see every committed write of the store's connection).
 *
 * <p>Event queries keep {@link EventQuery}'s semantics exactly (one row per event key: its first matching
 * report's event, with the key's report count and outlets; date order, then event key); a test compares them
 * with {@code RecordStore.events}. Every value is a statement parameter; no SQL is built from input.
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
     * @param event the event as {@code RecordStore.events} returns it
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
     * Events (event keys) of one QuadClass.
     *
     * @param quad 1 verbal cooperation … 4 material conflict; 0 when unknown
     * @param events event keys
     */
    public record QuadCount(int quad, long events) {
    }

    /**
     * One week of an actor's words and deeds: mean Goldstein weight of its verbal events (QuadClass 1 and 3;
     * asserted, reported or intent) and of its material events (QuadClass 2 and 4; asserted or reported only).
     * Hypothetical, negated and background events (references to past or ongoing states) count as neither.
     *
     * @param week the Monday of the week
     * @param verbalMean mean Goldstein of verbal events, or null when none
     * @param verbal verbal event keys
     * @param materialMean mean Goldstein of material events, or null when none
     * @param material material event keys
     */
    public record Week(LocalDate week, Double verbalMean, long verbal, Double materialMean, long material) {
    }

    /**
     * One week of a dyad: event keys by QuadClass.
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

    private final String file;
    private final BlockingQueue<Connection> pool;

    private RecordReader(String file, BlockingQueue<Connection> pool) {
        this.file = file;
        this.pool = pool;
    }

    /**
     * Opens {@code connections} read connections to a store file. The store must have been opened (and so
     * created) by {@link org.saydo.store.RecordStore#open} first.
     */
    public static RecordReader open(String file, int connections) {
        Objects.requireNonNull(file, "file");
        if (connections < 1) {
            throw new IllegalArgumentException("connections < 1: " + connections);
        }
        BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(connections);
        try {
            for (int i = 0; i < connections; i++) {
                pool.add(DuckDbFile.connect(file, new Properties()));
            }
        } catch (StoreException e) {
            pool.forEach(RecordReader::closeQuietly);
            throw e;
        }
        return new RecordReader(file, pool);
    }

    @FunctionalInterface
    private interface Read<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T read(Read<T> work) {
        Connection c;
        try {
            c = pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(file + ": interrupted while waiting for a connection", e);
        }
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot read: " + e.getMessage(), e);
        } finally {
            pool.add(c);
        }
    }

    // ---------------------------------------------------------------- events

    /**
     * A page of events: {@code q}'s rows (its own limit is ignored) after {@code after}, at most {@code limit}.
     *
     * @param quad keep events of this QuadClass only (1–4), or null
     */
    public Page<EventRow> events(EventQuery q, Integer quad, Order order, Cursor after, int limit) {
        Objects.requireNonNull(q, "q");
        Objects.requireNonNull(order, "order");
        List<Object> params = new ArrayList<>();
        String sql = eventSql(q, quad, List.of(), order, after, limit + 1, params);
        List<EventRow> rows = read(c -> query(c, sql, params, RecordReader::eventRow));
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
     * The SQL of an event page, mirroring {@code RecordStore}'s query: values go to {@code params} only.
     * The page is cut before the report counts are joined, so a page costs its rows, not the whole match.
     */
    static String eventSql(EventQuery q, Integer quad, List<Long> keys, Order order, Cursor after, int limit,
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
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + " GROUP BY e.event_key), "
                + "p AS (SELECT e.id FROM events e JOIN k ON k.id = e.id" + page
                + " ORDER BY e.event_date" + dir + " NULLS LAST, e.event_key" + dir + (limit > 0 ? " LIMIT ?" : "")
                + "), "
                + "f AS (SELECT e.* FROM events e JOIN p ON p.id = e.id), "
                + "r AS (" + RecordStore.REPORT_COUNTS
                + " WHERE r.event_key IN (SELECT event_key FROM f) GROUP BY r.event_key) "
                + "SELECT f.*, coalesce(r.reports, 0) AS reports, coalesce(r.sources, 0) AS sources, "
                + "coalesce(r.outlets, []::VARCHAR[]) AS outlets, "
                + "coalesce(d.url, CASE WHEN f.origin = 'gdelt' THEN f.doc END) AS url "
                + "FROM f LEFT JOIN r ON r.event_key = f.event_key LEFT JOIN documents d ON d.id = f.doc_id "
                + "ORDER BY f.event_date" + dir + " NULLS LAST, f.event_key" + dir;
        if (limit > 0) {
            params.add(limit);
        }
        return sql;
    }

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
                longOrNull(rs, "globaleventid"), rs.getInt("reports"), rs.getInt("sources"), outlets, rs.getString("doc_id"),
                rs.getString("doc"), rs.getString("url"), intOrNull(rs, "sentence"), intOrNull(rs, "span_start"),
                intOrNull(rs, "span_end"), rs.getString("sentence_text"), rs.getString("trigger_text"),
                rs.getString("rule_name"), rs.getString("pipeline"), actor(rs, "source"), actor(rs, "target"),
                rs.getString("cameo"), rs.getString("cameo_name"), rs.getString("plover_type"),
                rs.getString("plover_mode"), intOrNull(rs, "quad"), doubleOrNull(rs, "goldstein"),
                Modality.parse(rs.getString("modality")), actor(rs, "reported_by"),
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

    // ---------------------------------------------------------------- documents

    /** A stored document with its events and quotes, or empty when no document has this id. */
    public Optional<DocumentView> document(String id) {
        Objects.requireNonNull(id, "id");
        return read(c -> {
            List<Document> docs = query(c, "SELECT id, source, url, outlet, title, published, text FROM documents "
                    + "WHERE id = ?", List.of(id), RecordReader::documentRow);
            if (docs.isEmpty()) {
                return Optional.empty();
            }
            // the reports of the document's event keys only: correlated subqueries per event were planned as an
            // aggregate over every report (5 to 6 times the time on a million reports)
            List<EventRow> events = query(c, "WITH f AS (SELECT e.* FROM events e WHERE e.doc_id = ?), "
                    + "r AS (" + RecordStore.REPORT_COUNTS
                    + " WHERE r.event_key IN (SELECT event_key FROM f) GROUP BY r.event_key) "
                    + "SELECT f.*, coalesce(r.reports, 0) AS reports, coalesce(r.sources, 0) AS sources, "
                    + "coalesce(r.outlets, []::VARCHAR[]) AS outlets, "
                    + "d.url AS url FROM f JOIN documents d ON d.id = f.doc_id LEFT JOIN r ON r.event_key = f.event_key "
                    + "ORDER BY f.span_start, f.id", List.of(id), RecordReader::eventRow);
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
    public void forEachDocument(java.util.function.BiConsumer<Document, List<Claim>> sink) {
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
            java.util.Map<String, List<Claim>> claims = new java.util.HashMap<>();
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

    // ---------------------------------------------------------------- aggregates

    /** The first report's event of each event key with {@code actor} as source (prefix). */
    private static final String ACTOR_KEYS = "SELECT event_key, min(event_date) AS d, arg_min(quad, id) AS quad, "
            + "arg_min(goldstein, id) AS goldstein, arg_min(modality, id) AS modality FROM events "
            + "WHERE starts_with(source_code, ?) GROUP BY event_key";

    /** Event keys with {@code actor} as source, by QuadClass (0 = unknown), for QuadClass 0–4 in order. */
    public List<QuadCount> quadCounts(String actor) {
        return read(c -> query(c, "SELECT coalesce(quad, 0) AS q, count(*) FROM (" + ACTOR_KEYS + ") GROUP BY q "
                + "ORDER BY q", List.of(actor), rs -> new QuadCount(rs.getInt(1), rs.getLong(2))));
    }

    /** Words against deeds of {@code actor} per week (see {@link Week}), oldest first. */
    public List<Week> wordsAndDeeds(String actor) {
        return read(c -> query(c, "SELECT CAST(date_trunc('week', d) AS DATE) AS w, "
                + "avg(goldstein::DECIMAL(9,2)) FILTER (WHERE quad IN (1, 3) AND modality IN ('asserted', 'reported', 'intent')), "
                + "count(*) FILTER (WHERE quad IN (1, 3) AND modality IN ('asserted', 'reported', 'intent')), "
                + "avg(goldstein::DECIMAL(9,2)) FILTER (WHERE quad IN (2, 4) AND modality IN ('asserted', 'reported')), "
                + "count(*) FILTER (WHERE quad IN (2, 4) AND modality IN ('asserted', 'reported')) "
                + "FROM (" + ACTOR_KEYS + ") WHERE d IS NOT NULL GROUP BY w ORDER BY w", List.of(actor),
                rs -> new Week(rs.getObject(1, LocalDate.class), doubleOrNull(rs, 2), rs.getLong(3),
                        doubleOrNull(rs, 4), rs.getLong(5))));
    }

    /** Event keys from {@code actor} to {@code target} (code prefixes) per week and QuadClass, oldest first. */
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
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    sink.accept(rs);
                }
            }
        }
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

    private static Double doubleOrNull(ResultSet rs, int column) throws SQLException {
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
}
