package org.saydo.code;

import static org.saydo.code.Sentence.trigger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.saydo.code.ModalityRules.Modal;
import org.saydo.nlp.Token;
import org.saydo.record.Event;
import org.saydo.record.Modality;
import org.saydo.record.Provenance;

/**
 * Saying no without a verb of refusal (CAMEO 12 reject, 16 reduce relations). Two kinds of negated act are a
 * refusal rather than an act that did not happen:
 * <ul>
 * <li>a party's own act of cooperation or yielding (CAMEO 04-08) negated in the future or with a modal ("Iran will
 * not negotiate while it is attacked", "Moscow would not withdraw its troops"): a rejection of that act, with the
 * rejection family's sub-code ({@link Combination}: talks 125, yielding 124x, cooperation 121x/122x). A negated
 * past act ("did not meet") stays negated, and so does one under a condition.</li>
 * <li>a verb of acceptance negated in any tense, with "no longer", or refused ("the North does not recognise the
 * border", "refused to accept the plan",
 * {@code refusals.txt} {@code accept}): a rejection (120); a verb of keeping a pact negated with a pact as its
 * object ("will no longer be bound by the agreement", {@code bound}, {@code pacts}): a reduction of
 * relations (160).</li>
 * </ul>
 * The refusal keeps the act's parties (a target left to the context is filled in later, {@code targets.txt}); its
 * modality is that of the clause without the negation and the modal, so a refusal a speaker reports is reported.
 *
 * <p>Not thread-safe; one per {@link Sentence}.
 */
final class Refusals extends SentencePass {

    /** The shipped cues ({@code refusals.txt}). */
    private static final CueFile CUES = CueFile.resource("refusals.txt",
            Set.of("accept", "bound", "pacts", "modals", "halts", "talks", "addressed", "leaves", "ends", "vows",
                    "stops", "willing", "answered", "offering", "relative-denying", "relative-denied"));

    /** Verbs of acceptance whose negation is a rejection ({@code refusals.txt}: {@code accept}). */
    private static final Set<String> ACCEPT = WordLists.words(CUES, "accept");

    /**
     * Verbs of keeping a pact whose negation, with a pact as their object, reduces relations ({@code refusals.txt}:
     * {@code bound}: "will no longer be bound by the agreement", "does not honour the accord").
     */
    private static final Set<String> BOUND = WordLists.words(CUES, "bound");

    /** Nouns of pacts ({@code refusals.txt}: {@code pacts}). */
    private static final Set<String> PACTS = WordLists.words(CUES, "pacts");

    /** Auxiliaries that make a negated act a refusal ({@code refusals.txt}: {@code modals}). */
    private static final Set<String> MODALS = WordLists.words(CUES, "modals");

    /**
     * Verbs that halt talks told with no agent ({@code refusals.txt}: {@code halts}; "call_off" is "call" with the
     * particle "off"): "the talks between Peru and Chile were called off" halts the talks' own parties' negotiation.
     */
    private static final Set<String> HALTS = WordLists.words(CUES, "halts");

    /** Nouns of talks whose denial by a speaker refuses them ({@code refusals.txt}: {@code talks}). */
    private static final Set<String> TALKS = WordLists.words(CUES, "talks");

    /**
     * Verbs whose object is told what their clause says ({@code refusals.txt}: {@code addressed}): "told Turkey and
     * the UN that it objected to extending the deal" addresses the objection to them.
     */
    private static final Set<String> ADDRESSED = WordLists.words(CUES, "addressed");

    /**
     * Verbs of leaving ({@code refusals.txt}: {@code leaves}; "pull_out" is "pull" with the particle "out") whose
     * object or "from" phrase, when it is an organisation, is left as a member: "Mali withdrew from the bloc".
     */
    private static final Set<String> LEAVES = WordLists.words(CUES, "leaves");

    /**
     * Intransitive verbs of ending ({@code refusals.txt}: {@code ends}; "break_down" is "break" with the particle
     * "down") whose subject, talks, ends them: "the talks between A and B collapsed".
     */
    private static final Set<String> ENDS = WordLists.words(CUES, "ends");

    /**
     * Verbs of vowing ({@code refusals.txt}: {@code vows}) whose negated complement is refused as a modal's is:
     * "vowed never to negotiate with the rebels".
     */
    private static final Set<String> VOWS = WordLists.words(CUES, "vows");

    /**
     * accuse25: adjectives of readiness ({@code refusals.txt}: {@code willing}) whose own negation makes their
     * complement refused as a modal's does: "Putin was not ready to meet Zelensky", "is not willing to withdraw".
     */
    private static final Set<String> WILLING = WordLists.words(CUES, "willing");

    /**
     * Verbs of stopping ({@code refusals.txt}: {@code stops}) that negate a verb of keeping a pact they govern:
     * "stopped observing the accord", "will cease to honour the treaty".
     */
    private static final Set<String> STOPS = WordLists.words(CUES, "stops");

    /** Roots of the acts a verb of leaving is coded as when it leaves a place: retreat (08) or travel (04). */
    private static final Set<String> GOING = Set.of("04", "08");

    /** Roots of the acts a telling addresses: rejections (12) and cuts in relations (16). */
    private static final Set<String> TOLD_ROOTS = Set.of("12", "16");

    /** Verbs of refusing ({@code words.txt}: {@code family-reject}): "refused to recognise". */
    private static final Set<String> REFUSING = WordLists.words("family-reject");

    /** Roots of the acts whose refusal CAMEO codes as a rejection: meeting, cooperation, aid, yielding. */
    private static final Set<String> REFUSABLE = Set.of("04", "05", "06", "07", "08");

    /**
     * verbal27: nouns (lemmas) of offers, proposals, demands and invitations, and pronouns (as written) that, as the
     * object of a rejection that names no one, stand for the last one told ({@code refusals.txt}: {@code answered}).
     */
    private static final Set<String> ANSWERED = WordLists.words(CUES, "answered");

    /** verbal27: CAMEO roots of the acts that make an offer, a proposal or a demand ({@code offering}). */
    private static final Set<String> OFFERING = WordLists.words(CUES, "offering");

    /** verbal27: how many sentences back the offer a rejection answers may have been told. */
    private static final int OFFER_REACH = 2;

    private final ActorResolver actors;
    private final ModalityRules modals;

    Refusals(Sentence ctx, ActorResolver actors, ModalityRules modals) {
        super(ctx);
        this.actors = Objects.requireNonNull(actors, "actors");
        this.modals = Objects.requireNonNull(modals, "modals");
    }

    /**
     * Recodes the sentence's negated acts that are refusals, codes the negated verbs of acceptance, and recodes talks
     * that are called off with no agent told.
     */
    void findRefusals() {
        leftOrganisations();
        haltedTalks();
        noTalks();
        addressees();
        for (var t : s.tokens()) {
            int v = t.index();
            if (!t.isVerb() && !t.pos().startsWith("JJ")) {
                continue; // "is no longer bound by" may be read as an adjective
            }
            if (ACCEPT.contains(Syntax.lower(t)) && s.relation(v).equals("xcomp") && s.head(v) >= 0
                    && REFUSING.contains(Syntax.lower(s.token(s.head(v))))) {
                refusedToAccept(v, s.head(v)); // "refused to recognise the vote"
                continue;
            }
            if (t.isVerb() && s.relation(v).equals("xcomp") && s.head(v) >= 0
                    && REFUSING.contains(Syntax.lower(s.token(s.head(v)))) && refusedContent(v, s.head(v), Set.of())) {
                continue; // "refused to stop the attacks"
            }
            int head = s.head(v);
            if (BOUND.contains(Syntax.lower(t)) && head >= 0 && Syntax.is(s.relation(v), "xcomp")
                    && STOPS.contains(Syntax.lower(s.token(head))) && pact(v) && !modals.conditional(v)) {
                notAccepted(v, Set.of(head), true, head); // "stopped observing the accord": no longer bound by it
                continue;
            }
            int ready = unready(v);
            if (ready >= 0) {
                // accuse25: "the Kremlin said Putin was not ready to meet Zelensky": the negated readiness refuses
                Set<Integer> explained = new HashSet<>(negation(ready));
                explained.add(ready);
                if (!refused(v, explained) && !refusedTalks(v, explained)) {
                    refusedContent(v, v, explained);
                }
                continue;
            }
            Set<Integer> negation = negation(v);
            if (negation.isEmpty() || modals.conditional(v)) {
                continue;
            }
            Set<Integer> modal = new HashSet<>();
            for (var d : s.children(v)) {
                if (Syntax.is(d.relation(), "aux")
                        && MODALS.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT))) {
                    modal.add(d.dependent());
                }
            }
            Set<Integer> explained = new HashSet<>(negation);
            explained.addAll(modal);
            String lemma = Syntax.lower(t);
            if (ACCEPT.contains(lemma) || BOUND.contains(lemma) && pact(v)) {
                notAccepted(v, explained, !ACCEPT.contains(lemma), v);
            } else if (t.isVerb() && (!modal.isEmpty() || vowed(v)) && !refused(v, explained)
                    && !refusedTalks(v, explained)) { // "would not attend the talks", whatever the verb codes
                refusedContent(v, v, explained); // "would not stop its attacks"
            }
        }
        offerMakers();
        relativeDenials();
        deniedAccusers();
        ownClaims();
    }

    /** ruua29: verbs (lemmas) of deeds of force a side may claim as its own ({@code words.txt claimed-deeds}). */
    private static final Set<String> CLAIMED_DEEDS = WordLists.words("claimed-deeds");

    /**
     * ruua29: "claimed" coded as disapproval (110, CAMEO.2.0.txt's ALLEGE block) whose clause tells a deed of force
     * ({@code claimed-deeds}) done by the claimer's own side (a pronoun, a noun its pronoun owns, or an actor of the
     * claimer's country: "Ukrainian officials claimed their forces had hit it", "the special forces claimed they had
     * killed the fleet commander") is a claim of responsibility (015) with no target. Other claims are left as they are.
     */
    private void ownClaims() {
        for (String key : List.copyOf(ctx.events.keySet())) {
            Event e = ctx.events.get(key);
            if (e == null || e.source() == null || !e.cameo().equals("110")) {
                continue;
            }
            int v = trigger(key);
            if (!s.token(v).isVerb() || !Syntax.lower(s.token(v)).equals("claim")) {
                continue;
            }
            boolean own = false;
            for (int c : s.children(v, "ccomp")) {
                if (!CLAIMED_DEEDS.contains(Syntax.lower(s.token(c)))) {
                    continue;
                }
                for (int subject : s.children(c, "nsubj")) {
                    Token t = s.token(subject);
                    boolean pronoun = t.pos().equals("PRP") && !Set.of("you", "he", "she").contains(
                            t.word().toLowerCase(Locale.ROOT));
                    boolean owned = s.children(subject, "nmod:poss").stream()
                            .anyMatch(d -> s.token(d).pos().equals("PRP$"));
                    boolean same = actors.actorsOf(subject).stream().anyMatch(a -> Discourse.primary(a.actor().code())
                            .equals(Discourse.primary(e.source().code())));
                    own |= pronoun || owned || same;
                }
            }
            if (!own) {
                continue;
            }
            recode(key, e, v, List.of(), "015", "a deed of its own side claimed 015 (words.txt claimed-deeds)");
        }
    }

    /** coop33: verbs of denial that take an accusation back in a relative clause ({@code relative-denying}). */
    private static final Set<String> RELATIVE_DENYING = WordLists.words(CUES, "relative-denying");

    /** coop33: nouns that stand for an accusation a relative clause denies ({@code relative-denied}). */
    private static final Set<String> RELATIVE_DENIED = WordLists.words(CUES, "relative-denied");

    /**
     * coop33: an accusation taken back by a relative clause after it ("Kyiv accuses Moscow of deporting children, which
     * Russia denies", "..., a charge North Korea denies", "..., a claim Beijing rejects") is a denial (016) by the
     * clause's subject toward the accuser: the source of the last accusation or criticism (111, 112) earlier in the
     * sentence told against the denier's side. The clause's verb must have no object of its own but its relative
     * pronoun, or be a relative clause of a noun of {@code relative-denied}; not negated.
     */
    private void relativeDenials() {
        for (var t : s.tokens()) {
            int v = t.index();
            int head = s.head(v);
            if (!t.isVerb() || !RELATIVE_DENYING.contains(Syntax.lower(t)) || !negation(v).isEmpty()
                    || ctx.events.entrySet().stream().anyMatch(k -> trigger(k.getKey()) == v
                    && !k.getValue().cameo().startsWith("01"))) {
                continue;
            }
            boolean relative = head >= 0 && Syntax.is(s.relation(v), "acl");
            boolean pronoun = relative && s.children(v, "obj").stream().anyMatch(o -> s.token(o).pos().equals("WDT"));
            boolean noun = relative && RELATIVE_DENIED.contains(Syntax.lower(s.token(head)))
                    && s.children(v, "obj").isEmpty() && s.children(v, "ccomp").isEmpty();
            int tail = pronoun || noun ? -1 : deniedTail(v);
            if (!pronoun && !noun && tail < 0) {
                continue;
            }
            List<Arg> deniers = new ArrayList<>();
            if (tail >= 0) {
                for (int i = tail + 1; i < v && deniers.isEmpty(); i++) {
                    deniers.addAll(actors.actorsOf(i)); // "..., a charge North Korea denies"
                }
            } else {
                for (int n : s.children(v, "nsubj")) {
                    deniers.addAll(actors.actorsOf(n));
                }
            }
            if (deniers.isEmpty()) {
                continue;
            }
            String denier = Discourse.primary(deniers.get(0).actor().code());
            org.saydo.record.ActorRef accuser = null;
            for (var en : ctx.events.entrySet()) {
                Event b = en.getValue();
                if (trigger(en.getKey()) < v && b.source() != null && b.target() != null
                        && (b.cameo().startsWith("111") || b.cameo().startsWith("112"))
                        && Discourse.primary(b.target().code()).equals(denier)
                        && !Discourse.primary(b.source().code()).equals(denier)) {
                    accuser = b.source();
                }
            }
            if (accuser != null) {
                ctx.emit(deniers, List.of(new Arg(accuser, v, v, false)), "016", v, t.word(),
                        "refusals.txt relative-denying " + Syntax.upperLemma(t) + " + target: the accuser answered");
            }
        }
    }

    /**
     * The noun of {@code relative-denied} between the last comma and the verb at {@code v} when the verb closes its
     * sentence so, joined to the accusation before the comma (either way), else -1: the parser's reading of "Armenia accused Azerbaijan of
     * shelling its villages, an accusation Baku denied" and "..., something the Kremlin denies".
     */
    private int deniedTail(int v) {
        int at = -1;
        for (int i = v - 1; i >= 0 && at < 0; i--) {
            if (s.token(i).word().equals(",")) {
                at = i;
            }
        }
        int comma = at;
        int head = s.head(v);
        boolean complement = head >= 0 && head < comma
                && (Syntax.is(s.relation(v), "ccomp") || Syntax.is(s.relation(v), "parataxis"))
                || s.children(v).stream().anyMatch(d -> d.dependent() < comma
                && (Syntax.is(d.relation(), "ccomp") || Syntax.is(d.relation(), "parataxis")));
        if (comma < 0 || !complement) {
            return -1;
        }
        for (int i = comma + 1; i < v; i++) {
            if (RELATIVE_DENIED.contains(Syntax.lower(s.token(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** How many sentences back a denial that names no one looks for the accusation it answers. */
    private static final int DENIAL_REACH = 2;

    /**
     * ruua29: a denial of responsibility (016) that names no one ("Ukrainian officials denied any involvement", "which
     * Moscow denies") answers the last accusation (112) told against the denier's side in the two sentences before
     * or earlier in its own sentence ("Russia accused Ukraine of striking a village ... Ukrainian officials denied any
     * involvement"): the accuser is its target, as corpus/README.md codes a denial of an accusation. With none, it is
     * left as it is.
     */
    private void deniedAccusers() {
        for (String key : List.copyOf(ctx.events.keySet())) {
            Event e = ctx.events.get(key);
            if (e == null || e.target() != null || e.source() == null || !e.cameo().equals("016")
                    || ImplicitSources.standIn(e.source()) || ImplicitTargets.standIn(e.source())) {
                continue;
            }
            int v = trigger(key);
            String denier = Discourse.primary(e.source().code());
            List<Event> before = ctx.toldBefore(DENIAL_REACH, v);
            org.saydo.record.ActorRef accuser = null;
            for (int i = before.size() - 1; i >= 0 && accuser == null; i--) {
                Event b = before.get(i);
                if (b.source() != null && b.target() != null && b.cameo().startsWith("112")
                        && !ImplicitTargets.standIn(b.source()) && !ImplicitSources.standIn(b.source())
                        && Discourse.primary(b.target().code()).equals(denier)
                        && !Discourse.primary(b.source().code()).equals(denier)) {
                    accuser = b.source();
                }
            }
            if (accuser == null) {
                continue;
            }
            answer(key, e, v, accuser, "the accuser answered");
        }
    }

    /** Codes a targetless event again with {@code target} as the party it answers; the rule says why. */
    private void answer(String key, Event e, int v, org.saydo.record.ActorRef target, String why) {
        recode(key, e, v, List.of(new Arg(target, v, v, false)), e.cameo(), "target: " + why);
    }

    /**
     * Replaces the event under {@code key} by one of {@code cameo} toward {@code targets}: its sources are the verb's
     * subjects of the event's own source (the source itself when the parser gives none), its rule the old one and
     * {@code why}.
     */
    private void recode(String key, Event e, int v, List<Arg> targets, String cameo, String why) {
        List<Arg> sources = new ArrayList<>(actors.subjectsOf(v, 0));
        sources.removeIf(a -> !a.actor().code().equals(e.source().code()));
        if (sources.isEmpty()) {
            sources.add(new Arg(e.source(), v, v, false));
        }
        ctx.events.remove(key);
        ctx.emit(sources, targets, cameo, v, e.provenance().trigger(), e.provenance().rule() + " + " + why);
    }

    /**
     * verbal27: a rejection (12) that names no one, whose verb's object is a definite offer, proposal, demand or
     * invitation with no party of its own or a pronoun standing for one ({@code answered}: "The United States
     * proposed a truce. The Kremlin dismissed the idea", "Kyiv invited Russia to the summit. Moscow turned down the
     * invitation"), answers whoever made the last such act told ({@code offering}: appeals, offers, invitations,
     * demands, threats) in the two sentences before or earlier in its own sentence, by another side; with none, it is
     * left as it is.
     */
    private void offerMakers() {
        for (String key : List.copyOf(ctx.events.keySet())) {
            Event e = ctx.events.get(key);
            int v = trigger(key);
            if (e == null || e.target() != null || e.source() == null || !e.cameo().startsWith("12")
                    || !s.token(v).isVerb()) {
                continue;
            }
            boolean answering = false;
            for (int o : s.children(v, "obj")) {
                String word = s.token(o).word().toLowerCase(Locale.ROOT);
                boolean pronoun = s.token(o).pos().startsWith("PRP") || s.token(o).pos().equals("DT");
                boolean definite = s.token(o).isNoun() && ANSWERED.contains(Syntax.lower(s.token(o)))
                        && s.children(o, "det").stream().anyMatch(d -> ctx.coder.references.determiner(s.token(d).word()))
                        && s.children(o).stream().noneMatch(d -> Set.of("nmod:poss", "amod", "compound")
                                .contains(d.relation()) && !actors.actorsOf(d.dependent()).isEmpty());
                answering |= pronoun && ANSWERED.contains(word) || definite;
            }
            if (!answering) {
                continue;
            }
            List<Event> before = ctx.toldBefore(OFFER_REACH, v);
            org.saydo.record.ActorRef maker = null;
            for (int i = before.size() - 1; i >= 0 && maker == null; i--) {
                Event b = before.get(i);
                if (b.source() != null && OFFERING.contains(b.cameo().substring(0, 2))
                        && !ImplicitTargets.standIn(b.source()) && !ImplicitSources.standIn(b.source())
                        && !Discourse.primary(b.source().code()).equals(Discourse.primary(e.source().code()))) {
                    maker = b.source();
                }
            }
            if (maker == null) {
                continue;
            }
            answer(key, e, v, maker, "the maker of the offer answered (refusals.txt answered)");
        }
    }

    /**
     * An organisation left: a verb of leaving ({@code leaves}) coded as a retreat or a journey (08, 04) whose target
     * is an organisation ({@code IGO...}) named as its object or its "from"/"of" phrase ("Mali withdrew from
     * ECOWAS", "Venezuela left the Andean Community") ends a membership, a reduction of relations (160) with the
     * organisation; one does not retreat from a bloc or travel out of it. The event keeps its parties and modality.
     */
    private void leftOrganisations() {
        List<String> keys = ctx.events.keySet().stream().toList();
        for (String key : keys) {
            Event e = ctx.events.get(key);
            int v = trigger(key);
            if (e == null || e.target() == null || !e.target().code().startsWith("IGO")
                    || !GOING.contains(e.cameo().substring(0, 2)) || !s.token(v).isVerb()
                    || !LEAVES.contains(verbWithParticle(v)) || !leftParty(v, e.target().code())) {
                continue;
            }
            Optional<String> code = ctx.coder.eventCode("160");
            if (code.isEmpty()) {
                continue;
            }
            ctx.events.remove(key);
            Provenance p = e.provenance();
            Provenance q = p.withRule("organisation left 160 = " + p.rule() + " + refusals.txt leaves "
                    + verbWithParticle(v));
            String newKey = e.source().code() + "|" + e.target().code() + "|" + code.get() + "|" + v;
            ctx.events.putIfAbsent(newKey, new Event(e.source(), e.target(), code.get(), e.modality(),
                    e.reportedBy(), e.date(), e.dateBasis(), e.dateText(), e.text(), q, e.judge()));
        }
    }

    /** Whether the party {@code code} is named as the object of the verb at {@code v} or in its "from"/"of" phrase. */
    private boolean leftParty(int v, String code) {
        for (var d : s.children(v)) {
            boolean from = Syntax.is(d.relation(), "obl")
                    && Set.of("from", "of").contains(Syntax.preposition(s, d.dependent()));
            if ((d.relation().equals("obj") || from)
                    && actors.actorsOf(d.dependent()).stream().anyMatch(a -> a.actor().code().equals(code))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Talks (a nominal meeting or negotiation, CAMEO 04) that are the passive subject of a verb that halts them ("the
     * talks between Peru and Chile were called off"): their parties halted negotiations (164), in the modality of
     * the halting verb. Who halted them is not told: a mutual noun's two directions give one event, from the first
     * party named (as the corpus annotates mutual acts).
     */
    private void haltedTalks() {
        List<String> keys = ctx.events.keySet().stream().toList();
        Set<Integer> done = new HashSet<>();
        for (String key : keys) {
            Event e = ctx.events.get(key);
            int n = trigger(key);
            int v = s.head(n);
            if (e == null || !e.cameo().startsWith("04") || !s.token(n).isNoun() || v < 0
                    || !(s.relation(n).equals("nsubj:pass") && HALTS.contains(verbWithParticle(v))
                    || s.relation(n).equals("nsubj") && ENDS.contains(verbWithParticle(v)))) {
                continue;
            }
            Optional<String> code = ctx.coder.eventCode("164");
            if (code.isEmpty()) {
                continue;
            }
            ctx.events.remove(key);
            if (!done.add(n)) {
                continue;
            }
            Modal modal = modals.modality(v, 0);
            Provenance p = e.provenance();
            Token vt = s.token(v);
            Provenance q = new Provenance(p.docId(), p.doc(), p.sentence(), p.sentenceStart(), p.sentenceEnd(),
                    Math.min(p.start(), vt.begin()), Math.max(p.end(), vt.end()), p.trigger() + " ... " + vt.word(),
                    p.triggerStart(), p.triggerEnd(), "halted talks 164 = " + p.rule() + " + refusals.txt "
                    + (s.relation(n).equals("nsubj") ? "ends " : "halts ") + verbWithParticle(v), p.pipeline());
            String newKey = e.source().code() + "|" + (e.target() == null ? "" : e.target().code()) + "|" + code.get()
                    + "|" + n;
            Modality modality = modal.modality() == Modality.ASSERTED && e.modality() == Modality.BACKGROUND
                    ? Modality.BACKGROUND : modal.modality();
            ctx.events.putIfAbsent(newKey, new Event(e.source(), e.target(), code.get(), modality,
                    modal.reportedBy() == null ? null : modal.reportedBy().actor(), e.date(),
                    DateSanity.check(e.date(), e.dateBasis(), modality, ctx.doc.published(), e.dateText()),
                    e.dateText(), e.text(), q));
        }
    }

    /**
     * "There will be no talks until ...", said by a party: its refusal to negotiate (125), with the party of a "with"
     * phrase ("no talks with the opposition") or the one the context leaves implicit as target. Told by the text
     * itself ("there were no talks last year") it is a fact, not a refusal.
     */
    private void noTalks() {
        for (var t : s.tokens()) {
            int n = t.index();
            if (!t.isNoun() || !TALKS.contains(Syntax.lower(t)) || modals.conditional(n)) {
                continue;
            }
            Set<Integer> explained = new HashSet<>();
            for (int d : s.children(n, "det")) {
                if (s.token(d).word().equalsIgnoreCase("no")) {
                    explained.add(d);
                }
            }
            if (explained.isEmpty() || s.children(n, "cop").isEmpty()) {
                continue; // only "there will be no talks"
            }
            int speech = -1;
            int h = s.head(n);
            if (h >= 0 && Syntax.is(s.relation(n), "ccomp") && EventCoder.SPEECH.contains(Syntax.lower(s.token(h)))) {
                speech = h;
            }
            for (int c : s.children(n, "parataxis")) {
                if (speech < 0 && EventCoder.SPEECH.contains(Syntax.lower(s.token(c)))) {
                    speech = c; // "..., the army said"
                }
            }
            for (int c : s.children(n, "nsubj")) {
                if (speech < 0 && c < n && s.token(c).isVerb() && EventCoder.SPEECH.contains(Syntax.lower(s.token(c)))
                        && !actors.subjectsOf(c, 0).isEmpty()) {
                    speech = c; // "X said there would be no talks", which the parser reads with "said" the subject
                }
            }
            if (speech < 0) {
                continue;
            }
            explained.addAll(s.children(n, "aux"));
            explained.addAll(s.children(n, "cop"));
            List<Arg> sources = actors.subjectsOf(speech, 0);
            List<Arg> targets = new ArrayList<>();
            for (int m : s.children(n, "nmod")) {
                if (Syntax.preposition(s, m).equals("with")) {
                    targets.addAll(actors.actorsOf(m));
                }
            }
            targets.removeIf(a -> sources.stream().anyMatch(x -> x.actor().code().equals(a.actor().code())));
            int saying = speech;
            // the saying is the refusal: no plain statement (010) or "declined to comment" (011) beside it
            ctx.events.keySet().removeIf(k -> trigger(k) == n || trigger(k) == saying
                    && (ctx.events.get(k).cameo().equals("010") || ctx.events.get(k).cameo().equals("011")));
            ctx.emit(sources, targets, "125", n, t.word(), "refusal 125 = no " + Syntax.lower(t)
                    + " (refusals.txt talks) + verb " + Syntax.upperLemma(s.token(speech)), explained);
        }
    }

    /**
     * A rejection or a cut in relations with no target, told to parties in the clause of a verb of telling by its own
     * maker ("it told Turkey, Ukraine and the UN that it objected to extending the deal"), is addressed to them: one
     * event each, which replaces the plain statement (010) to each. Run after the sentence's other acts are coded.
     */
    private void addressees() {
        List<String> keys = ctx.events.keySet().stream().toList();
        for (String key : keys) {
            Event e = ctx.events.get(key);
            int v = trigger(key);
            int h = s.head(v);
            if (e == null || e.target() != null || !TOLD_ROOTS.contains(e.cameo().substring(0, 2)) || h < 0
                    || !Syntax.is(s.relation(v), "ccomp") || !ADDRESSED.contains(Syntax.lower(s.token(h)))) {
                continue;
            }
            List<String> told = ctx.events.keySet().stream().filter(k -> trigger(k) == h).filter(k -> {
                Event t = ctx.events.get(k);
                return t.target() != null && t.cameo().startsWith("01")
                        && t.source().code().equals(e.source().code());
            }).toList();
            if (told.isEmpty()) {
                continue;
            }
            ctx.events.remove(key);
            Provenance p = e.provenance();
            for (String k : told) {
                Event t = ctx.events.remove(k);
                Provenance q = new Provenance(p.docId(), p.doc(), p.sentence(), p.sentenceStart(), p.sentenceEnd(),
                        Math.min(p.start(), t.provenance().start()), Math.max(p.end(), t.provenance().end()),
                        p.trigger(), p.triggerStart(), p.triggerEnd(), p.rule() + " + told to: "
                        + Syntax.upperLemma(s.token(h)) + " (refusals.txt addressed)", p.pipeline());
                String newKey = e.source().code() + "|" + t.target().code() + "|" + e.cameo() + "|" + v;
                ctx.events.putIfAbsent(newKey, new Event(e.source(), t.target(), e.cameo(), e.modality(),
                        e.reportedBy(), e.date(), e.dateBasis(), e.dateText(), e.text(), q));
            }
        }
    }

    /** The lemma of the verb at {@code v}, joined by "_" to its particle if it has one ("call_off"). */
    private String verbWithParticle(int v) {
        String lemma = Syntax.lower(s.token(v));
        for (int prt : s.children(v, "compound:prt")) {
            return lemma + "_" + s.token(prt).word().toLowerCase(Locale.ROOT);
        }
        return lemma;
    }

    /**
     * The tokens that negate the verb at {@code v}: "not", "n't", "never", or the "no" of "no longer"; empty when
     * it is not negated so.
     */
    private Set<Integer> negation(int v) {
        Set<Integer> out = new HashSet<>();
        for (var d : s.children(v)) {
            int c = d.dependent();
            String w = s.token(c).word().toLowerCase(Locale.ROOT);
            if (d.relation().equals("advmod") && (w.equals("not") || w.equals("n't") || w.equals("never"))
                    || d.relation().equals("neg")) {
                out.add(c);
            }
            if (d.relation().equals("advmod") && w.equals("longer")) {
                for (var e : s.children(c)) {
                    if (s.token(e.dependent()).word().equalsIgnoreCase("no")) {
                        out.add(c);
                        out.add(e.dependent());
                    }
                }
                if (c > 0 && s.token(c - 1).word().equalsIgnoreCase("no")) {
                    out.add(c);
                    out.add(c - 1);
                }
            }
        }
        return out;
    }

    /** A party's own act of cooperation or yielding that it will not do: the rejection of it. */
    private boolean refused(int v, Set<Integer> explained) {
        boolean any = false;
        List<String> keys = ctx.events.keySet().stream().filter(k -> trigger(k) == v).toList();
        Set<String> subjects = new HashSet<>();
        actors.subjectsOf(v, 0).forEach(a -> subjects.add(a.actor().code()));
        for (String key : keys) {
            Event e = ctx.events.get(key);
            if (e == null || e.modality() != Modality.NEGATED || !REFUSABLE.contains(e.cameo().substring(0, 2))) {
                continue;
            }
            if (!subjects.contains(e.source().code())) {
                ctx.events.remove(key);
                if (e.target() == null || !subjects.contains(e.target().code())) {
                    continue; // not the subject's act
                }
                // the other direction of a mutual act ("Kosovo would not negotiate with Belgrade"): the subject
                // refuses, the other party refused nothing
                e = new Event(e.target(), e.source(), e.cameo(), e.modality(), e.reportedBy(), e.date(),
                        e.dateBasis(), e.dateText(), e.text(), e.provenance(), e.judge());
            }
            Optional<String> code = Combination.code(Combination.Family.REJECT, e.cameo())
                    .flatMap(c -> ctx.coder.eventCode(c));
            if (code.isEmpty()) {
                continue;
            }
            ctx.events.remove(key);
            replace(v, v, e, code.get(), explained, "refusal " + code.get() + " = not " + e.cameo());
            any = true;
        }
        return any;
    }

    /**
     * The negated adjective of readiness ({@code willing}) whose complement the verb at {@code v} is, under no
     * condition ("was not ready to meet", "is no longer willing to negotiate"), or -1.
     */
    private int unready(int v) {
        int h = s.head(v);
        if (h < 0 || !s.token(v).isVerb() || !Syntax.is(s.relation(v), "xcomp") || !s.token(h).pos().startsWith("JJ")
                || !WILLING.contains(Syntax.lower(s.token(h))) || negation(h).isEmpty() || modals.conditional(h)) {
            return -1;
        }
        return h;
    }

    /** Whether the verb at {@code v} is the complement of a verb of vowing ("vowed never to negotiate"). */
    private boolean vowed(int v) {
        int h = s.head(v);
        return h >= 0 && Syntax.is(s.relation(v), "xcomp") && VOWS.contains(Syntax.lower(s.token(h)));
    }

    /**
     * A party's own act toward talks that it will not do, whatever verb tells it ("would not attend the talks in
     * Geneva", "will not return to the negotiations with Kosovo"): its refusal to negotiate (125), with the party of
     * a "with" phrase as target. The talks' own nominal event and the verb's are replaced by the refusal.
     */
    private boolean refusedTalks(int v, Set<Integer> explained) {
        int talks = -1;
        for (var d : s.children(v)) {
            if ((d.relation().equals("obj") || Syntax.is(d.relation(), "obl"))
                    && TALKS.contains(Syntax.lower(s.token(d.dependent())))) {
                talks = d.dependent();
                break;
            }
        }
        if (talks < 0) {
            return false;
        }
        List<Arg> sources = actors.subjectsOf(v, 0);
        List<Arg> targets = new ArrayList<>();
        for (int m : s.children(talks, "nmod")) {
            if (Syntax.preposition(s, m).equals("with")) {
                targets.addAll(actors.actorsOf(m));
            }
        }
        for (int m : s.children(v, "obl")) {
            if (Syntax.preposition(s, m).equals("with")) {
                targets.addAll(actors.actorsOf(m));
            }
        }
        targets.removeIf(a -> sources.stream().anyMatch(x -> x.actor().code().equals(a.actor().code())));
        if (sources.isEmpty()) {
            return false;
        }
        int n = talks;
        ctx.events.keySet().removeIf(k -> trigger(k) == n || trigger(k) == v);
        ctx.emit(sources, targets, "125", v, s.token(v).word() + " ... " + s.token(n).word(), "refusal 125 = not "
                + Syntax.upperLemma(s.token(v)) + " + " + Syntax.lower(s.token(n)) + " (refusals.txt talks)", explained);
        return true;
    }

    /**
     * A party's own act that the dictionaries code no event for but {@code contents.txt} names (stopping attacks,
     * returning to talks: CAMEO 04-08), refused or told with a negated modal or vow ("refused to stop the attacks",
     * "would not halt its offensive until ...", "would not return to talks"): its rejection, the rejection family's
     * sub-code for the act (1246 refuse to de-escalate, 125 ...), from the refuser to the party the act's object or
     * phrase names ("its attacks on Israel"), else to the one the context leaves implicit. The acts of force its
     * object names are the refusal's content, not acts of their own. Triggered by the refusing verb (or the negated
     * verb itself).
     *
     * @return whether a refusal was coded
     */
    private boolean refusedContent(int v, int refuser, Set<Integer> explained) {
        if (ctx.events.keySet().stream().anyMatch(k -> trigger(k) == v || trigger(k) == refuser)) {
            return false; // the act or the refusal is coded: a pattern, refused() or the combiner dealt with it
        }
        Set<String> deps = new HashSet<>();
        for (var d : s.children(v)) {
            deps.add(s.token(d.dependent()).word().toLowerCase(Locale.ROOT));
            deps.add(Syntax.lower(s.token(d.dependent())));
        }
        Optional<Combination.Content> content = Combination.content(Syntax.lower(s.token(v)), deps);
        if (content.isEmpty() || !REFUSABLE.contains(content.get().code().substring(0, 2))) {
            return false;
        }
        Optional<String> code = Combination.code(Combination.Family.REJECT, content.get().code())
                .flatMap(c -> ctx.coder.eventCode(c));
        List<Arg> sources = actors.subjectsOf(refuser, 0);
        if (code.isEmpty() || sources.isEmpty()) {
            return false;
        }
        List<Arg> targets = new ArrayList<>();
        Set<Integer> objects = new HashSet<>();
        for (var d : s.children(v)) {
            if (d.relation().equals("obj") || Syntax.is(d.relation(), "obl")) {
                objects.add(d.dependent());
                targets.addAll(actors.actorsOf(d.dependent()));
                for (int n : s.children(d.dependent(), "nmod")) {
                    targets.addAll(actors.actorsOf(n)); // "its attacks on Israel"
                }
            }
        }
        targets.removeIf(a -> sources.stream().anyMatch(x -> x.actor().code().equals(a.actor().code())));
        ctx.events.keySet().removeIf(k -> objects.contains(trigger(k)));
        Combination.Content ct = content.get();
        ctx.emit(sources, targets, code.get(), refuser, s.token(refuser).word()
                + (refuser == v ? "" : " ... " + s.token(v).word()), "refusal " + code.get() + " = "
                + (refuser == v ? "not " : Syntax.upperLemma(s.token(refuser)) + " + ") + "contents.txt:"
                + ct.where().substring(ct.where().lastIndexOf(':') + 1) + " act " + ct.lemma()
                + (ct.word() == null ? "" : " " + ct.word()) + " [" + ct.code() + "]", explained);
        return true;
    }

    /** A verb of acceptance negated: a rejection of what is not accepted, or of a pact a reduction of relations. */
    private void notAccepted(int v, Set<Integer> explained, boolean pact, int modalAt) {
        String code = pact ? "160" : "120";
        String rule = "refusal " + code + " = not " + Syntax.lower(s.token(v))
                + (pact ? " a pact (refusals.txt bound)" : " (refusals.txt accept)");
        List<String> keys = ctx.events.keySet().stream().filter(k -> trigger(k) == v).toList();
        if (!keys.isEmpty()) {
            for (String key : keys) {
                Event e = ctx.events.remove(key);
                replace(v, modalAt, e, code, explained, rule);
            }
            return;
        }
        // "it would no longer be bound by the agreement": the one bound is the passive's subject, the "by"
        // phrase the pact, not an agent
        List<Arg> sources = new ArrayList<>();
        for (int subject : s.children(v, "nsubj:pass")) {
            sources.addAll(actors.actorsOf(subject));
        }
        if (sources.isEmpty()) {
            sources.addAll(actors.subjectsOf(v, 0));
        }
        List<Arg> targets = new ArrayList<>();
        for (var d : s.children(v)) {
            if (d.relation().equals("obj") || Syntax.is(d.relation(), "obl")) {
                targets.addAll(actors.actorsOf(d.dependent()));
                for (int n : s.children(d.dependent(), "nmod")) {
                    targets.addAll(actors.actorsOf(n)); // "the agreement with Chile"
                }
            }
        }
        targets.removeIf(a -> sources.stream().anyMatch(x -> x.actor().code().equals(a.actor().code())));
        ctx.emit(sources, targets, code, v, s.token(v).word(), rule, explained);
    }

    /**
     * "Refused to recognise the vote", "declines to accept the plan": the refusing verb's subject rejects (120) what
     * is not accepted; the refusing verb is the trigger, its modality the event's.
     */
    private void refusedToAccept(int v, int refusing) {
        List<Arg> sources = actors.subjectsOf(refusing, 0);
        List<Arg> targets = new ArrayList<>();
        for (var d : s.children(v)) {
            if (d.relation().equals("obj") || Syntax.is(d.relation(), "obl")) {
                targets.addAll(actors.actorsOf(d.dependent()));
            }
        }
        targets.removeIf(a -> sources.stream().anyMatch(x -> x.actor().code().equals(a.actor().code())));
        if (sources.isEmpty()) {
            return;
        }
        ctx.events.keySet().removeIf(k -> trigger(k) == v || trigger(k) == refusing);
        ctx.emit(sources, targets, "120", refusing, s.token(refusing).word() + " ... " + s.token(v).word(),
                "refusal 120 = " + Syntax.upperLemma(s.token(refusing)) + " + " + Syntax.upperLemma(s.token(v))
                + " (refusals.txt accept)");
    }

    /** Whether the verb's object, or a phrase it governs ("bound by the accord"), is a pact. */
    private boolean pact(int v) {
        for (var d : s.children(v)) {
            if (d.relation().equals("obj") || Syntax.is(d.relation(), "obl")) {
                int n = d.dependent();
                // "a clause of the accord", "part of the agreement"
                List<Integer> heads = new ArrayList<>(List.of(n));
                heads.addAll(s.children(n, "nmod"));
                if (heads.stream().anyMatch(h -> PACTS.contains(Syntax.lower(s.token(h))))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Puts the refusal {@code code} of the act {@code e} at {@code v}, modality that of the clause unnegated (of the
     * verb at {@code modalAt}: the stopping verb of "stopped observing").
     */
    private void replace(int v, int modalAt, Event e, String code, Set<Integer> explained, String rule) {
        Modal modal = modals.modality(modalAt, 0, explained);
        Modality modality = modal.modality() == Modality.INTENT ? Modality.ASSERTED : modal.modality();
        Provenance p = e.provenance();
        Provenance q = p.withRule(rule + " + " + p.rule());
        String newKey = e.source().code() + "|" + (e.target() == null ? "" : e.target().code()) + "|" + code + "|" + v;
        ctx.events.putIfAbsent(newKey, new Event(e.source(), e.target(), code, modality,
                modal.reportedBy() == null ? null : modal.reportedBy().actor(), e.date(),
                DateSanity.check(e.date(), e.dateBasis(), modality, ctx.doc.published(), e.dateText()),
                e.dateText(), e.text(), q));
    }
}
