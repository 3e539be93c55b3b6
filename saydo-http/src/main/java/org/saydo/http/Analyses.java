package org.saydo.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.saydo.analysis.AnalysisJson;
import org.saydo.analysis.AroundTalks;
import org.saydo.analysis.GapAnalysis;
import org.saydo.analysis.Ledger;
import org.saydo.analysis.Profile;
import org.saydo.store.StoreException;

/**
 * The analyses of {@code saydo gap | around | ledger | profile} for the API: the same service classes
 * ({@link GapAnalysis}, {@link AroundTalks}, {@link Ledger}, {@link Profile}) over a pool of the analysis
 * module's readers, so a figure of {@code /api/actors/RUS/gap} is the figure of {@code saydo gap --actor RUS}.
 *
 * <p>Results are kept until {@link #invalidate()} (called after every ingest; the server is the store's only
 * writer), so repeated questions cost a lookup; equal questions in flight share one computation.
 *
 * <p>Thread-safe: each reader (one DuckDB connection, not thread-safe itself) serves one request at a time.
 */
public final class Analyses implements AutoCloseable {

    /** Results kept by default, per analysis. */
    public static final int DEFAULT_KEPT = 256;

    private final String file;
    private final BlockingQueue<org.saydo.analysis.RecordReader> pool;
    private final Memo<GapAnalysis.Request, Kept<GapAnalysis.Result>> gaps;
    private final Memo<AroundTalks.Request, Kept<AroundTalks.Result>> arounds;
    private final Memo<Ledger.Request, Kept<Ledger.Result>> ledgers;
    private final Memo<Profile.Request, Kept<Profile.Result>> profiles;

    /**
     * A result with its JSON (as {@code saydo ... --format json} writes it), written once.
     *
     * @param result the analysis result
     * @param json {@link AnalysisJson#write(Object)} of it, in UTF-8 (do not modify)
     * @param gzip the same bytes gzip-compressed, for clients that accept it (do not modify)
     */
    public record Kept<V>(V result, byte[] json, byte[] gzip) {
        static <V> Kept<V> of(V result) {
            byte[] json = AnalysisJson.write(result).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(json.length / 4 + 64);
            try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
                gz.write(json);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot gzip in memory", e);
            }
            return new Kept<>(result, json, out.toByteArray());
        }
    }

    private Analyses(String file, BlockingQueue<org.saydo.analysis.RecordReader> pool, int kept) {
        this.file = file;
        this.pool = pool;
        gaps = new Memo<>(q -> Kept.of(with(r -> new GapAnalysis(r).run(q))), kept);
        arounds = new Memo<>(q -> Kept.of(with(r -> new AroundTalks(r).run(q))), kept);
        ledgers = new Memo<>(q -> Kept.of(with(r -> new Ledger(r).run(q))), kept);
        profiles = new Memo<>(q -> Kept.of(with(r -> new Profile(r).run(q))), kept);
    }

    /** Opens {@code readers} analysis readers on a store file that this process also writes, keeping results. */
    public static Analyses open(String file, int readers) {
        return open(file, readers, DEFAULT_KEPT);
    }

    /**
     * Opens {@code readers} analysis readers on a store file that this process also writes.
     *
     * @param kept results kept per analysis until the record changes; 0 computes every request
     */
    public static Analyses open(String file, int readers, int kept) {
        Objects.requireNonNull(file, "file");
        if (readers < 1) {
            throw new IllegalArgumentException("readers < 1: " + readers);
        }
        BlockingQueue<org.saydo.analysis.RecordReader> pool = new ArrayBlockingQueue<>(readers);
        try {
            for (int i = 0; i < readers; i++) {
                pool.add(org.saydo.analysis.RecordReader.openBesideWriter(file));
            }
        } catch (RuntimeException e) {
            pool.forEach(org.saydo.analysis.RecordReader::close);
            throw e;
        }
        return new Analyses(file, pool, kept);
    }

    public Kept<GapAnalysis.Result> gap(GapAnalysis.Request q) {
        return gaps.get(q);
    }

    public Kept<AroundTalks.Result> around(AroundTalks.Request q) {
        return arounds.get(q);
    }

    public Kept<Ledger.Result> ledger(Ledger.Request q) {
        return ledgers.get(q);
    }

    public Kept<Profile.Result> profile(Profile.Request q) {
        return profiles.get(q);
    }

    /** Runs a narrative question on one of the pool's readers (not kept: a few indexed reads). */
    public <T> T narratives(Function<org.saydo.analysis.NarrativeAnalysis, T> work) {
        return with(r -> work.apply(new org.saydo.analysis.NarrativeAnalysis(r)));
    }

    /** Forgets kept results: the record has changed. */
    public void invalidate() {
        gaps.invalidate();
        arounds.invalidate();
        ledgers.invalidate();
        profiles.invalidate();
    }

    private <T> T with(Function<org.saydo.analysis.RecordReader, T> work) {
        org.saydo.analysis.RecordReader r;
        try {
            r = pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(file + ": interrupted while waiting for a reader", e);
        }
        try {
            return work.apply(r);
        } finally {
            pool.add(r);
        }
    }

    @Override
    public void close() {
        List<org.saydo.analysis.RecordReader> all = new ArrayList<>();
        pool.drainTo(all);
        all.forEach(org.saydo.analysis.RecordReader::close);
    }
}
