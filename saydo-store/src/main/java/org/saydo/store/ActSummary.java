package org.saydo.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.saydo.ontology.CameoCode;
import org.saydo.ontology.CameoOntology;

/**
 * The per-key summary of the record (schema version 4), kept so that words-and-deeds series are read from a few
 * thousand rows instead of regrouping millions of events.
 *
 * <p><b>Tables.</b> {@code event_acts}: one row per event key, from its first report (lowest event id) among its
 * dated reports whose date is not {@code text-implausible} (a key without such a report has no row): date,
 * source, target, CAMEO code and root, modality, Goldstein (the report's stored weight, else the ontology's weight
 * of its code, else of its root), and since version 6 what {@link RecordReader#evidence} cites: the report's document,
 * sentence, text and CAMEO name, the key's report count and outlets. {@code quote_acts}: one row per distinct quote — speaker and words (lower-cased,
 * trimmed), dated by its earliest plausibly dated statement, target, code and modality of its first row — leaving out quotes whose
 * speech act is an event of the same document, sentence and trigger offset. {@code act_summary}: per day, kind of
 * act ({@code event}|{@code quote}), source, target ({@code ''} for none), root and modality: {@code acts}, {@code
 * weighted} (acts with a Goldstein weight) and {@code goldstein_sum}. Acts without a date or root are not in the
 * summary (they are neither words nor deeds). These are the definitions of {@code saydo-analysis/README.md}, "What
 * is counted": one real event is one key, classed by its first report whatever the filters, and the analyses read
 * these tables ({@link RecordReader}).
 *
 * <p><b>Maintenance.</b> Every write transaction of {@link RecordStore} (ingest, recode, GDELT import) calls
 * {@link #refresh} with the event keys and the quote groups it touched, before its commit: their old rows are
 * taken out of the summary, recomputed from the record, and added back. {@link #rebuild} recomputes everything
 * ({@code saydo reindex}, the migration to version 4).
 *
 * <p><b>Reading.</b> {@link #periods} gives an actor's words and deeds per day, week or month, by the rule of
 * {@link ActKind}. Stateless; every method works on the connection given, within its transaction.
 */
public final class ActSummary {

    private ActSummary() {
    }

    /** The tables of version 4. */
    static final List<String> SCHEMA = List.of(
            "CREATE TABLE event_acts (event_key BIGINT PRIMARY KEY, day DATE, source VARCHAR, target VARCHAR, "
                    + "cameo VARCHAR, root INTEGER, modality VARCHAR, goldstein DOUBLE)",
            "CREATE TABLE quote_acts (speaker VARCHAR NOT NULL, words VARCHAR NOT NULL, first_id BIGINT NOT NULL, "
                    + "day DATE, target VARCHAR, cameo VARCHAR, root INTEGER, modality VARCHAR, goldstein DOUBLE, "
                    + "PRIMARY KEY (speaker, words))",
            "CREATE TABLE act_summary (day DATE NOT NULL, act VARCHAR NOT NULL, source VARCHAR NOT NULL, "
                    + "target VARCHAR NOT NULL, root INTEGER NOT NULL, modality VARCHAR NOT NULL, acts BIGINT NOT NULL, "
                    + "weighted BIGINT NOT NULL, goldstein_sum DOUBLE NOT NULL, "
                    + "PRIMARY KEY (day, act, source, target, root, modality))");

    /** The ontology's weights as an SQL {@code VALUES} list aliased {@code ALIAS(code, goldstein)}. */
    private static final String WEIGHTS = CameoOntology.standard().all().stream().map(ActSummary::weightRow)
            .collect(Collectors.joining(", ", "(VALUES ", ") AS ALIAS(code, goldstein)"));

    /**
     * The columns version 6 adds to {@code event_acts}: what a citation of the key shows ({@link
     * RecordReader#evidence}), so that citing thousands of keys reads this table only (not {@code events} and
     * {@code reports}, ten million rows each at scale); the migration fills them for the rows there are, in one
     * statement.
     */
    static final List<String> CITATIONS = List.of(
            "ALTER TABLE event_acts ADD COLUMN doc VARCHAR",
            "ALTER TABLE event_acts ADD COLUMN sentence INTEGER",
            "ALTER TABLE event_acts ADD COLUMN text VARCHAR",
            "ALTER TABLE event_acts ADD COLUMN cameo_name VARCHAR",
            "ALTER TABLE event_acts ADD COLUMN reports INTEGER",
            "ALTER TABLE event_acts ADD COLUMN outlets VARCHAR",
            "UPDATE event_acts SET doc = n.doc, sentence = n.sentence, text = n.text, cameo_name = n.cameo_name, "
                    + "reports = n.reports, outlets = n.outlets FROM (" + eventActs(null) + ") n(event_key, day, "
                    + "source, target, cameo, root, modality, goldstein, doc, sentence, text, cameo_name, reports, "
                    + "outlets) WHERE event_acts.event_key = n.event_key");

    private static String weightRow(CameoCode c) {
        return "('" + c.code().replace("'", "''") + "', " + String.format(Locale.ROOT, "%.1f", c.goldstein()) + ")";
    }

    private static String weights(String alias) {
        return WEIGHTS.replace("ALIAS", alias);
    }

    /**
     * The event acts of the keys in {@code keys} (an SQL set of event keys, bound twice), or of all keys when null:
     * the first report of each (lowest event id) among its reports that are dated, and dated plausibly ({@code
     * date_basis} not {@code text-implausible}), with what a citation of it shows (schema version 6): that report's
     * document (URL, else its name), sentence, text (else its trigger) and CAMEO name, and the key's reports and their
     * distinct outlets (sorted, comma-separated; {@code ''} for none).
     */
    private static String eventActs(String keys) {
        return eventActs(keys, true);
    }

    /** As {@link #eventActs(String)}; without {@code citations}, the columns of version 4 only. */
    private static String eventActs(String keys, boolean citations) {
        return "SELECT a.event_key, a.day, a.source, a.target, a.cameo, " + ActKind.rootSql("a.cameo") + ", a.modality, "
                + "coalesce(a.g0, cw.goldstein, cr.goldstein)" + (citations ? ", coalesce(d.url, f.doc), f.sentence, "
                + "coalesce(f.sentence_text, f.trigger_text, ''), f.cameo_name, coalesce(r.n, 0), "
                + "coalesce(r.outlets, '')" : "") + " FROM (SELECT e.event_key, "
                + "arg_min(e.event_date, e.id) AS day, arg_min(e.source_code, e.id) AS source, "
                + "arg_min(e.target_code, e.id) AS target, arg_min(e.cameo, e.id) AS cameo, "
                + "arg_min(e.modality, e.id) AS modality, arg_min(e.goldstein, e.id) AS g0, min(e.id) AS first_id "
                + "FROM events e WHERE e.event_date IS NOT NULL AND e." + RecordReader.PLAUSIBLE
                + (keys == null ? "" : " AND e.event_key IN (" + keys + ")") + " GROUP BY e.event_key) a "
                + (citations ? "JOIN events f ON f.id = a.first_id LEFT JOIN documents d ON d.id = f.doc_id "
                + "LEFT JOIN (SELECT event_key, count(*) AS n, string_agg(DISTINCT outlet, ', ' ORDER BY outlet) AS "
                + "outlets FROM reports" + (keys == null ? "" : " WHERE event_key IN (" + keys + ")")
                + " GROUP BY event_key) r ON r.event_key = a.event_key " : "")
                + "LEFT JOIN " + weights("cw") + " ON cw.code = a.cameo LEFT JOIN " + weights("cr")
                + " ON cr.code = substr(a.cameo, 1, 2)";
    }

    /**
     * The quote acts of the groups in relation {@code groups(ALIAS)} ({@code (s, w)}: speakers and words, bound
     * twice), or of all quotes when null: quotes whose speech act is an event of their document (same sentence and
     * trigger offset) left out, the rest grouped by speaker and words.
     */
    private static String quoteActs(String groups) {
        String in = groups == null ? "" : " JOIN " + groups.replace("ALIAS", "g")
                + " ON g.s = q.speaker_code AND g.w = lower(trim(q.quote))";
        String docs = groups == null ? "SELECT q2.doc_id FROM quotes q2" : "SELECT q2.doc_id FROM quotes q2 JOIN "
                + groups.replace("ALIAS", "g2") + " ON g2.s = q2.speaker_code AND g2.w = lower(trim(q2.quote))";
        return "SELECT a.speaker, a.words, a.first_id, a.day, a.target, a.cameo, " + ActKind.rootSql("a.cameo") + ", "
                + "a.modality, coalesce(cw.goldstein, cr.goldstein) FROM (SELECT q.speaker_code AS speaker, "
                + "lower(trim(q.quote)) AS words, min(q.id) AS first_id, min(q.quote_date) AS day, "
                + "arg_min(q.target_code, q.id) AS target, arg_min(q.cameo, q.id) AS cameo, "
                + "arg_min(q.modality, q.id) AS modality FROM quotes q" + in + " LEFT JOIN (SELECT DISTINCT "
                + "x.doc_id, x.trigger_start, x.sentence FROM events x WHERE x.doc_id IN (" + docs + ")) x ON "
                + "x.doc_id = q.doc_id AND x.trigger_start = q.trigger_start AND x.sentence = q.sentence "
                + "WHERE x.doc_id IS NULL AND q.quote_date IS NOT NULL AND q." + RecordReader.PLAUSIBLE
                + " GROUP BY q.speaker_code, "
                + "lower(trim(q.quote))) a LEFT JOIN " + weights("cw") + " ON cw.code = a.cameo LEFT JOIN "
                + weights("cr") + " ON cr.code = substr(a.cameo, 1, 2)";
    }

    /** The summary rows of act rows {@code t} (event_acts or quote_acts, with its source column). */
    private static String summaryOf(String table, String act, String source, String where) {
        return "SELECT day, '" + act + "', coalesce(" + source + ", ''), coalesce(target, ''), root, "
                + "coalesce(modality, ''), count(*), count(goldstein), coalesce(sum(goldstein), 0) FROM " + table
                + " WHERE day IS NOT NULL AND root IS NOT NULL" + (where == null ? "" : " AND " + where)
                + " GROUP BY 1, 3, 4, 5, 6";
    }

    private static final String ADD = " ON CONFLICT (day, act, source, target, root, modality) DO UPDATE SET "
            + "acts = act_summary.acts + excluded.acts, "
            + "weighted = act_summary.weighted + excluded.weighted, "
            + "goldstein_sum = act_summary.goldstein_sum + excluded.goldstein_sum";

    private static String subtract(String summary) {
        return "UPDATE act_summary SET acts = act_summary.acts - o.n, weighted = act_summary.weighted - o.w, "
                + "goldstein_sum = act_summary.goldstein_sum - o.g FROM (" + summary + ") o(day, act, source, target, "
                + "root, modality, n, w, g) WHERE act_summary.day = o.day AND act_summary.act = o.act AND "
                + "act_summary.source = o.source AND act_summary.target = o.target AND act_summary.root = o.root "
                + "AND act_summary.modality = o.modality";
    }

    /**
     * Recomputes the acts of the event keys and quote groups a transaction touched and moves their contribution
     * in the summary from the old rows to the new ones.
     *
     * @param keys event keys written, re-linked or dropped
     * @param quoteDocs documents whose quotes were written (their groups are added to {@code speakers}/{@code words})
     * @param speakers speakers of the quote groups touched before (deleted quotes), parallel to {@code words}
     * @param words normalised words of those groups
     */
    static void refresh(Connection c, Collection<Long> keys, Collection<String> quoteDocs, List<String> speakers,
            List<String> words) throws SQLException {
        if (!keys.isEmpty()) {
            Object[] k = keys.toArray();
            String set = "SELECT unnest(?::BIGINT[])";
            execute(c, subtract(summaryOf("event_acts", "event", "source", "event_key IN (" + set + ")")), k);
            execute(c, "DELETE FROM event_acts WHERE event_key IN (" + set + ")", k);
            execute(c, "INSERT INTO event_acts " + eventActs(set), k, k);
            execute(c, "INSERT INTO act_summary " + summaryOf("event_acts", "event", "source",
                    "event_key IN (" + set + ")") + ADD, k);
        }
        List<String> s = new ArrayList<>(speakers);
        List<String> w = new ArrayList<>(words);
        if (!quoteDocs.isEmpty()) {
            try (PreparedStatement p = c.prepareStatement("SELECT DISTINCT speaker_code, lower(trim(quote)) FROM "
                    + "quotes WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))")) {
                p.setObject(1, c.createArrayOf("VARCHAR", quoteDocs.toArray()));
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        s.add(rs.getString(1));
                        w.add(rs.getString(2));
                    }
                }
            }
        }
        if (!s.isEmpty()) {
            String groups = "(SELECT DISTINCT unnest(?::VARCHAR[]) AS s, unnest(?::VARCHAR[]) AS w) ALIAS";
            String mine = "EXISTS (SELECT 1 FROM " + groups.replace("ALIAS", "g") + " WHERE g.s = speaker AND g.w = "
                    + "words)";
            Object[] sp = s.toArray();
            Object[] wo = w.toArray();
            execute(c, subtract(summaryOf("quote_acts", "quote", "speaker", mine)), sp, wo);
            execute(c, "DELETE FROM quote_acts WHERE " + mine, sp, wo);
            execute(c, "INSERT INTO quote_acts " + quoteActs(groups), sp, wo, sp, wo);
            execute(c, "INSERT INTO act_summary " + summaryOf("quote_acts", "quote", "speaker", mine) + ADD, sp, wo);
        }
        if (!keys.isEmpty() || !s.isEmpty()) {
            try (Statement st = c.createStatement()) {
                st.execute("DELETE FROM act_summary WHERE acts = 0");
            }
        }
    }

    /** Recomputes the acts and the summary of the whole record. */
    static void rebuild(Connection c) throws SQLException {
        rebuild(c, true);
    }

    /**
     * As {@link #rebuild(Connection)}; without {@code citations}, the event acts of version 4 (the migration to
     * version 4 of an older record, whose {@code event_acts} has no citation columns yet: the migration to 6 fills
     * them).
     */
    static void rebuild(Connection c, boolean citations) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM act_summary");
            s.execute("DELETE FROM event_acts");
            s.execute("DELETE FROM quote_acts");
            s.execute("INSERT INTO event_acts " + eventActs(null, citations));
            s.execute("INSERT INTO quote_acts " + quoteActs(null));
            s.execute("INSERT INTO act_summary " + summaryOf("event_acts", "event", "source", null));
            s.execute("INSERT INTO act_summary " + summaryOf("quote_acts", "quote", "speaker", null) + ADD);
        }
    }

    /** The normalised words of a quote group, as {@link #refresh} keys them (DuckDB's {@code lower(trim(x))}). */
    static List<String[]> groupsOf(Connection c, String docId) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT DISTINCT speaker_code, lower(trim(quote)) FROM quotes "
                + "WHERE doc_id = ?")) {
            p.setString(1, docId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        return out;
    }

    /** Runs {@code sql} with each of {@code arrays} bound as an SQL list (BIGINT for longs, else VARCHAR). */
    private static void execute(Connection c, String sql, Object[]... arrays) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            for (Object[] values : arrays) {
                String type = values.length > 0 && values[0] instanceof Long ? "BIGINT" : "VARCHAR";
                p.setObject(i++, c.createArrayOf(type, values));
            }
            p.execute();
        }
    }

    // ---- reading ----

    private static String sum(String column, String condition) {
        return "coalesce(sum(" + column + ") FILTER (WHERE " + condition + "), 0)";
    }

    /** Periods of a series. */
    public enum Period {
        DAY, WEEK, MONTH;

        String trunc(String column) {
            return this == DAY ? column : "date_trunc('" + name().toLowerCase(Locale.ROOT) + "', " + column + ")::DATE";
        }
    }

    /**
     * The words and deeds of one period.
     *
     * @param start the period's first day (a Monday for weeks, the 1st for months)
     * @param q1 words of QuadClass 1 (roots 01–05, and intents of 06–09)
     * @param q3 words of QuadClass 3 (roots 10–14, and intents of 15–20)
     * @param wordsWeighted words with a Goldstein weight
     * @param wordsGoldstein the sum of their weights
     * @param q2 deeds of QuadClass 2 (06–09)
     * @param q4 deeds of QuadClass 4 (15–20)
     * @param deedsWeighted deeds with a Goldstein weight
     * @param deedsGoldstein the sum of their weights
     */
    public record PeriodCounts(LocalDate start, long q1, long q3, long wordsWeighted, double wordsGoldstein, long q2,
            long q4, long deedsWeighted, double deedsGoldstein) {

        public PeriodCounts {
            Objects.requireNonNull(start, "start");
        }

        public long words() {
            return q1 + q3;
        }

        public long deeds() {
            return q2 + q4;
        }

        /** Mean Goldstein of the words, or null without a weighted word. */
        public Double meanWords() {
            return wordsWeighted == 0 ? null : wordsGoldstein / wordsWeighted;
        }

        /** Mean Goldstein of the deeds, or null without a weighted deed. */
        public Double meanDeeds() {
            return deedsWeighted == 0 ? null : deedsGoldstein / deedsWeighted;
        }
    }

    /**
     * An actor's words (events and quotes) and deeds per period, from the summary.
     *
     * @param actor source (speaker) code prefix, or null for all
     * @param target target code prefix, or null for all
     * @param from first day, or null
     * @param to last day, or null
     * @return the periods with at least one word or deed, in date order
     */
    public static List<PeriodCounts> periods(Connection c, String actor, String target, Period by, LocalDate from,
            LocalDate to) {
        Objects.requireNonNull(c, "c");
        Objects.requireNonNull(by, "by");
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (actor != null) {
            where.add("starts_with(source, ?)");
            params.add(actor);
        }
        if (target != null) {
            where.add("target <> '' AND starts_with(target, ?)");
            params.add(target);
        }
        if (from != null) {
            where.add("day >= ?");
            params.add(from);
        }
        if (to != null) {
            where.add("day <= ?");
            params.add(to);
        }
        String k = ActKind.sql("root", "modality");
        String sql = "SELECT p, " + sum("acts", "k = 'word' AND q = 1") + ", " + sum("acts", "k = 'word' AND q = 3")
                + ", " + sum("weighted", "k = 'word'") + ", " + sum("goldstein_sum", "k = 'word'") + ", "
                + sum("acts", "k = 'deed' AND q = 2") + ", " + sum("acts", "k = 'deed' AND q = 4") + ", "
                + sum("weighted", "k = 'deed'") + ", " + sum("goldstein_sum", "k = 'deed'") + " FROM ("
                + "SELECT " + by.trunc("day") + " AS p, acts, weighted, goldstein_sum, " + k + " AS k, "
                + ActKind.quadSql("root", k) + " AS q "
                + "FROM act_summary" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + ") WHERE k IS NOT NULL GROUP BY p ORDER BY p";
        List<PeriodCounts> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                p.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new PeriodCounts(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3),
                            rs.getLong(4), rs.getDouble(5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                            rs.getDouble(9)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the act summary: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        return out;
    }
}
