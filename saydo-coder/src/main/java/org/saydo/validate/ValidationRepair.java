package org.saydo.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs the two departures from XML that real-world validation files of the UD-PETRARCH family make, and that
 * PETRARCH's own line-oriented tooling reads past, before the file goes to the XML parser. Lines are never added
 * or removed, so line numbers in later messages still point into the file as written. Outside XML comments only:
 * the PETRARCH suite's banner comments hold {@code #} lines with tags in them, which are not repaired.
 * <ul>
 * <li>{@link #COMMENT_LINE}: a line whose first non-blank character is {@code #} and that holds markup
 *     ({@code # <EventCoding sourcecode=...>}, a coding commented out) is blanked. A {@code #} line without
 *     markup is left alone: it is harmless text.</li>
 * <li>{@link #SELF_CLOSED_SENTENCE}: a self-closed {@code <Sentence .../>} whose record follows it and ends with
 *     a {@code </Sentence>} before the next {@code <Sentence} is opened instead ({@code />} becomes {@code >}).
 *     One with no {@code </Sentence>} of its own stays as written (an empty record).</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class ValidationRepair {

    /** The kind of repair of a {@code #} line with markup. */
    static final String COMMENT_LINE = "'#' comment line with markup blanked";
    /** The kind of repair of a self-closed {@code <Sentence/>} that its record and {@code </Sentence>} follow. */
    static final String SELF_CLOSED_SENTENCE = "self-closed <Sentence .../> opened (its </Sentence> follows)";

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern HASH_LINE = Pattern.compile("(?m)^[ \\t]*#[^\\r\\n]*<[A-Za-z/!?][^\\r\\n]*$");
    private static final Pattern SELF_CLOSED = Pattern.compile("<Sentence\\b[^<>]*?/>");
    private static final Pattern OPEN = Pattern.compile("<Sentence[\\s>/]");
    private static final String CLOSE = "</Sentence>";

    private ValidationRepair() {
    }

    /** A repaired text and what was repaired, one entry per repair, in file order. */
    record Repaired(String text, List<Repair> repairs) {
        Repaired {
            Objects.requireNonNull(text, "text");
            repairs = List.copyOf(repairs);
        }
    }

    /** One repair: the line (from 1) and its kind. */
    record Repair(int line, String kind) {
    }

    static Repaired repair(String text) {
        Objects.requireNonNull(text, "text");
        List<Repair> repairs = new ArrayList<>();
        String t = blankHashLines(text, repairs);
        t = openSelfClosedSentences(t, repairs);
        repairs.sort(java.util.Comparator.comparingInt(Repair::line));
        return new Repaired(t, repairs);
    }

    private static String blankHashLines(String text, List<Repair> repairs) {
        int[][] comments = comments(text);
        int[] lines = lineStarts(text);
        Matcher m = HASH_LINE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            if (inside(comments, m.start())) {
                continue;
            }
            out.append(text, last, m.start());
            last = m.end();
            repairs.add(new Repair(line(lines, m.start()), COMMENT_LINE));
        }
        return out.append(text, last, text.length()).toString();
    }

    private static String openSelfClosedSentences(String text, List<Repair> repairs) {
        int[][] comments = comments(text);
        int[] lines = lineStarts(text);
        Matcher m = SELF_CLOSED.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            if (inside(comments, m.start())) {
                continue;
            }
            int close = next(text, comments, CLOSE, m.end());
            int open = nextOpen(text, comments, m.end());
            if (close < 0 || (open >= 0 && open < close)) {
                continue;
            }
            out.append(text, last, m.end() - 2).append('>');
            last = m.end();
            repairs.add(new Repair(line(lines, m.start()), SELF_CLOSED_SENTENCE));
        }
        return out.append(text, last, text.length()).toString();
    }

    /** The next occurrence of {@code s} from {@code from} outside comments, or -1. */
    private static int next(String text, int[][] comments, String s, int from) {
        int i = text.indexOf(s, from);
        while (i >= 0 && inside(comments, i)) {
            i = text.indexOf(s, i + 1);
        }
        return i;
    }

    private static int nextOpen(String text, int[][] comments, int from) {
        Matcher m = OPEN.matcher(text);
        int i = from;
        while (m.find(i)) {
            if (!inside(comments, m.start())) {
                return m.start();
            }
            i = m.start() + 1;
        }
        return -1;
    }

    /** The spans of XML comments, in order; an unclosed one runs to the end. */
    private static int[][] comments(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = COMMENT.matcher(text);
        int from = 0;
        while (from < text.length()) {
            if (m.find(from)) {
                spans.add(new int[] {m.start(), m.end()});
                from = m.end();
            } else {
                int open = text.indexOf("<!--", from);
                if (open >= 0) {
                    spans.add(new int[] {open, text.length()});
                }
                break;
            }
        }
        return spans.toArray(new int[0][]);
    }

    private static boolean inside(int[][] spans, int offset) {
        int lo = 0;
        int hi = spans.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (offset < spans[mid][0]) {
                hi = mid - 1;
            } else if (offset >= spans[mid][1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The line (from 1) of an offset. */
    private static int line(int[] starts, int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }
}
