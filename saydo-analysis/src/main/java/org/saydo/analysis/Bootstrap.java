package org.saydo.analysis;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Percentile bootstrap intervals for the mean Goldstein of words, of deeds, and for their difference (the gap) in
 * one period. The acts of a side are resampled with replacement ({@value #REPLICATES} replicates, seeded), the
 * two sides independently; the interval is the 2.5th and 97.5th percentiles of the replicates' means (and of their
 * differences). A side of more than {@value #EXACT_LIMIT} acts draws its replicate mean from the normal law the
 * bootstrap mean follows at that size (mean, plug-in standard deviation / √n) instead of resampling every act, so
 * that a week of 100,000 acts costs no more than a week of 200 (at 200 bounded values the mean is close to
 * normal already). Works on value histograms (Goldstein weights are
 * few distinct values). Deterministic for a seed; thread-safe.
 */
public final class Bootstrap {

    /** Replicates per interval. */
    public static final int REPLICATES = 1000;
    /** Sides up to this many acts are resampled act by act. */
    public static final int EXACT_LIMIT = 200;
    /** The default seed. */
    public static final long SEED = 42;

    private Bootstrap() {
    }

    /** An interval, or nulls when it is undefined (an empty side). */
    public record Interval(Double low, Double high) {
        public Interval {
            if (low != null && high != null && low > high) {
                throw new IllegalArgumentException("low " + low + " above high " + high);
            }
        }

        static final Interval NONE = new Interval(null, null);
    }

    /** The three intervals of a period. */
    public record Intervals(Interval words, Interval deeds, Interval gap) {
    }

    /**
     * The intervals of one period.
     *
     * @param words the words' Goldstein weights: value → number of acts
     * @param deeds the deeds' weights
     * @param seed the seed (the same seed and histograms give the same intervals)
     */
    public static Intervals intervals(Map<Double, Long> words, Map<Double, Long> deeds, long seed) {
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(deeds, "deeds");
        SplittableRandom random = new SplittableRandom(seed);
        double[] w = replicates(words, random);
        double[] d = replicates(deeds, random);
        Interval gap = Interval.NONE;
        if (w != null && d != null) {
            double[] g = new double[REPLICATES];
            for (int i = 0; i < REPLICATES; i++) {
                g[i] = w[i] - d[i];
            }
            gap = percentiles(g);
        }
        return new Intervals(w == null ? Interval.NONE : percentiles(w), d == null ? Interval.NONE : percentiles(d),
                gap);
    }

    /** The replicate means of one side, or null when it is empty. */
    private static double[] replicates(Map<Double, Long> histogram, SplittableRandom random) {
        TreeMap<Double, Long> h = new TreeMap<>();
        histogram.forEach((v, n) -> {
            if (n < 0) {
                throw new IllegalArgumentException("negative count " + n + " for value " + v);
            }
            if (n > 0) {
                h.put(v, n);
            }
        });
        long n = h.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        double[] values = new double[h.size()];
        long[] upTo = new long[h.size()];
        double sum = 0;
        double squares = 0;
        int i = 0;
        long cum = 0;
        for (Map.Entry<Double, Long> e : h.entrySet()) {
            values[i] = e.getKey();
            cum += e.getValue();
            upTo[i++] = cum;
            sum += e.getKey() * e.getValue();
            squares += e.getKey() * e.getKey() * e.getValue();
        }
        double mean = sum / n;
        double sd = Math.sqrt(Math.max(0, squares / n - mean * mean));
        double[] out = new double[REPLICATES];
        for (int r = 0; r < REPLICATES; r++) {
            if (n > EXACT_LIMIT) {
                out[r] = mean + sd / Math.sqrt(n) * gaussian(random);
                continue;
            }
            double s = 0;
            for (long k = 0; k < n; k++) {
                long x = random.nextLong(n);
                int j = Arrays.binarySearch(upTo, x + 1);
                s += values[j >= 0 ? j : -j - 1];
            }
            out[r] = s / n;
        }
        return out;
    }

    /** A standard normal draw (Box–Muller), from the seeded generator. */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static Interval percentiles(double[] replicates) {
        double[] s = replicates.clone();
        Arrays.sort(s);
        return new Interval(s[(int) Math.floor(0.025 * (s.length - 1))], s[(int) Math.ceil(0.975 * (s.length - 1))]);
    }
}
