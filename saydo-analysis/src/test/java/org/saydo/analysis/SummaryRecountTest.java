package org.saydo.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.ontology.CameoCode;
import org.saydo.ontology.CameoOntology;
import org.saydo.record.Modality;
import org.saydo.store.ActKind;
import org.saydo.store.Evidence;
import org.saydo.store.RecordReader;
import org.saydo.store.StoreLocation;

/**
 * The analyses read the per-key summary ({@code event_acts}, {@code quote_acts}, {@code act_summary}); here their
 * figures are checked against a recount in Java from the raw rows of {@code events} and {@code quotes}, by the rule
 * of {@code saydo-analysis/README.md} ("What is counted"): one key = one act, its first report among its dated,
 * plausibly dated reports, whatever the filters; quotes grouped by speaker and words, dated by their earliest
 * plausible statement.
 */
class SummaryRecountTest {

    @TempDir
    Path dir;

    /** One act of the recount. */
    private record Act(LocalDate day, String source, String target, String cameo, String modality, ActKind kind,
            Double g, Long key, Long quote) {
    }

    @Test
    void gapAndAroundOverTheSummaryEqualAFullRecount() throws Exception {
        try (TestRecord r = new TestRecord(dir)) {
            r.event("2025-12-01", "RUS", "UKR", "040", "asserted");                   // word +1.0
            long strike = r.event("2025-12-02", "RUSMIL", "UKR", "190", "asserted");  // deed -10, three reports
            r.report(strike, "2025-12-03", "RUSMIL", "UKR", "190", "reported");
            r.report(strike, "2025-12-09", "RUSMIL", "UKR", "190", "reported");       // later date: not counted
            r.event("2025-12-02", "RUS", "UKR", "190", "intent");                     // a stated intent: a word
            r.event("2025-12-03", "RUS", "UKR", "190", "background");                 // neither
            r.event("2025-12-03", "RUS", "UKR", "190", "hypothetical");               // neither
            r.event("2025-12-04", "RUS", "UKR", "180", "negated");                    // neither
            // a meeting told first as USA meeting RUS, then with the dyad swapped: USA's act, counted once
            long meet = r.event("2025-12-04", "USA", "RUS", "040", "asserted");
            r.report(meet, "2025-12-05", "RUS", "USA", "040", "asserted");
            // a talk the other way round, first told by RUS
            r.event("2025-12-10", "RUSGOV", "USA", "043", "asserted");
            // first report dated implausibly: the key is its second report (12-11)
            long late = r.eventPublished("2025-12-04", "2026-06-01", "RUS", "UKR", "183", "asserted");
            r.report(late, "2025-12-11", "RUS", "UKR", "183", "reported");
            r.implausibleFirst(late);
            // every report implausible: out
            long gone = r.eventPublished("2025-12-04", "2026-07-01", "RUS", "UKR", "190", "asserted");
            r.implausible(gone);
            r.event("2025-12-12", "RUS", "UKR", "057", "asserted");                   // word +8.0
            r.event("2025-12-15", "RUS", "UKR", "073", "reported");                   // deed +7.4
            // quotes: the same words twice count once, on the earlier date; a threat toward UKR; a negated quote
            r.quote("2025-12-08", "RUSGOV", null, "010", "asserted", "We want peace.");
            r.quote("2025-12-02", "RUSGOV", null, "010", "asserted", " we want PEACE. ");
            r.quote("2025-12-09", "RUSGOV", "UKR", "138", "asserted", "We will strike.");
            r.quote("2025-12-09", "RUS", "UKR", "010", "negated", "We did not say that.");
        }
        Map<LocalDate, long[]> expectedCounts = new TreeMap<>();
        Map<LocalDate, double[]> expectedMeans = new TreeMap<>();
        List<Act> acts = recount(dir.resolve("record.duckdb"));
        for (Act a : acts) {
            if (!a.source().startsWith("RUS")) {
                continue;
            }
            LocalDate week = a.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            long[] n = expectedCounts.computeIfAbsent(week, w -> new long[4]);
            double[] m = expectedMeans.computeIfAbsent(week, w -> new double[4]);
            n[a.kind().quadClass(a.cameo()) - 1]++;
            if (a.g() != null) {
                int side = a.kind() == ActKind.WORD ? 0 : 2;
                m[side] += a.g();
                m[side + 1]++;
            }
        }
        // by hand: RUS words 040, intent 190, RUSGOV's 043, 057, the two quote groups (010, 138); deeds the strike,
        // 183 (its second report), 073
        assertThat(expectedCounts.values().stream().mapToLong(n -> n[0] + n[2]).sum()).isEqualTo(6);
        assertThat(expectedCounts.values().stream().mapToLong(n -> n[1] + n[3]).sum()).isEqualTo(3);

        try (RecordReader reader = RecordReader.open(new StoreLocation(dir.resolve("record.duckdb").toString()))) {
            GapAnalysis.Result gap = new GapAnalysis(reader).run(new GapAnalysis.Request("RUS", null, Period.WEEK,
                    null, null, 3, false));
            assertThat(gap.periods()).extracting(GapAnalysis.Row::period)
                    .containsExactlyElementsOf(expectedCounts.keySet());
            for (GapAnalysis.Row row : gap.periods()) {
                long[] n = expectedCounts.get(row.period());
                double[] m = expectedMeans.get(row.period());
                assertThat(new long[] {row.verbalCooperation(), row.materialCooperation(), row.verbalConflict(),
                    row.materialConflict()}).as(row.period().toString()).containsExactly(n);
                assertMean(row.wordsGoldstein(), m[0], m[1]);
                assertMean(row.deedsGoldstein(), m[2], m[3]);
            }
            assertThat(gap.total().words()).isEqualTo(6);
            assertThat(gap.total().deeds()).isEqualTo(3);

            // the desk's weekly series: the same figures
            assertThat(reader.wordsAndDeeds("RUS")).extracting(RecordReader.Week::week)
                    .containsExactlyElementsOf(expectedCounts.keySet());

            // around: the talks of either direction, each key by its first report; the hostile deeds per day
            Map<LocalDate, Long> talks = new TreeMap<>();
            Map<LocalDate, Long> deeds = new TreeMap<>();
            for (Act a : acts) {
                int root = Integer.parseInt(a.cameo().substring(0, 2));
                boolean dyad = (a.source().startsWith("RUS") && a.target() != null && a.target().startsWith("USA"))
                        || (a.source().startsWith("USA") && a.target() != null && a.target().startsWith("RUS"));
                if (dyad && root >= 3 && root <= 5 && List.of("asserted", "reported").contains(a.modality())) {
                    talks.merge(a.day(), 1L, Long::sum);
                }
                if (a.source().startsWith("RUS") && root >= 15 && a.kind() == ActKind.DEED) {
                    deeds.merge(a.day(), 1L, Long::sum);
                }
            }
            LocalDate from = LocalDate.parse("2025-11-01");
            LocalDate to = LocalDate.parse("2025-12-31");
            assertThat(talks).containsOnlyKeys(LocalDate.parse("2025-12-04"), LocalDate.parse("2025-12-10"));
            assertThat(reader.talks("RUS", "USA", from, to).keySet()).containsExactlyElementsOf(talks.keySet());
            assertThat(new TreeMap<>(reader.hostileDeedsPerDay("RUS", from, to))).isEqualTo(deeds);
            assertThat(deeds).containsOnlyKeys(LocalDate.parse("2025-12-02"), LocalDate.parse("2025-12-11"));
            assertThat(reader.hostileDeeds("RUS", from, to)).hasSize(2);
        }
    }

    /**
     * The gap's support (documents and independent sources per week and over all) and its contradicting pairs, over
     * a seeded random record with repeated reports, syndicated copies and repeated quotes, against a recount in Java
     * by the rules of {@code saydo-analysis/README.md}: the documents of an event are those of all its reports, of a
     * quote those of every statement of its words by its speaker; independent sources are the smaller of the
     * distinct syndication clusters (a document alone is its own) and the distinct publishers; a pair is a word with
     * Goldstein > 0 and a deed with Goldstein < 0 toward related targets (equal, or one a prefix of the other) among
     * the {@code CANDIDATES}·k most cooperative words and most hostile deeds of each (week, target), ranked by the
     * support of its less supported side, then the difference, then dates and keys.
     */
    @Test
    void supportAndPairsEqualARecount() throws Exception {
        Random random = new Random(20251128);
        String[] sources = {"RUS", "RUSGOV", "RUSMIL", "UKR"};
        String[] targets = {"UKR", "UKRMIL", "UKRGOV", "USA", "EU"};
        String[] codes = {"010", "040", "043", "057", "073", "081", "111", "138", "173", "180", "183", "190", "195"};
        String[] said = {"010", "040", "043", "057", "111", "138"};  // quotes carry verbal codes (the coder's)
        String[] modalities = {"asserted", "asserted", "reported", "intent", "hypothetical"};
        int docs = 0;
        try (TestRecord r = new TestRecord(dir)) {
            for (int i = 0; i < 160; i++) {
                String day = LocalDate.parse("2025-03-03").plusDays(random.nextInt(21)).toString();
                String source = sources[random.nextInt(sources.length)];
                String target = targets[random.nextInt(targets.length)];
                String cameo = codes[random.nextInt(codes.length)];
                String modality = modalities[random.nextInt(modalities.length)];
                long key = r.event(day, source, target, cameo, modality);
                docs++;
                for (int k = random.nextInt(4); k > 0; k--) {
                    r.report(key, day, source, target, cameo, "reported");
                    docs++;
                }
                if (random.nextInt(3) == 0) {
                    r.quote(day, source, random.nextBoolean() ? target : null, said[random.nextInt(said.length)],
                            "asserted", "We said it " + random.nextInt(12) + " times.");
                    docs++;
                }
            }
            // copies of two stories: all documents but the first three are in one of two clusters (fewer clusters
            // than the four publishers: sources counted as publishers alone would show)
            for (int d = 4; d <= docs; d++) {
                r.syndicate("doc" + d, "cluster" + random.nextInt(2));
            }
        }
        Path file = dir.resolve("record.duckdb");
        List<Act> acts = recount(file).stream().filter(a -> a.source().startsWith("RUS")).toList();
        Map<Long, List<String[]>> eventDocs = new HashMap<>();
        Map<String, List<String[]>> quoteDocs = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT r.event_key, r.doc_id, s.cluster, r.outlet, r.url FROM "
                    + "reports r LEFT JOIN syndication s ON s.doc_id = r.doc_id")) {
                while (rs.next()) {
                    eventDocs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new String[] {rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5)});
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT q.id, q.speaker_code, q.quote, q.doc_id, s.cluster, d.outlet, "
                    + "d.url FROM quotes q LEFT JOIN documents d ON d.id = q.doc_id LEFT JOIN syndication s ON "
                    + "s.doc_id = q.doc_id")) {
                while (rs.next()) {
                    String group = rs.getString(2) + "\u0000" + rs.getString(3).trim().toLowerCase(Locale.ROOT);
                    quoteDocs.computeIfAbsent(group, k -> new ArrayList<>()).add(new String[] {rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)});
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT id, speaker_code, quote FROM quotes")) {
                while (rs.next()) {
                    quoteDocs.put("#" + rs.getLong(1), quoteDocs.get(rs.getString(2) + "\u0000"
                            + rs.getString(3).trim().toLowerCase(Locale.ROOT)));
                }
            }
        }
        Function<Act, List<String[]>> docsOf = a -> a.key() != null
                ? eventDocs.getOrDefault(a.key(), List.of()) : quoteDocs.get("#" + a.quote());
        Map<LocalDate, List<Act>> byWeek = new TreeMap<>();
        for (Act a : acts) {
            byWeek.computeIfAbsent(a.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    w -> new ArrayList<>()).add(a);
        }
        assertThat(byWeek).hasSize(3);

        // with k = 1 a (week, target) has more candidate words or deeds than are kept (CANDIDATES): the cut among
        // equal weights is tested too
        Map<String, Long> sides = new HashMap<>();
        for (Map.Entry<LocalDate, List<Act>> w : byWeek.entrySet()) {
            for (Act a : w.getValue()) {
                if (a.target() != null && a.g() != null && (a.kind() == ActKind.WORD && a.g() > 0
                        || a.kind() == ActKind.DEED && a.g() < 0)) {
                    sides.merge(w.getKey() + " " + a.target() + " " + a.kind(), 1L, Long::sum);
                }
            }
        }
        assertThat(sides.values().stream().mapToLong(Long::longValue).max().orElse(0))
                .isGreaterThan(RecordReader.CANDIDATES);
        for (int k : new int[] {1, 3}) {
            pairsAndSupport(file, byWeek, acts, docsOf, k);
        }
    }

    private static void pairsAndSupport(Path file, Map<LocalDate, List<Act>> byWeek, List<Act> acts,
            Function<Act, List<String[]>> docsOf, int k) {
        try (RecordReader reader = RecordReader.open(new StoreLocation(file.toString()))) {
            GapAnalysis.Result gap = new GapAnalysis(reader).run(new GapAnalysis.Request("RUS", null, Period.WEEK,
                    null, null, k, false));
            assertThat(gap.periods()).extracting(GapAnalysis.Row::period).containsExactlyElementsOf(byWeek.keySet());
            List<String> expectedPairs = new ArrayList<>();
            for (GapAnalysis.Row row : gap.periods()) {
                List<Act> week = byWeek.get(row.period());
                long[] support = support(week.stream().flatMap(a -> docsOf.apply(a).stream()).toList());
                assertThat(new long[] {row.support().documents(), row.support().sources()}).as(row.period().toString())
                        .containsExactly(support);
                expectedPairs.addAll(pairs(row.period(), week, docsOf, k));
            }
            long[] all = support(acts.stream().flatMap(a -> docsOf.apply(a).stream()).toList());
            assertThat(new long[] {gap.total().support().documents(), gap.total().support().sources()})
                    .containsExactly(all);
            // the record is rich enough to tell a wrong rule: several sources, and a full set of pairs each week
            assertThat(all[1]).isGreaterThan(1).isLessThan(all[0]);
            assertThat(expectedPairs).hasSize(3 * k);
            assertThat(gap.pairs()).extracting(p -> p.period() + " " + id(p.word()) + " " + id(p.deed()) + " "
                    + String.format(Locale.ROOT, "%.2f", p.difference()) + " " + p.support())
                    .containsExactlyElementsOf(expectedPairs);
        }
    }

    private static String id(Evidence e) {
        return e.eventKey() != null ? "e" + e.eventKey() : "q" + e.quoteId();
    }

    /** {documents, independent sources} of documents given as {id, cluster, outlet, url}. */
    private static long[] support(List<String[]> docs) {
        Set<String> ids = new HashSet<>();
        Set<String> clusters = new HashSet<>();
        Set<String> publishers = new HashSet<>();
        for (String[] d : docs) {
            ids.add(d[0]);
            clusters.add(d[1] != null ? d[1] : d[0]);
            publishers.add(d[2] != null ? d[2] : d[3] != null ? d[3] : d[0]);
        }
        return new long[] {ids.size(), Math.min(clusters.size(), publishers.size())};
    }

    /** The best k contradicting pairs of one week, as "week word deed difference support". */
    private static List<String> pairs(LocalDate week, List<Act> acts, Function<Act, List<String[]>> docsOf, int k) {
        int c = RecordReader.CANDIDATES * k;
        Comparator<Act> order = Comparator.comparing(Act::day)
                .thenComparing(Act::key, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Act::quote, Comparator.nullsLast(Comparator.naturalOrder()));
        List<Act> words = new ArrayList<>();
        List<Act> deeds = new ArrayList<>();
        Map<String, List<Act>> byTarget = new HashMap<>();
        acts.stream().filter(a -> a.target() != null && a.g() != null).forEach(a -> byTarget.computeIfAbsent(
                a.target(), t -> new ArrayList<>()).add(a));
        for (List<Act> t : byTarget.values()) {
            t.stream().filter(a -> a.kind() == ActKind.WORD && a.g() > 0).sorted(Comparator
                    .comparing(Act::g, Comparator.reverseOrder()).thenComparing(order)).limit(c)
                    .forEach(words::add);
            t.stream().filter(a -> a.kind() == ActKind.DEED && a.g() < 0).sorted(Comparator
                    .comparing(Act::g).thenComparing(order)).limit(c).forEach(deeds::add);
        }
        record P(Act w, Act x, double diff, long sup) {
        }
        List<P> pairs = new ArrayList<>();
        for (Act w : words) {
            for (Act x : deeds) {
                if (w.target().startsWith(x.target()) || x.target().startsWith(w.target())) {
                    long ws = w.key() != null ? support(docsOf.apply(w))[1] : docsOf.apply(w).stream()
                            .map(d -> d[0]).distinct().count();
                    pairs.add(new P(w, x, w.g() - x.g(), Math.min(ws, support(docsOf.apply(x))[1])));
                }
            }
        }
        return pairs.stream().sorted(Comparator.comparingLong(P::sup).reversed()
                .thenComparing(P::diff, Comparator.reverseOrder())
                .thenComparing(p -> p.w().day()).thenComparing(p -> p.x().day())
                .thenComparing(p -> p.w().key(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(p -> p.w().quote(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(p -> p.x().key())).limit(k)
                .map(p -> week + " " + (p.w().key() != null ? "e" + p.w().key() : "q" + p.w().quote()) + " e"
                        + p.x().key() + " " + String.format(Locale.ROOT, "%.2f", p.diff()) + " " + p.sup()).toList();
    }

    private static void assertMean(Double actual, double sum, double n) {
        if (n == 0) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isCloseTo(sum / n, within(0.005));
        }
    }

    /** Every act of the record, from the raw rows, by the rule of the README. */
    private static List<Act> recount(Path file) throws SQLException {
        List<Act> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
                Statement s = c.createStatement()) {
            Map<Long, Act> first = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT event_key, event_date, date_basis, source_code, target_code, "
                    + "cameo, modality, goldstein FROM events ORDER BY id")) {
                while (rs.next()) {
                    LocalDate d = rs.getObject(2, LocalDate.class);
                    if (d == null || "text-implausible".equals(rs.getString(3)) || first.containsKey(rs.getLong(1))) {
                        continue;
                    }
                    Double g = (Double) rs.getObject(8);
                    first.put(rs.getLong(1), act(d, rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), g, rs.getLong(1), null));
                }
            }
            first.values().stream().filter(a -> a.kind() != null).forEach(out::add);
            Map<String, Act> quotes = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT speaker_code, quote, quote_date, date_basis, target_code, "
                    + "cameo, modality, id FROM quotes ORDER BY id")) {
                while (rs.next()) {
                    LocalDate d = rs.getObject(3, LocalDate.class);
                    if (d == null || "text-implausible".equals(rs.getString(4))) {
                        continue;
                    }
                    String group = rs.getString(1) + "\u0000" + rs.getString(2).trim().toLowerCase(Locale.ROOT);
                    Act a = act(d, rs.getString(1), rs.getString(5), rs.getString(6), rs.getString(7), null, null,
                            rs.getLong(8));
                    // the first row gives target, code, modality and id; the earliest date dates the group
                    quotes.merge(group, a, (old, x) -> x.day().isBefore(old.day()) ? new Act(x.day(), old.source(),
                            old.target(), old.cameo(), old.modality(), old.kind(), old.g(), null, old.quote()) : old);
                }
            }
            quotes.values().stream().filter(a -> a.kind() != null).forEach(out::add);
        }
        return out;
    }

    private static Act act(LocalDate d, String source, String target, String cameo, String modality, Double g,
            Long key, Long quote) {
        Optional<ActKind> kind = ActKind.of(cameo, Modality.parse(modality));
        Double weight = g != null ? g : CameoOntology.standard().find(cameo).or(() -> CameoOntology.standard()
                .find(cameo.substring(0, 2))).map(CameoCode::goldstein).orElse(null);
        return new Act(d, source, target, cameo, modality, kind.orElse(null), weight, key, quote);
    }
}
