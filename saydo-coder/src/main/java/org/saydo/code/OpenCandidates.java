package org.saydo.code;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.saydo.nlp.ParsedSentence;
import org.saydo.nlp.Token;
import org.saydo.record.ActorRef;
import org.saydo.record.CodedDocument;
import org.saydo.record.Event;

/**
 * Open candidates of a sentence the dictionaries coded nothing in: each verb (not an auxiliary or a copula) with a
 * known actor as its subject (as {@link ActorResolver#subjectsOf} finds it: through control, coordination and
 * relative clauses; the agent of a passive) and another as its object, its oblique, the passive subject, or a
 * modifier of its object ("launched strikes on Kharkiv"); when none is named, the other side of the report's
 * conflict ({@link Discourse#sides}), else none. It gives one candidate per (source, target): the
 * trigger's modality, date and provenance as {@link Sentence#emit} gives an event's, and no act (the code
 * {@link CodedDocument#OPEN}). The coder never emits them; a learned proposer (the judge's) names the act or
 * leaves them out. Not thread-safe: one per sentence, like {@link Sentence}.
 */
final class OpenCandidates {

    /** The rule an open candidate records, before its trigger's lemma. */
    static final String RULE = "open-candidate";

    /** What the rule adds when the target is the other side of the report's conflict, no party being named. */
    static final String OTHER_SIDE = "other-side";

    /** What the rule adds when no target is named and the report has no two sides. */
    static final String NO_TARGET = "no-target";

    private final Sentence ctx;

    OpenCandidates(Sentence ctx) {
        this.ctx = ctx;
    }

    /** The sentence's open candidates, in the order of their triggers; none when it has events. */
    List<Event> propose() {
        if (!ctx.events.isEmpty()) {
            return List.of();
        }
        ParsedSentence s = ctx.s;
        Map<String, Event> open = new LinkedHashMap<>();
        for (Token t : s.tokens()) {
            int v = t.index();
            if (!t.isVerb() || Syntax.is(s.relation(v), "aux") || s.relation(v).equals("cop")) {
                continue;
            }
            List<Arg> sources = ctx.actors.subjectsOf(v, 0);
            if (sources.isEmpty()) {
                continue;
            }
            List<Arg> targets = targetsOf(v);
            String rule = RULE + " " + Syntax.lower(t);
            if (targets.isEmpty()) {
                // no party named in its clause: the other side of the report's conflict, else no target
                ActorRef other = ctx.discourse.otherSide(List.of(), sources.get(0));
                if (other != null) {
                    targets = List.of(new Arg(other, v, v, false));
                }
                rule += other != null ? " " + OTHER_SIDE : " " + NO_TARGET;
            }
            ctx.emitInto(open, sources, targets, CodedDocument.OPEN, v, t.word(), rule, Set.of());
        }
        return new ArrayList<>(open.values());
    }

    /**
     * The actors a verb acts on: those named by the heads of its object, oblique, passive subject and their
     * modifiers and possessors anywhere in its clause ("resume broadcasts into the North", "hurt Iran's exports"),
     * not in its subject, nor in a clause under it with a subject of its own (that clause's verb proposes them).
     */
    private List<Arg> targetsOf(int v) {
        ParsedSentence s = ctx.s;
        boolean passive = Syntax.passive(s, v);
        List<Arg> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
        for (var d : s.children(v)) {
            todo.add(d.dependent());
        }
        while (!todo.isEmpty()) {
            int c = todo.poll();
            String rel = s.relation(c);
            if (Syntax.is(rel, "nsubj") && !rel.equals("nsubj:pass") || Syntax.is(rel, "csubj")
                    || rel.equals("obl:tmod") || rel.equals("obl:agent")
                    || passive && s.head(c) == v && Syntax.preposition(s, c).equals("by")) {
                continue;
            }
            if (s.token(c).isVerb() && Syntax.hasChild(s, c, "nsubj")) {
                continue; // a clause of its own
            }
            boolean role = Syntax.is(rel, "obj") || Syntax.is(rel, "iobj") || Syntax.is(rel, "obl")
                    || Syntax.is(rel, "nmod") || rel.equals("nsubj:pass");
            if (role) {
                for (Arg a : ctx.actors.actorsOf(c)) {
                    if (seen.add(a.actor().code())) {
                        out.add(a);
                    }
                }
            }
            for (var d : s.children(c)) {
                todo.add(d.dependent());
            }
        }
        return out;
    }
}
