package org.saydo.code;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.saydo.dict.PatternElement;
import org.saydo.dict.Term;
import org.saydo.dict.VerbPattern;
import org.saydo.nlp.TimeExpression;
import org.saydo.nlp.Token;

/**
 * Matches a verb's dictionary patterns against a sentence: the words before and after the verb, prepositional
 * phrases, nouns with their modifiers and the other verbs a pattern names, and the actor markers ({@code $}
 * source, {@code +} target, {@code ^} no party) that say where the event's parties are.
 *
 * <p>Not thread-safe; one per {@link Sentence}.
 */
final class PatternMatcher extends SentencePass {

    /** Relations of the words a pattern's head phrase may take before its head ("golden goblin galleons"). */
    private static final Set<String> HEAD_PHRASE_WORDS = Set.of("compound", "amod", "flat", "nummod");
    private static final Set<String> RELATIVE_TAGS = Set.of("WDT", "WP", "IN");
    /** Prepositions of route and time: their phrases set the scene of the act, not its object. */
    private static final Set<String> SETTING_PREPOSITIONS = WordLists.words("setting-prepositions");
    /** Nouns of a sum of money, whose "in" or "of" phrase is what the sum is of (words.txt currency). */
    private static final Set<String> CURRENCY = WordLists.words("currency");

    /** Relations that keep a word in its head's noun phrase (not its prepositional phrases). */
    private static final Set<String> PHRASE_WORDS = Set.of("compound", "flat", "flat:foreign", "amod", "det",
            "nummod", "appos", "cc", "case", "punct", "nmod:poss");

    /** The actors the sentence names. */
    private final ActorResolver actors;

    /** {@link #postCandidates} by verb: every pattern of a verb asks for them, and they depend on the parse alone. */
    private final java.util.Map<Integer, List<Integer>> postByVerb = new java.util.HashMap<>();

    PatternMatcher(Sentence ctx, ActorResolver actors) {
        super(ctx);
        this.actors = java.util.Objects.requireNonNull(actors, "actors");
    }

    /**
     * Each token's upper-case word, lemma and hyphenated word ({@link Syntax#upper}, {@link Syntax#upperLemma},
     * {@link Syntax#hyphenated}), made on first use: every pattern of every verb asks for them again.
     */
    private final TokenMemo uppers = new TokenMemo(i -> Syntax.upper(s.token(i)));
    private final TokenMemo upperLemmas = new TokenMemo(i -> Syntax.upperLemma(s.token(i)));
    private final TokenMemo hyphens = new TokenMemo(i -> Syntax.hyphenated(s, i));

    /** A string per token of the sentence, made by its function the first time it is asked for (null included). */
    private final class TokenMemo {
        private final IntFunction<String> make;
        private String[] values;
        private boolean[] made;

        TokenMemo(IntFunction<String> make) {
            this.make = make;
        }

        String at(int i) {
            if (values == null) {
                values = new String[s.tokens().size()];
                made = new boolean[values.length];
            }
            if (!made[i]) {
                values[i] = make.apply(i);
                made[i] = true;
            }
            return values[i];
        }
    }

    final class PatternMatch {
        final VerbPattern pattern;
        final int score;
        final Set<Integer> consumed;
        final Set<Integer> matchedVerbs;
        final List<Arg> sources;
        final List<Arg> targets;
        final boolean compound;
        final Set<Integer> preWords;
        /** True if a marker before the verb made the pre-verb actor (the subject) the target. */
        final boolean subjectIsTarget;
        /** Tokens of the noun phrases a {@code ^} stood on: no party of this verb is searched there. */
        final Set<Integer> notActors;

        PatternMatch(VerbPattern pattern, int score, Set<Integer> consumed, Set<Integer> matchedVerbs,
                List<Arg> sources, List<Arg> targets, boolean compound, Set<Integer> preWords,
                boolean subjectIsTarget, Set<Integer> notActors) {
            this.compound = compound;
            this.preWords = preWords;
            this.subjectIsTarget = subjectIsTarget;
            this.notActors = notActors;
            this.pattern = pattern;
            this.score = score;
            this.consumed = consumed;
            this.matchedVerbs = matchedVerbs;
            this.sources = sources;
            this.targets = targets;
        }
    }

    /** Tokens a post-verb noun of a pattern may match: the verb's dependents, looking through quantifiers. */
    private List<Integer> postCandidates(int v) {
        List<Integer> out = new ArrayList<>();
        if (s.relation(v).equals("acl:relcl") && s.head(v) >= 0 && s.children(v, "obj").stream()
                .allMatch(o -> RELATIVE_TAGS.contains(s.token(o).pos()))) {
            out.add(s.head(v)); // "the narrative (that) Putin has pushed"
        }
        for (var d : s.children(v)) {
            String rel = d.relation();
            if (Syntax.is(rel, "nsubj") || Syntax.is(rel, "aux") || rel.equals("punct") || rel.equals("mark")
                    || rel.equals("cc") || Syntax.is(rel, "conj") || Syntax.is(rel, "ccomp")
                    || rel.equals("advcl") || d.dependent() < v && !rel.equals("advmod")) {
                continue;
            }
            add(out, d.dependent());
        }
        return out;
    }

    /**
     * Whether a dependent of a passive verb is its "by" agent, the doer: a pattern's object word does not
     * match it ("was hit by Turkish warplanes" is no "* &AIRCRAFT" dogfight); a "(BY ...)" phrase still does.
     */
    private boolean agentPhrase(int c) {
        return Syntax.is(s.relation(c), "obl") && Syntax.preposition(s, c).equals("by");
    }

    /**
     * Whether a post-verb nominal sets the scene of the act rather than naming what is acted on: a phrase of a
     * setting preposition ("closed its airspace after the strikes" is no "* STRIKE" halt of a strike, "has held
     * him since March" no "* MARCH" rally). A pattern's own prepositional phrase ("(AFTER ...)") still matches it.
     * A bare time expression still does: the parse reads "halted his march" and "May Day" as dates.
     */
    private boolean setting(int c) {
        return SETTING_PREPOSITIONS.contains(Syntax.preposition(s, c));
    }

    /**
     * The candidates of a passive verb's pattern of reducing relations or coercion (CAMEO 16, 17), with its patient,
     * the passive subject, first: the object word of "- * CURFEW", "- * {DIPLOMATIC RELATIONS}" is the subject of "a
     * curfew was imposed in Niamey", "diplomatic relations were severed by Mali", "aid was suspended". Other roots
     * keep the object words after the verb, and so do talks and mediation halted (164, 165: {@link Refusals} tells
     * "the talks were called off" from the first party). A patient that names a party ("a journalist was arrested": an
     * agent or a person, not "Russian assets") is the act's target, never a pattern's object word ("- * JOURNALIST" [175]),
     * unless {@code parties}: the people an abduction or execution (CAMEO 18) is done to are both.
     */
    private List<Integer> withPatient(int v, List<Integer> post, boolean parties) {
        List<Integer> out = new ArrayList<>();
        for (var d : s.children(v)) {
            int c = d.dependent();
            if (d.relation().equals("nsubj:pass") && s.token(c).isNoun() && (parties
                    || actors.actorsOf(c).stream().noneMatch(a -> a.first() <= c && c <= a.last()
                            && (a.person() || a.actor().code().length() > 3)))) {
                add(out, c);
            }
        }
        return before(out, post);
    }

    /**
     * rulesA30: the candidates of a passive verb's null pattern ({@code [---]}, a sense that is no event), with its
     * patient first: the passive subject, or the noun a reduced passive participle modifies ("footage released by
     * the group", "an image taken by the military"), which is what was released or taken as the object of the
     * active "released footage" is. Only null patterns see it, so a patient can only keep a verb from being coded.
     */
    private List<Integer> nullPatient(int v, List<Integer> post) {
        List<Integer> out = new ArrayList<>(withPatient(v, List.of(), false));
        int h = s.head(v);
        if (h >= 0 && s.relation(v).startsWith("acl") && Syntax.reducedPassive(s, v) && s.token(h).isNoun()) {
            add(out, h);
        }
        if (misreadPassive(v)) {
            // parties34: "footage released by the military showed smoke" parsed as an active "footage released":
            // a verb with an agent by "by", no object and no auxiliary has its subject as its patient
            for (int c : s.children(v, "nsubj")) {
                if (s.token(c).isNoun()) {
                    add(out, c);
                }
            }
        }
        return before(out, post);
    }

    /** A past verb the parser read as active that has an agent by "by" and neither an object nor an auxiliary. */
    private boolean misreadPassive(int v) {
        String pos = s.token(v).pos();
        if (!(pos.equals("VBD") || pos.equals("VBN"))
                || s.children(v, "obl").stream().noneMatch(c -> Syntax.preposition(s, c).equals("by"))) {
            return false;
        }
        for (var d : s.children(v)) {
            if (d.relation().startsWith("aux") || d.relation().equals("obj") || d.relation().equals("cop")) {
                return false;
            }
        }
        return true;
    }

    /** The candidates {@code first} found, then {@code post}'s; {@code post} alone when there are none. */
    private List<Integer> before(List<Integer> first, List<Integer> post) {
        if (first.isEmpty()) {
            return post;
        }
        for (int c : post) {
            add(first, c);
        }
        return first;
    }

    private void add(List<Integer> out, int c) {
        if (out.contains(c)) {
            return;
        }
        out.add(c);
        if (Syntax.QUANTIFIERS.contains(s.token(c).word().toLowerCase(java.util.Locale.ROOT))) {
            // "one of the largest drone and missile attacks": the parse of such phrases is often broken
            // (nmod, acl or dep), so every noun of the quantifier's phrase is a candidate
            for (int n : Syntax.subtree(s, c)) {
                if (n != c && s.token(n).isNoun() && !s.token(n).isProperNoun()) {
                    add(out, n);
                }
            }
        }
        if (sum(c)) {
            // "sent $300 million in weapons", "pledged 500 million euros of military aid": what the sum is of is
            // what is sent (intent23)
            for (int n : s.children(c, "nmod")) {
                String prep = Syntax.preposition(s, n);
                if ((prep.equals("in") || prep.equals("of")) && s.token(n).isNoun() && !s.token(n).isProperNoun()) {
                    add(out, n);
                }
            }
        }
        for (int conj : s.children(c, "conj")) {
            if (s.token(conj).isNoun()) {
                add(out, conj);
            }
        }
    }

    /** Whether the nominal at {@code c} is a sum of money ("$300 million", "50 million euros"; words.txt currency). */
    private boolean sum(int c) {
        var t = s.token(c);
        return t.word().equals("$") || t.word().equals("\u20ac") || t.word().equals("\u00a3")
                || CURRENCY.contains(Syntax.lower(t));
    }

    PatternMatch match(VerbPattern p, int v, boolean passive) {
        Set<Integer> used = new HashSet<>();
        Markers marks = new Markers(v);
        int score = 0;
        boolean compound = false;
        List<Integer> post = postByVerb.computeIfAbsent(v, verb -> List.copyOf(postCandidates(verb)));
        List<Integer> active = post;
        if (passive && p.code() != null && p.code().matches("1[67]\\d*") && !p.code().matches("16[45]\\d*")) {
            post = withPatient(v, post, false);
        } else if (passive && p.code() != null && p.code().matches("18\\d*")) {
            // force33: "dozens of villagers were seized", "ten detainees were executed by the RSF": the people an
            // abduction or an execution is done to (- * &SAYDO_PEOPLE [181]) are its passive subject, named parties too
            post = withPatient(v, post, true);
        } else if (passive && org.saydo.dict.VerbDictionary.NULL_CODE.equals(p.code())) {
            post = nullPatient(v, post);
        }
        for (PatternElement e : p.post()) {
            if (e instanceof PatternElement.Noun n) {
                Integer hit = null;
                int points = 2 + n.modifiers().size();
                for (int c : post) {
                    if (!used.contains(c) && !(passive && agentPhrase(c)) && !setting(c) && nounMatches(n, c)) {
                        hit = c;
                        points += headWords(n.head(), c) - 1; // a longer phrase is more specific
                        if (!active.contains(c)) {
                            points -= 1; // a pattern written for the passive ("- &SAYDO_TALKS *") outranks it
                        }
                        break;
                    }
                }
                boolean modifier = false;
                if (hit == null && n.modifiers().isEmpty()) {
                    // a single word may name a modifier of the object: "renewed * DIPLOMATIC ties"; the
                    // object stays free for the pattern's next word ("* DIPLOMATIC TIES")
                    for (int c : post) {
                        if (!setting(c) && modifierMatches(n.head(), c)) {
                            hit = c;
                            points = 1;
                            modifier = true;
                            break;
                        }
                    }
                }
                if (hit == null) {
                    return null;
                }
                if (!modifier) {
                    used.add(hit);
                }
                marks.passed(hit);
                score += points;
            } else if (e instanceof PatternElement.Prep pr) {
                Integer hit = prepMatch(pr, v, post, used);
                if (hit == null) {
                    return null;
                }
                score += 2;
                // the phrase's first object stands on the nominal the preposition governs; markers after it
                // on the noun phrases that follow ("* IFTAR IN ^ +": skip the place, the next is the target)
                boolean bound = hit < 0;
                for (PatternElement o : pr.objects()) {
                    if (o instanceof PatternElement.Actor a) {
                        if (bound) {
                            marks.next(a.role(), post, used);
                        } else {
                            marks.on(a.role(), hit);
                        }
                    } else if (o instanceof PatternElement.Noun && hit >= 0) {
                        used.add(hit);
                        marks.passed(hit);
                        score += 1;
                    }
                    bound = true;
                }
                if (hit >= 0) {
                    marks.passed(hit);
                }
            } else if (e instanceof PatternElement.Actor a) {
                marks.next(a.role(), post, used);
            }
        }
        Set<Integer> preWords = new HashSet<>();
        List<Integer> before = null;
        int from = 0;
        // a "$" or "+" before the verb stands on the actor of the pattern word written after it ("$ TROOP *":
        // the troops; "+ HOSTING *": who hosts), or on the verb's own subject when the verb follows ("NOTED + *")
        PatternElement.Role pending = null;
        for (PatternElement e : p.pre()) {
            if (e instanceof PatternElement.Noun n) {
                // words before the verb in its own clause: subject, auxiliaries ("HAVE *"), adverbs
                Integer at = null;
                for (int c : Syntax.subtree(s, v)) {
                    if (c < v && nounMatches(n, c)) {
                        at = c;
                        preWords.add(c);
                        break;
                    }
                }
                if (at != null) {
                    score += 2;
                } else {
                    // else the words as written, in order, before the verb of this clause or of the clauses
                    // it completes: "did n't clash" (&NEGATVAUXVRB *), "indicated it would act" (INDICATED WOULD *)
                    if (before == null) {
                        before = wordsBefore(v);
                    }
                    int[] span = findWords(n.terms(), before, from);
                    if (span == null) {
                        return null;
                    }
                    for (int i = span[0]; i < span[1]; i++) {
                        preWords.add(before.get(i));
                    }
                    from = span[1];
                    score += 1 + span[1] - span[0];
                    at = before.get(span[0]);
                }
                if (pending != null) {
                    marks.before(pending, preActors(at, v));
                    pending = null;
                }
            } else if (e instanceof PatternElement.Prep) {
                return null;
            } else if (e instanceof PatternElement.Actor a && a.role() == PatternElement.Role.COMPOUND) {
                compound = true;
            } else if (e instanceof PatternElement.Actor a && a.role() != PatternElement.Role.SKIP) {
                pending = a.role();
            }
        }
        if (pending != null) {
            marks.before(pending, surfaceSubjects(v));
        }
        Set<Integer> nounsUsed = new HashSet<>();
        Set<Integer> verbsUsed = new HashSet<>();
        for (int c : used) {
            (s.token(c).isNoun() ? nounsUsed : verbsUsed).add(c);
        }
        Set<Integer> notActors = new HashSet<>();
        for (int c : marks.skipped) {
            notActors.addAll(phraseOf(c));
        }
        for (int c : marks.bound) {
            notActors.removeAll(phraseOf(c)); // "AT ^ +": "at the Gondor of the Prince": the Prince is named
        }
        return new PatternMatch(p, score, nounsUsed, verbsUsed, marks.sources, marks.targets, compound,
                Set.copyOf(preWords), marks.subjectIsTarget, Set.copyOf(notActors));
    }

    /**
     * The actor markers of one pattern as it is matched. After the verb a marker stands on the nominal its
     * prepositional phrase governs ("(IN ^)") or else on the next noun phrase after the last one the pattern
     * matched ("* TABASKI ^ $": skip one, the next is the source); {@code ^} marks a phrase that is no party
     * of the event, {@code $} the source, {@code +} the target.
     */
    private final class Markers {
        final List<Arg> sources = new ArrayList<>();
        final List<Arg> targets = new ArrayList<>();
        final Set<Integer> skipped = new HashSet<>();
        /** Nominals a {@code $} or {@code +} stood on. */
        final Set<Integer> bound = new HashSet<>();
        boolean subjectIsTarget;
        private int cursor;

        Markers(int verb) {
            cursor = verb;
        }

        /** The pattern has matched up to token {@code c}. */
        void passed(int c) {
            cursor = Math.max(cursor, c);
        }

        /** A marker on nominal {@code c}. */
        void on(PatternElement.Role role, int c) {
            passed(c);
            if (role == PatternElement.Role.SOURCE || role == PatternElement.Role.TARGET) {
                bound.add(c);
            }
            switch (role) {
                case SKIP -> skipped.add(c);
                case TARGET -> targets.addAll(actors.actorsOf(c));
                case SOURCE -> sources.addAll(actors.actorsOf(c));
                case COMPOUND -> { }
            }
        }

        /** A marker on the next noun phrase: for {@code $} and {@code +} the next that names an actor. */
        void next(PatternElement.Role role, List<Integer> post, Set<Integer> used) {
            if (role == PatternElement.Role.COMPOUND) {
                return;
            }
            List<Integer> phrases = phrasesAfter(cursor, post, used, skipped);
            if (role == PatternElement.Role.SKIP) {
                if (!phrases.isEmpty()) {
                    on(role, phrases.get(0));
                }
                return;
            }
            for (int c : phrases) {
                if (!actors.actorsOf(c).isEmpty()) {
                    on(role, c);
                    return;
                }
            }
            // the parse may put the phrase elsewhere: the first free one after the verb that names an actor
            for (int c : post) {
                if (!used.contains(c) && !skipped.contains(c) && !actors.actorsOf(c).isEmpty()) {
                    on(role, c);
                    return;
                }
            }
        }

        /** A marker before the verb, on the given actors. */
        void before(PatternElement.Role role, List<Arg> actors) {
            if (role == PatternElement.Role.TARGET) {
                targets.addAll(actors);
                subjectIsTarget = true;
            } else if (role == PatternElement.Role.SOURCE) {
                sources.addAll(actors);
            }
        }
    }

    /**
     * The noun phrases after token {@code cursor} that a pattern's marker may stand on, in order: the verb's
     * nominal dependents and their prepositional modifiers, less those matched, skipped, conjuncts (they share
     * their first conjunct's marker) and time expressions.
     */
    private List<Integer> phrasesAfter(int cursor, List<Integer> post, Set<Integer> used, Set<Integer> skipped) {
        java.util.TreeSet<Integer> all = new java.util.TreeSet<>(post);
        for (int c : post) {
            all.addAll(s.children(c, "nmod"));
        }
        for (int c : used) {
            all.addAll(s.children(c, "nmod"));
        }
        List<Integer> out = new ArrayList<>();
        for (int c : all.tailSet(cursor, false)) {
            Token t = s.token(c);
            boolean nominal = t.isNoun() || t.pos().startsWith("PRP");
            boolean conjunct = Syntax.is(s.relation(c), "conj") && s.head(c) >= 0 && s.token(s.head(c)).isNoun();
            if (nominal && !conjunct && !used.contains(c) && !skipped.contains(c) && !temporal(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The tokens of the noun phrase headed by {@code c} that a {@code ^} keeps out of an event: its words,
     * conjuncts and of-phrases ("the Swiss city of Geneva"), not its other prepositional phrases.
     */
    private Set<Integer> phraseOf(int c) {
        Set<Integer> out = new HashSet<>();
        List<Integer> todo = new ArrayList<>(List.of(c));
        while (!todo.isEmpty() && out.size() <= s.tokens().size()) {
            int n = todo.remove(todo.size() - 1);
            if (!out.add(n)) {
                continue;
            }
            for (var d : s.children(n)) {
                String rel = d.relation();
                if (PHRASE_WORDS.contains(rel) || Syntax.is(rel, "conj")
                        || rel.equals("nmod") && Syntax.preposition(s, d.dependent()).equals("of")) {
                    todo.add(d.dependent());
                }
            }
        }
        return out;
    }

    /**
     * The actors a marker before the verb stands on when the pattern word after it matched token {@code w}:
     * a noun names them ("$ TROOP *"); a verb or auxiliary points at its subject ("+ HOSTING *", "+ BEEN *").
     */
    private List<Arg> preActors(int w, int v) {
        Token t = s.token(w);
        if (t.isNoun() || t.pos().startsWith("PRP")) {
            return actors.actorsOf(w);
        }
        int verb = w;
        String rel = s.relation(w);
        if ((Syntax.is(rel, "aux") || rel.equals("cop") || rel.equals("advmod")) && s.head(w) >= 0) {
            verb = s.head(w);
        }
        return verb != v && s.token(verb).isVerb() ? actors.subjectsOf(verb, 0) : surfaceSubjects(v);
    }

    /** The actors named before the verb as its subject: the passive's patient, else the subject. */
    private List<Arg> surfaceSubjects(int v) {
        if (!Syntax.passive(s, v)) {
            return actors.subjectsOf(v, 0);
        }
        List<Arg> out = new ArrayList<>();
        for (int c : s.children(v, "nsubj:pass")) {
            out.addAll(actors.actorsOf(c));
        }
        return out;
    }

    /**
     * The subjects of the clause that verb {@code v}'s clause completes ("Falastur noted that Cirith Ungol
     * regretted ...": Falastur), or none.
     */
    List<Arg> governingSubjects(int v) {
        int h = s.head(v);
        String rel = s.relation(v);
        if (h >= 0 && s.token(h).isVerb() && (Syntax.is(rel, "ccomp") || rel.equals("xcomp")
                || Syntax.is(rel, "parataxis"))) {
            return actors.subjectsOf(h, 0);
        }
        return List.of();
    }

    /**
     * The tokens before verb {@code v}, in order, that pattern words written before the verb may match: those
     * of its clause and of the clauses it completes (xcomp, ccomp: "won't try to clash", "indicated it would
     * act"); nouns only in the verb's own clause (a subject of a governing clause is not this verb's).
     */
    private List<Integer> wordsBefore(int v) {
        int top = v;
        for (int step = 0; step < 4 && s.head(top) >= 0; step++) {
            String rel = s.relation(top);
            if (!rel.equals("xcomp") && !Syntax.is(rel, "ccomp")) {
                break;
            }
            top = s.head(top);
        }
        List<Integer> own = Syntax.subtree(s, v);
        List<Integer> out = new ArrayList<>();
        for (int c : Syntax.subtree(s, top)) {
            if (c < v && (own.contains(c) || !s.token(c).isNoun())) {
                out.add(c);
            }
        }
        out.sort(Integer::compare);
        return out;
    }

    /**
     * Finds terms as consecutive tokens (a synset member of several words takes as many tokens: "DID N'T"
     * is "did" + "n't"), at or after position {@code from} of {@code tokens}.
     *
     * @return {start, end} positions in {@code tokens} (end exclusive), or null
     */
    private int[] findWords(List<Term> terms, List<Integer> tokens, int from) {
        for (int start = from; start < tokens.size(); start++) {
            int end = wordsAt(terms, 0, tokens, start);
            if (end >= 0) {
                return new int[] {start, end};
            }
        }
        return null;
    }

    /** The position after terms {@code ti..} matched from {@code at}, or -1; tokens must be adjacent. */
    private int wordsAt(List<Term> terms, int ti, List<Integer> tokens, int at) {
        if (ti == terms.size()) {
            return at;
        }
        if (ti > 0 && at < tokens.size() && tokens.get(at) != tokens.get(at - 1) + 1) {
            return -1;
        }
        Term term = terms.get(ti);
        StringBuilder phrase = new StringBuilder();
        for (int k = at; k < tokens.size() && k - at < 6; k++) {
            if (k > at && tokens.get(k) != tokens.get(k - 1) + 1) {
                break;
            }
            Token tok = s.token(tokens.get(k));
            phrase.append(k > at ? " " : "").append(Syntax.upper(tok));
            boolean hit = term.matches(phrase.toString())
                    || k == at && term.matches(Syntax.upperLemma(tok));
            if (hit) {
                int end = wordsAt(terms, ti + 1, tokens, k + 1);
                if (end >= 0) {
                    return end;
                }
            }
        }
        return -1;
    }

    /** A prepositional element: returns the nominal it matched, -1 for a bare preposition, null for none. */
    private Integer prepMatch(PatternElement.Prep pr, int v, List<Integer> post, Set<Integer> used) {
        List<Integer> nominals = new ArrayList<>();
        for (var d : s.children(v)) {
            if (Syntax.is(d.relation(), "obl") || d.relation().equals("advcl")) {
                nominals.add(d.dependent());
            }
        }
        for (int c : post) {
            if (!Syntax.is(s.relation(c), "obl")) {
                nominals.addAll(s.children(c, "nmod")); // "put pressure (on Russia)", not "after the meeting (between)"
            }
        }
        for (int c : used) {
            // a phrase that follows an element already matched may hang from it: "* OVER MEETING OF +"
            for (int m : s.children(c, "nmod")) {
                if (!nominals.contains(m)) {
                    nominals.add(m);
                }
            }
        }
        PatternElement.Noun noun = null;
        for (PatternElement o : pr.objects()) {
            if (o instanceof PatternElement.Noun n) {
                noun = n;
                break;
            }
        }
        boolean bare = noun == null && pr.objects().isEmpty();
        for (int c : nominals) {
            if (used.contains(c)) {
                continue;
            }
            if (bare && s.head(c) != v && termMatches(pr.preposition(), "FOR")) {
                // force27: a bare "(FOR)" is the verb's own phrase ("attacked the government for its policy"), not
                // one of its object's ("attacked a school for girls", "stormed a camp for displaced people")
                continue;
            }
            String prep = Syntax.preposition(s, c);
            if (prep.isEmpty()) {
                for (int m : s.children(c, "mark")) {
                    prep = s.token(m).word().toLowerCase(java.util.Locale.ROOT);
                }
            }
            if (prep.isEmpty() || !termMatches(pr.preposition(), prep.toUpperCase(java.util.Locale.ROOT))) {
                continue;
            }
            if (noun == null && pr.objects().isEmpty() && s.token(c).isProperNoun()
                    && Set.of("at", "in").contains(prep)) {
                continue; // a bare "(AT)" is not "met at the Kremlin": a named place is where, not what
            }
            if (noun == null && temporal(c)) {
                continue; // nor is a bare "(ON)" "demanded on Monday": a date is when, not what
            }
            if (noun == null || nounMatches(noun, c)) {
                return c;
            }
        }
        for (var d : s.children(v)) {
            if (d.relation().equals("compound:prt") && noun == null && termMatches(pr.preposition(),
                    Syntax.upper(s.token(d.dependent())))) {
                return -1;
            }
        }
        return null;
    }

    /** True if the nominal is part of a time expression ("on Monday", "in March"). */
    private boolean temporal(int c) {
        for (TimeExpression te : s.times()) {
            if (c >= te.firstToken() && c <= te.lastToken()) {
                return true;
            }
        }
        return false;
    }

    private boolean termMatches(Term term, String upper) {
        return term.matches(upper);
    }

    private boolean modifierMatches(Term term, int c) {
        for (var d : s.children(c)) {
            if (d.relation().equals("compound") || d.relation().equals("amod")) {
                if (term.matches(uppers.at(d.dependent())) || term.matches(upperLemmas.at(d.dependent()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean nounMatches(PatternElement.Noun n, int c) {
        if (headWords(n.head(), c) == 0) {
            return false;
        }
        List<String> mods = new ArrayList<>();
        for (var d : s.children(c)) {
            if (d.relation().equals("compound") || d.relation().equals("amod")
                    || d.relation().equals("advmod") || d.relation().equals("nummod")) {
                mods.add(uppers.at(d.dependent()));
                mods.add(upperLemmas.at(d.dependent()));
                String hyphenated = hyphens.at(d.dependent());
                if (hyphenated != null) {
                    mods.add(hyphenated); // "cross-border attacks": {CROSS-BORDER ATTACKS}
                }
            }
        }
        for (Term m : n.modifiers()) {
            boolean ok = false;
            for (String w : mods) {
                ok |= m.matches(w);
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many words of the text a pattern's head term matches at token {@code c}: the word or its lemma (1), or
     * a phrase of the words written right before it in its own noun phrase ("golden goblin galleons": 3,
     * "austrian gold florin" is not "AUSTRIAN FLORIN"); 0 for no match.
     */
    private int headWords(Term head, int c) {
        String word = uppers.at(c);
        String lemma = upperLemmas.at(c);
        String hyphenated = hyphens.at(c);
        // the tokenizer splits "cease-fire" and "pull-out": the pattern's word is the whole
        int best = head.matches(word) || head.matches(lemma) || hyphenated != null && head.matches(hyphenated)
                ? 1 : 0;
        String words = word;
        String lemmas = lemma;
        for (int i = c - 1, n = 2; i >= 0 && n <= 4; i--, n++) {
            int h = s.head(i);
            if (h <= i || h > c || !HEAD_PHRASE_WORDS.contains(s.relation(i))) {
                break;
            }
            String m = uppers.at(i);
            words = m + " " + words;
            lemmas = m + " " + lemmas;
            if (head.matches(words) || head.matches(lemmas)) {
                best = n;
            }
        }
        return best;
    }
}
