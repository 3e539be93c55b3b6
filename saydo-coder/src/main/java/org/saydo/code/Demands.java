package org.saydo.code;

import static org.saydo.code.ActorResolver.sameSide;
import static org.saydo.code.Sentence.trigger;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.saydo.record.Event;

/**
 * Verbs of demand that make no demand (CAMEO 10), after the verb dictionaries have coded them:
 * <ul>
 * <li>a verb of demand that also asserts ({@code demands.txt} {@code assertive}: "insist") whose clause is told in
 * the past ("Belgrade insisted that nothing had changed") states a fact: its demand goes (the words stay a
 * quote);</li>
 * <li>a verb of ordering ({@code command}) whose addressee names no party other than the orderer's ("ordered the
 * army to advance", "ordered the withdrawal to begin") is a command to one's own side: its demand goes (the
 * ordered act keeps its own coding).</li>
 * </ul>
 * A demand that names no one it is made of, with a clause that asks for an act (the base form, "should", "must":
 * "insisted that Kosovo return the trucks"), is made of the clause's subject when that is another party.
 * The verbs are data ({@code demands.txt}). Runs after the sentence's acts are coded and combined, before the
 * targets left to the context are filled in (a demand taken back gets no other side's target).
 *
 * <p>Not thread-safe; one per {@link Sentence}.
 */
final class Demands extends SentencePass {

    private static final CueFile CUES = CueFile.resource("demands.txt", Set.of("assertive", "command",
            "mandative"));

    /** Verbs of demand that also assert ({@code demands.txt}: {@code assertive}). */
    private static final Set<String> ASSERTIVE = WordLists.words(CUES, "assertive");
    /** Modals that make a clause ask for an act ({@code demands.txt} {@code mandative}). */
    private static final Set<String> MANDATIVE = WordLists.words(CUES, "mandative");

    /** Verbs of ordering ({@code demands.txt}: {@code command}). */
    private static final Set<String> COMMAND = WordLists.words(CUES, "command");

    private final ActorResolver actors;

    Demands(Sentence ctx, ActorResolver actors) {
        super(ctx);
        this.actors = Objects.requireNonNull(actors, "actors");
    }

    /** Takes back the sentence's demands that are statements or commands. */
    void findDemands() {
        for (String key : List.copyOf(ctx.events.keySet())) {
            Event e = ctx.events.get(key);
            int v = trigger(key);
            if (e == null || !e.cameo().startsWith("10")) {
                continue;
            }
            if (!s.token(v).isVerb()) {
                int clause = thatClause(s, v);
                if (e.target() == null && clause >= 0 && mandative(clause)) {
                    madeOf(key, e, v, clause); // "its demand that Rwanda withdraw its troops"
                }
                continue;
            }
            String lemma = Syntax.lower(s.token(v));
            List<Integer> clauses = s.children(v, "ccomp");
            int clause = clauses.isEmpty() ? -1 : clauses.get(0);
            if (clause < 0) {
                for (int o : s.children(v, "obj")) {
                    clause = clause < 0 ? thatClause(s, o) : clause; // "repeated its demand that Rwanda withdraw"
                }
            }
            if (ASSERTIVE.contains(lemma) && clause >= 0 && past(clause)) {
                ctx.events.remove(key); // "insisted that nothing had changed": a statement
            } else if (COMMAND.contains(lemma) && command(v, e)) {
                ctx.events.remove(key); // "ordered the army to advance": a command to its own side
            } else if (e.target() == null && clause >= 0 && mandative(clause)) {
                madeOf(key, e, v, clause); // "insisted that Kosovo return the trucks"
            }
        }
    }

    /**
     * A demand that names no one it is made of, with a mandative clause: made of the clause's subject when that is
     * another party than the demander (an opposition, rebels or insurgents are a party apart from their country's
     * government).
     */
    private void madeOf(String key, Event e, int v, int clause) {
        List<Arg> addressees = new java.util.ArrayList<>(actors.subjectsOf(clause, 0));
        String demander = Discourse.primary(e.source().code());
        addressees.removeIf(a -> Discourse.primary(a.actor().code()).equals(demander));
        if (addressees.isEmpty()) {
            return;
        }
        List<Arg> sources = new java.util.ArrayList<>(actors.subjectsOf(v, 0));
        sources.removeIf(a -> !a.actor().code().equals(e.source().code()));
        if (sources.isEmpty() && !s.token(v).isVerb()) {
            sources.addAll(owners(s, actors, v, e.source())); // a noun's demand: its owner's ("Congo's demand that ...")
        }
        if (sources.isEmpty()) {
            return;
        }
        ctx.events.remove(key);
        String rule = e.provenance().rule() + " + demanded of: the subject of its clause (demands.txt)";
        ctx.emit(sources, addressees, e.cameo(), v, e.provenance().trigger(), rule);
    }

    /**
     * The mentions of {@code source} that own the act noun {@code noun} ("Congo's demand", "the accusation by
     * Ethiopia", "the Ethiopian demand"), else the noun itself standing for it: the source of a recoded noun's event.
     */
    static List<Arg> owners(org.saydo.nlp.ParsedSentence s, ActorResolver actors, int noun,
            org.saydo.record.ActorRef source) {
        List<Arg> out = new java.util.ArrayList<>();
        for (var d : s.children(noun)) {
            String rel = d.relation();
            if (rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound")
                    || Syntax.is(rel, "nmod") && Syntax.preposition(s, d.dependent()).equals("by")) {
                for (Arg a : actors.actorsOf(d.dependent())) {
                    if (a.actor().code().equals(source.code())) {
                        out.add(a);
                    }
                }
            }
        }
        return out.isEmpty() ? List.of(new Arg(source, noun, noun, false)) : out;
    }

    /**
     * The clause a noun states with "that" ("its demand that Rwanda withdraw", "the accusation that Rwanda arms the
     * rebels"), or -1: a complement or a clause the parser hangs on the noun, marked by "that".
     */
    static int thatClause(org.saydo.nlp.ParsedSentence s, int noun) {
        if (!s.token(noun).isNoun()) {
            return -1;
        }
        for (var d : s.children(noun)) {
            int c = d.dependent();
            String rel = d.relation();
            if ((rel.equals("ccomp") || rel.equals("acl") || rel.equals("dep")) && s.token(c).isVerb()
                    && Syntax.hasChildWord(s, c, "mark", "that")) {
                return c;
            }
        }
        return -1;
    }

    /**
     * Whether the clause at {@code c} asks for an act: its verb in the base form, or with a modal of {@code
     * demands.txt} {@code mandative} ("should", "must").
     */
    private boolean mandative(int c) {
        for (int a : s.children(c, "aux")) {
            return MANDATIVE.contains(s.token(a).word().toLowerCase(java.util.Locale.ROOT));
        }
        return s.token(c).pos().equals("VB") && !Syntax.hasChild(s, c, "cop");
    }

    /**
     * Whether the clause at {@code c} tells something past: its verb in the past tense, or with "had" ("nothing had
     * changed", "its troops fired only in self-defence"); a modal, the present or the base form may still demand.
     */
    private boolean past(int c) {
        for (var d : s.children(c)) {
            var tok = s.token(d.dependent());
            if (Syntax.is(d.relation(), "aux") && (tok.pos().equals("MD") || !tok.pos().equals("VBD"))) {
                return false; // "would", "is", "has"
            }
        }
        return s.token(c).pos().equals("VBD") || s.token(c).pos().equals("VBN") && Syntax.hasChildWord(s, c, "aux",
                "had");
    }

    /**
     * Whether an order is a command to one's own side: its object names no party of another side than the
     * orderer's, by itself or by a word that qualifies it ("the army", "its troops", "the withdrawal"; not
     * "Russian diplomats", "Kosovo").
     */
    private boolean command(int v, Event e) {
        if (Syntax.passive(s, v)) {
            return false; // "were ordered to leave by Moscow": the addressee is the subject
        }
        List<Integer> objects = s.children(v, "obj");
        if (objects.isEmpty()) {
            return false;
        }
        int o = objects.get(0);
        if (s.token(o).isProperNoun()) {
            return false;
        }
        if (s.token(o).pos().startsWith("PRP")) {
            return actors.actorsOf(o).stream().allMatch(a -> sameSide(a.actor(), e.source()));
        }
        for (var d : s.children(o)) {
            String rel = d.relation();
            if (rel.equals("amod") || rel.equals("compound") || Syntax.is(rel, "nmod")) {
                if (actors.actorsOf(d.dependent()).stream().anyMatch(a -> !sameSide(a.actor(), e.source()))) {
                    return false; // "Russian diplomats", "residents of Gaza"
                }
            }
        }
        return true;
    }

}
