package org.saydo.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Collectors;
import org.saydo.ontology.CameoCode;
import org.saydo.ontology.CameoOntology;
import org.saydo.store.DuckDbFile;
import org.saydo.store.RecordStore;
import org.saydo.store.StoreException;

/**
 * Read-only SQL access to a record written by {@link RecordStore}, for the analyses. The store's own API returns
 * rows; the analyses aggregate in SQL, so they hold their own DuckDB connection opened read-only. Opening checks
 * that the file exists, is a DuckDB database and a Saydo store of a schema version this Saydo knows.
 *
 * <p>Shared SQL lives here: {@link #ACTS} (one row per event key and per distinct quote, classified as word or
 * deed) and the CAMEO weights of the ontology for rows that carry none (quotes).
 *
 * <p>Not thread-safe: one connection, used by one thread at a time.
 */
public final class RecordReader implements AutoCloseable {

    private final String file;
    private final Connection connection;

    private RecordReader(String file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens the record at {@code location} (a file or {@code jdbc:duckdb:FILE}) for reading.
     *
     * @throws StoreException naming the file when it is missing, not DuckDB, not a Saydo store, or newer
     */
    public static RecordReader open(String location) {
        return open(location, true);
    }

    /**
     * Opens the record for reading in a process that also holds it open for writing (the HTTP server keeps a
     * {@link RecordStore} for ingest). DuckDB shares one database instance per file within a JVM, and every
     * connection to it must have the same configuration, so this connection is not flagged read-only; the
     * analyses only read through it all the same.
     *
     * @throws StoreException as {@link #open(String)}
     */
    public static RecordReader openBesideWriter(String location) {
        return open(location, false);
    }

    private static RecordReader open(String location, boolean readOnly) {
        Objects.requireNonNull(location, "location");
        String file = DuckDbFile.fileOf(location);
        if (!Files.isRegularFile(Path.of(file))) {
            throw new StoreException(file + ": no such store (run saydo ingest first, or give --db)");
        }
        Properties props = new Properties();
        if (readOnly) {
            props.setProperty("duckdb.read_only", "true");
        }
        Connection c = DuckDbFile.connect(file, props);
        RecordReader reader = new RecordReader(file, c);
        try {
            reader.checkVersion();
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
        return reader;
    }

    private void checkVersion() {
        String v;
        try (PreparedStatement s = connection.prepareStatement("SELECT value FROM meta WHERE key = 'schema_version'");
                ResultSet rs = s.executeQuery()) {
            v = rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new StoreException(file + ": a DuckDB database, but not a Saydo store (no meta table)", e);
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

    /** The JDBC connection, for the analyses of this package. */
    Connection connection() {
        return connection;
    }

    /** The first and last event dates of the whole record (events and dated quotes), or nulls when empty. */
    public LocalDate[] dateRange() {
        try (PreparedStatement s = connection.prepareStatement("SELECT min(d), max(d) FROM (SELECT event_date AS d "
                + "FROM events UNION ALL SELECT quote_date FROM quotes)");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)};
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    StoreException failure(SQLException e) {
        return new StoreException(file + ": cannot query: " + firstLine(e.getMessage()), e);
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** Binds values to a statement in order. */
    static void bind(PreparedStatement s, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            s.setObject(i + 1, values.get(i));
        }
    }

    // ---- shared SQL ----

    /** The CAMEO weights of the ontology as an SQL {@code VALUES} list: {@code (code, goldstein)}. */
    static final String CAMEO_WEIGHTS = CameoOntology.standard().all().stream()
            .map(RecordReader::weightRow).collect(Collectors.joining(", ", "(VALUES ", ") AS cw(code, goldstein)"));

    private static String weightRow(CameoCode c) {
        return "('" + c.code() + "', " + String.format(Locale.ROOT, "%.1f", c.goldstein()) + ")";
    }

    /** SQL: the root of a CAMEO code column as an integer. */
    static String root(String column) {
        return "TRY_CAST(substr(" + column + ", 1, 2) AS INTEGER)";
    }

    /** SQL: whether an integer root column is material (06–09, 15–20). */
    static String material(String root) {
        return "(" + root + " BETWEEN 6 AND 9 OR " + root + " BETWEEN 15 AND 20)";
    }

    /**
     * SQL: how an act counts — {@code 'word'}, {@code 'deed'} or NULL (neither). Deeds: material roots with
     * modality asserted or reported. Words: verbal roots with asserted, reported or intent, and material roots with
     * intent. Hypothetical, negated and background (a reference to a past or ongoing state): neither.
     */
    static String kind(String root, String modality) {
        return "CASE WHEN " + modality + " IN ('hypothetical', 'negated', 'background') OR " + root
                + " IS NULL THEN NULL WHEN "
                + material(root) + " THEN CASE WHEN " + modality + " = 'intent' THEN 'word' ELSE 'deed' END "
                + "ELSE 'word' END";
    }

    /**
     * SQL: the QuadClass an act is counted under, from its root and kind: deeds 2 (06–09) or 4 (15–20); words 1
     * (01–05, and intents of 06–09) or 3 (10–14, and intents of 15–20).
     */
    static String quad(String root, String kind) {
        return "CASE WHEN " + kind + " = 'deed' THEN CASE WHEN " + root + " <= 9 THEN 2 ELSE 4 END "
                + "WHEN " + root + " <= 9 THEN 1 ELSE 3 END";
    }

    /**
     * The filters every analysis shares.
     *
     * @param minSources keep only acts carried by at least this many independent sources (1: all)
     */
    record Filter(String actor, String target, LocalDate from, LocalDate to, int minSources) {

        Filter {
            if (minSources < 1) {
                throw new IllegalArgumentException("minSources < 1: " + minSources);
            }
        }

        Filter(String actor, String target, LocalDate from, LocalDate to) {
            this(actor, target, from, to, 1);
        }
    }

    /**
     * SQL of the acts of an actor: one row per event key (its first report, lowest event id, among the rows that
     * match the filter — the rule of {@code saydo events}) and one row per distinct quote (speaker, text), with
     * columns {@code src} ('event'|'quote'), {@code event_key} (quotes: NULL), {@code qid} (quotes: lowest quote
     * id), {@code d} date, {@code source}, {@code target}, {@code cameo}, {@code r} root, {@code modality},
     * {@code g} Goldstein, {@code kind}, {@code quad}. Rows with neither kind or no date are dropped. A quote whose
     * speech act is already an event (same document, same trigger offset) is dropped (no double count).
     */
    static String acts(Filter f, List<Object> params, boolean withQuotes) {
        List<String> where = new ArrayList<>();
        List<Object> eventParams = new ArrayList<>();
        where.add("e.event_date IS NOT NULL AND e." + PLAUSIBLE);
        if (f.actor() != null) {
            where.add("starts_with(e.source_code, ?)");
            eventParams.add(f.actor());
        }
        if (f.target() != null) {
            where.add("starts_with(e.target_code, ?)");
            eventParams.add(f.target());
        }
        if (f.from() != null) {
            where.add("e.event_date >= ?");
            eventParams.add(f.from());
        }
        if (f.to() != null) {
            where.add("e.event_date <= ?");
            eventParams.add(f.to());
        }
        if (f.minSources() > 1) {
            where.add("e.event_key IN (SELECT r.event_key FROM reports r LEFT JOIN syndication s ON s.doc_id = "
                    + "r.doc_id GROUP BY r.event_key HAVING " + RecordStore.SOURCES + " >= ?)");
            eventParams.add(f.minSources());
        }
        params.addAll(eventParams);
        String ev = "SELECT 'event' AS src, e.event_key, NULL::BIGINT AS qid, arg_min(e.event_date, e.id) AS d, "
                + "arg_min(e.source_code, e.id) AS source, arg_min(e.target_code, e.id) AS target, "
                + "arg_min(e.cameo, e.id) AS cameo, arg_min(e.modality, e.id) AS modality, "
                + "arg_min(e.goldstein, e.id) AS g0 FROM events e WHERE " + String.join(" AND ", where)
                + " GROUP BY e.event_key";
        String all = ev;
        if (withQuotes) {
            List<String> qw = new ArrayList<>();
            qw.add("q.quote_date IS NOT NULL AND q." + PLAUSIBLE);
            if (f.actor() != null) {
                qw.add("starts_with(q.speaker_code, ?)");
                params.add(f.actor());
            }
            if (f.target() != null) {
                qw.add("starts_with(q.target_code, ?)");
                params.add(f.target());
            }
            if (f.from() != null) {
                qw.add("q.quote_date >= ?");
                params.add(f.from());
            }
            if (f.to() != null) {
                qw.add("q.quote_date <= ?");
                params.add(f.to());
            }
            // a quote whose speech act is also an event counts once: an anti-join against the events of the
            // documents that hold such quotes only (a semi-join keeps DuckDB from hashing every event)
            String quoteDocs = "SELECT q.doc_id FROM quotes q WHERE " + String.join(" AND ", qw);
            List<Object> quoteParams = new ArrayList<>(params.subList(params.size() - (qw.size() - 1), params.size()));
            params.addAll(quoteParams);
            // with --min-sources, a quote (speaker, words) counts when the documents that carry it come from
            // enough independent sources, by the events' rule: distinct clusters or distinct publishers
            String sourced = "";
            if (f.minSources() > 1) {
                sourced = " HAVING least(count(DISTINCT coalesce(qs.cluster, q.doc_id)), count(DISTINCT "
                        + "coalesce(qd.outlet, qd.url, q.doc_id))) >= ?";
                params.add(f.minSources());
            }
            all += " UNION ALL SELECT 'quote', NULL, min(q.id), min(q.quote_date), q.speaker_code, "
                    + "arg_min(q.target_code, q.id), arg_min(q.cameo, q.id), arg_min(q.modality, q.id), NULL "
                    + "FROM quotes q LEFT JOIN (SELECT DISTINCT x.doc_id, x.trigger_start, x.sentence FROM events x "
                    + "WHERE x.doc_id IN (" + quoteDocs + ")) x ON x.doc_id = q.doc_id "
                    + "AND x.trigger_start = q.trigger_start AND x.sentence = q.sentence "
                    + (f.minSources() > 1 ? "LEFT JOIN documents qd ON qd.id = q.doc_id LEFT JOIN syndication qs "
                    + "ON qs.doc_id = q.doc_id " : "") + "WHERE x.doc_id IS NULL AND "
                    + String.join(" AND ", qw) + " GROUP BY q.speaker_code, lower(trim(q.quote))" + sourced;
        }
        String r = root("a.cameo");
        String k = kind(r, "a.modality");
        return "SELECT * FROM (SELECT a.src, a.event_key, a.qid, a.d, a.source, a.target, a.cameo, " + r + " AS r, "
                + "a.modality, coalesce(a.g0, cw.goldstein, cr.goldstein) AS g, " + k + " AS kind, "
                + quad(r, k) + " AS quad FROM (" + all + ") a LEFT JOIN " + CAMEO_WEIGHTS + " ON cw.code = a.cameo "
                + "LEFT JOIN " + CAMEO_WEIGHTS.replace(" cw(", " cr(") + " ON cr.code = substr(a.cameo, 1, 2)) "
                + "WHERE kind IS NOT NULL";
    }

    /**
     * The evidence behind events and quotes: for each event key its first report (document, outlet(s), sentence,
     * text) and report count; for each quote id the quote and its sentence.
     */
    public List<Evidence> evidence(List<Long> eventKeys, List<Long> quoteIds) {
        List<Evidence> out = new ArrayList<>();
        try {
            if (!eventKeys.isEmpty()) {
                String sql = "WITH f AS (SELECT * FROM (SELECT e.*, row_number() OVER (PARTITION BY e.event_key "
                        + "ORDER BY e.id) AS rn FROM events e WHERE e.event_key IN (SELECT unnest(?::BIGINT[]))) "
                        + "WHERE rn = 1), r AS (SELECT event_key, count(*) AS n, list(DISTINCT outlet ORDER BY outlet) "
                        + "FILTER (WHERE outlet IS NOT NULL) AS outlets FROM reports WHERE event_key IN "
                        + "(SELECT event_key FROM f) GROUP BY event_key) SELECT f.event_key, f.event_date, f.source_code, "
                        + "f.target_code, f.cameo, f.cameo_name, f.modality, f.goldstein, coalesce(r.n, 0), "
                        + "array_to_string(coalesce(r.outlets, []::VARCHAR[]), ', '), coalesce(d.url, f.doc), "
                        + "f.sentence, coalesce(f.sentence_text, f.trigger_text, '') FROM f LEFT JOIN r ON "
                        + "r.event_key = f.event_key LEFT JOIN documents d ON d.id = f.doc_id ORDER BY f.event_date, "
                        + "f.event_key";
                try (PreparedStatement s = connection.prepareStatement(sql)) {
                    s.setObject(1, connection.createArrayOf("BIGINT", eventKeys.toArray()));
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            out.add(new Evidence("event", rs.getLong(1), null, rs.getObject(2, LocalDate.class),
                                    rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                    (Double) rs.getObject(8), rs.getInt(9), rs.getString(10), rs.getString(11),
                                    (Integer) rs.getObject(12), rs.getString(13)));
                        }
                    }
                }
            }
            if (!quoteIds.isEmpty()) {
                String sql = "SELECT q.id, q.quote_date, q.speaker_code, q.target_code, q.cameo, q.modality, "
                        + "(SELECT count(DISTINCT y.doc_id) FROM quotes y WHERE y.speaker_code = q.speaker_code AND "
                        + "lower(trim(y.quote)) = lower(trim(q.quote))), coalesce(d.outlet, ''), coalesce(d.url, q.doc), "
                        + "q.sentence, q.quote FROM quotes q LEFT JOIN documents d ON d.id = q.doc_id WHERE q.id IN "
                        + "(SELECT unnest(?::BIGINT[])) ORDER BY q.quote_date, q.id";
                try (PreparedStatement s = connection.prepareStatement(sql)) {
                    s.setObject(1, connection.createArrayOf("BIGINT", quoteIds.toArray()));
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            String cameo = rs.getString(5);
                            Double g = CameoOntology.standard().find(cameo).map(CameoCode::goldstein).orElse(null);
                            String name = CameoOntology.standard().find(cameo).map(CameoCode::name).orElse(null);
                            out.add(new Evidence("quote", null, rs.getLong(1), rs.getObject(2, LocalDate.class),
                                    rs.getString(3), rs.getString(4), cameo, name, rs.getString(6), g, rs.getInt(7),
                                    rs.getString(8), rs.getString(9), (Integer) rs.getObject(10), rs.getString(11)));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return out;
    }

    // ---- coverage and support (issue 15) ----

    /**
     * What the record covers: documents per publication day and per outlet (host of the URL when there is no
     * outlet). A record without dated documents (a GDELT import) is covered on the days its events are dated, with
     * the number of events of the day as volume.
     */
    public Coverage coverage() {
        java.util.SortedMap<LocalDate, Long> days = new java.util.TreeMap<>();
        java.util.Map<String, Long> outlets = new java.util.HashMap<>();
        try {
            try (PreparedStatement s = connection.prepareStatement("SELECT published, count(*) FROM documents WHERE "
                    + "published IS NOT NULL GROUP BY published");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    days.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
                }
            }
            if (days.isEmpty()) {
                try (PreparedStatement s = connection.prepareStatement("SELECT event_date, count(*) FROM events WHERE "
                        + "event_date IS NOT NULL GROUP BY event_date");
                        ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        days.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
                    }
                }
                return new Coverage(days, outlets, true);
            }
            try (PreparedStatement s = connection.prepareStatement("SELECT coalesce(outlet, regexp_extract(url, "
                    + "'^[a-z]+://([^/]+)', 1), '-') AS o, count(*) FROM documents WHERE published IS NOT NULL "
                    + "GROUP BY o");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String o = rs.getString(1);
                    outlets.merge(o == null || o.isEmpty() ? "-" : o, rs.getLong(2), Long::sum);
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return new Coverage(days, outlets, false);
    }

    /**
     * What the gap's uncertainty rests on, for the acts of {@code f} per period ({@code trunc}, an SQL expression of
     * the act's date {@code d}), in one pass over the acts:
     * <ul>
     *   <li>{@code weights}: one row per (period, kind, Goldstein weight) with its number of acts (acts without a
     *       weight are left out, as they are from the means);</li>
     *   <li>{@code support}: per period and over all ({@code null} key), the distinct documents that carry the
     *       acts (every report of an event; every document with the same words by the same speaker for a quote) and
     *       the independent sources among them, by {@link RecordStore#SOURCES}: {@code {documents, sources}}.</li>
     * </ul>
     */
    PeriodStats periodStats(Filter f, String trunc) {
        List<Object> params = new ArrayList<>();
        String sql = "WITH a AS MATERIALIZED (SELECT " + trunc + " AS p, * FROM (" + acts(f, params, true) + ")), "
                + "r AS (SELECT a.p, r.doc_id, r.url, r.outlet FROM a JOIN reports r ON r.event_key = a.event_key "
                + "WHERE a.src = 'event' UNION ALL SELECT a.p, y.doc_id, d.url, d.outlet FROM a JOIN quotes q0 "
                + "ON q0.id = a.qid JOIN quotes y ON y.speaker_code = q0.speaker_code AND lower(trim(y.quote)) = "
                + "lower(trim(q0.quote)) LEFT JOIN documents d ON d.id = y.doc_id WHERE a.src = 'quote') "
                + "SELECT 'w' AS t, p, kind, g::DECIMAL(9,2)::DOUBLE AS w, count(*) AS n, NULL::BIGINT AS docs, "
                + "NULL::BIGINT AS src FROM a WHERE g IS NOT NULL GROUP BY p, kind, w "
                + "UNION ALL SELECT 's', CASE WHEN grouping(r.p) = 1 THEN NULL ELSE r.p END, NULL, NULL, NULL, "
                + "count(DISTINCT r.doc_id), " + RecordStore.SOURCES + " FROM r LEFT JOIN syndication s ON "
                + "s.doc_id = r.doc_id GROUP BY GROUPING SETS ((r.p), ())";
        List<WeightCount> weights = new ArrayList<>();
        java.util.Map<LocalDate, long[]> support = new java.util.HashMap<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    LocalDate p = rs.getObject(2, LocalDate.class);
                    if (rs.getString(1).equals("w")) {
                        weights.add(new WeightCount(p, rs.getString(3), rs.getDouble(4), rs.getLong(5)));
                    } else {
                        support.put(p, new long[] {rs.getLong(6), rs.getLong(7)});
                    }
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return new PeriodStats(weights, support);
    }

    /** {@code n} acts of {@code kind} ('word' or 'deed') with weight {@code g} in the period starting {@code period}. */
    record WeightCount(LocalDate period, String kind, double g, long n) {
    }

    /** The result of {@link #periodStats}. */
    record PeriodStats(List<WeightCount> weights, java.util.Map<LocalDate, long[]> support) {
    }

    /** SQL condition on a row's {@code date_basis}: not flagged implausible by the coder (see {@code DateSanity}). */
    static final String PLAUSIBLE = "date_basis IS DISTINCT FROM 'text-implausible'";

    /**
     * The events (by key) and quotes of an actor (source or speaker code prefix) whose date the coder flagged
     * implausible ({@code date_basis} {@code text-implausible}): left out of every time series, counted here.
     */
    public long implausible(String actor) {
        try (PreparedStatement s = connection.prepareStatement("SELECT (SELECT count(DISTINCT event_key) FROM events "
                + "WHERE starts_with(source_code, ?) AND date_basis = 'text-implausible') + (SELECT count(*) FROM "
                + "quotes WHERE starts_with(speaker_code, ?) AND date_basis = 'text-implausible')")) {
            bind(s, List.of(actor, actor));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure(e);
        }
    }
}
