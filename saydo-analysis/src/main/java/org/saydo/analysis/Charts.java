package org.saydo.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The chart of each analysis. Stateless. */
public final class Charts {

    private Charts() {
    }

    /** Gap: words and deeds mean Goldstein per period as lines, their counts as bars. */
    public static Chart gap(GapAnalysis.Result r) {
        List<String> labels = new ArrayList<>();
        List<Double> words = new ArrayList<>();
        List<Double> deeds = new ArrayList<>();
        List<Double> gw = new ArrayList<>();
        List<Double> gd = new ArrayList<>();
        List<Double> gwLow = new ArrayList<>();
        List<Double> gwHigh = new ArrayList<>();
        List<Double> gdLow = new ArrayList<>();
        List<Double> gdHigh = new ArrayList<>();
        for (GapAnalysis.Row row : r.periods()) {
            labels.add(row.period().toString());
            words.add((double) row.words());
            deeds.add((double) row.deeds());
            // a thin period (too few words or deeds) keeps its bars but breaks the lines: it is not in the trend
            boolean thin = row.support() != null && row.support().thin();
            gw.add(thin ? null : row.wordsGoldstein());
            gd.add(thin ? null : row.deedsGoldstein());
            gwLow.add(thin ? null : row.wordsInterval().low());
            gwHigh.add(thin ? null : row.wordsInterval().high());
            gdLow.add(thin ? null : row.deedsInterval().low());
            gdHigh.add(thin ? null : row.deedsInterval().high());
        }
        String who = r.request().actor() + (r.request().target() == null ? "" : " toward " + r.request().target());
        return new Chart("Words and deeds of " + who + " by " + r.request().period().label(), labels,
                List.of(new Chart.Series("words (count)", "#9ecae1", words),
                        new Chart.Series("deeds (count)", "#fdae6b", deeds)),
                List.of(new Chart.Series("words: mean Goldstein", "#3182bd", gw),
                        new Chart.Series("deeds: mean Goldstein", "#e6550d", gd),
                        new Chart.Series("words: 95% interval, low", "#c6dbef", gwLow),
                        new Chart.Series("words: 95% interval, high", "#c6dbef", gwHigh),
                        new Chart.Series("deeds: 95% interval, low", "#fdd0a2", gdLow),
                        new Chart.Series("deeds: 95% interval, high", "#fdd0a2", gdHigh)), List.of(), null);
    }

    /** Around talks: the actor's material-conflict deeds per day, talk dates marked. */
    public static Chart around(AroundTalks.Result r) {
        List<String> labels = new ArrayList<>();
        List<Double> deeds = new ArrayList<>();
        List<Integer> marks = new ArrayList<>();
        if (r.from() != null) {
            for (int i = 0; i < r.daily().size(); i++) {
                labels.add(r.from().plusDays(i).toString());
                deeds.add((double) r.daily().get(i));
            }
            for (AroundTalks.Talk t : r.talks()) {
                marks.add((int) (t.date().toEpochDay() - r.from().toEpochDay()));
            }
        }
        List<String> p = r.request().parties();
        return new Chart("Material-conflict deeds of " + r.request().actor() + " per day; talks " + p.get(0) + "–"
                + p.get(1) + " marked", labels, List.of(new Chart.Series("deeds (15–20) per day", "#e6550d", deeds)),
                List.of(), marks, "talks");
    }

    /** Ledger: commitments per status. */
    public static Chart ledger(Ledger.Result r) {
        List<String> labels = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        for (Ledger.Status s : Ledger.Status.values()) {
            labels.add(s.label());
            counts.add((double) r.counts().getOrDefault(s, 0L));
        }
        return new Chart("Commitments of " + r.request().actor() + " by status (horizon " + r.request().horizon()
                + " days)", labels, List.of(new Chart.Series("commitments", "#756bb1", counts)), List.of(), List.of(),
                null);
    }

    static String day(LocalDate d) {
        return d == null ? "-" : d.toString();
    }
}
