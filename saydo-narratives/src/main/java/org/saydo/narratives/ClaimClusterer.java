package org.saydo.narratives;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups claims (sentences) of many documents into recurring propositions: paraphrases whose embeddings are
 * close, voiced in at least a given number of documents. Leader clustering in document order: a claim joins the
 * cluster whose centroid is most similar when the cosine similarity reaches the threshold (the later cluster on a
 * tie), else starts a new one; the same claims in the same order give the same clusters.
 *
 * <p>Up to {@code exactUpTo} claims (default {@value #EXACT_UP_TO}) every claim is compared with every cluster.
 * Larger inputs would take long so (100,000 claims form tens of thousands of clusters), and search an inverted
 * file instead: the claims' space is cut into cells (spherical k-means on a sample of the claims, about
 * &radic;n cells), each cluster is filed under the cell nearest its centroid (filed again when its size reaches a
 * power of two, as the centroid moves), and a claim is compared only with the clusters of its
 * {@value #PROBES} nearest cells. That is approximate: a cluster filed under another cell is missed; {@code
 * saydo narratives bench --discover} measures how many claims land elsewhere than with the exact search.
 * Stateless, so thread-safe; the cells are computed with the common fork-join pool.
 */
public final class ClaimClusterer {

    /** Inputs up to this many claims are compared with every cluster. */
    public static final int EXACT_UP_TO = 5_000;

    /** The cells of the index whose clusters a claim is compared with. */
    public static final int PROBES = 8;

    private final double threshold;
    private final int minDocs;
    private final int exactUpTo;

    /**
     * @param threshold the smallest cosine similarity between a claim and a cluster's centroid for it to join
     *     (0–1)
     * @param minDocs the fewest distinct documents a cluster must be voiced in to be reported
     */
    public ClaimClusterer(double threshold, int minDocs) {
        this(threshold, minDocs, EXACT_UP_TO);
    }

    /**
     * @param exactUpTo inputs of up to this many claims are compared with every cluster; larger ones search the
     *     index ({@link Integer#MAX_VALUE}: always exact, 0: always the index)
     */
    public ClaimClusterer(double threshold, int minDocs, int exactUpTo) {
        if (!(threshold > 0 && threshold < 1) || minDocs < 1 || exactUpTo < 0) {
            throw new IllegalArgumentException("bad clustering settings: threshold=" + threshold + " (0-1), minDocs="
                    + minDocs + " (1 or more), exactUpTo=" + exactUpTo + " (0 or more)");
        }
        this.threshold = threshold;
        this.minDocs = minDocs;
        this.exactUpTo = exactUpTo;
    }

    /**
     * One claim.
     *
     * @param doc the document it is in
     * @param sentence the sentence's index in the document
     * @param text the sentence
     * @param date the document's publication date, or {@code null}
     * @param vector its embedding
     */
    public record Claim(String doc, int sentence, String text, LocalDate date, float[] vector) {

        public Claim {
            Objects.requireNonNull(doc, "doc");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(vector, "vector");
        }
    }

    /**
     * A recurring proposition.
     *
     * @param id a stable id: {@code c} and the first 8 hex digits of the SHA-256 of its name
     * @param name its most central claim (the one closest to the centroid)
     * @param claims its claims, in input order
     * @param documents the distinct documents that voice it, in input order
     * @param firstSeen the earliest publication date among its documents, or {@code null} when none is dated
     * @param perWeek claims per ISO week ({@code 2025-W48}), of dated documents
     * @param centroid the normalised mean of its claims' vectors
     */
    public record Cluster(String id, String name, List<Claim> claims, List<String> documents, LocalDate firstSeen,
            Map<String, Integer> perWeek, float[] centroid) {

        public Cluster {
            claims = List.copyOf(claims);
            documents = List.copyOf(documents);
            perWeek = java.util.Collections.unmodifiableMap(new TreeMap<>(perWeek));
        }
    }

    /** The clusters voiced in at least {@code minDocs} documents, the most documents first (then by id). */
    public List<Cluster> cluster(List<Claim> claims) {
        int[] assigned = assign(claims);
        int k = 0;
        for (int a : assigned) {
            k = Math.max(k, a + 1);
        }
        List<List<Claim>> members = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            members.add(new ArrayList<>(1));
        }
        for (int i = 0; i < assigned.length; i++) {
            members.get(assigned[i]).add(claims.get(i));
        }
        List<Cluster> out = new ArrayList<>();
        for (List<Claim> m : members) {
            Set<String> docs = new LinkedHashSet<>();
            m.forEach(c -> docs.add(c.doc()));
            if (docs.size() >= minDocs) {
                out.add(summary(m, List.copyOf(docs)));
            }
        }
        out.sort(Comparator.comparingInt((Cluster c) -> -c.documents().size()).thenComparing(Cluster::id));
        return out;
    }

    /**
     * Each claim's cluster: clusters are numbered from 0 in the order they start, so cluster {@code c}'s first
     * claim is the first {@code i} with {@code assign(claims)[i] == c}. All of a claim's vectors must have one
     * length.
     */
    public int[] assign(List<Claim> claims) {
        int n = claims.size();
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        int dim = claims.get(0).vector().length;
        float[][] unit = new float[n][];
        for (int i = 0; i < n; i++) {
            Claim c = claims.get(i);
            if (c.vector().length != dim) {
                throw new IllegalArgumentException(c.doc() + " #" + c.sentence() + ": a vector of " + c.vector().length
                        + " numbers among vectors of " + dim);
            }
            unit[i] = normalised(c.vector());
        }
        Cells cells = n > exactUpTo ? Cells.of(unit) : Cells.one(dim);
        int[][] probes = cells.nearest(unit, PROBES);
        List<double[]> sums = new ArrayList<>();
        int[] sizes = new int[16];
        float least = (float) threshold; // the least float similarity that reaches the threshold
        if (least < threshold) {
            least = Math.nextUp(least);
        }
        for (int i = 0; i < n; i++) {
            float[] v = unit[i];
            int best = -1;
            float bestSim = least;
            for (int cell : probes[i]) {
                float[] block = cells.centroids[cell];
                int[] ids = cells.ids[cell];
                for (int m = 0, size = cells.size[cell]; m < size; m++) {
                    float sim = dot(block, m * dim, v);
                    if (sim > bestSim || sim == bestSim && ids[m] > best) {
                        bestSim = sim;
                        best = ids[m];
                    }
                }
            }
            if (best < 0) {
                best = sums.size();
                double[] sum = new double[dim];
                for (int d = 0; d < dim; d++) {
                    sum[d] = v[d];
                }
                sums.add(sum);
                if (best == sizes.length) {
                    sizes = java.util.Arrays.copyOf(sizes, sizes.length * 2);
                }
                sizes[best] = 1;
                cells.add(best, probes[i][0], v);
            } else {
                double[] sum = sums.get(best);
                for (int d = 0; d < dim; d++) {
                    sum[d] += v[d];
                }
                float[] centroid = unit(sum);
                int size = ++sizes[best];
                if (Integer.bitCount(size) == 1) {
                    cells.refile(best, centroid);
                } else {
                    cells.set(best, centroid);
                }
            }
            out[i] = best;
        }
        return out;
    }

    private static Cluster summary(List<Claim> claims, List<String> docs) {
        int dim = claims.get(0).vector().length;
        double[] sum = new double[dim];
        for (Claim c : claims) {
            float[] v = normalised(c.vector());
            for (int i = 0; i < dim; i++) {
                sum[i] += v[i];
            }
        }
        float[] centroid = unit(sum);
        Claim central = claims.get(0);
        double best = -2;
        for (Claim c : claims) {
            double sim = cosine(sum, normalised(c.vector()));
            if (sim > best + 1e-12) {
                best = sim;
                central = c;
            }
        }
        LocalDate first = null;
        Map<String, Integer> perWeek = new TreeMap<>();
        for (Claim c : claims) {
            if (c.date() != null) {
                first = first == null || c.date().isBefore(first) ? c.date() : first;
                perWeek.merge(String.format(Locale.ROOT, "%d-W%02d", c.date().get(IsoFields.WEEK_BASED_YEAR),
                        c.date().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), 1, Integer::sum);
            }
        }
        String id = "c" + org.saydo.judge.LinearModels.sha256(central.text().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .substring(0, 8);
        return new Cluster(id, central.text(), claims, docs, first, perWeek, centroid);
    }

    private static float[] normalised(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (norm == 0 ? 0 : v[i] / norm);
        }
        return out;
    }

    /** Cosine of an unnormalised sum and a unit vector. */
    private static double cosine(double[] sum, float[] unit) {
        double dot = 0;
        double norm = 0;
        for (int i = 0; i < unit.length; i++) {
            dot += sum[i] * unit[i];
            norm += sum[i] * sum[i];
        }
        return norm == 0 ? 0 : dot / Math.sqrt(norm);
    }

    /** The sum scaled to length 1 (zeros when it is 0). */
    private static float[] unit(double[] sum) {
        double norm = 0;
        for (double x : sum) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[sum.length];
        for (int i = 0; i < sum.length; i++) {
            out[i] = (float) (norm == 0 ? 0 : sum[i] / norm);
        }
        return out;
    }

    /** The dot product of {@code b} and the {@code b.length} numbers of {@code a} from {@code from}. */
    static float dot(float[] a, int from, float[] b) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (int end = b.length - 3; i < end; i += 4) {
            s0 += a[from + i] * b[i];
            s1 += a[from + i + 1] * b[i + 1];
            s2 += a[from + i + 2] * b[i + 2];
            s3 += a[from + i + 3] * b[i + 3];
        }
        for (; i < b.length; i++) {
            s0 += a[from + i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * The inverted file: unit cell centres from spherical k-means over a sample of the claims, and per cell the
     * centroids of the clusters filed under it, side by side in one array (a scan reads memory in order). With
     * one cell every cluster is compared: the exact search.
     */
    private static final class Cells {

        /** Rounds of k-means. */
        private static final int ROUNDS = 4;
        /** Sampled claims per cell. */
        private static final int SAMPLE_PER_CELL = 32;

        private final int dim;
        private final float[][] centres;
        /** Per cell, its clusters' centroids, {@code dim} numbers each. */
        final float[][] centroids;
        /** Per cell, its clusters' numbers. */
        final int[][] ids;
        /** Per cell, how many clusters are filed under it. */
        final int[] size;
        private int[] cellOf = new int[1024];
        private int[] slotOf = new int[1024];

        private Cells(int dim, float[][] centres) {
            this.dim = dim;
            this.centres = centres;
            centroids = new float[centres.length][4 * dim];
            ids = new int[centres.length][4];
            size = new int[centres.length];
        }

        /** One cell: every claim is compared with every cluster. */
        static Cells one(int dim) {
            return new Cells(dim, new float[][] {new float[dim]});
        }

        /** About &radic;n cells (at least 1), from every (n / sample)-th claim: deterministic. */
        static Cells of(float[][] unit) {
            int n = unit.length;
            int dim = unit[0].length;
            int count = Math.max(1, Math.min(n, (int) Math.round(Math.sqrt(n))));
            int sampled = Math.min(n, count * SAMPLE_PER_CELL);
            float[][] sample = new float[sampled][];
            for (int s = 0; s < sampled; s++) {
                sample[s] = unit[(int) ((long) s * n / sampled)];
            }
            float[][] centres = new float[count][];
            for (int c = 0; c < count; c++) {
                centres[c] = sample[(int) ((long) c * sampled / count)];
            }
            for (int round = 0; round < ROUNDS; round++) {
                float[][] now = centres;
                int[] nearest = java.util.stream.IntStream.range(0, sampled).parallel()
                        .map(s -> nearestOf(now, sample[s])).toArray();
                double[][] sums = new double[count][dim];
                int[] members = new int[count];
                for (int s = 0; s < sampled; s++) {
                    members[nearest[s]]++;
                    double[] sum = sums[nearest[s]];
                    for (int d = 0; d < dim; d++) {
                        sum[d] += sample[s][d];
                    }
                }
                float[][] next = new float[count][];
                for (int c = 0; c < count; c++) {
                    next[c] = members[c] == 0 ? now[c] : unit(sums[c]);
                }
                centres = next;
            }
            return new Cells(dim, centres);
        }

        private static int nearestOf(float[][] centres, float[] v) {
            int best = 0;
            float bestSim = Float.NEGATIVE_INFINITY;
            for (int c = 0; c < centres.length; c++) {
                float sim = dot(centres[c], 0, v);
                if (sim > bestSim) {
                    bestSim = sim;
                    best = c;
                }
            }
            return best;
        }

        /** Each vector's {@code probes} nearest cells, nearest first (in parallel). */
        int[][] nearest(float[][] unit, int probes) {
            if (centres.length == 1) {
                int[] only = {0};
                int[][] out = new int[unit.length][];
                java.util.Arrays.fill(out, only);
                return out;
            }
            int p = Math.min(probes, centres.length);
            return java.util.stream.IntStream.range(0, unit.length).parallel().mapToObj(i -> {
                int[] best = new int[p];
                float[] sims = new float[p];
                java.util.Arrays.fill(sims, Float.NEGATIVE_INFINITY);
                for (int c = 0; c < centres.length; c++) {
                    float sim = dot(centres[c], 0, unit[i]);
                    if (sim > sims[p - 1]) {
                        int at = p - 1;
                        while (at > 0 && sims[at - 1] < sim) {
                            sims[at] = sims[at - 1];
                            best[at] = best[at - 1];
                            at--;
                        }
                        sims[at] = sim;
                        best[at] = c;
                    }
                }
                return best;
            }).toArray(int[][]::new);
        }

        /** Files a new cluster with its centroid under a cell. */
        void add(int cluster, int cell, float[] centroid) {
            if (cluster >= cellOf.length) {
                cellOf = java.util.Arrays.copyOf(cellOf, Math.max(cluster + 1, cellOf.length * 2));
                slotOf = java.util.Arrays.copyOf(slotOf, cellOf.length);
            }
            int slot = size[cell]++;
            if (slot == ids[cell].length) {
                ids[cell] = java.util.Arrays.copyOf(ids[cell], slot * 2);
                centroids[cell] = java.util.Arrays.copyOf(centroids[cell], slot * 2 * dim);
            }
            ids[cell][slot] = cluster;
            System.arraycopy(centroid, 0, centroids[cell], slot * dim, dim);
            cellOf[cluster] = cell;
            slotOf[cluster] = slot;
        }

        /** A cluster's centroid moved. */
        void set(int cluster, float[] centroid) {
            System.arraycopy(centroid, 0, centroids[cellOf[cluster]], slotOf[cluster] * dim, dim);
        }

        /** A cluster's centroid moved, and the cluster is filed again under the cell nearest it. */
        void refile(int cluster, float[] centroid) {
            int old = cellOf[cluster];
            int cell = centres.length == 1 ? 0 : nearestOf(centres, centroid);
            if (cell == old) {
                set(cluster, centroid);
                return;
            }
            int slot = slotOf[cluster];
            int last = --size[old];
            if (slot != last) {
                int moved = ids[old][last];
                ids[old][slot] = moved;
                System.arraycopy(centroids[old], last * dim, centroids[old], slot * dim, dim);
                slotOf[moved] = slot;
            }
            add(cluster, cell, centroid);
        }
    }
}
