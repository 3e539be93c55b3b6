package org.saydo.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.saydo.nlp.Dependency;
import org.saydo.nlp.ParsedSentence;
import org.saydo.nlp.Token;

/**
 * Repairs the parser's reading of a headline's passive told with its "was" left out ("Hamas leader Haniyeh killed in
 * Tehran", "Dozens of Indian troops killed in Kashmir bombing", "Hezbollah confirms Nasrallah killed in Israeli
 * strike"): the parser makes the participle a past-tense verb and the noun before it its subject, so the victim
 * becomes the doer. A verb of force or captivity ({@code words.txt} {@code headline-passive}) in its past form that
 * heads the line or a clause of it, with a subject and no auxiliary, object or clause of its own, in a sentence that
 * ends with no full stop (a headline's; prose says "was killed"), is turned back into the passive a reader makes:
 * its subject is the passive's ({@code nsubj:pass}), what was done to. Stateless and thread-safe.
 */
final class HeadlinePassiveReparse {

    private static final Set<String> PASSIVES = WordLists.words("headline-passive");

    /** Relations of a clause that a headline's verb may head: the line, or what a verb of it says or tells. */
    private static final Set<String> CLAUSES = Set.of("root", "ccomp", "parataxis");

    private HeadlinePassiveReparse() {
    }

    /** The sentence with its headline passives repaired, or {@code s} itself when there is none. */
    static ParsedSentence repair(ParsedSentence s) {
        Objects.requireNonNull(s, "s");
        List<Token> all = s.tokens();
        if (all.isEmpty() || Set.of(".", "!", "?").contains(all.get(all.size() - 1).word())) {
            return s; // prose: its passives have their auxiliary
        }
        List<Dependency> arcs = null;
        for (Token t : all) {
            int v = t.index();
            if (!(t.pos().equals("VBD") || t.pos().equals("VBN")) || !PASSIVES.contains(Syntax.lower(t))
                    || !CLAUSES.contains(s.relation(v).isEmpty() && s.head(v) == -1 ? "root" : s.relation(v))
                    || s.children(v, "nsubj").isEmpty() || ownArguments(s, v)) {
                continue;
            }
            if (arcs == null) {
                arcs = new ArrayList<>(s.dependencies());
            }
            for (int subject : s.children(v, "nsubj")) {
                arcs.removeIf(d -> d.governor() == v && d.dependent() == subject);
                arcs.add(new Dependency(v, subject, "nsubj:pass"));
            }
        }
        return arcs == null ? s : new ParsedSentence(s.index(), s.begin(), s.end(), s.text(), all, arcs, s.times());
    }

    /** Whether the verb has what an active past tense has and a headline's passive lacks. */
    private static boolean ownArguments(ParsedSentence s, int v) {
        for (var d : s.children(v)) {
            String r = d.relation();
            if (Syntax.is(r, "aux") || r.equals("obj") || r.equals("iobj") || r.equals("cop") || Syntax.is(r, "ccomp")
                    || r.equals("xcomp") || r.equals("nsubj:pass")) {
                return true;
            }
        }
        return false;
    }
}
