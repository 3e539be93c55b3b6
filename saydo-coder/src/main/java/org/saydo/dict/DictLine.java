package org.saydo.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.saydo.doc.LineReader;

/**
 * One meaningful line of a dictionary file, after comment removal.
 *
 * @param source file or resource name
 * @param number line number from 1
 * @param raw the line as written (without the line terminator)
 * @param text the line with the trailing comment removed; leading white space kept
 * @param comment the text of the trailing comment without its delimiter, trimmed ({@code ""} if none)
 */
record DictLine(String source, int number, String raw, String text, String comment) {

    DictLine {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(comment, "comment");
        if (number < 1) {
            throw new IllegalArgumentException("line number < 1: " + number);
        }
    }

    /** @return an exception naming this line and the problem */
    DictionaryFormatException error(String problem) {
        return new DictionaryFormatException(source, number, problem);
    }

    /** @return {@code source:number} */
    String where() {
        return source + ":" + number;
    }

    /** Comment conventions of a file kind. */
    enum Comments {
        /** {@code #} starts a comment outside {@code [...]}. */
        HASH,
        /** {@code #} or (TABARI legacy) {@code ;} starts a comment outside {@code [...]}. */
        HASH_OR_SEMICOLON
    }

    /**
     * Reads a file strictly as UTF-8, line by line ({@link LineReader}): a line that is not UTF-8 is a
     * {@link DictionaryFormatException} naming that line.
     */
    static List<DictLine> read(Path file, Comments comments) {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName().toString();
        StringBuilder text = new StringBuilder();
        try (LineReader in = new LineReader(Files.newInputStream(file), Integer.MAX_VALUE - 8)) {
            for (LineReader.Line line = in.next(); line != null; line = in.next()) {
                if (!line.ok()) {
                    throw new DictionaryFormatException(name, (int) line.number(), line.problem());
                }
                text.append(line.text()).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + file + ": " + e.getMessage(), e);
        }
        return readUnchecked(name, new StringReader(text.toString()), comments);
    }

    /** {@link #read(String, Reader, Comments)} with a read failure as an {@link UncheckedIOException}. */
    static List<DictLine> readUnchecked(String source, Reader reader, Comments comments) {
        try {
            return read(source, reader, comments);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + source + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads all lines, dropping blank lines, whole-line {@code #} comments and XML comments
     * ({@code <!-- ... -->}, also {@code <! -- ... -->}, possibly over several lines).
     */
    static List<DictLine> read(String source, Reader reader, Comments comments) throws IOException {
        List<DictLine> out = new ArrayList<>();
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        String line;
        int n = 0;
        int xmlOpen = 0;
        while ((line = in.readLine()) != null) {
            n++;
            if (n == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            line = Errata.fix(source, n, line);
            String t = line.strip();
            if (xmlOpen > 0) {
                if (t.contains("-->")) {
                    xmlOpen = 0;
                    String after = t.substring(t.indexOf("-->") + 3).strip();
                    if (!after.isEmpty()) {
                        throw new DictionaryFormatException(source, n, "text after end of XML comment: '" + after + "'");
                    }
                }
                continue;
            }
            if (t.startsWith("<!")) {
                int end = t.indexOf("-->");
                if (end < 0) {
                    xmlOpen = n;
                } else if (end + 3 < t.length()) {
                    throw new DictionaryFormatException(source, n,
                            "text after end of XML comment: '" + t.substring(end + 3) + "'");
                }
                continue;
            }
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            int cut = commentStart(line, comments);
            String text = cut < 0 ? line : line.substring(0, cut);
            String comment = cut < 0 ? "" : line.substring(cut + 1).strip();
            if (text.isBlank()) {
                continue; // a line holding only a comment (e.g. " ; note")
            }
            out.add(new DictLine(source, n, line, stripTrailing(text), comment));
        }
        if (xmlOpen > 0) {
            throw new DictionaryFormatException(source, xmlOpen, "XML comment '<!--' is never closed with '-->'");
        }
        return out;
    }

    private static String stripTrailing(String s) {
        return s.stripTrailing();
    }

    private static int commentStart(String line, Comments comments) {
        int depth = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && (c == '#' || (c == ';' && comments == Comments.HASH_OR_SEMICOLON))) {
                return i;
            }
        }
        return -1;
    }
}
