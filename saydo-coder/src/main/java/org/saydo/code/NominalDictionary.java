package org.saydo.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saydo.dict.DictionaryFormatException;

/**
 * Nouns that name events ("the meeting between Putin and the U.S. representatives", "attacks on Ukraine"):
 * Saydo's extension to the PETRARCH dictionaries, which only know verbs.
 *
 * <p>Format, one noun a line: {@code NOUN {PLURAL ...} [CODE] @ATTRIBUTE ... # comment}. The plural list is
 * optional (without it, the regular plural is generated; {@code {}} means none); the attributes are
 * {@code @mutual}, for events that both parties do to each other (a meeting between A and B is A meeting B and B
 * meeting A), {@code @told}, for nouns that name an act only when their sentence tells it coming into being or
 * dates it before the report ("the treaty was signed", "the 1974 accord"), and {@code @agent-of}, for nouns whose "of" phrase names who does the act rather than whom it is done
 * to ("the withdrawal of Russian troops", "at the request of Kyiv"; "the invasion of Ukraine" is done to Ukraine). Multi-word nouns join words with {@code _} and are matched at their last word with the others as
 * its modifiers ({@code AIR_STRIKE}). A malformed line is an error naming file and line. Immutable; thread-safe.
 */
public final class NominalDictionary {

    /**
     * One event noun.
     *
     * @param told whether the noun names an act only when its sentence tells it coming into being or dates it
     *        before the report ({@code @told}: "the treaty was signed", "the 1974 accord"; "the draft treaty
     *        between A and B" is a text, not a signature)
     */
    public record Entry(String noun, List<String> modifiers, String code, boolean mutual, boolean agentOf,
            boolean told, String rule) {
        public Entry {
            Objects.requireNonNull(noun, "noun");
            modifiers = List.copyOf(modifiers);
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(rule, "rule");
        }
    }

    private static final Pattern LINE = Pattern.compile(
            "^([A-Z][A-Z_'-]*)\\s*(?:\\{([A-Z_' -]*)\\})?\\s*\\[(\\d{2,4})\\]((?:\\s*@[a-z-]+)*)\\s*$");

    /** The attributes a line may give. */
    private static final java.util.Set<String> ATTRIBUTES = java.util.Set.of("mutual", "agent-of", "told");

    private final Map<String, List<Entry>> byWord;

    private NominalDictionary(Map<String, List<Entry>> byWord) {
        this.byWord = Map.copyOf(byWord);
    }

    /** The nouns shipped with Saydo ({@code saydo.nouns.txt}). */
    public static NominalDictionary defaults() {
        String name = "saydo.nouns.txt";
        InputStream in = NominalDictionary.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return read(name, new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** An empty dictionary: no nominal events. */
    public static NominalDictionary empty() {
        return new NominalDictionary(Map.of());
    }

    public static NominalDictionary read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.getFileName().toString(), r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public static NominalDictionary read(String name, Reader reader) {
        Map<String, List<Entry>> map = new HashMap<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            String raw;
            int n = 0;
            while ((raw = in.readLine()) != null) {
                n++;
                int hash = raw.indexOf('#');
                String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
                if (line.isEmpty()) {
                    continue;
                }
                Matcher m = LINE.matcher(line);
                if (!m.matches()) {
                    throw new DictionaryFormatException(name, n,
                            "expected 'NOUN {PLURALS} [CODE] @ATTRIBUTE ...', got '" + line + "'");
                }
                java.util.Set<String> attributes = new java.util.HashSet<>();
                for (String a : m.group(4).strip().split("\\s+")) {
                    if (a.isEmpty()) {
                        continue;
                    }
                    if (!ATTRIBUTES.contains(a.substring(1))) {
                        throw new DictionaryFormatException(name, n, "unknown attribute '" + a + "' (expected @"
                                + String.join(" or @", new java.util.TreeSet<>(ATTRIBUTES)) + ")");
                    }
                    attributes.add(a.substring(1));
                }
                String[] words = m.group(1).split("_");
                String head = words[words.length - 1];
                List<String> modifiers = List.of(words).subList(0, words.length - 1);
                Entry entry = new Entry(head, modifiers, m.group(3), attributes.contains("mutual"),
                        attributes.contains("agent-of"), attributes.contains("told"), name + ":" + n + " " + line);
                add(map, head, entry);
                if (m.group(2) == null) {
                    add(map, plural(head), entry);
                } else {
                    for (String p : m.group(2).strip().split("\\s+")) {
                        if (!p.isEmpty()) {
                            String[] pw = p.split("_");
                            add(map, pw[pw.length - 1], entry);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
        return new NominalDictionary(map);
    }

    private static void add(Map<String, List<Entry>> map, String word, Entry entry) {
        map.computeIfAbsent(word, k -> new java.util.ArrayList<>()).add(entry);
    }

    static String plural(String noun) {
        if (noun.endsWith("SS") || noun.endsWith("SH") || noun.endsWith("CH") || noun.endsWith("X")) {
            return noun + "ES";
        }
        if (noun.endsWith("Y") && noun.length() > 1 && "AEIOU".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "IES";
        }
        return noun.endsWith("S") ? noun : noun + "S";
    }

    /** Verb particles that end a hyphenated noun made of a verb and its particle ("build-up", "pull-out"). */
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("UP", "OUT", "OFF", "DOWN", "BACK", "OVER");

    /**
     * The entry for the noun at {@code n} of a parsed sentence, with its compound and adjective modifiers ("air
     * strike", "Israeli strikes"): by its word as written, else by its lemma.
     */
    Optional<Entry> lookup(org.saydo.nlp.ParsedSentence s, int n) {
        List<String> mods = new java.util.ArrayList<>();
        for (var d : s.children(n)) {
            if (d.relation().equals("compound") || d.relation().equals("amod")) {
                mods.add(Syntax.upper(s.token(d.dependent())));
            }
        }
        org.saydo.nlp.Token t = s.token(n);
        Optional<Entry> entry = lookup(Syntax.upper(t), mods);
        if (entry.isEmpty() && !Syntax.upper(t).equals(Syntax.upperLemma(t))) {
            entry = lookup(Syntax.upperLemma(t), mods);
        }
        // the tokenizer splits a noun made of a verb and its particle ("build-up", "pull-out", "call-up") into three
        // tokens, the particle the head: it is looked up as the whole word. Other hyphenated heads keep their own
        // reading ("cease-fire" is the noun "fire" with its modifier, as the senses of "agreed to a ceasefire" expect)
        for (int last : new int[] {n, n + 2}) {
            String whole = Syntax.hyphenated(s, last);
            if (entry.isEmpty() && whole != null && PARTICLES.contains(Syntax.upper(s.token(last)))) {
                entry = lookup(whole, mods);
            }
        }
        return entry;
    }

    /**
     * The entry for a noun given its upper-case word and its modifiers' upper-case words: the entry with the
     * most modifiers that all occur wins.
     */
    public Optional<Entry> lookup(String wordUpper, List<String> modifiersUpper) {
        List<Entry> entries = byWord.get(wordUpper.toUpperCase(Locale.ROOT));
        if (entries == null) {
            return Optional.empty();
        }
        Entry best = null;
        for (Entry e : entries) {
            if (modifiersUpper.containsAll(e.modifiers())
                    && (best == null || e.modifiers().size() > best.modifiers().size())) {
                best = e;
            }
        }
        return Optional.ofNullable(best);
    }
}
