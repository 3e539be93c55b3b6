package org.saydo.doc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text report into a {@link Document}: the one place that decides what a readable text file is
 * and how its date line is written. Used by {@code saydo code} and {@code saydo ingest}. Stateless, so
 * thread-safe.
 *
 * <p>Rules, each failing with a {@link BadDocumentException} that names the file:
 * <ul>
 *   <li>at most {@value #MAX_BYTES} bytes (20 MB), files and standard input alike; a larger input is refused
 *       as soon as the limit is passed, without reading the rest;</li>
 *   <li>UTF-8, decoded strictly (a malformed byte is an error, not a replacement character); a leading byte
 *       order mark is dropped;</li>
 *   <li>the shared acceptance check of {@link TextAcceptance}: not binary (no NUL byte, no control character
 *       other than tab, line feed, carriage return and form feed), not blank, English.</li>
 * </ul>
 *
 * <p><b>Date line.</b> When the text starts (after blanks) with {@code date YYYY-MM-DD} or
 * {@code date: YYYY-MM-DD} (the word {@code date} in any case), that date is the publication date and the
 * date mark is removed from the text; the rest of that line, if any, stays as body text. A date mark with an
 * impossible date ({@code date 2025-02-30}) is an error. Character offsets of events point into the text
 * after the mark is removed.
 */
public final class TextReader {

    /** The largest file or standard input read, in bytes (that of {@link TextAcceptance#MAX_BYTES}). */
    public static final long MAX_BYTES = TextAcceptance.MAX_BYTES;

    private static final Pattern DATE_MARK =
            Pattern.compile("\\A\\s*(?i:date)(?::\\s*|[ \\t]+)(\\d{4}-\\d{2}-\\d{2})(?![\\w-])[ \\t]*(\\r?\\n)?");

    private TextReader() {
    }

    /**
     * Reads a text file. Throws {@link BadDocumentException} naming {@code path} when it breaks a rule above,
     * (also when it cannot be read at all: missing, a directory, no permission).
     */
    public static Document read(Path path) {
        Objects.requireNonNull(path, "path");
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new BadDocumentException(path, "larger than 20 MB (" + size + " bytes)");
            }
            return parse(path.toString(), Files.readAllBytes(path));
        } catch (IOException e) {
            throw new BadDocumentException(path, "cannot read: " + e);
        }
    }

    /**
     * Reads a text from a stream of unknown length (standard input), streaming: at most {@value #MAX_BYTES}
     * bytes are held, and a longer stream is refused as soon as its {@code MAX_BYTES + 1}st byte is read; the
     * rest is never read. The stream is not closed.
     *
     * @param source the name to give the document and its errors ({@code -} for standard input)
     * @param in the stream
     */
    public static Document read(String source, InputStream in) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(in, "in");
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new BadDocumentException(source, "cannot read: " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            throw new BadDocumentException(source, "larger than 20 MB (more than " + MAX_BYTES
                    + " bytes; stopped reading there)");
        }
        return parse(source, bytes);
    }

    /**
     * Turns the bytes of a plain-text report into a document, by the rules above.
     *
     * @param source the path or URL to name in the document and in errors
     * @param bytes the file's bytes
     */
    public static Document parse(String source, byte[] bytes) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length > MAX_BYTES) {
            throw new BadDocumentException(source, "larger than 20 MB (" + bytes.length + " bytes)");
        }
        TextAcceptance.requireNoNulByte(source, bytes);
        String text = decode(source, bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        TextAcceptance.requireNoControls(source, null, text);
        LocalDate published = null;
        Matcher m = DATE_MARK.matcher(text);
        if (m.find()) {
            try {
                published = LocalDate.parse(m.group(1));
            } catch (DateTimeParseException e) {
                throw new BadDocumentException(source, "bad date line: '" + m.group(1) + "' is not a date");
            }
            text = text.substring(m.end());
        }
        TextAcceptance.require(source, text);
        return Document.of(source, published, text);
    }

    /**
     * Decodes bytes strictly as UTF-8: the one strict decoder of whole inputs (files, standard input, pages,
     * feeds, POST bodies). A malformed byte throws {@link BadDocumentException} naming {@code source} and the
     * byte's offset; there are never replacement characters.
     */
    public static String decode(String source, byte[] bytes) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(bytes, "bytes");
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            throw new BadDocumentException(source, "not UTF-8 (malformed byte at offset " + in.position() + ")");
        } catch (CharacterCodingException e) {
            throw new BadDocumentException(source, "not UTF-8 (" + e.getMessage() + ")");
        }
    }
}
