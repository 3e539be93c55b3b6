package org.saydo.store;

import java.util.Locale;

/** The file formats the record can be exported to. */
public enum ExportFormat {
    /** One JSON object per event, as {@link EventJson} writes it. */
    JSONL,
    /** Comma-separated values with a header, RFC 4180 quoting ({@link Exporter#CSV_COLUMNS}). */
    CSV,
    /** Apache Parquet, written by DuckDB. */
    PARQUET,
    /** GDELT 2.0 event export: 61 tab-separated columns, no header. */
    GDELT;

    /** The lower-case name used on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a label; throws naming the bad value. */
    public static ExportFormat parse(String label) {
        for (ExportFormat f : values()) {
            if (f.label().equals(label)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + label + "' (expected jsonl, csv, parquet or gdelt)");
    }
}
