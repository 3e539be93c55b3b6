package org.saydo.dict;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PETRARCH verb dictionary ({@code CAMEO.2.0.txt}): synsets, verb blocks with their verbs and
 * patterns, and verb transformations. See {@code org/saydo/dict/FORMATS.md} for the exact format,
 * including the quirks of the real files that are accepted.
 *
 * <p>Immutable after reading, hence thread-safe. Lookups never return null.
 */
public final class VerbDictionary {

    /** The null code: the verb or pattern generates no event. */
    public static final String NULL_CODE = "---";

    private static final Pattern WORD = Pattern.compile("[A-Z0-9][A-Z0-9'.\\-/,]*");
    private static final Pattern CODE_PART = Pattern.compile("[^\\s\\[\\]:{}()]+");
    private static final Pattern SYNSET_NAME = Pattern.compile("&[A-Z0-9][A-Z0-9_\\-]*");
    private static final Pattern BRACKET = Pattern.compile("([{}()])");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern EDGE_UNDERSCORES = Pattern.compile("^_+|_+$");
    private static final Pattern UNDERSCORES = Pattern.compile("_+");
    /**
     * English prepositions. After the verb, a bare one ({@code - * OVER EFFORTS}, TABARI style) opens a
     * prepositional phrase as {@code (OVER EFFORTS)} does. Words that are mostly verb particles ({@code UP},
     * {@code DOWN}, {@code OUT}, {@code OFF}, {@code AWAY}, {@code BACK}: {@code - * DOWN NEWS}) stay words.
     */
    static final Set<String> PREPOSITIONS = Set.of("ABOARD", "ABOUT", "ABOVE", "ACROSS", "AFTER", "AGAINST",
            "ALONG", "ALONGSIDE", "AMID", "AMIDST", "AMONG", "AMONGST", "AROUND", "AS", "AT", "ATOP", "BEFORE",
            "BEHIND", "BELOW", "BENEATH", "BESIDE", "BETWEEN", "BEYOND", "BY", "DESPITE", "DURING", "EXCEPT", "FOR",
            "FROM", "IN", "INSIDE", "INTO", "LIKE", "NEAR", "OF", "ON", "ONTO", "OUTSIDE", "OVER", "PAST", "PER",
            "REGARDING", "SINCE", "THAN", "THROUGH", "THROUGHOUT", "TILL", "TO", "TOWARD", "TOWARDS", "UNDER",
            "UNDERNEATH", "UNLIKE", "UNTIL", "UPON", "VIA", "WITH", "WITHIN", "WITHOUT");
    private static final Pattern TRANSFORMATION = Pattern.compile(
            "~\\s*(\\S+)\\s*\\(\\s*(\\S+)\\s+(\\S+)\\s+([^\\s)]+)\\s*\\)\\s*(\\S+)\\s*=\\s*(\\S+)\\s+(\\S+)\\s+(\\S+)\\s*");

    private final Map<String, List<VerbEntry>> byForm;
    private final Map<String, List<VerbEntry>> byLemma;
    private final Map<String, Set<String>> synsets;
    private final List<VerbEntry> entries;
    private final List<VerbTransformation> transformations;

    private VerbDictionary(Builder b) {
        Map<String, List<VerbEntry>> forms = new HashMap<>();
        Map<String, List<VerbEntry>> lemmas = new HashMap<>();
        for (VerbEntry e : b.entries) {
            for (String f : new LinkedHashSet<>(e.forms())) {
                forms.computeIfAbsent(f, k -> new ArrayList<>()).add(e);
            }
            lemmas.computeIfAbsent(e.verb(), k -> new ArrayList<>()).add(e);
        }
        // then each spelling's other variant ("CRITICISED" finds CRITICIZE), after the entries spelled as written
        for (VerbEntry e : b.entries) {
            for (String f : e.forms()) {
                List<VerbEntry> list = forms.computeIfAbsent(Spelling.fold(f), k -> new ArrayList<>());
                if (!list.contains(e)) {
                    list.add(e);
                }
            }
            List<VerbEntry> list = lemmas.computeIfAbsent(Spelling.fold(e.verb()), k -> new ArrayList<>());
            if (!list.contains(e)) {
                list.add(e);
            }
        }
        forms.replaceAll((k, v) -> List.copyOf(v));
        lemmas.replaceAll((k, v) -> List.copyOf(v));
        this.byForm = Map.copyOf(forms);
        this.byLemma = Map.copyOf(lemmas);
        Map<String, Set<String>> syn = new HashMap<>();
        b.synsets.forEach((k, v) -> syn.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
        this.synsets = Map.copyOf(syn);
        this.entries = List.copyOf(b.entries);
        this.transformations = List.copyOf(b.transformations);
    }

    /**
     * Reads verb dictionaries; later files add synsets, blocks and transformations to earlier ones
     * (a synset defined in an earlier file may be used in a later one).
     *
     * @throws DictionaryFormatException for the first malformed line
     * @throws UncheckedIOException if a file cannot be read
     */
    public static VerbDictionary read(Path... files) {
        Objects.requireNonNull(files, "files");
        List<List<DictLine>> lines = new ArrayList<>();
        for (Path f : files) {
            lines.add(DictLine.read(Objects.requireNonNull(f, "file"), DictLine.Comments.HASH_OR_SEMICOLON));
        }
        return fromLines(lines);
    }

    /** Builds a dictionary from files already split into lines, in order (later files add to earlier ones). */
    static VerbDictionary fromLines(List<List<DictLine>> files) {
        Builder b = new Builder();
        for (List<DictLine> lines : files) {
            b.add(lines);
        }
        return b.build();
    }

    /**
     * Reads one verb dictionary from a reader (classpath resources, tests).
     *
     * @param name the name used in error messages and provenance
     */
    public static VerbDictionary read(String name, Reader reader) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reader, "reader");
        return fromLines(List.of(DictLine.readUnchecked(name, reader, DictLine.Comments.HASH_OR_SEMICOLON)));
    }

    /**
     * @param wordUpper an upper-case word as it appears in text
     * @return every verb entry one of whose surface forms is that word, in either spelling ({@link
     *     Spelling#fold}: "criticised" finds {@code CRITICIZE}); multi-word verbs included: check {@link
     *     VerbEntry#before()} and {@link VerbEntry#after()}
     */
    public List<VerbEntry> lookup(String wordUpper) {
        return find(byForm, Objects.requireNonNull(wordUpper, "wordUpper"));
    }

    /**
     * @param lemmaUpper an upper-case lemma (base form), e.g. from a lemmatizer
     * @return every verb entry whose base form is that lemma, in either spelling
     */
    public List<VerbEntry> lookupLemma(String lemmaUpper) {
        return find(byLemma, Objects.requireNonNull(lemmaUpper, "lemmaUpper"));
    }

    private static List<VerbEntry> find(Map<String, List<VerbEntry>> index, String key) {
        List<VerbEntry> exact = index.getOrDefault(key, List.of());
        String folded = Spelling.fold(key);
        if (folded.equals(key)) {
            return exact;
        }
        List<VerbEntry> out = new ArrayList<>(exact);
        for (VerbEntry e : index.getOrDefault(folded, List.of())) {
            if (!out.contains(e)) {
                out.add(e);
            }
        }
        return List.copyOf(out);
    }

    /**
     * @param name synset name with or without the leading {@code &}
     * @return its phrases (plurals included), or an empty set if there is no such synset
     */
    public Set<String> synset(String name) {
        Objects.requireNonNull(name, "name");
        return synsets.getOrDefault(name.startsWith("&") ? name.substring(1) : name, Set.of());
    }

    /** @return all verb entries in file order */
    public List<VerbEntry> entries() {
        return entries;
    }

    /** @return the transformations in file order */
    public List<VerbTransformation> transformations() {
        return transformations;
    }

    /** @return the number of distinct patterns over all blocks */
    public int patternCount() {
        Set<VerbPattern> seen = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (VerbEntry e : entries) {
            seen.addAll(e.patterns());
        }
        return seen.size();
    }

    // ------------------------------------------------------------------ reading

    record Code(String code, String alt) {
    }

    /** Parses the inside of {@code [...]}: {@code 042}, {@code 042:043}, {@code :173}, {@code ---}. */
    static Code parseCode(DictLine l, String inside) {
        String s = inside.strip();
        if (s.isEmpty()) {
            throw l.error("empty code []");
        }
        String active = s;
        String alt = null;
        int colon = s.indexOf(':');
        if (colon >= 0) {
            active = s.substring(0, colon).strip();
            alt = s.substring(colon + 1).strip();
            if (alt.isEmpty()) {
                throw l.error("empty code after ':' in [" + inside + "]");
            }
            if (!CODE_PART.matcher(alt).matches()) {
                throw l.error("bad code '" + alt + "' in [" + inside + "]");
            }
        }
        if (active.isEmpty()) {
            active = NULL_CODE; // [:173]: no active code, as PETRARCH2 reads it
        }
        if (!CODE_PART.matcher(active).matches()) {
            throw l.error("bad code '" + active + "' in [" + inside + "]");
        }
        return new Code(active, alt);
    }

    private static final class Builder {
        final Map<String, Set<String>> synsets = new LinkedHashMap<>();
        final Map<String, String> synsetWhere = new HashMap<>();
        final Map<String, Set<String>> frozen = new HashMap<>();
        final List<VerbEntry> entries = new ArrayList<>();
        final List<VerbTransformation> transformations = new ArrayList<>();
        final List<DictLine> transformationLines = new ArrayList<>();

        // state
        String synsetName;
        boolean synsetNoPlural;
        Block block;

        private static final class Block {
            String name;
            Code code;
            final List<Object[]> verbs = new ArrayList<>(); // {DictLine, verb, before, after, forms, Code own}
            final List<VerbPattern> patterns = new ArrayList<>();
        }

        void add(List<DictLine> lines) {
            for (DictLine l : lines) {
                line(l);
            }
            endBlock();
            synsetName = null;
        }

        VerbDictionary build() {
            VerbDictionary d = new VerbDictionary(this);
            for (int i = 0; i < transformations.size(); i++) {
                VerbTransformation t = transformations.get(i);
                DictLine l = transformationLines.get(i);
                for (String v : List.of(t.lowerVerb(), t.upperVerb())) {
                    if (!v.equals("Q") && d.lookup(v).isEmpty()) {
                        throw l.error("transformation names unknown verb " + v);
                    }
                }
            }
            return d;
        }

        void line(DictLine l) {
            String t = l.text().strip();
            if (t.startsWith("---")) {
                synsetName = null;
                endBlock();
                startBlock(l, t);
            } else if (t.startsWith("-")) {
                if (block == null) {
                    throw l.error("pattern outside a verb block (no '--- NAME [CODE] ---' line before it)");
                }
                synsetName = null;
                block.patterns.add(pattern(l, t.substring(1)));
            } else if (t.startsWith("~")) {
                synsetName = null;
                transformation(l, t);
            } else if (t.startsWith("&")) {
                endBlock();
                startSynset(l, t);
            } else if (t.startsWith("+") && synsetName != null) {
                synsetMember(l, t.substring(1).strip());
            } else if (block != null) {
                verbLine(l, t);
            } else if (t.startsWith("+")) {
                throw l.error("'+' line outside a synset or verb block: '" + t + "'");
            } else {
                throw l.error("verb outside a verb block (no '--- NAME [CODE] ---' line before it): '" + t + "'");
            }
        }

        // ---------------------------------------------------------- synsets

        void startSynset(DictLine l, String t) {
            String[] parts = t.split("\\s+");
            if (parts.length != 1 || !SYNSET_NAME.matcher(parts[0]).matches()) {
                throw l.error("bad synset label '" + t + "' (expected &NAME on its own line)");
            }
            String name = parts[0].substring(1);
            boolean noPlural = name.endsWith("_");
            while (name.endsWith("_")) {
                name = name.substring(0, name.length() - 1);
            }
            if (synsets.containsKey(name)) {
                throw l.error("synset &" + name + " already defined at " + synsetWhere.get(name));
            }
            synsets.put(name, new LinkedHashSet<>());
            synsetWhere.put(name, l.where());
            synsetName = name;
            synsetNoPlural = noPlural;
        }

        void synsetMember(DictLine l, String m) {
            Set<String> set = synsets.get(synsetName);
            if (m.isEmpty()) {
                throw l.error("empty synset member '+'");
            }
            if (m.startsWith("&")) {
                String ref = m.endsWith("_") ? m.substring(0, m.length() - 1) : m;
                if (!SYNSET_NAME.matcher(ref).matches()) {
                    throw l.error("bad synset reference '" + m + "'");
                }
                Set<String> other = synsets.get(ref.substring(1));
                if (other == null) {
                    throw l.error("undefined synset " + ref + " in synset &" + synsetName);
                }
                if (ref.substring(1).equals(synsetName)) {
                    throw l.error("synset &" + synsetName + " contains itself");
                }
                set.addAll(other);
                return;
            }
            boolean noPlural = synsetNoPlural || m.endsWith("_");
            List<String> words = Words.split(m);
            for (String w : words) {
                if (!WORD.matcher(w).matches()) {
                    throw l.error("bad word '" + w + "' in synset member '" + m + "'");
                }
            }
            String phrase = String.join(" ", words);
            set.add(phrase);
            if (!noPlural) {
                set.add(Words.pluralPhrase(phrase));
            }
        }

        // ---------------------------------------------------------- blocks and verbs

        void startBlock(DictLine l, String t) {
            String s = t.replaceFirst("^-+", "").strip();
            Block b = new Block();
            int open = s.indexOf('[');
            String name;
            if (open >= 0) {
                int close = s.indexOf(']', open);
                if (close < 0) {
                    throw l.error("missing ']' in block header '" + t + "'");
                }
                b.code = parseCode(l, s.substring(open + 1, close));
                name = s.substring(0, open).strip();
                // PETRARCH reads only the first code; further [...] groups (one real file has
                // '--- DELAY [120]  [031:031] ---') are accepted and ignored, nothing else is.
                String rest = s.substring(close + 1).replaceAll("\\[[^\\[\\]]*\\]", "").replace("-", "").strip();
                if (!rest.isEmpty()) {
                    throw l.error("unexpected text '" + rest + "' after the code in block header '" + t + "'");
                }
            } else {
                b.code = new Code(NULL_CODE, null);
                name = s.replaceFirst("-+$", "").strip();
            }
            name = name.replaceFirst("-+$", "").strip();
            if (name.isEmpty()) {
                throw l.error("block header without a name: '" + t + "'");
            }
            b.name = String.join(" ", name.split("\\s+"));
            block = b;
        }

        void endBlock() {
            if (block == null) {
                return;
            }
            List<VerbPattern> pats = List.copyOf(block.patterns);
            for (Object[] v : block.verbs) {
                DictLine l = (DictLine) v[0];
                Code own = (Code) v[5];
                Code c = own != null ? own : block.code;
                @SuppressWarnings("unchecked")
                List<String> before = (List<String>) v[2];
                @SuppressWarnings("unchecked")
                List<String> after = (List<String>) v[3];
                @SuppressWarnings("unchecked")
                List<String> forms = (List<String>) v[4];
                entries.add(new VerbEntry((String) v[1], before, after, forms, c.code(), c.alt(), own != null,
                        block.name, pats, l.where()));
            }
            block = null;
        }

        /** A parsed multi-word spelling: extra words before and after the verb word. */
        record Spelling(List<String> before, String verb, List<String> after) {
        }

        Spelling spelling(DictLine l, String s, boolean requirePlusIfMulti) {
            List<String> words = Words.split(s);
            if (words.isEmpty()) {
                throw l.error("empty verb");
            }
            int verbAt = -1;
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                if (w.startsWith("+")) {
                    if (verbAt >= 0) {
                        throw l.error("more than one '+' in multi-word verb '" + s + "'");
                    }
                    verbAt = i;
                    words.set(i, w.substring(1));
                }
            }
            if (verbAt < 0) {
                if (words.size() > 1 && requirePlusIfMulti && s.contains("_")) {
                    throw l.error("multi-word verb '" + s + "' has no '+' before its verb word");
                }
                verbAt = 0; // 'LASH OUT' (blank-separated, no '+'): the first word is the verb
            }
            for (String w : words) {
                if (!WORD.matcher(w).matches()) {
                    throw l.error("bad word '" + w + "' in verb '" + s + "'");
                }
            }
            return new Spelling(List.copyOf(words.subList(0, verbAt)), words.get(verbAt),
                    List.copyOf(words.subList(verbAt + 1, words.size())));
        }

        void verbLine(DictLine l, String t) {
            String s = t;
            Code own = null;
            int open = s.indexOf('[');
            if (open >= 0) {
                int close = s.indexOf(']', open);
                if (close < 0) {
                    throw l.error("missing ']' in '" + t + "'");
                }
                if (!s.substring(close + 1).isBlank()) {
                    throw l.error("unexpected text '" + s.substring(close + 1).strip() + "' after the code in '" + t + "'");
                }
                own = parseCode(l, s.substring(open + 1, close));
                s = s.substring(0, open);
            }
            List<String> irregular = null;
            int brace = s.indexOf('{');
            if (brace >= 0) {
                int close = s.indexOf('}', brace);
                if (close < 0) {
                    throw l.error("missing '}' in '" + t + "'");
                }
                if (!s.substring(close + 1).isBlank()) {
                    throw l.error("unexpected text '" + s.substring(close + 1).strip() + "' after '}' in '" + t + "'");
                }
                irregular = new ArrayList<>();
                for (String f : s.substring(brace + 1, close).split("[\\s,]+")) {
                    if (!f.isEmpty()) {
                        irregular.add(f);
                    }
                }
                s = s.substring(0, brace);
            }
            s = s.strip();
            if (s.contains("}") || s.contains("]")) {
                throw l.error("unbalanced brackets in '" + t + "'");
            }
            Spelling sp = spelling(l, s, true);
            if (irregular == null) {
                block.verbs.add(new Object[] {l, sp.verb(), sp.before(), sp.after(), Words.verbForms(sp.verb()), own});
                return;
            }
            // One entry per spelling: an irregular form normally has the primary's extra words
            // ('+ASK_FOR {+ASKED_FOR}'); when it does not ('+WIRE_TAP {+WIRE_TAPS}', where the '+'
            // is on the wrong word) it is kept as written, as PETRARCH does, in an entry of its own.
            Map<List<List<String>>, List<String>> groups = new LinkedHashMap<>();
            groups.computeIfAbsent(List.of(sp.before(), sp.after()), k -> new ArrayList<>()).add(sp.verb());
            for (String f : irregular) {
                Spelling fs = spelling(l, f, true);
                List<String> forms = groups.computeIfAbsent(List.of(fs.before(), fs.after()), k -> new ArrayList<>());
                if (!forms.contains(fs.verb())) {
                    forms.add(fs.verb());
                }
            }
            for (var g : groups.entrySet()) {
                block.verbs.add(new Object[] {l, g.getValue().get(0), g.getKey().get(0), g.getKey().get(1),
                    List.copyOf(g.getValue()), own});
            }
        }

        // ---------------------------------------------------------- patterns

        VerbPattern pattern(DictLine l, String body) {
            String t = l.text().strip();
            int open = body.indexOf('[');
            if (open < 0) {
                throw l.error("pattern without [CODE]: '" + t + "'");
            }
            int close = body.indexOf(']', open);
            if (close < 0) {
                throw l.error("missing ']' in pattern '" + t + "'");
            }
            if (!body.substring(close + 1).isBlank()) {
                throw l.error("unexpected text '" + body.substring(close + 1).strip() + "' after the code in pattern '" + t + "'");
            }
            Code code = parseCode(l, body.substring(open + 1, close));
            String pat = body.substring(0, open);
            int stars = pat.length() - pat.replace("*", "").length();
            if (stars != 1) {
                throw l.error("pattern must contain exactly one '*' (the verb), found " + stars + ": '" + t + "'");
            }
            // TABARI legacy: '_' glues words ('IN_*', '*_OUT', 'KNOWN_'); the '*' and brackets stand alone.
            String spaced = BRACKET.matcher(pat.replace("*", " * ")).replaceAll(" $1 ");
            List<String> tokens = new ArrayList<>();
            for (String tok : BLANKS.split(spaced)) {
                String x = tok.indexOf('_') < 0 ? tok : EDGE_UNDERSCORES.matcher(tok).replaceAll("");
                if (!x.isEmpty()) {
                    tokens.add(x);
                }
            }
            int star = tokens.indexOf("*");
            List<PatternElement> pre = elements(l, t, tokens.subList(0, star), false);
            List<PatternElement> post = elements(l, t, splitPrepositions(l, t, tokens.subList(star + 1, tokens.size())),
                    true);
            return new VerbPattern(pre, post, code.code(), code.alt(), l.comment(), l.source(), l.number(), t);
        }

        /**
         * TABARI glues a preposition to its neighbours ({@code FOR_ASYLUM}, {@code MEMOS_ON_&TIETYPES}): such a
         * token is cut before and after each preposition so that it opens a phrase of its own.
         */
        List<String> splitPrepositions(DictLine l, String t, List<String> toks) {
            List<String> out = new ArrayList<>();
            for (String tok : toks) {
                if (tok.indexOf('_') < 0 || hasMarker(tok) || tok.length() == 1) {
                    out.add(tok);
                    continue;
                }
                List<Term> terms = terms(l, t, tok);
                if (terms.stream().noneMatch(this::isPreposition)) {
                    out.add(tok);
                    continue;
                }
                List<String> run = new ArrayList<>();
                for (Term x : terms) {
                    if (isPreposition(x)) {
                        if (!run.isEmpty()) {
                            out.add(String.join("_", run));
                            run.clear();
                        }
                        out.add(x.toString());
                    } else {
                        run.add(x.toString());
                    }
                }
                if (!run.isEmpty()) {
                    out.add(String.join("_", run));
                }
            }
            return out;
        }

        /** A preposition word, or a synset all of whose members are prepositions ({@code &PREPOSIT1}). */
        private boolean isPreposition(Term x) {
            if (x instanceof Term.Word w) {
                return PREPOSITIONS.contains(w.word());
            }
            Term.Synset syn = (Term.Synset) x;
            return !syn.members().isEmpty() && PREPOSITIONS.containsAll(syn.members());
        }

        /** True if a bare token is one preposition (word or synset). */
        private boolean isPrepositionToken(DictLine l, String t, String tok) {
            if (tok.length() == 1 || tok.indexOf('_') >= 0 || !(tok.startsWith("&") || PREPOSITIONS.contains(tok))) {
                return false;
            }
            List<Term> terms = terms(l, t, tok);
            return terms.size() == 1 && isPreposition(terms.get(0));
        }

        /**
         * @param barePrepositions true after the verb: a bare preposition opens a prepositional phrase whose
         *     objects are the nouns and markers up to the next preposition or {@code (}
         */
        List<PatternElement> elements(DictLine l, String t, List<String> toks, boolean barePrepositions) {
            List<PatternElement> out = new ArrayList<>();
            int i = 0;
            while (i < toks.size()) {
                String tok = toks.get(i);
                switch (tok) {
                    case "(" -> {
                        int close = toks.subList(i, toks.size()).indexOf(")");
                        if (close < 0) {
                            throw l.error("missing ')' in pattern '" + t + "'");
                        }
                        close += i;
                        List<String> inner = toks.subList(i + 1, close);
                        if (inner.isEmpty()) {
                            throw l.error("empty prepositional phrase '()' in pattern '" + t + "'");
                        }
                        if (inner.contains("(")) {
                            throw l.error("nested '(' in pattern '" + t + "'");
                        }
                        String p = inner.get(0);
                        if (p.equals("{") || p.equals("}") || PatternElement.Role.of(p) != null) {
                            throw l.error("prepositional phrase must start with a preposition, found '" + p + "' in '" + t + "'");
                        }
                        List<Term> prep = terms(l, t, p);
                        Term pt = prep.size() == 1 ? prep.get(0) : new Term.Word(String.join(" ", joinWords(prep)));
                        List<PatternElement> objs = elements(l, t, inner.subList(1, inner.size()), false);
                        for (PatternElement e : objs) {
                            if (e instanceof PatternElement.Prep) {
                                throw l.error("nested prepositional phrase in '" + t + "'");
                            }
                        }
                        out.add(new PatternElement.Prep(pt, objs));
                        i = close + 1;
                    }
                    case "{" -> {
                        int close = toks.subList(i, toks.size()).indexOf("}");
                        if (close < 0) {
                            throw l.error("missing '}' in pattern '" + t + "'");
                        }
                        close += i;
                        List<Term> terms = new ArrayList<>();
                        for (String w : toks.subList(i + 1, close)) {
                            if (w.equals("{") || w.equals("(") || w.equals(")") || PatternElement.Role.of(w) != null) {
                                throw l.error("'" + w + "' inside {...} in pattern '" + t + "'");
                            }
                            terms.addAll(terms(l, t, w));
                        }
                        if (terms.isEmpty()) {
                            throw l.error("empty noun phrase '{}' in pattern '" + t + "'");
                        }
                        out.add(new PatternElement.Noun(terms));
                        i = close + 1;
                    }
                    case ")", "}" -> throw l.error("unbalanced '" + tok + "' in pattern '" + t + "'");
                    default -> {
                        PatternElement.Role role = PatternElement.Role.of(tok);
                        if (barePrepositions && isPrepositionToken(l, t, tok)) {
                            int end = i + 1;
                            while (end < toks.size() && !toks.get(end).equals("(")
                                    && !isPrepositionToken(l, t, toks.get(end))) {
                                if (toks.get(end).equals("{")) {
                                    int close = toks.subList(end, toks.size()).indexOf("}");
                                    end = close < 0 ? toks.size() : end + close;
                                }
                                end++;
                            }
                            Term pt = terms(l, t, tok).get(0);
                            out.add(new PatternElement.Prep(pt, elements(l, t, toks.subList(i + 1, end), false)));
                            i = end;
                            continue;
                        }
                        if (role != null) {
                            out.add(new PatternElement.Actor(role));
                        } else if (tok.contains("_") && hasMarker(tok)) {
                            // 'SUGGESTED_+': the marker stands on its own
                            for (String part : UNDERSCORES.split(tok)) {
                                PatternElement.Role r = PatternElement.Role.of(part);
                                out.add(r != null ? new PatternElement.Actor(r)
                                        : new PatternElement.Noun(terms(l, t, part)));
                            }
                        } else {
                            out.add(new PatternElement.Noun(terms(l, t, tok)));
                        }
                        i++;
                    }
                }
            }
            return out;
        }

        private static boolean hasMarker(String tok) {
            for (String part : UNDERSCORES.split(tok)) {
                if (PatternElement.Role.of(part) != null) {
                    return true;
                }
            }
            return false;
        }

        private static List<String> joinWords(List<Term> terms) {
            List<String> out = new ArrayList<>();
            for (Term x : terms) {
                out.add(x.toString());
            }
            return out;
        }

        /** Terms of one token: words glued by '_' ('SPECIAL_CLAUSE'), synset references ('&WEAPON'). */
        List<Term> terms(DictLine l, String t, String tok) {
            List<Term> out = new ArrayList<>();
            List<String> parts = new ArrayList<>(List.of(UNDERSCORES.split(tok)));
            int i = 0;
            while (i < parts.size()) {
                String w = parts.get(i);
                if (w.startsWith("&")) {
                    // '&FIGHT_OF_WORDS' is one synset; '&FIGHT_CRIM' is &FIGHT followed by CRIM:
                    // take the longest defined name.
                    int j = parts.size();
                    String found = null;
                    for (; j > i; j--) {
                        String name = String.join("_", parts.subList(i, j)).substring(1);
                        if (synsets.containsKey(name)) {
                            found = name;
                            break;
                        }
                    }
                    if (found == null) {
                        throw l.error("undefined synset " + w + " in pattern '" + t + "'");
                    }
                    Set<String> members = frozen.computeIfAbsent(found, k -> Set.copyOf(synsets.get(k)));
                    out.add(new Term.Synset(found, members));
                    i = j;
                } else {
                    if (!WORD.matcher(w).matches()) {
                        throw l.error("bad word '" + w + "' in pattern '" + t + "'");
                    }
                    out.add(new Term.Word(w));
                    i++;
                }
            }
            return out;
        }

        // ---------------------------------------------------------- transformations

        void transformation(DictLine l, String t) {
            Matcher m = TRANSFORMATION.matcher(t);
            if (!m.matches()) {
                throw l.error("bad transformation '" + t + "' (expected '~ a (b c VERB) VERB = x y CODE')");
            }
            transformations.add(new VerbTransformation(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5),
                    m.group(6), m.group(7), m.group(8), l.source() + ":" + l.number() + " " + t));
            transformationLines.add(l);
        }
    }
}
