package org.saydo.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.saydo.nlp.Dependency;
import org.saydo.nlp.ParsedSentence;
import org.saydo.nlp.Token;

/**
 * Repairs the parser's misreading of a subject tied to a party by a participle ({@code words.txt} {@code linked}):
 * "Fighters linked to al-Qaeda killed five soldiers" is parsed with "linked" the sentence's verb, "Fighters" its
 * subject and "killed" a loose dependent ({@code dep}) with no subject, so the act has no doer. The arcs are turned
 * back into the reading a reader makes: the later verb is the clause's, the noun its subject and the participle the
 * noun's modifier ({@code acl}), which {@link ActorResolver} reads as the party the noun is tied to. Stateless and
 * thread-safe.
 */
final class LinkedReparse {

    private static final Set<String> LINKED = WordLists.words("linked");

    private LinkedReparse() {
    }

    /** The sentence with its misparsed "N linked to X VERBed" repaired, or {@code s} itself when there is none. */
    static ParsedSentence repair(ParsedSentence s) {
        Objects.requireNonNull(s, "s");
        for (Token t : s.tokens()) {
            int r = t.index();
            if (!t.pos().equals("VBN") || !LINKED.contains(Syntax.lower(t)) || s.head(r) != -1) {
                continue;
            }
            List<Integer> subjects = s.children(r, "nsubj").stream().filter(x -> x < r).toList();
            boolean party = s.children(r, "obl").stream().anyMatch(o -> o > r
                    && Set.of("to", "with").contains(Syntax.preposition(s, o)));
            List<Integer> acts = s.children(r, "dep").stream().filter(x -> x > r && s.token(x).isVerb()
                    && Set.of("VBD", "VBZ", "VBP").contains(s.token(x).pos()) && s.children(x, "nsubj").isEmpty())
                    .toList();
            if (subjects.size() != 1 || !party || acts.isEmpty()) {
                continue;
            }
            int n = subjects.get(0);
            int act = acts.get(0);
            List<Dependency> arcs = new ArrayList<>();
            for (Dependency d : s.dependencies()) {
                if (d.dependent() == n || d.dependent() == r || d.dependent() == act) {
                    continue;
                }
                // what follows the act is the act's ("... killed five soldiers, the army said.")
                arcs.add(d.governor() == r && d.dependent() > act
                        ? new Dependency(act, d.dependent(), d.relation()) : d);
            }
            arcs.add(new Dependency(-1, act, "root"));
            arcs.add(new Dependency(act, n, "nsubj"));
            arcs.add(new Dependency(n, r, "acl"));
            return new ParsedSentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), arcs, s.times());
        }
        return s;
    }
}
