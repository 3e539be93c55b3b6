package org.saydo.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.nlp.BudgetExceededException;
import org.saydo.record.Coder;

/** A document that outlasts the coder's budget costs only itself; progress shows while it is worked on. */
class IngestBudgetTest {

    @TempDir
    Path dir;

    private static final String BUDGET = "exceeded the time budget of 60 s per document (documentTime) with 2 of 5 "
            + "sentences parsed";

    @Test
    void aDocumentOverItsBudgetFailsByNameTheNextIsIngestedAndProgressShowsWhileItRuns() throws IOException {
        Path docs = IngesterTest.corpus(dir, 3);
        Files.writeString(docs.resolve("r00001.txt"), "A report that takes too long. [SLOW]");
        List<Progress.Snapshot> seen = new CopyOnWriteArrayList<>();
        CountDownLatch tickedWhileSlow = new CountDownLatch(1);
        Progress progress = s -> {
            // r00000 written (1 document done); a second snapshot at 1 is a tick while r00001 is still coded
            if (s.documents() == 1 && seen.stream().anyMatch(p -> p.documents() == 1)) {
                tickedWhileSlow.countDown();
            }
            seen.add(s);
        };
        FakeCoder fake = new FakeCoder();
        Coder coder = d -> {
            if (d.text().contains("[SLOW]")) {
                try {
                    tickedWhileSlow.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new BudgetExceededException(BUDGET);
            }
            return fake.code(d);
        };
        List<String> errors = new ArrayList<>();
        try (RecordStore store = RecordStore.open(dir.resolve("s.duckdb").toString(), StoreFixtures.CAMEO)) {
            Ingester.Summary summary = new Ingester(store, coder, new Ingester.Options(1, LinkRule.standard(), null),
                    progress, errors::add).ingest(List.of(docs));

            assertThat(summary.line()).isEqualTo("ingest: 3 documents (2 new, 0 unchanged, 1 failed), 4 events, 2 quotes");
            assertThat(errors).containsExactly(docs.resolve("r00001.txt") + ": " + BUDGET);
            assertThat(store.counts().documents()).isEqualTo(2);
        }
        assertThat(tickedWhileSlow.getCount()).as("progress was shown while the slow document was coded").isZero();
        Progress.Snapshot last = seen.get(seen.size() - 1);
        assertThat(last.documents()).isEqualTo(3);
        assertThat(last.failed()).isEqualTo(1);
        assertThat(last.expected()).isEqualTo(3);
    }

    @Test
    void theCodersWarningsAreReportedWithTheDocument() throws IOException {
        Path docs = IngesterTest.corpus(dir, 1);
        FakeCoder fake = new FakeCoder();
        Coder coder = d -> fake.code(d).withWarnings(List.of("long-sentence: the sentence at characters 0-9 has 300 "
                + "tokens, more than the limit of 150 (maxSentenceTokens); parsed as 2 pieces"));
        List<String> errors = new ArrayList<>();
        try (RecordStore store = RecordStore.open(dir.resolve("s.duckdb").toString(), StoreFixtures.CAMEO)) {
            Ingester.Summary summary = new Ingester(store, coder, new Ingester.Options(1, LinkRule.standard(), null),
                    Progress.NONE, errors::add).ingest(List.of(docs));
            assertThat(summary.anyFailed()).isFalse();
            assertThat(summary.added()).isEqualTo(1);
        }
        assertThat(errors).containsExactly(docs.resolve("r00000.txt") + ": warning long-sentence: the sentence at "
                + "characters 0-9 has 300 tokens, more than the limit of 150 (maxSentenceTokens); parsed as 2 pieces");
    }

    @Test
    void progressLinesNameTheCommandAndSayDocumentsDoneOfExpectedAndFailures() {
        StringWriter out = new StringWriter();
        Progress lines = Progress.lines("recode", new PrintWriter(out), Duration.ZERO);
        // 3 of 10 documents in 3 s: 1.0 documents/s; 30 sentences: 10/s; 7 left at 1 s each: ETA 7 s
        lines.update(new Progress.Snapshot(3, 1, 10, 30, Duration.ofSeconds(3)));
        assertThat(out.toString().strip()).isEqualTo("recode: 3/10 documents (1 failed), 1.0 documents/s, "
                + "10 sentences/s, ETA 0:00:07");
    }
}
