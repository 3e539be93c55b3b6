package org.saydo.analysis;

import java.util.List;
import java.util.Locale;
import org.saydo.store.Evidence;

/** The profile as one self-contained HTML page: inline CSS and SVG, no script, no external resource. Stateless. */
public final class HtmlPage {

    private HtmlPage() {
    }

    private static String e(String s) {
        return Chart.escape(s == null ? "" : s);
    }

    /** The page. */
    public static String profile(Profile.Result r) {
        StringBuilder sb = new StringBuilder();
        String actor = e(r.request().actor());
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Saydo profile: ").append(actor)
                .append("</title>\n<style>body{font-family:Helvetica,Arial,sans-serif;max-width:960px;margin:2em auto;"
                        + "color:#222}table{border-collapse:collapse;font-size:13px;margin:.5em 0}td,th{border-bottom:"
                        + "1px solid #ddd;padding:3px 8px;text-align:right}td.l,th.l{text-align:left}h2{margin-top:"
                        + "1.6em;border-bottom:2px solid #333}.src{color:#666;font-size:12px}</style></head><body>\n");
        sb.append("<h1>Saydo profile: ").append(actor).append("</h1>\n<p class=\"src\">Counts are events (event keys), "
                + "not reports. Every figure rests on the events and quotes listed, with their document and sentence."
                + "</p>\n");
        GapAnalysis.Result g = r.gap();
        sb.append("<h2>Words and deeds</h2>\n").append(Charts.gap(g).svg());
        sb.append("<table><tr><th class=\"l\">period</th><th>Q1</th><th>Q3</th><th>words</th><th>mean G words</th>"
                + "<th>Q2</th><th>Q4</th><th>deeds</th><th>mean G deeds</th><th>gap</th></tr>\n");
        for (GapAnalysis.Row row : g.periods()) {
            gapRow(sb, row.period().toString(), row);
        }
        gapRow(sb, "all", g.total());
        sb.append("</table>\n");
        if (!g.pairs().isEmpty()) {
            sb.append("<h3>Most contradicting pairs</h3><table><tr><th class=\"l\">period</th><th>difference</th>"
                    + "<th class=\"l\">said</th><th class=\"l\">did</th></tr>\n");
            for (GapAnalysis.Pair p : g.pairs()) {
                sb.append("<tr><td class=\"l\">").append(p.period()).append("</td><td>")
                        .append(String.format(Locale.ROOT, "%.1f", p.difference())).append("</td><td class=\"l\">")
                        .append(e(p.word().cite())).append("</td><td class=\"l\">").append(e(p.deed().cite()))
                        .append("</td></tr>\n");
            }
            sb.append("</table>\n");
        }
        sb.append("<h2>Around talks</h2>\n");
        if (r.around() == null) {
            sb.append("<p>No diplomatic events (03x–05x) of ").append(actor).append(" in the record.</p>\n");
        } else {
            sb.append(Charts.around(r.around()).svg());
            sb.append("<pre>").append(e(TextReport.around(r.around(), false))).append("</pre>\n");
        }
        sb.append("<h2>Ledger</h2>\n").append(Charts.ledger(r.ledger()).svg());
        sb.append("<pre>").append(e(TextReport.ledger(r.ledger(), false))).append("</pre>\n");
        list(sb, "Top quotes", r.topQuotes());
        list(sb, "Top events", r.topEvents());
        sb.append("</body></html>\n");
        return sb.toString();
    }

    private static void gapRow(StringBuilder sb, String label, GapAnalysis.Row row) {
        sb.append("<tr><td class=\"l\">").append(label).append("</td><td>").append(row.verbalCooperation())
                .append("</td><td>").append(row.verbalConflict()).append("</td><td>").append(row.words())
                .append("</td><td>").append(TextReport.num(row.wordsGoldstein())).append("</td><td>")
                .append(row.materialCooperation()).append("</td><td>").append(row.materialConflict())
                .append("</td><td>").append(row.deeds()).append("</td><td>").append(TextReport.num(row.deedsGoldstein()))
                .append("</td><td>").append(TextReport.num(row.gap())).append("</td></tr>\n");
    }

    private static void list(StringBuilder sb, String title, List<Evidence> items) {
        sb.append("<h2>").append(title).append("</h2>\n<ol>\n");
        for (Evidence x : items) {
            sb.append("<li>").append(e(x.cite())).append("</li>\n");
        }
        sb.append("</ol>\n");
        if (items.isEmpty()) {
            sb.append("<p>None.</p>\n");
        }
    }
}
