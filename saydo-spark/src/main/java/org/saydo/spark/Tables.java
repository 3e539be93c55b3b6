package org.saydo.spark;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of the job's Parquet tables. Events and quotes have the fields of the JSON Lines schema of
 * {@code saydo code} (README, "JSON Lines schema"; {@code format} is its version) in its order, with nested
 * {@code {code, name, text}} actors, plus the record's: {@code event_id}, {@code event_key} and the partition
 * column {@code month} ({@code YYYY-MM} of the event's or quote's date, {@code undated} without one).
 */
final class Tables {

    private Tables() {
    }

    static final StructType ACTOR = struct(
            string("code"), string("name"), string("text"));

    static final StructType JUDGE = struct(string("verdict"), field("score", DataTypes.DoubleType), string("model"));

    private static final List<StructField> COMMON = List.of(string("kind"), string("doc"), string("doc_id"),
            integer("sentence"), integer("start"), integer("end"), integer("sentence_start"), integer("sentence_end"),
            string("text"), string("trigger"), integer("trigger_start"), integer("trigger_end"), string("rule"),
            string("pipeline"), integer("format"), field("source", ACTOR), field("target", ACTOR), string("cameo"),
            string("cameo_name"), string("plover"), string("plover_mode"), integer("quad"),
            field("goldstein", DataTypes.DoubleType), string("modality"));

    /** An event as {@code saydo code} writes it, with its {@code event_id}. */
    static final StructType EVENT_JSON = struct(concat(COMMON, List.of(field("reported_by", ACTOR),
            field("date", DataTypes.DateType), string("date_basis"), string("date_text"), field("judge", JUDGE),
            string("event_id"))));

    /** A quote as {@code saydo code} writes it, with its {@code quote_id} (document id, colon, place). */
    static final StructType QUOTE_JSON = struct(concat(COMMON, List.of(field("date", DataTypes.DateType),
            string("date_basis"), string("date_text"), field("speaker", ACTOR), string("quote"),
            field("direct", DataTypes.BooleanType), string("verb"), string("quote_id"))));

    /**
     * A document: {@code doc_id}, {@code doc} (its source as the events name it), the fields of a JSON Lines
     * input line ({@code url, outlet, date, title, text}), {@code sentences}, {@code pipeline}, {@code format},
     * its place in reading order ({@code file}, the file's path, and {@code place}, its place in the file, from 0),
     * {@code month} (of the publication date).
     */
    static final StructType DOCUMENTS = struct(string("doc_id"), string("doc"), string("url"), string("outlet"),
            field("date", DataTypes.DateType), string("title"), string("text"), integer("sentences"),
            string("pipeline"), integer("format"), string("file"), integer("place"), string("month"));

    /**
     * One document's report of one event key: {@code event_key, doc_id, doc, url, outlet} (the document's outlet,
     * else its URL's host, as the store counts publishers), {@code month} (of the key's first event).
     */
    static final StructType REPORT_DOCS = struct(string("doc_id"), string("doc"), string("url"), string("outlet"));

    /** A bad file, line, item or document: {@code where, reason, stage} ({@code read} or {@code code}). */
    static final StructType FAILURES = struct(string("where"), string("reason"), string("stage"));

    /** Event ids and their keys. */
    static final StructType LINKS = struct(string("event_id"), string("event_key"));

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }

    private static StructType struct(List<StructField> fields) {
        return DataTypes.createStructType(fields);
    }

    private static List<StructField> concat(List<StructField> a, List<StructField> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static StructField string(String name) {
        return field(name, DataTypes.StringType);
    }

    private static StructField integer(String name) {
        return field(name, DataTypes.IntegerType);
    }
}
