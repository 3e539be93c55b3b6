package org.saydo.dict;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A PETRARCH actor dictionary ({@code Phoenix.*.actors.txt}): records of a primary phrase with an
 * optional {@code [CODE]}, {@code +synonym} lines and tab-indented date restrictions
 * {@code [CODE >YYMMDD]}, {@code [CODE <YYMMDD]}, {@code [CODE YYMMDD-YYMMDD]} (also YYYYMMDD).
 *
 * <p>Two-digit years follow PETRARCH's rule ({@code PETRreader.dstr_to_ordate}, kept "for
 * consistency with KEDS and TABARI"): {@code 00}–{@code 30} are 20YY, {@code 31}–{@code 99} are 19YY.
 *
 * <p>Phrases are words separated by blanks or {@code _}; they match whole tokens only. PETRARCH does
 * no stemming, so a trailing {@code _} (TABARI's "no stem extension" mark) changes nothing: every
 * phrase must end at a token boundary.
 *
 * <p><b>Saydo extension:</b> the primary phrase line may end with an attribute comment
 * {@code #@ type=person} ({@code person}, {@code org} or {@code place}); an unknown key or value is
 * an error. PETRARCH reads the line as an ordinary comment.
 *
 * <p>When several files are read, later files add to earlier ones; if the same phrase occurs more
 * than once, the entry read last wins (so users' additions override the defaults).
 *
 * <p>Immutable after reading, hence thread-safe.
 */
public final class ActorDictionary {

    private static final Pattern RESTRICTION = Pattern.compile(
            "(\\S+)(?:\\s+(?:([<>])\\s*(\\d+)|(\\d+)\\s*-\\s*(\\d+)))?");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z]+)=(\\S+)");

    private final WordTrie<ActorEntry> trie;
    private final List<ActorEntry> entries;

    private ActorDictionary(WordTrie<ActorEntry> trie, List<ActorEntry> entries) {
        this.trie = trie;
        this.entries = List.copyOf(entries);
    }

    /**
     * Reads actor dictionaries in order; later files add to (and on equal phrases override) earlier ones.
     *
     * @throws DictionaryFormatException for the first malformed line
     * @throws UncheckedIOException if a file cannot be read
     */
    public static ActorDictionary read(Path... files) {
        Objects.requireNonNull(files, "files");
        return read(List.of(files));
    }

    /** As {@link #read(Path...)} for a list. */
    public static ActorDictionary read(List<Path> files) {
        Objects.requireNonNull(files, "files");
        Builder b = new Builder();
        for (Path f : files) {
            b.add(DictLine.read(Objects.requireNonNull(f, "file"), DictLine.Comments.HASH_OR_SEMICOLON));
        }
        return b.build();
    }

    /** Builds a dictionary from files already split into lines, in order (later files add to earlier ones). */
    static ActorDictionary fromLines(List<List<DictLine>> files) {
        Builder b = new Builder();
        for (List<DictLine> lines : files) {
            b.add(lines);
        }
        return b.build();
    }

    /**
     * Reads one actor dictionary from a reader.
     *
     * @param name the name used in error messages and provenance
     */
    public static ActorDictionary read(String name, Reader reader) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reader, "reader");
        Builder b = new Builder();
        b.add(lines(name, reader));
        return b.build();
    }

    static List<DictLine> lines(String name, Reader reader) {
        return DictLine.readUnchecked(name, reader, DictLine.Comments.HASH_OR_SEMICOLON);
    }

    /** @return a dictionary holding this one's entries followed by {@code extra}'s (which win on equal phrases) */
    ActorDictionary plus(List<List<DictLine>> extra) {
        Builder b = new Builder();
        b.entries.addAll(entries);
        b.pending.addAll(pendingOf(entries));
        for (List<DictLine> lines : extra) {
            b.add(lines);
        }
        return b.build();
    }

    private static List<Object[]> pendingOf(List<ActorEntry> es) {
        List<Object[]> out = new ArrayList<>();
        for (ActorEntry e : es) {
            out.add(new Object[] {Words.split(e.name()), e});
            for (String s : e.synonyms()) {
                out.add(new Object[] {Words.split(s), e});
            }
        }
        return out;
    }

    /**
     * The longest actor phrase starting at token {@code start}.
     *
     * @param upperWords the sentence's tokens, upper-cased ({@code U.S.}, {@code 'S} are tokens)
     * @param start index of the first token to try
     * @return the match, or empty if no phrase starts there
     */
    public Optional<ActorMatch> longestMatch(List<String> upperWords, int start) {
        Objects.requireNonNull(upperWords, "upperWords");
        if (start < 0 || start > upperWords.size()) {
            throw new IndexOutOfBoundsException("start " + start + " outside 0.." + upperWords.size());
        }
        WordTrie.Hit<ActorEntry> hit = trie.longest(upperWords, start);
        if (hit == null) {
            return Optional.empty();
        }
        return Optional.of(new ActorMatch(start, hit.length(), hit.values().get(hit.values().size() - 1)));
    }

    /** @return all entries in file order */
    public Stream<ActorEntry> entries() {
        return entries.stream();
    }

    /** @return the number of entries */
    public int size() {
        return entries.size();
    }

    // ------------------------------------------------------------------ reading

    /** Parses YYMMDD (00–30 → 20YY, else 19YY) or YYYYMMDD. */
    static LocalDate parseDate(DictLine l, String s) {
        int y;
        int m;
        int d;
        if (s.length() == 6) {
            int yy = Integer.parseInt(s.substring(0, 2));
            y = yy <= 30 ? 2000 + yy : 1900 + yy;
            m = Integer.parseInt(s.substring(2, 4));
            d = Integer.parseInt(s.substring(4, 6));
        } else if (s.length() == 8) {
            y = Integer.parseInt(s.substring(0, 4));
            m = Integer.parseInt(s.substring(4, 6));
            d = Integer.parseInt(s.substring(6, 8));
        } else {
            throw l.error("bad date '" + s + "' (expected YYMMDD or YYYYMMDD)");
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            throw l.error("bad date '" + s + "': " + e.getMessage());
        }
    }

    private static final class Builder {
        final List<ActorEntry> entries = new ArrayList<>();
        final List<Object[]> pending = new ArrayList<>(); // {List<String> words, ActorEntry}

        // current record
        DictLine primary;
        List<String> primaryWords;
        List<List<String>> synonyms;
        String defaultCode;
        DictLine defaultLine;
        List<DateRestriction> restrictions;
        ActorType type;

        void add(List<DictLine> lines) {
            for (DictLine l : lines) {
                line(l);
            }
            end();
        }

        ActorDictionary build() {
            WordTrie<ActorEntry> trie = new WordTrie<>();
            for (Object[] p : pending) {
                @SuppressWarnings("unchecked")
                List<String> words = (List<String>) p[0];
                trie.put(words, (ActorEntry) p[1]);
            }
            return new ActorDictionary(trie, entries);
        }

        void line(DictLine l) {
            String text = l.text();
            boolean indented = Character.isWhitespace(text.charAt(0));
            String t = text.strip();
            if (indented) {
                if (!t.startsWith("[")) {
                    throw l.error("indented line must be a date restriction '[CODE ...]': '" + t + "'");
                }
                requireRecord(l);
                codes(l, t);
                noAttribute(l);
            } else if (t.startsWith("+")) {
                requireRecord(l);
                String s = t.substring(1).strip();
                if (s.contains("[")) {
                    throw l.error("synonym '+" + s + "' must not carry a code (codes go on the primary line or a tab-indented line)");
                }
                synonyms.add(phrase(l, s));
                noAttribute(l);
            } else if (t.startsWith("[")) {
                throw l.error("date restriction '" + t + "' must be indented with a tab");
            } else {
                end();
                primary = l;
                synonyms = new ArrayList<>();
                restrictions = new ArrayList<>();
                defaultCode = null;
                defaultLine = null;
                type = null;
                int open = t.indexOf('[');
                String phrase = open < 0 ? t : t.substring(0, open);
                primaryWords = phrase(l, phrase);
                if (open >= 0) {
                    codes(l, t.substring(open));
                }
                attributes(l);
            }
        }

        void requireRecord(DictLine l) {
            if (primary == null) {
                throw l.error("synonym or restriction before any primary phrase");
            }
        }

        void noAttribute(DictLine l) {
            if (l.comment().startsWith("@")) {
                throw l.error("attribute comment '#" + l.comment() + "' is only allowed on a primary phrase line");
            }
        }

        void attributes(DictLine l) {
            String c = l.comment();
            if (!c.startsWith("@") || !l.raw().contains("#@")) {
                return;
            }
            String body = c.substring(1).strip();
            if (body.isEmpty()) {
                throw l.error("empty attribute comment '#@'");
            }
            for (String kv : body.split("\\s+")) {
                Matcher m = ATTRIBUTE.matcher(kv);
                if (!m.matches()) {
                    throw l.error("bad attribute '" + kv + "' (expected key=value)");
                }
                if (!m.group(1).equals("type")) {
                    throw l.error("unknown attribute key '" + m.group(1) + "' (known: type)");
                }
                type = switch (m.group(2)) {
                    case "person" -> ActorType.PERSON;
                    case "org" -> ActorType.ORG;
                    case "place" -> ActorType.PLACE;
                    default -> throw l.error("unknown type '" + m.group(2) + "' (known: person, org, place)");
                };
            }
        }

        /** Reads one or more '[...]' groups ('[A 950701-951231][B 951205-991006]'). */
        void codes(DictLine l, String t) {
            String s = t.strip();
            while (!s.isEmpty()) {
                if (!s.startsWith("[")) {
                    throw l.error("unexpected text '" + s + "' (expected [CODE ...])");
                }
                int close = s.indexOf(']');
                if (close < 0) {
                    throw l.error("missing ']' in '" + t.strip() + "'");
                }
                restriction(l, s.substring(1, close).strip());
                s = s.substring(close + 1).strip();
            }
        }

        void restriction(DictLine l, String inside) {
            Matcher m = RESTRICTION.matcher(inside);
            if (inside.isEmpty() || !m.matches()) {
                throw l.error("bad code or date restriction '[" + inside + "]'");
            }
            String code = m.group(1);
            if (code.contains("[") || code.contains("{")) {
                throw l.error("bad code '" + code + "'");
            }
            if (m.group(2) != null) {
                LocalDate d = parseDate(l, m.group(3));
                restrictions.add(m.group(2).equals("<") ? new DateRestriction(code, null, d)
                        : new DateRestriction(code, d, null));
            } else if (m.group(4) != null) {
                LocalDate from = parseDate(l, m.group(4));
                LocalDate to = parseDate(l, m.group(5));
                if (from.isAfter(to)) {
                    throw l.error("date range ends before it starts: '[" + inside + "]'");
                }
                restrictions.add(new DateRestriction(code, from, to));
            } else {
                if (defaultCode != null) {
                    throw l.error("second default code [" + code + "]; the first was [" + defaultCode + "] at "
                            + defaultLine.where());
                }
                defaultCode = code;
                defaultLine = l;
            }
        }

        List<String> phrase(DictLine l, String s) {
            List<String> words = Words.possessivesApart(Words.split(Words.upper(s)));
            if (words.isEmpty()) {
                throw l.error("empty phrase");
            }
            for (String w : words) {
                if (w.indexOf('[') >= 0 || w.indexOf(']') >= 0 || w.indexOf('{') >= 0 || w.indexOf('}') >= 0) {
                    throw l.error("bad word '" + w + "' in phrase '" + s.strip() + "'");
                }
            }
            return words;
        }

        void end() {
            if (primary == null) {
                return;
            }
            List<String> syn = new ArrayList<>();
            for (List<String> s : synonyms) {
                syn.add(String.join(" ", s));
            }
            ActorEntry e = new ActorEntry(String.join(" ", primaryWords), syn, defaultCode, restrictions, type,
                    primary.where());
            entries.add(e);
            pending.add(new Object[] {primaryWords, e});
            for (List<String> s : synonyms) {
                pending.add(new Object[] {s, e});
            }
            primary = null;
        }
    }
}
