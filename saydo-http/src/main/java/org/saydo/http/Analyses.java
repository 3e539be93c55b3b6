package org.saydo.http;

import java.util.Map;

import org.saydo.analysis.AnalysisJson;
import org.saydo.analysis.AroundTalks;
import org.saydo.analysis.GapAnalysis;
import org.saydo.analysis.Ledger;
import org.saydo.analysis.NarrativeAnalysis;
import org.saydo.analysis.Profile;
import org.saydo.store.RecordReader;
import org.saydo.store.StoreLocation;

/**
 * The analyses of {@code saydo gap | around | ledger | profile} for the API: the same service classes
 * ({@link GapAnalysis}, {@link AroundTalks}, {@link Ledger}, {@link Profile}) over the store's
 * {@link RecordReader}, so a figure of {@code /api/actors/RUS/gap} is the figure of {@code saydo gap --actor RUS}.
 *
 * <p>Results are kept until {@link #invalidate()} (called after every ingest; the server is the store's only
 * writer) or until the record's version changes (the writer's {@code RecordStore#commits()}, when given), so
 * repeated questions cost a lookup; equal questions in flight share one computation.
 *
 * <p>Thread-safe: the reader has its own pool of connections, apart from the one that serves the lists, so long
 * analyses do not hold up {@code /api/events}.
 */
public final class Analyses implements AutoCloseable {

    /** Results kept by default, per analysis. */
    public static final int DEFAULT_KEPT = 256;

    private final RecordReader reader;
    private final Memo<GapAnalysis.Request, Kept<GapAnalysis.Result>> gaps;
    private final Memo<AroundTalks.Request, Kept<AroundTalks.Result>> arounds;
    private final Memo<Ledger.Request, Kept<Ledger.Result>> ledgers;
    private final Memo<Profile.Request, Kept<Profile.Result>> profiles;

    /**
     * A result with its JSON (as {@code saydo ... --format json} writes it), written once.
     *
     * @param result the analysis result
     * @param json {@link AnalysisJson#compact} of it: the JSON of {@code saydo ... --format json} without its
     *             indentation, in UTF-8 (do not modify)
     * @param gzip the same bytes gzip-compressed, for clients that accept it (do not modify)
     */
    public record Kept<V>(V result, byte[] json, byte[] gzip) {
        static <V> Kept<V> of(V result) {
            return of(result, AnalysisJson.compact(result, Map.of()));
        }

        private static <V> Kept<V> of(V result, byte[] json) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(json.length / 4 + 64);
            try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
                gz.write(json);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot gzip in memory", e);
            }
            return new Kept<>(result, json, out.toByteArray());
        }
    }

    private Analyses(RecordReader reader, int kept, java.util.function.LongSupplier version) {
        this.reader = reader;
        gaps = new Memo<>(q -> Kept.of(new GapAnalysis(reader).run(q)), kept, version);
        arounds = new Memo<>(q -> Kept.of(new AroundTalks(reader).run(q)), kept, version);
        ledgers = new Memo<>(q -> Kept.of(new Ledger(reader).run(q)), kept, version);
        profiles = new Memo<>(this::profileOf, kept, version);
    }

    /** Opens a reader of {@code connections} connections on a store that this process also writes, keeping results. */
    public static Analyses open(StoreLocation location, int connections) {
        return open(location, connections, DEFAULT_KEPT);
    }

    /**
     * Opens a reader of {@code connections} connections on a store that this process also writes.
     *
     * @param kept results kept per analysis until the record changes; 0 computes every request
     */
    public static Analyses open(StoreLocation location, int connections, int kept) {
        return open(location, connections, kept, () -> 0);
    }

    /**
     * Opens a reader of {@code connections} connections on a store that this process also writes.
     *
     * @param kept results kept per analysis until the record changes; 0 computes every request
     * @param version the record's version (the writer's {@code RecordStore#commits()}): results are kept under it
     */
    public static Analyses open(StoreLocation location, int connections, int kept,
            java.util.function.LongSupplier version) {
        return new Analyses(RecordReader.openBesideWriter(location, connections), kept, version);
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

    /** The profile with its narratives beside its deeds, as {@code saydo profile --format json} writes it. */
    private Kept<Profile.Result> profileOf(Profile.Request q) {
        Profile.Result result = new Profile(reader).run(q);
        return Kept.of(result, AnalysisJson.compact(result, Map.of("narratives",
                new NarrativeAnalysis(reader).besideDeeds(result.gap()))));
    }

    public Kept<Profile.Result> profile(Profile.Request q) {
        return profiles.get(q);
    }

    /** Runs a narrative question on the reader (not kept: a few indexed reads). */
    public <T> T narratives(java.util.function.Function<org.saydo.analysis.NarrativeAnalysis, T> work) {
        return work.apply(new org.saydo.analysis.NarrativeAnalysis(reader));
    }

    /** Forgets kept results: the record has changed. */
    public void invalidate() {
        gaps.invalidate();
        arounds.invalidate();
        ledgers.invalidate();
        profiles.invalidate();
    }

    @Override
    public void close() {
        reader.close();
    }
}
