package org.saydo.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.saydo.nlp.Dependency;
import org.saydo.nlp.ParsedSentence;

/**
 * Repairs misparses of reported speech without "that". For "Netanyahu said Israel would respond" the
 * dependency parser often makes "said" a clausal subject ({@code csubj}) of "respond" and "Israel" the object of
 * "said"; for "Tokayev said Kazakhstan was not acting as a mediator" it makes "Kazakhstan" the object and hangs
 * "acting" on "said" as {@code dep} or {@code xcomp}. Either way the speaker seems to say nothing and the reported
 * act has no subject. The arcs are turned back into the reading a reader makes: the speech verb heads the
 * reported clause as its clausal complement ({@code ccomp}) and the object is that clause's subject. For "said there
 * would be no talks" the parser hangs "there" on "said": it becomes the reported clause's expletive subject. For
 * "Witnesses quoted by news agencies said ..." it takes the participle for the sentence's verb: "said" becomes it.
 * Stateless; thread-safe.
 */
final class SpeechReparse {

    /** Speech verbs that report a clause and rarely take a plain object before it ("told Seoul" does). */
    private static final Set<String> CLAUSE_SPEECH = WordLists.words("clause-speech");

    private SpeechReparse() {
    }

    /** The sentence with its misparsed speech clauses repaired, or {@code s} itself when there is none. */
    static ParsedSentence repair(ParsedSentence s) {
        List<Dependency> arcs = new ArrayList<>(s.dependencies());
        if (trailingAttribution(s, arcs)) {
            s = new ParsedSentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), arcs, s.times());
            arcs = new ArrayList<>(s.dependencies());
        }
        boolean changed = false;
        for (var t : s.tokens()) {
            int v = t.index();
            if (!t.isVerb() || !EventCoder.SPEECH.contains(Syntax.lower(t))) {
                continue;
            }
            changed |= subjectClause(s, v, arcs) || existentialClause(s, v, arcs) || objectClause(s, v, arcs)
                    || participleMark(s, v, arcs) || obliqueClause(s, v, arcs);
        }
        if (!changed) {
            changed = participleSubject(s, arcs);
        }
        return !changed ? s
                : new ParsedSentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), arcs, s.times());
    }

    /**
     * "North Korea cut all ties with South Korea, the foreign ministry said.", "... fired shells at South Korea, the
     * military said.": a sentence that closes with a comma, a noun phrase and a speech verb is told by that phrase. The
     * parser often hangs the phrase on the party before the comma as an apposition, and the main clause's object or
     * oblique on the speech verb; then the act loses its target or the speaker is the party before the comma. The speech
     * verb becomes a parataxis of the main verb with the phrase's head as its subject, and what stood before the comma
     * on the speech verb goes back to the main verb (a subject there as its object).
     */
    private static boolean trailingAttribution(ParsedSentence s, List<Dependency> arcs) {
        int n = s.tokens().size();
        int v = n - 1;
        while (v > 0 && !Character.isLetterOrDigit(s.token(v).word().charAt(0))) {
            v--;
        }
        if (v < 3 || !s.token(v).isVerb() || !EventCoder.SPEECH.contains(Syntax.lower(s.token(v)))) {
            return false;
        }
        int comma = v - 1;
        while (comma > 0 && !s.token(comma).word().equals(",")) {
            if (s.token(comma).isVerb() || s.token(comma).word().equals("\"")) {
                return false;
            }
            comma--;
        }
        if (comma <= 0 || comma == v - 1) {
            return false;
        }
        int phrase = -1;
        for (int i = comma + 1; i < v; i++) {
            int h = s.head(i);
            if (h <= comma || h >= v) {
                if (phrase >= 0 || !s.token(i).isNoun()) {
                    return false;
                }
                phrase = i;
            }
        }
        int root = -1;
        for (int i = 0; i < comma; i++) {
            if (s.head(i) < 0) {
                root = i;
            }
        }
        int speech = v;
        int close = comma;
        List<Dependency> before = s.dependencies().stream()
                .filter(d -> d.governor() == speech && d.dependent() < close).toList();
        if (phrase < 0 || root < 0 || !s.token(root).isVerb()
                || (s.head(phrase) == v && s.head(v) == root && before.isEmpty())) {
            return false; // no main verb before the comma, or a parse that is already the reader's
        }
        int subject = phrase;
        arcs.removeIf(d -> d.dependent() == speech || d.dependent() == subject || before.contains(d));
        arcs.add(new Dependency(root, v, "parataxis"));
        arcs.add(new Dependency(v, subject, "nsubj"));
        for (Dependency d : before) {
            arcs.add(new Dependency(root, d.dependent(), Syntax.is(d.relation(), "nsubj") ? "obj" : d.relation()));
        }
        return true;
    }

    /**
     * "Netanyahu said Israel would respond", "Biden condemned the attack and said Washington would impose
     * sanctions", "Peskov told reporters the army would withdraw": the speech verb (or the verb it is coordinated
     * with) is the clausal subject of the reported verb, and the object nearest that verb is its subject. Not for
     * a copular head ("said arming Kyiv would be a mistake"): that repair cost an event on the blind half.
     */
    private static boolean subjectClause(ParsedSentence s, int v, List<Dependency> arcs) {
        int c = v;
        if (s.relation(v).equals("conj") && s.head(v) >= 0 && s.head(v) < v) {
            c = s.head(v); // "condemned ... and said": the first verb carries the misparse
        }
        int h = s.head(c);
        if (!Syntax.is(s.relation(c), "csubj") || h <= v || !s.token(h).isVerb() || hasSubject(s, h, c)) {
            return false;
        }
        int o = reportedSubject(s, v, h);
        if (o < 0) {
            return false;
        }
        int cHead = c;
        Dependency above = s.headArc(h);
        arcs.removeIf(d -> d.dependent() == cHead || d.dependent() == h || d.dependent() == o);
        arcs.add(new Dependency(above == null ? -1 : above.governor(), c, above == null ? "root" : above.relation()));
        arcs.add(new Dependency(v, h, "ccomp"));
        arcs.add(new Dependency(h, o, Syntax.passive(s, h) ? "nsubj:pass" : "nsubj"));
        return true;
    }

    /**
     * The object of the speech verb {@code v}, between it and {@code h}, that is the subject of the clause it reports
     * when the parser made {@code v} the clausal subject of {@code h} ("Netanyahu said [Israel] would respond"): the
     * last such object, or -1. "told Seoul" is an addressee: after a verb that takes one, only a second object is.
     */
    static int reportedSubject(ParsedSentence s, int v, int h) {
        List<Integer> objects = new ArrayList<>();
        for (var d : s.children(v)) {
            if ((d.relation().equals("obj") || d.relation().equals("iobj")) && d.dependent() > v
                    && d.dependent() < h) {
                objects.add(d.dependent());
            }
        }
        boolean clauseVerb = CLAUSE_SPEECH.contains(Syntax.lower(s.token(v)));
        if (objects.isEmpty() || !clauseVerb && objects.size() < 2) {
            return -1;
        }
        return objects.get(objects.size() - 1);
    }

    /**
     * "The army condemned the attack and said there would be no talks", "Kyiv said there were no casualties": the
     * parser hangs "there" on the speech verb and makes that verb (or the verb it is coordinated with) the clausal
     * subject of what follows. "there" begins the reported clause: the clause becomes the verb's complement with
     * "there" as its expletive subject, and the speech verb takes the clause's place in the sentence.
     */
    private static boolean existentialClause(ParsedSentence s, int v, List<Dependency> arcs) {
        int c = v;
        if (s.relation(v).equals("conj") && s.head(v) >= 0 && s.head(v) < v) {
            c = s.head(v);
        }
        int h = s.head(c);
        int there = v + 1;
        if (!Syntax.is(s.relation(c), "csubj") || h <= there || !predicate(s, h) || hasSubject(s, h, c)
                || there >= s.tokens().size() || !s.token(there).pos().equals("EX") || s.head(there) != v) {
            return false;
        }
        int cHead = c;
        Dependency above = s.headArc(h);
        arcs.removeIf(d -> d.dependent() == cHead || d.dependent() == h || d.dependent() == there);
        arcs.add(new Dependency(above == null ? -1 : above.governor(), c, above == null ? "root" : above.relation()));
        arcs.add(new Dependency(v, h, "ccomp"));
        arcs.add(new Dependency(h, there, "expl"));
        return true;
    }

    /**
     * "Witnesses quoted by news agencies said troops fired", "Residents reached by phone said the shelling went on":
     * the parser takes the participle after the subject for the sentence's verb and hangs "said" and the clause it
     * reports anywhere below it. The speech verb right after the participle's "by" phrase becomes the head of the
     * sentence with the subject as its own, the participle a modifier of the subject ({@code acl}), and the one
     * predicate that heads the rest of the sentence the verb's complement.
     */
    private static boolean participleSubject(ParsedSentence s, List<Dependency> arcs) {
        for (int p : s.roots()) {
            List<Integer> subjects = s.children(p, "nsubj");
            if (!s.token(p).pos().equals("VBN") || subjects.size() != 1 || subjects.get(0) > p) {
                continue;
            }
            int by = -1;
            for (int o : s.children(p, "obl")) {
                if (o > p && Syntax.preposition(s, o).equals("by")) {
                    by = Math.max(by, Syntax.subtree(s, o).get(Syntax.subtree(s, o).size() - 1));
                }
            }
            int v = by + 1;
            int end = s.tokens().size();
            while (end > 0 && s.token(end - 1).pos().equals(".")) {
                end--;
            }
            if (by < 0 || v >= end || !s.token(v).pos().equals("VBD")
                    || !EventCoder.SPEECH.contains(Syntax.lower(s.token(v)))) {
                continue;
            }
            int top = -1;
            for (int i = v + 1; i < end; i++) {
                int h = s.head(i);
                if (h <= v || h >= end) {
                    if (top >= 0) {
                        top = -2; // the rest is not one clause
                    } else if (top == -1) {
                        top = i;
                    }
                }
            }
            if (top < 0 || !predicate(s, top)) {
                continue;
            }
            int subject = subjects.get(0);
            int clause = top;
            arcs.removeIf(d -> d.dependent() == p || d.dependent() == v || d.dependent() == subject
                    || d.dependent() == clause);
            arcs.add(new Dependency(-1, v, "root"));
            arcs.add(new Dependency(v, subject, "nsubj"));
            arcs.add(new Dependency(subject, p, "acl"));
            arcs.add(new Dependency(v, clause, "ccomp"));
            return true;
        }
        return false;
    }

    /**
     * "Tokayev said Kazakhstan was not acting as a mediator", "the White House said Israel had consulted it": the
     * subject of the reported clause is taken for the speech verb's object and the clause, finite and without a
     * subject, hangs on the verb as {@code dep} or {@code xcomp}. The object becomes the clause's subject and the
     * clause the verb's complement. A clause with a subject of its own ("denied it had any plans") only becomes
     * the complement.
     */
    private static boolean objectClause(ParsedSentence s, int v, List<Dependency> arcs) {
        if (!s.children(v, "ccomp").isEmpty()) {
            return false;
        }
        List<Integer> objects = s.children(v, "obj");
        for (var d : s.children(v)) {
            int c = d.dependent();
            if (!(d.relation().equals("dep") || d.relation().equals("xcomp")) || c < v || !predicate(s, c)
                    || !finite(s, c)) {
                continue;
            }
            if (hasSubject(s, c, -1)) {
                if (!d.relation().equals("dep")) {
                    continue;
                }
                arcs.removeIf(a -> a.dependent() == c);
                arcs.add(new Dependency(v, c, "ccomp"));
                return true;
            }
            if (objects.size() != 1 || objects.get(0) > c || !CLAUSE_SPEECH.contains(Syntax.lower(s.token(v)))) {
                continue;
            }
            int o = objects.get(0);
            arcs.removeIf(a -> a.dependent() == c || a.dependent() == o);
            arcs.add(new Dependency(v, c, "ccomp"));
            arcs.add(new Dependency(c, o, Syntax.passive(s, c) ? "nsubj:pass" : "nsubj"));
            return true;
        }
        return false;
    }

    /**
     * "The army closed the crossing, saying it was used by smugglers", "Peru recalled its envoy, saying Caracas had
     * insulted it": the parser takes the participle of speech for the mark of the clause it reports and hangs that
     * clause on the main verb. The participle becomes a modifier of the main verb ({@code advcl}) and heads the
     * clause it reports ({@code ccomp}).
     */
    private static boolean participleMark(ParsedSentence s, int v, List<Dependency> arcs) {
        int c = s.head(v);
        int main = c < 0 ? -1 : s.head(c);
        if (!s.token(v).pos().equals("VBG") || !s.relation(v).equals("mark") || c <= v || !predicate(s, c)
                || main < 0 || main > v || !s.token(main).isVerb()) {
            return false;
        }
        arcs.removeIf(d -> d.dependent() == v || d.dependent() == c);
        arcs.add(new Dependency(main, v, "advcl"));
        arcs.add(new Dependency(v, c, "ccomp"));
        return true;
    }

    /**
     * "The president told his French counterpart during a phone call that Tbilisi wanted closer ties", "said at a
     * briefing on Monday that ...": the parser hangs the reported clause on the last noun of the phrase before it
     * (often with "that" as a bare {@code dep}). A finite clause with a subject of its own hanging on a noun of the
     * speech verb's prepositional phrase, when the verb has no complement of its own, is what the verb reports. A
     * relative clause ("during a call that lasted an hour") is not moved.
     */
    private static boolean obliqueClause(ParsedSentence s, int v, List<Dependency> arcs) {
        if (!s.children(v, "ccomp").isEmpty()) {
            return false;
        }
        for (int n : s.children(v, "obl")) {
            for (var d : s.children(n)) {
                int c = d.dependent();
                if (c < n || !(d.relation().equals("ccomp") || d.relation().equals("dep")) || !predicate(s, c)
                        || !finite(s, c) || !hasSubject(s, c, -1)) {
                    continue;
                }
                int first = Syntax.subtree(s, c).get(0);
                boolean that = s.token(first).word().equalsIgnoreCase("that") && s.head(first) == c;
                arcs.removeIf(a -> a.dependent() == c || that && a.dependent() == first);
                arcs.add(new Dependency(v, c, "ccomp"));
                if (that) {
                    arcs.add(new Dependency(c, first, "mark"));
                }
                return true;
            }
        }
        return false;
    }

    /** A verb, or a noun or adjective with a copula ("would be a mistake"). */
    private static boolean predicate(ParsedSentence s, int h) {
        return s.token(h).isVerb() || !s.children(h, "cop").isEmpty();
    }

    /** Whether {@code h} has a subject other than {@code except}. */
    private static boolean hasSubject(ParsedSentence s, int h, int except) {
        for (var d : s.children(h)) {
            if (d.dependent() != except && (Syntax.is(d.relation(), "nsubj") || Syntax.is(d.relation(), "csubj") || d.relation().equals("expl"))) {
                return true;
            }
        }
        return false;
    }

    /** A clause with a tense: an auxiliary or copula, or a finite verb form; not "to" nor a bare participle. */
    private static boolean finite(ParsedSentence s, int c) {
        if (Syntax.hasTo(s, c)) {
            return false;
        }
        for (var d : s.children(c)) {
            if (Syntax.is(d.relation(), "aux") || d.relation().equals("cop")) {
                return !s.token(d.dependent()).word().equalsIgnoreCase("to");
            }
        }
        String pos = s.token(c).pos();
        return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
    }
}
