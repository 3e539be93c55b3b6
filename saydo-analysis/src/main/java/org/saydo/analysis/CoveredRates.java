package org.saydo.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Deeds inside and outside the windows of talk days, over covered days only, per day and per 100 documents, with
 * a permutation test that moves talk days only among covered days of the same weekly-volume stratum. Pure: works
 * on arrays indexed by day of the range. Formulas: {@code saydo-analysis/README.md} (around). Thread-safe.
 */
public final class CoveredRates {

    private CoveredRates() {
    }

    /** Warn when fewer covered days than this lie outside (or inside) the windows. */
    static final int MIN_DAYS = 7;
    /** Warn when the documents per covered day inside and outside differ by more than this factor. */
    static final double MAX_VOLUME_RATIO = 3.0;
    /** Warn when fewer than this share of the range's days are covered. */
    static final double MIN_COVERED_SHARE = 0.5;

    /**
     * The comparison.
     *
     * @param days days of the range
     * @param coveredDays days of the range with at least one document
     * @param insideDays covered days inside at least one window
     * @param outsideDays the other covered days
     * @param deedsInside deeds on the inside days
     * @param deedsOutside deeds on the outside days
     * @param deedsUncovered deeds dated on days without documents (left out)
     * @param documentsInside documents published on the inside days
     * @param documentsOutside documents published on the outside days
     * @param rateInside deeds per inside day (0 for none)
     * @param rateOutside deeds per outside day (0 for none)
     * @param rateRatio {@code rateInside / rateOutside}, null when the outside rate is 0 or there are no talks
     * @param per100Inside deeds per 100 documents inside (0 for no documents)
     * @param per100Outside deeds per 100 documents outside (0 for no documents)
     * @param documentRateRatio {@code per100Inside / per100Outside}, null when the outside rate is 0 or no talks
     * @param pValue the permutation p-value of the per-document difference, null when there are no talks
     * @param exact whether every stratified talk-day set was enumerated
     * @param sets the sets compared
     * @param warnings why the ratio may mean little (empty: none)
     */
    public record Comparison(long days, long coveredDays, long insideDays, long outsideDays, long deedsInside,
            long deedsOutside, long deedsUncovered, long documentsInside, long documentsOutside, double rateInside,
            double rateOutside, Double rateRatio, double per100Inside, double per100Outside, Double documentRateRatio,
            Double pValue, boolean exact, long sets, List<String> warnings) {

        public Comparison {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Compares inside against outside.
     *
     * @param deeds deeds per day of the range
     * @param docs documents published per day of the range
     * @param strata the volume stratum of each day ({@link Coverage#strata}; -1: the day is not covered)
     * @param talkDays the talk days (indices into the range; those on days not covered are ignored)
     * @param window days before and after a talk day in its window
     * @param permutations the most sets enumerated, else the number drawn
     * @param seed the seed of the draws
     * @param random draw even when every set could be enumerated (for tests)
     */
    public static Comparison compare(long[] deeds, long[] docs, int[] strata, int[] talkDays, int window,
            int permutations, long seed, boolean random) {
        Objects.requireNonNull(deeds, "deeds");
        if (docs.length != deeds.length || strata.length != deeds.length) {
            throw new IllegalArgumentException("deeds, docs and strata differ in length: " + deeds.length + ", "
                    + docs.length + ", " + strata.length);
        }
        int days = deeds.length;
        long covered = 0;
        long uncovered = 0;
        long totalDeeds = 0;
        long totalDocs = 0;
        for (int d = 0; d < days; d++) {
            if (strata[d] >= 0) {
                covered++;
                totalDeeds += deeds[d];
                totalDocs += docs[d];
            } else {
                uncovered += deeds[d];
            }
        }
        int[] talks = java.util.Arrays.stream(talkDays).filter(t -> t >= 0 && t < days && strata[t] >= 0).distinct()
                .sorted().toArray();
        Totals obs = totals(deeds, docs, strata, talks, window);
        long outDays = covered - obs.days;
        long outDeeds = totalDeeds - obs.deeds;
        long outDocs = totalDocs - obs.docs;
        double rin = obs.days == 0 ? 0 : (double) obs.deeds / obs.days;
        double rout = outDays == 0 ? 0 : (double) outDeeds / outDays;
        double pin = obs.docs == 0 ? 0 : 100.0 * obs.deeds / obs.docs;
        double pout = outDocs == 0 ? 0 : 100.0 * outDeeds / outDocs;
        List<String> warnings = warnings(days, covered, obs, outDays, outDocs, talks.length);
        if (talks.length == 0) {
            return new Comparison(days, covered, 0, covered, 0, totalDeeds, uncovered, 0, totalDocs, 0, rout, null, 0,
                    pout, null, null, true, 0, warnings);
        }
        double observed = statistic(obs, totalDeeds, totalDocs);
        // the talk days of each stratum, and the covered days they may move to
        int groups = 0;
        for (int s : strata) {
            groups = Math.max(groups, s + 1);
        }
        List<int[]> pools = new ArrayList<>();
        int[] need = new int[groups];
        for (int t : talks) {
            need[strata[t]]++;
        }
        for (int g = 0; g < groups; g++) {
            int gg = g;
            pools.add(java.util.stream.IntStream.range(0, days).filter(d -> strata[d] == gg).toArray());
        }
        long sets = 1;
        for (int g = 0; g < groups && sets <= permutations; g++) {
            sets = Math.min(permutations + 1L, sets * AroundTalks.binomialCapped(pools.get(g).length, need[g],
                    permutations + 1L));
        }
        int[] chosen = new int[talks.length];
        if (sets <= permutations && !random) {
            long[] atLeast = {0};
            long allDeeds = totalDeeds;
            long allDocs = totalDocs;
            enumerate(pools, need, 0, 0, 0, chosen, () -> {
                if (statistic(totals(deeds, docs, strata, chosen, window), allDeeds, allDocs) >= observed - 1e-12) {
                    atLeast[0]++;
                }
            });
            return comparison(days, covered, obs, outDays, outDeeds, uncovered, outDocs, rin, rout, pin, pout,
                    (double) atLeast[0] / sets, true, sets, warnings);
        }
        SplittableRandom draws = new SplittableRandom(seed);
        long atLeast = 0;
        for (int n = 0; n < permutations; n++) {
            int c = 0;
            for (int g = 0; g < groups; g++) {
                int[] pool = pools.get(g).clone();
                for (int j = 0; j < need[g]; j++) {
                    int r = j + draws.nextInt(pool.length - j);
                    int t = pool[j];
                    pool[j] = pool[r];
                    pool[r] = t;
                    chosen[c++] = pool[j];
                }
            }
            if (statistic(totals(deeds, docs, strata, chosen, window), totalDeeds, totalDocs) >= observed - 1e-12) {
                atLeast++;
            }
        }
        return comparison(days, covered, obs, outDays, outDeeds, uncovered, outDocs, rin, rout, pin, pout,
                (1.0 + atLeast) / (1.0 + permutations), false, permutations, warnings);
    }

    private static Comparison comparison(long days, long covered, Totals obs, long outDays, long outDeeds,
            long uncovered, long outDocs, double rin, double rout, double pin, double pout, double p, boolean exact,
            long sets, List<String> warnings) {
        return new Comparison(days, covered, obs.days, outDays, obs.deeds, outDeeds, uncovered, obs.docs, outDocs, rin,
                rout, rout == 0 ? null : rin / rout, pin, pout, pout == 0 ? null : pin / pout, p, exact, sets,
                warnings);
    }

    /** Every choice of need[g] days from each pool g, in turn, into {@code chosen}. */
    private static void enumerate(List<int[]> pools, int[] need, int g, int from, int filled, int[] chosen,
            Runnable each) {
        if (g == pools.size()) {
            each.run();
            return;
        }
        int taken = filled - offset(need, g);
        if (taken == need[g]) {
            enumerate(pools, need, g + 1, 0, filled, chosen, each);
            return;
        }
        int[] pool = pools.get(g);
        for (int i = from; i <= pool.length - (need[g] - taken); i++) {
            chosen[filled] = pool[i];
            enumerate(pools, need, g, i + 1, filled + 1, chosen, each);
        }
    }

    private static int offset(int[] need, int g) {
        int n = 0;
        for (int i = 0; i < g; i++) {
            n += need[i];
        }
        return n;
    }

    private record Totals(long days, long deeds, long docs) {
    }

    /** The covered days inside the windows of {@code talks}, their deeds and documents. */
    private static Totals totals(long[] deeds, long[] docs, int[] strata, int[] talks, int window) {
        boolean[] inside = new boolean[deeds.length];
        long n = 0;
        long in = 0;
        long dn = 0;
        for (int t : talks) {
            for (int d = Math.max(0, t - window); d <= Math.min(deeds.length - 1, t + window); d++) {
                if (!inside[d] && strata[d] >= 0) {
                    inside[d] = true;
                    n++;
                    in += deeds[d];
                    dn += docs[d];
                }
            }
        }
        return new Totals(n, in, dn);
    }

    /** Deeds per document inside minus outside (0 for a side without documents). */
    private static double statistic(Totals t, long totalDeeds, long totalDocs) {
        long outDocs = totalDocs - t.docs;
        return (t.docs == 0 ? 0 : (double) t.deeds / t.docs)
                - (outDocs == 0 ? 0 : (double) (totalDeeds - t.deeds) / outDocs);
    }

    private static List<String> warnings(long days, long covered, Totals in, long outDays, long outDocs, int talks) {
        List<String> out = new ArrayList<>();
        if (talks == 0) {
            return out;
        }
        if (outDays < MIN_DAYS || in.days < MIN_DAYS) {
            out.add(String.format(Locale.ROOT, "only %d covered days inside and %d outside the windows (fewer than "
                    + "%d on a side): the rates rest on too few days", in.days, outDays, MIN_DAYS));
        }
        if (in.days > 0 && outDays > 0) {
            double vin = (double) in.docs / in.days;
            double vout = (double) outDocs / outDays;
            if (vin > MAX_VOLUME_RATIO * vout || vout > MAX_VOLUME_RATIO * vin) {
                out.add(String.format(Locale.ROOT, "uneven coverage: %.1f documents per covered day inside the "
                        + "windows, %.1f outside (more than %.0fx apart): compare the per-document rates, and "
                        + "distrust the per-day ratio", vin, vout, MAX_VOLUME_RATIO));
            }
        }
        if (days > 0 && covered < MIN_COVERED_SHARE * days) {
            out.add(String.format(Locale.ROOT, "only %d of the range's %d days have documents", covered, days));
        }
        return out;
    }
}
