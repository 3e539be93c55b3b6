package org.saydo.doc;

import java.io.IOException;
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
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text report into a {@link Document}: the one place that decides what a readable text file is
 * and how its date line is written. Used by {@code saydo code} and {@code saydo ingest}. Stateless, so
 * thread-safe.
 *
 * <p>Rules, each failing with a {@link BadDocumentException} that names the file:
 * <ul>
 *   <li>at most {@value #MAX_BYTES} bytes (20 MB);</li>
 *   <li>UTF-8, decoded strictly (a malformed byte is an error, not a replacement character); a leading byte
 *       order mark is dropped;</li>
 *   <li>not binary: no NUL byte and no control character other than tab, line feed, carriage return and form
 *       feed;</li>
 *   <li>not empty or blank;</li>
 *   <li>English, by a stop-word test (see {@link #requireEnglish(String, String)}).</li>
 * </ul>
 *
 * <p><b>Date line.</b> When the text starts (after blanks) with {@code date YYYY-MM-DD} or
 * {@code date: YYYY-MM-DD} (the word {@code date} in any case), that date is the publication date and the
 * date mark is removed from the text; the rest of that line, if any, stays as body text. A date mark with an
 * impossible date ({@code date 2025-02-30}) is an error. Character offsets of events point into the text
 * after the mark is removed.
 */
public final class TextReader {

    /** The largest file read, in bytes. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** Texts with fewer words than this are not put to the language test. */
    public static final int MIN_WORDS_FOR_LANGUAGE_TEST = 20;

    /** The smallest share of English stop words among the words of an English text. */
    public static final double MIN_STOP_WORD_RATIO = 0.12;

    private static final Pattern DATE_MARK =
            Pattern.compile("\\A\\s*(?i:date)(?::\\s*|[ \\t]+)(\\d{4}-\\d{2}-\\d{2})(?![\\w-])[ \\t]*(\\r?\\n)?");

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?");

    /** Common English function words; news text in English has 30–50 % of its words from this list. */
    private static final Set<String> STOP_WORDS = Set.of("the", "of", "and", "a", "an", "to", "in", "is", "was",
            "that", "for", "on", "with", "as", "by", "at", "from", "it", "its", "he", "she", "they", "his", "her",
            "their", "this", "be", "are", "were", "has", "have", "had", "not", "but", "or", "said", "will",
            "would", "which", "who", "been", "after", "than", "we", "i", "you", "there", "also", "about");

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
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new BadDocumentException(source, "binary file (NUL byte at offset " + i + ")");
            }
        }
        String text = decode(source, bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                throw new BadDocumentException(source, String.format(Locale.ROOT,
                        "binary file (control character U+%04X at character %d)", (int) c, i));
            }
        }
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
        if (text.isBlank()) {
            throw new BadDocumentException(source, "empty document");
        }
        requireEnglish(source, text);
        return Document.of(source, published, text);
    }

    /**
     * The language test: a text of at least {@value #MIN_WORDS_FOR_LANGUAGE_TEST} words is taken as English when
     * at least {@value #MIN_STOP_WORD_RATIO} of its words (letter runs, compared in lower case) are common
     * English function words ({@code the, of, and, to, in, said, …}). English news text scores 0.3–0.5; French,
     * German, Spanish or Russian text scores near 0, as do word lists and tables. Shorter texts pass untested.
     */
    public static void requireEnglish(String source, String text) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        double ratio = stopWordRatio(text);
        if (!Double.isNaN(ratio) && ratio < MIN_STOP_WORD_RATIO) {
            throw new BadDocumentException(source, String.format(Locale.ROOT,
                    "not English text (%.0f%% English stop words, at least %.0f%% expected)", ratio * 100,
                    MIN_STOP_WORD_RATIO * 100));
        }
    }

    /** The share of English stop words among the words of the text, or NaN when it has too few words. */
    static double stopWordRatio(String text) {
        Matcher w = WORD.matcher(text);
        int words = 0;
        int stops = 0;
        while (w.find()) {
            words++;
            if (STOP_WORDS.contains(w.group().toLowerCase(Locale.ROOT))) {
                stops++;
            }
        }
        return words < MIN_WORDS_FOR_LANGUAGE_TEST ? Double.NaN : (double) stops / words;
    }

    private static String decode(String source, byte[] bytes) {
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
