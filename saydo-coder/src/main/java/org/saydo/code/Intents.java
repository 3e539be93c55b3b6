package org.saydo.code;

import static org.saydo.code.Sentence.trigger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    private static final CueFile FILE = CueFile.resource("intents.txt", Set.of("readiness", "future", "any", "according", "ascribed"));

    /** Adjectives and participles whose infinitive is an intended act ("ready to", "prepared to", "willing to"). */
    private static final Set<String> READINESS = WordLists.words(FILE, "readiness");

    /** Auxiliaries that tell an act of the future ("will", "would", "shall"; "wo" of "won't"). */
    private static final Set<String> FUTURE = WordLists.words(FILE, "future");

    /** Determiners of an event noun that tell no act made, only one of its kind ({@link ModalityRules}). */
    static final Set<String> ANY = WordLists.words(FILE, "any");

    /** Nouns of tellers besides the speaker words: "according to sources" reports ({@link ModalityRules}). */
    static final Set<String> ACCORDING = WordLists.words(FILE, "according");

    /** A threat's code to the code of the act it threatens, for an intent another side ascribes ("1384 190"). */
    private static final Map<String, String> ASCRIBED = ascribed();

    private static Map<String, String> ascribed() {
        Map<String, String> out = new java.util.HashMap<>();
        for (CueFile.Cue c : FILE.of("ascribed")) {
            String[] f = c.value().split("\\s+");
            if (f.length != 2 || !f[0].matches("13\\d{0,2}") || !f[1].matches("(1[5-9]|20)\\d{0,2}")) {
                throw c.error("expected 'ascribed THREAT ACT' with a CAMEO 13x code and the code of a deed (15-20), got '"
                        + c.value() + "'");
            }
            out.put(f[0], f[1]);
        }
        return Map.copyOf(out);
    }

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
            if (root.equals("13") && ascribed(t, e)) {
                // "Islamabad had intelligence that India intended to strike": India's plan told by Pakistan is no
                // threat India made; the act it plans is India's intent (or nothing, when the threat names none)
                ctx.events.remove(key);
                String act = ASCRIBED.get(e.cameo());
                Optional<String> code = act == null ? Optional.empty() : ctx.coder.eventCode(act);
                if (code.isPresent()) {
                    put(key, e, code.get(), "ascribed: " + act + " of a plan told by another side");
                }
                continue;
            }
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

    /**
     * Whether the threat at {@code t} is a plan or wish ("intended to strike", "is preparing an attack") that another
     * side tells of its maker ("Pakistan said India intended to strike", "had intelligence that India planned to"),
     * not a threat its maker made: the trigger is no verb of speech or commitment, and the clause it is in is told by
     * a speaker, or is the content of a noun had by a party, of another side.
     */
    private boolean ascribed(int t, Event e) {
        String lemma = Syntax.lower(s.token(t));
        if (!s.token(t).isVerb() || EventCoder.SPEECH.contains(lemma)
                || Combination.family(lemma, Optional.empty()).isPresent()) {
            return false;
        }
        int at = t;
        for (int step = 0; step < 4 && Syntax.is(s.relation(at), "conj") && s.head(at) >= 0; step++) {
            at = s.head(at);
        }
        int h = s.head(at);
        String rel = s.relation(at);
        int teller = -1;
        if (h < 0) {
            teller = -1;
        } else if (s.token(h).isVerb() && Syntax.is(rel, "ccomp")) {
            teller = h; // "Pakistan said India intended to strike"
        } else if (s.token(h).isNoun() && (rel.equals("acl") || Syntax.is(rel, "ccomp") || rel.equals("dep"))
                && s.head(h) >= 0 && s.token(s.head(h)).isVerb()) {
            teller = s.head(h); // "Islamabad had credible intelligence that India intended to strike"
        }
        if (teller < 0) {
            for (int c : s.children(at, "parataxis")) {
                if (c > at && EventCoder.SPEECH.contains(Syntax.lower(s.token(c)))) {
                    teller = c; // "India plans to strike, Pakistan said"
                }
            }
        }
        if (teller < 0) {
            return false;
        }
        List<Arg> tellers = actors.subjectsOf(teller, 0);
        return !tellers.isEmpty() && tellers.stream().noneMatch(a -> sameSide(a.actor(), e.source()));
    }

    /** Replaces the act by the intent family's code for it, modality intent. */
    private void recode(String key, Event e, String why) {
        Optional<String> code = Combination.code(Combination.Family.INTEND, e.cameo())
                .flatMap(c -> ctx.coder.eventCode(c));
        if (code.isEmpty() || code.get().equals(e.cameo())) {
            return;
        }
        ctx.events.remove(key);
        put(key, e, code.get(), why);
    }

    /** Puts the act of {@code e} (whose key was {@code key}) with this code, modality intent. */
    private void put(String key, Event e, String code, String why) {
        Provenance p = e.provenance();
        Provenance q = p.withRule("intent " + code + " = " + why + " + " + p.rule());
        String newKey = e.source().code() + "|" + (e.target() == null ? "" : e.target().code()) + "|" + code
                + "|" + trigger(key);
        ctx.events.putIfAbsent(newKey, new Event(e.source(), e.target(), code, Modality.INTENT, null,
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
