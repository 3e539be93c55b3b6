package org.saydo.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.doc.Document;

/**
 * A DuckDB record's commits never run while this process reads the same file ({@link CommitGate}): DuckDB 1.4.4
 * crashed the process once when a commit wrote the record's indexes under a running read.
 */
class CommitGateTest {

    @TempDir
    Path dir;

    private final FakeCoder coder = new FakeCoder();

    private static Document report(String outlet, String text) {
        return new Document(Document.idOf(text), outlet + ".txt", "https://" + outlet + "/a", outlet, null,
                LocalDate.of(2025, 12, 3), text);
    }

    @Test
    void aCommitWaitsForTheReadRunningAndTheNextReadSeesIt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (RecordStore store = RecordStore.open(new StoreLocation(dir.resolve("r.duckdb").toString()),
                StoreFixtures.CAMEO);
                RecordReader reader = RecordReader.openBesideWriter(store.location(), 2)) {
            CountDownLatch reading = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<Long> read = pool.submit(() -> reader.read(c -> {
                reading.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                try (java.sql.Statement s = c.createStatement();
                        java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM events")) {
                    rs.next();
                    return rs.getLong(1);
                }
            }));
            assertThat(reading.await(30, TimeUnit.SECONDS)).isTrue();
            Future<RecordStore.Stored> write = pool.submit(() -> store.store(coder.code(report("tass.com",
                    "Putin met Witkoff. [RUSGOV 040 USAGOV 2025-12-02]")), LinkRule.standard()));
            boolean committedDuringRead;
            try {
                write.get(1500, TimeUnit.MILLISECONDS);
                committedDuringRead = true;
            } catch (TimeoutException expected) {
                committedDuringRead = false;
            }
            release.countDown();
            assertThat(committedDuringRead).as("the commit waited for the read").isFalse();
            assertThat(read.get(30, TimeUnit.SECONDS)).as("events the held read saw").isZero();
            assertThat(write.get(30, TimeUnit.SECONDS).added()).isTrue();
            assertThat(reader.events(EventQuery.all())).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
