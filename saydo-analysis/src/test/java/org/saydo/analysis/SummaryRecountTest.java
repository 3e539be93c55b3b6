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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.ontology.CameoCode;
import org.saydo.ontology.CameoOntology;
import org.saydo.record.Modality;
import org.saydo.store.ActKind;
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
            Double g) {
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
                            rs.getString(7), g));
                }
            }
            first.values().stream().filter(a -> a.kind() != null).forEach(out::add);
            Map<String, Act> quotes = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT speaker_code, quote, quote_date, date_basis, target_code, "
                    + "cameo, modality FROM quotes ORDER BY id")) {
                while (rs.next()) {
                    LocalDate d = rs.getObject(3, LocalDate.class);
                    if (d == null || "text-implausible".equals(rs.getString(4))) {
                        continue;
                    }
                    String group = rs.getString(1) + "\u0000" + rs.getString(2).trim().toLowerCase(Locale.ROOT);
                    Act a = act(d, rs.getString(1), rs.getString(5), rs.getString(6), rs.getString(7), null);
                    // the first row gives target, code and modality; the earliest date dates the group
                    quotes.merge(group, a, (old, x) -> x.day().isBefore(old.day()) ? new Act(x.day(), old.source(),
                            old.target(), old.cameo(), old.modality(), old.kind(), old.g()) : old);
                }
            }
            quotes.values().stream().filter(a -> a.kind() != null).forEach(out::add);
        }
        return out;
    }

    private static Act act(LocalDate d, String source, String target, String cameo, String modality, Double g) {
        Optional<ActKind> kind = ActKind.of(cameo, Modality.parse(modality));
        Double weight = g != null ? g : CameoOntology.standard().find(cameo).or(() -> CameoOntology.standard()
                .find(cameo.substring(0, 2))).map(CameoCode::goldstein).orElse(null);
        return new Act(d, source, target, cameo, modality, kind.orElse(null), weight);
    }
}
