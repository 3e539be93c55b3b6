package org.saydo.cli;

import org.saydo.store.CameoTable;
import org.saydo.store.FakeCoder;
import picocli.CommandLine;

/**
 * {@code saydo ingest ARGS} with the fake coder (a few milliseconds per document) in a child JVM, for
 * {@link TeamRecordTest}: the real command, its batching and its store, without loading CoreNLP.
 */
public final class FakeIngestChild {

    private FakeIngestChild() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new IngestCommand(budget -> new FakeCoder(3), CameoTable.NONE)).execute(args));
    }
}
