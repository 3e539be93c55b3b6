package org.saydo.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.saydo.Version;
import org.saydo.doc.Document;
import org.saydo.record.ActorRef;
import org.saydo.record.CodedDocument;
import org.saydo.record.DateBasis;
import org.saydo.record.Event;
import org.saydo.record.Judgement;
import org.saydo.record.Modality;
import org.saydo.record.Provenance;
import org.saydo.record.Quote;

/**
 * The Parquet tables {@code saydo spark --output DIR} writes ({@code documents}, {@code events}, {@code quotes},
 * {@code reports}, partitioned by month; saydo-spark/README.md), read back as coded documents for
 * {@link Ingester#importCoded}: each document with its events and quotes, in the job's reading order (file, then
 * place in the file), so that the store links, clusters and summarises them as an ingest of the same files does.
 * The job's own event keys are not taken: the store links the events again with its rule (the same rule).
 *
 * <p>DuckDB reads the tables: {@link #open} loads them into an in-memory database (spilling to a temporary
 * directory), so a damaged Parquet file stops the import before anything is written, with DuckDB's message,
 * which names the file. A local file is named by its path ({@code file:/a/b.txt} becomes {@code /a/b.txt}), as
 * {@code saydo ingest} names it; other URIs ({@code hdfs://}, {@code s3a://}) are kept. A document whose rows do
 * not make a coded document (its id is not its text's hash, an offset outside its text) is one bad item naming
 * it; the other documents are read. Not thread-safe: one read at a time.
 */
public final class SparkOutput implements AutoCloseable {

    /** The tables that make a directory a Spark output; {@code failures} is the job's own report. */
    public static final List<String> TABLES = List.of("documents", "events", "quotes", "reports");

    private final Path dir;
    private final Path spill;
    private final Connection connection;

    private SparkOutput(Path dir, Path spill, Connection connection) {
        this.dir = dir;
        this.spill = spill;
        this.connection = connection;
    }

    /**
     * Opens the job's output under {@code dir}: loads its tables, so that every file is read before anything is
     * handed on.
     *
     * @throws StoreException naming the directory and the first table it lacks, or the file DuckDB cannot read
     */
    public static SparkOutput open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (!Files.isDirectory(dir)) {
            throw new StoreException(dir + ": no such directory");
        }
        for (String table : TABLES) {
            if (!Files.isDirectory(dir.resolve(table))) {
                throw new StoreException(dir + ": not the output of saydo spark: no table '" + table + "' (no "
                        + "directory " + dir.resolve(table) + ")");
            }
        }
        Path spill = null;
        Connection c = null;
        try {
            spill = Files.createTempDirectory("saydo-import-");
            c = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement s = c.createStatement()) {
                s.execute("SET temp_directory = '" + sql(spill.toString()) + "'");
                for (String table : List.of("documents", "events", "quotes")) {
                    List<Path> files = parquetFiles(dir, table);
                    String from = files.isEmpty() ? emptyOf(table) : "SELECT * FROM read_parquet(" + list(files)
                            + ", hive_partitioning = true, union_by_name = true)";
                    try {
                        s.execute("CREATE TABLE " + table + " AS " + from);
                    } catch (SQLException e) {
                        throw new StoreException(dir + ": cannot read table '" + table + "': "
                                + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
                    }
                }
                try {
                    s.execute("CREATE TABLE ordered AS SELECT doc_id, doc, url, outlet, date, title, text, "
                            + "sentences, row_number() OVER (ORDER BY file, place, doc_id) AS ord FROM documents");
                } catch (SQLException e) {
                    throw new StoreException(dir + ": table 'documents' has no reading order (columns file, "
                            + "place): written by an older saydo spark; run it again", e);
                }
            }
            return new SparkOutput(dir, spill, c);
        } catch (SQLException | IOException | RuntimeException e) {
            close(c);
            delete(spill);
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException(dir + ": cannot read the Spark output: " + e.getMessage(), e);
        }
    }

    /** Drops the loaded tables. */
    @Override
    public void close() {
        close(connection);
        delete(spill);
    }

    private static void close(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // an in-memory database: nothing is lost
            }
        }
    }

    /**
     * Hands on every document of the output as a {@link SourceItem.Coded} (or a {@link SourceItem.Bad} naming it),
     * in reading order.
     *
     * @throws StoreException when the loaded tables cannot be read
     */
    public void read(Consumer<SourceItem> sink) {
        Objects.requireNonNull(sink, "sink");
        try (Statement ds = connection.createStatement(); Statement es = connection.createStatement();
                Statement qs = connection.createStatement();
                ResultSet docs = ds.executeQuery("SELECT doc_id, doc, url, outlet, date, title, text, sentences, "
                        + "ord FROM ordered ORDER BY ord");
                ResultSet events = es.executeQuery(EVENTS);
                ResultSet quotes = qs.executeQuery(QUOTES)) {
            boolean moreEvents = events.next();
            boolean moreQuotes = quotes.next();
            while (docs.next()) {
                long ord = docs.getLong(9);
                Document d = new Document(docs.getString(1), local(docs.getString(2)), docs.getString(3),
                        docs.getString(4), docs.getString(6), docs.getObject(5, LocalDate.class),
                        docs.getString(7));
                List<Event> es1 = new ArrayList<>();
                List<Quote> qs1 = new ArrayList<>();
                String bad = null;
                for (; moreEvents && events.getLong(1) <= ord; moreEvents = events.next()) {
                    try {
                        if (events.getLong(1) == ord) {
                            es1.add(event(events));
                        }
                    } catch (RuntimeException e) {
                        bad = "a bad row in " + dir.resolve("events") + ": " + e.getMessage();
                    }
                }
                for (; moreQuotes && quotes.getLong(1) <= ord; moreQuotes = quotes.next()) {
                    try {
                        if (quotes.getLong(1) == ord) {
                            qs1.add(quote(quotes));
                        }
                    } catch (RuntimeException e) {
                        bad = "a bad row in " + dir.resolve("quotes") + ": " + e.getMessage();
                    }
                }
                if (bad == null && !Document.idOf(d.text()).equals(d.id())) {
                    bad = "its doc_id " + d.id() + " is not the hash of its text (" + Document.idOf(d.text())
                            + ") in " + dir.resolve("documents");
                }
                sink.accept(bad != null ? new SourceItem.Bad(d.source(), "not imported: " + bad)
                        : new SourceItem.Coded(new CodedDocument(d, docs.getInt(8), es1, qs1)));
            }
        } catch (SQLException e) {
            throw new StoreException(dir + ": cannot read the Spark output: " + e.getMessage(), e);
        }
    }

    /** Events with their document's place in reading order, in the order the coder gave them. */
    private static final String EVENTS = "SELECT o.ord, e.doc_id, e.doc, e.sentence, e.sentence_start, e.sentence_end, "
            + "e.start, e.\"end\", e.trigger, e.trigger_start, e.trigger_end, e.rule, e.pipeline, e.format, "
            + "e.text, e.cameo, e.modality, e.date, e.date_basis, e.date_text, "
            + "e.source.code, e.source.name, e.source.text, e.target.code, e.target.name, e.target.text, "
            + "e.reported_by.code, e.reported_by.name, e.reported_by.text, "
            + "e.judge.verdict, e.judge.score, e.judge.model "
            + "FROM events e JOIN ordered o USING (doc_id) "
            + "ORDER BY o.ord, TRY_CAST(split_part(e.event_id, ':', 2) AS BIGINT), e.sentence, e.start";

    /** Quotes with their document's place in reading order, in the order the coder gave them. */
    private static final String QUOTES = "SELECT o.ord, q.doc_id, q.doc, q.sentence, q.sentence_start, "
            + "q.sentence_end, q.start, q.\"end\", q.trigger, q.trigger_start, q.trigger_end, q.rule, q.pipeline, "
            + "q.format, q.text, q.cameo, q.modality, q.date, q.date_basis, q.date_text, "
            + "q.speaker.code, q.speaker.name, q.speaker.text, q.target.code, q.target.name, q.target.text, "
            + "q.quote, q.direct, q.verb "
            + "FROM quotes q JOIN ordered o USING (doc_id) "
            + "ORDER BY o.ord, TRY_CAST(split_part(q.quote_id, ':', 2) AS BIGINT), q.sentence, q.start";

    private static Provenance provenance(ResultSet rs) throws SQLException {
        int format = rs.getInt(14);
        if (format > Version.FORMAT) {
            throw new IllegalArgumentException("format " + format + "; this Saydo reads at most format "
                    + Version.FORMAT);
        }
        return new Provenance(rs.getString(2), local(rs.getString(3)), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                rs.getInt(7), rs.getInt(8), rs.getString(9), rs.getInt(10), rs.getInt(11), rs.getString(12),
                rs.getString(13));
    }

    private static Event event(ResultSet rs) {
        try {
            String verdict = rs.getString(30);
            Judgement judge = verdict == null ? null : new Judgement(verdict, rs.getDouble(31), rs.getString(32));
            return new Event(actor(rs, 21), actor(rs, 24), rs.getString(16), Modality.parse(rs.getString(17)),
                    actor(rs, 27), rs.getObject(18, LocalDate.class), DateBasis.parse(rs.getString(19)),
                    rs.getString(20), rs.getString(15), provenance(rs), judge);
        } catch (SQLException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static Quote quote(ResultSet rs) {
        try {
            return new Quote(actor(rs, 21), actor(rs, 24), rs.getString(27), rs.getBoolean(28), rs.getString(29),
                    rs.getString(16), Modality.parse(rs.getString(17)), rs.getObject(18, LocalDate.class),
                    DateBasis.parse(rs.getString(19)), rs.getString(20), rs.getString(15), provenance(rs));
        } catch (SQLException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The actor in columns {@code i..i+2} (code, name, text), or null without a code. */
    private static ActorRef actor(ResultSet rs, int i) throws SQLException {
        String code = rs.getString(i);
        return code == null ? null : new ActorRef(code, rs.getString(i + 1), rs.getString(i + 2));
    }

    /** A local file's URI as its path ({@code file:/a/b.txt}, {@code file:///a/b.txt}: {@code /a/b.txt}). */
    static String local(String source) {
        return source == null ? null : source.replaceFirst("^file:(//)?(?=/)", "");
    }

    /** An empty table of the columns the reads name, for a table the job wrote no file of (no rows). */
    private static String emptyOf(String table) {
        String common = "NULL::VARCHAR AS doc_id, NULL::VARCHAR AS doc, NULL::INTEGER AS sentence, "
                + "NULL::INTEGER AS sentence_start, NULL::INTEGER AS sentence_end, NULL::INTEGER AS start, "
                + "NULL::INTEGER AS \"end\", NULL::VARCHAR AS trigger, NULL::INTEGER AS trigger_start, "
                + "NULL::INTEGER AS trigger_end, NULL::VARCHAR AS rule, NULL::VARCHAR AS pipeline, "
                + "NULL::INTEGER AS format, NULL::VARCHAR AS text, NULL::VARCHAR AS cameo, NULL::VARCHAR AS modality, "
                + "NULL::DATE AS date, NULL::VARCHAR AS date_basis, NULL::VARCHAR AS date_text, "
                + "NULL::STRUCT(code VARCHAR, name VARCHAR, text VARCHAR) AS target, ";
        String actor = "NULL::STRUCT(code VARCHAR, name VARCHAR, text VARCHAR)";
        return switch (table) {
            case "events" -> "SELECT " + common + actor + " AS source, " + actor + " AS reported_by, "
                    + "NULL::STRUCT(verdict VARCHAR, score DOUBLE, model VARCHAR) AS judge, "
                    + "NULL::VARCHAR AS event_id WHERE false";
            case "quotes" -> "SELECT " + common + actor + " AS speaker, NULL::VARCHAR AS quote, "
                    + "NULL::BOOLEAN AS direct, NULL::VARCHAR AS verb, NULL::VARCHAR AS quote_id WHERE false";
            default -> throw new IllegalArgumentException(table);
        };
    }

    /** The Parquet files of a table (hidden files and Spark's markers left out), in name order. */
    private static List<Path> parquetFiles(Path dir, String table) {
        try (Stream<Path> walk = Files.walk(dir.resolve(table))) {
            return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".parquet")
                    && !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(dir.resolve(table) + ": " + e.getMessage(), e);
        }
    }

    private static String list(List<Path> files) {
        StringBuilder b = new StringBuilder("[");
        for (Path f : files) {
            b.append(b.length() > 1 ? ", " : "").append('\'').append(sql(f.toString())).append('\'');
        }
        return b.append(']').toString();
    }

    private static String sql(String s) {
        return s.replace("'", "''");
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind costs only disk space
        }
    }
}
