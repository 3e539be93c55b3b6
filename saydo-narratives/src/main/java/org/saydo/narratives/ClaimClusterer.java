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
 * cluster whose centroid is most similar when the cosine similarity reaches the threshold, else starts a new one;
 * the same claims in the same order give the same clusters. Stateless, so thread-safe.
 */
public final class ClaimClusterer {

    private final double threshold;
    private final int minDocs;

    /**
     * @param threshold the smallest cosine similarity between a claim and a cluster's centroid for it to join
     *     (0–1)
     * @param minDocs the fewest distinct documents a cluster must be voiced in to be reported
     */
    public ClaimClusterer(double threshold, int minDocs) {
        if (!(threshold > 0 && threshold < 1) || minDocs < 1) {
            throw new IllegalArgumentException("bad clustering settings: threshold=" + threshold + " (0-1), minDocs="
                    + minDocs + " (1 or more)");
        }
        this.threshold = threshold;
        this.minDocs = minDocs;
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
        List<double[]> sums = new ArrayList<>();
        List<List<Claim>> members = new ArrayList<>();
        for (Claim c : claims) {
            float[] v = normalised(c.vector());
            int best = -1;
            double bestSim = threshold;
            for (int k = 0; k < sums.size(); k++) {
                double sim = cosine(sums.get(k), v);
                if (sim >= bestSim) {
                    bestSim = sim;
                    best = k;
                }
            }
            if (best < 0) {
                sums.add(new double[v.length]);
                members.add(new ArrayList<>());
                best = sums.size() - 1;
            }
            double[] sum = sums.get(best);
            for (int i = 0; i < v.length; i++) {
                sum[i] += v[i];
            }
            members.get(best).add(c);
        }
        List<Cluster> out = new ArrayList<>();
        for (int k = 0; k < sums.size(); k++) {
            Set<String> docs = new LinkedHashSet<>();
            members.get(k).forEach(c -> docs.add(c.doc()));
            if (docs.size() >= minDocs) {
                out.add(summary(sums.get(k), members.get(k), List.copyOf(docs)));
            }
        }
        out.sort(Comparator.comparingInt((Cluster c) -> -c.documents().size()).thenComparing(Cluster::id));
        return out;
    }

    private static Cluster summary(double[] sum, List<Claim> claims, List<String> docs) {
        float[] centroid = new float[sum.length];
        double norm = 0;
        for (double x : sum) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < sum.length; i++) {
            centroid[i] = (float) (norm == 0 ? 0 : sum[i] / norm);
        }
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
}
