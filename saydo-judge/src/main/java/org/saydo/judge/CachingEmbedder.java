package org.saydo.judge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An embedder that remembers the vectors of the sentences it embedded last, so that stages that read the same
 * sentences (the judge and the narrative classifier during {@code ingest}, or syndicated copies of one report)
 * embed each once. Keyed by the sentence's exact text; holds at most {@code capacity} sentences and forgets the
 * least recently used first. Thread-safe when the embedder it wraps is; two threads that miss the same sentence
 * at once may both embed it (the vectors are equal). Callers must not change the arrays it returns.
 */
public final class CachingEmbedder implements Embedder {

    private final Embedder inner;
    private final Map<String, float[]> recent;
    private long hits;
    private long misses;

    /**
     * @param inner the embedder that computes vectors not remembered
     * @param capacity the most sentences remembered (at least 1)
     */
    public CachingEmbedder(Embedder inner, int capacity) {
        this.inner = Objects.requireNonNull(inner, "inner");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity + " < 1");
        }
        this.recent = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public int dimension() {
        return inner.dimension();
    }

    @Override
    public List<float[]> embed(List<String> sentences) {
        Objects.requireNonNull(sentences, "sentences");
        float[][] out = new float[sentences.size()][];
        List<String> missing = new ArrayList<>();
        synchronized (recent) {
            for (int i = 0; i < out.length; i++) {
                out[i] = recent.get(Objects.requireNonNull(sentences.get(i), "sentence"));
                if (out[i] == null && !missing.contains(sentences.get(i))) {
                    missing.add(sentences.get(i));
                }
            }
            hits += out.length - missing.size();
            misses += missing.size();
        }
        if (missing.isEmpty()) {
            return List.of(out);
        }
        List<float[]> computed = inner.embed(missing);
        Map<String, float[]> fresh = new LinkedHashMap<>();
        for (int i = 0; i < missing.size(); i++) {
            fresh.put(missing.get(i), computed.get(i));
        }
        synchronized (recent) {
            recent.putAll(fresh);
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                out[i] = fresh.get(sentences.get(i));
            }
        }
        return List.of(out);
    }

    /** Sentences answered from memory so far. */
    public long hits() {
        synchronized (recent) {
            return hits;
        }
    }

    /** Sentences embedded by the inner embedder so far. */
    public long misses() {
        synchronized (recent) {
            return misses;
        }
    }
}
