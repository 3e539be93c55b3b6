package org.saydo.code;

import static org.saydo.code.Sentence.trigger;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.saydo.record.Event;
import org.saydo.record.Provenance;

/**
 * reject23: a protest told at a state's diplomatic mission is against that state (CAMEO 14, "collective actions
 * carried out as protests against the target actor"): "Armenian protesters rallied outside the Russian embassy in
 * Yerevan" is ARM's protest against Russia, not against its own government (the home rule, {@code posture.txt} home
 * 14) or the state of the city named ("in Warsaw"). The mission is a place phrase of the protest's verb, or of the
 * verb whose object the protest noun is ("staged a protest outside the Chinese consulate"), by any preposition ("in
 * front of" through its "of" phrase); its state is the party its adjective, possessor, compound or "of" phrase names
 * ({@code posture.txt}: {@code missions}).
 *
 * <p>Not thread-safe; one per {@link Sentence}.
 */
final class Protests extends SentencePass {

    /** Relations by which a mission noun names its state ("the Russian embassy", "Russia's embassy"). */
    private static final Set<String> OWNER_RELATIONS = Set.of("amod", "compound", "nmod:poss");

    private final ActorResolver actors;

    Protests(Sentence ctx, ActorResolver actors) {
        super(ctx);
        this.actors = Objects.requireNonNull(actors, "actors");
    }

    /** Retargets each protest (14) told at a foreign state's mission to that state. */
    void findMissions() {
        List<String> keys = ctx.events.keySet().stream().toList();
        for (String key : keys) {
            Event e = ctx.events.get(key);
            int v = trigger(key);
            if (e == null || e.source() == null || !e.cameo().startsWith("14")) {
                continue;
            }
            List<Arg> states = new ArrayList<>(missionStates(v));
            if (states.isEmpty() && s.token(v).isNoun() && s.relation(v).equals("obj") && s.head(v) >= 0) {
                states.addAll(missionStates(s.head(v))); // "staged a protest outside the embassy"
            }
            String own = ActorResolver.countryOf(e.source().code());
            states.removeIf(a -> ActorResolver.countryOf(a.actor().code()).equals(own));
            if (states.isEmpty() || e.target() != null && e.target().code().equals(states.get(0).actor().code())) {
                continue;
            }
            ctx.events.remove(key);
            Provenance p = e.provenance();
            Provenance q = p.withRule(p.rule() + " + protest at the mission of " + states.get(0).actor().code()
                    + " (posture.txt missions)");
            String newKey = e.source().code() + "|" + states.get(0).actor().code() + "|" + e.cameo() + "|" + v;
            ctx.events.putIfAbsent(newKey, new Event(e.source(), states.get(0).actor(), e.cameo(), e.modality(),
                    e.reportedBy(), e.date(), e.dateBasis(), e.dateText(), e.text(), q, e.judge()));
        }
    }

    /**
     * accuse25: a protest a state or one of its bodies makes ("China protested the passage of the U.S. destroyer",
     * "Japan protested the Chinese incursion") is an official complaint (114, the codebook's "written and
     * institutionalized protests"), not a collective action of dissent (140, "civilian demonstrations"): the verb
     * {@code protest} coded 140 with such a source (a state's body: GOV, MIL, LEG, JUD, COP, or a country by its proper
     * name; "Thousands of Israelis" are its people), or an organisation of states, is recoded 114.
     */
    void findOfficialProtests() {
        for (String key : ctx.events.keySet().stream().toList()) {
            Event e = ctx.events.get(key);
            int v = trigger(key);
            if (e == null || e.source() == null || !e.cameo().equals("140")
                    || !Syntax.lower(s.token(v)).equals("protest")
                    || !(ActorResolver.stateBody(e.source().code()) && (e.source().code().length() >= 6
                            || s.children(v, "nsubj").stream().anyMatch(n -> s.token(n).pos().equals("NNP"))))
                            && !e.source().code().startsWith("IGO")) {
                // a country named by other than its name is its people ("Thousands of Israelis protested")
                continue;
            }
            var code = ctx.coder.eventCode("114");
            if (code.isEmpty()) {
                continue;
            }
            ctx.events.remove(key);
            Provenance p = e.provenance();
            String newKey = e.source().code() + "|" + (e.target() == null ? "" : e.target().code()) + "|" + code.get()
                    + "|" + v;
            ctx.events.putIfAbsent(newKey, new Event(e.source(), e.target(), code.get(), e.modality(),
                    e.reportedBy(), e.date(), e.dateBasis(), e.dateText(), e.text(),
                    p.withRule(p.rule() + " + a state's protest is official (114)"), e.judge()));
        }
    }

    /** The states whose missions a place phrase of the word at {@code v} names. */
    private List<Arg> missionStates(int v) {
        List<Arg> out = new ArrayList<>();
        for (var d : s.children(v)) {
            if (!Syntax.is(d.relation(), "obl") && !Syntax.is(d.relation(), "nmod")) {
                continue;
            }
            List<Integer> places = new ArrayList<>(List.of(d.dependent()));
            places.addAll(s.children(d.dependent(), "nmod")); // "in front of the embassy"
            for (int m : places) {
                if (!s.token(m).isNoun() || !ctx.coder.posture.missions().contains(Syntax.lower(s.token(m)))) {
                    continue;
                }
                for (var o : s.children(m)) {
                    if (OWNER_RELATIONS.contains(o.relation()) || Syntax.is(o.relation(), "nmod")
                            && Syntax.preposition(s, o.dependent()).equals("of")) {
                        out.addAll(actors.actorsOf(o.dependent()));
                    }
                }
            }
        }
        return out;
    }
}
