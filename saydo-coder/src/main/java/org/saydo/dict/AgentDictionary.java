package org.saydo.dict;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PETRARCH agent dictionary ({@code Phoenix.agents.txt}): lines {@code PHRASE {PLURAL} [~CODE]}
 * or {@code [CODE~]}, and substitution sets {@code !PERSON! = MAN, MEN, WOMAN}.
 *
 * <ul>
 * <li>Plurals: without {@code {...}} the regular plural of the last word is added ({@code Y} →
 * {@code IES} after a consonant, {@code SS} → {@code SSES}, else {@code S}); {@code {PLURAL}} gives
 * it; {@code {}} means no plural.</li>
 * <li>A phrase containing {@code !NAME!} markers stands for every substitution (all markers,
 * all combinations), with no further plurals, as the manual says. A marker must be defined
 * before use.</li>
 * <li>Words separated by blanks or {@code _} must be consecutive (PETRARCH2 stores both the same way).</li>
 * <li>The real file's typo {@code [~ENV}} ({@code }} instead of {@code ]}) is accepted.</li>
 * </ul>
 *
 * <p>Later files add to earlier ones; on equal phrases the entry read last wins. Immutable after
 * reading, hence thread-safe.
 */
public final class AgentDictionary {

    private static final Pattern MARKER_DEF = Pattern.compile("!([A-Z0-9_]+)!\\s*=\\s*(.+)");
    private static final Pattern BAD_CHARS = Pattern.compile("[\\[\\]{}!~]");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]+");
    private static final Pattern MARKER = Pattern.compile("!([^!\\s]*)!");

    private final WordTrie<AgentEntry> trie;
    private final List<AgentEntry> entries;

    private AgentDictionary(WordTrie<AgentEntry> trie, List<AgentEntry> entries) {
        this.trie = trie;
        this.entries = List.copyOf(entries);
    }

    /**
     * Reads agent dictionaries in order.
     *
     * @throws DictionaryFormatException for the first malformed line
     * @throws UncheckedIOException if a file cannot be read
     */
    public static AgentDictionary read(Path... files) {
        Objects.requireNonNull(files, "files");
        List<List<DictLine>> lines = new ArrayList<>();
        for (Path f : files) {
            lines.add(DictLine.read(Objects.requireNonNull(f, "file"), DictLine.Comments.HASH));
        }
        return fromLines(lines);
    }

    /** Builds a dictionary from files already split into lines, in order (later files add to earlier ones). */
    static AgentDictionary fromLines(List<List<DictLine>> files) {
        Builder b = new Builder();
        for (List<DictLine> lines : files) {
            b.add(lines);
        }
        return b.build();
    }

    /**
     * Reads one agent dictionary from a reader.
     *
     * @param name the name used in error messages and provenance
     */
    public static AgentDictionary read(String name, Reader reader) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reader, "reader");
        return fromLines(List.of(DictLine.readUnchecked(name, reader, DictLine.Comments.HASH)));
    }

    /**
     * The longest agent phrase starting at token {@code start}.
     *
     * @param upperWords the sentence's tokens, upper-cased
     * @param start index of the first token to try
     */
    public Optional<AgentMatch> longestMatch(List<String> upperWords, int start) {
        Objects.requireNonNull(upperWords, "upperWords");
        if (start < 0 || start > upperWords.size()) {
            throw new IndexOutOfBoundsException("start " + start + " outside 0.." + upperWords.size());
        }
        WordTrie.Hit<AgentEntry> hit = trie.longest(upperWords, start);
        if (hit == null) {
            return Optional.empty();
        }
        return Optional.of(new AgentMatch(start, hit.length(), hit.values().get(hit.values().size() - 1)));
    }

    /** @return every phrase entry (plurals and substitutions included) in file order */
    public List<AgentEntry> entries() {
        return entries;
    }

    private static final class Builder {
        final Map<String, List<String>> markers = new HashMap<>();
        final List<AgentEntry> entries = new ArrayList<>();
        final WordTrie<AgentEntry> trie = new WordTrie<>();

        void add(List<DictLine> lines) {
            for (DictLine l : lines) {
                line(l);
            }
        }

        AgentDictionary build() {
            return new AgentDictionary(trie, entries);
        }

        void line(DictLine l) {
            String t = l.text().strip();
            Matcher def = MARKER_DEF.matcher(t);
            if (t.startsWith("!") && t.contains("=")) {
                if (!def.matches()) {
                    throw l.error("bad substitution set '" + t + "' (expected !NAME! = A, B, C)");
                }
                List<String> items = new ArrayList<>();
                for (String item : def.group(2).split(",")) {
                    String s = item.strip();
                    if (s.isEmpty() || s.contains(" ")) {
                        throw l.error("bad item '" + s + "' in substitution set !" + def.group(1) + "!");
                    }
                    items.add(s);
                }
                markers.put(def.group(1), List.copyOf(items));
                return;
            }
            int open = t.indexOf('[');
            if (open < 0) {
                throw l.error("agent without [CODE]: '" + t + "'");
            }
            int close = t.indexOf(']', open);
            if (close < 0) {
                close = t.indexOf('}', open); // '[~ENV}' typo in the real file
            }
            if (close < 0) {
                throw l.error("missing ']' in '" + t + "'");
            }
            if (!t.substring(close + 1).isBlank()) {
                throw l.error("unexpected text '" + t.substring(close + 1).strip() + "' after the code in '" + t + "'");
            }
            String code = t.substring(open + 1, close).strip();
            boolean prefix;
            if (code.startsWith("~") && !code.endsWith("~")) {
                prefix = false;
                code = code.substring(1);
            } else if (code.endsWith("~") && !code.startsWith("~")) {
                prefix = true;
                code = code.substring(0, code.length() - 1);
            } else {
                throw l.error("agent code '" + code + "' must have one '~' before (~GOV) or after (NGO~) it");
            }
            if (code.isEmpty() || !CODE.matcher(code).matches()) {
                throw l.error("bad agent code '" + code + "'");
            }
            String head = t.substring(0, open);
            String plural = null; // null: automatic
            int brace = head.indexOf('{');
            if (brace >= 0) {
                int bclose = head.indexOf('}', brace);
                if (bclose < 0) {
                    throw l.error("missing '}' in '" + t + "'");
                }
                if (!head.substring(bclose + 1).isBlank()) {
                    throw l.error("unexpected text '" + head.substring(bclose + 1).strip() + "' after '}' in '" + t + "'");
                }
                plural = head.substring(brace + 1, bclose).strip();
                head = head.substring(0, brace);
            }
            String phrase = head.strip();
            if (phrase.isEmpty()) {
                throw l.error("agent line without a phrase: '" + t + "'");
            }
            boolean marked = phrase.contains("!");
            for (String p : expand(l, phrase)) {
                store(l, p, code, prefix);
                if (plural == null && !marked) {
                    store(l, Words.pluralPhrase(p), code, prefix);
                }
            }
            if (plural != null && !plural.isEmpty()) {
                for (String p : expand(l, plural)) {
                    store(l, p, code, prefix);
                }
            }
        }

        /** Expands all !MARKER!s; returns the phrase with words joined by one blank. */
        List<String> expand(DictLine l, String phrase) {
            List<String> out = new ArrayList<>();
            Matcher m = MARKER.matcher(phrase);
            if (!m.find()) {
                if (phrase.contains("!")) {
                    throw l.error("unbalanced '!' in '" + phrase + "'");
                }
                out.add(String.join(" ", words(l, phrase)));
                return out;
            }
            List<String> items = markers.get(m.group(1));
            if (items == null) {
                throw l.error("undefined substitution marker !" + m.group(1) + "!");
            }
            for (String item : items) {
                out.addAll(expand(l, phrase.substring(0, m.start()) + item + phrase.substring(m.end())));
            }
            return out;
        }

        List<String> words(DictLine l, String phrase) {
            List<String> ws = Words.possessivesApart(Words.split(Words.upper(phrase)));
            if (ws.isEmpty()) {
                throw l.error("empty phrase");
            }
            for (String w : ws) {
                if (BAD_CHARS.matcher(w).find()) {
                    throw l.error("bad word '" + w + "' in '" + phrase + "'");
                }
            }
            return ws;
        }

        void store(DictLine l, String phrase, String code, boolean prefix) {
            AgentEntry e = new AgentEntry(phrase, code, prefix, l.where());
            entries.add(e);
            trie.put(List.of(phrase.split(" ")), e);
        }
    }
}
