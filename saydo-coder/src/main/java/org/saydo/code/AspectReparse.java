package org.saydo.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.saydo.dict.VerbDictionary;
import org.saydo.dict.VerbEntry;
import org.saydo.nlp.Dependency;
import org.saydo.nlp.ParsedSentence;
import org.saydo.nlp.Token;

/**
 * Repairs the parser's misreadings of an act told through a verb of aspect ("began striking targets", "kept bombing
 * villages", "keeps bombing from the air"; {@code words.txt} {@code aspect-verbs}) or through a verb of denying or
 * admitting it ("denied shelling Armenian villages", "denied firing rockets at Israel"; {@code gerund-claim-verbs}).
 * The parser often reads the gerund as a modifier of the object ("striking" an {@code amod} of "targets", "bombing" a
 * {@code compound} of "villages"), as the aspect verb's own object, a noun, or leaves it unattached ({@code dep}),
 * and the act then has no subject and no object. The arcs are turned back into the reading a reader makes: the gerund, a verb of the verb dictionary, is the aspect verb's
 * open complement ({@code xcomp}, whose subject is the aspect verb's) and the object is the gerund's. Immutable and
 * thread-safe.
 */
final class AspectReparse {

    /** Verbs whose gerund complement tells the act itself, begun, continued or resumed. */
    private static final Set<String> ASPECT = WordLists.words("aspect-verbs");
    /** Verbs of claiming or denying an act whose gerund complement tells it ("denied shelling villages"). */
    private static final Set<String> CLAIMED = WordLists.words("gerund-claim-verbs");

    /** Marks of an adverbial gerund whose subject is its governor's ("responded by expelling two diplomats"). */
    private static final Set<String> GERUND_MARKS = WordLists.words("gerund-marks");

    private final VerbDictionary verbs;

    AspectReparse(VerbDictionary verbs) {
        this.verbs = Objects.requireNonNull(verbs, "verbs");
    }

    /** The sentence with its misparsed aspect complements repaired, or {@code s} itself when there is none. */
    ParsedSentence repair(ParsedSentence s) {
        Objects.requireNonNull(s, "s");
        s = markedGerunds(s);
        List<Dependency> arcs = null;
        List<Token> tokens = null;
        for (Token t : s.tokens()) {
            int v = t.index();
            if (!t.isVerb() || !(ASPECT.contains(Syntax.lower(t)) || CLAIMED.contains(Syntax.lower(t)))
                    || v + 1 >= s.tokens().size()
                    || !s.children(v, "xcomp").isEmpty()) {
                continue;
            }
            int g = v + 1;
            Token gerund = s.token(g);
            String lemma = gerund.word().toLowerCase(java.util.Locale.ROOT).endsWith("ing") ? verbLemma(gerund) : null;
            if (lemma == null) {
                continue;
            }
            int object = -1;
            if (s.head(g) == v && s.relation(g).equals("obj")) {
                object = -2; // "keeps bombing from the air": the gerund read as a noun, the verb's object
            } else if (s.head(g) == v && s.relation(g).equals("dep")) {
                object = -3; // "denied shelling Armenian villages": the gerund, with its own object, left unattached
            } else if (s.head(g) > g && (s.relation(g).equals("amod") || s.relation(g).equals("compound"))
                    && s.head(s.head(g)) == v && s.relation(s.head(g)).equals("obj")) {
                object = s.head(g); // "began striking targets": the gerund read as the object's modifier
            }
            if (object == -1) {
                continue;
            }
            if (arcs == null) {
                arcs = new ArrayList<>(s.dependencies());
                tokens = new ArrayList<>(s.tokens());
            }
            int o = object;
            arcs.removeIf(d -> d.dependent() == g || d.dependent() == o);
            arcs.add(new Dependency(v, g, "xcomp"));
            if (o >= 0) {
                arcs.add(new Dependency(g, o, "obj"));
            } else if (o == -2) {
                // the gerund's own modifiers are the verb's obliques: "from the air"
                List<Dependency> mods = arcs.stream().filter(d -> d.governor() == g && d.relation().equals("nmod"))
                        .toList();
                arcs.removeAll(mods);
                for (Dependency d : mods) {
                    arcs.add(new Dependency(g, d.dependent(), "obl"));
                }
            }
            tokens.set(g, new Token(g, gerund.word(), lemma, "VBG", gerund.begin(), gerund.end()));
        }
        return arcs == null ? s : new ParsedSentence(s.index(), s.begin(), s.end(), s.text(), tokens, arcs, s.times());
    }

    /**
     * The sentence with its adverbial gerunds after a mark ({@code words.txt} {@code gerund-marks}) that the parser
     * read as their object's modifier repaired: in "South Korea responded by expelling two diplomats" the parser
     * makes "expelling" an {@code amod} of "diplomats" and "by diplomats" the verb's oblique; a reader makes
     * "expelling", a verb of the verb dictionary, an adverbial clause ({@code advcl}, marked "by") of the verb, with
     * "diplomats" its object, and its subject the verb's ({@link ActorResolver#subjectsOf}).
     */
    private ParsedSentence markedGerunds(ParsedSentence s) {
        List<Dependency> arcs = null;
        List<Token> tokens = null;
        for (Token t : s.tokens()) {
            int g = t.index();
            int mark = g - 1;
            int object = s.head(g);
            if (mark < 0 || object <= g || !GERUND_MARKS.contains(Syntax.lower(s.token(mark)))
                    || !(s.relation(g).equals("amod") || s.relation(g).equals("compound"))
                    || s.head(mark) != object || !Syntax.is(s.relation(mark), "case")
                    || !(Syntax.is(s.relation(object), "obl") || Syntax.is(s.relation(object), "nmod"))
                    || s.head(object) < 0 || !s.token(s.head(object)).isVerb()
                    || !t.word().toLowerCase(java.util.Locale.ROOT).endsWith("ing")) {
                continue;
            }
            String lemma = verbLemma(t);
            if (lemma == null) {
                continue;
            }
            int v = s.head(object);
            if (arcs == null) {
                arcs = new ArrayList<>(s.dependencies());
                tokens = new ArrayList<>(s.tokens());
            }
            arcs.removeIf(d -> d.dependent() == g || d.dependent() == object || d.dependent() == mark);
            arcs.add(new Dependency(v, g, "advcl"));
            arcs.add(new Dependency(g, mark, "mark"));
            arcs.add(new Dependency(g, object, "obj"));
            tokens.set(g, new Token(g, t.word(), lemma, "VBG", t.begin(), t.end()));
        }
        return arcs == null ? s : new ParsedSentence(s.index(), s.begin(), s.end(), s.text(), tokens, arcs, s.times());
    }

    /** The lower-case base form of a gerund the verb dictionary knows ("striking": strike), or null. */
    private String verbLemma(Token gerund) {
        for (VerbEntry e : verbs.lookup(Syntax.upper(gerund))) {
            if (!e.isMultiWord()) {
                return e.verb().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }
}
