package org.saydo.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.saydo.Version;
import org.saydo.record.Coder;
import org.saydo.store.LinkRule;
import org.saydo.store.RecordStore;
import scala.Tuple2;

/**
 * The coder as a Spark job: files to Parquet tables of the record.
 *
 * <ol>
 *   <li><b>Read.</b> Every file under the inputs (directories are read recursively, globs allowed, any
 *       Hadoop-compatible file system) through the store's readers ({@link FileItems}); a bad file, line or
 *       item is a failure, never an exception.</li>
 *   <li><b>One copy per text.</b> A document's id is the hash of its text; of several copies the first in
 *       reading order (path, then place in the file) is kept.</li>
 *   <li><b>Code.</b> Documents are spread over {@code partitions} tasks; each task codes with its JVM's coder
 *       ({@link ExecutorCoder}: {@code saydo code}'s chain, built once per JVM). A document the coder fails on is a
 *       failure.</li>
 *   <li><b>Link.</b> Events are grouped by {@link LinkRule#block} and each block is linked in reading order with
 *       the store's rule ({@link Linking}): one event, many reports.</li>
 *   <li><b>Write.</b> {@code documents}, {@code events}, {@code quotes}, {@code reports} as Parquet partitioned by
 *       {@code month}, and {@code failures}, under the output directory, each replacing what was there: the
 *       same input gives the same tables.</li>
 * </ol>
 *
 * <p>Not thread-safe: one run at a time per session.
 */
public final class CorpusJob {

    /**
     * Settings of a run.
     *
     * @param inputs directories, files or globs, as Hadoop paths
     * @param output the directory the tables are written under
     * @param coder which judge the coder runs
     * @param rule when two events are reports of one event
     * @param partitions coding tasks; 0 for four per core of the cluster ({@code defaultParallelism})
     */
    public record Settings(List<String> inputs, String output, CoderSpec coder, LinkRule rule, int partitions) {

        public Settings {
            inputs = List.copyOf(inputs);
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(coder, "coder");
            Objects.requireNonNull(rule, "rule");
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException("no input");
            }
            if (partitions < 0) {
                throw new IllegalArgumentException("partitions < 0: " + partitions);
            }
        }
    }

    /**
     * What a run did.
     *
     * @param documents documents coded and written
     * @param duplicates documents left out as copies of another document's text
     * @param failed failures (files, lines, items or documents)
     * @param events events written
     * @param keys event keys (real-world events)
     * @param quotes quotes written
     * @param sentences sentences coded
     */
    public record Summary(long documents, long duplicates, long failed, long events, long keys, long quotes,
            long sentences) {

        /** {@code spark: 12 documents (0 copies left out, 1 failed), 140 events (120 event keys), 35 quotes}. */
        public String line() {
            return String.format(Locale.ROOT, "spark: %d document%s (%d cop%s left out, %d failed), %d events "
                    + "(%d event keys), %d quotes", documents, documents == 1 ? "" : "s", duplicates,
                    duplicates == 1 ? "y" : "ies", failed, events, keys, quotes);
        }
    }

    /** The tables written under the output directory. */
    public static final List<String> TABLES = List.of("documents", "events", "quotes", "reports", "failures");

    private CorpusJob() {
    }

    /** Runs the job in {@code spark}. */
    public static Summary run(SparkSession spark, Settings settings) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(settings, "settings");
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int partitions = settings.partitions() > 0 ? settings.partitions() : 4 * sc.defaultParallelism();

        JavaRDD<FileItems.Read> read = spark.read().format("binaryFile").option("recursiveFileLookup", "true")
                .load(settings.inputs().toArray(String[]::new)).select("path", "content").javaRDD()
                .flatMap(row -> FileItems.read(row.getString(0), (byte[]) row.get(1)).iterator());
        read.persist(StorageLevel.MEMORY_AND_DISK());

        JavaRDD<SourceDoc> unique = read.filter(r -> r.doc() != null)
                .mapToPair(r -> new Tuple2<>(r.doc().id(), r.doc()))
                .reduceByKey((a, b) -> a.before(b) ? a : b, partitions)
                .values();

        CoderSpec spec = settings.coder();
        JavaRDD<Coded> coded = unique.mapPartitions(docs -> codeAll(spec, docs));
        coded.persist(StorageLevel.MEMORY_AND_DISK());

        JavaRDD<Coded> good = coded.filter(c -> c.failure() == null);
        JavaRDD<Failure> failures = read.filter(r -> r.failure() != null).map(FileItems.Read::failure)
                .union(coded.filter(c -> c.failure() != null).map(Coded::failure));

        int mergeDays = settings.rule().mergeDays();
        JavaPairRDD<String, Coded.Mention> blocks = good.flatMap(c -> c.mentions().iterator())
                .mapToPair(m -> new Tuple2<>(LinkRule.block(m.anchor()), m));
        JavaRDD<Row> links = blocks.groupByKey(partitions)
                .flatMap(b -> Linking.link(new LinkRule(mergeDays), b._2()).iterator())
                .map(l -> RowFactory.create(l.eventId(), l.eventKey()));

        Dataset<Row> eventJson = spark.read().schema(Tables.EVENT_JSON).option("mode", "FAILFAST")
                .json(spark.createDataset(good.flatMap(c -> c.events().iterator()).rdd(), Encoders.STRING()));
        Dataset<Row> events = eventJson.join(spark.createDataFrame(links, Tables.LINKS), "event_id")
                .withColumn("month", month(col("date")));
        Dataset<Row> quotes = spark.read().schema(Tables.QUOTE_JSON).option("mode", "FAILFAST")
                .json(spark.createDataset(good.flatMap(c -> c.quotes().iterator()).rdd(), Encoders.STRING()))
                .withColumn("month", month(col("date")));
        Dataset<Row> documents = spark.createDataFrame(good.map(CorpusJob::documentRow), Tables.DOCUMENTS);
        Dataset<Row> reportDocs = spark.createDataFrame(good.map(c -> RowFactory.create(c.doc().id(),
                c.doc().source(), c.doc().url(), RecordStore.outletOf(c.doc().outlet(), c.doc().url()))),
                Tables.REPORT_DOCS);
        Dataset<Row> keyMonths = events.filter(col("event_id").equalTo(col("event_key")))
                .select(col("event_key"), col("month"));
        Dataset<Row> reports = events.select("event_key", "doc_id").distinct()
                .join(reportDocs, "doc_id").join(keyMonths, "event_key")
                .select("event_key", "doc_id", "doc", "url", "outlet", "month");

        String out = settings.output().replaceAll("/+$", "");
        write(documents, out + "/documents", "doc_id");
        write(events.select(eventColumns(events)), out + "/events", "doc_id", "sentence", "start", "end", "event_id");
        write(quotes, out + "/quotes", "doc_id", "sentence", "start", "end", "quote_id");
        write(reports, out + "/reports", "event_key", "doc_id");
        spark.createDataFrame(failures.map(f -> RowFactory.create(f.where(), f.reason(), f.stage())), Tables.FAILURES)
                .coalesce(1).sortWithinPartitions("where", "reason").write().mode(SaveMode.Overwrite)
                .parquet(out + "/failures");

        Dataset<Row> written = spark.read().parquet(out + "/events");
        long documentsRead = read.filter(r -> r.doc() != null).count();
        long documentCount = good.count();
        long failed = failures.count();
        long sentences = good.map(Coded::sentences).fold(0, Integer::sum);
        long eventCount = written.count();
        long keyCount = written.select("event_key").distinct().count();
        long quoteCount = spark.read().parquet(out + "/quotes").count();
        long codeFailures = coded.filter(c -> c.failure() != null).count();
        read.unpersist();
        coded.unpersist();
        return new Summary(documentCount, documentsRead - documentCount - codeFailures, failed, eventCount, keyCount,
                quoteCount, sentences);
    }

    /** Codes a partition's documents with the JVM's coder, lazily, one at a time. */
    private static Iterator<Coded> codeAll(CoderSpec spec, Iterator<SourceDoc> docs) {
        return new Iterator<>() {
            private Coder coder;

            @Override
            public boolean hasNext() {
                return docs.hasNext();
            }

            @Override
            public Coded next() {
                if (coder == null) {
                    coder = ExecutorCoder.get(spec);
                }
                return Coded.code(coder, docs.next());
            }
        };
    }

    private static Row documentRow(Coded c) {
        SourceDoc d = c.doc();
        java.sql.Date date = d.published() == null ? null : java.sql.Date.valueOf(d.published());
        String month = d.published() == null ? UNDATED : d.published().toString().substring(0, 7);
        return RowFactory.create(d.id(), d.source(), d.url(), d.outlet(), date, d.title(), d.text(), c.sentences(),
                Version.PIPELINE, Version.FORMAT, d.file(), d.index(), month);
    }

    /** The partition value of a record without a date. */
    public static final String UNDATED = "undated";

    private static Column month(Column date) {
        return coalesce(date_format(date, "yyyy-MM"), lit(UNDATED));
    }

    /** The JSON Lines fields in their order, then the record's. */
    private static Column[] eventColumns(Dataset<Row> events) {
        List<Column> columns = new ArrayList<>();
        for (String name : Tables.EVENT_JSON.fieldNames()) {
            columns.add(events.col(name));
        }
        columns.add(events.col("event_key"));
        columns.add(events.col("month"));
        return columns.toArray(Column[]::new);
    }

    /** One file per month, rows in a fixed order, replacing the table. */
    private static void write(Dataset<Row> table, String path, String... order) {
        table.repartition(col("month")).sortWithinPartitions(order[0],
                java.util.Arrays.copyOfRange(order, 1, order.length))
                .write().mode(SaveMode.Overwrite).partitionBy("month").parquet(path);
    }
}
