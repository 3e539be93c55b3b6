package org.saydo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import org.saydo.record.ActorRef;
import org.saydo.record.Modality;
import org.saydo.store.CameoTable;
import org.saydo.store.CsvRows;
import org.saydo.store.EventJson;
import org.saydo.store.EventQuery;
import org.saydo.store.Exporter;
import org.saydo.store.RecordReader;
import org.saydo.store.RecordStore;
import org.saydo.store.StoreException;
import org.saydo.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code saydo events}: lists the events of the record (events, not reports: each row shows how many documents
 * report it). Exit 0 on success, 1 when the store cannot be read, 2 on bad usage. Not thread-safe.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "List the events of the record, one row per real-world event, with its report count.")
public final class EventsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--actor", paramLabel = "CODE", description = "source actor code prefix (RUS matches RUSGOV)")
    String actor;

    @Option(names = "--target", paramLabel = "CODE", description = "target actor code prefix")
    String target;

    @Option(names = "--cameo", paramLabel = "PREFIX", description = "CAMEO code prefix (04 matches 040, 043)")
    String cameo;

    @Option(names = "--from", paramLabel = "DATE", description = "first event date, YYYY-MM-DD")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "last event date, YYYY-MM-DD")
    String to;

    @Option(names = "--modality", paramLabel = "M", split = ",",
            description = "asserted, reported, intent, hypothetical, negated, background (comma-separated or repeated)")
    List<String> modalities = new ArrayList<>();

    @Option(names = "--outlet", paramLabel = "NAME", description = "only events with a report from this outlet")
    String outlet;

    @Option(names = "--origin", paramLabel = "saydo|gdelt", description = "only events coded by Saydo or imported from GDELT")
    String origin;

    @Option(names = "--limit", paramLabel = "N", description = "at most N events (default: all)")
    int limit;

    @Option(names = "--format", paramLabel = "table|jsonl|csv", description = "output format (default: ${DEFAULT-VALUE})")
    String format = "table";

    private final CameoTable cameoTable;

    /** @param cameoTable the CAMEO table the store was written with */
    public EventsCommand(CameoTable cameoTable) {
        this.cameoTable = Objects.requireNonNull(cameoTable, "cameoTable");
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EventQuery query = query(spec, actor, target, cameo, from, to, modalities, outlet, origin, limit);
        if (!List.of("table", "jsonl", "csv").contains(format)) {
            throw new ParameterException(spec.commandLine(), "unknown --format '" + format + "' (expected table, jsonl or csv)");
        }
        try (RecordStore record = store.openExisting(cameoTable); RecordReader reader = store.readBeside(record);
                CsvRows csv = CsvRows.to(out)) {
            long[] rows = {0};
            if (format.equals("csv")) {
                csv.row(Exporter.CSV_COLUMNS);
            } else if (format.equals("table")) {
                out.println(String.format(Locale.ROOT, "%-6s %-10s %-10s %-5s %-10s %-12s %7s %7s  %-30s %s",
                        "EVENT", "DATE", "SOURCE", "CAMEO", "TARGET", "MODALITY", "REPORTS", "SOURCES", "OUTLETS",
                        "WHERE"));
            }
            reader.events(query, e -> {
                rows[0]++;
                switch (format) {
                    case "jsonl" -> out.println(EventJson.line(e));
                    case "csv" -> csvRow(csv, Exporter.csvRow(e));
                    default -> out.println(tableRow(e));
                }
            });
            if (format.equals("table")) {
                out.println(rows[0] + (rows[0] == 1 ? " event" : " events"));
            }
            csv.flush();
            out.flush();
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (StoreException e) {
            err.println("saydo: " + e.getMessage());
            return 1;
        }
    }

    /** Builds a query from the shared filter options; bad values are usage errors naming the option. */
    static EventQuery query(CommandSpec spec, String actor, String target, String cameo, String from, String to,
            List<String> modalities, String outlet, String origin, int limit) {
        Set<Modality> kept = EnumSet.noneOf(Modality.class);
        try {
            for (String m : modalities) {
                kept.add(Modality.parse(m.strip()));
            }
            if (limit < 0) {
                throw new IllegalArgumentException("--limit must be 0 or more, not " + limit);
            }
            return new EventQuery(actor, target, cameo, date("--from", from), date("--to", to), kept, outlet, origin,
                    limit);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static LocalDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + ": '" + value + "' is not a date (expected YYYY-MM-DD)");
        }
    }

    private static String tableRow(StoredEvent e) {
        String where = e.sentence() == null ? e.doc() : e.doc() + ":" + e.sentence();
        return String.format(Locale.ROOT, "%-6d %-10s %-10s %-5s %-10s %-12s %7d %7d  %-30s %s", e.eventKey(),
                e.date() == null ? "-" : e.date(), code(e.source()), e.cameo(), code(e.target()), e.modality().label(),
                e.reports(), e.sources(), cut(String.join(", ", e.outlets()), 30), where);
    }

    private static String code(ActorRef a) {
        return a == null ? "-" : a.code();
    }

    private static String cut(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    private static void csvRow(CsvRows csv, List<String> cells) {
        try {
            csv.row(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
