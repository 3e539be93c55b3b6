package org.saydo.doc;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads a UTF-8 stream line by line, decoding each line on its own with a reporting decoder: the one way
 * Saydo reads line-oriented files (JSON Lines, GDELT exports, dictionaries). A line with a malformed byte, or
 * longer than the limit, comes back as a {@link Line} with a problem and its real line number, and the lines
 * after it are read as usual: one bad byte never costs more than its own line.
 *
 * <p>Lines end at {@code \n}, {@code \r\n} or a lone {@code \r} (as {@link java.io.BufferedReader#readLine()}
 * counts them), and the terminator is not part of the line. A UTF-8 byte order mark at the start of the stream
 * is dropped. A line longer than the limit is skipped without being held in memory. Not thread-safe: one
 * reader per stream; closing it closes the stream.
 */
public final class LineReader implements Closeable {

    /**
     * One line: its number (from 1) and either its text or, when it could not be read, the problem.
     *
     * @param number the line number, from 1
     * @param text the line's text without its terminator, or null when {@code problem} is set
     * @param problem why the line could not be read ({@code not UTF-8 (malformed byte at byte 7 of the line)}), or null
     */
    public record Line(long number, String text, String problem) {
        public Line {
            if (number < 1) {
                throw new IllegalArgumentException("line number must be at least 1, got " + number);
            }
            if ((text == null) == (problem == null)) {
                throw new IllegalArgumentException("a line has either text or a problem, got text=" + text
                        + " problem=" + problem);
            }
        }

        /** True when the line was read. */
        public boolean ok() {
            return text != null;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private byte[] line = new byte[256];
    private int length;
    private long number;
    private boolean eof;
    private boolean afterCr;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    /**
     * @param in the stream, read to its end
     * @param maxLineBytes the longest line read, in bytes (without its terminator); a longer one is a problem
     */
    public LineReader(InputStream in, int maxLineBytes) {
        this.in = Objects.requireNonNull(in, "in");
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes must be at least 1, got " + maxLineBytes);
        }
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. Throws only when the stream itself fails. */
    public Line next() throws IOException {
        if (eof) {
            return null;
        }
        length = 0;
        long bytes = 0;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                eof = true;
                if (!any) {
                    return null;
                }
                break;
            }
            byte b = buffer[position++];
            if (afterCr) {
                afterCr = false;
                if (b == '\n') {
                    continue;
                }
            }
            any = true;
            if (b == '\n') {
                break;
            }
            if (b == '\r') {
                afterCr = true;
                break;
            }
            bytes++;
            if (bytes <= maxLineBytes) {
                append(b);
            }
        }
        number++;
        if (bytes > maxLineBytes) {
            return new Line(number, null, "line longer than " + maxLineBytes + " bytes (" + bytes + " bytes)");
        }
        int start = 0;
        if (number == 1 && length >= 3 && line[0] == (byte) 0xEF && line[1] == (byte) 0xBB
                && line[2] == (byte) 0xBF) {
            start = 3;
        }
        ByteBuffer bb = ByteBuffer.wrap(line, start, length - start);
        try {
            return new Line(number, decoder.reset().decode(bb).toString(), null);
        } catch (CharacterCodingException e) {
            return new Line(number, null, "not UTF-8 (malformed byte at byte " + (bb.position() - start + 1)
                    + " of the line)");
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        while (n == 0) {
            n = in.read(buffer);
        }
        if (n < 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    private void append(byte b) {
        if (length == line.length) {
            line = Arrays.copyOf(line, Math.min(Math.max(16, line.length * 2), maxLineBytes));
        }
        line[length++] = b;
    }
}
