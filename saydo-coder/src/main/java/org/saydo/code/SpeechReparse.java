package org.saydo.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.saydo.nlp.Dependency;
import org.saydo.nlp.ParsedSentence;

/**
 * Repairs one misparse of reported speech without "that": for "Netanyahu said Israel would respond" the
 * dependency parser often makes "said" a clausal subject ({@code csubj}) of "respond" and "Israel" the object of
 * "said", so the speaker seems to say nothing and the foretold act has no subject. When a speech verb is the
 * {@code csubj} of a later verb that has no subject of its own, and the speech verb's object stands between the
 * two, the arcs are turned back into the reading a reader makes: the speech verb heads the sentence, the later
 * verb is its clausal complement ({@code ccomp}) and the object is that verb's subject. Stateless; thread-safe.
 */
final class SpeechReparse {

    /** Speech verbs that report a clause and rarely take a plain object before it ("told Seoul" does). */
    private static final Set<String> CLAUSE_SPEECH = WordLists.words("clause-speech");

    private SpeechReparse() {
    }

    /** The sentence with its misparsed speech clauses repaired, or {@code s} itself when there is none. */
    static ParsedSentence repair(ParsedSentence s) {
        List<Dependency> arcs = null;
        for (var t : s.tokens()) {
            int v = t.index();
            int h = s.head(v);
            if (!t.isVerb() || !CLAUSE_SPEECH.contains(Syntax.lower(t)) || !s.relation(v).equals("csubj")
                    || h <= v || !s.token(h).isVerb() || !s.children(h, "nsubj").isEmpty()
                    || !s.children(h, "expl").isEmpty()) {
                continue;
            }
            List<Integer> objects = s.children(v, "obj");
            if (objects.size() != 1 || objects.get(0) < v || objects.get(0) > h) {
                continue;
            }
            int o = objects.get(0);
            Dependency above = s.headArc(h);
            if (arcs == null) {
                arcs = new ArrayList<>(s.dependencies());
            }
            arcs.removeIf(d -> d.dependent() == v || d.dependent() == h || d.dependent() == o);
            arcs.add(new Dependency(above == null ? -1 : above.governor(), v,
                    above == null ? "root" : above.relation()));
            arcs.add(new Dependency(v, h, "ccomp"));
            arcs.add(new Dependency(h, o, "nsubj"));
        }
        return arcs == null ? s
                : new ParsedSentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), arcs, s.times());
    }
}
