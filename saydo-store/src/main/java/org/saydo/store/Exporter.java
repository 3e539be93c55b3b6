package org.saydo.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.saydo.record.ActorRef;

/**
 * Writes the events of a query (by default the whole record) to a file: one row per event (event key), with
 * its report count, outlets and the provenance of its first report. Stateless; thread-safe as far as the reader
 * is.
 *
 * <p><b>GDELT 2.0 TSV.</b> Imported GDELT rows are written back exactly as read. Saydo's events are written as
 * GDELT rows: GLOBALEVENTID = event key; SQLDATE, MonthYear, Year, FractionDate (year + ((month − 1) × 30 +
 * day) / 365, as GDELT computes it) from the event date; Actor1/Actor2 Code and Name; IsRootEvent 1 for an event
 * of the first sentence; EventCode, EventBaseCode (3 digits), EventRootCode; QuadClass and GoldsteinScale from
 * the ontology; NumMentions and NumArticles = reports, NumSources = outlets; AvgTone 0; geography types 0 and
 * geography fields empty (Saydo does not geocode); DATEADDED = the event date at 00:00:00 (so exports of the
 * same record are identical); SOURCEURL = the first report's URL, else its path.
 */
public final class Exporter {

    /** The header of CSV exports and {@code events --format csv}. */
    public static final List<String> CSV_COLUMNS = List.of("event_key", "origin", "globaleventid", "reports",
            "sources", "outlets", "date", "date_basis", "source_code", "source_name", "target_code", "target_name", "cameo",
            "cameo_name", "plover", "plover_mode", "quad", "goldstein", "modality", "doc", "doc_id", "url",
            "sentence", "start", "end", "trigger", "rule", "pipeline", "text");

    private static final DateTimeFormatter SQL_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private Exporter() {
    }

    /** Exports the events of {@code query} to {@code out}; returns the number of events written. */
    public static long export(RecordReader store, EventQuery query, ExportFormat format, Path out) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        if (format == ExportFormat.PARQUET) {
            store.copyToParquet(query, out);
            long[] n = {0};
            store.events(query, e -> n[0]++);
            return n[0];
        }
        long[] n = {0};
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8); CsvRows csv = CsvRows.to(w)) {
            if (format == ExportFormat.CSV) {
                csv.row(CSV_COLUMNS);
            }
            store.events(query, e -> {
                try {
                    switch (format) {
                        case JSONL -> w.write(EventJson.line(e) + "\n");
                        case CSV -> csv.row(csvRow(e));
                        case GDELT -> w.write(gdeltRow(e) + "\n");
                        default -> throw new IllegalStateException("unexpected format " + format);
                    }
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
                n[0]++;
            });
        } catch (IOException | UncheckedIOException e) {
            throw new StoreException(out + ": cannot write: " + e.getMessage(), e);
        }
        return n[0];
    }

    /** The CSV cells of one event, in {@link #CSV_COLUMNS} order. */
    public static List<String> csvRow(StoredEvent e) {
        return Arrays.asList(Long.toString(e.eventKey()), e.origin(), str(e.globalEventId()),
                Integer.toString(e.reports()), Integer.toString(e.sources()), String.join("; ", e.outlets()), str(e.date()),
                e.dateBasis() == null ? null : e.dateBasis().label(), code(e.source()), name(e.source()),
                code(e.target()), name(e.target()), e.cameo(), e.cameoName(), e.ploverType(), e.ploverMode(),
                str(e.quad()), str(e.goldstein()), e.modality().label(), e.doc(), e.docId(), e.url(),
                str(e.sentence()), str(e.start()), str(e.end()), e.trigger(), e.rule(), e.pipeline(), e.text());
    }

    /** One event as a GDELT 2.0 event row (61 tab-separated columns). */
    public static String gdeltRow(StoredEvent e) {
        if (e.gdeltRow() != null) {
            return e.gdeltRow();
        }
        List<String> c = new ArrayList<>(java.util.Collections.nCopies(GdeltEvent.COLUMNS, ""));
        c.set(0, Long.toString(e.eventKey()));
        LocalDate d = e.date();
        if (d != null) {
            c.set(1, d.format(SQL_DATE));
            c.set(2, String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue()));
            c.set(3, Integer.toString(d.getYear()));
            c.set(4, String.format(Locale.ROOT, "%.4f",
                    d.getYear() + ((d.getMonthValue() - 1) * 30 + d.getDayOfMonth()) / 365.0));
            c.set(59, d.format(SQL_DATE) + "000000");
        }
        c.set(5, clean(code(e.source())));
        c.set(6, clean(name(e.source())));
        c.set(15, clean(code(e.target())));
        c.set(16, clean(name(e.target())));
        c.set(25, e.sentence() != null && e.sentence() == 0 ? "1" : "0");
        c.set(26, e.cameo());
        c.set(27, e.cameo().substring(0, Math.min(3, e.cameo().length())));
        c.set(28, e.cameo().substring(0, 2));
        c.set(29, e.quad() != null ? e.quad().toString() : Integer.toString(quadOfRoot(e.cameo())));
        c.set(30, clean(str(e.goldstein())));
        c.set(31, Integer.toString(e.reports()));
        c.set(32, Integer.toString(e.outlets().size()));
        c.set(33, Integer.toString(e.reports()));
        c.set(34, "0");
        c.set(35, "0");
        c.set(43, "0");
        c.set(51, "0");
        c.set(60, clean(e.url() != null ? e.url() : e.doc()));
        return String.join("\t", c);
    }

    /** GDELT's QuadClass of a CAMEO root: 01–05 verbal cooperation (1), 06–09 material cooperation (2), 10–14
     * verbal conflict (3), 15–20 material conflict (4). */
    static int quadOfRoot(String cameo) {
        int root = Integer.parseInt(cameo.substring(0, 2));
        return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static String code(ActorRef a) {
        return a == null ? null : a.code();
    }

    private static String name(ActorRef a) {
        return a == null ? null : a.name();
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
