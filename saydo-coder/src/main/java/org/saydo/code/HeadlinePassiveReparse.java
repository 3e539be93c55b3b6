package org.saydo.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.saydo.nlp.Dependency;
import org.saydo.nlp.ParsedSentence;
import org.saydo.nlp.Token;

/**
 * Repairs the parser's active reading of a passive told without its auxiliary, as headlines tell it ({@code words.txt}
 * {@code headline-passive}): "Dozens of Wagner fighters killed in northern Mali" and "Three civilians killed in
 * Russian strike on Kharkiv" are parsed with the dead as the subject of an active "killed", so the victims became the
 * killers. A verb of harm that takes an object, read as a past form with a subject before it and no object, clausal
 * complement or auxiliary of its own, is the passive a reader makes: its subject is what was done to ({@code
 * nsubj:pass}), and its "in" phrase tells by whom, as in "were killed in a Russian strike". Stateless and thread-safe.
 */
final class HeadlinePassiveReparse {

    private static final Set<String> VERBS = WordLists.words("headline-passive");

    /** Relations that show the verb is active after all: an object, a complement, an auxiliary. */
    private static final Set<String> ACTIVE = Set.of("obj", "iobj", "ccomp", "xcomp", "aux", "aux:pass", "cop",
            "nsubj:pass", "expl");

    private HeadlinePassiveReparse() {
    }

    /** The sentence with its auxiliary-less passives of harm repaired, or {@code s} itself when there is none. */
    static ParsedSentence repair(ParsedSentence s) {
        Objects.requireNonNull(s, "s");
        List<Integer> verbs = new ArrayList<>();
        for (Token t : s.tokens()) {
            int v = t.index();
            if (!Set.of("VBD", "VBN").contains(t.pos()) || !VERBS.contains(Syntax.lower(t))) {
                continue;
            }
            List<Integer> subjects = s.children(v, "nsubj").stream().filter(x -> x < v).toList();
            boolean active = s.children(v).stream().anyMatch(d -> ACTIVE.contains(d.relation()));
            if (subjects.size() == 1 && !active && s.token(subjects.get(0)).isNoun()) {
                verbs.add(v);
            }
        }
        if (verbs.isEmpty()) {
            return s;
        }
        List<Dependency> arcs = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            boolean subject = verbs.contains(d.governor()) && d.relation().equals("nsubj") && d.dependent() < d.governor();
            arcs.add(subject ? new Dependency(d.governor(), d.dependent(), "nsubj:pass") : d);
        }
        return new ParsedSentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), arcs, s.times());
    }
}
