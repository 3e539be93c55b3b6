package org.saydo.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.saydo.store.RecordReader;
import org.saydo.store.StoreLocation;

/**
 * The ledger check (not a test): runs the ledger of every source country of a hand-built ledger over a record and
 * prints the precision of each status against the hand fates. Run:
 * {@code java -cp ... org.saydo.analysis.LedgerCheck RECORD.duckdb corpus/ledger/dev-ledger.txt [HORIZON_DAYS]}.
 * With {@code --gold GOLD.jsonl DIR} as RECORD, the record is first built in DIR from the hand-annotated events of
 * the corpus (one event, one document each; undated events left out): the ledger's matching alone, without the
 * coder's errors.
 */
public final class LedgerCheck {

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--gold")) {
            String db = gold(Path.of(args[1]), Path.of(args[2]));
            String[] rest = new String[args.length - 2];
            rest[0] = db;
            System.arraycopy(args, 3, rest, 1, args.length - 3);
            args = rest;
        }
        List<LedgerScore.Hand> hand = LedgerScore.read(Path.of(args[1]));
        int horizon = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        Set<String> actors = new LinkedHashSet<>();
        hand.forEach(h -> actors.add(h.source().substring(0, 3)));
        List<Ledger.Entry> entries = new ArrayList<>();
        try (RecordReader reader = RecordReader.open(new StoreLocation(args[0]))) {
            for (String a : actors) {
                entries.addAll(new Ledger(reader).run(new Ledger.Request(a, horizon, null, null, null)).entries());
            }
        }
        LedgerScore.Result r = LedgerScore.score(entries, hand);
        System.out.printf(Locale.ROOT, "%d ledger entries of %s; %d hand lines, %d matched by an entry%n",
                entries.size(), actors, r.handLines(), r.handMatched());
        System.out.printf(Locale.ROOT, "%-13s %8s %7s %10s %10s%n", "STATUS", "MATCHED", "AGREED", "PRECISION",
                "UNMATCHED");
        for (Ledger.Status s : Ledger.Status.values()) {
            LedgerScore.Score sc = r.scores().get(s);
            System.out.printf(Locale.ROOT, "%-13s %8d %7d %10s %10d%n", s.label(), sc.matched(), sc.agreed(),
                    sc.precision() == null ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * sc.precision()),
                    sc.unmatched());
        }
        for (LedgerScore.Miss m : r.misses()) {
            System.out.printf(Locale.ROOT, "  ledger %s (%s, %s), hand %s (line %d: %s)%n    %s%n", m.entry().status(),
                    m.entry().rule(), m.entry().reason(), m.hand().fate(), m.hand().line(), m.hand().why(),
                    m.entry().commitment().cite());
        }
    }

    /** Builds a record in {@code dir} from the events of a gold file; returns its path. */
    static String gold(Path file, Path dir) throws Exception {
        java.nio.file.Files.createDirectories(dir);
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        int events = 0;
        try (TestRecord r = new TestRecord(dir)) {
            for (String line : java.nio.file.Files.readAllLines(file)) {
                if (line.isBlank()) {
                    continue;
                }
                com.fasterxml.jackson.databind.JsonNode d = json.readTree(line);
                String doc = "corpus/dev/" + d.get("doc").asText();
                String published = d.get("published").asText();
                for (com.fasterxml.jackson.databind.JsonNode e : d.get("events")) {
                    if (e.path("date").isNull() || e.path("date").isMissingNode()) {
                        continue;
                    }
                    String target = e.path("target").isNull() || e.path("target").isMissingNode() ? null
                            : e.get("target").asText();
                    r.eventIn(doc, published, e.get("date").asText(), e.get("source").asText(), target,
                            e.get("cameo").asText(), e.get("modality").asText());
                    events++;
                }
            }
            System.out.printf(Locale.ROOT, "gold record: %d dated events of %s in %s%n", events, file, r.db());
            return r.db();
        }
    }
}
