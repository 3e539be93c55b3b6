package org.saydo.code;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.saydo.dict.DictionaryFormatException;

/**
 * The lines of a report that are not prose, from the line patterns of {@code nonprose.txt}: captions, credits,
 * bylines, datelines, "Published on" lines, time stamps, section labels and navigation are not coded; the
 * headline block (the lines before the first blank line, when prose follows it) and the words of captions are
 * secondary: coded only for events the body lacks ({@link EventCoder}); a later line that repeats a headline is
 * not coded.
 *
 * <p>Immutable and thread-safe.
 */
final class NonProse {

    /** A stretch of the document's text: not to be coded ({@code masked}) or a headline. */
    record Span(int begin, int end, String kind) {
        Span {
            Objects.requireNonNull(kind, "kind");
            if (begin < 0 || begin > end) {
                throw new IllegalArgumentException("bad span: begin=" + begin + ", end=" + end);
            }
        }

        boolean covers(int offset) {
            return begin <= offset && offset < end;
        }
    }

    /** What of one document is not prose. */
    record Layout(List<Span> masked, List<Span> headlines) {
        Layout {
            masked = List.copyOf(masked);
            headlines = List.copyOf(headlines);
        }

        /** Whether the character at {@code offset} is in a line or prefix that is not coded. */
        boolean masked(int offset) {
            return masked.stream().anyMatch(sp -> sp.covers(offset));
        }

        /** Whether the character at {@code offset} is in a masked prefix or line of this kind ("dateline"). */
        boolean masked(int offset, String kind) {
            return masked.stream().anyMatch(sp -> sp.covers(offset) && sp.kind().equals(kind));
        }

        /** Whether a line or prefix of this kind was masked ("syndication": the credit of a copy of a wire story). */
        boolean has(String kind) {
            return masked.stream().anyMatch(sp -> sp.kind().equals(kind));
        }

        /** Whether the character at {@code offset} is in the headline block or a caption's words. */
        boolean headline(int offset) {
            return headlines.stream().anyMatch(sp -> sp.covers(offset));
        }
    }

    private record Rule(String label, Pattern pattern) {
    }

    private static final Set<String> KINDS = Set.of("line", "prefix", "caption");
    private static final NonProse DEFAULTS = of(CueFile.resource("nonprose.txt", KINDS));

    private final List<Rule> lines;
    private final List<Rule> prefixes;
    private final List<Rule> captions;

    private NonProse(List<Rule> lines, List<Rule> prefixes, List<Rule> captions) {
        this.lines = List.copyOf(lines);
        this.prefixes = List.copyOf(prefixes);
        this.captions = List.copyOf(captions);
    }

    /** The line patterns shipped with Saydo. */
    static NonProse defaults() {
        return DEFAULTS;
    }

    static NonProse of(CueFile file) {
        return new NonProse(rules(file, "line"), rules(file, "prefix"), rules(file, "caption"));
    }

    private static List<Rule> rules(CueFile file, String kind) {
        List<Rule> out = new ArrayList<>();
        for (CueFile.Cue c : file.of(kind)) {
            String[] f = c.value().split("\\s+", 2);
            String where = c.where();
            int colon = where.lastIndexOf(':');
            int line = Integer.parseInt(where.substring(colon + 1));
            if (f.length < 2) {
                throw new DictionaryFormatException(file.name(), line, "expected '" + kind + " LABEL REGEX', got '"
                        + kind + " " + c.value() + "'");
            }
            Pattern pattern;
            try {
                pattern = Pattern.compile(f[1]);
            } catch (PatternSyntaxException e) {
                throw new DictionaryFormatException(file.name(), line, "bad pattern '" + f[1] + "': "
                        + e.getDescription());
            }
            if (kind.equals("caption") && !f[1].contains("(?<text>")) {
                throw new DictionaryFormatException(file.name(), line, "a caption pattern needs a group (?<text>...)");
            }
            out.add(new Rule(f[0], pattern));
        }
        return out;
    }

    /** The non-prose parts of a document's text. */
    Layout layout(String text) {
        Objects.requireNonNull(text, "text");
        List<Span> masked = new ArrayList<>();
        List<Span> headlines = new ArrayList<>();
        Set<String> headlineTexts = new HashSet<>();
        boolean head = hasHeadBlock(text);
        int at = 0;
        while (at < text.length()) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 ? text.length() : nl;
            int b = at;
            int e = end;
            while (b < e && Character.isWhitespace(text.charAt(b))) {
                b++;
            }
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            String line = text.substring(b, e);
            at = end + 1;
            if (line.isEmpty()) {
                head = false; // the headline block ends at the first blank line
                continue;
            }
            if (lineRule(line) != null) {
                masked.add(new Span(b, e, lineRule(line)));
                continue;
            }
            if (caption(line, b, masked, headlines)) {
                continue; // its words are coded as a headline's, its credit not at all
            }
            if (head) {
                headlines.add(new Span(b, e, "headline"));
                headlineTexts.add(key(line));
                Span prefix = prefix(line, b);
                if (prefix != null) {
                    masked.add(prefix);
                }
            } else if (headlineTexts.contains(key(line))) {
                masked.add(new Span(b, e, "repeated headline"));
            } else {
                Span prefix = prefix(line, b);
                if (prefix != null) {
                    masked.add(prefix);
                }
            }
        }
        return new Layout(masked, headlines);
    }

    /**
     * A headline block: a first line that does not end a sentence (a headline has no full stop), more lines up to
     * a blank line, then more text. A report that opens with a paragraph of prose has none.
     */
    private static boolean hasHeadBlock(String text) {
        String first = text.strip().lines().findFirst().orElse("").strip();
        if (first.matches(".*[.!?][\"'\u201d\u2019)\\]]*")) {
            return false;
        }
        Matcher m = Pattern.compile("\\S[^\\n]*\\n[ \\t\\r]*\\n\\s*\\S").matcher(text);
        return m.find();
    }

    private String lineRule(String line) {
        for (Rule r : lines) {
            if (r.pattern().matcher(line).matches()) {
                return r.label();
            }
        }
        return null;
    }

    /** A caption line: the words of its group "text" are secondary, the rest (the credit) masked. */
    private boolean caption(String line, int begin, List<Span> masked, List<Span> secondary) {
        for (Rule r : captions) {
            Matcher m = r.pattern().matcher(line);
            if (m.matches()) {
                int tb = begin + m.start("text");
                int te = begin + m.end("text");
                if (tb > begin) {
                    masked.add(new Span(begin, tb, r.label()));
                }
                if (te > tb) {
                    secondary.add(new Span(tb, te, "caption"));
                }
                if (begin + line.length() > te) {
                    masked.add(new Span(te, begin + line.length(), r.label()));
                }
                return true;
            }
        }
        return false;
    }

    private Span prefix(String line, int begin) {
        for (Rule r : prefixes) {
            Matcher m = r.pattern().matcher(line);
            if (m.lookingAt() && m.end() > 0 && m.end() < line.length()) {
                return new Span(begin, begin + m.end(), r.label());
            }
        }
        return null;
    }

    private static String key(String line) {
        return line.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
