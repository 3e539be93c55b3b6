package org.saydo.code;

import static org.saydo.code.Sentence.trigger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.saydo.record.ActorRef;
import org.saydo.record.Event;
import org.saydo.record.Modality;
import org.saydo.record.Provenance;

/**
 * Acts a party states as its intent without a verb of promising ({@code intents.txt}), coded as CAMEO's intent
 * family ({@link Combination}: an intent to cooperate, aid, meet or yield, 03x; to do harm, a threat, 13x), with
 * modality {@code intent}:
 * <ul>
 * <li><b>readiness</b>: "India said it was ready to hold talks with Pakistan", "Serbia is willing to negotiate
 * with Kosovo", "was prepared to reopen the crossing": CAMEO 03 is to "offer, promise, agree to, or otherwise
 * indicate willingness or commitment to cooperate". Cooperation, aid, meetings and yielding (04-08) only: readiness to
 * use force is a threat only when the party itself says so ({@link ReprisalThreats} and the combinations), and "not
 * ready to" is no intent.</li>
 * <li><b>foretold, the speaker after</b>: "Russia will supply India with more oil, the Kremlin said": the
 * speaker's own side's act said of the future, with the speech verb told after the clause (as the combinations code
 * "the Kremlin said Russia would supply ...").</li>
 * </ul>
 * The act keeps its parties; its code and rule change. Run after the combinations and before the threats.
 *
 * <p>Not thread-safe; one per {@link Sentence}.
 */
final class Intents extends SentencePass {

    private static final CueFile FILE = CueFile.resource("intents.txt", Set.of("readiness", "future", "any"));

    /** Adjectives and participles whose infinitive is an intended act ("ready to", "prepared to", "willing to"). */
    private static final Set<String> READINESS = WordLists.words(FILE, "readiness");

    /** Auxiliaries that tell an act of the future ("will", "would", "shall"; "wo" of "won't"). */
    private static final Set<String> FUTURE = WordLists.words(FILE, "future");

    /** Determiners of an event noun that tell no act made, only one of its kind ({@link ModalityRules}). */
    static final Set<String> ANY = WordLists.words(FILE, "any");

    /** Roots of the acts one may be ready to do for someone: meeting, cooperation, aid, yielding. */
    private static final Set<String> COOPERATIVE = Set.of("04", "05", "06", "07", "08");

    /** Roots a foretold act is not recoded from: a show of force announced is no promise to anyone. */
    private static final Set<String> NOT_FORETOLD = Set.of("15");

    /** The actors the sentence names. */
    private final ActorResolver actors;
    /** The modality of what is coded. */
    private final ModalityRules modals;

    Intents(Sentence ctx, ActorResolver actors, ModalityRules modals) {
        super(ctx);
        this.actors = java.util.Objects.requireNonNull(actors, "actors");
        this.modals = java.util.Objects.requireNonNull(modals, "modals");
    }

    /** Recodes the acts of the sentence told as ready to be done, or foretold by their own side's speaker after. */
    void findIntents() {
        for (String key : new ArrayList<>(ctx.events.keySet())) {
            Event e = ctx.events.get(key);
            int t = trigger(key);
            if (e == null || !s.token(t).isVerb() || modals.negated(t, Set.of())) {
                continue;
            }
            String root = e.cameo().substring(0, 2);
            int ready = readiness(t);
            if (ready >= 0 && COOPERATIVE.contains(root) && !modals.negated(ready, Set.of())) {
                recode(key, e, "ready: " + Syntax.lower(s.token(ready)));
                continue;
            }
            if ((e.modality() == Modality.INTENT || e.modality() == Modality.HYPOTHETICAL)
                    && !NOT_FORETOLD.contains(root) && future(t)) {
                int speech = speakerAfter(t);
                if (speech >= 0 && actors.subjectsOf(speech, 0).stream()
                        .anyMatch(a -> sameSide(a.actor(), e.source()))) {
                    recode(key, e, "foretold: verb " + Syntax.upperLemma(s.token(speech)));
                }
            }
        }
    }

    /** The readiness word whose infinitive the act at {@code t} is ("was ready to hold talks"), or -1. */
    private int readiness(int t) {
        int at = t;
        if (Syntax.is(s.relation(at), "conj") && s.head(at) >= 0 && s.token(s.head(at)).isVerb()) {
            at = s.head(at); // "ready to host talks and to mediate"
        }
        int h = s.head(at);
        String rel = s.relation(at);
        if (h < 0 || !Syntax.hasTo(s, at) || !(rel.equals("xcomp") || rel.equals("advcl"))) {
            return -1;
        }
        return READINESS.contains(Syntax.lower(s.token(h))) && !Syntax.hasChild(s, h, "obj") ? h : -1;
    }

    /** Whether the clause of {@code t} is told of the future ("will supply", "would reopen"). */
    private boolean future(int t) {
        int at = t;
        if (Syntax.is(s.relation(at), "conj") && s.children(at, "aux").isEmpty() && s.head(at) >= 0) {
            at = s.head(at);
        }
        return s.children(at, "aux").stream()
                .anyMatch(a -> FUTURE.contains(s.token(a).word().toLowerCase(Locale.ROOT)));
    }

    /** The speech verb told after the clause of {@code t} ("..., the Kremlin said"), or -1. */
    private int speakerAfter(int t) {
        int at = Syntax.is(s.relation(t), "conj") && s.head(t) >= 0 ? s.head(t) : t;
        for (int c : s.children(at, "parataxis")) {
            if (c > at && s.token(c).isVerb() && EventCoder.SPEECH.contains(Syntax.lower(s.token(c)))) {
                return c;
            }
        }
        return -1;
    }

    /** Replaces the act by the intent family's code for it, modality intent. */
    private void recode(String key, Event e, String why) {
        Optional<String> code = Combination.code(Combination.Family.INTEND, e.cameo())
                .flatMap(c -> ctx.coder.eventCode(c));
        if (code.isEmpty() || code.get().equals(e.cameo())) {
            return;
        }
        Provenance p = e.provenance();
        Provenance q = new Provenance(p.docId(), p.doc(), p.sentence(), p.sentenceStart(), p.sentenceEnd(),
                p.start(), p.end(), p.trigger(), p.triggerStart(), p.triggerEnd(),
                "intent " + code.get() + " = " + why + " + " + p.rule(), p.pipeline());
        ctx.events.remove(key);
        String newKey = e.source().code() + "|" + (e.target() == null ? "" : e.target().code()) + "|" + code.get()
                + "|" + trigger(key);
        ctx.events.putIfAbsent(newKey, new Event(e.source(), e.target(), code.get(), Modality.INTENT, null,
                e.date(), DateSanity.check(e.date(), e.dateBasis(), Modality.INTENT, ctx.doc.published(),
                        e.dateText()), e.dateText(), e.text(), q));
    }

    /**
     * One side: one primary code, whatever the agent ("the Kremlin" RUSGOV speaking for "Russia" RUS); a country's
     * rebels are a side of their own.
     */
    private static boolean sameSide(ActorRef a, ActorRef b) {
        return Discourse.primary(a.code()).equals(Discourse.primary(b.code()));
    }
}
