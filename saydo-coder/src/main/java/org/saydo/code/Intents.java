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

    private static final CueFile FILE = CueFile.resource("intents.txt", Set.of("readiness", "future", "any", "according", "ascribed", "committing", "making", "content", "audience", "forceful", "expected",
            "readiness-noun", "making-readiness", "possible", "partitive", "unhesitating", "owned-commitment"));

    /** Adjectives and participles whose infinitive is an intended act ("ready to", "prepared to", "willing to"). */
    private static final Set<String> READINESS = WordLists.words(FILE, "readiness");

    /** Auxiliaries that tell an act of the future ("will", "would", "shall"; "wo" of "won't"). */
    private static final Set<String> FUTURE = WordLists.words(FILE, "future");

    /**
     * Auxiliaries with which a speaker foretells its own side's act as an intent (a threat, when it does harm): the
     * future ones and those of a possibility the speaker holds out ("Medvedev said Russia could strike Kyiv";
     * intents.txt {@code future} and {@code possible}; EventCombiner).
     */
    static final Set<String> FORETELLING = foretelling();

    private static Set<String> foretelling() {
        Set<String> out = new java.util.HashSet<>(WordLists.words(FILE, "future"));
        out.addAll(WordLists.words(FILE, "possible"));
        return Set.copyOf(out);
    }

    /** Determiners of an event noun that tell no act made, only one of its kind ({@link ModalityRules}). */
    static final Set<String> ANY = WordLists.words(FILE, "any");

    /** Nouns of tellers besides the speaker words: "according to sources" reports ({@link ModalityRules}). */
    static final Set<String> ACCORDING = WordLists.words(FILE, "according");

    /** Nouns of the audience a closing attribution may name ("told reporters"; {@link ModalityRules}). */
    static final Set<String> AUDIENCE = WordLists.words(FILE, "audience");

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

    /** A word of promising or threatening and the relations of its nominal complement that say what of. */
    private record Committing(Combination.Family family, Set<String> relations, String where) {
    }

    /** Words of promising or threatening whose nominal complement is the act ({@code intents.txt} committing). */
    private static final Map<String, Committing> COMMITTING = committing();

    private static Map<String, Committing> committing() {
        Map<String, Committing> out = new java.util.HashMap<>();
        for (CueFile.Cue c : FILE.of("committing")) {
            String[] f = c.value().toLowerCase(Locale.ROOT).split("\\s+");
            Combination.Family family = f.length < 3 ? null : f[1].equals("03") ? Combination.Family.INTEND
                    : f[1].equals("13") ? Combination.Family.THREATEN : null;
            if (family == null) {
                throw c.error("expected 'committing LEMMA 03|13 REL...', got '" + c.value() + "'");
            }
            Set<String> relations = new java.util.HashSet<>(List.of(java.util.Arrays.copyOfRange(f, 2, f.length)));
            Committing before = out.get(f[0]);
            if (before != null && before.family() != family) {
                throw c.error("'" + f[0] + "' is committing in two families, here and at " + before.where());
            }
            if (before != null) {
                relations.addAll(before.relations()); // "pledge 03 of" (the noun) and "pledge 03 obj" (the verb)
            }
            out.put(f[0], new Committing(family, Set.copyOf(relations), before != null ? before.where() : c.where()));
        }
        return Map.copyOf(out);
    }

    /** Verbs whose object noun of commitment is their subject's ("repeated his offer"; intents.txt making). */
    private static final Set<String> MAKING = WordLists.words(FILE, "making");

    /** Nouns of readiness whose infinitive is an act a party is ready to do ("readiness to negotiate"). */
    private static final Set<String> READINESS_NOUNS = WordLists.words(FILE, "readiness-noun");

    /** Verbs that make a noun of readiness their subject's: those of commitment and "signal", "show" (intent17). */
    private static final Set<String> MAKING_READINESS = makingReadiness();

    private static Set<String> makingReadiness() {
        Set<String> out = new java.util.HashSet<>(MAKING);
        out.addAll(WordLists.words(FILE, "making-readiness"));
        return Set.copyOf(out);
    }

    /**
     * Nouns of acts the noun dictionary lacks that may be promised or threatened ({@code intents.txt} content), by
     * noun: each with a modifier it must have (or null) and the act's code.
     */
    private static final Map<String, List<Combination.Content>> CONTENTS = Combination.contents(FILE, "content");

    /** Adjectives that make an answer one of force ("a strong response"; words.txt reprisal-forceful, intents.txt forceful). */
    private static final Set<String> FORCEFUL = forceful();

    private static Set<String> forceful() {
        Set<String> out = new java.util.HashSet<>(WordLists.words("reprisal-forceful"));
        out.addAll(WordLists.words(FILE, "forceful"));
        return Set.copyOf(out);
    }

    /** Prepositions of the party an act or a threat is aimed at or made with. */
    private static final Set<String> PARTY = Set.of("against", "on", "to", "at", "with", "between", "for");

    /** Prepositions of the place an act of force is done in, which names its target ("military intervention in Niger"). */
    private static final Set<String> PLACE = Set.of("in", "into", "inside");

    /** Roots of the codings a word of commitment had on its own that the commitment replaces. */
    private static final Set<String> REPLACED = Set.of("01", "03", "13");

    /** Roots of the acts one may be ready to do for someone: meeting, cooperation, aid, yielding. */
    private static final Set<String> COOPERATIVE = Set.of("04", "05", "06", "07", "08");

    /** Roots of a verb's own code that tell the act a party is ready to do (intent17). */
    private static final Set<String> OWN_CODED = Set.of("04", "06", "07");

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

    /**
     * Recodes the acts of the sentence told as ready to be done, or foretold by their own side's speaker after, and
     * codes the promises and threats whose act a noun tells ({@link #nounContents()}).
     */
    void findIntents() {
        nounContents();
        readyActs();
        expectedMeetings();
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
                if (readyParty(ready, e)) {
                    recode(key, e, "ready: " + Syntax.lower(s.token(ready)), contentAct(t, e.cameo()));
                } else {
                    ctx.events.remove(key); // the other direction of a mutual act only one side is ready to do
                }
                continue;
            }
            int hesitant = s.head(t);
            if (hesitant >= 0 && s.relation(t).equals("xcomp") && UNHESITATING.contains(Syntax.lower(s.token(hesitant)))
                    && modals.negated(hesitant, Set.of()) && !NOT_FORETOLD.contains(root) && ownSpeaker(hesitant, e)) {
                // "India said it would not hesitate to strike the camps": its own side's intent, a threat (intent19)
                recode(key, e, "not " + Syntax.lower(s.token(hesitant)));
                continue;
            }
            if (ready >= 0 && FORCE.contains(root) && !modals.negated(ready, Set.of()) && readyParty(ready, e)
                    && ownSpeaker(ready, e)) {
                readyForce(key, e, ready);
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

    /**
     * Codes each promise or threat whose act a noun tells ({@code intents.txt} committing): "threatened economic
     * sanctions against Tokyo" (1312), "threatened Kuwait with military action" (138x), "warned Pakistan of a strong
     * response", "remains committed to the ceasefire" (0356), "repeated his offer of talks" (036). The coding the
     * word had on its own (a generic threat, a statement) and the noun's act (no sanctions were imposed) give way.
     */
    void nounContents() {
        for (var tok : s.tokens()) {
            int v = tok.index();
            Committing word = COMMITTING.get(Syntax.lower(tok));
            if (word == null || !(tok.isVerb() || tok.isNoun() || tok.pos().startsWith("JJ"))) {
                continue;
            }
            for (var d : s.children(v)) {
                int c = d.dependent();
                String rel = d.relation();
                boolean via = rel.equals("obj") ? word.relations().contains("obj")
                        : (Syntax.is(rel, "obl") || Syntax.is(rel, "nmod"))
                        && word.relations().contains(Syntax.preposition(s, c));
                boolean sum = quantity(c);
                if (via && !sum && s.token(c).isNoun() && OWNED_COMMITMENT.contains(Syntax.lower(tok))
                        && !actors.actorsOf(c).isEmpty()) {
                    // coop33: "is committed to Taiwan", "its commitment to Ukraine": cooperation with the party (030)
                    commit(v, c, word, "050", UNSPECIFIED_COOPERATION, actors.actorsOf(c));
                    break;
                }
                if (!via || !sum && (!s.token(c).isNoun() || !actors.actorsOf(c).isEmpty())) {
                    continue; // "threatened Russia": the one threatened, not what with
                }
                if (!rel.equals("obj") && tok.isVerb() && word.family() == Combination.Family.INTEND
                        && s.children(v, "obj").stream().anyMatch(o -> actors.actorsOf(o).isEmpty())) {
                    continue; // "committed more troops to the offensive": what is sent where, no promise (intent21)
                }
                if (!sum) {
                    c = actNoun(c); // "open to a new round of talks with Ukraine": the talks, and their party
                }
                String act = sum ? null : contentCode(c);
                if (sum) {
                    // "pledged $2 billion in humanitarian aid", "promised 500 million euros of military aid": the sum's
                    // phrase names what is promised
                    for (int q : s.children(c, "nmod")) {
                        String prep = Syntax.preposition(s, q);
                        if (act == null && (prep.equals("in") || prep.equals("of")) && actors.actorsOf(q).isEmpty()) {
                            act = contentCode(q);
                            c = act == null ? c : q; // the aid's party: "in humanitarian aid to Sudan"
                        }
                    }
                }
                Optional<String> code = act == null ? Optional.empty()
                        : Combination.code(word.family(), act).flatMap(x -> ctx.coder.eventCode(x));
                if (code.isPresent()) {
                    commit(v, c, word, act, code.get(), List.of());
                    break;
                }
                List<Arg> owners = act == null && !sum && OWNED_COMMITMENT.contains(Syntax.lower(tok))
                        ? owners(c) : List.of();
                if (!owners.isEmpty()) {
                    // coop33: "remains committed to the defence of South Korea", "its commitment to Israel's security":
                    // a thing of a party that is no act, committed to, is cooperation with that party (030)
                    commit(v, c, word, "050", UNSPECIFIED_COOPERATION, owners);
                    break;
                }
            }
        }
    }

    /** CAMEO 030, express intent to cooperate, not specified below: a commitment to a party or to a thing of it. */
    private static final String UNSPECIFIED_COOPERATION = "030";

    /** Words of commitment whose complement, a party or a thing of a party, names whom ({@code owned-commitment}). */
    private static final Set<String> OWNED_COMMITMENT = WordLists.words(FILE, "owned-commitment");

    /**
     * The parties a noun that is no act belongs to: its possessor, its "of" phrase, or a party named in the phrase
     * itself ("South Korea's security", "the defence of its ally", "its one-China policy").
     */
    private List<Arg> owners(int n) {
        List<Arg> out = new ArrayList<>();
        for (int p : s.children(n, "nmod:poss")) {
            out.addAll(actors.actorsOf(p));
        }
        for (int p : s.children(n, "nmod")) {
            if (out.isEmpty() && Syntax.preposition(s, p).equals("of")) {
                out.addAll(actors.actorsOf(p));
            }
        }
        return out;
    }

    /** Whether the noun at {@code n} is a sum or a number ("$2 billion", "500 million euros", "thousands"). */
    private boolean quantity(int n) {
        var tok = s.token(n);
        return tok.pos().equals("CD") || tok.pos().equals("$") || tok.word().equals("$")
                || !s.children(n, "nummod").isEmpty();
    }

    /** Nouns of a part, start or renewal of an act whose "of" phrase names the act ("a new round of talks"). */
    private static final Set<String> PARTITIVE = WordLists.words(FILE, "partitive");

    /** Verbs whose negation tells the act of their infinitive as intended ("would not hesitate to strike"). */
    static final Set<String> UNHESITATING = WordLists.words(FILE, "unhesitating");

    /**
     * The noun that names the act of the noun at {@code n}: the act of its "of" phrase when it is a part, start or
     * renewal of one ("a new round of talks", "the resumption of negotiations"; intent19), else itself.
     */
    private int actNoun(int n) {
        if (!PARTITIVE.contains(Syntax.lower(s.token(n)))) {
            return n;
        }
        for (int q : s.children(n, "nmod")) {
            if (Syntax.preposition(s, q).equals("of") && s.token(q).isNoun() && actors.actorsOf(q).isEmpty()) {
                return q;
            }
        }
        return n;
    }

    /** The code of the act a noun names: the noun dictionary's (a deed), intents.txt content, or a forceful answer. */
    private String contentCode(int n) {
        Optional<NominalDictionary.Entry> entry = ctx.coder.nouns.lookup(s, n);
        if (entry.isPresent() && COOPERATIVE_OR_FORCE.contains(entry.get().code().substring(0, 2))) {
            return entry.get().code();
        }
        Set<String> mods = new java.util.HashSet<>();
        for (var d : s.children(n)) {
            if (d.relation().equals("amod") || d.relation().equals("compound")) {
                mods.add(Syntax.lower(s.token(d.dependent())));
                mods.add(s.token(d.dependent()).word().toLowerCase(Locale.ROOT));
            }
        }
        for (Combination.Content c : CONTENTS.getOrDefault(Syntax.lower(s.token(n)), List.of())) {
            if (c.word() == null || mods.contains(c.word())) {
                return c.code();
            }
        }
        Reprisals.Entry answer = ctx.coder.reprisals.answer(Syntax.lower(s.token(n)));
        return answer != null && mods.stream().anyMatch(FORCEFUL::contains) ? "190" : null;
    }

    /** Roots of force, whose place names whom it is done to. */
    private static final Set<String> FORCE = Set.of("18", "19", "20");

    /** Roots of deeds a promise or threat may be of: meeting, cooperation, aid, yielding, force and coercion. */
    private static final Set<String> COOPERATIVE_OR_FORCE = Set.of("04", "05", "06", "07", "08", "09", "15", "16",
            "17", "18", "19", "20");

    /** Emits the commitment of the word at {@code v} to the act the noun at {@code c} names. */
    private void commit(int v, int c, Committing word, String act, String code, List<Arg> owners) {
        int at = v;
        List<Arg> sources = new ArrayList<>();
        if (s.token(v).isNoun()) {
            s.children(v, "nmod:poss").forEach(p -> sources.addAll(actors.actorsOf(p)));
            int h = s.head(v);
            if (h >= 0 && s.relation(v).equals("obj") && s.token(h).isVerb()
                    && MAKING_READINESS.contains(Syntax.lower(s.token(h)))) {
                if (sources.isEmpty()) {
                    sources.addAll(actors.subjectsOf(h, 0)); // "Pakistan repeated its offer of an investigation"
                }
                at = h; // "Iran expressed its readiness for talks": the expressing is the commitment, not a comment
            }
        } else {
            sources.addAll(actors.subjectsOf(v, 0));
            if (sources.isEmpty() && s.relation(v).equals("xcomp") && s.head(v) >= 0) {
                sources.addAll(actors.subjectsOf(s.head(v), 0)); // "it remains committed to"
            }
            if (sources.isEmpty() && word.family() == Combination.Family.INTEND) {
                for (int p : s.children(v, "nsubj:pass")) {
                    sources.addAll(actors.actorsOf(p)); // "Hamas said it was committed to the deal" (intent19)
                }
            }
        }
        if (sources.isEmpty()) {
            return;
        }
        List<Arg> targets = new ArrayList<>();
        if (!s.token(v).isNoun()) {
            for (int o : s.children(v, "obj")) {
                if (o != c) {
                    targets.addAll(actors.actorsOf(o)); // "warned Pakistan of a strong response"
                }
            }
        }
        for (int p : s.children(c, "nmod")) {
            String prep = Syntax.preposition(s, p);
            if (targets.isEmpty() && (PARTY.contains(prep) || PLACE.contains(prep) && FORCE.contains(act.substring(0, 2)))) {
                targets.addAll(actors.actorsOf(p)); // "sanctions against Tokyo", "talks with India", "intervention in Niger"
            }
        }
        for (int p : s.children(v, "obl")) {
            if (targets.isEmpty() && p != c && PARTY.contains(Syntax.preposition(s, p))) {
                targets.addAll(actors.actorsOf(p)); // "threatened sanctions against Tokyo"
            }
        }
        if (targets.isEmpty()) {
            targets.addAll(owners); // coop33: "committed to the defence of South Korea"
        }
        int said = at;
        if (targets.isEmpty()) {
            ctx.events.entrySet().stream()
                    .filter(en -> trigger(en.getKey()) == v || trigger(en.getKey()) == said)
                    .map(en -> en.getValue().target()).filter(java.util.Objects::nonNull).findFirst()
                    .ifPresent(t -> targets.add(new Arg(t, v, v, false)));
        }
        targets.removeIf(t -> sources.stream().anyMatch(x -> sameSide(x.actor(), t.actor())));
        // coop33: "remains committed to", "reaffirmed its commitment to": the verb's own praise or cooperation (REMAIN *
        // COMMITTED 051, CONFIRM * COMMITMENT 050) is the commitment too
        int governor = s.relation(v).equals("xcomp") ? s.head(v) : -1;
        ctx.events.entrySet().removeIf(en -> trigger(en.getKey()) == c
                || (trigger(en.getKey()) == v || trigger(en.getKey()) == said)
                && (REPLACED.contains(en.getValue().cameo().substring(0, 2))
                || OWNED_COMMITMENT.contains(Syntax.lower(s.token(v))) && en.getValue().cameo().startsWith("05"))
                || governor >= 0 && trigger(en.getKey()) == governor && OWNED_COMMITMENT.contains(Syntax.lower(s.token(v)))
                && en.getValue().cameo().startsWith("05"));
        String rule = "intent " + code + " = intents.txt:" + word.where().substring(word.where().lastIndexOf(':') + 1)
                + " committing " + Syntax.lower(s.token(v)) + " + noun " + Syntax.upperLemma(s.token(c)) + " [" + act
                + "]";
        String trigger = s.token(at).word() + (at != v ? " ... " + s.token(v).word() : "") + " ... "
                + s.token(c).word();
        ctx.emit(sources, targets, code, at, trigger, rule);
    }

    /**
     * Codes the readiness of a party to an act that no event was coded for (intent17): the infinitive names its act by
     * contents.txt ("said it was ready to return to talks with Russia", 036) or by its verb's own dictionary code
     * ("signalled its readiness to negotiate with Washington": the noun's infinitive has no subject, so the verb
     * coded nothing). The readiness word is an adjective of {@code readiness} with the infinitive as its open
     * complement, or a noun of {@code readiness-noun} with it as its clause; the party is the adjective's subject, or
     * the noun's possessor, else the subject of the verb that makes it ("expressed readiness"; {@code making}). The
     * target is the act's party ("with Russia", "talks with Russia"). Cooperation, meetings, aid and yielding only
     * (04-08), as for the readiness of acts coded.
     */
    private void readyActs() {
        for (var tok : s.tokens()) {
            int h = tok.index();
            String lemma = Syntax.lower(tok);
            boolean adjective = READINESS.contains(lemma) && !tok.isNoun();
            boolean noun = READINESS_NOUNS.contains(lemma) && tok.isNoun();
            if (!adjective && !noun || modals.negated(h, Set.of())) {
                continue;
            }
            int maker = s.head(h);
            boolean made = noun && maker >= 0 && s.relation(h).equals("obj") && s.token(maker).isVerb()
                    && MAKING_READINESS.contains(Syntax.lower(s.token(maker)));
            List<Integer> acts = new ArrayList<>();
            for (var dep : s.children(h)) {
                String rel = dep.relation();
                if (adjective ? rel.equals("xcomp") || rel.equals("advcl") : rel.equals("acl")) {
                    acts.add(dep.dependent());
                }
            }
            if (made) {
                acts.addAll(s.children(maker, "xcomp")); // parsed "signalled [its readiness] [to negotiate]"
            }
            for (int t : acts) {
                if (!s.token(t).isVerb() || !Syntax.hasTo(s, t) || modals.negated(t, Set.of())) {
                    continue;
                }
                List<String> coded = ctx.events.keySet().stream().filter(k -> trigger(k) == t).toList();
                if (!coded.isEmpty()) {
                    if (noun) {
                        // "the Kremlin signalled its readiness to negotiate with Washington": the act coded is its intent
                        coded.forEach(k -> {
                            Event e = ctx.events.get(k);
                            if (e != null && COOPERATIVE.contains(e.cameo().substring(0, 2))) {
                                recode(k, e, "ready: " + lemma);
                            }
                        });
                    }
                    continue;
                }
                String act = actCode(t);
                Optional<String> code = act == null || !COOPERATIVE.contains(act.substring(0, 2)) ? Optional.empty()
                        : Combination.code(Combination.Family.INTEND, act).flatMap(x -> ctx.coder.eventCode(x));
                if (code.isEmpty()) {
                    continue;
                }
                int at = h;
                List<Arg> sources = new ArrayList<>();
                if (adjective) {
                    sources.addAll(actors.subjectsOf(h, 0));
                    if (sources.isEmpty() && Syntax.passive(s, h)) {
                        // "said it was prepared to return to talks": the parser reads the participle as a passive,
                        // whose subject is the ready party (intent23)
                        s.children(h, "nsubj:pass").forEach(c -> sources.addAll(actors.actorsOf(c)));
                    }
                } else {
                    s.children(h, "nmod:poss").forEach(p -> sources.addAll(actors.actorsOf(p)));
                    if (made) {
                        if (sources.isEmpty()) {
                            sources.addAll(actors.subjectsOf(maker, 0));
                        }
                        at = maker;
                    }
                }
                if (sources.isEmpty()) {
                    continue;
                }
                List<Arg> targets = new ArrayList<>();
                for (var d : s.children(t)) {
                    int c = d.dependent();
                    if (d.relation().equals("obj") || Syntax.is(d.relation(), "obl")
                            && PARTY.contains(Syntax.preposition(s, c))) {
                        targets.addAll(actors.actorsOf(c));
                        for (int p : s.children(c, "nmod")) {
                            if (PARTY.contains(Syntax.preposition(s, p))) {
                                targets.addAll(actors.actorsOf(p)); // "return to talks with Russia"
                            }
                        }
                    }
                }
                targets.removeIf(x -> sources.stream().anyMatch(y -> sameSide(y.actor(), x.actor())));
                int said = at;
                ctx.events.entrySet().removeIf(en -> (trigger(en.getKey()) == h || trigger(en.getKey()) == said)
                        && REPLACED.contains(en.getValue().cameo().substring(0, 2)));
                String rule = "intent " + code.get() + " = intents.txt readiness " + lemma + " + verb "
                        + Syntax.upperLemma(s.token(t)) + " [" + act + "]";
                String trigger = s.token(at).word() + (at != h ? " ... " + tok.word() : "") + " ... "
                        + s.token(t).word();
                ctx.emit(sources, targets, code.get(), at, trigger, rule);
            }
        }
    }

    /**
     * Whether the act {@code e} is the ready party's own: "Armenia said it was ready to sign a peace treaty with
     * Azerbaijan" is Armenia's readiness, not Azerbaijan's, though the treaty is coded both ways (intent17). A
     * readiness word with no party named keeps every act.
     */
    private boolean readyParty(int ready, Event e) {
        List<Arg> parties = actors.subjectsOf(ready, 0);
        return parties.isEmpty() || parties.stream().anyMatch(a -> sameSide(a.actor(), e.source()));
    }

    /** The act an infinitive names when no event was coded for it: contents.txt, else its verb's own code. */
    private String actCode(int t) {
        Set<String> deps = new java.util.HashSet<>();
        for (var d : s.children(t)) {
            deps.add(s.token(d.dependent()).word().toLowerCase(Locale.ROOT));
            deps.add(Syntax.lower(s.token(d.dependent())));
        }
        Optional<Combination.Content> content = Combination.content(Syntax.lower(s.token(t)), deps);
        if (content.isPresent()) {
            return content.get().code();
        }
        for (org.saydo.dict.VerbEntry entry : ctx.coder.dictionaries.verbs().lookupLemma(Syntax.upperLemma(s.token(t)))) {
            if (entry.after().isEmpty() && entry.before().isEmpty()) {
                // a verb class's own code of yielding is too coarse to tell what is yielded ("negotiate" is in
                // COMPROMISE [080]): meetings, cooperation and aid only
                String own = ctx.coder.eventCode(entry.code()).orElse(null);
                return own != null && OWN_CODED.contains(own.substring(0, 2)) ? own : null;
            }
        }
        return null;
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
        int h = s.head(at);
        if (h > at && s.relation(at).equals("dep") && s.token(h).isVerb()
                && EventCoder.SPEECH.contains(Syntax.lower(s.token(h)))) {
            return h; // "\"Germany will send more tanks,\" Scholz said": the quote left unattached
        }
        return attributionAfter(s, at); // "\"Germany will send tanks,\" Scholz said"

    }

    /**
     * The speech verb of an attribution that follows the clause of {@code at} and that the parser hung under it as its
     * complement ("\"Israel will pay a heavy price,\" Khamenei said": "said" the {@code ccomp} of "pay") rather than
     * over it (intent17): a speech verb after the clause, set off from it by a comma or a closing quotation mark,
     * with a subject of its own; -1 for none. A reprisal or an act foretold there is the attribution's speaker's.
     */
    static int attributionAfter(org.saydo.nlp.ParsedSentence s, int at) {
        for (var d : s.children(at)) {
            int c = d.dependent();
            if (c <= at || !(Syntax.is(d.relation(), "ccomp") || d.relation().equals("dep"))
                    || !s.token(c).isVerb() || !EventCoder.SPEECH.contains(Syntax.lower(s.token(c)))
                    || s.children(c, "nsubj").isEmpty()) {
                continue;
            }
            int first = c;
            for (int n : s.children(c, "nsubj")) {
                first = Math.min(first, n);
            }
            for (int i = at + 1; i < first; i++) {
                String w = s.token(i).word();
                if (w.equals(",") || w.equals("''") || w.equals("\"") || w.equals("\u201d")) {
                    return c;
                }
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

    /**
     * Whether the readiness word at {@code ready} is told by a speaker of the act's own side (intent19): "Kim said North
     * Korea was prepared to use nuclear weapons", "the army is ready to fight at any time, its spokesman said"; the
     * speech verb is the one the readiness clause completes, or an attribution after it.
     */
    private boolean ownSpeaker(int ready, Event e) {
        int at = ready;
        int speech = -1;
        for (int step = 0; step < 3 && speech < 0 && s.head(at) >= 0; step++) {
            int h = s.head(at);
            if (!s.token(h).isVerb() || !(Syntax.is(s.relation(at), "ccomp") || Syntax.is(s.relation(at), "conj"))) {
                break;
            }
            if (EventCoder.SPEECH.contains(Syntax.lower(s.token(h)))) {
                speech = h;
            }
            at = h;
        }
        if (speech < 0) {
            speech = speakerAfter(ready);
        }
        return speech >= 0 && actors.subjectsOf(speech, 0).stream().anyMatch(a -> sameSide(a.actor(), e.source()));
    }

    /**
     * Recodes an act of force a side's own speaker says it is ready to do as that side's threat of it (intent19; CAMEO
     * 138 "threaten with military force": "said it was ready to strike", 1384; "was prepared to use nuclear weapons"):
     * aimed at the act's target, else at the other side of the report.
     */
    private void readyForce(String key, Event e, int ready) {
        Optional<String> code = Combination.code(Combination.Family.THREATEN, e.cameo())
                .flatMap(c -> ctx.coder.eventCode(c));
        if (code.isEmpty()) {
            return;
        }
        ActorRef target = e.target() != null && !sameSide(e.target(), e.source()) ? e.target() : null;
        if (target == null) {
            target = ctx.discourse.otherSide(ctx.events.values(), new Arg(e.source(), ready, ready, false));
        }
        ctx.events.remove(key);
        Provenance p = e.provenance();
        Provenance q = p.withRule("intent " + code.get() + " = ready: " + Syntax.lower(s.token(ready))
                + " to force, told by its side + " + p.rule());
        String newKey = e.source().code() + "|" + (target == null ? "" : target.code()) + "|" + code.get() + "|"
                + trigger(key);
        ctx.events.putIfAbsent(newKey, new Event(e.source(), target, code.get(), Modality.INTENT, null, e.date(),
                DateSanity.check(e.date(), e.dateBasis(), Modality.INTENT, ctx.doc.published(), e.dateText()),
                e.dateText(), e.text(), q));
    }

    /**
     * The act the verb at {@code t} names by contents.txt, when its dictionary coding {@code coded} is of another
     * root: "said Moscow was ready to negotiate" is coded 080 (CAMEO.2.0's COMPROMISE) or 050 ("negotiate with"),
     * but what is intended is negotiation (046, so 036), as contents.txt says (intent21).
     */
    private String contentAct(int t, String coded) {
        Set<String> deps = new java.util.HashSet<>();
        for (var d : s.children(t)) {
            deps.add(s.token(d.dependent()).word().toLowerCase(Locale.ROOT));
            deps.add(Syntax.lower(s.token(d.dependent())));
        }
        return Combination.content(Syntax.lower(s.token(t)), deps).map(Combination.Content::code)
                .filter(c -> COOPERATIVE.contains(c.substring(0, 2)) && !c.substring(0, 2).equals(coded.substring(0, 2)))
                .orElse(coded);
    }

    /** Words that tell a meeting noun their subject as one to come ("is expected", "are due to begin"; intents.txt expected). */
    private static final Set<String> EXPECTED = WordLists.words(FILE, "expected");

    /**
     * Recodes a meeting told by a noun as one to come as an intent to meet (036, modality intent): the noun is the
     * subject of a word of {@code intents.txt} expected ("a summit between Armenia and Azerbaijan is expected next
     * week", "talks are due to begin on Thursday", "the talks are scheduled for Monday") or of a verb told of the
     * future ("the talks will go ahead"), as the corpus codes meetings announced (intent21). A meeting that did not
     * happen or was called off keeps its coding.
     */
    private void expectedMeetings() {
        for (String key : new ArrayList<>(ctx.events.keySet())) {
            Event e = ctx.events.get(key);
            int t = trigger(key);
            if (e == null || !s.token(t).isNoun() || !e.cameo().startsWith("04") || e.cameo().startsWith("045")
                    || e.modality() == Modality.NEGATED || e.modality() == Modality.BACKGROUND) {
                continue;
            }
            int h = s.head(t);
            String rel = s.relation(t);
            if (h >= 0 && rel.equals("nmod") && PARTITIVE.contains(Syntax.lower(s.token(h)))) {
                rel = s.relation(h); // "a new round of talks is due to begin"
                h = s.head(h);
            }
            if (h < 0 || !(rel.equals("nsubj") || rel.equals("nsubj:pass")) || modals.negated(h, Set.of())) {
                continue;
            }
            String lemma = Syntax.lower(s.token(h));
            String word = s.token(h).word().toLowerCase(Locale.ROOT);
            boolean told = s.children(h).stream().anyMatch(d -> d.dependent() != t && !s.token(d.dependent()).isNoun()
                    && EXPECTED.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
            // "talks are due to resume": the parser takes "due to" for a preposition of "resume"
            if (EXPECTED.contains(lemma) || EXPECTED.contains(word) || told || s.token(h).isVerb() && future(h)) {
                recode(key, e, "expected: " + word);
            }
        }
    }

    /** Replaces the act by the intent family's code for it, modality intent. */
    private void recode(String key, Event e, String why) {
        recode(key, e, why, e.cameo());
    }

    /** Replaces the act by the intent family's code for {@code act}, modality intent. */
    private void recode(String key, Event e, String why, String act) {
        Optional<String> code = Combination.code(Combination.Family.INTEND, act)
                .flatMap(c -> ctx.coder.eventCode(c));
        if (code.isEmpty() || code.get().equals(e.cameo())) {
            return;
        }
        ctx.events.remove(key);
        put(key, e, code.get(), why);
    }

    /** Marks of a clause that sets a condition or asks: a promise or threat inside one is not made. */
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");
    /** Auxiliaries of a possibility or advice on the promise's own verb ("could offer", "should offer"). */
    private static final Set<String> UNMADE = Set.of("could", "might", "may", "should");

    /**
     * Gives a promise or threat made on a condition modality intent (intent23): corpus/README.md "threats and
     * promises (13x, 03x) always have modality intent, also when conditional", and the condition ("Iran said it would
     * strike Israel if Israel attacked its nuclear sites", "If Russia attacks, the alliance would respond with force,
     * Biden said") made the speech act hypothetical. A promise or threat whose own verb sits in the condition, or is
     * told as a possibility or advice ("if Washington wants the truce to last, it should offer"), stays as it was.
     */
    void conditionalCommitments() {
        for (String key : new ArrayList<>(ctx.events.keySet())) {
            Event e = ctx.events.get(key);
            if (e == null || e.modality() != Modality.HYPOTHETICAL
                    || !(e.cameo().startsWith("03") || e.cameo().startsWith("13"))) {
                continue;
            }
            int t = trigger(key);
            boolean unmade = false;
            for (int at = t, step = 0; at >= 0 && step < 8 && !unmade; at = s.head(at), step++) {
                for (var d : s.children(at)) {
                    String w = Syntax.lower(s.token(d.dependent()));
                    unmade |= d.relation().equals("mark") && CONDITIONS.contains(w)
                            || at == t && Syntax.is(d.relation(), "aux") && UNMADE.contains(w);
                }
            }
            if (unmade || ModalityRules.polarQuestion(s)) {
                continue; // "Is China preparing to invade Taiwan?" asks; no threat is made
            }
            Provenance p = e.provenance();
            ctx.events.put(key, new Event(e.source(), e.target(), e.cameo(), Modality.INTENT, null, e.date(),
                    DateSanity.check(e.date(), e.dateBasis(), Modality.INTENT, ctx.doc.published(), e.dateText()),
                    e.dateText(), e.text(), p.withRule(p.rule() + " + intent: made on a condition")));
        }
    }

    /**
     * Drops a threat of no named kind at no one (130, no target: "Hezbollah warned that it will expand its attacks on
     * Israel" gave the warning on its own beside the threat its clause tells) when the sentence has another threat of
     * the same side that names its kind or its target (intent23): the warning is that threat, told once.
     */
    void bareWarnings() {
        List<Event> named = ctx.events.values().stream().filter(e -> e.cameo().startsWith("13")
                && !(e.cameo().equals("130") && e.target() == null)).toList();
        ctx.events.entrySet().removeIf(en -> en.getValue().cameo().equals("130") && en.getValue().target() == null
                && named.stream().anyMatch(x -> sameSide(x.source(), en.getValue().source())));
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
