package org.saydo.http;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Results of a pure function of the record, kept until the record changes. The server is the only writer of its
 * store file (DuckDB locks the file to one process), so {@link #invalidate()} after each ingest keeps every kept
 * result equal to a fresh computation. Concurrent calls with an equal key share one computation. At most
 * {@code capacity} results are kept (all are dropped when full). A failed computation is not kept.
 *
 * <p>Thread-safe.
 *
 * @param <K> the request (a record: equals and hashCode by value)
 * @param <V> the result
 */
final class Memo<K, V> {

    private record Key<K>(long generation, long version, K request) {
    }

    private final Function<K, V> compute;
    private final int capacity;
    private final Map<Key<K>, CompletableFuture<V>> results = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final LongSupplier version;

    /** @param capacity results kept at most; 0 turns keeping off (every call computes) */
    Memo(Function<K, V> compute, int capacity) {
        this(compute, capacity, () -> 0);
    }

    /**
     * @param capacity results kept at most; 0 turns keeping off (every call computes)
     * @param version the record's version ({@code RecordStore#commits}): a result is kept under the version read
     *                before it was computed, so a write committed by any path (not only after which {@link
     *                #invalidate()} is called) makes later calls compute afresh
     */
    Memo(Function<K, V> compute, int capacity, LongSupplier version) {
        this.compute = Objects.requireNonNull(compute, "compute");
        this.version = Objects.requireNonNull(version, "version");
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity < 0: " + capacity);
        }
        this.capacity = capacity;
    }

    V get(K request) {
        Objects.requireNonNull(request, "request");
        if (capacity == 0) {
            return compute.apply(request);
        }
        Key<K> key = new Key<>(generation.get(), version.getAsLong(), request);
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> prior = results.putIfAbsent(key, mine);
        if (prior != null) {
            try {
                return prior.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        if (results.size() > capacity) {
            results.keySet().removeIf(k -> !k.equals(key));
        }
        try {
            V v = compute.apply(request);
            mine.complete(v);
            return v;
        } catch (RuntimeException | Error e) {
            results.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** Forgets every result: the record has changed. */
    void invalidate() {
        generation.incrementAndGet();
        results.clear();
    }
}
