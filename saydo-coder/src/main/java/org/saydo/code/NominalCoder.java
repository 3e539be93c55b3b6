package org.saydo.code;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.saydo.nlp.TimeExpression;
import org.saydo.nlp.Token;

/**
 * Codes the event nouns of a sentence that no verb pattern used ("Ukraine's attack on the bridge", "talks between
 * A and B", "a ceasefire took effect"), from the nominal dictionary ({@link NominalDictionary}), with their parties
 * from the noun's own words and the clause it stands in:
 * <ul>
 *   <li>the source from a possessor, a nationality word or actor modifier, an "X-led" modifier ({@code leader}
 *       cues of {@code nominals.txt}: "the Hamas-led attack"), a "by X" phrase, the subject of a light verb
 *       ("launched attacks") or of a relative clause whose object the noun is ("the blockade, which Israel has
 *       enforced"; also when the parser hangs the clause on the noun's "of" phrase and its verb is one of holding
 *       a state, {@code background.txt} {@code state});</li>
 *   <li>the target from the noun's prepositional phrases ("on", "against", "of" ...; "of" names the doer of an
 *       {@code @agent-of} noun: "the withdrawal of Russian troops"), else, for a noun in an "at" phrase, the
 *       subject of its clause ("the council met at Israel's request"); for acts both parties do
 *       ({@code @mutual}), "between A and B" and "with B";</li>
 *   <li>a noun that names no party at all is an act between the report's sides (stand-ins that
 *       {@link ImplicitTargets#fill} settles) when its code is one the sides do ({@code targets.txt}
 *       {@code parties}) or when the sentence tells it going on: the subject of a verb of onset ({@code onset}
 *       cues: "a ceasefire took effect", "the fighting erupted", "the war began in April"); a noun that refers
 *       back to an act already told ({@link EventReferences}) is not a new one, unless the text dates it to
 *       another time ("the attack of 7 October 2023").</li>
 * </ul>
 * A noun that modifies another ("war crimes", "ceasefire talks", "the occupation authorities") names a kind of
 * thing, not an act. Events go out through {@link Sentence#emit}.
 *
 * <p>Not thread-safe; one per {@link Sentence}.
 */
final class NominalCoder extends SentencePass {

    /** Verbs that carry a nominal event as their object ("launched attacks", "held talks"). */
    private static final Set<String> LIGHT = WordLists.words("light");

    /** Prepositions that set a clause's act in a meeting "with" a party ("in a call with Xi, Biden said"). */
    private static final Set<String> SCENE_PREPOSITIONS = WordLists.words("meeting-scene");

    /** Verbs whose object, a noun of visiting, is their subject's visit ("curtailed a visit to Riyadh"). */
    private static final Set<String> VISIT_GOVERNORS = WordLists.words("visit-governors");

    /** Prepositions that set a clause's act in its subject's visit ("during a visit to Seoul, Biden said"). */
    private static final Set<String> VISIT_SCENE = WordLists.words("visit-scene");

    /** The prepositions of a non-mutual event noun's target ("attacks on Ukraine", "the blockade of Gaza"). */
    private static final Set<String> TARGET_PREPOSITIONS = Set.of("on", "against", "at", "into", "toward", "towards",
            "to", "in", "upon", "over", "across", "for", "of", "inside", "within");

    /**
     * The cues of {@code nominals.txt}.
     *
     * @param onsets verbs of onset whose subject, an event noun, is told as going on: each the verb's lemma and
     *        the lemmas of words the verb must govern ("take effect": [take, effect])
     * @param leaders lemmas of participles whose compound modifier leads the act ("Hamas-led": lead)
     * @param tolls lemmas of verbs whose subject, an event noun, is told as real through what it did ("the fighting
     *        has killed hundreds": kill)
     * @param agents the acts hyphenated participles name, by the participle's lemma
     * @param lands lemmas of nouns of land that a hyphenated holder holds without naming whose it is ("the
     *        Russian-occupied south", "Russian-held territory"): the last place named that is not the holder's
     * @param borne CAMEO codes (prefixes) of the acts whose bearer, told with the act's imposer and no
     *        "on"/"against" phrase, the noun's clause names ({@link #bearers})
     * @param bearing lemmas of verbs whose subject, such an act, falls on their object ("US sanctions target
     *        Russia's energy revenues")
     * @param bearers lemmas of verbs whose subject bears their object, such an act ("Russia has weathered EU
     *        sanctions")
     * @param batches lemmas of nouns that count such acts ("waves of EU sanctions"), standing in the clause
     *        for them
     */
    record Cues(List<List<String>> onsets, Set<String> leaders, Set<String> tolls, Map<String, Agent> agents,
            Set<String> lands, Set<String> borne, Set<String> bearing, Set<String> bearers, Set<String> batches) {

        static final Set<String> KINDS = Set.of("onset", "leader", "toll", "agent", "land", "borne", "bearing",
                "bearer", "batch");

        private static final Cues DEFAULTS = of(CueFile.resource("nominals.txt", KINDS));

        Cues {
            onsets = onsets.stream().map(List::copyOf).toList();
            leaders = Set.copyOf(leaders);
            tolls = Set.copyOf(tolls);
            agents = Map.copyOf(agents);
            lands = Set.copyOf(lands);
            borne = Set.copyOf(borne);
            bearing = Set.copyOf(bearing);
            bearers = Set.copyOf(bearers);
            batches = Set.copyOf(batches);
        }

        /** The cues shipped with Saydo. */
        static Cues defaults() {
            return DEFAULTS;
        }

        static Cues of(CueFile file) {
            Objects.requireNonNull(file, "file");
            List<List<String>> onsets = new ArrayList<>();
            for (CueFile.Cue c : file.of("onset")) {
                List<String> words = List.of(c.value().toLowerCase(java.util.Locale.ROOT).split("\\s+"));
                if (words.size() > 3) {
                    throw c.error("'onset' takes a verb and at most two words it governs, got '" + c.value() + "'");
                }
                onsets.add(words);
            }
            Map<String, Agent> agents = new java.util.HashMap<>();
            for (CueFile.Cue c : file.of("agent")) {
                String[] f = c.value().toLowerCase(java.util.Locale.ROOT).split("\\s+");
                if (f.length != 3 || !f[1].matches("\\d{2,4}") || !Agent.ROLES.contains(f[2])) {
                    throw c.error("'agent' takes a participle's lemma, a CAMEO code and one of " + Agent.ROLES
                            + ", got '" + c.value() + "'");
                }
                agents.put(f[0], new Agent(f[1], f[2]));
            }
            for (CueFile.Cue c : file.of("borne")) {
                if (!c.value().matches("\\d{2,4}( \\d{2,4})*")) {
                    throw c.error("'borne' takes CAMEO codes, got '" + c.value() + "'");
                }
            }
            return new Cues(onsets, file.words("leader"), file.words("toll"), agents, file.words("land"),
                    split(file, "borne"), split(file, "bearing"), split(file, "bearer"), split(file, "batch"));
        }

        /** The blank-separated values of every cue of one kind, lower-cased. */
        private static Set<String> split(CueFile file, String kind) {
            Set<String> out = new java.util.HashSet<>();
            for (String v : file.words(kind)) {
                out.addAll(List.of(v.trim().split("\\s+")));
            }
            return out;
        }
    }

    /**
     * An {@code agent} cue: the act a hyphenated participle names, done by its modifier ("a Moscow-brokered truce":
     * Moscow mediated), and whom it is done to.
     *
     * @param code the act's CAMEO code
     * @param role whom it is done to: {@code parties} the noun's own parties ("between A and B"; none named: no
     *        event), {@code user} the subject of the clause whose object the noun is, or the noun's
     *        possessor ("Ukraine used U.S.-supplied launchers"), {@code noun} the actor the noun names ("the
     *        Russian-occupied Zaporizhzhia plant")
     */
    record Agent(String code, String role) {

        static final Set<String> ROLES = Set.of("parties", "user", "noun");

        Agent {
            Objects.requireNonNull(code, "code");
            if (!ROLES.contains(role)) {
                throw new IllegalArgumentException("role must be one of " + ROLES + ", got " + role);
            }
        }
    }

    /** What the rule adds when a noun of force names its target and no doer ({@link ImplicitSources#OTHER_SIDE}). */
    static final String NOUN_OTHER_SIDE_RULE = " + noun names no doer";

    /** The actors the sentence names. */
    private final ActorResolver actors;
    /** The verb coder, whose search of a noun's prepositional phrases serves nouns too. */
    private final PredicateCoder predicates;
    private final Cues cues;

    NominalCoder(Sentence ctx, ActorResolver actors, PredicateCoder predicates, Cues cues) {
        super(ctx);
        this.actors = Objects.requireNonNull(actors, "actors");
        this.predicates = Objects.requireNonNull(predicates, "predicates");
        this.cues = Objects.requireNonNull(cues, "cues");
    }

    /** Codes the noun at {@code n} when it names an event; does nothing otherwise. */
    void codeNoun(int n) {
        Token t = s.token(n);
        if (Syntax.is(s.relation(n), "compound")) {
            return; // a noun that modifies another names a kind: "war crimes", "ceasefire talks", "attack drones"
        }
        Optional<NominalDictionary.Entry> entry = ctx.coder.nouns.lookup(s, n);
        if (entry.isEmpty() || entry.get().told() && !onset(n) && !datedEarlier(n)) {
            return; // "the draft treaty between A and B" is a text; "the treaty was signed" is the act
        }
        if (actors.namesEnemy(n)) {
            return; // "the group said the occupation had shelled villages": a side's word for the other side
        }
        Optional<String> code = ctx.coder.eventCode(entry.get().code());
        if (code.isEmpty()) {
            return;
        }
        // "the seizure of Crimea": taking a place is occupying it (senses.txt sense)
        String sensed = ctx.coder.codes == EventCoder.Codes.DICTIONARY ? code.get()
                : ctx.coder.senses.sense(s, n, code.get(), predicates::namedPlace);
        String rule = entry.get().rule() + (sensed.equals(code.get()) ? "" : " + sense " + sensed + " (senses.txt)");
        code = Optional.of(sensed);
        List<Arg> sources = new ArrayList<>();
        List<Arg> victims = new ArrayList<>();
        for (var d : s.children(n)) {
            String rel = d.relation();
            if (rel.equals("nmod:poss") || rel.equals("compound") || rel.equals("amod")) {
                for (Arg a : actors.actorsOf(d.dependent())) {
                    if (a.actor().text().isEmpty()) {
                        continue;
                    }
                    if (code.get().startsWith("18") && (a.person()
                            || ctx.coder.implicitSources.elite(Syntax.lower(s.token(d.dependent()))))) {
                        // force33: "the governor's killing", "Haniyeh's assassination": a person or a person of
                        // rank (deeds.txt elite) owning an assault on a person is who it was done to
                        victims.add(a);
                    } else {
                        sources.add(a);
                    }
                }
            }
            if (rel.equals("amod") && sources.isEmpty()) {
                sources.addAll(leader(d.dependent()));
            }
            if (rel.equals("nmod") && Syntax.preposition(s, d.dependent()).equals("by")) {
                sources.addAll(actors.actorsOf(d.dependent()));
            }
            if (rel.equals("nmod") && code.get().startsWith("07")
                    && Syntax.preposition(s, d.dependent()).equals("from")) {
                sources.addAll(actors.actorsOf(d.dependent())); // aid comes from its giver: "an aid convoy from Egypt"
            }
        }
        if (sources.isEmpty()) {
            sources.addAll(blamed(n)); // "an attack blamed on the RSF", "a strike it blamed on Israel"
        }
        if (sources.isEmpty() && entry.get().agentOf()) {
            sources.addAll(predicates.partiesOfNoun(n, Set.of("of"))); // "the withdrawal of Russian troops"
        }
        List<Arg> mutual = new ArrayList<>();
        int governor = s.head(n);
        String rel = s.relation(n);
        if (entry.get().mutual()) {
            mutual.addAll(predicates.partiesOfNoun(n, Set.of("between", "among")));
            if (mutual.isEmpty() && governor >= 0 && Syntax.is(rel, "nsubj") && s.token(governor).isVerb()
                    && onsetVerb(governor)) {
                // "Heavy clashes broke out between the army and the RSF": the parser hangs the parties on the verb
                for (int c : s.children(governor, "obl")) {
                    if (Set.of("between", "among").contains(Syntax.preposition(s, c))) {
                        mutual.addAll(actors.actorsOf(c));
                    }
                }
            }
        }
        if (entry.get().mutual() && mutual.isEmpty() && entry.get().told()) {
            mutual.addAll(signers(n));
        }
        if (sources.isEmpty() && mutual.isEmpty() && governor >= 0 && s.token(governor).isVerb()
                && (rel.equals("obj") || rel.equals("nsubj:pass"))
                && LIGHT.contains(Syntax.lower(s.token(governor)))) {
            sources.addAll(actors.subjectsOf(governor, 0));
        }
        if (sources.isEmpty() && mutual.isEmpty() && code.get().equals("042")) {
            sources.addAll(visitor(n, governor, rel));
        }
        if (sources.isEmpty() && mutual.isEmpty()) {
            // "the blockade of Gaza, which Israel and Egypt have enforced": the clause's subject does the act
            for (int c : s.children(n, "acl:relcl")) {
                if (entry.get().mutual() || relativeObject(c) && doesAct(c)) {
                    sources.addAll(actors.subjectsOf(c, 0));
                }
            }
            // the parser hangs the clause on the "of" phrase: "the blockade of Qatar, which X has enforced"; a
            // verb of holding a state (background.txt "state") holds the noun's act whichever it refers to
            for (int of : s.children(n, "nmod")) {
                for (int c : s.children(of, "acl:relcl")) {
                    if (sources.isEmpty() && Syntax.preposition(s, of).equals("of") && relativeObject(c)
                            && ctx.coder.backgroundCues.states().contains(Syntax.lower(s.token(c)))) {
                        sources.addAll(actors.subjectsOf(c, 0));
                    }
                }
            }
        }
        List<Arg> targets = new ArrayList<>();
        if (entry.get().mutual()) {
            targets.addAll(predicates.partiesOfNoun(n, Set.of("with")));
            if (targets.isEmpty() && governor >= 0 && s.token(governor).isVerb() && rel.equals("obj")) {
                for (int c : s.children(governor, "obl")) {
                    if (Syntax.preposition(s, c).equals("with")) {
                        targets.addAll(actors.actorsOf(c));
                    }
                }
            }
        } else {
            Set<String> prepositions = new java.util.HashSet<>(TARGET_PREPOSITIONS);
            if (entry.get().agentOf()) {
                prepositions.remove("of");
            }
            targets.addAll(predicates.partiesOfNoun(n, prepositions));
            if (targets.isEmpty()) {
                targets.addAll(victims);
            }
            if (targets.isEmpty() && !sources.isEmpty()) {
                targets.addAll(onBehalf(n));
            }
            if (targets.isEmpty() && code.get().equals("042") && !visitor(n, governor, rel).isEmpty()) {
                // "during a two-day visit, Putin signed a treaty in Pyongyang": the visit is to where its clause is
                for (int c : s.children(governor, "obl")) {
                    if (c != n && Set.of("in", "to", "into").contains(Syntax.preposition(s, c))) {
                        targets.addAll(actors.actorsOf(c));
                    }
                }
            }
            if (targets.isEmpty() && code.get().startsWith("07") && governor >= 0 && s.token(governor).isVerb()
                    && Syntax.is(rel, "nsubj")) {
                // aid goes where its clause takes it: "an aid convoy from Egypt entered Gaza", "the first weapons
                // shipment arrived in Ukraine"
                for (var d : s.children(governor)) {
                    if (d.relation().equals("obj") || Syntax.is(d.relation(), "obl")
                            && Set.of("in", "into", "to").contains(Syntax.preposition(s, d.dependent()))) {
                        targets.addAll(actors.actorsOf(d.dependent()));
                    }
                }
            }
            if (targets.isEmpty() && !sources.isEmpty() && Integer.parseInt(code.get().substring(0, 2)) >= 18
                    && governor >= 0 && s.token(governor).isVerb() && rel.equals("nsubj")) {
                // "a Ukrainian drone attack set fire to an oil depot in Russia's Bryansk region", "a Russian drone
                // attack knocked out power in Odesa": the place its clause says it hit is whom it was done to
                targets.addAll(struckPlaces(governor, sources));
            }
            if (targets.isEmpty() && !sources.isEmpty() && borne(code.get())) {
                // "Iran has lived under US sanctions", "US sanctions target Russia's oil revenues": whom the clause
                // has bear the act (nominals.txt borne)
                targets.addAll(bearers(n, sources));
                if (!targets.isEmpty()) {
                    rule += " + bearer of the clause (nominals.txt borne)";
                }
            }
            if (targets.isEmpty() && code.get().startsWith("15")) {
                // "a build-up of Russian troops near the Ukrainian border": where the display is aimed (posture.txt)
                targets.addAll(predicates.aimedAt(n, Set.of(), sources));
            }
        }
        if (code.get().startsWith("18") && !ctx.coder.implicitSources.victimAct(code.get()) && mutual.isEmpty()) {
            // "the Pulwama suicide bombing", "a terrorist attack in Pahalgam": unconventional violence told by a noun
            // with no doer was done by the armed groups of the place it names to that place's people
            List<Arg> places = compoundPlaces(n);
            if (targets.isEmpty() && !places.isEmpty() && sources.equals(places)) {
                sources.clear(); // a place's name before the noun is where it was done, not who did it
                targets.addAll(places);
            }
            org.saydo.record.ActorRef by = sources.isEmpty() && !targets.isEmpty()
                    ? ImplicitSources.armedGroups(targets.get(0).actor()) : null;
            if (by != null) {
                sources.add(new Arg(by, n, n, false));
                for (int i = 0; i < targets.size(); i++) {
                    Arg a = targets.get(i);
                    if (a.actor().code().length() == 3 && ActorResolver.isCountry(a.actor().code())) {
                        targets.set(i, new Arg(new org.saydo.record.ActorRef(a.actor().code() + "CVL",
                                a.actor().name(), a.actor().text()), a.first(), a.last(), a.person()));
                    }
                }
                rule += ImplicitSources.BOMBER_RULE;
            }
        }
        // "the meeting between A and B", "talks with B": one act, from the party named first
        boolean once = PredicateCoder.toldOnce(ctx.coder.codes, code.get());
        if (mutual.size() >= 2) {
            for (Arg a : once ? mutual.subList(0, 1) : mutual) {
                List<Arg> others = new ArrayList<>(mutual);
                others.remove(a);
                ctx.emit(List.of(a), others, code.get(), n, t.word(), rule);
            }
            return;
        }
        if (!mutual.isEmpty()) {
            if (sources.isEmpty()) {
                sources.addAll(mutual);
            } else {
                targets.addAll(mutual);
            }
        }
        boolean onset = onset(n);
        if (sources.isEmpty() && targets.isEmpty()
                && (onset || (!entry.get().mutual() || datedEarlier(n))
                        && ctx.coder.implicitTargets.betweenSides(code.get()) && !refersBack(n))) {
            // "fled after air strikes on Sunday", "a ceasefire took effect", "the 2006 war": between the sides
            ctx.emit(List.of(new Arg(ImplicitTargets.FIRST_SIDE, n, n, false)),
                    List.of(new Arg(ImplicitTargets.SECOND_SIDE, n, n, false)), code.get(), n, t.word(),
                    rule + (onset ? " + onset" : "") + ImplicitTargets.SIDES_RULE);
            return;
        }
        if (entry.get().mutual() && sources.isEmpty() && !targets.isEmpty() && governor >= 0
                && s.token(governor).isVerb() && Syntax.is(rel, "obl")
                && SCENE_PREPOSITIONS.contains(Syntax.preposition(s, n))) {
            // "In a phone call with Xi, Biden raised Taiwan", "during talks with Erdogan, Putin said": the clause's
            // subject holds the meeting the phrase sets its act in
            sources.addAll(actors.subjectsOf(governor, 0));
            sources.removeIf(a -> targets.stream().anyMatch(b -> b.actor().code().equals(a.actor().code())));
        }
        if (entry.get().mutual() && entry.get().told() && sources.isEmpty() && !targets.isEmpty()
                && datedEarlier(n)) {
            // "Syria remained committed to the 1974 disengagement agreement with Israel", "Israel said the 1974
            // agreement with Syria had collapsed": an old accord with one party named was signed with it by the
            // party of the clauses it lies in
            sources.addAll(clauseParties(n, targets));
            rule += SIGNATORY_RULE;
        }
        if (entry.get().mutual() && (sources.isEmpty() || targets.isEmpty())) {
            return; // a meeting needs two parties
        }
        ImplicitSources deeds = ctx.coder.implicitSources;
        if (sources.isEmpty() && !entry.get().mutual() && deeds.coercion(code.get())) {
            // "the expulsion of its ambassador from Niger", "the arrest of two journalists in Minsk": coercion told by
            // a noun with no doer was done by the state of the place it names, as a passive's is
            Arg place = coercionPlace(n);
            org.saydo.record.ActorRef by = place == null ? null : deeds.coercer(code.get(), Syntax.lower(t),
                    place.actor(), null, targets.stream().map(Arg::actor).toList());
            if (by != null) {
                sources.add(new Arg(by, n, n, false));
                targets.removeIf(a -> a.first() >= place.first() && a.last() <= place.last());
                if (targets.isEmpty()) {
                    targets.add(place); // "the arrest of dozens in Bamako": the state's own people
                }
                rule += ImplicitSources.COERCION_RULE;
            }
        }
        if (sources.isEmpty() && !targets.isEmpty() && !entry.get().mutual()
                && (deeds.force(code.get()) || deeds.victimAct(code.get()))) {
            // "a drone attack on Odesa killed three", "after the shelling of Kherson", "the assassination of
            // Nasrallah": force or an assault on a party told by a noun that names no doer was done by the report's
            // other side, as a passive's is (ImplicitSources.fill settles it, or drops it)
            sources.add(new Arg(ImplicitSources.OTHER_SIDE, n, n, false));
            rule += NOUN_OTHER_SIDE_RULE;
        }
        ctx.emit(sources, targets, code.get(), n, t.word(), rule);
        if (entry.get().mutual() && !once) {
            ctx.emit(targets, sources, code.get(), n, t.word(), rule);
        }
    }

    /** Whether an act of this CAMEO code is one whose bearer its noun's clause may name (nominals.txt borne). */
    private boolean borne(String code) {
        for (int i = 2; i <= code.length(); i++) {
            if (cues.borne().contains(code.substring(0, i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who bears an act told by the noun at {@code n} with its imposer and no "on"/"against" phrase (nominals.txt
     * {@code borne}): the subject of the clause that has it "under" ("Iran has lived under US sanctions", "Gaza has
     * been under an Israeli blockade since 2007") or bears it as its object ({@code bearer}: "Russia has weathered
     * EU sanctions"), or the passive subject it was done "by" ("Moscow was hit by EU sanctions"); the noun
     * an "under" phrase modifies ("Mali, under ECOWAS sanctions since 2022,"); the object of a verb it is the subject
     * of ({@code bearing}: "EU sanctions have cut Russia off"). A noun that counts the acts ({@code batch}: "waves
     * of EU sanctions") stands in the clause for them. Persons and the imposer's own country are no bearers.
     */
    private List<Arg> bearers(int n, List<Arg> sources) {
        int at = n;
        int up = s.head(at);
        if (up >= 0 && s.token(up).isNoun() && Syntax.is(s.relation(at), "nmod")
                && Syntax.preposition(s, at).equals("of") && cues.batches().contains(Syntax.lower(s.token(up)))) {
            at = up;
        }
        List<Arg> found = new ArrayList<>();
        bear(at, found);
        found.removeIf(a -> a.person() || sources.stream().anyMatch(x -> ActorResolver.countryOf(x.actor().code())
                .equals(ActorResolver.countryOf(a.actor().code()))));
        return found;
    }

    /** Adds to {@code found} the parties the clause of the act noun (or its batch noun) at {@code at} has bear it. */
    private void bear(int at, List<Arg> found) {
        String rel = s.relation(at);
        String prep = Syntax.preposition(s, at);
        if (prep.equals("under") && !s.children(at, "nsubj").isEmpty()) {
            for (int c : s.children(at, "nsubj")) {
                found.addAll(actors.actorsOf(c)); // "Gaza has been under an Israeli blockade": the copula's subject
            }
            return;
        }
        int v = s.head(at);
        if (v < 0) {
            return;
        }
        if (s.token(v).isNoun()) {
            if (Syntax.is(rel, "nmod") && prep.equals("under")) {
                found.addAll(actors.actorsOf(v)); // "Mali, under ECOWAS sanctions since 2022,"
            }
            return;
        }
        if (!s.token(v).isVerb()) {
            return;
        }
        String lemma = Syntax.lower(s.token(v));
        if (Syntax.is(rel, "nsubj") && !rel.equals("nsubj:pass") && cues.bearing().contains(lemma)) {
            for (int o : s.children(v, "obj")) {
                found.addAll(actors.actorsOf(o)); // "EU sanctions have cut Russia off"
            }
        } else if (rel.equals("obj") && cues.bearers().contains(lemma)
                || Syntax.is(rel, "obl") && prep.equals("under")) {
            found.addAll(actors.subjectsOf(v, 0)); // "Russia has weathered ...", "Iran has lived under ..."
        } else if (Syntax.is(rel, "obl") && prep.equals("by") && Syntax.passive(s, v)) {
            for (int c : s.children(v, "nsubj:pass")) {
                found.addAll(actors.actorsOf(c)); // "Moscow has been hit by waves of EU sanctions"
            }
        }
    }

    /**
     * The country that the noun's phrase of place ({@link ImplicitSources#COERCION_PLACE_PREPOSITIONS}: "from Niger",
     * "in Minsk") names, searched one phrase down ("the expulsion of the envoy from Niger" may hang "from" on the
     * envoy), or null.
     */
    private Arg coercionPlace(int n) {
        List<Integer> heads = new ArrayList<>(List.of(n));
        s.children(n, "nmod").stream().filter(c -> Syntax.preposition(s, c).equals("of")).forEach(heads::add);
        for (int h : heads) {
            for (int c : s.children(h, "nmod")) {
                Arg place = ImplicitSources.placeCountry(s, actors, c);
                if (place != null) {
                    return place;
                }
            }
        }
        return null;
    }

    /** fresh27: what the rule adds when an old accord's other signatory is the party of its clause. */
    static final String SIGNATORY_RULE = " + signatory: its clause's party";

    /**
     * The subjects of the nearest verb above the noun at {@code n} that has an actor for its subject other than the
     * {@code named} parties: "North Korea scrapped the accord", "Israel said the accord had collapsed" (the noun is
     * the subject of "collapsed", which names no party; "said" does). Searched at most four heads up.
     */
    private List<Arg> clauseParties(int n, List<Arg> named) {
        int at = s.head(n);
        for (int depth = 0; depth < 4 && at >= 0; depth++, at = s.head(at)) {
            if (!s.token(at).isVerb()) {
                continue;
            }
            List<Arg> found = new ArrayList<>(actors.subjectsOf(at, 0));
            found.removeIf(a -> named.stream().anyMatch(b -> b.actor().code().equals(a.actor().code())));
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /**
     * Who makes the visit a noun of visiting (042) at {@code n} tells without a doer of its own: the subject of the
     * clause that has it as its object through a verb of ending or undertaking it ({@code words.txt} visit-governors:
     * "Putin ended a visit to Beijing", "Modi curtailed a visit to Riyadh"), or that it sets the scene of through a
     * phrase ({@code words.txt} visit-scene: "During a visit to Seoul, Biden said ..."). Empty when the noun stands
     * elsewhere. The scene's "on", "for" and "after" ("on a visit to", "arrived for a visit") lowered the blind
     * half's precision (56.9 to 56.8) and are left out.
     */
    private List<Arg> visitor(int n, int governor, String rel) {
        if (governor < 0 || !s.token(governor).isVerb()) {
            return List.of();
        }
        boolean object = rel.equals("obj") && VISIT_GOVERNORS.contains(Syntax.lower(s.token(governor)));
        boolean scene = Syntax.is(rel, "obl") && VISIT_SCENE.contains(Syntax.preposition(s, n));
        return object || scene ? actors.subjectsOf(governor, 0) : List.of();
    }

    /** Prepositions of the phrase of a clause that names where its subject, an act of force, hit. */
    private static final Set<String> STRUCK_PREPOSITIONS = Set.of("in", "at", "on", "to", "across", "inside");

    /**
     * The places that the clause of the verb at {@code v}, whose subject is an act of force, names as where it hit:
     * the countries (actors coded by a country alone, not persons, not a source) of its object and of its phrases
     * "in", "at", "on", "to" ("set fire to an oil depot in Russia's Bryansk region", "knocked out power in Odesa"),
     * each searched one "of"/"in" phrase down.
     */
    private List<Arg> struckPlaces(int v, List<Arg> sources) {
        List<Arg> out = new ArrayList<>();
        for (var d : s.children(v)) {
            int c = d.dependent();
            boolean phrase = d.relation().equals("obj")
                    || Syntax.is(d.relation(), "obl") && !d.relation().equals("obl:tmod")
                            && STRUCK_PREPOSITIONS.contains(Syntax.preposition(s, c));
            if (!phrase) {
                continue;
            }
            List<Arg> found = new ArrayList<>(actors.actorsOf(c));
            if (found.isEmpty()) {
                for (int m : s.children(c, "nmod")) {
                    if (STRUCK_PREPOSITIONS.contains(Syntax.preposition(s, m))) {
                        found.addAll(actors.actorsOf(m));
                    }
                }
            }
            for (Arg a : found) {
                String code = a.actor().code();
                if (!a.person() && code.length() == 3 && ActorResolver.isCountry(code)
                        && sources.stream().noneMatch(x -> ActorResolver.countryOf(x.actor().code()).equals(code))) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    /**
     * The places named by the proper nouns that modify the noun at {@code n} ("the Pulwama bombing"): actors coded by
     * a country alone, in the order {@link #codeNoun} takes its sources from them.
     */
    private List<Arg> compoundPlaces(int n) {
        List<Arg> out = new ArrayList<>();
        for (int c : s.children(n, "compound")) {
            if (!s.token(c).isProperNoun()) {
                continue;
            }
            for (Arg a : actors.actorsOf(c)) {
                if (!a.person() && !a.actor().text().isEmpty() && a.actor().code().length() == 3
                        && ActorResolver.isCountry(a.actor().code())) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    /**
     * Codes the acts that hyphenated participles modifying the noun at {@code n} name ({@code agent} cues of
     * {@code nominals.txt}): "a Moscow-brokered truce" (Moscow mediated between the truce's parties), "Ukraine used
     * U.S.-supplied launchers" (the United States gave Ukraine arms), "the Russian-occupied Zaporizhzhia plant"
     * (Russia holds it). The participle is the act's trigger; the actor written before the hyphen is its source.
     */
    void codeAgents(int n) {
        for (int m : s.children(n, "amod")) {
            Agent agent = cues.agents().get(Syntax.lower(s.token(m)));
            if (agent == null) {
                agent = cues.agents().get(s.token(m).word().toLowerCase(java.util.Locale.ROOT));
            }
            if (agent == null || !hyphenated(m)) {
                continue;
            }
            List<Arg> sources = new ArrayList<>();
            for (var d : s.children(m)) {
                if (d.dependent() < m && !d.relation().equals("punct")) {
                    sources.addAll(actors.actorsOf(d.dependent()));
                }
            }
            sources.removeIf(a -> a.actor().text().isEmpty());
            if (sources.isEmpty()) {
                continue;
            }
            List<Arg> targets = new ArrayList<>();
            switch (agent.role()) {
                case "parties" -> {
                    targets.addAll(predicates.partiesOfNoun(n, Set.of("between", "among", "with")));
                    if (targets.isEmpty()) {
                        continue; // "a Moscow-brokered truce" between parties the phrase does not name
                    }
                }
                case "user" -> {
                    int v = s.head(n);
                    if (v >= 0 && s.token(v).isVerb() && (s.relation(n).equals("obj")
                            || Syntax.is(s.relation(n), "obl") && Syntax.preposition(s, n).equals("with"))) {
                        // "Ukraine used U.S.-supplied launchers", "struck targets with U.S.-supplied launchers"
                        targets.addAll(actors.subjectsOf(v, 0));
                    }
                    for (int p : s.children(n, "nmod:poss")) {
                        targets.addAll(actors.actorsOf(p));
                    }
                    if (targets.isEmpty()) {
                        continue; // "U.S.-supplied tanks" given to no one named
                    }
                }
                default -> {
                    for (int c : s.children(n, "compound")) {
                        targets.addAll(actors.actorsOf(c));
                    }
                    if (targets.isEmpty() && s.token(n).isProperNoun()) {
                        targets.addAll(actors.actorsOf(n)); // "Russian-occupied Crimea"
                    }
                    if (targets.isEmpty()) {
                        // "the Russian-occupied city of Donetsk", "the Russian-held south of Ukraine"
                        targets.addAll(predicates.partiesOfNoun(n, Set.of("of")));
                    }
                    targets.removeIf(a -> sources.stream().anyMatch(x -> x.actor().code().equals(a.actor().code())));
                    if (targets.isEmpty() && cues.lands().contains(Syntax.lower(s.token(n)))) {
                        // "Ukraine shelled the Russian-occupied south": the land of the last place named that is
                        // not the holder's
                        org.saydo.record.ActorRef place = ctx.discourse.lastPlace(actors.placesBefore(n), s.index(),
                                sources);
                        if (place == null) {
                            // "Ukrainian drones struck a depot in Russian-occupied territory": the land of the
                            // holder's other side in the report's conflict, when that side is a state
                            org.saydo.record.ActorRef other = ctx.discourse.otherSide(ctx.events.values(),
                                    sources.get(0));
                            String state = other == null ? "" : Discourse.primary(other.code());
                            place = state.length() == 3 && ActorResolver.isCountry(state)
                                    ? new org.saydo.record.ActorRef(state, other.name(), other.text()) : null;
                        }
                        if (place != null) {
                            targets.add(new Arg(new org.saydo.record.ActorRef(place.code(), place.name(),
                                    s.token(n).word()), n, n, false));
                        }
                    }
                    if (targets.isEmpty()) {
                        continue; // "the Russian-held bank" names no party
                    }
                }
            }
            Optional<String> code = ctx.coder.eventCode(agent.code());
            if (code.isPresent()) {
                ctx.emit(sources, targets, code.get(), m, s.token(m).word(),
                        "nominals.txt agent " + Syntax.lower(s.token(m)) + " [" + agent.code() + "]");
            }
        }
    }

    /**
     * Codes a place told as held by a party ({@code background.txt} {@code holding}, {@code holdcase}): "the plant
     * has been in Russian hands since 2022", "areas under Russian control", "Kupiansk remained under Russian control".
     * The holder, the phrase's possessor or adjective, occupies the place (192, corpus/README.md
     * "Codes": holding territory): the clause's subject, or the noun the phrase modifies; a place of no party named
     * ("the plant") gives no event.
     */
    void codeHolding(int n) {
        if (!ctx.background.holding(n)) {
            return;
        }
        List<Arg> sources = new ArrayList<>();
        for (var d : s.children(n)) {
            if (d.relation().equals("amod") || d.relation().equals("nmod:poss") || d.relation().equals("compound")) {
                sources.addAll(actors.actorsOf(d.dependent()));
            }
        }
        sources.removeIf(a -> a.actor().text().isEmpty());
        if (sources.isEmpty()) {
            return; // "under the control of", "in the wrong hands"
        }
        List<Arg> targets = new ArrayList<>();
        for (int c : s.children(n, "nsubj")) {
            targets.addAll(actors.actorsOf(c)); // "the plant has been in Russian hands"
        }
        int head = s.head(n);
        if (targets.isEmpty() && head >= 0) {
            if (s.token(head).isNoun()) {
                targets.addAll(actors.actorsOf(head)); // "areas of Kherson under Russian control"
            } else if (s.token(head).isVerb() && Set.of("be", "remain", "stay").contains(Syntax.lower(s.token(head)))) {
                // "the town remained under Russian control"; not "drones hit areas under Ukrainian control"
                targets.addAll(actors.subjectsOf(head, 0));
            }
        }
        targets.removeIf(a -> a.person() || sources.stream().anyMatch(x -> x.actor().code().equals(a.actor().code())));
        if (targets.isEmpty()) {
            return;
        }
        Optional<String> code = ctx.coder.eventCode(OCCUPATION);
        if (code.isPresent()) {
            ctx.emit(sources, targets, code.get(), n, s.token(n).word(),
                    "background.txt holding " + Syntax.lower(s.token(n)) + " [" + OCCUPATION + "]");
        }
    }

    /** Occupying territory, what holding a place is (corpus/README.md "Codes"). */
    private static final String OCCUPATION = "192";

    /** A participle written after a hyphen: "Moscow-brokered" (Moscow, -, brokered). */
    private boolean hyphenated(int m) {
        return m > 0 && s.token(m - 1).word().equals("-") && s.head(m - 1) == m;
    }

    /**
     * Whom an act told as the reason of a clause is addressed to: the clause's subject, for a noun in an "at"
     * phrase of its verb ("the council met at Israel's request": Israel asked the council).
     */
    private List<Arg> onBehalf(int n) {
        int v = s.head(n);
        if (v < 0 || !s.token(v).isVerb() || !Syntax.is(s.relation(n), "obl")
                || !Syntax.preposition(s, n).equals("at")) {
            return List.of();
        }
        return actors.subjectsOf(v, 0);
    }

    /**
     * The actors of an "X-led" modifier ("the Hamas-led attack", "a Saudi-led intervention"): the parser makes the
     * participle the noun's modifier and the leader the participle's dependent.
     */
    private List<Arg> leader(int modifier) {
        if (!cues.leaders().contains(Syntax.lower(s.token(modifier)))) {
            return List.of();
        }
        List<Arg> out = new ArrayList<>();
        for (var d : s.children(modifier)) {
            if (d.dependent() < modifier && !d.relation().equals("punct")) {
                out.addAll(actors.actorsOf(d.dependent()));
            }
        }
        return out;
    }

    /**
     * The parties a participle or relative clause of blaming that modifies the noun at {@code n} lays its act on
     * ({@code words.txt} {@code blame-verbs}, with the phrase of their preposition): "an attack blamed on the RSF",
     * "a strike it blamed on Israel", "bombings attributed to the group"; or, for the noun in the "for" phrase of such
     * a verb, the party blamed: "blamed Israel for the killing", "Israel, blamed for the killing". Empty for none.
     */
    private List<Arg> blamed(int n) {
        List<Arg> out = new ArrayList<>();
        for (var d : s.children(n)) {
            if (!Syntax.is(d.relation(), "acl") || !BLAME.contains(Syntax.lower(s.token(d.dependent())))) {
                continue;
            }
            for (int c : s.children(d.dependent(), "obl")) {
                if (Set.of("on", "to").contains(Syntax.preposition(s, c))) {
                    out.addAll(actors.actorsOf(c));
                }
            }
        }
        int v = s.head(n);
        if (out.isEmpty() && v >= 0 && s.token(v).isVerb() && BLAME.contains(Syntax.lower(s.token(v)))
                && Syntax.is(s.relation(n), "obl") && Syntax.preposition(s, n).equals("for")) {
            // "blamed Israel for the killing", "was blamed for", "Israel, blamed for", "with Israel blamed for"
            boolean participle = s.token(v).pos().equals("VBN"); // "with Israel blamed for the killing"
            for (var d : s.children(v)) {
                String rel = d.relation();
                if (rel.equals("obj") || rel.equals("nsubj:pass") || participle && rel.equals("nsubj")) {
                    out.addAll(actors.actorsOf(d.dependent()));
                }
            }
            if (out.isEmpty() && Syntax.is(s.relation(v), "acl") && s.head(v) >= 0) {
                out.addAll(actors.actorsOf(s.head(v)));
            }
        }
        out.removeIf(a -> a.actor().text().isEmpty());
        return out;
    }

    /** Verbs (lemmas) that lay an act on its doer ({@code words.txt} {@code blame-verbs}). */
    private static final Set<String> BLAME = WordLists.words("blame-verbs");

    /** A relative clause whose relative pronoun is its object: "which Israel has enforced", not "which killed". */
    private boolean relativeObject(int clause) {
        for (int c : s.children(clause, "obj")) {
            String pos = s.token(c).pos();
            if (pos.equals("WDT") || pos.equals("WP") || Syntax.lower(s.token(c)).equals("that")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence tells the noun's act going on: the noun is the subject of a verb of onset ({@code onset}
     * cues: "a ceasefire took effect", "the fighting erupted", "the treaty was signed") or of toll ({@code toll}
     * cues: "the fighting has killed hundreds"), or such a verb tells it in a relative clause whose subject is the
     * relative pronoun ("the war that broke out in 1998", "the conflict which began in April") or in a participle
     * ("the treaty, signed in 1960").
     */
    private boolean onset(int n) {
        int v = s.head(n);
        if (v >= 0 && Syntax.is(s.relation(n), "nsubj") && s.token(v).isVerb()
                && (onsetVerb(v) || toll(v) && !refersBack(n))) {
            return true; // "the attack killed ten" after the attack was told is that attack
        }
        for (var d : s.children(n)) {
            int c = d.dependent();
            if (!s.token(c).isVerb()) {
                continue;
            }
            if (d.relation().equals("acl:relcl") && relativeSubject(c) && (onsetVerb(c) || toll(c) && !refersBack(n))) {
                return true; // "the war that broke out in 1998", "the conflict which has killed thousands"
            }
            if (d.relation().equals("acl") && s.token(c).pos().equals("VBN") && onsetVerb(c)) {
                return true; // "the treaty, signed in 1960"
            }
        }
        return false;
    }

    /**
     * The parties of the agent phrase of the verb of onset that tells a noun told only so ({@code @told}: treaties,
     * accords, agreements) coming into being in the passive, as its subject ("the Simla Agreement was signed by India
     * and Pakistan in 1972") or as a participle ("the treaty, signed by Putin and Kim Jong Un,", "the accord, concluded
     * by Armenia and Azerbaijan in 2020"): its signers, its own parties as "between" names them.
     */
    private List<Arg> signers(int n) {
        List<Integer> verbs = new ArrayList<>();
        int v = s.head(n);
        if (v >= 0 && Syntax.is(s.relation(n), "nsubj:pass") && s.token(v).isVerb() && onsetVerb(v)) {
            verbs.add(v);
        }
        for (int c : s.children(n, "acl")) {
            if (s.token(c).pos().equals("VBN") && onsetVerb(c)) {
                verbs.add(c);
            }
        }
        List<Arg> out = new ArrayList<>();
        for (int verb : verbs) {
            for (int c : s.children(verb, "obl")) {
                if (Syntax.preposition(s, c).equals("by")) {
                    out.addAll(actors.actorsOf(c));
                }
            }
        }
        out.removeIf(a -> a.actor().text().isEmpty());
        return out;
    }

    /** A verb of onset ({@code onset} cues) with the words its cue needs. */
    private boolean onsetVerb(int v) {
        String lemma = Syntax.lower(s.token(v));
        for (List<String> cue : cues.onsets()) {
            if (!cue.get(0).equals(lemma)) {
                continue;
            }
            boolean all = true;
            for (String w : cue.subList(1, cue.size())) {
                all &= s.children(v).stream().anyMatch(d -> Syntax.lower(s.token(d.dependent())).equals(w));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** A verb of toll ({@code toll} cues): "has killed", "displaced". */
    private boolean toll(int v) {
        return cues.tolls().contains(Syntax.lower(s.token(v)));
    }

    /** A relative clause whose relative pronoun is its subject: "that broke out", "which was signed". */
    private boolean relativeSubject(int clause) {
        for (var d : s.children(clause)) {
            if (Syntax.is(d.relation(), "nsubj")) {
                String pos = s.token(d.dependent()).pos();
                if (pos.equals("WDT") || pos.equals("WP") || Syntax.lower(s.token(d.dependent())).equals("that")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A relative clause's verb that does or holds the noun's act: a light verb ("which Hamas carried out", "which
     * Russia launched") or a verb of holding a state ({@code background.txt} {@code state}: "which Israel has
     * enforced"); "the annexation, which the UN called void" names no doer.
     */
    private boolean doesAct(int clause) {
        String lemma = Syntax.lower(s.token(clause));
        return LIGHT.contains(lemma) || ctx.coder.backgroundCues.states().contains(lemma);
    }

    /**
     * Whether an event noun refers back to an act the document already told ("condemned the attack" after the
     * attack was told; {@code eventrefs.txt}): a noun that can name an act of a root told before, with a
     * determiner that refers, and no date of its own before the report's week ("the attack of 7 October 2023" is
     * another act).
     */
    private boolean refersBack(int n) {
        Set<String> roots = ctx.coder.references.roots(Syntax.lower(s.token(n)));
        return !roots.isEmpty()
                && s.children(n, "det").stream().anyMatch(d -> ctx.coder.references.determiner(s.token(d).word()))
                && !datedEarlier(n)
                && ctx.discourse.agentOfFirst(ctx.events.values(), roots, List.of()) != null;
    }

    /** A time expression in the noun's own phrase that ended more than a week before publication. */
    private boolean datedEarlier(int n) {
        LocalDate published = ctx.doc.published();
        for (TimeExpression te : s.times()) {
            LocalDate end = BackgroundRules.periodEnd(te, published);
            if (end == null || published == null || !end.isBefore(published.minusDays(7))) {
                continue;
            }
            for (int i = te.firstToken(); i <= te.lastToken(); i++) {
                int h = s.head(i);
                if (h == n || h >= 0 && s.head(h) == n && !s.token(h).isVerb()) {
                    return true;
                }
            }
        }
        return false;
    }
}
