package org.saydo.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
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
 * <p>Thread-safe: each reader (one DuckDB connection, not thread-safe itself) serves one request at a time.
 */
public final class Analyses implements AutoCloseable {

    private final String file;
    private final BlockingQueue<org.saydo.analysis.RecordReader> pool;

    private Analyses(String file, BlockingQueue<org.saydo.analysis.RecordReader> pool) {
        this.file = file;
        this.pool = pool;
    }

    /** Opens {@code readers} analysis readers on a store file that this process also writes. */
    public static Analyses open(String file, int readers) {
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
        return new Analyses(file, pool);
    }

    public GapAnalysis.Result gap(GapAnalysis.Request q) {
        return with(r -> new GapAnalysis(r).run(q));
    }

    public AroundTalks.Result around(AroundTalks.Request q) {
        return with(r -> new AroundTalks(r).run(q));
    }

    public Ledger.Result ledger(Ledger.Request q) {
        return with(r -> new Ledger(r).run(q));
    }

    public Profile.Result profile(Profile.Request q) {
        return with(r -> new Profile(r).run(q));
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
