package org.saydo.analysis;

import java.util.List;
import java.util.Locale;
import org.saydo.store.Evidence;

/** Plain-text renderings of the results, as the terminal shows them. Stateless. */
public final class TextReport {

    private TextReport() {
    }

    static String num(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }

    /** The gap table, its pairs, and (with {@code evidence}) the events and quotes behind each period. */
    public static String gap(GapAnalysis.Result r, boolean evidence) {
        StringBuilder sb = new StringBuilder();
        GapAnalysis.Request q = r.request();
        sb.append("Say-do gap of ").append(q.actor()).append(q.target() == null ? "" : " toward " + q.target())
                .append(" by ").append(q.period().label()).append(" (events, not reports), ")
                .append(range(r.from(), r.to())).append(implausible(r.implausible())).append('\n');
        String head = String.format(Locale.ROOT, "%-10s %5s %5s %6s %7s | %5s %5s %6s %7s | %7s%n", "PERIOD", "Q1",
                "Q3", "WORDS", "G(W)", "Q2", "Q4", "DEEDS", "G(D)", "GAP");
        sb.append(head);
        for (GapAnalysis.Row row : r.periods()) {
            sb.append(gapRow(row.period().toString(), row));
            if (evidence) {
                row.evidence().forEach(e -> sb.append("    ").append(e.cite()).append('\n'));
            }
        }
        sb.append(gapRow("all", r.total()));
        if (r.periods().isEmpty()) {
            sb.append("no words or deeds of ").append(q.actor()).append(" in the record for these filters\n");
        } else {
            sb.append("\nSupport and 95% bootstrap intervals (").append(Bootstrap.REPLICATES).append(" replicates, seed ")
                    .append(Bootstrap.SEED).append(" + period; thin: fewer than ").append(q.minEvents())
                    .append(" words or deeds, left out of the trend):\n");
            sb.append(String.format(Locale.ROOT, "%-10s %6s %5s %4s  %-15s %-15s %-15s%n", "PERIOD", "EVENTS", "DOCS",
                    "SRC", "G(W) 95%", "G(D) 95%", "GAP 95%"));
            for (GapAnalysis.Row row : r.periods()) {
                sb.append(supportRow(row.period().toString(), row));
            }
            sb.append(supportRow("all", r.total()));
        }
        if (!r.pairs().isEmpty()) {
            sb.append("\nBest-supported contradicting pairs (cooperative word, hostile deed, same target, same period; "
                    + "by support, then difference):\n");
            for (GapAnalysis.Pair p : r.pairs()) {
                sb.append(String.format(Locale.ROOT, "%s  support %d (independent sources of the weaker side)  "
                        + "difference %.1f%n", p.period(), p.support(), p.difference()));
                sb.append("  said: ").append(p.word().cite()).append('\n');
                sb.append("  did:  ").append(p.deed().cite()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String gapRow(String label, GapAnalysis.Row row) {
        boolean thin = row.period() != null && row.support() != null && row.support().thin();
        return String.format(Locale.ROOT, "%-10s %5d %5d %6d %7s | %5d %5d %6d %7s | %7s%s%n", label,
                row.verbalCooperation(), row.verbalConflict(), row.words(), num(row.wordsGoldstein()),
                row.materialCooperation(), row.materialConflict(), row.deeds(), num(row.deedsGoldstein()),
                num(row.gap()), thin ? "  thin" : "");
    }

    private static String supportRow(String label, GapAnalysis.Row row) {
        GapAnalysis.Support s = row.support();
        return String.format(Locale.ROOT, "%-10s %6d %5d %4d  %-15s %-15s %-15s%s%n", label, s.events(), s.documents(),
                s.sources(), interval(row.wordsInterval()), interval(row.deedsInterval()), interval(row.gapInterval()),
                row.period() != null && s.thin() ? "  thin" : "");
    }

    static String interval(Bootstrap.Interval i) {
        return i.low() == null ? "-" : String.format(Locale.ROOT, "[%.2f, %.2f]", i.low(), i.high());
    }

    /** The talks, each with its before/during/after counts, and the summary. */
    public static String around(AroundTalks.Result r, boolean evidence) {
        StringBuilder sb = new StringBuilder();
        AroundTalks.Request q = r.request();
        sb.append("Material-conflict deeds (15-20, asserted/reported) of ").append(q.actor()).append(" around talks ")
                .append(q.parties().get(0)).append("-").append(q.parties().get(1)).append(", window ")
                .append(q.window()).append(" days, ").append(r.from() == null ? "empty record" : r.from() + " .. "
                        + r.to()).append(implausible(r.implausible())).append('\n');
        if (r.talks().isEmpty()) {
            sb.append("no diplomatic events (03x-05x, asserted/reported) between ").append(q.parties().get(0))
                    .append(" and ").append(q.parties().get(1)).append(" in this range\n");
        } else {
            sb.append(String.format(Locale.ROOT, "%-10s %6s %6s %6s  %s%n", "TALKS", "BEFORE", "DURING", "AFTER",
                    "TALK EVENTS"));
            for (AroundTalks.Talk t : r.talks()) {
                sb.append(String.format(Locale.ROOT, "%-10s %6d %6d %6d  %s%n", t.date(), t.before(), t.during(),
                        t.after(), join(t.talkEvents())));
                if (evidence) {
                    t.evidence().forEach(e -> sb.append("    ").append(e.cite()).append('\n'));
                }
            }
        }
        CoveredRates.Comparison s = r.summary();
        sb.append(String.format(Locale.ROOT, "coverage: %d of %d days have documents; inside the windows %d covered "
                + "days, %d documents; outside %d covered days, %d documents%s%n", s.coveredDays(), s.days(),
                s.insideDays(), s.documentsInside(), s.outsideDays(), s.documentsOutside(), s.deedsUncovered() == 0
                        ? "" : "; " + s.deedsUncovered() + " deeds dated on days without documents left out"));
        sb.append(String.format(Locale.ROOT, "inside windows: %d deeds / %d days = %.3f per day, %.2f per 100 "
                + "documents; outside: %d / %d = %.3f per day, %.2f per 100 documents%n", s.deedsInside(),
                s.insideDays(), s.rateInside(), s.per100Inside(), s.deedsOutside(), s.outsideDays(), s.rateOutside(),
                s.per100Outside()));
        sb.append(String.format(Locale.ROOT, "rate ratio per day %s, per document %s; permutation p = %s (per-document "
                + "difference, talk days moved among covered days of the same weekly volume; %s, %d sets, seed %d)%n",
                ratio(s.rateRatio()), ratio(s.documentRateRatio()),
                s.pValue() == null ? "-" : String.format(Locale.ROOT, "%.4f", s.pValue()),
                s.exact() ? "exact" : "random draws", s.sets(), q.seed()));
        s.warnings().forEach(w -> sb.append("warning: ").append(w).append('\n'));
        return sb.toString();
    }

    private static String range(java.time.LocalDate from, java.time.LocalDate to) {
        return from == null ? "empty record" : (from + " .. " + (to == null ? "-" : to));
    }

    /** The header's count of acts left out for an implausible date. */
    static String implausible(long n) {
        return "; " + n + " act" + (n == 1 ? "" : "s") + " with an implausible date left out";
    }

    private static String ratio(Double v) {
        return v == null ? "undefined" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String join(List<Long> keys) {
        StringBuilder sb = new StringBuilder();
        for (Long k : keys) {
            sb.append(sb.length() == 0 ? "#" : " #").append(k);
        }
        return sb.toString();
    }

    /** The ledger: one row per commitment with its status and the events that decided it. */
    public static String ledger(Ledger.Result r, boolean evidence) {
        StringBuilder sb = new StringBuilder();
        Ledger.Request q = r.request();
        sb.append("Ledger of ").append(q.actor()).append(", horizon ").append(q.horizon()).append(" days; record ends ")
                .append(r.lastDate() == null ? "-" : r.lastDate()).append(implausible(r.implausible())).append('\n');
        sb.append("kept ").append(r.counts().get(Ledger.Status.KEPT)).append(", broken ")
                .append(r.counts().get(Ledger.Status.BROKEN)).append(", pending ")
                .append(r.counts().get(Ledger.Status.PENDING)).append(", inconclusive ")
                .append(r.counts().get(Ledger.Status.INCONCLUSIVE)).append(", unspecified ")
                .append(r.counts().get(Ledger.Status.UNSPECIFIED)).append('\n');
        if (r.entries().isEmpty()) {
            sb.append("no commitments").append(q.status() == null ? "" : " with status " + q.status().label())
                    .append(" of ").append(q.actor()).append(" in the record\n");
            return sb.toString();
        }
        sb.append(String.format(Locale.ROOT, "%-7s %-10s %-6s %-8s %-16s %-12s %-12s %s%n", "EVENT", "DATE", "CAMEO",
                "TARGET", "RULE", "STATUS", "DECIDED BY", "REASON"));
        for (Ledger.Entry e : r.entries()) {
            Evidence c = e.commitment();
            List<Evidence> by = e.status() == Ledger.Status.BROKEN ? e.broken() : e.kept();
            StringBuilder keys = new StringBuilder();
            for (Evidence x : e.status() == Ledger.Status.INCONCLUSIVE ? concat(e.kept(), e.broken()) : by) {
                keys.append(keys.length() == 0 ? "#" : " #").append(x.eventKey());
            }
            sb.append(String.format(Locale.ROOT, "%-7s %-10s %-6s %-8s %-16s %-12s %-12s %s%n", "#" + c.eventKey(),
                    c.date(), c.cameo(), c.target() == null ? "-" : c.target(), e.rule(), e.status().label(),
                    keys.length() == 0 ? "-" : keys, e.reason()));
            if (evidence) {
                sb.append("    commitment: ").append(c.cite()).append('\n');
                e.kept().forEach(x -> sb.append("    kept by:    ").append(x.cite()).append('\n'));
                e.broken().forEach(x -> sb.append("    broken by:  ").append(x.cite()).append('\n'));
            }
        }
        return sb.toString();
    }

    private static List<Evidence> concat(List<Evidence> a, List<Evidence> b) {
        List<Evidence> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** The whole profile page. */
    public static String profile(Profile.Result r, boolean evidence) {
        StringBuilder sb = new StringBuilder();
        sb.append("== Profile of ").append(r.request().actor()).append(" ==\n\n");
        sb.append(gap(r.gap(), evidence)).append('\n');
        if (r.around() == null) {
            sb.append("Around talks: no diplomatic events (03x-05x) of ").append(r.request().actor())
                    .append(" in the record\n\n");
        } else {
            sb.append("Around talks with its most frequent talk partner, ").append(r.partner()).append(":\n");
            sb.append(around(r.around(), false)).append('\n');
        }
        Ledger.Result l = r.ledger();
        sb.append("Ledger (horizon ").append(l.request().horizon()).append(" days): kept ")
                .append(l.counts().get(Ledger.Status.KEPT)).append(", broken ").append(l.counts().get(Ledger.Status.BROKEN))
                .append(", pending ").append(l.counts().get(Ledger.Status.PENDING)).append(", inconclusive ")
                .append(l.counts().get(Ledger.Status.INCONCLUSIVE)).append(", unspecified ")
                .append(l.counts().get(Ledger.Status.UNSPECIFIED)).append("\n\n");
        sb.append("Top quotes (most repeated, then most recent):\n");
        if (r.topQuotes().isEmpty()) {
            sb.append("  none\n");
        }
        r.topQuotes().forEach(e -> sb.append("  ").append(e.cite()).append('\n'));
        sb.append("\nTop events (most reports first):\n");
        if (r.topEvents().isEmpty()) {
            sb.append("  none\n");
        }
        r.topEvents().forEach(e -> sb.append("  ").append(e.cite()).append('\n'));
        return sb.toString();
    }
}
