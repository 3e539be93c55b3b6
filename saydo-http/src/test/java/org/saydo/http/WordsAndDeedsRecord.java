package org.saydo.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.saydo.record.CodedDocument;
import org.saydo.record.Quote;
import org.saydo.store.CameoTable;
import org.saydo.store.FakeCoder;
import org.saydo.store.Ingester;
import org.saydo.store.LinkRule;
import org.saydo.store.Progress;
import org.saydo.store.RecordStore;
import org.saydo.store.StoredNarratives;

/**
 * A record for the actor page's "narratives beside deeds": RUS's deeds and the narratives of its quotes in known
 * weeks of March 2024 (weeks from Monday 03-04, 03-11, 03-18, 03-25), coded by the {@link FakeCoder} markers.
 * A quote carries a narrative when its document names the narrative's keyword ("talks" or "defence"). Written
 * for these tests; the figures below are worked out by hand from the markers and the CAMEO Goldstein scale
 * (190, 193, 195: -10.0; 061: +6.4; 036: +4.0).
 *
 * <ul>
 * <li>Week 03-04: deeds 190 (03-04), 193 (03-06), 061 (03-06) and 195 (03-10, reported in a document published
 *     on Monday 03-11): 4 deeds, 3 material conflict, 1 material cooperation, mean Goldstein (-10 - 10 + 6.4 - 10)
 *     / 4 = -5.9. (The 19x deeds are two or more days apart, so the store's link rule, one day, keeps them apart;
 *     the first document is published on 03-04, so {@code gap}, which counts from the record's first covered day,
 *     counts the 190.) RUS quotes: "talks" in the documents of 03-04 and 03-07, "defence" in that of 03-07, so
 *     {@link #DIPLOMACY} 2 documents and {@link #BLAMING} 1.
 * <li>Week 03-11: no deed; the RUS quote of 03-11 carries {@link #BLAMING} (1 document); a UKR quote in the same
 *     document carries it too and does not count for RUS.
 * <li>Week 03-18: one deed (193, -10.0) and a verbal 036; no quote.
 * <li>Week 03-25: only a UKR quote carrying {@link #DIPLOMACY}: no row for RUS.
 * </ul>
 */
final class WordsAndDeedsRecord {

    static final String BLAMING = "URW: Blaming the war on others rather than the invader";
    static final String DIPLOMACY = "URW: Discrediting the West, Diplomacy";
    static final String DIPLOMACY_FAILS = DIPLOMACY + ": Diplomacy does/will not work";

    /** Keyword in a document's text → the label its quotes carry (label, narrative). */
    private static final Map<String, String[]> KEYWORDS = new LinkedHashMap<>();

    static {
        KEYWORDS.put("talks", new String[] {DIPLOMACY_FAILS, DIPLOMACY});
        KEYWORDS.put("defence", new String[] {BLAMING, BLAMING});
    }

    private WordsAndDeedsRecord() {
    }

    /** Every quote of a document carries the label of each keyword its text holds; none: Other. */
    static StoredNarratives narratives(CodedDocument coded) {
        String text = coded.document().text();
        List<StoredNarratives.Label> labels = new ArrayList<>();
        List<StoredNarratives.Claim> claims = new ArrayList<>();
        for (var k : KEYWORDS.entrySet()) {
            if (!text.contains(k.getKey()) || coded.quotes().isEmpty()) {
                continue;
            }
            String label = k.getValue()[0];
            String narrative = k.getValue()[1];
            labels.add(new StoredNarratives.Label(narrative, narrative, false));
            if (!label.equals(narrative)) {
                labels.add(new StoredNarratives.Label(label, narrative, true));
            }
            for (Quote q : coded.quotes()) {
                claims.add(new StoredNarratives.Claim(label, narrative, q.provenance().sentence(),
                        q.provenance().start(), q.provenance().end(), q.text(), 0.8, q.speaker()));
            }
        }
        if (labels.isEmpty()) {
            labels = List.of(new StoredNarratives.Label("Other", "Other", false),
                    new StoredNarratives.Label("Other", "Other", true));
        }
        return new StoredNarratives("test-model", labels, claims);
    }

    /** Creates {@code dir/record.duckdb} with the six reports and returns it, opened. */
    static RecordStore create(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (String[] d : new String[][] {
            {"2024-03-04", "A spokesman said the talks had stalled. [RUSMIL 190 UKR 2024-03-04] {RUSGOV says}"},
            {"2024-03-06", "Shelling resumed and a trade deal was signed. [RUSMIL 193 UKR 2024-03-06] "
                    + "[RUSGOV 061 BLR 2024-03-06]"},
            {"2024-03-07", "A minister spoke about defence and about the talks. {RUSGOV says}"},
            {"2024-03-11", "Both capitals described the weekend in terms of defence. [RUSMIL 195 UKR 2024-03-10] "
                    + "{RUSGOV says} {UKRGOV says}"},
            {"2024-03-20", "Fighting continued near the river. [RUSMIL 193 UKR 2024-03-19] [RUSGOV 036 UKR 2024-03-19]"},
            {"2024-03-27", "Kyiv commented on the talks. {UKRGOV says}"}}) {
            lines.add(json.writeValueAsString(Map.of("text", d[1], "date", d[0], "title", "Report of " + d[0],
                    "outlet", "Test Wire")));
        }
        Path input = dir.resolve("words-and-deeds.jsonl");
        Files.write(input, lines, StandardCharsets.UTF_8);
        RecordStore store = RecordStore.open(dir.resolve("record.duckdb").toString(), CameoTable.standard());
        List<String> errors = new ArrayList<>();
        Ingester.Summary s = new Ingester(store, new FakeCoder(), WordsAndDeedsRecord::narratives,
                new Ingester.Options(1, LinkRule.standard(), null), Progress.NONE, errors::add).ingest(List.of(input));
        if (!errors.isEmpty() || s.added() != 6) {
            store.close();
            throw new IllegalStateException("fixture ingest failed: " + s.line() + " " + errors);
        }
        return store;
    }
}
