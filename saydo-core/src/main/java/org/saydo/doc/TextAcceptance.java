package org.saydo.doc;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one check of what text Saydo accepts as a document, shared by every reader (plain text and standard
 * input, HTML, RSS/Atom, JSON Lines, GDELT rows) and by {@code POST /api/documents}. Each rule fails with a
 * {@link BadDocumentException} naming the document and the rule. Stateless, thread-safe.
 *
 * <ul>
 *   <li><b>size</b>: at most {@value #MAX_BYTES} bytes (20 MB) in UTF-8;</li>
 *   <li><b>binary</b>: no NUL and no control character other than tab, line feed, carriage return and form feed
 *       (ESC, BEL, DEL ...; the C1 controls U+0080..U+009F pass: real feeds carry them as mis-decoded
 *       Windows-1252 punctuation);</li>
 *   <li><b>empty</b>: not blank;</li>
 *   <li><b>language</b>: English, by a stop-word test (see {@link #requireEnglish(String, String)}).</li>
 * </ul>
 *
 * <p>Decoding is not checked here: each reader decodes strictly (a malformed UTF-8 byte is an error, never a
 * replacement character) and names the offset or line itself.
 */
public final class TextAcceptance {

    /** The largest document, in bytes of UTF-8; also the largest file or standard input read. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** Texts with fewer words than this are not put to the language test. */
    public static final int MIN_WORDS_FOR_LANGUAGE_TEST = 20;

    /** The smallest share of English stop words among the words of an English text. */
    public static final double MIN_STOP_WORD_RATIO = 0.12;

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?");

    /** Common English function words; news text in English has 30–50 % of its words from this list. */
    private static final Set<String> STOP_WORDS = Set.of("the", "of", "and", "a", "an", "to", "in", "is", "was",
            "that", "for", "on", "with", "as", "by", "at", "from", "it", "its", "he", "she", "they", "his", "her",
            "their", "this", "be", "are", "were", "has", "have", "had", "not", "but", "or", "said", "will",
            "would", "which", "who", "been", "after", "than", "we", "i", "you", "there", "also", "about");

    private TextAcceptance() {
    }

    /**
     * Checks a document's text by every rule above; throws {@link BadDocumentException} naming {@code where}
     * and the rule it breaks.
     *
     * @param where the path, URL or {@code file:line} to name in the error
     * @param text the document's text
     * @return {@code text}
     */
    public static String require(String where, String text) {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(text, "text");
        long bytes = utf8Length(text, MAX_BYTES + 1);
        if (bytes > MAX_BYTES) {
            throw new BadDocumentException(where, "larger than 20 MB (more than " + MAX_BYTES + " bytes)");
        }
        requireNoControls(where, null, text);
        if (text.isBlank()) {
            throw new BadDocumentException(where, "empty document");
        }
        requireEnglish(where, text);
        return text;
    }

    /**
     * The binary rule alone, for the text of a document or for one of its fields (title, outlet, URL, a row of
     * a GDELT export): no NUL and no control character other than tab, line feed, carriage return and form
     * feed.
     *
     * @param where the document to name in the error
     * @param field the field's name to give in the error, or null for the document's text
     * @param value the text, or null (accepted)
     */
    public static void requireNoControls(String where, String field, String value) {
        Objects.requireNonNull(where, "where");
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            // C0 controls and DEL mark binary data; C1 controls (U+0080..U+009F) are not refused: real feeds carry
            // them as mis-decoded Windows-1252 punctuation (GDELT's exports have U+0091 for an apostrophe)
            if ((c < 0x20 || c == 0x7F) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                String what = c == 0 ? "NUL character" : c == 0x1B ? "control character U+001B (ESC)"
                        : String.format(Locale.ROOT, "control character U+%04X", (int) c);
                throw new BadDocumentException(where, "binary text (" + what + " at character " + i
                        + (field == null ? "" : " of \"" + field + "\"") + ")");
            }
        }
    }

    /** The binary rule on raw bytes, before decoding: no NUL byte. */
    public static void requireNoNulByte(String where, byte[] bytes) {
        Objects.requireNonNull(where, "where");
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new BadDocumentException(where, "binary file (NUL byte at offset " + i + ")");
            }
        }
    }

    /**
     * The language test: a text of at least {@value #MIN_WORDS_FOR_LANGUAGE_TEST} words is taken as English when
     * at least {@value #MIN_STOP_WORD_RATIO} of its words (letter runs, compared in lower case) are common
     * English function words ({@code the, of, and, to, in, said, …}). English news text scores 0.3–0.5; French,
     * German, Spanish or Russian text scores near 0, as do word lists and tables. Shorter texts pass untested.
     */
    public static void requireEnglish(String where, String text) {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(text, "text");
        double ratio = stopWordRatio(text);
        if (!Double.isNaN(ratio) && ratio < MIN_STOP_WORD_RATIO) {
            throw new BadDocumentException(where, String.format(Locale.ROOT,
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

    /** The length of {@code text} in UTF-8, counted up to {@code stop} (a larger text returns {@code stop}). */
    private static long utf8Length(String text, long stop) {
        long n = 0;
        for (int i = 0; i < text.length() && n < stop; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return Math.min(n, stop);
    }
}
