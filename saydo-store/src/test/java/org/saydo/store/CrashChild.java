package org.saydo.store;

import java.nio.file.Path;
import java.util.List;

/**
 * A child JVM for {@link IngesterTest}: ingests a directory slowly in batches of 16 documents (so that the kill
 * lands between and inside batches), printing the documents committed after each write, until killed.
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) {
        try (RecordStore store = RecordStore.open(args[0], StoreFixtures.CAMEO)) {
            Progress progress = s -> {
                System.out.println("written " + s.documents());
                System.out.flush();
            };
            new Ingester(store, new FakeCoder(5), new Ingester.Options(2, LinkRule.standard(), null)
                    .withBatch(16, java.time.Duration.ofSeconds(1)), progress,
                    System.err::println).ingest(List.of(Path.of(args[1])));
        }
    }
}
