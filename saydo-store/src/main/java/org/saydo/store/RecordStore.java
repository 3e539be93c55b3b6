package org.saydo.store;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.saydo.doc.Document;
import org.saydo.record.ActorRef;
import org.saydo.record.CodedDocument;
import org.saydo.record.Event;
import org.saydo.record.Modality;
import org.saydo.record.Provenance;
import org.saydo.record.Quote;

/**
 * The record: documents, their coded events and quotes, imported GDELT rows, and the links that make N reports
 * of one real-world event one event. Kept in one DuckDB file (default {@value #DEFAULT_FILE}).
 *
 * <p><b>Schema.</b> Version {@value #SCHEMA_VERSION}, kept in table {@code meta} ({@code schema_version}).
 * Opening a store written by a newer schema fails with a message naming the file and both versions; an older
 * one is migrated in place. A file that is not a DuckDB database fails with a message naming the file.
 *
 * <p><b>Writes.</b> Each document (with all its events, quotes and report links) is written in one transaction,
 * and so is each batch of GDELT rows: a process killed at any point leaves whole documents only, and the next
 * run adds the rest. Storing a document whose id is already present changes nothing.
 *
 * <p><b>Ids.</b> Event, quote and event-key ids are assigned in write order (highest + 1), so two runs that
 * write the same documents in the same order produce the same record.
 *
 * <p><b>Threads.</b> One JDBC connection; every public method is {@code synchronized}. Meant for one writer
 * thread, with reads ({@link #contains(String)}) from other threads allowed.
 */
public final class RecordStore implements AutoCloseable {

    /** The schema version this Saydo writes and reads. */
    public static final int SCHEMA_VERSION = 2;

    /** The store file used when none is given. */
    public static final String DEFAULT_FILE = "saydo.duckdb";

    /**
     * Statements that take a store from schema version {@code i + 1} to {@code i + 2}; a new version appends its
     * statements here. Version 2 adds the syndication clusters: {@code syndication} gives each document its
     * cluster (the id of the cluster's first document), {@code syndication_bands} its MinHash band keys
     * ({@link Syndication}); the migration computes them for the documents already stored, in stored order.
     */
    private static final List<List<String>> MIGRATIONS = List.of(List.of(
            "CREATE TABLE syndication (doc_id VARCHAR PRIMARY KEY, cluster VARCHAR NOT NULL)",
            "CREATE TABLE syndication_bands (band_key BIGINT NOT NULL, doc_id VARCHAR NOT NULL)",
            "CREATE INDEX syndication_bands_key ON syndication_bands (band_key)",
            "CREATE INDEX syndication_bands_doc ON syndication_bands (doc_id)"));

    private static final String SCHEMA_1 = """
            CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
            CREATE TABLE documents (
              seq BIGINT NOT NULL, id VARCHAR PRIMARY KEY, source VARCHAR NOT NULL, url VARCHAR, outlet VARCHAR,
              title VARCHAR, published DATE, text VARCHAR NOT NULL, sentences INTEGER NOT NULL,
              ingested_at TIMESTAMP NOT NULL, pipeline VARCHAR);
            CREATE TABLE event_keys (
              event_key BIGINT PRIMARY KEY, origin VARCHAR NOT NULL CHECK (origin IN ('saydo', 'gdelt')),
              source_code VARCHAR, target_code VARCHAR, cameo_root VARCHAR NOT NULL, event_date DATE,
              modality_class VARCHAR NOT NULL);
            CREATE TABLE events (
              id BIGINT PRIMARY KEY, event_key BIGINT NOT NULL,
              origin VARCHAR NOT NULL CHECK (origin IN ('saydo', 'gdelt')),
              doc_id VARCHAR, globaleventid BIGINT,
              source_code VARCHAR, source_name VARCHAR, source_text VARCHAR,
              target_code VARCHAR, target_name VARCHAR, target_text VARCHAR,
              cameo VARCHAR NOT NULL, cameo_root VARCHAR NOT NULL, cameo_name VARCHAR, quad INTEGER,
              goldstein DOUBLE, plover_type VARCHAR, plover_mode VARCHAR, modality VARCHAR NOT NULL,
              reported_by_code VARCHAR, reported_by_name VARCHAR, reported_by_text VARCHAR,
              event_date DATE, date_basis VARCHAR, date_text VARCHAR, sentence_text VARCHAR,
              doc VARCHAR NOT NULL, sentence INTEGER, sentence_start INTEGER, sentence_end INTEGER,
              span_start INTEGER, span_end INTEGER, trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
              rule_name VARCHAR NOT NULL, pipeline VARCHAR, gdelt_row VARCHAR,
              CHECK ((origin = 'saydo' AND doc_id IS NOT NULL AND sentence IS NOT NULL AND globaleventid IS NULL)
                  OR (origin = 'gdelt' AND doc_id IS NULL AND globaleventid IS NOT NULL AND gdelt_row IS NOT NULL)));
            CREATE TABLE quotes (
              id BIGINT PRIMARY KEY, doc_id VARCHAR NOT NULL,
              speaker_code VARCHAR NOT NULL, speaker_name VARCHAR NOT NULL, speaker_text VARCHAR NOT NULL,
              target_code VARCHAR, target_name VARCHAR, target_text VARCHAR,
              quote VARCHAR NOT NULL, direct BOOLEAN NOT NULL, verb VARCHAR NOT NULL, cameo VARCHAR NOT NULL,
              modality VARCHAR NOT NULL, quote_date DATE, date_basis VARCHAR NOT NULL, date_text VARCHAR,
              sentence_text VARCHAR NOT NULL, doc VARCHAR NOT NULL, sentence INTEGER NOT NULL,
              sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL, span_start INTEGER NOT NULL,
              span_end INTEGER NOT NULL, trigger_text VARCHAR NOT NULL, trigger_start INTEGER NOT NULL,
              trigger_end INTEGER NOT NULL, rule_name VARCHAR NOT NULL, pipeline VARCHAR NOT NULL);
            CREATE TABLE reports (event_key BIGINT NOT NULL, doc_id VARCHAR, url VARCHAR, outlet VARCHAR);
            CREATE INDEX events_doc ON events (doc_id);
            CREATE INDEX events_key ON events (event_key);
            CREATE INDEX events_gdelt ON events (globaleventid);
            CREATE INDEX reports_key ON reports (event_key);
            CREATE INDEX quotes_doc ON quotes (doc_id);
            """;

    private static final String INSERT_EVENT = "INSERT INTO events (id, event_key, origin, doc_id, globaleventid, "
            + "source_code, source_name, source_text, target_code, target_name, target_text, cameo, cameo_root, "
            + "cameo_name, quad, goldstein, plover_type, plover_mode, modality, reported_by_code, reported_by_name, "
            + "reported_by_text, event_date, date_basis, date_text, sentence_text, doc, sentence, sentence_start, "
            + "sentence_end, span_start, span_end, trigger_text, trigger_start, trigger_end, rule_name, pipeline, "
            + "gdelt_row) VALUES (" + "?, ".repeat(37) + "?)";

    private static final String INSERT_QUOTE = "INSERT INTO quotes VALUES (" + "?, ".repeat(27) + "?)";

    private final String name;
    private final Connection connection;
    private final CameoTable cameo;
    private long nextSeq;
    private long nextEventId;
    private long nextKey;
    private long nextQuoteId;

    private RecordStore(String name, Connection connection, CameoTable cameo) {
        this.name = name;
        this.connection = connection;
        this.cameo = cameo;
    }

    /**
     * Opens (creating if needed) the store at {@code location}: a file name, or {@code jdbc:duckdb:FILE}. Other
     * JDBC URLs (a PostgreSQL store for teams) are reserved and fail with a clear message for now.
     *
     * @param cameo names, QuadClass, Goldstein and PLOVER columns for the CAMEO codes written
     * @throws StoreException naming the file when it is not a DuckDB database, was written by a newer schema,
     *                        or cannot be opened
     */
    public static RecordStore open(String location, CameoTable cameo) {
        return open(StoreLocation.parse(location), cameo);
    }

    /**
     * Opens (creating if needed) the store at {@code location}.
     *
     * @throws StoreException as {@link #open(String, CameoTable)}
     */
    public static RecordStore open(StoreLocation location, CameoTable cameo) {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(cameo, "cameo");
        String file = location.file();
        Connection connection = DuckDbFile.connect(file, new Properties());
        RecordStore store = new RecordStore(file, connection, cameo);
        try {
            store.prepareSchema();
            store.loadCounters();
        } catch (SQLException | RuntimeException e) {
            store.close();
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException(file + ": cannot open the store: " + firstLine(e.getMessage()), e);
        }
        return store;
    }

    /** The file this store is kept in. */
    public String file() {
        return name;
    }

    private void prepareSchema() throws SQLException {
        boolean hasMeta;
        boolean hasTables;
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FILTER (WHERE table_name = 'meta'), count(*) "
                        + "FROM information_schema.tables WHERE table_schema = 'main'")) {
            rs.next();
            hasMeta = rs.getLong(1) > 0;
            hasTables = rs.getLong(2) > 0;
        }
        if (!hasMeta) {
            if (hasTables) {
                throw new StoreException(name + ": a DuckDB database, but not a Saydo store (no meta table)");
            }
            transaction(() -> {
                try (Statement s = connection.createStatement()) {
                    for (String statement : SCHEMA_1.split(";")) {
                        if (!statement.isBlank()) {
                            s.execute(statement);
                        }
                    }
                }
                setVersion(1);
                return null;
            });
        }
        int version = version();
        if (version > SCHEMA_VERSION) {
            throw new StoreException(name + " was written by schema version " + version + "; this Saydo knows at most "
                    + SCHEMA_VERSION);
        }
        while (version < SCHEMA_VERSION) {
            int from = version;
            transaction(() -> {
                try (Statement s = connection.createStatement()) {
                    for (String statement : MIGRATIONS.get(from - 1)) {
                        s.execute(statement);
                    }
                }
                if (from + 1 == 2) {
                    clusterAll();
                }
                setVersion(from + 1);
                return null;
            });
            version++;
        }
    }

    /** Assigns every stored document its syndication cluster, in stored order (the migration to version 2). */
    private void clusterAll() throws SQLException {
        List<String[]> documents = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, seq FROM documents ORDER BY seq")) {
            while (rs.next()) {
                documents.add(new String[] {rs.getString(1), Long.toString(rs.getLong(2))});
            }
        }
        for (String[] d : documents) {
            String text;
            try (PreparedStatement s = connection.prepareStatement("SELECT text FROM documents WHERE id = ?")) {
                s.setString(1, d[0]);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    text = rs.getString(1);
                }
            }
            assignCluster(d[0], Long.parseLong(d[1]), text);
        }
    }

    /**
     * Puts a document into a syndication cluster: the cluster of the most similar document stored before it
     * (lower {@code seq}) among those MinHash proposes, when their shingles' Jaccard similarity is at least
     * {@link Syndication#THRESHOLD} (ties: the earliest); else a cluster of its own, named by its id. Depends
     * only on the documents stored before it, so a recode in stored order gives what a fresh ingest gives.
     */
    private void assignCluster(String docId, long seq, String text) throws SQLException {
        long[] shingles = Syndication.shingles(text);
        long[] keys = Syndication.bandKeys(shingles);
        String cluster = docId;
        if (keys.length > 0) {
            double best = Syndication.THRESHOLD;
            String sql = "SELECT d.id, d.text, s.cluster FROM documents d JOIN syndication s ON s.doc_id = d.id "
                    + "WHERE d.seq < ? AND d.id IN (SELECT doc_id FROM syndication_bands WHERE band_key IN ("
                    + String.join(", ", java.util.Collections.nCopies(keys.length, "?")) + ")) ORDER BY d.seq";
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                s.setLong(1, seq);
                for (int i = 0; i < keys.length; i++) {
                    s.setLong(i + 2, keys[i]);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        double jaccard = Syndication.jaccard(shingles, Syndication.shingles(rs.getString(2)));
                        if (jaccard > best || (jaccard == best && cluster.equals(docId))) {
                            best = jaccard;
                            cluster = rs.getString(3);
                        }
                    }
                }
            }
            try (PreparedStatement s = connection.prepareStatement("INSERT INTO syndication_bands VALUES "
                    + String.join(", ", java.util.Collections.nCopies(keys.length, "(?, ?)")))) {
                for (int i = 0; i < keys.length; i++) {
                    s.setLong(2 * i + 1, keys[i]);
                    s.setString(2 * i + 2, docId);
                }
                s.executeUpdate();
            }
        }
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO syndication VALUES (?, ?)")) {
            bind(s, docId, cluster);
            s.executeUpdate();
        }
    }

    /** The syndication cluster of a stored document (the id of the cluster's first document), if stored. */
    public synchronized Optional<String> cluster(String docId) {
        Objects.requireNonNull(docId, "docId");
        try (PreparedStatement s = connection.prepareStatement("SELECT cluster FROM syndication WHERE doc_id = ?")) {
            s.setString(1, docId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    private int version() throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            s.setString(1, "schema_version");
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException(name + ": a Saydo store without a schema_version in its meta table");
                }
                try {
                    return Integer.parseInt(rs.getString(1));
                } catch (NumberFormatException e) {
                    throw new StoreException(name + ": bad schema_version '" + rs.getString(1) + "'");
                }
            }
        }
    }

    private void setVersion(int version) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")) {
            s.setString(1, "schema_version");
            s.setString(2, Integer.toString(version));
            s.executeUpdate();
        }
    }

    private void loadCounters() throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT (SELECT coalesce(max(seq), 0) FROM documents), "
                        + "(SELECT coalesce(max(id), 0) FROM events), (SELECT coalesce(max(event_key), 0) FROM "
                        + "event_keys), (SELECT coalesce(max(id), 0) FROM quotes)")) {
            rs.next();
            nextSeq = rs.getLong(1) + 1;
            nextEventId = rs.getLong(2) + 1;
            nextKey = rs.getLong(3) + 1;
            nextQuoteId = rs.getLong(4) + 1;
        }
    }

    /** Whether a document with this content id is stored. */
    public synchronized boolean contains(String docId) {
        Objects.requireNonNull(docId, "docId");
        try {
            return containsInternal(docId);
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    private boolean containsInternal(String docId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT 1 FROM documents WHERE id = ?")) {
            s.setString(1, docId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * What a write did.
     *
     * @param added false when everything was already stored
     * @param events events written
     * @param quotes quotes written
     */
    public record Stored(boolean added, int events, int quotes) {
        static final Stored UNCHANGED = new Stored(false, 0, 0);
    }

    /**
     * Stores one coded document with its events (each linked to an event key by {@code rule}), quotes and
     * report links, in one transaction. A document already stored (same content id) changes nothing.
     */
    public synchronized Stored store(CodedDocument coded, LinkRule rule) {
        Objects.requireNonNull(coded, "coded");
        Objects.requireNonNull(rule, "rule");
        Document d = coded.document();
        return transaction(() -> {
            if (containsInternal(d.id())) {
                return Stored.UNCHANGED;
            }
            long seq = nextSeq++;
            try (PreparedStatement s = connection.prepareStatement(
                    "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(s, seq, d.id(), d.source(), d.url(), d.outlet(), d.title(), d.published(), d.text(),
                        coded.sentences(), LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS), pipelineOf(coded));
                s.executeUpdate();
            }
            assignCluster(d.id(), seq, d.text());
            writeCoding(coded, rule);
            return new Stored(true, coded.events().size(), coded.quotes().size());
        });
    }

    /**
     * Replaces the coding of a stored document (after a dictionary change): its events, quotes and report links
     * are deleted, event keys left without events are dropped, and the new coding is written and linked, all in
     * one transaction. Throws when the document is not stored.
     */
    public synchronized Stored recode(CodedDocument coded, LinkRule rule) {
        Objects.requireNonNull(coded, "coded");
        Objects.requireNonNull(rule, "rule");
        String id = coded.document().id();
        return transaction(() -> {
            if (!containsInternal(id)) {
                throw new StoreException(name + ": document " + id + " is not in the store");
            }
            List<Long> keys = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement(
                    "SELECT DISTINCT event_key FROM events WHERE doc_id = ?")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        keys.add(rs.getLong(1));
                    }
                }
            }
            for (String sql : List.of("DELETE FROM events WHERE doc_id = ?", "DELETE FROM quotes WHERE doc_id = ?",
                    "DELETE FROM reports WHERE doc_id = ?", "DELETE FROM syndication WHERE doc_id = ?",
                    "DELETE FROM syndication_bands WHERE doc_id = ?")) {
                try (PreparedStatement s = connection.prepareStatement(sql)) {
                    s.setString(1, id);
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s = connection.prepareStatement("DELETE FROM event_keys WHERE event_key = ? "
                    + "AND NOT EXISTS (SELECT 1 FROM events WHERE event_key = ?)")) {
                for (long key : keys) {
                    bind(s, key, key);
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s = connection.prepareStatement(
                    "UPDATE documents SET sentences = ?, pipeline = ? WHERE id = ?")) {
                bind(s, coded.sentences(), pipelineOf(coded), id);
                s.executeUpdate();
            }
            long seq;
            String text;
            try (PreparedStatement s = connection.prepareStatement("SELECT seq, text FROM documents WHERE id = ?")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    seq = rs.getLong(1);
                    text = rs.getString(2);
                }
            }
            assignCluster(id, seq, text);
            writeCoding(coded, rule);
            return new Stored(true, coded.events().size(), coded.quotes().size());
        });
    }

    private static String pipelineOf(CodedDocument coded) {
        if (!coded.events().isEmpty()) {
            return coded.events().get(0).provenance().pipeline();
        }
        return coded.quotes().isEmpty() ? null : coded.quotes().get(0).provenance().pipeline();
    }

    private void writeCoding(CodedDocument coded, LinkRule rule) throws SQLException {
        Document d = coded.document();
        String outlet = outletOf(d.outlet(), d.url());
        try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT);
                PreparedStatement insertKey = connection.prepareStatement(INSERT_KEY);
                PreparedStatement addReport = connection.prepareStatement(ADD_REPORT);
                PreparedStatement candidates = connection.prepareStatement(CANDIDATES)) {
            for (Event e : coded.events()) {
                Provenance p = e.provenance();
                LinkRule.Anchor anchor = new LinkRule.Anchor(e.source().code(), code(e.target()),
                        LinkRule.root(e.cameo()), e.date(), LinkRule.modalityClass(e.modality()));
                Optional<Long> found = findKey(candidates, anchor, rule);
                long key = found.isPresent() ? found.get() : newKey(insertKey, "saydo", anchor);
                Optional<CameoTable.CodeInfo> info = cameo.describe(e.cameo());
                bind(insert, nextEventId++, key, "saydo", d.id(), null,
                        e.source().code(), e.source().name(), e.source().text(),
                        code(e.target()), e.target() == null ? null : e.target().name(),
                        e.target() == null ? null : e.target().text(),
                        e.cameo(), anchor.root(), info.map(CameoTable.CodeInfo::name).orElse(null),
                        info.map(CameoTable.CodeInfo::quad).orElse(null),
                        info.map(CameoTable.CodeInfo::goldstein).orElse(null),
                        info.map(i -> emptyToNull(i.ploverType())).orElse(null),
                        info.map(i -> emptyToNull(i.ploverMode())).orElse(null),
                        e.modality().label(), code(e.reportedBy()),
                        e.reportedBy() == null ? null : e.reportedBy().name(),
                        e.reportedBy() == null ? null : e.reportedBy().text(),
                        e.date(), e.dateBasis().label(), e.dateText(), e.text(), p.doc(), p.sentence(),
                        p.sentenceStart(), p.sentenceEnd(), p.start(), p.end(), p.trigger(), p.triggerStart(),
                        p.triggerEnd(), p.rule(), p.pipeline(), null);
                insert.executeUpdate();
                bind(addReport, key, d.id(), d.url(), outlet, key, d.id());
                addReport.executeUpdate();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_QUOTE)) {
            for (Quote q : coded.quotes()) {
                Provenance p = q.provenance();
                bind(insert, nextQuoteId++, d.id(), q.speaker().code(), q.speaker().name(), q.speaker().text(),
                        code(q.target()), q.target() == null ? null : q.target().name(),
                        q.target() == null ? null : q.target().text(), q.quote(), q.direct(), q.verb(), q.cameo(),
                        q.modality().label(), q.date(), q.dateBasis().label(), q.dateText(), q.text(), p.doc(),
                        p.sentence(), p.sentenceStart(), p.sentenceEnd(), p.start(), p.end(), p.trigger(),
                        p.triggerStart(), p.triggerEnd(), p.rule(), p.pipeline());
                insert.executeUpdate();
            }
        }
    }

    private static final String CANDIDATES = "SELECT event_key, source_code, target_code, event_date FROM event_keys "
            + "WHERE origin = 'saydo' AND cameo_root = ? AND modality_class = ? AND event_date BETWEEN ? AND ? "
            + "ORDER BY event_key";

    /** The event key an event links to by {@code rule} ({@link LinkRule#choose}: the closest in date, then the oldest). */
    private Optional<Long> findKey(PreparedStatement s, LinkRule.Anchor event, LinkRule rule) throws SQLException {
        if (event.date() == null) {
            return Optional.empty();
        }
        bind(s, event.root(), event.modalityClass(), event.date().minusDays(rule.mergeDays()),
                    event.date().plusDays(rule.mergeDays()));
        List<Long> ids = new ArrayList<>();
        List<LinkRule.Anchor> keys = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
                keys.add(new LinkRule.Anchor(rs.getString(2), rs.getString(3), event.root(),
                        rs.getObject(4, LocalDate.class), event.modalityClass()));
            }
        }
        int best = rule.choose(event, keys);
        return best < 0 ? Optional.empty() : Optional.of(ids.get(best));
    }

    private long newKey(PreparedStatement insertKey, String origin, LinkRule.Anchor anchor) throws SQLException {
        long key = nextKey++;
        bind(insertKey, key, origin, anchor.source(), anchor.target(), anchor.root(), anchor.date(),
                anchor.modalityClass());
        insertKey.executeUpdate();
        return key;
    }

    private static final String INSERT_KEY = "INSERT INTO event_keys VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String ADD_REPORT = "INSERT INTO reports SELECT ?, ?, ?, ? WHERE NOT EXISTS "
            + "(SELECT 1 FROM reports WHERE event_key = ? AND doc_id = ?)";

    /**
     * What a GDELT import did.
     *
     * @param added rows written
     * @param unchanged rows already stored (same GLOBALEVENTID)
     */
    public record Imported(int added, int unchanged) {
    }

    /**
     * Imports GDELT rows as events of origin {@code gdelt}, in one transaction. Each new row gets its own event
     * key (GDELT rows are never merged with each other or with Saydo's events) and one report: its SOURCEURL.
     * A row whose GLOBALEVENTID is stored already changes nothing.
     */
    public synchronized Imported importGdelt(List<GdeltEvent> rows) {
        Objects.requireNonNull(rows, "rows");
        return transaction(() -> {
            int added = 0;
            List<Object> ids = new ArrayList<>();
            for (GdeltEvent row : rows) {
                ids.add(row.globalEventId());
            }
            java.util.Set<Long> stored = new java.util.HashSet<>();
            if (!ids.isEmpty()) {
                try (PreparedStatement exists = connection.prepareStatement("SELECT globaleventid FROM events WHERE "
                        + "globaleventid IN (" + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")")) {
                    bind(exists, ids.toArray());
                    try (ResultSet rs = exists.executeQuery()) {
                        while (rs.next()) {
                            stored.add(rs.getLong(1));
                        }
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT);
                    PreparedStatement insertKey = connection.prepareStatement(INSERT_KEY);
                    PreparedStatement addReport = connection.prepareStatement(
                            "INSERT INTO reports VALUES (?, ?, ?, ?)")) {
                for (GdeltEvent row : rows) {
                    if (!stored.add(row.globalEventId())) {
                        continue;
                    }
                    String code = row.eventCode();
                    LinkRule.Anchor anchor = new LinkRule.Anchor(row.actor1Code(), row.actor2Code(),
                            LinkRule.root(code), row.date(), LinkRule.modalityClass(Modality.ASSERTED));
                    long key = newKey(insertKey, "gdelt", anchor);
                    Optional<CameoTable.CodeInfo> info = cameo.describe(code);
                    String url = row.sourceUrl();
                    bind(insert, nextEventId++, key, "gdelt", null, row.globalEventId(),
                            row.actor1Code(), row.actor1Name(), null, row.actor2Code(), row.actor2Name(), null,
                            code, anchor.root(), info.map(CameoTable.CodeInfo::name).orElse(null), row.quadClass(),
                            row.goldstein(), info.map(i -> emptyToNull(i.ploverType())).orElse(null),
                            info.map(i -> emptyToNull(i.ploverMode())).orElse(null), Modality.ASSERTED.label(),
                            null, null, null, row.date(), null, null, null, url == null ? row.where() : url,
                            null, null, null, null, null, null, null, null, row.where(), null, row.line());
                    insert.executeUpdate();
                    bind(addReport, key, null, url, outletOf(null, url));
                    addReport.executeUpdate();
                    added++;
                }
            }
            return new Imported(added, rows.size() - added);
        });
    }

    /**
     * Documents in the order they were stored, {@code limit} at a time after sequence number {@code afterSeq}
     * (0 for the first page). Each entry carries its sequence number for the next call.
     */
    public synchronized List<StoredDocument> documents(long afterSeq, int limit) {
        List<StoredDocument> page = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT seq, id, source, url, outlet, title, "
                + "published, text FROM documents WHERE seq > ? ORDER BY seq LIMIT ?")) {
            bind(s, afterSeq, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    page.add(new StoredDocument(rs.getLong(1), new Document(rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                            rs.getString(8))));
                }
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
        return page;
    }

    /**
     * A stored document with its place in the store's order.
     *
     * @param seq the order in which it was stored, from 1
     * @param document the document
     */
    public record StoredDocument(long seq, Document document) {
    }

    /**
     * Counts of what is stored.
     *
     * @param documents documents
     * @param events event keys (real-world events)
     * @param reports event rows (one per report of an event)
     * @param quotes quotes
     */
    public record Counts(long documents, long events, long reports, long quotes) {
    }

    /** Counts of what is stored. */
    public synchronized Counts counts() {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM "
                        + "event_keys), (SELECT count(*) FROM events), (SELECT count(*) FROM quotes)")) {
            rs.next();
            return new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** Runs an SQL statement that the benchmark and tests use to fill a store in bulk. Not for user input. */
    synchronized void executeTrusted(String sql) {
        transaction(() -> {
            try (Statement s = connection.createStatement()) {
                s.execute(sql);
            }
            loadCounters();
            return null;
        });
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T transaction(Work<T> work) {
        long[] counters = {nextSeq, nextEventId, nextKey, nextQuoteId};
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                connection.rollback();
                nextSeq = counters[0];
                nextEventId = counters[1];
                nextKey = counters[2];
                nextQuoteId = counters[3];
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException(name + ": cannot " + what + ": " + firstLine(e.getMessage()), e);
    }

    private static void bind(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
    }

    private static String code(ActorRef actor) {
        return actor == null ? null : actor.code();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** The outlet of a report: the one given, else the URL's host without {@code www.}, else null. */
    public static String outletOf(String outlet, String url) {
        if (outlet != null && !outlet.isBlank()) {
            return outlet.strip();
        }
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    @Override
    public String toString() {
        return "RecordStore[" + name + ", schema " + SCHEMA_VERSION + "]";
    }
}
