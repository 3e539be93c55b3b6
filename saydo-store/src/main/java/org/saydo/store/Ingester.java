package org.saydo.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.saydo.doc.Document;
import org.saydo.doc.LineReader;
import org.saydo.nlp.BudgetExceededException;
import org.saydo.record.CodedDocument;
import org.saydo.record.Coder;

/**
 * Feeds sources through the coder into the store: one reader thread streams items from the sources, {@code
 * threads} workers code documents, and the calling thread is the single writer. Items are written in the order
 * they were read, so a rerun (or a run after a kill) builds the same record as one uninterrupted run.
 *
 * <p>Memory stays bounded: at most {@code 4 × threads} items are between the reader and the writer, and the
 * reader waits when that many are in flight. A document already stored is not coded again. A document that
 * cannot be read or coded, or that exceeds the coder's time budget, is reported through the error sink
 * ({@code where: reason}) and counted as failed; the run goes on. The coder's warnings about a document (a
 * sentence cut into pieces) go to the same sink as {@code where: warning name: ...}.
 *
 * <p><b>Commits.</b> Coded documents are written in batches, one store transaction per batch
 * ({@link RecordStore#storeAll}): a batch is committed when it holds {@link Options#batchDocuments()} documents
 * or its first document has waited {@link Options#batchTime()} (defaults 500 and 1 s), before GDELT rows, and
 * at the end of the run. A process killed at any point loses at most its uncommitted batch, never part of a
 * document; the next run codes and adds what was lost. A document that fails while it is written is reported
 * ({@code where: not stored: reason}) and counted as failed, and the other documents of its batch are stored.
 * Progress (documents done of expected, failures) counts committed documents, and documents found unchanged or
 * failed; it is shown after every item and about once a second while a document is still coded. A failure of
 * the store itself (disk full, a bad file) stops the run with a {@link StoreException}.
 *
 * <p>One ingester runs one batch at a time; it is not thread-safe.
 */
public final class Ingester {

    /**
     * Settings of a run.
     *
     * @param threads coding workers, at least 1
     * @param rule when two events are reports of one real-world event
     * @param outlet the outlet to record for documents that name none themselves, or null
     * @param batchDocuments coded documents written in one store transaction, at most (at least 1)
     * @param batchTime the longest a coded document waits for its batch to be committed (positive)
     */
    public record Options(int threads, LinkRule rule, String outlet, int batchDocuments, Duration batchTime) {

        /** Documents per transaction by default. */
        public static final int BATCH_DOCUMENTS = 500;

        /** The longest a coded document waits for its commit by default. */
        public static final Duration BATCH_TIME = Duration.ofSeconds(1);

        public Options {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(batchTime, "batchTime");
            if (threads < 1) {
                throw new IllegalArgumentException("threads < 1: " + threads);
            }
            if (batchDocuments < 1) {
                throw new IllegalArgumentException("batchDocuments < 1: " + batchDocuments);
            }
            if (batchTime.isNegative() || batchTime.isZero()) {
                throw new IllegalArgumentException("batchTime not positive: " + batchTime);
            }
        }

        /** Batches of {@value #BATCH_DOCUMENTS} documents or 1 s, whichever is reached first. */
        public Options(int threads, LinkRule rule, String outlet) {
            this(threads, rule, outlet, BATCH_DOCUMENTS, BATCH_TIME);
        }

        /** All cores, the default link rule, no outlet. */
        public static Options defaults() {
            return new Options(Runtime.getRuntime().availableProcessors(), LinkRule.standard(), null);
        }

        /** These options with another batch size and time. */
        public Options withBatch(int documents, Duration time) {
            return new Options(threads, rule, outlet, documents, time);
        }
    }

    /**
     * What a run did.
     *
     * @param verb {@code ingest} or {@code recode}
     * @param added documents written
     * @param unchanged documents already stored
     * @param failed documents (or files) that could not be read or coded
     * @param events events written
     * @param quotes quotes written
     * @param sentences sentences coded
     * @param gdeltAdded GDELT rows written
     * @param gdeltUnchanged GDELT rows already stored
     * @param gdeltFailed bad GDELT rows
     */
    public record Summary(String verb, long added, long unchanged, long failed, long events, long quotes,
            long sentences, long gdeltAdded, long gdeltUnchanged, long gdeltFailed) {

        /** Documents handled. */
        public long documents() {
            return added + unchanged + failed;
        }

        /** Whether anything failed. */
        public boolean anyFailed() {
            return failed > 0 || gdeltFailed > 0;
        }

        /**
         * The summary line, e.g. {@code ingest: 12 documents (10 new, 2 unchanged, 0 failed), 140 events, 35
         * quotes}, with {@code ; GDELT: N rows (…)} when GDELT rows were read.
         */
        public String line() {
            String line = String.format(Locale.ROOT, "%s: %d document%s (%d %s, %d unchanged, %d failed), %d events, "
                    + "%d quotes", verb, documents(), documents() == 1 ? "" : "s", added,
                    verb.equals("recode") ? "recoded" : "new", unchanged, failed, events, quotes);
            long rows = gdeltAdded + gdeltUnchanged + gdeltFailed;
            if (rows > 0) {
                line += String.format(Locale.ROOT, "; GDELT: %d rows (%d new, %d unchanged, %d failed)", rows,
                        gdeltAdded, gdeltUnchanged, gdeltFailed);
            }
            return line;
        }
    }

    private final RecordStore store;
    private final Coder coder;
    private final Options options;
    private final Progress progress;
    private final Consumer<String> errors;
    private final StoredNarratives.Labeller narratives;

    /**
     * @param store the store written to
     * @param coder the coding chain (thread-safe, as every {@link Coder} is)
     * @param options threads, link rule, outlet
     * @param progress where progress is shown
     * @param errors receives one {@code where: reason} message per failed document, file or row, and one
     *     {@code where: warning name: ...} per warning of the coder
     */
    public Ingester(RecordStore store, Coder coder, Options options, Progress progress, Consumer<String> errors) {
        this(store, coder, null, options, progress, errors);
    }

    /**
     * An ingester that also labels each document with its narratives, in the coding worker, and stores them in
     * the document's transaction.
     *
     * @param narratives the labeller, or null for none
     */
    public Ingester(RecordStore store, Coder coder, StoredNarratives.Labeller narratives, Options options,
            Progress progress, Consumer<String> errors) {
        this.narratives = narratives;
        this.store = Objects.requireNonNull(store, "store");
        this.coder = Objects.requireNonNull(coder, "coder");
        this.options = Objects.requireNonNull(options, "options");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    /** Ingests files and directories (recursively), in the order given. */
    public Summary ingest(List<Path> inputs) {
        Objects.requireNonNull(inputs, "inputs");
        List<Path> paths = List.copyOf(inputs);
        long expected = progress == Progress.NONE ? -1 : expectedDocuments(paths);
        return run("ingest", expected, sink -> {
            for (Path path : paths) {
                Sources.read(path, sink);
            }
        });
    }

    /**
     * Ingests documents already in memory (a document posted to the server), in the order given, as
     * {@link #ingest(List)} does files: each one is coded unless stored already, and failures go to the error sink
     * named by the document's source.
     */
    public Summary ingestDocuments(List<Document> documents) {
        List<Document> docs = List.copyOf(documents);
        return run("ingest", docs.size(), sink -> docs.forEach(d -> sink.accept(new SourceItem.Doc(d))));
    }

    /**
     * Stores documents coded already ({@link SourceItem.Coded}: the Spark job's tables, {@link SparkOutput};
     * another record, {@link RecordSource}) as {@link #ingest(List)} stores coded files: in the order
     * {@code source} hands them on, each skipped when its text is stored already (counted unchanged), labelled with
     * its narratives by the workers (or with those it comes with), written in batches with the store's linking,
     * clusters and summary. {@code source} may also hand on GDELT rows and bad items.
     *
     * @param expected the documents {@code source} will hand on (for progress), or -1 when unknown
     */
    public Summary importCoded(long expected, Consumer<Consumer<SourceItem>> source) {
        Objects.requireNonNull(source, "source");
        return run("import", expected, source);
    }

    /** Re-codes every stored document, in the order stored, replacing its events and quotes. */
    public Summary recode() {
        long expected = store.counts().documents();
        return run("recode", expected, sink -> {
            long after = 0;
            for (List<RecordStore.StoredDocument> page = store.documents(after, 100); !page.isEmpty();
                    page = store.documents(after, 100)) {
                for (RecordStore.StoredDocument d : page) {
                    sink.accept(new SourceItem.Doc(d.document()));
                    after = d.seq();
                }
            }
        });
    }

    /** What a worker hands the writer. */
    private sealed interface Result {
        record Coded(CodedDocument document, StoredNarratives narratives) implements Result {
        }

        record Unchanged() implements Result {
        }

        record Failed(String where, String reason, boolean gdeltRow) implements Result {
        }

        record Rows(List<GdeltEvent> rows) implements Result {
        }

        record End() implements Result {
        }
    }

    private Summary run(String verb, long expected, Consumer<Consumer<SourceItem>> source) {
        boolean recode = verb.equals("recode");
        int threads = options.threads();
        BlockingQueue<Future<Result>> pending = new ArrayBlockingQueue<>(4 * threads);
        AtomicInteger workerIds = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "saydo-coder-" + workerIds.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        AtomicReference<Throwable> readerFailure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                source.accept(item -> put(pending, submit(workers, item, recode)));
            } catch (Stop stop) {
                return;
            } catch (RuntimeException | Error e) {
                readerFailure.set(e);
            }
            try {
                pending.put(CompletableFuture.completedFuture(new Result.End()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "saydo-reader");
        reader.setDaemon(true);
        long start = System.nanoTime();
        Tally tally = new Tally();
        Batch batch = new Batch(recode);
        reader.start();
        try {
            while (true) {
                Result result = next(pending, () -> {
                    if (batch.due()) {
                        batch.commit(tally);
                    }
                    progress.update(tally.snapshot(expected, start));
                });
                if (result instanceof Result.End) {
                    break;
                } else if (result instanceof Result.Coded c) {
                    for (String warning : c.document().warnings()) {
                        errors.accept(c.document().document().source() + ": warning " + warning);
                    }
                    batch.add(c.document(), c.narratives());
                    if (batch.due()) {
                        batch.commit(tally);
                    }
                } else if (result instanceof Result.Unchanged) {
                    tally.unchanged++;
                } else if (result instanceof Result.Failed f) {
                    errors.accept(f.where() + ": " + f.reason());
                    if (f.gdeltRow()) {
                        tally.gdeltFailed++;
                    } else {
                        tally.failed++;
                    }
                } else if (result instanceof Result.Rows r) {
                    batch.commit(tally);
                    RecordStore.Imported imported = store.importGdelt(r.rows());
                    tally.gdeltAdded += imported.added();
                    tally.gdeltUnchanged += imported.unchanged();
                }
                progress.update(tally.snapshot(expected, start));
            }
            batch.commit(tally);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(verb + " interrupted");
        } finally {
            reader.interrupt();
            workers.shutdownNow();
            progress.update(tally.snapshot(expected, start));
            progress.done();
        }
        if (readerFailure.get() != null) {
            throw new IllegalStateException("reading the sources failed: " + readerFailure.get(), readerFailure.get());
        }
        return new Summary(verb, tally.added, tally.unchanged, tally.failed, tally.events, tally.quotes,
                tally.sentences, tally.gdeltAdded, tally.gdeltUnchanged, tally.gdeltFailed);
    }

    private Future<Result> submit(ExecutorService workers, SourceItem item, boolean recode) {
        if (item instanceof SourceItem.Doc d) {
            Document doc = d.document();
            if (!recode && options.outlet() != null && doc.outlet() == null) {
                doc = new Document(doc.id(), doc.source(), doc.url(), options.outlet(), doc.title(), doc.published(),
                        doc.text());
            }
            if (!recode && store.contains(doc.id())) {
                return CompletableFuture.completedFuture(new Result.Unchanged());
            }
            Document input = doc;
            return workers.submit(() -> code(input));
        } else if (item instanceof SourceItem.Coded c) {
            if (store.contains(c.coded().document().id())) {
                return CompletableFuture.completedFuture(new Result.Unchanged());
            }
            if (!c.label()) {
                return CompletableFuture.completedFuture(new Result.Coded(c.coded(), c.narratives()));
            }
            return workers.submit(() -> labelled(c.coded()));
        } else if (item instanceof SourceItem.GdeltRows rows) {
            return CompletableFuture.completedFuture(new Result.Rows(rows.rows()));
        } else {
            SourceItem.Bad bad = (SourceItem.Bad) item;
            return CompletableFuture.completedFuture(new Result.Failed(bad.where(), bad.reason(), bad.gdeltRow()));
        }
    }

    private Result code(Document document) {
        try {
            CodedDocument coded = coder.code(document);
            if (!coded.document().id().equals(document.id())) {
                return new Result.Failed(document.source(), "the coder returned another document (id "
                        + coded.document().id() + " for " + document.id() + ")", false);
            }
            return labelled(coded);
        } catch (BudgetExceededException e) {
            return new Result.Failed(document.source(), e.getMessage(), false);
        } catch (RuntimeException e) {
            return new Result.Failed(document.source(), "coder failed: " + e, false);
        }
    }

    /** A coded document with its narratives; a labeller that throws fails the document. */
    private Result labelled(CodedDocument coded) {
        StoredNarratives labels;
        try {
            labels = narratives == null ? null : narratives.label(coded);
        } catch (RuntimeException e) {
            return new Result.Failed(coded.document().source(), "narratives failed: " + e, false);
        }
        return new Result.Coded(coded, labels);
    }

    /** Documents handled so far, on the writer thread. */
    private static final class Tally {
        long added;
        long unchanged;
        long failed;
        long sentences;
        long events;
        long quotes;
        long gdeltAdded;
        long gdeltUnchanged;
        long gdeltFailed;

        long documents() {
            return added + unchanged + failed;
        }

        Progress.Snapshot snapshot(long expected, long start) {
            return new Progress.Snapshot(documents(), failed, expected, sentences,
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** The largest text a batch holds before it is committed, in characters. */
    private static final long BATCH_CHARS = 32L * 1024 * 1024;

    /**
     * Coded documents waiting for their transaction, on the writer thread. Committed when it holds
     * {@code batchDocuments} documents, {@value #BATCH_CHARS} characters of text, or its first document has
     * waited {@code batchTime}; and before GDELT rows and at the end of the run, so the record is written in the
     * order the sources were read.
     */
    private final class Batch {
        private final boolean recode;
        private final List<CodedDocument> documents = new ArrayList<>();
        private final Map<String, StoredNarratives> narratives = new HashMap<>();
        private long chars;
        private long since;

        Batch(boolean recode) {
            this.recode = recode;
        }

        void add(CodedDocument document, StoredNarratives labels) {
            if (documents.isEmpty()) {
                since = System.nanoTime();
            }
            documents.add(document);
            if (labels != null) {
                narratives.put(document.document().id(), labels);
            }
            chars += document.document().text().length();
        }

        boolean due() {
            return !documents.isEmpty() && (documents.size() >= options.batchDocuments() || chars >= BATCH_CHARS
                    || System.nanoTime() - since >= options.batchTime().toNanos());
        }

        void commit(Tally tally) {
            if (documents.isEmpty()) {
                return;
            }
            List<RecordStore.Written> written = recode ? store.recodeAll(documents, options.rule(), narratives)
                    : store.storeAll(documents, options.rule(), narratives);
            documents.clear();
            narratives.clear();
            chars = 0;
            for (RecordStore.Written w : written) {
                if (w.failure() != null) {
                    errors.accept(w.document().document().source() + ": " + w.failure());
                    tally.failed++;
                } else if (w.stored().added()) {
                    tally.added++;
                    tally.events += w.stored().events();
                    tally.quotes += w.stored().quotes();
                    tally.sentences += w.document().sentences();
                } else {
                    tally.unchanged++;
                }
            }
        }
    }

    /** How often progress is shown while the writer waits for a document still being read or coded. */
    private static final long TICK_MILLIS = 1000;

    /** The next result in reading order, showing progress about once a second while it is not ready. */
    private static Result next(BlockingQueue<Future<Result>> pending, Runnable tick) throws InterruptedException {
        Future<Result> future;
        while ((future = pending.poll(TICK_MILLIS, TimeUnit.MILLISECONDS)) == null) {
            tick.run();
        }
        while (true) {
            try {
                return await(future);
            } catch (TimeoutException e) {
                tick.run();
            }
        }
    }

    private static Result await(Future<Result> future) throws InterruptedException, TimeoutException {
        try {
            return future.get(TICK_MILLIS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("a coding worker failed: " + cause, cause);
        }
    }

    /** Thrown inside the reader thread to stop reading when the writer has gone. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    private static void put(BlockingQueue<Future<Result>> queue, Future<Result> future) {
        try {
            queue.put(future);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stop();
        }
    }

    /** Documents a walk of {@code paths} will hand on, counted cheaply: 1 per file, 1 per JSON line. */
    static long expectedDocuments(List<Path> paths) {
        long[] count = {0};
        for (Path path : paths) {
            Sources.files(path, file -> {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".export.csv")) {
                    return;
                }
                if (name.endsWith(".jsonl")) {
                    try (LineReader in = new LineReader(Files.newInputStream(file), JsonlSource.MAX_LINE_BYTES)) {
                        for (LineReader.Line line = in.next(); line != null; line = in.next()) {
                            if (!line.ok() || !line.text().isBlank()) {
                                count[0]++;
                            }
                        }
                    } catch (IOException e) {
                        count[0]++;
                    }
                } else {
                    count[0]++;
                }
            });
        }
        return count[0];
    }
}
