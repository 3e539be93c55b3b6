package org.saydo.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Every read of the record's narratives ({@code narrative_labels}, {@code narrative_claims}, written with the
 * documents: {@link RecordStore#store(org.saydo.record.CodedDocument, LinkRule, StoredNarratives)}), through the
 * connections of a {@link RecordReader} ({@link RecordReader#narratives()}); never writes. Thread-safe as the
 * reader is.
 *
 * <p>What counts: without an actor, a document that carries a label (its document-level labels); with an actor
 * ({@link Filter#actor()}, a CAMEO code or its prefix: {@code RUS} is every Russian actor), the claims whose quote
 * that actor speaks, and their documents. {@code Other} is never counted as a narrative pushed. A document's
 * date is its publication date; its outlet the one given at ingest, else its URL's host.
 */
public final class NarrativeReads {

    private final RecordReader reader;

    NarrativeReads(RecordReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /**
     * Which documents and claims count.
     *
     * @param actor a speaker's CAMEO code or its prefix, or null for every document
     * @param outlet an outlet (case does not matter), or null for all
     * @param from the first publication date, or null
     * @param to the last publication date, or null
     * @param label one label (a narrative counts its sub-narratives' claims too), or null for all
     */
    public record Filter(String actor, String outlet, LocalDate from, LocalDate to, String label) {
        public static final Filter ALL = new Filter(null, null, null, null, null);

        public Filter {
            if (from != null && to != null && from.isAfter(to)) {
                throw new IllegalArgumentException("from " + from + " is after to " + to);
            }
            actor = blankToNull(actor);
            outlet = blankToNull(outlet);
            label = blankToNull(label);
        }

        public Filter withLabel(String l) {
            return new Filter(actor, outlet, from, to, l);
        }

        public Filter withActor(String a) {
            return new Filter(a, outlet, from, to, label);
        }
    }

    /**
     * One label pushed: how often and since when.
     *
     * @param label the label
     * @param narrative its narrative (itself for a narrative)
     * @param subnarrative whether it is a sub-narrative
     * @param documents documents that carry it
     * @param claims sentences that carry it (of the actor, when one is given)
     * @param firstSeen the earliest publication date among them, or null when none is dated
     * @param lastSeen the latest
     */
    public record Pushed(String label, String narrative, boolean subnarrative, long documents, long claims,
            LocalDate firstSeen, LocalDate lastSeen) {
    }

    /** Documents carrying {@code label} in the week starting (Monday) {@code week}. */
    public record Week(String label, LocalDate week, long documents) {
    }

    /** One actor voicing a label in a document on a date (the echo analysis reads these). */
    public record Voicing(String label, String actor, String actorName, LocalDate date, String docId) {
    }

    /**
     * A sentence that carries a label, with where and when it was published.
     *
     * @param speakerCode the speaker's code where a quote carries it, else null
     */
    public record Claim(String docId, String doc, String url, String outlet, LocalDate published, String label,
            String narrative, int sentence, int start, int end, String text, double score, String speakerCode,
            String speakerName, String speakerText, String model) {
    }

    /** The number of documents that have narrative labels (0 when nothing was labelled). */
    public long labelledDocuments() {
        long[] n = new long[1];
        query("SELECT count(DISTINCT doc_id) FROM narrative_labels", List.of(), rs -> n[0] = rs.getLong(1));
        return n[0];
    }

    /** The labels pushed, narratives and sub-narratives, most documents first (then label). */
    public List<Pushed> pushed(Filter f) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT label, any_value(narrative), subnarrative, count(DISTINCT doc_id), sum(claims), "
                + "min(published), max(published) FROM (" + units(f, params) + ") GROUP BY label, subnarrative "
                + "ORDER BY count(DISTINCT doc_id) DESC, label, subnarrative";
        List<Pushed> out = new ArrayList<>();
        query(sql, params, rs -> out.add(new Pushed(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                rs.getLong(4), rs.getLong(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class))));
        return out;
    }

    /** Documents per label per week (weeks start on Monday; undated documents are left out), by label then week. */
    public List<Week> weekly(Filter f) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT label, CAST(date_trunc('week', published) AS DATE) AS w, count(DISTINCT doc_id) FROM ("
                + units(f, params) + ") WHERE published IS NOT NULL GROUP BY label, w ORDER BY label, w";
        List<Week> out = new ArrayList<>();
        query(sql, params, rs -> out.add(new Week(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getLong(3))));
        return out;
    }

    /**
     * Every dated claim with a speaker, at narrative level and at sub-narrative level (a claim of a sub-narrative
     * is also a voicing of its narrative), by label, date, actor.
     */
    public List<Voicing> voicings(Filter f) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE c.speaker_code IS NOT NULL AND d.published IS NOT NULL");
        documentFilter(f, where, params, "d");
        if (f.actor() != null) {
            where.append(" AND c.speaker_code LIKE ?");
            params.add(f.actor() + "%");
        }
        String labelFilter = "";
        if (f.label() != null) {
            labelFilter = " WHERE label = ?";
        }
        String sql = "SELECT DISTINCT label, speaker_code, speaker_name, published, doc_id FROM ("
                + "SELECT c.label, c.speaker_code, c.speaker_name, d.published, c.doc_id FROM narrative_claims c "
                + "JOIN documents d ON d.id = c.doc_id" + where
                + " UNION ALL SELECT c.narrative, c.speaker_code, c.speaker_name, d.published, c.doc_id "
                + "FROM narrative_claims c JOIN documents d ON d.id = c.doc_id" + where + " AND c.narrative <> c.label"
                + ")" + labelFilter + " ORDER BY label, published, speaker_code, doc_id";
        List<Object> all = new ArrayList<>(params);
        all.addAll(params);
        if (f.label() != null) {
            all.add(f.label());
        }
        List<Voicing> out = new ArrayList<>();
        query(sql, all, rs -> out.add(new Voicing(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, LocalDate.class), rs.getString(5))));
        return out;
    }

    /**
     * The sentences that carry labels (a narrative's own and its sub-narratives'), newest first, then by document
     * and sentence; at most {@code limit}.
     */
    public List<Claim> claims(Filter f, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit " + limit + " < 0");
        }
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE c.label <> 'Other'");
        documentFilter(f, where, params, "d");
        if (f.actor() != null) {
            where.append(" AND c.speaker_code LIKE ?");
            params.add(f.actor() + "%");
        }
        if (f.label() != null) {
            where.append(" AND (c.label = ? OR c.narrative = ?)");
            params.add(f.label());
            params.add(f.label());
        }
        String sql = "SELECT c.doc_id, d.source, d.url, " + OUTLET + ", d.published, c.label, c.narrative, "
                + "c.sentence, c.sentence_start, c.sentence_end, c.sentence_text, c.score, c.speaker_code, "
                + "c.speaker_name, c.speaker_text, c.model FROM narrative_claims c JOIN documents d ON d.id = c.doc_id"
                + where + " ORDER BY d.published DESC NULLS LAST, d.seq, c.sentence, c.label LIMIT " + limit;
        List<Claim> out = new ArrayList<>();
        query(sql, params, rs -> out.add(new Claim(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getInt(8),
                rs.getInt(9), rs.getInt(10), rs.getString(11), rs.getDouble(12), rs.getString(13), rs.getString(14),
                rs.getString(15), rs.getString(16))));
        return out;
    }

    /**
     * A claim in the record for discovery: a sentence that holds a quote, reports speech or voices an opinion,
     * with its speaker, its document's date and outlet, and its stored vector.
     *
     * @param speakerCode who voices it (the first quote's speaker, or the reporter of a reported act), or null
     * @param kind {@code quote}, {@code reported} or {@code opinion}
     * @param vector the sentence's vector as stored, or null when the record has none for it
     * @param embedder the sentence model that gave {@code vector}, or null
     */
    public record RecordClaim(String docId, String doc, int sentence, String text, LocalDate published,
            String speakerCode, String outlet, String kind, float[] vector, String embedder) {
    }

    /**
     * The record's claims published in the range (either end null for open), in document order then sentence:
     * the claim sentences stored with each labelled document ({@code claims}, schema version 5) and, for a document
     * without them (labelled by an older Saydo, or stored with {@code --no-narratives}), its sentences that hold a
     * quote, without a vector (the first quote's speaker; {@code quote} when that quote is direct, else
     * {@code reported}).
     */
    public List<RecordClaim> recordClaims(LocalDate from, LocalDate to) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE true");
        documentFilter(new Filter(null, null, from, to, null), where, params, "d");
        String stored = "SELECT c.doc_id, d.source, c.sentence, c.sentence_text, d.published, c.speaker_code, "
                + OUTLET + " AS outlet, d.seq AS seq, c.kind, c.vector, c.embedder FROM claims c JOIN documents d "
                + "ON d.id = c.doc_id" + where;
        String quoted = "SELECT q.doc_id, any_value(d.source), q.sentence, any_value(q.sentence_text), "
                + "any_value(d.published), arg_min(q.speaker_code, q.span_start), any_value(" + OUTLET + "), "
                + "any_value(d.seq), CASE WHEN arg_min(q.direct, q.span_start) THEN 'quote' ELSE 'reported' END, "
                + "CAST(NULL AS VARCHAR), CAST(NULL AS VARCHAR) FROM quotes q JOIN documents d ON d.id = q.doc_id"
                + where + " AND NOT EXISTS (SELECT 1 FROM claims x WHERE x.doc_id = q.doc_id)"
                + " GROUP BY q.doc_id, q.sentence";
        String sql = "SELECT * FROM (" + stored + " UNION ALL " + quoted + ") u ORDER BY seq, sentence";
        List<Object> all = new ArrayList<>(params);
        all.addAll(params);
        List<RecordClaim> out = new ArrayList<>();
        query(sql, all, rs -> {
            String v = rs.getString(10);
            out.add(new RecordClaim(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                    rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(9),
                    v == null ? null : StoredNarratives.decode(v), rs.getString(11)));
        });
        return out;
    }

    /** SQL: a document's outlet: the one given, else its URL's host without {@code www.}. */
    private static final String OUTLET = "coalesce(nullif(trim(d.outlet), ''), "
            + "nullif(regexp_extract(d.url, '^[A-Za-z]+://(www\\.)?([^/:?#]+)', 2), ''))";

    /**
     * SQL: one row per (document, label, level) that counts under the filter, with {@code claims}, the
     * document's {@code published} date, and the label's {@code narrative}.
     */
    private static String units(Filter f, List<Object> params) {
        StringBuilder where = new StringBuilder(" WHERE x.label <> 'Other'");
        documentFilter(f, where, params, "d");
        if (f.label() != null) {
            where.append(" AND (x.label = ? OR x.narrative = ?)");
            params.add(f.label());
            params.add(f.label());
        }
        if (f.actor() == null) {
            return "SELECT x.doc_id, x.label, x.narrative, x.subnarrative, d.published, "
                    + "(SELECT count(*) FROM narrative_claims c WHERE c.doc_id = x.doc_id AND c.label = x.label) "
                    + "AS claims FROM narrative_labels x JOIN documents d ON d.id = x.doc_id" + where;
        }
        // an actor's claims, at the level of their label and, for a sub-narrative, of its narrative too
        where.append(" AND x.speaker_code LIKE ?");
        params.add(f.actor() + "%");
        String claims = "(SELECT doc_id, label, narrative, label <> narrative AS subnarrative, speaker_code "
                + "FROM narrative_claims UNION ALL SELECT doc_id, narrative, narrative, false, speaker_code "
                + "FROM narrative_claims WHERE label <> narrative)";
        return "SELECT x.doc_id, x.label, any_value(x.narrative) AS narrative, x.subnarrative, "
                + "any_value(d.published) AS published, count(*) AS claims FROM " + claims + " x JOIN documents d "
                + "ON d.id = x.doc_id" + where + " GROUP BY x.doc_id, x.label, x.subnarrative";
    }

    private static void documentFilter(Filter f, StringBuilder where, List<Object> params, String d) {
        if (f.outlet() != null) {
            where.append(" AND lower(").append(OUTLET.replace("d.", d + ".")).append(") = ?");
            params.add(f.outlet().toLowerCase(Locale.ROOT));
        }
        if (f.from() != null) {
            where.append(" AND ").append(d).append(".published >= ?");
            params.add(f.from());
        }
        if (f.to() != null) {
            where.append(" AND ").append(d).append(".published <= ?");
            params.add(f.to());
        }
    }

    @FunctionalInterface
    private interface Rows {
        void row(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<Object> params, Rows rows) {
        reader.read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                    s.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.row(rs);
                    }
                }
            }
            return null;
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
