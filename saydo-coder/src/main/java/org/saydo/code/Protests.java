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

    /** Nouns (lemmas) of diplomatic missions ({@code posture.txt}: {@code missions}). */
    static final Set<String> MISSIONS = WordLists.words(CueFile.resource("posture.txt", Posture.KINDS),
            "missions");

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
                if (!s.token(m).isNoun() || !MISSIONS.contains(Syntax.lower(s.token(m)))) {
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
