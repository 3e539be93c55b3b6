package org.saydo.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.saydo.store.CameoTable;
import org.saydo.store.RecordStore;
import org.saydo.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code saydo reindex}: recomputes the record's per-key summary (the words and deeds the analyses read) from its
 * events and quotes, in one transaction. Ingest, recode and import keep the summary as they write; this rebuilds it
 * from scratch (after a tool wrote the record without the store, or to check it). Exit 0 on success, 1 when the
 * store cannot be opened or written, 2 on bad usage. Not thread-safe.
 */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Recompute the record's per-key summary of words and deeds from its events and quotes.")
public final class ReindexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store = new StoreOption();

    private final CameoTable cameo;

    /** @param cameo the CAMEO table the store is opened with */
    public ReindexCommand(CameoTable cameo) {
        this.cameo = Objects.requireNonNull(cameo, "cameo");
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (RecordStore record = store.openExisting(cameo)) {
            long start = System.nanoTime();
            long[] rows = record.reindex();
            out.println(String.format(Locale.ROOT, "reindex: %d event keys, %d distinct quotes, %d summary rows "
                    + "(%.1f s)", rows[0], rows[1], rows[2], (System.nanoTime() - start) / 1e9));
            out.flush();
            return 0;
        } catch (StoreException e) {
            err.println("saydo: " + e.getMessage());
            return 1;
        }
    }
}
