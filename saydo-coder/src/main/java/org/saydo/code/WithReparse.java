package org.saydo.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.saydo.nlp.Dependency;
import org.saydo.nlp.ParsedSentence;
import org.saydo.nlp.Token;

/**
 * Repairs the parser's misreading of a partner before an infinitive of purpose after a verb of working together
 * ({@code words.txt} {@code means-verbs}; intent31): "Turkey would work with Syria to rebuild the country" is parsed
 * with "with" a mark and "Syria" the subject of "rebuild", an adverbial clause of "work", so the work has no partner.
 * The arcs are turned back into the reading a reader makes: the noun is the verb's "with" phrase ({@code obl}, "with"
 * its {@code case}), and the infinitive stays the verb's clause of purpose. Stateless and thread-safe.
 */
final class WithReparse {

    private static final Set<String> MEANS = WordLists.words("means-verbs");

    private WithReparse() {
    }

    /** The sentence with its misparsed "work with X to do Y" repaired, or {@code s} itself when there is none. */
    static ParsedSentence repair(ParsedSentence s) {
        Objects.requireNonNull(s, "s");
        for (Token t : s.tokens()) {
            int v = t.index();
            if (!t.isVerb() || !MEANS.contains(Syntax.lower(t))) {
                continue;
            }
            for (int c : s.children(v, "advcl")) {
                if (c < v || !s.token(c).isVerb() || !Syntax.hasTo(s, c)) {
                    continue;
                }
                List<Integer> subjects = s.children(c, "nsubj").stream().filter(x -> x > v && x < c).toList();
                List<Integer> with = s.children(c, "mark").stream().filter(m -> m > v
                        && s.token(m).word().equalsIgnoreCase("with")).toList();
                if (subjects.size() != 1 || with.size() != 1 || with.get(0) > subjects.get(0)) {
                    continue;
                }
                int n = subjects.get(0);
                int w = with.get(0);
                List<Dependency> arcs = new ArrayList<>();
                for (Dependency d : s.dependencies()) {
                    if (d.dependent() != n && d.dependent() != w) {
                        arcs.add(d);
                    }
                }
                arcs.add(new Dependency(v, n, "obl"));
                arcs.add(new Dependency(n, w, "case"));
                return new ParsedSentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), arcs, s.times());
            }
        }
        return s;
    }
}
