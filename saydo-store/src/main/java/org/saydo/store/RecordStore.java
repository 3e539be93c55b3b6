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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.saydo.doc.Document;
import org.saydo.record.ActorRef;
import org.saydo.record.CodedDocument;
import org.saydo.record.Event;
import org.saydo.record.Modality;
import org.saydo.record.Provenance;
import org.saydo.record.Quote;

/**
 * The record: documents, their coded events and quotes, imported GDELT rows, and the links that make N reports
 * of one real-world event one event. Kept in one DuckDB file (default {@value #DEFAULT_FILE}) or in a PostgreSQL
 * database shared by a team ({@link StoreLocation}); what differs between the two is in {@link Dialect}.
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
 *
 * <p><b>Processes.</b> A DuckDB file is written by one process at a time. On PostgreSQL several processes may
 * write one record at once (two {@code saydo ingest}, a {@code saydo serve}): their write transactions take turns
 * on the record's lock, and each reads the ids, stored documents and event keys the others committed before it,
 * so nothing is lost or written twice and linking sees every earlier report.
 */
public final class RecordStore implements AutoCloseable {

    /** The schema version this Saydo writes and reads. */
    public static final int SCHEMA_VERSION = 6;

    /** The store file used when none is given. */
    public static final String DEFAULT_FILE = "saydo.duckdb";

    /**
     * Statements that take a store from schema version {@code i + 1} to {@code i + 2}; a new version appends its
     * statements here. Version 2 adds the syndication clusters: {@code syndication} gives each document its
     * cluster (the id of the cluster's first document), {@code syndication_bands} its MinHash band keys
     * ({@link Syndication}); the migration computes them for the documents already stored, in stored order.
     * Version 3 adds the narratives ({@link StoredNarratives}): {@code narrative_labels} holds each labelled
     * document's labels ({@code Other} at both levels when none; a document without rows was not labelled),
     * {@code narrative_claims} the sentences that carry them, with offsets, score and speaker; both record the
     * model's version. Version 4 adds the per-key summary ({@link ActSummary}: {@code event_acts},
     * {@code quote_acts}, {@code act_summary}), computed for the whole record by the migration and kept by every
     * write after it. Version 5 adds {@code claims}: per labelled document its claim sentences (quotes, reported
     * speech, opinion; {@link StoredNarratives.ClaimSentence}) with offsets, speaker and sentence vector (Base64 of
     * little-endian floats, {@link StoredNarratives#encode}) and the sentence model's name; the migration adds none
     * (a document labelled before has no rows until {@code recode}; {@code narratives discover --db} takes such a
     * document's quote sentences and embeds them). Version 6 carries in {@code event_acts} what a citation of the key
     * shows (its first report's document, sentence, text and CAMEO name; the key's reports and outlets: {@link
     * ActSummary#CITATIONS}), filled for the stored keys by the migration and kept by every write after it.
     */
    private static final List<List<String>> MIGRATIONS = List.of(List.of(
            "CREATE TABLE syndication (doc_id VARCHAR PRIMARY KEY, cluster VARCHAR NOT NULL)",
            "CREATE TABLE syndication_bands (band_key BIGINT NOT NULL, doc_id VARCHAR NOT NULL)",
            "CREATE INDEX syndication_bands_key ON syndication_bands (band_key)",
            "CREATE INDEX syndication_bands_doc ON syndication_bands (doc_id)"), List.of(
            "CREATE TABLE narrative_labels (doc_id VARCHAR NOT NULL, label VARCHAR NOT NULL, "
                    + "narrative VARCHAR NOT NULL, subnarrative BOOLEAN NOT NULL, model VARCHAR NOT NULL, "
                    + "PRIMARY KEY (doc_id, label, subnarrative))",
            "CREATE TABLE narrative_claims (doc_id VARCHAR NOT NULL, label VARCHAR NOT NULL, "
                    + "narrative VARCHAR NOT NULL, sentence INTEGER NOT NULL, sentence_start INTEGER NOT NULL, "
                    + "sentence_end INTEGER NOT NULL, sentence_text VARCHAR NOT NULL, score DOUBLE NOT NULL, "
                    + "speaker_code VARCHAR, speaker_name VARCHAR, speaker_text VARCHAR, model VARCHAR NOT NULL)",
            "CREATE INDEX narrative_claims_doc ON narrative_claims (doc_id)"),
            ActSummary.SCHEMA, List.of(
            "CREATE TABLE claims (doc_id VARCHAR NOT NULL, sentence INTEGER NOT NULL, sentence_start INTEGER NOT NULL, "
                    + "sentence_end INTEGER NOT NULL, sentence_text VARCHAR NOT NULL, kind VARCHAR NOT NULL, "
                    + "speaker_code VARCHAR, speaker_name VARCHAR, speaker_text VARCHAR, vector VARCHAR, "
                    + "embedder VARCHAR, model VARCHAR NOT NULL, PRIMARY KEY (doc_id, sentence))"),
            ActSummary.CITATIONS);

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

    private final String name;
    private final StoreLocation location;
    private final Dialect dialect;
    private final Connection connection;
    private final CameoTable cameo;
    /** Whether the schema is created and current (so the counters can be read). */
    private boolean schemaReady;
    /** Rows this store has written, and the count at which it next refreshes the engine's statistics. */
    private long written;
    private long analyzeAt = ANALYZE_FIRST;
    private long nextSeq;
    private long nextEventId;
    private long nextKey;
    private long nextQuoteId;
    /** Statements prepared once for the life of the connection (the write path runs them for every document). */
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    /** What the running transaction has read for its writes and the rows it has decided, or null. */
    private WriteBatch batch;
    /** Shingles of recently stored documents, by id (a document's text never changes): syndication candidates. */
    private final Map<String, long[]> shingleCache = new java.util.LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, long[]> eldest) {
            return size() > 20_000;
        }
    };
    /** Event keys written, re-linked or dropped by the running transaction. */
    private final Set<Long> touched = new HashSet<>();
    /** Documents whose quotes were written by the running transaction. */
    private final Set<String> touchedQuoteDocs = new HashSet<>();
    /** Quote groups (speaker, normalised words) whose quotes the running transaction deleted. */
    private final List<String> deletedQuoteSpeakers = new ArrayList<>();
    private final List<String> deletedQuoteWords = new ArrayList<>();

    /** Closed for the length of each COMMIT against this process's reads of the file: {@link CommitGate}. */
    private final java.util.concurrent.locks.ReentrantReadWriteLock gate;

    private RecordStore(StoreLocation location, Connection connection, CameoTable cameo) {
        this.gate = CommitGate.of(location);
        this.name = location.toString();
        this.location = location;
        this.dialect = location.dialect();
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
        String file = location.toString();
        Connection connection = location.dialect().connect(location, false);
        RecordStore store = new RecordStore(location, connection, cameo);
        try {
            store.prepareSchema();
            store.schemaReady = true;
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

    /** The file this store is kept in, or its PostgreSQL URL without password (for messages). */
    public String file() {
        return name;
    }

    /** Where this store is kept (for a reader beside this writer). */
    public StoreLocation location() {
        return location;
    }

    /**
     * Creates the schema in an empty database (schema) and migrates an older one, each step in one transaction
     * under the writers' lock: of two processes that open a new PostgreSQL record at once, one creates it and the
     * other finds it created.
     */
    private void prepareSchema() throws SQLException {
        transaction(() -> {
            boolean hasMeta;
            boolean hasTables;
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FILTER (WHERE table_name = 'meta'), count(*) "
                            + "FROM information_schema.tables WHERE table_schema = current_schema()")) {
                rs.next();
                hasMeta = rs.getLong(1) > 0;
                hasTables = rs.getLong(2) > 0;
            }
            if (!hasMeta) {
                if (hasTables) {
                    throw new StoreException(name + ": a " + dialect.engine() + " database, but not a Saydo store "
                            + "(no meta table)");
                }
                try (Statement s = connection.createStatement()) {
                    for (String statement : SCHEMA_1.split(";")) {
                        if (!statement.isBlank()) {
                            s.execute(statement);
                        }
                    }
                }
                setVersion(1);
            }
            return null;
        });
        int version = version();
        if (version > SCHEMA_VERSION) {
            throw new StoreException(name + " was written by schema version " + version + "; this Saydo knows at most "
                    + SCHEMA_VERSION);
        }
        while (version < SCHEMA_VERSION) {
            int from = version;
            transaction(() -> {
                if (version() != from) {
                    return null; // another process migrated this step while this one waited for the lock
                }
                try (Statement s = connection.createStatement()) {
                    for (String statement : MIGRATIONS.get(from - 1)) {
                        s.execute(statement);
                    }
                }
                if (from + 1 == 2) {
                    clusterAll();
                }
                if (from + 1 == 4) {
                    ActSummary.rebuild(connection, false); // the columns of version 6 are filled by its migration
                }
                setVersion(from + 1);
                return null;
            });
            version++;
        }
    }

    /** Assigns every stored document its syndication cluster, in stored order (the migration to version 2). */
    private void clusterAll() throws SQLException {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        Map<String, Long> seqs = new HashMap<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, seq, text FROM documents ORDER BY seq")) {
            while (rs.next()) {
                texts.put(rs.getString(1), rs.getString(3));
                seqs.put(rs.getString(1), rs.getLong(2));
            }
        }
        batch = WriteBatch.read(connection, shingleCache, texts, List.of(), 0);
        for (Map.Entry<String, String> d : texts.entrySet()) {
            batch.cluster(d.getKey(), seqs.get(d.getKey()), d.getValue());
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
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
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
        PreparedStatement s = prepared("SELECT 1 FROM documents WHERE id = ?");
        s.setString(1, docId);
        try (ResultSet rs = s.executeQuery()) {
            return rs.next();
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
     *
     * @throws StoreException when the document cannot be written; nothing of it is then stored
     */
    public synchronized Stored store(CodedDocument coded, LinkRule rule) {
        return store(coded, rule, null);
    }

    /**
     * Stores one coded document as {@link #store(CodedDocument, LinkRule)}, with its narratives (or none, when
     * {@code narratives} is null) in the same transaction.
     */
    public synchronized Stored store(CodedDocument coded, LinkRule rule, StoredNarratives narratives) {
        Objects.requireNonNull(coded, "coded");
        Objects.requireNonNull(rule, "rule");
        return transaction(() -> {
            batch = readBatch(List.of(coded), rule);
            return storeIn(coded, rule, narratives);
        });
    }

    /**
     * Replaces the coding of a stored document (after a dictionary change): its events, quotes and report links
     * are deleted, event keys left without events are dropped, and the new coding is written and linked, all in
     * one transaction. Throws when the document is not stored.
     */
    public synchronized Stored recode(CodedDocument coded, LinkRule rule) {
        return recode(coded, rule, null);
    }

    /**
     * Replaces the coding of a stored document as {@link #recode(CodedDocument, LinkRule)}; when
     * {@code narratives} is not null its narratives are replaced too, in the same transaction (when null, the
     * narratives stored stay).
     */
    public synchronized Stored recode(CodedDocument coded, LinkRule rule, StoredNarratives narratives) {
        Objects.requireNonNull(coded, "coded");
        Objects.requireNonNull(rule, "rule");
        return transaction(() -> recodeIn(coded, rule, narratives));
    }

    /**
     * What writing one document of a batch did.
     *
     * @param document the document
     * @param stored what was written, or null when the document failed
     * @param failure why nothing of the document was written ({@code not stored: reason}), or null
     */
    public record Written(CodedDocument document, Stored stored, String failure) {

        public Written {
            Objects.requireNonNull(document, "document");
            if ((stored == null) == (failure == null)) {
                throw new IllegalArgumentException("exactly one of stored and failure: " + stored + ", " + failure);
            }
        }
    }

    /**
     * Stores documents as {@link #store} does each, in one transaction: the batch's documents become visible to
     * readers together, at the commit. Still all-or-nothing per document: when a document fails mid-write the
     * transaction is rolled back and the documents are written again one transaction each, so the failing
     * document leaves nothing of itself and the others are stored as if it had never been there. A failure of
     * the store itself (the file can no longer be written) is thrown.
     *
     * @return one entry per document, in order
     * @throws StoreException when the store cannot be written at all
     */
    public synchronized List<Written> storeAll(List<CodedDocument> documents, LinkRule rule) {
        return storeAll(documents, rule, Map.of());
    }

    /**
     * Stores documents as {@link #storeAll(List, LinkRule)}, each with its narratives ({@code narratives} by
     * document id; a document without an entry gets none) in its document's transaction.
     */
    public synchronized List<Written> storeAll(List<CodedDocument> documents, LinkRule rule,
            Map<String, StoredNarratives> narratives) {
        return writeAll(documents, rule, narratives, false);
    }

    /** Re-codes stored documents as {@link #recode} does each, batched as {@link #storeAll} is. */
    public synchronized List<Written> recodeAll(List<CodedDocument> documents, LinkRule rule) {
        return recodeAll(documents, rule, Map.of());
    }

    /**
     * Re-codes stored documents as {@link #recodeAll(List, LinkRule)}; a document with an entry in
     * {@code narratives} (by document id) has its narratives replaced too, the others keep theirs.
     */
    public synchronized List<Written> recodeAll(List<CodedDocument> documents, LinkRule rule,
            Map<String, StoredNarratives> narratives) {
        return writeAll(documents, rule, narratives, true);
    }

    private List<Written> writeAll(List<CodedDocument> documents, LinkRule rule,
            Map<String, StoredNarratives> narratives, boolean recode) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(narratives, "narratives");
        List<CodedDocument> docs = List.copyOf(documents);
        if (docs.size() > 1) {
            try {
                return transaction(() -> {
                    List<Written> out = new ArrayList<>(docs.size());
                    if (!recode) {
                        batch = readBatch(docs, rule);
                    }
                    for (CodedDocument d : docs) {
                        StoredNarratives n = narratives.get(d.document().id());
                        out.add(new Written(d, recode ? recodeIn(d, rule, n) : storeIn(d, rule, n), null));
                    }
                    return out;
                });
            } catch (StoreException e) {
                requireWritable(e);
            }
        }
        List<Written> out = new ArrayList<>(docs.size());
        for (CodedDocument d : docs) {
            try {
                StoredNarratives n = narratives.get(d.document().id());
                out.add(new Written(d, transaction(() -> {
                    if (recode) {
                        return recodeIn(d, rule, n);
                    }
                    batch = readBatch(List.of(d), rule);
                    return storeIn(d, rule, n);
                }), null));
            } catch (StoreException e) {
                requireWritable(e);
                out.add(new Written(d, null, "not stored: " + firstLine(e.getCause() != null
                        ? e.getCause().getMessage() : e.getMessage())));
            }
        }
        return out;
    }

    /**
     * After a failed write: returns when the store still answers (the failure was the document's), else throws
     * {@code failure}, so a broken file or a full disk stops a run instead of failing every document after it.
     */
    private void requireWritable(StoreException failure) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
            rs.next();
        } catch (SQLException e) {
            failure.addSuppressed(e);
            throw failure;
        }
    }

    /** Reads what storing these documents needs (see {@link WriteBatch#read}). */
    private WriteBatch readBatch(List<CodedDocument> docs, LinkRule rule) throws SQLException {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        List<LinkRule.Anchor> anchors = new ArrayList<>();
        for (CodedDocument d : docs) {
            texts.put(d.document().id(), d.document().text());
            for (Event e : d.events()) {
                anchors.add(anchor(e));
            }
        }
        return WriteBatch.read(connection, shingleCache, texts, anchors, rule.mergeDays());
    }

    private static LinkRule.Anchor anchor(Event e) {
        return new LinkRule.Anchor(e.source().code(), code(e.target()), LinkRule.root(e.cameo()), e.date(),
                LinkRule.modalityClass(e.modality()));
    }

    /** Stages a document of the running batch, unless it is stored (or staged) already. */
    private Stored storeIn(CodedDocument coded, LinkRule rule, StoredNarratives narratives) throws SQLException {
        Document d = coded.document();
        if (batch.contains(d.id())) {
            return Stored.UNCHANGED;
        }
        long seq = nextSeq++;
        batch.document(seq, d, coded.sentences(), pipelineOf(coded));
        batch.cluster(d.id(), seq, d.text());
        writeCoding(coded, rule);
        writeNarratives(d.id(), narratives);
        return new Stored(true, coded.events().size(), coded.quotes().size());
    }

    private Stored recodeIn(CodedDocument coded, LinkRule rule, StoredNarratives narratives) throws SQLException {
        String id = coded.document().id();
        flushBatch();
        if (!containsInternal(id)) {
            throw new StoreException(name + ": document " + id + " is not in the store");
        }
        List<Long> keys = new ArrayList<>();
        PreparedStatement select = prepared("SELECT DISTINCT event_key FROM events WHERE doc_id = ?");
        select.setString(1, id);
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                keys.add(rs.getLong(1));
            }
        }
        touched.addAll(keys);
        for (String[] group : ActSummary.groupsOf(connection, id)) {
            deletedQuoteSpeakers.add(group[0]);
            deletedQuoteWords.add(group[1]);
        }
        for (String sql : List.of("DELETE FROM events WHERE doc_id = ?", "DELETE FROM quotes WHERE doc_id = ?",
                "DELETE FROM reports WHERE doc_id = ?", "DELETE FROM syndication WHERE doc_id = ?",
                "DELETE FROM syndication_bands WHERE doc_id = ?")) {
            PreparedStatement s = prepared(sql);
            s.setString(1, id);
            s.executeUpdate();
        }
        PreparedStatement dropKey = prepared("DELETE FROM event_keys WHERE event_key = ? "
                + "AND NOT EXISTS (SELECT 1 FROM events WHERE event_key = ?)");
        for (long key : keys) {
            bind(dropKey, key, key);
            dropKey.executeUpdate();
        }
        PreparedStatement update = prepared("UPDATE documents SET sentences = ?, pipeline = ? WHERE id = ?");
        bind(update, coded.sentences(), pipelineOf(coded), id);
        update.executeUpdate();
        long seq;
        String text;
        PreparedStatement read = prepared("SELECT seq, text FROM documents WHERE id = ?");
        read.setString(1, id);
        try (ResultSet rs = read.executeQuery()) {
            rs.next();
            seq = rs.getLong(1);
            text = rs.getString(2);
        }
        batch = readBatch(List.of(coded), rule);
        batch.cluster(id, seq, text);
        writeCoding(coded, rule);
        if (narratives != null) {
            for (String sql : List.of("DELETE FROM narrative_labels WHERE doc_id = ?",
                    "DELETE FROM narrative_claims WHERE doc_id = ?", "DELETE FROM claims WHERE doc_id = ?")) {
                PreparedStatement s = prepared(sql);
                s.setString(1, id);
                s.executeUpdate();
            }
            writeNarratives(id, narratives);
        }
        return new Stored(true, coded.events().size(), coded.quotes().size());
    }

    /**
     * Writes a document's narratives in the running transaction, a statement a row: the driver's
     * {@code executeBatch} opens a transaction of its own, which the store's explicit BEGIN refuses.
     */
    private void writeNarratives(String docId, StoredNarratives narratives) throws SQLException {
        if (narratives == null) {
            return;
        }
        try (PreparedStatement labels = connection.prepareStatement(
                "INSERT INTO narrative_labels VALUES (?, ?, ?, ?, ?)");
                PreparedStatement claims = connection.prepareStatement(
                        "INSERT INTO narrative_claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (StoredNarratives.Label l : narratives.labels()) {
                bind(labels, docId, l.label(), l.narrative(), l.subnarrative(), narratives.model());
                labels.executeUpdate();
            }
            for (StoredNarratives.Claim c : narratives.claims()) {
                ActorRef sp = c.speaker();
                bind(claims, docId, c.label(), c.narrative(), c.sentence(), c.start(), c.end(), c.text(), c.score(),
                        sp == null ? null : sp.code(), sp == null ? null : sp.name(), sp == null ? null : sp.text(),
                        narratives.model());
                claims.executeUpdate();
            }
        }
        if (narratives.claimSentences().isEmpty()) {
            return;
        }
        try (PreparedStatement said = connection.prepareStatement(
                "INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (StoredNarratives.ClaimSentence c : narratives.claimSentences()) {
                ActorRef sp = c.speaker();
                float[] v = c.vector();
                bind(said, docId, c.sentence(), c.start(), c.end(), c.text(), c.kind().toString(),
                        sp == null ? null : sp.code(), sp == null ? null : sp.name(), sp == null ? null : sp.text(),
                        v == null ? null : StoredNarratives.encode(v), v == null ? null : narratives.embedder(),
                        narratives.model());
                said.executeUpdate();
            }
        }
    }

    private static String pipelineOf(CodedDocument coded) {
        if (!coded.events().isEmpty()) {
            return coded.events().get(0).provenance().pipeline();
        }
        return coded.quotes().isEmpty() ? null : coded.quotes().get(0).provenance().pipeline();
    }

    /** Stages a document's events (each joined to an event key by {@code rule}), report links and quotes. */
    private void writeCoding(CodedDocument coded, LinkRule rule) {
        Document d = coded.document();
        String outlet = outletOf(d.outlet(), d.url());
        Set<Long> reported = new HashSet<>();
        for (Event e : coded.events()) {
            Provenance p = e.provenance();
            LinkRule.Anchor anchor = anchor(e);
            Long found = batch.findKey(anchor, rule);
            long key;
            if (found != null) {
                key = found;
            } else {
                key = nextKey++;
                batch.newKey(key, anchor);
            }
            touched.add(key);
            Optional<CameoTable.CodeInfo> info = cameo.describe(e.cameo());
            batch.stage("events", nextEventId++, key, "saydo", d.id(), null,
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
            if (reported.add(key)) {
                batch.stage("reports", key, d.id(), d.url(), outlet);
            }
        }
        touchedQuoteDocs.add(d.id());
        for (Quote q : coded.quotes()) {
            Provenance p = q.provenance();
            batch.stage("quotes", nextQuoteId++, d.id(), q.speaker().code(), q.speaker().name(), q.speaker().text(),
                    code(q.target()), q.target() == null ? null : q.target().name(),
                    q.target() == null ? null : q.target().text(), q.quote(), q.direct(), q.verb(), q.cameo(),
                    q.modality().label(), q.date(), q.dateBasis().label(), q.dateText(), q.text(), p.doc(),
                    p.sentence(), p.sentenceStart(), p.sentenceEnd(), p.start(), p.end(), p.trigger(),
                    p.triggerStart(), p.triggerEnd(), p.rule(), p.pipeline());
        }
    }

    /** Writes the running batch's staged rows (before SQL that must see them, and before the commit). */
    private void flushBatch() throws SQLException {
        if (batch != null) {
            written += batch.flush();
        }
    }

    /** Rows written before the first refresh of the engine's statistics. */
    private static final long ANALYZE_FIRST = 1_000;

    /**
     * Refreshes the engine's statistics of the record ({@link Dialect#analyze}) when this store has written as many
     * rows again as at the last refresh (1,000, 2,000, 4,000, ...: a few times per run, more often while a record is
     * young and its statistics change most), before the summary's queries that the planner plans by them.
     */
    private void analyzeWhenGrown() throws SQLException {
        if (written >= analyzeAt) {
            dialect.analyze(connection, RECORD_TABLES);
            analyzeAt = 2 * written;
        }
    }

    /**
     * What a GDELT import did.
     *
     * @param added rows written
     * @param unchanged rows already stored (same GLOBALEVENTID)
     */
    public record Imported(int added, int unchanged) {
    }

    /**
     * Imports GDELT rows as events of origin {@code gdelt}, in one transaction, written in bulk. Each
     * new row gets its own event key (GDELT rows are never merged with each other or with Saydo's events) and one
     * report: its SOURCEURL. A row whose GLOBALEVENTID is stored already (or comes twice) changes nothing.
     */
    public synchronized Imported importGdelt(List<GdeltEvent> rows) {
        Objects.requireNonNull(rows, "rows");
        return transaction(() -> {
            java.util.Set<Long> stored = new java.util.HashSet<>();
            if (!rows.isEmpty()) {
                // this query also opens a DuckDB transaction: an appender alone would write outside it
                PreparedStatement exists = prepared("SELECT globaleventid FROM events WHERE globaleventid IN "
                        + "(SELECT unnest(?::BIGINT[]))");
                exists.setObject(1, connection.createArrayOf("BIGINT",
                        rows.stream().map(GdeltEvent::globalEventId).toArray()));
                try (ResultSet rs = exists.executeQuery()) {
                    while (rs.next()) {
                        stored.add(rs.getLong(1));
                    }
                }
            }
            int added = 0;
            List<Object[]> keys = new ArrayList<>();
            List<Object[]> events = new ArrayList<>();
            List<Object[]> reports = new ArrayList<>();
            for (GdeltEvent row : rows) {
                if (!stored.add(row.globalEventId())) {
                    continue;
                }
                String code = row.eventCode();
                LinkRule.Anchor anchor = new LinkRule.Anchor(row.actor1Code(), row.actor2Code(),
                        LinkRule.root(code), row.date(), LinkRule.modalityClass(Modality.ASSERTED));
                long key = nextKey++;
                touched.add(key);
                keys.add(new Object[] {key, "gdelt", anchor.source(), anchor.target(), anchor.root(), anchor.date(),
                        anchor.modalityClass()});
                Optional<CameoTable.CodeInfo> info = cameo.describe(code);
                String url = row.sourceUrl();
                events.add(new Object[] {nextEventId++, key, "gdelt", null, row.globalEventId(),
                        row.actor1Code(), row.actor1Name(), null, row.actor2Code(), row.actor2Name(), null,
                        code, anchor.root(), info.map(CameoTable.CodeInfo::name).orElse(null), row.quadClass(),
                        row.goldstein(), info.map(i -> emptyToNull(i.ploverType())).orElse(null),
                        info.map(i -> emptyToNull(i.ploverMode())).orElse(null), Modality.ASSERTED.label(),
                        null, null, null, row.date(), null, null, null, url == null ? row.where() : url,
                        null, null, null, null, null, null, null, null, row.where(), null, row.line()});
                reports.add(new Object[] {key, null, url, outletOf(null, url)});
                added++;
            }
            dialect.insert(connection, "event_keys", keys);
            dialect.insert(connection, "events", events);
            dialect.insert(connection, "reports", reports);
            written += keys.size() + events.size() + reports.size();
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

    /** The record's tables, in the order {@link #copyFrom} fills them (its schema version's, without {@code meta}). */
    private static final List<String> RECORD_TABLES = List.of("documents", "syndication", "syndication_bands",
            "event_keys", "events", "reports", "quotes", "narrative_labels", "narrative_claims", "event_acts",
            "quote_acts", "act_summary", "claims");

    /** Rows read from the source per bulk write of {@link #copyFrom}. */
    private static final int COPY_ROWS = 10_000;

    /**
     * Copies a whole record — another DuckDB file or PostgreSQL database, read through {@code source} — into this
     * store, which must be empty, in one transaction ({@code saydo import}): every table of the schema row for row,
     * ids, event keys, links, clusters, narratives and summary as they are, so the copy answers every query as the
     * source does. A failure leaves this store empty.
     *
     * @return the counts of the copy
     * @throws StoreException when this store is not empty, or either record cannot be read or written
     */
    public synchronized Counts copyFrom(RecordReader source) {
        Objects.requireNonNull(source, "source");
        return transaction(() -> {
            Counts before = counts();
            if (before.documents() > 0 || before.reports() > 0 || before.quotes() > 0) {
                throw new StoreException(name + ": not empty (" + before.documents() + " documents, " + before.reports()
                        + " events): import copies a whole record into a new one; give another --db");
            }
            for (String table : RECORD_TABLES) {
                List<String> columns = new ArrayList<>();
                try (Statement s = connection.createStatement();
                        ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        columns.add(rs.getMetaData().getColumnName(i));
                    }
                }
                source.read(c -> {
                    try (Statement s = c.createStatement();
                            ResultSet rs = s.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table)) {
                        int n = columns.size();
                        List<Object[]> rows = new ArrayList<>();
                        while (rs.next()) {
                            Object[] row = new Object[n];
                            for (int i = 0; i < n; i++) {
                                row[i] = value(rs, i + 1, rs.getMetaData().getColumnType(i + 1));
                            }
                            rows.add(row);
                            if (rows.size() == COPY_ROWS) {
                                dialect.insert(connection, table, rows);
                                rows.clear();
                            }
                        }
                        dialect.insert(connection, table, rows);
                    }
                    return null;
                });
            }
            dialect.analyze(connection, RECORD_TABLES);
            loadCounters();
            return counts();
        });
    }

    /** A column's value as the bulk writers take it (null, String, Long, Integer, Double, Boolean, dates). */
    private static Object value(ResultSet rs, int i, int type) throws SQLException {
        Object v = switch (type) {
            case java.sql.Types.BIGINT -> rs.getLong(i);
            case java.sql.Types.INTEGER, java.sql.Types.SMALLINT, java.sql.Types.TINYINT -> rs.getInt(i);
            case java.sql.Types.DOUBLE, java.sql.Types.FLOAT, java.sql.Types.REAL -> rs.getDouble(i);
            case java.sql.Types.BOOLEAN, java.sql.Types.BIT -> rs.getBoolean(i);
            case java.sql.Types.DATE -> rs.getObject(i, LocalDate.class);
            case java.sql.Types.TIMESTAMP -> rs.getObject(i, LocalDateTime.class);
            default -> rs.getString(i);
        };
        return rs.wasNull() ? null : v;
    }

    /**
     * Recomputes the per-key summary ({@link ActSummary}) of the whole record from its events and quotes, in one
     * transaction ({@code saydo reindex}): for a record written by a tool that bypassed the store, or to check it.
     *
     * @return the summary's rows: event acts, quote acts, summary rows
     */
    public synchronized long[] reindex() {
        return transaction(() -> {
            ActSummary.rebuild(connection);
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM event_acts), (SELECT count(*) FROM "
                            + "quote_acts), (SELECT count(*) FROM act_summary)")) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
            }
        });
    }

    /** Words and deeds per period from the per-key summary: see {@link ActSummary#periods}. */
    public synchronized List<ActSummary.PeriodCounts> wordsAndDeeds(String actor, String target, ActSummary.Period by,
            LocalDate from, LocalDate to) {
        return ActSummary.periods(connection, actor, target, by, from, to);
    }

    /** Runs an SQL query for tests and returns its rows. Not for user input. */
    synchronized List<List<Object>> rowsTrusted(String sql) {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
        } catch (SQLException e) {
            throw failure("query", e);
        }
        return rows;
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
            closeStatements();
            connection.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }

    /** Write transactions committed through this object; see {@link #commits()}. */
    private final java.util.concurrent.atomic.AtomicLong commits = new java.util.concurrent.atomic.AtomicLong();

    /**
     * A number that grows with every write transaction this object commits (ingest, recode, import, reindex): a
     * result read while it had one value is current as long as it keeps that value (the desk keeps pages and
     * aggregates under it, as the record's version). Counted after the commit, so a read that sees the new value sees the write. Not
     * synchronized: readers ask while a write runs.
     */
    public long commits() {
        return commits.get();
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction, begun and ended with explicit statements, and first takes the
     * writers' lock ({@link Dialect#lockWriters}; on PostgreSQL the counters are then read again, as another
     * process may have written). DuckDB: explicit statements because the JDBC driver's own
     * transactions (auto-commit off) keep a flag that a failed {@code COMMIT} leaves set, after which no statement
     * of the connection runs in a transaction again. A failed commit rolls the transaction back (DuckDB's rule),
     * and so does any failure of {@code work}; the counters return to where they were.
     */
    /** How often a transaction refused for a concurrent conflict is run again before its failure is reported. */
    private static final int CONFLICT_ATTEMPTS = 6;

    /**
     * Runs {@code work} in one transaction, as {@link #attempt} does, and runs it again (after 10, 20, 40 ... ms)
     * when the database refused it for a conflict with another transaction rather than for anything in the
     * documents: DuckDB refuses to commit a transaction that writes a summary row again while a reader's older
     * snapshot still sees that row ("write-write conflict"), which the desk's readers make likely beside an
     * ingest. The work is rolled back completely before it runs again, so a retry never writes anything twice.
     */
    private <T> T transaction(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(work);
            } catch (StoreException e) {
                if (attempt >= CONFLICT_ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
                try {
                    Thread.sleep(10L << (attempt - 1));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Whether a failed write was refused for a conflict between transactions (worth running again). */
    static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("write-write conflict") || m.contains("Conflict on tuple"))) {
                return true;
            }
        }
        return false;
    }

    private <T> T attempt(Work<T> work) {
        long[] counters = {nextSeq, nextEventId, nextKey, nextQuoteId};
        forgetTouched();
        try {
            control("BEGIN TRANSACTION");
            try {
                if (dialect.lockWriters(connection) && schemaReady) {
                    loadCounters(); // another process may have written since this one's last transaction
                }
                T result = work.run();
                flushBatch();
                analyzeWhenGrown();
                ActSummary.refresh(connection, touched, touchedQuoteDocs, deletedQuoteSpeakers, deletedQuoteWords);
                commit();
                commits.incrementAndGet();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    control("ROLLBACK");
                } catch (SQLException notActive) {
                    e.addSuppressed(notActive); // a failed COMMIT has ended the transaction already
                }
                closeStatements(); // DuckDB closes a statement that failed; prepare them all afresh
                nextSeq = counters[0];
                nextEventId = counters[1];
                nextKey = counters[2];
                nextQuoteId = counters[3];
                throw e;
            } finally {
                forgetTouched();
            }
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    /** COMMIT, with this process's reads of the file held back while it runs ({@link CommitGate}). */
    private void commit() throws SQLException {
        if (gate == null) {
            control("COMMIT");
            return;
        }
        gate.writeLock().lock();
        try {
            control("COMMIT");
        } finally {
            gate.writeLock().unlock();
        }
    }

    private void control(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private void forgetTouched() {
        batch = null;
        touched.clear();
        touchedQuoteDocs.clear();
        deletedQuoteSpeakers.clear();
        deletedQuoteWords.clear();
    }

    private void closeStatements() throws SQLException {
        for (PreparedStatement s : statements.values()) {
            s.close();
        }
        statements.clear();
    }

    /** The statement for {@code sql}, prepared on first use and kept until {@link #close()}. */
    private PreparedStatement prepared(String sql) throws SQLException {
        PreparedStatement s = statements.get(sql);
        if (s == null || s.isClosed()) {
            s = connection.prepareStatement(sql);
            statements.put(sql, s);
        }
        return s;
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
