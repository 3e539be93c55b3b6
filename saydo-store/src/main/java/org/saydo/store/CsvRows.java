package org.saydo.store;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * The one CSV writer of Saydo (exports, {@code saydo events --format csv}, the analyses' {@code --format csv} and
 * the HTTP API's CSV), on {@code jackson-dataformat-csv}: RFC 4180, comma-separated, CRLF line ends, a cell
 * quoted only when it holds a comma, a double quote (doubled) or a line break; null is an empty cell. Cells are
 * written as given (callers turn values into text: numbers with {@code toString}, dates as {@code YYYY-MM-DD}).
 *
 * <p>A {@link CsvRows} writes to one {@link Writer} and is not thread-safe; the static methods are.
 */
public final class CsvRows implements AutoCloseable {

    private static final ObjectWriter WRITER = new CsvMapper()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .writer(CsvSchema.emptySchema().withLineSeparator("\r\n"));

    private final SequenceWriter rows;

    private CsvRows(SequenceWriter rows) {
        this.rows = rows;
    }

    /** A writer of rows to {@code out}; closing it flushes, and leaves {@code out} open. */
    public static CsvRows to(Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        return new CsvRows(WRITER.without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValues(out));
    }

    /** Writes one row. */
    public CsvRows row(List<?> cells) throws IOException {
        Objects.requireNonNull(cells, "cells");
        String[] text = new String[cells.size()];
        for (int i = 0; i < text.length; i++) {
            Object c = cells.get(i);
            text[i] = c == null ? "" : c.toString(); // a null element of an array would be dropped, not written empty
        }
        rows.write(text);
        return this;
    }

    /** Flushes what was written. */
    public void flush() throws IOException {
        rows.flush();
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }

    /** A whole CSV document of these rows (the first is usually the header). */
    public static String of(List<? extends List<?>> rows) {
        StringWriter w = new StringWriter();
        try (CsvRows csv = to(w)) {
            for (List<?> row : rows) {
                csv.row(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write CSV in memory", e);
        }
        return w.toString();
    }
}
