package org.saydo.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {

    @TempDir
    Path dir;

    /** Writes {@code n} reports, each with two events and one quote; each three consecutive reports tell one story. */
    static Path corpus(Path dir, int n) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        String[] actors = {"RUSGOV", "USAGOV", "UKRGOV", "FRAGOV", "DEUGOV"};
        for (int i = 0; i < n; i++) {
            int story = i / 3;
            String a = actors[story % actors.length];
            String b = actors[(story + 1) % actors.length];
            int day = 1 + story % 28;
            String text = String.format("date 2025-12-%02d\nReport %d: the envoy of %s met officials of %s, and the "
                    + "ministry said that the talks would go on. [%s 040 %s 2025-11-%02d] Later there were strikes "
                    + "on the border. [%s 190 %s 2025-11-%02d] {%s says}", day, i, a, b, a, b, day, a, b, day, a);
            Files.writeString(docs.resolve(String.format("r%05d.txt", i)), text, StandardCharsets.UTF_8);
        }
        return docs;
    }

    private static Ingester ingester(RecordStore store, int threads, List<String> errors) {
        return new Ingester(store, new FakeCoder(), new Ingester.Options(threads, LinkRule.standard(), null),
                Progress.NONE, errors::add);
    }

    /** A new empty record of the test case's engine (the store contract: {@link StoreBackend}). */
    private RecordStore open(StoreBackend backend) {
        return RecordStore.open(backend.fresh(dir), StoreFixtures.CAMEO);
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void ingestsADirectoryAndASecondRunChangesNothing(StoreBackend backend) throws IOException {
        Path docs = corpus(dir, 30);
        List<String> errors = new ArrayList<>();
        try (RecordStore store = open(backend)) {
            Ingester.Summary first = ingester(store, 4, errors).ingest(List.of(docs));
            assertThat(first.line()).isEqualTo("ingest: 30 documents (30 new, 0 unchanged, 0 failed), 60 events, 30 quotes");
            RecordStore.Counts counts = store.counts();
            Ingester.Summary second = ingester(store, 4, errors).ingest(List.of(docs));
            assertThat(second.line()).isEqualTo("ingest: 30 documents (0 new, 30 unchanged, 0 failed), 0 events, 0 quotes");
            assertThat(store.counts()).isEqualTo(counts);
            assertThat(errors).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void aBadDocumentIsReportedAndCountedAndTheBatchGoesOn(StoreBackend backend) throws IOException {
        Path docs = corpus(dir, 5);
        Files.write(docs.resolve("r00002.txt"), new byte[] {'a', 0, 'b'});
        Files.writeString(docs.resolve("r00003.txt"), "A report the coder chokes on. [FAIL]");
        List<String> errors = new ArrayList<>();
        try (RecordStore store = open(backend)) {
            Ingester.Summary summary = ingester(store, 2, errors).ingest(List.of(docs));
            assertThat(summary.line()).isEqualTo("ingest: 5 documents (3 new, 0 unchanged, 2 failed), 6 events, 3 quotes");
            assertThat(summary.anyFailed()).isTrue();
            assertThat(errors).containsExactly(docs.resolve("r00002.txt") + ": binary file (NUL byte at offset 1)",
                    docs.resolve("r00003.txt") + ": coder failed: java.lang.IllegalStateException: fake coder told to fail");
            assertThat(store.counts().documents()).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void aDocumentThatFailsWhileWrittenLeavesNothingOfItselfAndTheRestOfItsBatchIsStored(StoreBackend backend) throws IOException {
        Path docs = corpus(dir, 6); // reports 0-2 carry the quote {RUSGOV says}, reports 3-5 {USAGOV says}
        List<String> errors = new ArrayList<>();
        try (RecordStore store = open(backend)) {
            // a store that refuses a second copy of the same quoted words: reports 1, 2, 4 and 5 fail at their
            // quote, after their document row, cluster and events were written in the batch's transaction
            store.executeTrusted("CREATE UNIQUE INDEX quotes_once ON quotes (quote)");
            Ingester.Summary first = ingester(store, 2, errors).ingest(List.of(docs));
            assertThat(first.line()).isEqualTo("ingest: 6 documents (2 new, 0 unchanged, 4 failed), 4 events, 2 quotes");
            assertThat(errors).hasSize(4).allSatisfy(e -> assertThat(e).contains(": not stored: ")
                    .containsIgnoringCase("duplicate key"));
            assertThat(errors.get(0)).startsWith(docs.resolve("r00001.txt") + ": not stored: ");
            assertThat(store.counts()).isEqualTo(new RecordStore.Counts(2, 4, 4, 2));
            assertThat(store.documents(0, 10)).extracting(d -> d.document().source())
                    .containsExactly(docs.resolve("r00000.txt").toString(), docs.resolve("r00003.txt").toString());

            errors.clear();
            Ingester.Summary rerun = ingester(store, 2, errors).ingest(List.of(docs));
            assertThat(rerun.line()).isEqualTo("ingest: 6 documents (0 new, 2 unchanged, 4 failed), 0 events, 0 quotes");
            assertThat(store.counts()).isEqualTo(new RecordStore.Counts(2, 4, 4, 2));
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void theRecordDoesNotDependOnTheNumberOfThreads(StoreBackend backend) throws IOException {
        Path docs = corpus(dir, 60);
        try (RecordStore one = open(backend); RecordStore four = open(backend)) {
            ingester(one, 1, new ArrayList<>()).ingest(List.of(docs));
            ingester(four, 4, new ArrayList<>()).ingest(List.of(docs));
            assertThat(export(four, "four.jsonl")).isEqualTo(export(one, "one.jsonl"));
            assertThat(one.counts().events()).isLessThan(one.counts().reports()); // some reports were linked
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void aKilledRunLeavesOnlyWholeDocumentsAndTheRerunBuildsTheSameRecord(StoreBackend backend) throws Exception {
        Path docs = corpus(dir, 300);
        StoreLocation killed = backend.fresh(dir);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), killed.file(),
                docs.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int written = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && written < 60; line = out.readLine()) {
                written = Integer.parseInt(line.substring("written ".length()));
            }
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(written).as("the child wrote documents before it was killed").isGreaterThanOrEqualTo(60);
        try (RecordStore store = RecordStore.open(killed, StoreFixtures.CAMEO)) {
            RecordStore.Counts counts = store.counts();
            assertThat(counts.documents()).isBetween(60L, 299L);
            assertThat(counts.reports()).as("two events per stored document, none half-written")
                    .isEqualTo(2 * counts.documents());
            assertThat(counts.quotes()).isEqualTo(counts.documents());
            Ingester.Summary rerun = ingester(store, 3, new ArrayList<>()).ingest(List.of(docs));
            assertThat(rerun.added()).isEqualTo(300 - counts.documents());
            assertThat(rerun.unchanged()).isEqualTo(counts.documents());
            try (RecordStore whole = open(backend)) {
                ingester(whole, 2, new ArrayList<>()).ingest(List.of(docs));
                assertThat(export(store, "after-kill.jsonl")).isEqualTo(export(whole, "whole.jsonl"));
            }
        }
    }

    private List<String> export(RecordStore store, String name) throws IOException {
        Path out = dir.resolve(name);
        try (RecordReader reader = RecordReader.openBesideWriter(store.location(), 1)) {
            Exporter.export(reader, EventQuery.all(), ExportFormat.JSONL, out);
        }
        return Files.readAllLines(out);
    }
}
