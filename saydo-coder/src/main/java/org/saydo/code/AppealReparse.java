package org.saydo.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.saydo.nlp.Dependency;
import org.saydo.nlp.ParsedSentence;
import org.saydo.nlp.Token;

/**
 * Repairs the parser's usual misreading of an appeal told with "call on X to ..." ({@code words.txt}
 * {@code appeal-on-verbs}, {@code appeal-on-prepositions}): "The union called on both sides to show restraint" is
 * parsed as if "on both sides to show" were a clause of its own ("on" a {@code mark}, "sides" the infinitive's
 * subject, the infinitive an adverbial clause of "called"), so the appeal has no addressee and no content. The arcs
 * are turned back into the reading a reader makes: the party is the verb's oblique with "on" ("CALL * (ON)" [020]
 * of the verb dictionary) and the infinitive the verb's open complement, what the party is asked to do. The other
 * usual misreading, "on" a particle of the verb and the party its object ("Turkey called on Russia to respect the
 * truce", which {@link EventCombiner} would take for "call" naming something), is turned into the same "on" party.
 * Stateless and thread-safe.
 */
final class AppealReparse {

    private static final Set<String> VERBS = WordLists.words("appeal-on-verbs");
    private static final Set<String> PREPOSITIONS = WordLists.words("appeal-on-prepositions");

    private AppealReparse() {
    }

    /**
     * fresh27: the token at {@code i}, or the first one after a time expression that begins there ("called on Sunday
     * for Israel to halt its offensive": the day the appeal was made stands between the verb and its party).
     */
    private static int afterTime(ParsedSentence s, int i) {
        for (var te : s.times()) {
            if (te.firstToken() == i || te.firstToken() == i + 1 && i < s.tokens().size()
                    && Syntax.lower(s.token(i)).equals("on")) {
                return te.lastToken() + 1;
            }
        }
        return i;
    }

    /**
     * Whether the nominal at {@code n} is a name or is modified by one: "Israel", "Israeli forces", "Russia's army"
     * (a capitalised word of its own or of its compound, adjective or possessor).
     */
    private static boolean named(ParsedSentence s, int n) {
        List<Integer> words = new ArrayList<>(List.of(n));
        for (var d : s.children(n)) {
            if (Set.of("compound", "amod", "nmod:poss").contains(d.relation())) {
                words.add(d.dependent());
            }
        }
        return words.stream().anyMatch(w -> Character.isUpperCase(s.token(w).word().charAt(0)));
    }

    /** The sentence with its misparsed "call on X to" repaired, or {@code s} itself when there is none. */
    static ParsedSentence repair(ParsedSentence s) {
        Objects.requireNonNull(s, "s");
        List<Dependency> arcs = null;
        for (Token t : s.tokens()) {
            int v = t.index();
            int on = afterTime(s, v + 1);
            if (!t.isVerb() || !VERBS.contains(Syntax.lower(t)) || on >= s.tokens().size()
                    || !PREPOSITIONS.contains(Syntax.lower(s.token(on)))) {
                continue;
            }
            if (Syntax.is(s.relation(on), "compound:prt") && s.head(on) == v) {
                // "called on Russia to respect the truce" read as the phrasal verb "call on" with Russia its object:
                // the party is the "on" party all the same
                List<Integer> objects = s.children(v, "obj").stream().filter(x -> x > on).toList();
                if (objects.isEmpty() || s.children(v, "xcomp").stream().noneMatch(x -> x > objects.get(0)
                        && s.token(x).isVerb() && Syntax.hasTo(s, x))) {
                    continue; // "called on the king": a visit, or a naming; only "call on X to ..." asks X to act
                }
                int party = objects.get(0);
                if (arcs == null) {
                    arcs = new ArrayList<>(s.dependencies());
                }
                arcs.removeIf(d -> d.dependent() == on || d.dependent() == party);
                arcs.add(new Dependency(party, on, "case"));
                arcs.add(new Dependency(v, party, "obl"));
                continue;
            }
            int act = s.head(on);
            if (act <= on || !Syntax.is(s.relation(on), "mark") || s.head(act) != v
                    || !Syntax.is(s.relation(act), "advcl") || !s.token(act).isVerb() || !Syntax.hasTo(s, act)) {
                continue;
            }
            List<Integer> parties = s.children(act, "nsubj").stream().filter(x -> x > on && x < act).toList();
            if (parties.size() != 1) {
                continue;
            }
            int party = parties.get(0);
            if (Syntax.lower(s.token(on)).equals("for") && !named(s, party)) {
                continue; // "called for talks to resume", "for the hostages to be freed": what is asked, not of whom
            }
            if (arcs == null) {
                arcs = new ArrayList<>(s.dependencies());
            }
            arcs.removeIf(d -> d.dependent() == on || d.dependent() == party || d.dependent() == act);
            arcs.add(new Dependency(party, on, "case"));
            arcs.add(new Dependency(v, party, "obl"));
            arcs.add(new Dependency(v, act, "xcomp"));
        }
        return arcs == null ? s
                : new ParsedSentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), arcs, s.times());
    }
}
