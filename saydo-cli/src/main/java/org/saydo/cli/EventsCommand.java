package org.saydo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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

    /** The events' dates. */
    @Mixin
    DateRange dates = new DateRange();

    @Option(names = "--modality", paramLabel = "M", split = ",", converter = Labels.ModalityLabel.class,
            description = "asserted, reported, intent, hypothetical, negated, background (comma-separated or repeated)")
    List<Modality> modalities = new ArrayList<>();

    @Option(names = "--outlet", paramLabel = "NAME", description = "only events with a report from this outlet")
    String outlet;

    @Option(names = "--origin", paramLabel = "saydo|gdelt", description = "only events coded by Saydo or imported from GDELT")
    String origin;

    @Option(names = "--limit", paramLabel = "N", description = "at most N events (default: all)")
    int limit;

    @Option(names = "--format", paramLabel = "table|jsonl|csv", converter = Labels.EventsFormatLabel.class,
            description = "output format (default: ${DEFAULT-VALUE})")
    Labels.EventsFormat format = Labels.EventsFormat.TABLE;

    private final CameoTable cameoTable;

    /** @param cameoTable the CAMEO table the store was written with */
    public EventsCommand(CameoTable cameoTable) {
        this.cameoTable = Objects.requireNonNull(cameoTable, "cameoTable");
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EventQuery query = query();
        try (RecordStore record = store.openExisting(cameoTable); RecordReader reader = store.readBeside(record);
                CsvRows csv = CsvRows.to(out)) {
            long[] rows = {0};
            if (format == Labels.EventsFormat.CSV) {
                csv.row(Exporter.CSV_COLUMNS);
            } else if (format == Labels.EventsFormat.TABLE) {
                out.println(String.format(Locale.ROOT, "%-6s %-10s %-10s %-5s %-10s %-12s %7s %7s  %-30s %s",
                        "EVENT", "DATE", "SOURCE", "CAMEO", "TARGET", "MODALITY", "REPORTS", "SOURCES", "OUTLETS",
                        "WHERE"));
            }
            reader.events(query, e -> {
                rows[0]++;
                switch (format) {
                    case JSONL -> out.println(EventJson.line(e));
                    case CSV -> csvRow(csv, Exporter.csvRow(e));
                    default -> out.println(tableRow(e));
                }
            });
            if (format == Labels.EventsFormat.TABLE) {
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

    /** The query of the options; bad values are usage errors naming the option. */
    private EventQuery query() {
        dates.check(spec);
        try {
            if (limit < 0) {
                throw new IllegalArgumentException("--limit must be 0 or more, not " + limit);
            }
            return new EventQuery(actor, target, cameo, dates.from(), dates.to(), Set.copyOf(modalities), outlet,
                    origin, limit);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
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
