package org.saydo.analysis;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import org.saydo.ontology.CameoCode;
import org.saydo.ontology.CameoOntology;
import org.saydo.store.CameoTable;
import org.saydo.store.RecordStore;

/**
 * A hand-built record for tests: a store created by {@link RecordStore}, filled with plain SQL the way the store
 * writes rows (one event key per real-world event, one event row and one report per document telling it).
 */
final class TestRecord implements AutoCloseable {

    final Path file;
    private final Connection c;
    private long nextKey = 1;
    private long nextId = 1;
    private long nextQuote = 1;
    private int nextDoc = 1;

    TestRecord(Path dir) throws SQLException {
        file = dir.resolve("record.duckdb");
        RecordStore.open(file.toString(), CameoTable.NONE).close();
        c = DriverManager.getConnection("jdbc:duckdb:" + file);
    }

    /** Adds one document published on {@code date} (null: undated) and returns its id; the outlet is {@code outlet}. */
    String doc(String outlet, String date) throws SQLException {
        return doc(outlet, date, null);
    }

    /** As {@link #doc(String, String)}, at {@code url} (null: {@code https://OUTLET/ID}). */
    String doc(String outlet, String date, String url) throws SQLException {
        int n = nextDoc++;
        String id = "doc" + n;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO documents VALUES (?, ?, ?, ?, ?, NULL, ?, "
                + "'text', 5, now()::TIMESTAMP, 'test')")) {
            s.setLong(1, n);
            s.setString(2, id);
            s.setString(3, id + ".txt");
            s.setString(4, url != null ? url : "https://" + outlet + "/" + id);
            s.setString(5, outlet);
            s.setObject(6, date == null ? null : LocalDate.parse(date));
            s.executeUpdate();
        }
        return id;
    }

    /** Adds a real-world event told by one new document; returns its event key. Goldstein from the ontology. */
    long event(String date, String source, String target, String cameo, String modality) throws SQLException {
        return eventPublished(date, date, source, target, cameo, modality);
    }

    /** As {@link #event}, told by a document published on {@code published} (the event dated {@code date}). */
    long eventPublished(String published, String date, String source, String target, String cameo, String modality)
            throws SQLException {
        return eventIn(null, published, date, source, target, cameo, modality);
    }

    /** As {@link #eventPublished}, told by a new document at {@code url} (null: a made-up one). */
    long eventIn(String url, String published, String date, String source, String target, String cameo,
            String modality) throws SQLException {
        long key = nextKey++;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO event_keys VALUES (?, 'saydo', ?, ?, ?, ?, ?)")) {
            s.setLong(1, key);
            s.setString(2, source);
            s.setString(3, target);
            s.setString(4, cameo.substring(0, 2));
            s.setObject(5, LocalDate.parse(date));
            s.setString(6, modality.equals("reported") ? "deed" : modality.equals("asserted") ? "deed" : modality);
            s.executeUpdate();
        }
        report(key, published, date, source, target, cameo, modality, url);
        return key;
    }

    /** Adds one more report (a new document) of event {@code key}. */
    void report(long key, String date, String source, String target, String cameo, String modality)
            throws SQLException {
        report(key, date, date, source, target, cameo, modality, null);
    }

    private void report(long key, String published, String date, String source, String target, String cameo,
            String modality, String url) throws SQLException {
        String doc = doc("outlet" + (nextDoc % 3) + ".example", published, url);
        CameoCode code = CameoOntology.standard().get(cameo);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO events (id, event_key, origin, doc_id, "
                + "source_code, target_code, cameo, cameo_root, cameo_name, quad, goldstein, modality, event_date, "
                + "date_basis, sentence_text, doc, sentence, trigger_text, trigger_start, rule_name, pipeline) "
                + "VALUES (?, ?, 'saydo', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'text', ?, ?, 0, 'w', 0, 'test', 'test')")) {
            s.setLong(1, nextId++);
            s.setLong(2, key);
            s.setString(3, doc);
            s.setString(4, source);
            s.setString(5, target);
            s.setString(6, cameo);
            s.setString(7, cameo.substring(0, 2));
            s.setString(8, code.name());
            s.setInt(9, code.quad());
            s.setDouble(10, code.goldstein());
            s.setString(11, modality);
            s.setObject(12, LocalDate.parse(date));
            s.setString(13, source + " " + code.name() + " " + target + " (key " + key + ")");
            s.setString(14, doc + ".txt");
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO reports SELECT ?, ?, url, outlet FROM documents "
                + "WHERE id = ?")) {
            s.setLong(1, key);
            s.setString(2, doc);
            s.setString(3, doc);
            s.executeUpdate();
        }
    }

    /** Adds a quote in a new document (trigger offset 7, so it is not the speech act of any test event). */
    long quote(String date, String speaker, String target, String cameo, String modality, String text)
            throws SQLException {
        String doc = doc("quotes.example", date);
        long id = nextQuote++;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, ?, true, "
                + "'say', ?, ?, ?, 'text', NULL, ?, ?, 0, 0, 10, 0, 10, 'said', 7, 11, 'test', 'test')")) {
            s.setLong(1, id);
            s.setString(2, doc);
            s.setString(3, speaker);
            s.setString(4, speaker);
            s.setString(5, speaker);
            s.setString(6, target);
            s.setString(7, text);
            s.setString(8, cameo);
            s.setString(9, modality);
            s.setObject(10, LocalDate.parse(date));
            s.setString(11, "\u201c" + text + "\u201d, " + speaker + " said.");
            s.setString(12, doc + ".txt");
            s.executeUpdate();
        }
        return id;
    }

    /** Puts document {@code doc} into the syndication cluster {@code cluster} (a copy of that story). */
    void syndicate(String doc, String cluster) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO syndication VALUES (?, ?)")) {
            s.setString(1, doc);
            s.setString(2, cluster);
            s.executeUpdate();
        }
    }

    /** Marks the first report (lowest event id) of event {@code key} as dated implausibly ({@code text-implausible}). */
    void implausibleFirst(long key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE events SET date_basis = 'text-implausible' WHERE id = "
                + "(SELECT min(id) FROM events WHERE event_key = ?)")) {
            s.setLong(1, key);
            s.executeUpdate();
        }
    }

    /** Marks every report of event {@code key} as dated implausibly by the coder ({@code text-implausible}). */
    void implausible(long key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE events SET date_basis = 'text-implausible' WHERE "
                + "event_key = ?")) {
            s.setLong(1, key);
            s.executeUpdate();
        }
    }

    String db() {
        return file.toString();
    }

    /**
     * Closes the writing connection, so that a reader may open the file, after bringing the per-key summary the
     * analyses read up to date ({@code saydo reindex}: these rows bypassed the store's writes).
     */
    @Override
    public void close() throws SQLException {
        c.close();
        try (RecordStore store = RecordStore.open(file.toString(), CameoTable.NONE)) {
            store.reindex();
        }
    }
}
