package org.saydo.dict;

import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A PETRARCH discard list ({@code Phoenix.discards.txt}): phrases marking sentences (or, with a
 * leading {@code +}, whole stories) that must not be coded, e.g. sports reports.
 *
 * <p>Matching is case-insensitive and blank-normalised. A phrase must start at the beginning of a
 * word (PETRARCH looks for it prefixed by a blank; Saydo also accepts the text start or a
 * punctuation mark before it). If the entry ends with {@code _} the match must end at the end of a
 * word (text end, blank or punctuation); otherwise it is a stem ({@code BASEBALL} matches
 * {@code baseballs}).
 *
 * <p>Immutable after reading, hence thread-safe.
 */
public final class DiscardList {

    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern BRACKETS = java.util.regex.Pattern.compile("[\\[\\]{}]");

    private final List<Discard> discards;

    private DiscardList(List<Discard> discards) {
        this.discards = List.copyOf(discards);
    }

    /**
     * Reads discard lists in order.
     *
     * @throws DictionaryFormatException for the first malformed line
     */
    public static DiscardList read(Path... files) {
        Objects.requireNonNull(files, "files");
        List<Discard> out = new ArrayList<>();
        for (Path f : files) {
            parse(DictLine.read(Objects.requireNonNull(f, "file"), DictLine.Comments.HASH), out);
        }
        return new DiscardList(out);
    }

    /** Builds a discard list from files already split into lines, in order. */
    static DiscardList fromLines(List<List<DictLine>> files) {
        List<Discard> out = new ArrayList<>();
        for (List<DictLine> lines : files) {
            parse(lines, out);
        }
        return new DiscardList(out);
    }

    /**
     * Reads one discard list from a reader.
     *
     * @param name the name used in error messages
     */
    public static DiscardList read(String name, Reader reader) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reader, "reader");
        List<Discard> out = new ArrayList<>();
        parse(DictLine.readUnchecked(name, reader, DictLine.Comments.HASH), out);
        return new DiscardList(out);
    }

    private static void parse(List<DictLine> lines, List<Discard> out) {
        for (DictLine l : lines) {
            String t = l.text().strip();
            boolean story = t.startsWith("+");
            if (story) {
                t = t.substring(1).strip();
            }
            boolean wholeWord = t.endsWith("_");
            if (wholeWord) {
                t = t.substring(0, t.length() - 1);
            }
            String phrase = String.join(" ", BLANKS.split(Words.upper(t).strip()));
            if (phrase.isEmpty()) {
                throw l.error("empty discard phrase");
            }
            if (BRACKETS.matcher(phrase).find()) {
                throw l.error("bad discard phrase '" + t + "' (brackets are not allowed)");
            }
            out.add(new Discard(phrase, story, wholeWord, l.where()));
        }
    }

    /**
     * @param sentenceText the sentence (any case)
     * @return the first matching story-level ({@code +}) discard, else the first matching
     *     sentence-level one, in file order; empty if none matches
     */
    public Optional<Discard> match(String sentenceText) {
        return match(sentenceText, d -> false);
    }

    /**
     * As {@link #match(String)}, with some sentence-level entries not counted (a story-level entry always is).
     *
     * @param sentenceText the sentence (any case)
     * @param ignored the sentence-level entries that do not discard a sentence here
     */
    public Optional<Discard> match(String sentenceText, java.util.function.Predicate<Discard> ignored) {
        Objects.requireNonNull(sentenceText, "sentenceText");
        Objects.requireNonNull(ignored, "ignored");
        String text = String.join(" ", BLANKS.split(Words.upper(sentenceText).strip()));
        Discard sentenceLevel = null;
        for (Discard d : discards) {
            // the phrase first: a cheap search, where the predicate may be dearer and is only asked of a match
            if ((sentenceLevel == null || d.wholeStory()) && matches(text, d)
                    && (d.wholeStory() || !ignored.test(d))) {
                if (d.wholeStory()) {
                    return Optional.of(d);
                }
                sentenceLevel = d;
            }
        }
        return Optional.ofNullable(sentenceLevel);
    }

    private static boolean matches(String text, Discard d) {
        String p = d.phrase();
        int from = 0;
        while (true) {
            int i = text.indexOf(p, from);
            if (i < 0) {
                return false;
            }
            int end = i + p.length();
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean endOk = !d.wholeWord() || end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            from = i + 1;
        }
    }

    /** @return the entries in file order */
    public List<Discard> entries() {
        return discards;
    }
}
