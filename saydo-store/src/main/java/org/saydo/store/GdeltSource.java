package org.saydo.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.saydo.doc.BadDocumentException;
import org.saydo.doc.LineReader;
import org.saydo.doc.TextAcceptance;

/**
 * GDELT 2.0 event exports ({@code *.export.CSV}: 61 tab-separated columns, no header). Rows are handed on in
 * batches of {@value #BATCH} (each batch is one store transaction). Lines are decoded one by one
 * ({@link LineReader}): a row that is not UTF-8, longer than {@value #MAX_LINE_BYTES} bytes, holds a control
 * character other than tab, or has the wrong column count or a bad id, date or code is one
 * {@link SourceItem.Bad} naming {@code file:line} with its real line number, and the other rows are read.
 * Stateless, thread-safe.
 */
public final class GdeltSource implements SourceReader {

    /** The longest row read, in bytes (real rows are under 1 KB). */
    public static final int MAX_LINE_BYTES = 64 * 1024;

    /** Rows per batch. */
    public static final int BATCH = 1000;

    @Override
    public void read(Path file, Consumer<SourceItem> sink) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sink, "sink");
        List<GdeltEvent> batch = new ArrayList<>(BATCH);
        long number = 0;
        try (LineReader in = new LineReader(Files.newInputStream(file), MAX_LINE_BYTES)) {
            for (LineReader.Line line = in.next(); line != null; line = in.next()) {
                number = line.number();
                String where = file + ":" + number;
                if (!line.ok()) {
                    sink.accept(new SourceItem.Bad(where, line.problem(), true));
                    continue;
                }
                if (line.text().isEmpty()) {
                    continue;
                }
                try {
                    TextAcceptance.requireNoControls(where, "row", line.text());
                    batch.add(GdeltEvent.parse(where, line.text()));
                } catch (BadDocumentException e) {
                    sink.accept(new SourceItem.Bad(e.where(), e.reason(), true));
                }
                if (batch.size() == BATCH) {
                    sink.accept(new SourceItem.GdeltRows(batch));
                    batch.clear();
                }
            }
        } catch (IOException e) {
            sink.accept(new SourceItem.Bad(file + ":" + (number + 1), "cannot read: " + e));
        }
        if (!batch.isEmpty()) {
            sink.accept(new SourceItem.GdeltRows(batch));
        }
    }
}
