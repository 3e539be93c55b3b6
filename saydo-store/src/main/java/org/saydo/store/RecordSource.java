package org.saydo.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.saydo.doc.Document;
import org.saydo.record.ActorRef;
import org.saydo.record.CodedDocument;
import org.saydo.record.DateBasis;
import org.saydo.record.Event;
import org.saydo.record.Modality;
import org.saydo.record.Provenance;
import org.saydo.record.Quote;

/**
 * Another record read back as what was stored into it: each document, in the order it was stored, with its
 * events, quotes and narratives (labels, evidence, claim sentences with their vectors) ({@link SourceItem.Coded}, narratives kept as they are), then its imported GDELT
 * rows ({@link SourceItem.GdeltRows}, as read from their export). {@link Ingester#importCoded} stores them into a
 * record that may already hold some of them ({@code saydo import} into a record that is not empty): the documents
 * and rows it holds are skipped, the others are linked against what it holds. Reads a page of documents at a time.
 * Not thread-safe.
 */
public final class RecordSource {

    /** Documents read per page. */
    private static final int PAGE = 200;

    /** GDELT rows handed on per transaction. */
    private static final int GDELT_ROWS = 1_000;

    private final RecordReader source;

    /** @param source the record read */
    public RecordSource(RecordReader source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Hands on every document of the record, then its GDELT rows. */
    public void read(Consumer<SourceItem> sink) {
        Objects.requireNonNull(sink, "sink");
        long after = 0;
        while (true) {
            long from = after;
            Page page = source.read(c -> page(c, from));
            if (page.items().isEmpty()) {
                break;
            }
            page.items().forEach(sink);
            after = page.last();
        }
        long afterId = -1;
        while (true) {
            long from = afterId;
            List<Object[]> rows = source.read(c -> rows(c, "SELECT id, rule_name, gdelt_row FROM "
                    + "events WHERE origin = 'gdelt' AND id > ? ORDER BY id LIMIT " + GDELT_ROWS, from));
            if (rows.isEmpty()) {
                break;
            }
            List<GdeltEvent> events = new ArrayList<>();
            for (Object[] r : rows) {
                events.add(GdeltEvent.parse((String) r[1], (String) r[2]));
            }
            sink.accept(new SourceItem.GdeltRows(events));
            afterId = ((Number) rows.get(rows.size() - 1)[0]).longValue();
        }
    }

    /** A page of documents and the place in the source of its last. */
    private record Page(List<SourceItem> items, long last) {
    }

    private static List<Object[]> rows(Connection c, String sql, long after) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, after);
            try (ResultSet rs = s.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static Page page(Connection c, long after) throws SQLException {
        List<Object[]> docs = rows(c, "SELECT seq, id, source, url, outlet, title, published, text, "
                + "sentences FROM documents WHERE seq > ? ORDER BY seq LIMIT " + PAGE, after);
        if (docs.isEmpty()) {
            return new Page(List.of(), after);
        }
        long last = ((Number) docs.get(docs.size() - 1)[0]).longValue();
        Map<String, List<Event>> events = new HashMap<>();
        Map<String, List<Quote>> quotes = new HashMap<>();
        Map<String, List<StoredNarratives.Label>> labels = new HashMap<>();
        Map<String, String> models = new HashMap<>();
        Map<String, List<StoredNarratives.Claim>> claims = new HashMap<>();
        String inPage = " JOIN documents d ON d.id = x.doc_id WHERE d.seq > ? AND d.seq <= ? ";
        try (PreparedStatement s = c.prepareStatement("SELECT x.doc_id, x.doc, x.sentence, x.sentence_start, "
                + "x.sentence_end, x.span_start, x.span_end, x.trigger_text, x.trigger_start, x.trigger_end, "
                + "x.rule_name, x.pipeline, x.sentence_text, x.cameo, x.modality, x.event_date, x.date_basis, "
                + "x.date_text, x.source_code, x.source_name, x.source_text, x.target_code, x.target_name, "
                + "x.target_text, x.reported_by_code, x.reported_by_name, x.reported_by_text FROM events x"
                + inPage + "AND x.origin = 'saydo' ORDER BY x.id")) {
            bind(s, after, last);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    events.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Event(actor(rs, 19),
                            actor(rs, 22), rs.getString(14), Modality.parse(rs.getString(15)), actor(rs, 25),
                            rs.getObject(16, LocalDate.class), DateBasis.parse(rs.getString(17)), rs.getString(18),
                            rs.getString(13), provenance(rs)));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT x.doc_id, x.doc, x.sentence, x.sentence_start, "
                + "x.sentence_end, x.span_start, x.span_end, x.trigger_text, x.trigger_start, x.trigger_end, "
                + "x.rule_name, x.pipeline, x.sentence_text, x.cameo, x.modality, x.quote_date, x.date_basis, "
                + "x.date_text, x.speaker_code, x.speaker_name, x.speaker_text, x.target_code, x.target_name, "
                + "x.target_text, x.quote, x.direct, x.verb FROM quotes x" + inPage + "ORDER BY x.id")) {
            bind(s, after, last);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    quotes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Quote(actor(rs, 19),
                            actor(rs, 22), rs.getString(25), rs.getBoolean(26), rs.getString(27), rs.getString(14),
                            Modality.parse(rs.getString(15)), rs.getObject(16, LocalDate.class),
                            DateBasis.parse(rs.getString(17)), rs.getString(18), rs.getString(13), provenance(rs)));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT x.doc_id, x.label, x.narrative, x.subnarrative, "
                + "x.model FROM narrative_labels x" + inPage + "ORDER BY d.seq, x.subnarrative, x.label")) {
            bind(s, after, last);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    labels.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(
                            new StoredNarratives.Label(rs.getString(2), rs.getString(3), rs.getBoolean(4)));
                    models.put(rs.getString(1), rs.getString(5));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT x.doc_id, x.label, x.narrative, x.sentence, "
                + "x.sentence_start, x.sentence_end, x.sentence_text, x.score, x.speaker_code, x.speaker_name, "
                + "x.speaker_text FROM narrative_claims x" + inPage
                + "ORDER BY d.seq, x.sentence, x.label, x.score")) {
            bind(s, after, last);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    claims.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new StoredNarratives.Claim(
                            rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                            rs.getString(7), rs.getDouble(8), actor(rs, 9)));
                }
            }
        }
        Map<String, List<StoredNarratives.ClaimSentence>> said = new HashMap<>();
        Map<String, String> embedders = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT x.doc_id, x.sentence, x.sentence_start, "
                + "x.sentence_end, x.sentence_text, x.kind, x.speaker_code, x.speaker_name, x.speaker_text, x.vector, "
                + "x.embedder FROM claims x" + inPage + "ORDER BY d.seq, x.sentence")) {
            bind(s, after, last);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String vector = rs.getString(10);
                    said.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(
                            new StoredNarratives.ClaimSentence(rs.getInt(2), rs.getInt(3), rs.getInt(4),
                                    rs.getString(5), StoredNarratives.Kind.valueOf(rs.getString(6).toUpperCase(
                                    java.util.Locale.ROOT)), actor(rs, 7),
                                    vector == null ? null : StoredNarratives.decode(vector)));
                    if (rs.getString(11) != null) {
                        embedders.put(rs.getString(1), rs.getString(11));
                    }
                }
            }
        }
        List<SourceItem> page = new ArrayList<>();
        for (Object[] d : docs) {
            String id = (String) d[1];
            Document doc = new Document(id, (String) d[2], (String) d[3], (String) d[4], (String) d[5],
                    date(d[6]), (String) d[7]);
            CodedDocument coded = new CodedDocument(doc, ((Number) d[8]).intValue(),
                    events.getOrDefault(id, List.of()), quotes.getOrDefault(id, List.of()));
            StoredNarratives narratives = labels.containsKey(id) ? new StoredNarratives(models.get(id),
                    labels.get(id), claims.getOrDefault(id, List.of()), embedders.get(id),
                    said.getOrDefault(id, List.of())) : null;
            page.add(new SourceItem.Coded(coded, false, narratives));
        }
        return new Page(page, last);
    }

    /** A DATE as JDBC's getObject gives it (java.sql.Date, or LocalDate). */
    private static LocalDate date(Object v) {
        return v == null ? null : v instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) v;
    }

    private static void bind(PreparedStatement s, long after, long last) throws SQLException {
        s.setLong(1, after);
        s.setLong(2, last);
    }

    private static Provenance provenance(ResultSet rs) throws SQLException {
        return new Provenance(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getInt(9), rs.getInt(10), rs.getString(11),
                rs.getString(12));
    }

    /** The actor in columns {@code i..i+2} (code, name, text), or null without a code. */
    private static ActorRef actor(ResultSet rs, int i) throws SQLException {
        String code = rs.getString(i);
        return code == null ? null : new ActorRef(code, rs.getString(i + 1), rs.getString(i + 2));
    }
}
