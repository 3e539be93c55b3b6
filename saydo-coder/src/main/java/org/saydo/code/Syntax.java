package org.saydo.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.saydo.nlp.ParsedSentence;
import org.saydo.nlp.Token;

/** Small read-only helpers over a dependency parse. Stateless; thread-safe. */
final class Syntax {

    /** Nouns that quantify another ("one of the attacks", "a series of strikes"): look through them. */
    static final Set<String> QUANTIFIERS = WordLists.words("quantifiers");

    /** Nouns of geographic features whose names may hold a country's name: "South China Sea", "Gulf of Oman". */
    private static final Set<String> PLACE_FEATURES = WordLists.words("place-features");

    private Syntax() {
    }

    /** Whether the token is a geographic feature noun ("Sea", "Gulf", "Strait", "coast"). */
    static boolean placeFeature(ParsedSentence s, int i) {
        Token t = s.token(i);
        return t.isNoun() && PLACE_FEATURES.contains(lower(t));
    }

    static String upper(Token t) {
        return normalise(t.word()).toUpperCase(Locale.ROOT);
    }

    static String upperLemma(Token t) {
        return normalise(t.lemma()).toUpperCase(Locale.ROOT);
    }

    static String normalise(String word) {
        return word.replace('’', '\'').replace('‘', '\'').replace('–', '-').replace('—', '-');
    }

    /**
     * The upper-case word a hyphen joins to the one before it, as written ("PULL-OUT" for the "out" of
     * "pull-out", which the tokenizer splits into three tokens), or {@code null} if {@code i} follows no
     * hyphen between two words.
     */
    static String hyphenated(ParsedSentence s, int i) {
        if (i < 2 || i >= s.tokens().size() || !s.token(i - 1).word().equals("-")) {
            return null;
        }
        Token first = s.token(i - 2);
        Token last = s.token(i);
        if (!Character.isLetter(first.word().charAt(0)) || !Character.isLetter(last.word().charAt(0))
                || first.end() != s.token(i - 1).begin() || s.token(i - 1).end() != last.begin()) {
            return null;
        }
        return upper(first) + "-" + upper(last);
    }

    static String lower(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }

    /** True when the relation is {@code rel} or a subtype of it ({@code obl} matches {@code obl:tmod}). */
    static boolean is(String relation, String rel) {
        return relation.startsWith(rel)
                && (relation.length() == rel.length() || relation.charAt(rel.length()) == ':');
    }

    /** Every token of the subtree of {@code i}, in order. */
    static List<Integer> subtree(ParsedSentence s, int i) {
        return subtree(s, i, null);
    }

    /** The subtree of {@code i} restricted to arcs whose relation is in {@code keep}. */
    static List<Integer> subtree(ParsedSentence s, int i, Set<String> keep) {
        int n = s.tokens().size();
        if (i >= 0 && i < n) {
            // a mark per token, read back in token order: the same sorted indexes as a tree set, without one
            boolean[] in = new boolean[n];
            mark(s, i, in, keep);
            List<Integer> marked = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                if (in[k]) {
                    marked.add(k);
                }
            }
            return marked;
        }
        TreeSet<Integer> out = new TreeSet<>();
        collect(s, i, out, keep);
        return new ArrayList<>(out);
    }

    /** As {@link #collect} for a token inside the sentence: every dependent is inside it too. */
    private static void mark(ParsedSentence s, int i, boolean[] in, Set<String> keep) {
        if (in[i]) {
            return;
        }
        in[i] = true;
        for (var d : s.children(i)) {
            if (keep == null || keep.contains(d.relation())) {
                mark(s, d.dependent(), in, keep);
            }
        }
    }

    private static void collect(ParsedSentence s, int i, Set<Integer> out, Set<String> keep) {
        if (!out.add(i) || out.size() > s.tokens().size()) {
            return;
        }
        for (var d : s.children(i)) {
            if (keep == null || keep.contains(d.relation())) {
                collect(s, d.dependent(), out, keep);
            }
        }
    }

    /** The preposition (case marker) of a nominal, lower case, or {@code ""}. */
    static String preposition(ParsedSentence s, int nominal) {
        StringBuilder sb = new StringBuilder();
        for (int c : s.children(nominal, "case")) {
            if (c < nominal && !"'s".equals(s.token(c).word()) && !"’s".equals(s.token(c).word())) {
                sb.append(sb.length() > 0 ? " " : "").append(s.token(c).word().toLowerCase(Locale.ROOT));
            }
        }
        return sb.toString();
    }

    /** Lemmas (lower case) of the auxiliaries of {@code i}. */
    static List<String> auxiliaries(ParsedSentence s, int i) {
        List<String> out = new ArrayList<>();
        for (var d : s.children(i)) {
            if (is(d.relation(), "aux")) {
                out.add(lower(s.token(d.dependent())));
            }
        }
        return out;
    }

    /** Whether the token has a child of this relation whose word is {@code word} (any letter case). */
    /** Whether the verb has the infinitive marker "to" ("urged Kyiv to negotiate"). */
    static boolean hasTo(ParsedSentence s, int verb) {
        return hasChildWord(s, verb, "mark", "to");
    }

    static boolean hasChildWord(ParsedSentence s, int i, String relation, String word) {
        for (int c : s.children(i, relation)) {
            if (s.token(c).word().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasChild(ParsedSentence s, int i, String relation) {
        return !s.children(i, relation).isEmpty();
    }

    /** True for passive verbs: a passive subject or auxiliary. */
    static boolean passive(ParsedSentence s, int verb) {
        for (var d : s.children(verb)) {
            if (d.relation().equals("nsubj:pass") || d.relation().equals("aux:pass")
                    || d.relation().equals("csubj:pass")) {
                return true;
            }
        }
        return reducedPassive(s, verb);
    }

    /**
     * A past participle modifying a noun without an auxiliary: "a couple detained in Afghanistan", "prisoners
     * released by Russia", "returned prisoners captured in Kursk". The noun it modifies (or, when the parse gives
     * the participle a subject of its own, that subject) is what was acted on.
     */
    static boolean reducedPassive(ParsedSentence s, int verb) {
        String rel = s.relation(verb);
        // the parser also reads "a ceasefire brokered by France came into force", "when a truce brokered by Egypt
        // took effect" and a headline's "Kyiv hit by missiles" as clauses of their own (csubj, acl:relcl, root):
        // a participle with no auxiliary and an agent with "by" is a passive, whatever its relation
        boolean byAgent = s.children(verb, "obl").stream().anyMatch(c -> preposition(s, c).equals("by"));
        if (!s.token(verb).pos().equals("VBN") || !(rel.equals("acl") || rel.equals("dep") || rel.equals("xcomp")
                || byAgent)) {
            return false;
        }
        for (var d : s.children(verb)) {
            if (is(d.relation(), "aux") || d.relation().equals("obj") || d.relation().equals("cop")) {
                return false;
            }
        }
        return rel.equals("acl") ? s.head(verb) >= 0 && s.token(s.head(verb)).isNoun() : hasChild(s, verb, "nsubj");
    }

    /**
     * The noun of a partitive object the parser did not make the verb's object ("shot down 25 of the drones": "25" a
     * modifier of the particle, "drones" an "of" phrase of the verb, the particle or the number), or -1: a verb with
     * no direct object, followed (after its particle, if any) by a number or a quantifier and "of".
     */
    static int partitiveObject(ParsedSentence s, int v) {
        if (!s.children(v, "obj").isEmpty()) {
            return -1;
        }
        int k = v + 1;
        if (k < s.tokens().size() && s.head(k) == v && Set.of("advmod", "compound:prt").contains(s.relation(k))) {
            k++; // the particle: "shot down", "brought down"
        }
        if (k + 1 >= s.tokens().size() || !(s.token(k).pos().equals("CD") || QUANTIFIERS.contains(lower(s.token(k))))
                || !s.token(k + 1).word().equalsIgnoreCase("of") || !s.relation(k + 1).equals("case")) {
            return -1;
        }
        int noun = s.head(k + 1);
        int up = s.head(noun);
        return up == v || up == k || up >= 0 && s.head(up) == v ? noun : -1;
    }
}
