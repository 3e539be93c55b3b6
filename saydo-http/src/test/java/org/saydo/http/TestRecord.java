package org.saydo.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.saydo.store.CameoTable;
import org.saydo.store.FakeCoder;
import org.saydo.store.Ingester;
import org.saydo.store.LinkRule;
import org.saydo.store.Progress;
import org.saydo.store.RecordStore;

/**
 * A small real record for the HTTP tests: four reports written as JSON Lines and ingested through the store's
 * {@link Ingester} with the {@link FakeCoder} (events are the bracketed markers, quotes the braced ones), with
 * the standard CAMEO table so QuadClass and Goldstein are filled in.
 */
final class TestRecord {

    static final String GENEVA = "Russian officials met American envoys in Geneva on Tuesday. "
            + "[RUSGOV 040 USAGOV 2025-12-02] {RUSGOV says} The talks lasted five hours.";
    static final String KYIV = "Missiles struck Kyiv overnight and the energy grid failed. [RUSMIL 190 UKR 2025-12-03] "
            + "Rescuers searched the rubble.";
    static final String WASHINGTON = "The Ukrainian president visited Washington. [UKRGOV 042 USA 2025-11-28] "
            + "[USAGOV 043 UKRGOV 2025-11-28] {UKRGOV says}";
    static final String THREAT = "The Kremlin threatened retaliation against Ukraine. [RUSGOV 138 UKR 2025-12-04 intent] "
            + "[RUSGOV 190 UKR 2025-12-04]";

    private TestRecord() {
    }

    static final String NARRATIVE = "URW: Discrediting the West, Diplomacy";
    static final String SUB = NARRATIVE + ": Diplomacy does/will not work";

    /**
     * A hand-written labeller: a report with quotes carries {@link #SUB}, each quote a claim of it by its speaker
     * (GENEVA: RUSGOV on 2025-12-03; WASHINGTON: UKRGOV on 2025-11-29), and its narrative in its first sentence;
     * the others are Other.
     */
    static org.saydo.store.StoredNarratives narratives(org.saydo.record.CodedDocument coded) {
        List<org.saydo.store.StoredNarratives.Claim> claims = new ArrayList<>();
        for (org.saydo.record.Quote q : coded.quotes()) {
            claims.add(new org.saydo.store.StoredNarratives.Claim(SUB, NARRATIVE, q.provenance().sentence(),
                    q.provenance().start(), q.provenance().end(), q.text(), 0.8, q.speaker()));
        }
        if (claims.isEmpty()) {
            return new org.saydo.store.StoredNarratives("test-model", List.of(
                    new org.saydo.store.StoredNarratives.Label("Other", "Other", false),
                    new org.saydo.store.StoredNarratives.Label("Other", "Other", true)), List.of());
        }
        String text = coded.document().text();
        int end = text.indexOf('.') + 1;
        claims.add(new org.saydo.store.StoredNarratives.Claim(NARRATIVE, NARRATIVE, 0, 0, end, text.substring(0, end),
                0.6, null));
        return new org.saydo.store.StoredNarratives("test-model", List.of(
                new org.saydo.store.StoredNarratives.Label(NARRATIVE, NARRATIVE, false),
                new org.saydo.store.StoredNarratives.Label(SUB, NARRATIVE, true)), claims);
    }

    /** Creates the store file {@code dir/record.duckdb} with the four reports and returns it, opened. */
    static RecordStore create(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        lines.add(json.writeValueAsString(Map.of("text", GENEVA, "date", "2025-12-03", "title", "Talks in Geneva",
                "outlet", "Reuters", "url", "https://example.org/geneva")));
        lines.add(json.writeValueAsString(Map.of("text", KYIV, "date", "2025-12-03", "title", "Night strikes",
                "outlet", "Kyiv Independent")));
        lines.add(json.writeValueAsString(Map.of("text", WASHINGTON, "date", "2025-11-29", "title", "Visit",
                "outlet", "AP")));
        lines.add(json.writeValueAsString(Map.of("text", THREAT, "date", "2025-12-04", "title", "Threat",
                "outlet", "Reuters")));
        Path input = dir.resolve("reports.jsonl");
        Files.write(input, lines, StandardCharsets.UTF_8);
        RecordStore store = RecordStore.open(dir.resolve("record.duckdb").toString(), CameoTable.standard());
        List<String> errors = new ArrayList<>();
        Ingester.Summary s = new Ingester(store, new FakeCoder(), TestRecord::narratives,
                new Ingester.Options(1, LinkRule.standard(), null), Progress.NONE, errors::add).ingest(List.of(input));
        if (!errors.isEmpty() || s.added() != 4) {
            throw new IllegalStateException("fixture ingest failed: " + s.line() + " " + errors);
        }
        return store;
    }
}
