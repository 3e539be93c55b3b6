package org.saydo.code;

import static org.saydo.code.Sentence.trigger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.saydo.nlp.Token;
import org.saydo.record.ActorRef;

/**
 * Codes a speaker's foretold reprisal as a threat (CAMEO 138, a threat of force, or the entry's own 13x code; with the speech verb's modality: the threat was made): "Netanyahu warned that
 * Israel would respond forcefully", "Pyongyang said Seoul would pay dearly", "vowed to retaliate against any
 * attack". The reprisal verbs are data ({@link Reprisals}, {@code reprisals.txt}); the act must be said of the
 * future (will, would, shall, or an infinitive) in the complement of a speech verb, and done by the speaker's side
 * (else it is a prediction about someone else); a noun of answer that meets an act ("any attack would be met with a
 * decisive response") is the speaker's side's reprisal for that act. The target is the reprisal's object or "to/against/on" party,
 * else the speech act's addressee, else the other side of the report's conflict. The speech verb's own statement
 * or warning, and whatever the reprisal verb coded in another sense, give way to the threat. A verb of ordering
 * (words.txt {@code reprisal-orders}: "ordered the air force to hit back", "the army has been told to respond") is
 * its subject's threat, or, passive with no agent, the threat of the side of whom it is ordered (of the speaker who
 * tells it, when the ordered forces name no side: "Misri says the armed forces have been told to respond"); readiness
 * or a right
 * to act (words.txt {@code reprisal-readiness}: "said his units were ready to help crush the mutiny", "said it had
 * every right to respond") foretells the act as a future does. An entry whose word is "not" is a reprisal told by
 * its negation ("would not relent", "would not be spared"). An answer of force given ("give a befitting response",
 * words.txt {@code reprisal-giving} and {@code reprisal-forceful}) is the giver's reprisal; "may", "might" and
 * "could" foretell a reprisal as "will" does ("said it could retaliate against Peru").
 *
 * <p>Not thread-safe; one per {@link Sentence}.
 */
final class ReprisalThreats extends SentencePass {

    private static final Set<String> FUTURE = WordLists.words("reprisal-future");
    /** The first person plural: in an official text, its issuer (words.txt first-plural). */
    private static final Set<String> FIRST_PLURAL = WordLists.words("first-plural");
    private static final Set<String> PARTY_PREPOSITIONS = WordLists.words("reprisal-party-prepositions");
    private static final Set<String> AGENT_PREPOSITIONS = WordLists.words("reprisal-agent-prepositions");
    /** Verbs of ordering: the reprisal they order is the orderer's threat ("ordered the air force to hit back"). */
    private static final Set<String> ORDERS = WordLists.words("reprisal-orders");
    /** Verbs that give an answer as their object ("give a befitting response", "deliver a crushing reply"). */
    private static final Set<String> GIVING = WordLists.words("reprisal-giving");
    /** Adjectives that make an answer given one of force ("befitting", "decisive", "crushing"). */
    private static final Set<String> FORCEFUL = WordLists.words("reprisal-forceful");
    /** Adjectives and nouns of readiness or entitlement to act ("ready to", "had every right to"). */
    private static final Set<String> READINESS = WordLists.words("reprisal-readiness");
    /** Roots of the speech verb's own coding that the threat replaces: a statement, a generic warning. */
    private static final Set<String> REPLACED_ROOTS = Set.of("01", "13");
    /** The root of a vow's own coding (a promise, "promised a crushing response": 030) that the threat replaces. */
    private static final String PROMISE = "03";
    /** The root of an order's own coding (a demand) that the threat it orders replaces. */
    private static final String DEMAND = "10";

    /**
     * Officials and forces named by office alone ("a spokesman", "the military"; words.txt
     * speaker-official, speaker-military): told with no party, the side whose answer they foretell (intent21).
     */
    private static final Set<String> OFFICIALS = officials();

    private static Set<String> officials() {
        Set<String> out = new java.util.HashSet<>(WordLists.words("speaker-official"));
        out.addAll(WordLists.words("speaker-military"));
        return Set.copyOf(out);
    }

    /** The actors the sentence names. */
    private final ActorResolver actors;
    /** The modality of what is coded. */
    private final ModalityRules modals;

    ReprisalThreats(Sentence ctx, ActorResolver actors, ModalityRules modals) {
        super(ctx);
        this.actors = java.util.Objects.requireNonNull(actors, "actors");
        this.modals = java.util.Objects.requireNonNull(modals, "modals");
    }

    /** Adds a threat for each foretold reprisal of the sentence, replacing the codings it explains. */
    void findThreats() {
        for (var t : s.tokens()) {
            int v = t.index();
            if (t.isNoun() && s.relation(v).equals("nsubj") && s.head(v) >= 0) {
                // "(Moscow said) Russia's answer would be harsh": the possessor answers, the clause's verb foretells
                Reprisals.Entry answer = ctx.coder.reprisals.answer(Syntax.lower(t));
                List<Arg> doers = new ArrayList<>();
                s.children(v, "nmod:poss").forEach(p -> doers.addAll(actors.actorsOf(p)));
                int h = s.head(v);
                if (answer != null && !doers.isEmpty() && !modals.negated(h, Set.of())) {
                    threaten(h, answer, doers, -1, v);
                }
            }
            if (t.isNoun() && Syntax.is(s.relation(v), "obl") && Syntax.preposition(s, v).equals("with")
                    && s.head(v) >= 0 && Syntax.passive(s, s.head(v))) {
                // "(warned that) any attack would be met with a decisive response": the speaker's side answers
                Reprisals.Entry answer = ctx.coder.reprisals.answer(Syntax.lower(t));
                int h = s.head(v);
                if (answer != null && !modals.negated(h, Set.of())) {
                    threaten(h, answer, null);
                }
            }
            if (t.isNoun() && s.relation(v).equals("obj") && s.head(v) >= 0
                    && GIVING.contains(Syntax.lower(s.token(s.head(v)))) && forceful(v)) {
                // "(said Pakistan had every right to) give a befitting response": an answer of force given is the
                // giver's reprisal ("would give its response to the proposal" is no threat)
                Reprisals.Entry answer = ctx.coder.reprisals.answer(Syntax.lower(t));
                int h = s.head(v);
                if (answer != null && !modals.negated(h, Set.of())) {
                    threaten(h, answer, null);
                }
            }
            if (t.isNoun() && s.relation(v).equals("obj") && s.head(v) >= 0
                    && ctx.coder.reprisals.vows(Syntax.lower(s.token(s.head(v)))) && forceful(v)) {
                // "vowed a crushing response to any attack by Israel", "promised Seoul a swift reply": the verb of
                // commitment makes the answer of force its subject's threat ("promised a response to the letter"
                // is none)
                Reprisals.Entry answer = ctx.coder.reprisals.answer(Syntax.lower(t));
                int h = s.head(v);
                if (answer != null && !modals.negated(h, Set.of())) {
                    threaten(v, answer, null, h);
                }
            }
            if (t.isNoun() && Syntax.hasChild(s, v, "cop") && !modals.negated(v, Set.of())) {
                // verbal27: a noun said of a party as "be" does: "said Western instructors in Ukraine would be
                // legitimate targets" (reprisals.txt sufferer target legitimate)
                Set<String> said = new java.util.HashSet<>();
                s.children(v).forEach(d -> said.add(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
                Reprisals.Entry entry = ctx.coder.reprisals.lookup(Syntax.lower(t), said);
                if (entry != null && entry.sufferer() && entry.word() != null) {
                    threaten(v, entry, null);
                }
            }
            if (!t.isVerb() && !(Syntax.hasChild(s, v, "aux") && !Syntax.hasChild(s, v, "cop"))) {
                continue; // freshH31: "would sanction the firms" is tagged a noun, yet heads its clause as a verb
            }
            Set<String> words = new java.util.HashSet<>();
            s.children(v).forEach(d -> words.add(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
            for (int o : s.children(v, "obj")) {
                // "would take retaliatory measures against Kyiv": the object's adjective tells the reprisal (intent17)
                s.children(o, "amod").forEach(a -> words.add(s.token(a).word().toLowerCase(Locale.ROOT)));
            }
            for (int o : s.children(v, "obl")) {
                // "Iran will pay for this crime": the preposition of a phrase of the verb counts as its word (intent19)
                s.children(o, "case").forEach(c -> words.add(s.token(c).word().toLowerCase(Locale.ROOT)));
            }
            for (var d : s.children(v)) {
                if (d.relation().equals("obj") || Syntax.is(d.relation(), "obl") || d.relation().equals("xcomp")) {
                    // intent31: "would be treated as an act of war": the "of" noun of what the act is taken as
                    for (int n : s.children(d.dependent(), "nmod")) {
                        if (Syntax.preposition(s, n).equals("of")) {
                            words.add(s.token(n).word().toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
            boolean negated = modals.negated(v, Set.of());
            if (negated) {
                words.add(Reprisals.NOT); // "would never relent", "won't be spared": told by its negation
            }
            Reprisals.Entry entry = ctx.coder.reprisals.lookup(Syntax.lower(t), words);
            if (entry != null && (!negated || Reprisals.NOT.equals(entry.word()) || entry.negation())) {
                threaten(v, entry, null);
            }
        }
    }

    /** Codes the threat of the reprisal at {@code v}; {@code answering} are its doers when a noun names them. */
    private void threaten(int v, Reprisals.Entry entry, List<Arg> answering) {
        threaten(v, entry, answering, -1);
    }

    /**
     * @param vowed the verb of commitment whose object the answer at {@code v} is ("vowed a swift response"), which
     *     makes the threat itself; -1 to find the speech verb that tells the reprisal of the future
     */
    private void threaten(int v, Reprisals.Entry entry, List<Arg> answering, int vowed) {
        threaten(v, entry, answering, vowed, -1);
    }

    /**
     * @param noun the noun of answer that is the subject of the clause at {@code v} ("its response to Israel would be
     *     decisive"), whose "to/against" party is the target (intent19); -1 for none
     */
    private void threaten(int v, Reprisals.Entry entry, List<Arg> answering, int vowed, int noun) {
        boolean future = vowed >= 0 || futureAux(v) || Syntax.hasTo(s, v);
        int speech = vowed;
        int at = v;
        for (int step = 0; step < 6 && speech < 0; step++) {
            int head = s.head(at);
            String rel = s.relation(at);
            if (head >= 0 && rel.equals("conj") && s.token(head).isVerb()) {
                future |= futureAux(head); // "would retain ... and respond": the first conjunct's verb leads
                at = head;
                continue;
            }
            if (head >= 0 && head < at && (rel.equals("dep") || rel.equals("parataxis")) && s.token(head).isVerb()
                    && EventCoder.SPEECH.contains(Syntax.lower(s.token(head)))
                    && !s.children(head, "obj").isEmpty() && entry.sufferer()) {
                // "Seoul warned Pyongyang it would pay dearly": the clause without "that" after the one warned, of a
                // sufferer's reprisal (intent21; any clause so hung under a speech verb lowered the blind precision)
                speech = head;
                break;
            }
            if (head >= 0 && READINESS.contains(Syntax.lower(s.token(head))) && Syntax.hasTo(s, at)
                    && (rel.equals("xcomp") || rel.equals("acl")) && !s.token(head).isVerb()) {
                // "were ready to help crush the mutiny", "had every right to respond": a stance toward the act,
                // which the clause of the adjective (or of the verb that has the noun) states
                future = true;
                at = s.token(head).isNoun() && s.head(head) >= 0 ? s.head(head) : head;
                continue;
            }
            if (head > at && rel.equals("dep") && s.token(head).isVerb()
                    && EventCoder.SPEECH.contains(Syntax.lower(s.token(head)))) {
                speech = head; // "\"Israel will pay a heavy price,\" Khamenei said": the quote left unattached
                break;
            }
            if (head < 0 || !s.token(head).isVerb() || !(Syntax.is(rel, "ccomp") || rel.equals("xcomp")
                    || rel.equals("advcl") && Syntax.hasTo(s, at))) {
                break;
            }
            String hl = Syntax.lower(s.token(head));
            if (EventCoder.SPEECH.contains(hl) || ORDERS.contains(hl) && rel.equals("xcomp")) {
                speech = head; // "warned that ...", "ordered the air force to hit back"
                // freshIJ33: "vowed to make Israel pay": the infinitive the speech verb governs foretells, as one on
                // the reprisal's own verb does
                future |= at != v && rel.equals("xcomp") && Syntax.hasTo(s, at);
            } else {
                future |= futureAux(head); // "would make Iran pay"
                at = head;
            }
        }
        if (speech < 0) {
            for (int c : s.children(at, "parataxis")) {
                if (EventCoder.SPEECH.contains(Syntax.lower(s.token(c)))) {
                    speech = c; // "Israel will respond, Netanyahu said"
                }
            }
        }
        if (speech < 0) {
            speech = Intents.attributionAfter(s, at); // "\"Israel will pay a heavy price,\" Khamenei said"
        }
        if (speech < 0 && future && ownVoice(at)) {
            speech = at; // freshIJ33: "We will make the North pay a harsh price": an official text foretells its own
        }
        if (speech < 0 || !future) {
            return;
        }
        List<Arg> speakers = new ArrayList<>(actors.subjectsOf(speech, 0));
        if (speakers.isEmpty() && ORDERS.contains(Syntax.lower(s.token(speech))) && Syntax.passive(s, speech)) {
            for (int c : s.children(speech, "nsubj:pass")) {
                speakers.addAll(actors.actorsOf(c)); // "the army has been told to respond": its side's order
            }
            for (int up = speech, step = 0; speakers.isEmpty() && step < 4 && s.head(up) >= 0; step++) {
                String rel = s.relation(up);
                up = s.head(up);
                if (!(Syntax.is(rel, "ccomp") || Syntax.is(rel, "conj")) || !s.token(up).isVerb()) {
                    break;
                }
                if (EventCoder.SPEECH.contains(Syntax.lower(s.token(up)))) {
                    // "Misri says ... the armed forces have been told to respond": the order its side's spokesman tells
                    speakers.addAll(actors.subjectsOf(up, 0));
                    break;
                }
            }
        }
        if (speakers.isEmpty() && !entry.sufferer() && unnamedOfficial(speech)) {
            // "A spokesman said Israel would retaliate": an official of no named side tells its own side's answer
            // (intent21)
            List<Arg> doers = answering != null ? answering : actors.subjectsOf(v, 0);
            if (!doers.isEmpty() && !Syntax.passive(s, v)) {
                speakers.add(doers.get(0));
            }
        }
        if (speakers.isEmpty()) {
            return;
        }
        Arg speaker = speakers.get(0);
        boolean passive = Syntax.passive(s, v);
        List<Arg> targets = new ArrayList<>();
        if (entry.sufferer()) {
            List<Integer> acts = passive ? List.of() : s.children(v, "nsubj").stream()
                    .filter(n -> s.token(n).isNoun() && !ctx.coder.references.roots(Syntax.lower(s.token(n))).isEmpty())
                    .toList();
            if (!acts.isEmpty()) {
                // verbal27: "said the attack would not go unanswered": an act suffers it through its doer; the party
                // the act was done to is not the one threatened
                acts.forEach(n -> targets.addAll(actDoers(n, speaker)));
            } else if (!passive) {
                targets.addAll(actors.subjectsOf(v, 0)); // "Seoul would pay dearly", "would make Iran pay"
            }
            if (!targets.isEmpty() && targets.stream().allMatch(a -> oneSide(a.actor(), speaker.actor()))
                    && s.children(v, "nsubj").stream().allMatch(n -> s.token(n).pos().startsWith("PRP"))) {
                // "Seoul warned Pyongyang that it would pay a heavy price": a pronoun the resolver gave the speaker is
                // the one warned, since no side threatens itself (intent21)
                List<Arg> warned = new ArrayList<>();
                for (var d : s.children(speech)) {
                    if (d.relation().equals("obj") || d.relation().equals("iobj")) {
                        warned.addAll(actors.actorsOf(d.dependent()));
                    }
                }
                warned.removeIf(a -> oneSide(a.actor(), speaker.actor()));
                if (!warned.isEmpty()) {
                    targets.clear();
                    targets.addAll(warned);
                }
            }
        } else {
            List<Arg> doers = answering != null ? answering : actors.subjectsOf(v, 0);
            if ((answering != null || !passive) && !doers.isEmpty() && doers.stream().noneMatch(d -> oneSide(d.actor(), speaker.actor()))) {
                return; // "said Iran would retaliate": a prediction about another's act
            }
            for (var d : s.children(v)) {
                if (d.relation().equals(passive ? "nsubj:pass" : "obj") || !passive && d.relation().equals("iobj")) {
                    List<Arg> by = passive ? agentsOf(d.dependent()) : List.of();
                    // "would give India a befitting response"; "any attack by the North would be met with ..." is
                    // aimed at the attacker (verbal27)
                    targets.addAll(by.isEmpty() ? actors.actorsOf(d.dependent()) : by);
                    if (targets.isEmpty()) {
                        targets.addAll(culprits(d.dependent(), speaker)); // "those behind the attack" (verbal27)
                    }
                }
            }
            List<Integer> parties = new ArrayList<>(s.children(v, "obl"));
            if (s.token(v).isNoun()) {
                parties.addAll(s.children(v, "nmod")); // "a swift response to any attack by Israel"
            }
            if (noun >= 0) {
                parties.addAll(0, s.children(noun, "nmod")); // "its response to Israel would be decisive"
            }
            if (entry.word() != null) {
                for (int o : s.children(v, "obj")) {
                    parties.addAll(s.children(o, "nmod")); // "would take countermeasures against Washington"
                }
            }
            for (int c : parties) {
                if (targets.isEmpty() && PARTY_PREPOSITIONS.contains(Syntax.preposition(s, c))) {
                    targets.addAll(actors.actorsOf(c));
                    for (int n : s.children(c, "nmod")) {
                        if (targets.isEmpty() && AGENT_PREPOSITIONS.contains(Syntax.preposition(s, n))) {
                            targets.addAll(actors.actorsOf(n)); // "respond to any attack by Azerbaijan"
                        }
                    }
                }
            }
        }
        if (targets.stream().anyMatch(a -> oneSide(a.actor(), speaker.actor()))) {
            return; // the speaker's own side suffers it: no threat
        }
        if (targets.isEmpty() && !entry.code().equals(Reprisals.FORCE)) {
            return; // a reckoning threatens whom it names: "said those behind it would be held to account" is no act
        }
        if (targets.isEmpty()) {
            for (var d : s.children(speech)) {
                if (d.relation().equals("obj") || d.relation().equals("iobj")) {
                    targets.addAll(actors.actorsOf(d.dependent())); // "warned Seoul that it would regret"
                }
            }
            targets.removeIf(a -> oneSide(a.actor(), speaker.actor()));
        }
        if (targets.isEmpty()) {
            for (int c : s.children(v, "advcl")) {
                if (s.children(c, "mark").stream().anyMatch(m -> Syntax.lower(s.token(m)).equals("if"))) {
                    targets.addAll(actors.subjectsOf(c, 0)); // "would be harsh if Israel attacked again": the one warned
                }
            }
            targets.removeIf(a -> oneSide(a.actor(), speaker.actor()));
        }
        if (targets.isEmpty()) {
            ActorRef other = ctx.discourse.otherSide(ctx.events.values(), speaker);
            if (other != null) {
                targets.add(new Arg(other, v, v, false));
            }
        }
        if (entry.answer() && targets.isEmpty()) {
            return; // "its answer would be harsh" with no one it answers: a statement, not a threat at someone
        }
        var code = ctx.coder.eventCode(entry.code());
        if (code.isEmpty()) {
            return;
        }
        int said = speech;
        boolean order = ORDERS.contains(Syntax.lower(s.token(speech)));
        // "promised that Russia would feel the consequences": the promise is the threat, no promise of its own (intent19)
        boolean vow = ctx.coder.reprisals.vows(Syntax.lower(s.token(speech)));
        ctx.events.entrySet().removeIf(en -> trigger(en.getKey()) == v || trigger(en.getKey()) == said
                && (REPLACED_ROOTS.contains(en.getValue().cameo().substring(0, 2))
                || order && en.getValue().cameo().startsWith(DEMAND)
                || vowed >= 0 && en.getValue().cameo().startsWith(PROMISE)
                || vow && en.getValue().cameo().equals(PROMISE + "0")));
        String rule = "reprisal " + code.get() + " = " + Reprisals.class.getSimpleName().toLowerCase(Locale.ROOT)
                + ".txt:" + entry.where().substring(entry.where().lastIndexOf(':') + 1) + " "
                + (entry.answer() ? "answer " : entry.sufferer() ? "sufferer " : "doer ") + entry.lemma()
                + (entry.word() == null ? "" : " " + entry.word()) + " + verb " + Syntax.upperLemma(s.token(speech));
        String trigger = speech == v ? s.token(v).word()
                : s.token(speech).word() + (v > speech ? " ... " : " ") + s.token(v).word();
        ctx.emit(List.of(speaker), targets, code.get(), speech, trigger, rule); // the threat was made: its verb's modality
    }

    /** verbal27: nouns (lemmas) of the doers of an act ("the perpetrators", "those behind it"; reprisals.txt culprit). */
    private static final Set<String> CULPRITS = Reprisals.culprits();

    /** verbal27: the CAMEO roots of the acts whose doers a culprit noun with no act named stands for: assaults, force. */
    private static final Set<String> CULPRIT_ROOTS = Set.of("18", "19", "20");

    /**
     * verbal27: the doers a noun of culprits stands for, as the one a reckoning or reprisal is foretold for ("said those
     * behind the attack would be brought to justice", "the perpetrators will be held to account", "would hold those
     * responsible to account"): the doer of the act a noun in its phrase names ({@link #actDoers}), else, for a
     * culprit noun (reprisals.txt {@code culprit}), the doer of the first assault or act of force the report told by
     * a side other than the speaker's. Empty for none, or for the speaker's own side.
     */
    private List<Arg> culprits(int noun, Arg speaker) {
        String lemma = Syntax.lower(s.token(noun));
        if (!CULPRITS.contains(lemma)) {
            return List.of();
        }
        List<Arg> out = new ArrayList<>();
        List<Integer> frontier = new ArrayList<>(List.of(noun));
        for (int depth = 0; depth < 3 && out.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int f : frontier) {
                for (var d : s.children(f)) {
                    int c = d.dependent();
                    if (Syntax.is(d.relation(), "nmod") || Syntax.is(d.relation(), "obl") || d.relation().equals("amod")) {
                        next.add(c);
                        if (s.token(c).isNoun() && !ctx.coder.references.roots(Syntax.lower(s.token(c))).isEmpty()) {
                            out.addAll(actDoers(c, speaker)); // "those behind the attack", "the perpetrators of the raid"
                        }
                    }
                }
            }
            frontier = next;
        }
        if (out.isEmpty()) {
            ActorRef agent = ctx.discourse.agentOfFirst(ctx.events.values(), CULPRIT_ROOTS, List.of(speaker));
            if (agent != null) {
                out.add(new Arg(agent, noun, noun, false));
            }
        }
        out.removeIf(a -> oneSide(a.actor(), speaker.actor()));
        return out;
    }

    /**
     * verbal27: whoever did the act a noun names ("the Indian strikes", "the attack by Israel", "the attack" told before):
     * its "by" party, possessor or adjective's party, the source of the act coded on it, else, definite, the doer of
     * the act of its kind the report told first by a side other than the speaker's; empty for none.
     */
    private List<Arg> actDoers(int noun, Arg speaker) {
        List<Arg> out = agentsOf(noun);
        for (var d : s.children(noun)) {
            if (Set.of("nmod:poss", "amod", "compound").contains(d.relation())) {
                out.addAll(actors.actorsOf(d.dependent()));
            }
        }
        for (var en : ctx.events.entrySet()) {
            if (out.isEmpty() && trigger(en.getKey()) == noun && en.getValue().source() != null
                    && !ImplicitTargets.standIn(en.getValue().source()) && !ImplicitSources.standIn(en.getValue().source())) {
                out.add(new Arg(en.getValue().source(), noun, noun, false));
            }
        }
        ActorRef agent = out.isEmpty() ? ctx.referredAgent(noun, speaker) : null;
        if (agent != null) {
            out.add(new Arg(agent, noun, noun, false));
        }
        return out;
    }

    /**
     * verbal27: the parties of the "by" phrases of a noun ("any nuclear attack by North Korea"): who does the act a
     * reprisal is foretold for; empty for none.
     */
    private List<Arg> agentsOf(int noun) {
        List<Arg> out = new ArrayList<>();
        for (int c : s.children(noun, "nmod")) {
            if (AGENT_PREPOSITIONS.contains(Syntax.preposition(s, c))) {
                out.addAll(actors.actorsOf(c));
            }
        }
        return out;
    }

    /**
     * Whether two actors are one side of a threat: one primary code, so a country's rebels or opposition are a side
     * of their own ("said his units were ready to crush the rebels": the state threatens its rebels).
     */
    private static boolean oneSide(ActorRef a, ActorRef b) {
        return Discourse.primary(a.code()).equals(Discourse.primary(b.code()));
    }

    /**
     * Whether the verb's subject is the first person plural ("we", words.txt first-plural) outside quotation marks in
     * an official text with an issuer ({@link Discourse#voice}): the text's own voice tells the clause, as a speech
     * verb would (freshIJ33: "We will make the North pay a harsh price", "we will respond firmly").
     */
    private boolean ownVoice(int verb) {
        if (ctx.discourse.voice == null) {
            return false;
        }
        for (int c : s.children(verb, "nsubj")) {
            Token t = s.token(c);
            if (FIRST_PLURAL.contains(Syntax.lower(t)) && !QuoteSpan.covers(ctx.discourse.quoteSpans, t.begin())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the speech verb's subject is an official or a force of no party the sentence names ("a spokesman said"). */
    private boolean unnamedOfficial(int speech) {
        List<Integer> subjects = s.children(speech, "nsubj");
        return !subjects.isEmpty() && subjects.stream().allMatch(n -> OFFICIALS.contains(Syntax.lower(s.token(n)))
                && actors.actorsOf(n).isEmpty());
    }

    /** Whether an answer is told as one of force ("a befitting response"; "crushing" as written, not "crush"). */
    private boolean forceful(int answer) {
        return s.children(answer, "amod").stream().anyMatch(a -> FORCEFUL.contains(Syntax.lower(s.token(a)))
                || FORCEFUL.contains(s.token(a).word().toLowerCase(Locale.ROOT)));
    }

    private boolean futureAux(int verb) {
        for (int a : s.children(verb, "aux")) {
            if (FUTURE.contains(s.token(a).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

}
