package org.saydo.code;

import static org.saydo.code.EventCoder.SPEECH;
import static org.saydo.code.ModalityRules.COGNITION;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saydo.code.PatternMatcher.PatternMatch;
import org.saydo.dict.VerbDictionary;
import org.saydo.dict.VerbEntry;
import org.saydo.dict.VerbPattern;
import org.saydo.nlp.ParsedSentence;
import org.saydo.nlp.Token;

/**
 * Codes the predicates of a sentence. Each verb in the verb dictionary is coded by its best pattern
 * ({@link PatternMatcher}), with source and target taken from subject, object and obliques (passive voice,
 * coordination, relative clauses, control verbs, complements and speech); each event noun that no verb pattern
 * used is coded by {@link NominalCoder}. Events go out through {@link Sentence#emit}.
 *
 * <p>Not thread-safe; one per {@link Sentence}.
 */
final class PredicateCoder extends SentencePass {

    /** Speech verbs that direct or warn: the subject of what they say is their target ("demanded that Kyiv"). */
    private static final Set<String> DIRECTIVE = WordLists.words("directive");

    /** Relations that stay inside a verb's own clause when a broken parse is searched for its object. */
    private static final Set<String> CLAUSE_NOMINALS = Set.of("obj", "iobj", "dep", "nsubj", "nmod", "amod",
            "compound", "det", "flat", "appos", "nummod", "case");

    /** Prepositions that name the other party of a verb's event noun ("demanded a ceasefire from Russia"). */
    private static final Set<String> VERB_PARTY_PREPOSITIONS = WordLists.words("verb-party-prepositions");

    /**
     * Prepositions of route and time that set the scene of an act: their phrases are not searched for its party
     * ("cordoned off the roads leading into Mordor along the pass of Cirith Ungol"). Places an act is aimed near
     * are kept ("fired shells near a vessel from South Korea").
     */
    private static final Set<String> SETTING_PREPOSITIONS = WordLists.words("setting-prepositions");

    /**
     * The verb party prepositions of a meeting (CAMEO 04): not where it takes place ("in Geneva", "at the
     * Kremlin").
     */
    private static final Set<String> MEETING_PARTY_PREPOSITIONS = WordLists.words("meeting-party-prepositions");

    /** Nouns of a phrase that tells what an act answers: "in response to", "in retaliation for". */
    private static final Set<String> REACTION_NOUNS = WordLists.words("reaction-nouns");

    /** An event noun of force that is a verb's subject: its token and its code. */
    private record ForceNoun(int token, String code) {
    }

    /** What the rule adds when a verb of force tells the act its subject noun names ("the strikes killed"). */
    static final String FORCE_NOUN_RULE = " + told by its noun";
    /** force33: verbs whose subject undergoes the act their entry codes ("died"), words.txt undergone. */
    private static final Set<String> UNDERGONE = WordLists.words("undergone");

    /** silentforce26: the rule note of a weapon fired in the passive, whose owner fired it. */
    static final String WEAPON_PASSIVE_RULE = " + the passive's weapon's owner";

    /** accuse25: roots of disapproval and rejection whose passive subject's owner is their target. */
    private static final Set<String> DISAPPROVING_ROOTS = Set.of("11", "12");

    /** CAMEO roots of cooperative acts that coordinated parties do with each other. */
    private static final Set<String> RECIPROCAL_ROOTS = Set.of("03", "04", "05", "06");

    /** The actors the sentence names. */
    private final ActorResolver actors;
    /** The verb patterns of the dictionaries. */
    private final PatternMatcher patterns;

    PredicateCoder(Sentence ctx, ActorResolver actors, PatternMatcher patterns) {
        super(ctx);
        this.actors = java.util.Objects.requireNonNull(actors, "actors");
        this.patterns = java.util.Objects.requireNonNull(patterns, "patterns");
    }

    void codeVerb(int v) {
        try {
            codeVerbPatterns(v);
        } finally {
            actors.notActors = Set.of();
        }
    }

    private void codeVerbPatterns(int v) {
        if (codeLabel(v)) {
            return; // "called the mutiny treason": an accusation, not a phone call
        }
        if (meansOnly(v)) {
            return; // "encouraged Poland to work with Lithuania to reduce tensions": what is asked is the purpose
        }
        interception(v);
        if (stoppedReferredMunitions(v)) {
            return; // "air defences shot down 70 of them": the drones named before were stopped, no attack on them
        }
        if (s.relation(v).startsWith("acl") && stopped(s.head(v)) || s.token(v).pos().equals("VBN")
                && Set.of("dep", "ccomp", "xcomp").contains(s.relation(v)) && s.head(v) >= 0
                && ctx.coder.implicitSources.interceptor(Syntax.lower(s.token(s.head(v))))) {
            return; // "a missile fired at Riyadh was intercepted": the interception tells the attack
        }
        if (firedFromNowhere(v)) {
            return; // "struck a factory with Kalibr missiles fired from the sea": the weapons came, the verb they hang on hit
        }
        VerbDictionary verbs = ctx.coder.dictionaries.verbs();
        Token t = s.token(v);
        List<VerbEntry> entries = new ArrayList<>();
        for (VerbEntry e : verbs.lookup(Syntax.upper(t))) {
            if (multiWordFits(e, v)) {
                entries.add(e);
            }
        }
        for (VerbEntry e : verbs.lookupLemma(Syntax.upperLemma(t))) {
            if (!entries.contains(e) && multiWordFits(e, v)) {
                entries.add(e);
            }
        }
        if (entries.isEmpty()) {
            return;
        }
        if (entries.stream().anyMatch(VerbEntry::isMultiWord)) {
            entries.removeIf(e -> !e.isMultiWord());
        }
        boolean passive = Syntax.passive(s, v);
        // the matching patterns, best first (a tie keeps file order, but Saydo's own pattern of a show of force, a
        // reduction of relations or coercion goes before a PETRARCH one: outranksOnTie), then the first entry's own code: a sense
        // whose arguments are of the wrong kind gives way to the next ("struck back at military sites" is no
        // verbal attack, 11, but the verb's force, 190); a pattern with no code ([---]) says the verb is no event
        List<PatternMatch> matches = new ArrayList<>();
        List<VerbEntry> matchEntries = new ArrayList<>();
        for (VerbEntry e : entries) {
            for (VerbPattern p : e.patterns()) {
                PatternMatch m = patterns.match(p, v, passive);
                if (m != null) {
                    int at = 0;
                    while (at < matches.size() && (matches.get(at).score > m.score
                            || matches.get(at).score == m.score && !outranksOnTie(m, matches.get(at)))) {
                        at++;
                    }
                    matches.add(at, m);
                    matchEntries.add(at, e);
                }
            }
        }
        matches.add(null);
        matchEntries.add(entries.get(0));
        PatternMatch best = null;
        VerbEntry bestEntry = null;
        Optional<String> activeCode = Optional.empty();
        Optional<String> altCode = Optional.empty();
        Optional<String> code = Optional.empty();
        boolean inherentPassive = false;
        boolean usePassive = false;
        String rule = null;
        for (int i = 0; i < matches.size(); i++) {
            best = matches.get(i);
            bestEntry = matchEntries.get(i);
            String active = best != null ? best.pattern.code() : bestEntry.code();
            String alt = best != null ? best.pattern.altCode() : bestEntry.altCode();
            if (UNDERGONE.contains(Syntax.lower(t)) && (alt != null || best == null)) {
                // force33: "three soldiers died", "died in the fighting" ([190:190]): the subject of a verb of
                // suffering force undergoes the act (words.txt undergone), as a passive's subject does, never its doer
                alt = alt != null ? alt : active;
                active = "---";
            }
            rule = best != null ? best.pattern.rule()
                    : bestEntry.source() + " " + bestEntry.phrase() + " [" + bestEntry.code() + "]";
            activeCode = ctx.coder.eventCode(active);
            altCode = alt == null ? Optional.empty() : ctx.coder.eventCode(alt);
            // [A:B]: B is the verb's "inherent passive" meaning. A passive verb, or one with no active code
            // ("died in a raid" [:190]), codes B with its subject as the target; an active verb codes A, and B
            // the other way round ("visited" 042 / "hosted" 043).
            inherentPassive = activeCode.isEmpty() && altCode.isPresent();
            usePassive = passive && altCode.isPresent() || inherentPassive;
            code = usePassive ? altCode : activeCode;
            if (code.isEmpty()) {
                return; // no code: not an event in this use ("equities fell")
            }
            if (ctx.coder.senses.broken(s, v, code.get().substring(0, 2), this::namedPlace) == null) {
                break;
            }
            code = Optional.empty(); // a sense whose arguments are of the wrong kind ("took questions")
        }
        if (code.isEmpty()) {
            return;
        }
        if (best == null && s.children(v, "obj").isEmpty() && byGerund(v)) {
            return; // "Seoul retaliated by suspending the accord": the gerund tells what the bare verb did
        }
        // "seized Crimea", "took much of the territory": taking a place is occupying it (senses.txt sense)
        String sensed = ctx.coder.codes == EventCoder.Codes.DICTIONARY ? code.get()
                : ctx.coder.senses.sense(s, v, code.get(), this::namedPlace);
        if (!sensed.equals(code.get())) {
            rule += " + sense " + sensed + " (senses.txt)";
            code = Optional.of(sensed);
        }
        if (best != null) {
            ctx.consumed.addAll(best.consumed);
            ctx.patternVerbs.put(v, best.matchedVerbs);
            actors.notActors = best.notActors;
        }
        // "+ * X": the pre-verb actor is the target; the source is then the pattern's "$", else another
        // subject of the verb (a passive's agent: "+ * (BY FORCES)"), else whoever's clause this one
        // completes ("Falastur noted that Cirith Ungol regretted")
        boolean subjectIsTarget = best != null && best.subjectIsTarget;
        List<Arg> sources = best != null && !best.sources.isEmpty() ? best.sources : actors.subjectsOf(v, 0);
        if (subjectIsTarget && best.sources.isEmpty()) {
            List<Arg> made = best.targets;
            sources = new ArrayList<>(sources);
            sources.removeIf(a -> made.stream().anyMatch(x -> x.actor().code().equals(a.actor().code())));
            if (underPhrase(v, code.get()) >= 0) {
                // "Kyiv came under a Russian missile attack": the attack's owner did it to the subject, and an
                // attack of no one named is no event (saydo.verbs.txt SAYDO_UNDER_NAMED_FIRE)
                sources = ownersOf(underPhrase(v, code.get()));
                if (sources.isEmpty()) {
                    return;
                }
            } else if (sources.isEmpty()) {
                sources = patterns.governingSubjects(v);
            }
        }
        int under = subjectIsTarget ? underPhrase(v, code.get()) : -1;
        ForceNoun underNoun = under >= 0 ? forceNoun(under) : null;
        if (underNoun != null) {
            code = Optional.of(toldCode(code.get(), underNoun.code())); // "came under Russian artillery fire": 194
        }
        List<Arg> targets;
        if (inherentPassive && !passive) {
            targets = new ArrayList<>(subjectIsTarget ? best.targets : sources);
            sources = new ArrayList<>();
            for (int c : s.children(v, "obl")) {
                if (Syntax.preposition(s, c).equals("by")) {
                    sources.addAll(actors.actorsOf(c));
                }
            }
        } else if (best != null && !best.targets.isEmpty()) {
            targets = best.targets;
        } else if (subjectIsTarget && DISAPPROVING_ROOTS.contains(code.get().substring(0, 2))
                && s.children(v, "nsubj").stream().anyMatch(n -> s.token(n).isNoun()
                        && !ctx.coder.references.roots(Syntax.lower(s.token(n))).isEmpty())) {
            // accuse31: "Russia's strikes drew condemnation from the EU", "the launch drew criticism from Seoul and
            // Tokyo": the subject names an act (eventrefs.txt), not a party; its owner, else the doer of the act it
            // refers back to, is the one disapproved of, never another party the sentence names (Seoul of Tokyo)
            Set<Integer> subjects = new HashSet<>(s.children(v, "nsubj"));
            targets = ownersOfMatched(subjects, sources);
            for (int n : subjects) {
                if (targets.isEmpty() && s.token(n).isNoun()) {
                    targets = referredAgent(n, sources);
                }
            }
        } else if (!passive && Integer.parseInt(code.get().substring(0, 2)) >= 18 && namingClause(v) >= 0) {
            // force31: "struck what India called a militant camp in Balakot": the thing named is what was struck, and
            // whoever names it is no party of the act; with no party in the name, none here
            targets = namedParties(namingClause(v));
        } else {
            targets = targetsOfVerb(v, passive, best == null ? Set.of() : best.consumed,
                    !code.get().startsWith("04") && sources.size() < 2, code.get().startsWith("04"));
            if (targets.isEmpty() && best != null) {
                for (int m : best.matchedVerbs) {
                    for (int o : s.children(m, "obj")) {
                        targets.addAll(actors.actorsOf(o)); // "wants to attack Ukraine"
                    }
                }
            }
        }
        if (targets.isEmpty() && best != null && !passive && !inherentPassive) {
            targets = ownersOfMatched(best.consumed, sources); // "dismissed Zelensky's peace plan"
            if (targets.isEmpty() && code.get().startsWith("05")) {
                targets = ofOwners(best.consumed, sources); // coop33: "supports the efforts of the African Union"
            }
        }
        if (targets.isEmpty() && passive && DISAPPROVING_ROOTS.contains(code.get().substring(0, 2))) {
            // accuse25: "Russia's decision to quit the deal was condemned by Kyiv": the owner of the thing disapproved
            // of, told as the passive's subject, as the active's object owner above
            targets = ownersOfMatched(new HashSet<>(s.children(v, "nsubj:pass")), sources);
        }
        sources = withoutNotActors(sources);
        targets = withoutNotActors(targets);
        if (RECIPROCAL_ROOTS.contains(code.get().substring(0, 2)) && (best == null || best.targets.isEmpty())) {
            targets = notAnswered(v, targets); // "held joint drills in response to North Korea's launch"
        }
        ForceNoun in = sources.isEmpty() && (passive || inherentPassive) ? forceNounIn(v, code.get()) : null;
        if (in != null) {
            // "two soldiers were killed in an Eritrean ambush", "died in an Israeli strike": the noun's owner did it
            // to the verb's subject; one act, told by the verb
            sources = ownersOf(in.token());
            targets = victimsOf(v, passive, in.token(), targets);
            if (targets.isEmpty()) {
                targets = rebelsForces(v, sources); // "soldiers were killed in clashes with jihadists"
            }
            ctx.consumed.add(in.token());
            code = Optional.of(toldCode(code.get(), in.code()));
            rule += FORCE_NOUN_RULE;
        }
        List<Arg> launchers = sources.isEmpty() && passive && !agentTold(v)
                && Integer.parseInt(code.get().substring(0, 2)) >= 18 ? weaponOwners(v) : List.of();
        if (!launchers.isEmpty()) {
            // "Russian missiles were fired at Kyiv", "Hezbollah rockets were launched at northern Israel": the
            // weapon told as the passive's subject is what was fired, not what was hit; its owner fired it at the
            // places its "at", "on", "into", "toward" phrases name, with the weapon's kind of force
            sources = launchers;
            targets = launchTargets(v, launchers);
            String weapon = ctx.coder.implicitSources.weaponCode(s, s.children(v, "nsubj:pass").get(0));
            if (weapon != null && weapon.length() == 3 && (code.get().equals("190") || code.get().startsWith("18"))) {
                code = Optional.of(weapon);
            }
            rule += WEAPON_PASSIVE_RULE;
        }
        ForceNoun with = Integer.parseInt(code.get().substring(0, 2)) >= 18 ? forceNounWith(v) : null;
        if (with != null) {
            // "hit four bridges with air strikes": the strikes are how the verb's act was done, not a second act
            ctx.consumed.add(with.token());
            code = Optional.of(toldCode(code.get(), with.code()));
            rule += FORCE_NOUN_RULE;
        }
        if (code.get().equals("190") && passive && ctx.coder.implicitSources.killing(Syntax.lower(t))
                && eliteVictim(v)) {
            // "Hamas leader Ismail Haniyeh was killed in Tehran": a leader's or a commander's killing told with no
            // weapon of war is an assassination (186), as killing him is (saydo.verbs.txt SAYDO_ASSASSINATE)
            code = Optional.of("186");
            rule += ELITE_RULE;
        }
        if (code.get().equals("190") && best != null) {
            for (int c : best.consumed) {
                ForceNoun object = s.token(c).isNoun() ? forceNoun(c) : null;
                if (object != null && object.code().startsWith("18")) {
                    // "carried out the suicide attack", "staged a terrorist attack": the pattern's noun names the
                    // kind of assault (1831, 180), the verb only that it was done
                    code = Optional.of(object.code());
                    rule += " + its noun " + object.code();
                    break;
                }
            }
        }
        ImplicitSources deeds = ctx.coder.implicitSources;
        if (deeds.force(code.get())) {
            if (sources.isEmpty() && !inherentPassive) {
                // "a hospital was hit", "a missile struck an apartment block": by the other side (deeds.txt)
                List<Arg> struck = struckObjects(v, passive, targets);
                if (!struck.isEmpty()) {
                    targets = struck;
                    sources = List.of(new Arg(ImplicitSources.OTHER_SIDE, v, v, false));
                }
            }
            if (targets.isEmpty() && !sources.isEmpty() && !inherentPassive) {
                // "opened fire at a concert hall near Moscow", "ambushed a convoy outside Gao": the thing struck lies
                // in the country of the place it is near
                targets = nearPlaces(v, passive);
            }
            if (targets.isEmpty() && !sources.isEmpty()) {
                // "a tank shell hit a school", "shelled a market": a civilian building of no named place is its
                // people's, the population stand-in that ImplicitTargets makes the other side's civilians
                Arg people = civilianObject(v, passive);
                if (people != null) {
                    targets = List.of(people);
                }
            }
            if (!sources.isEmpty() && !targets.isEmpty()) {
                targets = objectRoles(v, passive, targets); // "attacked a church in Burkina Faso": its civilians
            }
            if (code.get().equals("190") || instrumentSubject(best, v)) {
                String weapon = weaponCode(v);
                if (weapon != null && weapon.length() == 3) {
                    code = Optional.of(weapon); // "a missile struck": an aerial attack (195)
                }
            }
        }
        // force31: "four Ukrainian soldiers were killed", "an Azerbaijani helicopter was shot down": a fight told by a
        // passive with no agent whose victims are all a named party's forces was the other side's, as an abduction's
        // is (deeds.txt victim); the dead of no armed role ("Palestinians were killed") stay uncoded
        boolean forcesStruck = code.get().startsWith("19") && !targets.isEmpty()
                && targets.stream().allMatch(a -> !a.person() && a.actor().code().length() == 6
                        && a.actor().code().endsWith("MIL") && ActorResolver.isCountry(a.actor().code().substring(0, 3)));
        if (sources.isEmpty() && (passive || inherentPassive && forcesStruck) && !targets.isEmpty()
                && (deeds.victimAct(code.get()) || forcesStruck) && !agentTold(v)) {
            // force33: also the forces that "died" (words.txt undergone)
            // "Haniyeh was assassinated in Tehran", "the farm workers were taken hostage": an abduction or a killing
            // of a named party told without its doer was done by the report's other side (deeds.txt victim)
            sources = List.of(new Arg(ImplicitSources.OTHER_SIDE, v, v, false));
        }
        if (sources.isEmpty() && passive && !inherentPassive && deeds.coercion(code.get(), ctx.discourse.official)) {
            // "two journalists were detained in Minsk", "the ambassador was expelled from Niger": by the state of
            // the place named, else (arrests) the report's own
            Arg place = coercionPlace(v);
            org.saydo.record.ActorRef by = deeds.coercer(code.get(), Syntax.lower(t),
                    place == null ? null : place.actor(),
                    ctx.discourse.official ? ctx.discourse.issuerCountry() : ctx.discourse.homeCountry(),
                    targets.stream().map(Arg::actor).toList(), ctx.discourse.official);
            if (by != null) {
                sources = List.of(new Arg(by, v, v, false));
                targets = new ArrayList<>(targets);
                targets.removeIf(a -> place != null && a.first() >= place.first() && a.last() <= place.last());
                if (targets.isEmpty() && place != null) {
                    targets.add(place); // "dozens were arrested in Bamako": the state's own people
                }
                rule += ImplicitSources.COERCION_RULE;
            }
        }
        ForceNoun bombing = sources.isEmpty() && in == null && (passive || inherentPassive)
                ? bombingIn(v, code.get()) : null;
        if (sources.isEmpty() && (bombing != null || deeds.bombing(code.get()))) {
            // "a roadside bomb killed four soldiers in Balochistan", "were killed in a suicide bombing at a market in
            // Mogadishu": a bombing with no bomber named is the place's armed groups' (deeds.txt bombing)
            String told = bombing == null ? code.get() : toldCode(code.get(), bombing.code());
            Arg place = bombingPlace(v, bombing == null ? -1 : bombing.token());
            // sahel27: "twenty soldiers were killed in an ambush in western Niger": an ambush is laid by armed groups
            boolean ambush = bombing != null && deeds.ambush(Syntax.lower(s.token(bombing.token())));
            org.saydo.record.ActorRef by = place == null ? null
                    : ambush ? ImplicitSources.armedGroups(place.actor()) : deeds.bomber(told, place.actor());
            if (by != null) {
                if (bombing != null) {
                    ctx.consumed.add(bombing.token());
                    code = Optional.of(told);
                    rule += FORCE_NOUN_RULE;
                }
                sources = List.of(new Arg(by, v, v, false));
                targets = new ArrayList<>(targets);
                targets.removeIf(a -> a.first() >= place.first() && a.last() <= place.last());
                if (targets.isEmpty()) {
                    // the dead of a bombing no role is told of are the place's people; soldiers ambushed, its forces
                    org.saydo.record.ActorRef p = place.actor();
                    // force31: "a roadside bomb killed seven soldiers in northern Mali": a bombing's dead soldiers
                    // are the place's forces too, as the codebook's 1833 example's soldier is
                    List<Integer> dead = new ArrayList<>(s.children(v, "nsubj:pass"));
                    if (!passive) {
                        dead.addAll(s.children(v, "obj"));
                    }
                    boolean troops = dead.stream().anyMatch(n -> deeds.forces(Syntax.lower(s.token(n))));
                    targets.add(new Arg(new org.saydo.record.ActorRef(p.code() + (troops ? "MIL" : "CVL"), p.name(),
                            p.text()), place.first(), place.last(), false));
                }
                rule += ambush ? ImplicitSources.AMBUSH_RULE : ImplicitSources.BOMBER_RULE;
            }
        }
        if (sources.isEmpty() && !passive && code.get().startsWith("14") && crowdSubject(v)) {
            // accuse25: "Protesters stormed the parliament building in Niamey", "Hundreds of protesters gathered
            // outside government buildings in Yerevan": a crowd of no party named is the people of the place it
            // protests in, else of the country the report is told from
            String country = crowdCountry(v);
            if (country != null) {
                int crowd = s.children(v, "nsubj").get(0);
                sources = List.of(new Arg(new org.saydo.record.ActorRef(country + "CVL", country,
                        s.token(crowd).word()), crowd, crowd, false));
                rule += " + crowd of the place (posture.txt crowd)";
            }
        }
        if (code.get().equals("180")) {
            String weapon = weaponCode(v);
            if (weapon != null && weapon.length() == 3) {
                // "A Russian drone hit a bus": force by a weapon of war, not the dictionary's plain unconventional
                // violence (180, "- * BUS"); an armed group's assault on civilians is told by the rule below
                code = Optional.of(weapon);
                rule += " + weapon " + weapon + " (deeds.txt)";
            }
        }
        if (deeds.struckByWeapon(code.get())) {
            String weapon = subjectWeapon(v);
            if (weapon != null && weapon.length() == 3) {
                // force27: "Ukrainian drones destroyed Russian bombers at an air base": property a weapon of war
                // destroys was struck by it (195), not demolished (1712)
                code = Optional.of(weapon);
                rule += " + weapon subject " + weapon + " (deeds.txt struck)";
            }
        }
        ImplicitSources.Assault assault = deeds.assault(code.get(), sources.stream().map(Arg::actor).toList(),
                targets.stream().map(Arg::actor).toList());
        if (assault != null) {
            // "Gunmen opened fire on tourists": a fight of rebels on civilians is an assault (deeds.txt)
            code = Optional.of(assault.code());
            rule = rule + ImplicitSources.ASSAULT_RULE + String.join("/", new java.util.TreeSet<>(assault.by()))
                    + " on " + String.join("/", new java.util.TreeSet<>(assault.on()));
        }
        if (targets.isEmpty() && !sources.isEmpty() && !passive
                && ctx.coder.references.reaction(code.get().substring(0, 2))) {
            targets = referredAgent(v, sources); // "Biden condemned the attack": whoever attacked
        }
        if (targets.isEmpty() && !sources.isEmpty() && !passive
                && ctx.coder.references.placeRoot(code.get().substring(0, 2))) {
            targets = referredPlace(v, sources, code.get().substring(0, 2)); // "missiles hit the city" (Odesa)
        }
        ForceNoun told = passive ? null : forceNounSubject(v, code.get());
        if (told != null) {
            // "Israeli strikes killed 400 people", "a drone attack on Odesa killed three": the noun and the verb tell
            // one act. The verb tells it when it names whom it was done to (with the noun's weapon code for a
            // plain 190); else the noun does, with the target it names ("on Odesa"), and the verb is not coded.
            boolean aimed = s.children(told.token(), "nmod").stream().anyMatch(
                    c -> Set.of("on", "against", "at").contains(Syntax.preposition(s, c)));
            if (sources.isEmpty()) {
                sources = ownersOf(told.token()); // "Russia's attack killed": the noun's owner
            }
            if (sources.isEmpty() || targets.isEmpty()
                    || aimed && targets.stream().allMatch(a -> ImplicitTargets.addressee(a.actor()))) {
                ctx.consumed.remove(told.token()); // a pattern may have matched it ("- ATTACK *")
                return;
            }
            ctx.consumed.add(told.token());
            code = Optional.of(toldCode(code.get(), told.code()));
            rule += FORCE_NOUN_RULE;
        }
        String lemma = Syntax.lower(s.token(v));
        boolean alone = targets.isEmpty() && sources.size() < 2 && ctx.coder.posture.alone(code.get(), lemma) != null;
        if (alone) {
            code = Optional.of(ctx.coder.posture.alone(code.get(), lemma)); // drills with no partner: a show of force
        }
        if (code.get().startsWith("15")) {
            List<Arg> own = sources;
            targets = new ArrayList<>(targets); // a show of force is not aimed at one's own side ("on their side")
            targets.removeIf(a -> own.stream().anyMatch(x -> ActorResolver.sameSide(x.actor(), a.actor())));
        }
        // balloons sent over a border (170) face the other side as a show of force does (posture.txt facing)
        if (targets.isEmpty() && (code.get().startsWith("15") || code.get().equals("170") && facing(best))) {
            targets = aimedAt(v, best == null ? Set.of() : best.consumed, sources); // "drills around Taiwan"
            if (targets.isEmpty() && facing(best)) {
                rule += Posture.FACING_RULE; // "answered with live-fire drills": shown to the other side
            }
        }
        if (targets.isEmpty() && !sources.isEmpty() && code.get().startsWith("19") && best != null
                && ctx.coder.posture.launchers().contains(Syntax.lower(t))
                && best.consumed.stream().anyMatch(n -> ctx.coder.posture.projectiles().contains(Syntax.lower(
                        s.token(n))))
                && launchScope(s, v).stream().noneMatch(c -> Set.of("at", "on", "against", "upon").contains(
                        Syntax.preposition(s, c)) && !Set.of("least", "most").contains(Syntax.lower(s.token(c)))
                        && s.times().stream().noneMatch(
                                te -> c >= te.firstToken() && c <= te.lastToken()))) {
            // "fired two ballistic missiles on Monday": at no one named, not even at a thing ("at power stations");
            // "at least 23 missiles" counts them, aims them at nothing
            rule += Posture.LAUNCH_RULE;
            if (best.consumed.stream().anyMatch(n -> ctx.coder.posture.tested().contains(Syntax.lower(s.token(n))))) {
                rule += Posture.TESTED_RULE; // "launched an ICBM": a test, whoever else the report names
            }
        }
        StringBuilder trigger = new StringBuilder(t.word());
        if (best != null) {
            for (int c : best.consumed) {
                trigger.append(c > v ? " ... " : " ").append(s.token(c).word());
            }
        }
        Set<Integer> explained = best == null ? Set.of() : best.preWords;
        String root = code.get().substring(0, 2);
        if (targets.isEmpty() && sources.size() < 2 && root.equals("04")
                && !ctx.coder.implicitTargets.toBoth(code.get())) {
            return; // consulting needs a counterpart: "he went on to note", "they think"
        }
        boolean compound = best != null && best.compound;
        // [A:A]: the dictionary's mark of an act done by both sides at once ("exchanged fire" [193:193])
        boolean mutual = activeCode.isPresent() && activeCode.equals(altCode) && !instrumentSubject(best, v)
                && !instrumentWith(v);
        if (targets.isEmpty() && sources.size() > 1 && (compound || mutual || RECIPROCAL_ROOTS.contains(root))
                && !ctx.coder.implicitTargets.toBoth(code.get())) {
            // (not an act a third party does to both sides: "a truce brokered by the US and France" is theirs to
            // the sides, targets.txt 'both')
            // "Putin and Xi signed an agreement", "India and Pakistan exchanged fire": coordinated parties of
            // a cooperative or mutual act act on each other (once, from the first named: toldOnce)
            for (Arg a : toldOnce(ctx.coder.codes, code.get()) ? sources.subList(0, 1) : sources) {
                List<Arg> others = new ArrayList<>(sources);
                others.remove(a);
                ctx.emit(List.of(a), others, code.get(), v, trigger.toString(), rule, explained);
            }
            return;
        }
        String cameo = code.get();
        if (cameo.equals("050") && BACKING.contains(Syntax.lower(t)) && !targets.isEmpty()
                && targets.stream().allMatch(a -> ActorResolver.armedGroup(a.actor().code()))
                && sources.stream().noneMatch(a -> ActorResolver.armedGroup(a.actor().code()))) {
            // coop33: "the Houthis, who are backed by Iran", "the UAE has backed the RSF": a state's backing of an armed
            // group is aid (070), not diplomatic cooperation (words.txt backing)
            cameo = "070";
            rule += BACKING_RULE;
        }
        ctx.emit(sources, targets, cameo, v, trigger.toString(), rule, explained);
        if (sources.isEmpty() || targets.isEmpty() || alone) {
            return; // a reverse coding needs both parties, and an act done alone has no partner's side
        }
        if (!usePassive && activeCode.isPresent() && altCode.isPresent()
                && (mutual || !activeCode.equals(altCode))) {
            // [A:B]: the other party does B ("visited" 042 / "hosted" 043; [A:A] acts are done by both)
            ctx.emit(targets, sources, altCode.get(), v, trigger.toString(), rule, explained);
        }
    }

    /** fresh27: verbs of working together that an infinitive of purpose can carry (words.txt means-verbs). */
    private static final Set<String> MEANS_VERBS = WordLists.words("means-verbs");

    /**
     * Whether the verb at {@code v} only tells how an act asked for or promised is to be done: a verb of working
     * together (words.txt {@code means-verbs}) that is itself another verb's complement and has an infinitive of
     * purpose ("urged India to work with Pakistan to de-escalate tensions"): the purpose is the content, as it was
     * before "work with" was coded. A clause told of the future ("said Turkey would work with Saudi Arabia to help
     * Syria recover") foretells the work with its partner as well (intent31).
     */
    private boolean meansOnly(int v) {
        if (!MEANS_VERBS.contains(Syntax.lower(s.token(v))) || !Set.of("xcomp", "ccomp").contains(s.relation(v))) {
            return false;
        }
        for (int a : s.children(v, "aux")) {
            if (Intents.FORETELLING.contains(s.token(a).word().toLowerCase(java.util.Locale.ROOT))) {
                return false; // intent31: "said Turkey would work with Saudi Arabia to help Syria": a partner foretold
            }
        }
        for (var d : s.children(v)) {
            int c = d.dependent();
            if ((d.relation().equals("xcomp") || d.relation().equals("advcl")) && c > v && s.token(c).isVerb()
                    && Syntax.hasTo(s, c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The nominal of the verb's "under" phrase that the pattern's source stands on ("came under Russian fire"), or -1
     * when the pattern named its source elsewhere ("came under fire from Russian forces") or there is none.
     */
    private int underPhrase(int v, String code) {
        if (Integer.parseInt(code.substring(0, 2)) < 18) {
            return -1;
        }
        for (int c : s.children(v, "obl")) {
            if (Syntax.preposition(s, c).equals("under")) {
                for (int o : s.children(v, "obl")) {
                    if (Syntax.preposition(s, o).equals("from")) {
                        return -1;
                    }
                }
                return c;
            }
        }
        return -1;
    }

    /**
     * CAMEO roots of acts parties named together each do to the others: pledges (03), disapproval (11: accusations
     * traded, accuse19) and force (18-20).
     */
    private static final Set<String> EACH_PARTY_ROOTS = Set.of("03", "11", "18", "19", "20");

    /**
     * Whether an act of parties named together ("Peru and Chile met", "the talks between A and B") is told once, from
     * the party named first to each other one, rather than by each party on the others: in Saydo's record a meeting,
     * an agreement or a swap is one event (corpus/README.md, mutual acts; as {@link EventCombiner#venues}), while a
     * pledge made together or fighting between them is each party's own. PETRARCH's suites, coded with the
     * dictionary's own codes, code each party on the others.
     */
    static boolean toldOnce(EventCoder.Codes codes, String cameo) {
        return codes == EventCoder.Codes.ONTOLOGY && !EACH_PARTY_ROOTS.contains(cameo.substring(0, 2));
    }

    /**
     * The tokens whose phrases may say what a launch told by verb {@code v} was aimed at: its own subtree, and when it
     * is an open complement the phrases its governor holds after it ("denied firing rockets at Israel", the parser
     * hanging "at Israel" on "denied").
     */
    private static List<Integer> launchScope(ParsedSentence s, int v) {
        List<Integer> out = new ArrayList<>(Syntax.subtree(s, v));
        int h = s.head(v);
        if (h >= 0 && s.relation(v).equals("xcomp")) {
            for (var d : s.children(h)) {
                if (d.dependent() > v && Syntax.is(d.relation(), "obl")) {
                    out.addAll(Syntax.subtree(s, d.dependent()));
                }
            }
        }
        return out;
    }

    /**
     * The code of an act a verb and an event noun of force tell together: the noun's code when it names a kind of
     * assault (18x: "carried out a suicide attack") and the verb's is a plain 190; the noun's weapon code (194
     * artillery, 195 aerial ...) when the verb's is a plain 190, or a bombing (183, which CAMEO keeps for suicide, car and other
     * non-military bombs) that the weapon's word gave it ("a missile strike killed": "- &WEAPON *" [183]); the
     * noun's code when the verb's is mass violence (20x: KILL "- * CIVILIAN" [202]) that only the attack's toll
     * gave it; the noun's code when the verb's is a plain harm (180: DAMAGE, WOUND, HURT) that a military act did
     * ("Russian strikes damaged a hospital"); else the verb's.
     */
    private static String toldCode(String verb, String noun) {
        if (noun.startsWith("18") && verb.equals("190")) {
            return noun; // "killed in a suicide bombing": the noun names the kind of assault (1831)
        }
        if (!noun.startsWith("19")) {
            return verb;
        }
        if (verb.startsWith("20")) {
            return noun; // "Russian strikes killed 11 civilians": the toll of an attack makes it no massacre (202)
        }
        if (verb.equals("180")) {
            return noun; // "Russian shelling damaged a hospital": a verb of harm (HURT) tells the military act it did
        }
        boolean weaponNoun = !noun.equals("190");
        return weaponNoun && (verb.equals("190") || verb.equals("183")) ? noun : verb;
    }

    /**
     * The subject of an act of force (CAMEO 18-20) that is itself an event noun of force ({@code saydo.nouns.txt}:
     * "the strikes", "a drone attack"), or null: the verb then tells the noun's act
     * ("the strikes killed ..."), not a second one.
     */
    private ForceNoun forceNounSubject(int v, String code) {
        if (Integer.parseInt(code.substring(0, 2)) < 18) {
            return null;
        }
        for (int n : s.children(v, "nsubj")) {
            ForceNoun noun = forceNoun(n);
            if (noun != null) {
                return noun;
            }
        }
        return null;
    }

    /** The noun at {@code n} as an event noun of force (CAMEO 18-20, {@code saydo.nouns.txt}), or null. */
    private ForceNoun forceNoun(int n) {
        if (!s.token(n).isNoun() || actors.namesEnemy(n)) {
            return null; // "the occupation shelled villages": a side's word for the other side, no act of its own
        }
        Optional<NominalDictionary.Entry> entry = ctx.coder.nouns.lookup(s, n);
        Optional<String> code = entry.isEmpty() ? Optional.empty() : ctx.coder.eventCode(entry.get().code());
        return code.isPresent() && code.get().length() >= 2 && Integer.parseInt(code.get().substring(0, 2)) >= 18
                ? new ForceNoun(n, code.get()) : null;
    }

    /**
     * The event noun of force in the verb's "in" phrase that names whose act it was ("killed in an Eritrean ambush",
     * "died in an Israeli strike"), or null: one whose owner is an actor the sentence names.
     */
    private ForceNoun forceNounIn(int v, String code) {
        if (Integer.parseInt(code.substring(0, 2)) < 18) {
            return null;
        }
        for (int c : s.children(v, "obl")) {
            ForceNoun noun = Syntax.preposition(s, c).equals("in") ? forceNoun(c) : null;
            if (noun != null && !ownersOf(c).isEmpty()) {
                return noun;
            }
        }
        return null;
    }

    /**
     * The other party of a fight an event noun of both sides names with "with" ("killed in a clash with Chinese
     * troops": the noun is {@code @mutual} in {@code saydo.nouns.txt}), as the act's doer; empty for other nouns.
     */
    private List<Arg> opponentsOf(int n) {
        Optional<NominalDictionary.Entry> entry = ctx.coder.nouns.lookup(s, n);
        List<Arg> out = new ArrayList<>();
        if (entry.isPresent() && entry.get().mutual()) {
            for (int c : s.children(n, "nmod")) {
                if (Syntax.preposition(s, c).equals("with")) {
                    out.addAll(actors.actorsOf(c));
                }
            }
        }
        return out;
    }

    /**
     * Whom the act of force an "in" phrase tells was done to ("three people were killed in a Russian strike on Odesa"):
     * the verb's subject when it names a party; else the party the noun's act was aimed at ("on Odesa"); else the
     * targets found before, less any the noun's own phrase names (its owner is the doer, not a victim); else the
     * people of no place the subject names.
     */
    private List<Arg> victimsOf(int v, boolean passive, int noun, List<Arg> found) {
        List<Arg> victims = new ArrayList<>();
        for (int c : s.children(v, passive ? "nsubj:pass" : "nsubj")) {
            List<Arg> named = actors.actorsOf(c);
            if (named.isEmpty() && (s.token(c).pos().equals("CD")
                    || Syntax.QUANTIFIERS.contains(Syntax.lower(s.token(c))))) {
                for (int o : s.children(c, "nmod")) {
                    if (Syntax.preposition(s, o).equals("of")) {
                        named = actors.actorsOf(o); // "49 of its soldiers were killed"
                    }
                }
            }
            victims.addAll(named);
        }
        if (!victims.isEmpty() && victims.stream().noneMatch(a -> ImplicitTargets.addressee(a.actor()))) {
            return victims;
        }
        List<Arg> aimed = new ArrayList<>();
        for (int c : s.children(noun, "nmod")) {
            if (Set.of("on", "against", "at").contains(Syntax.preposition(s, c))) {
                aimed.addAll(actors.actorsOf(c));
            }
        }
        if (!aimed.isEmpty()) {
            return aimed;
        }
        Set<Integer> phrase = new java.util.HashSet<>(Syntax.subtree(s, noun));
        List<Arg> rest = new ArrayList<>(found);
        rest.removeIf(a -> phrase.contains(a.first()));
        return rest.isEmpty() ? victims : rest;
    }

    /** The event noun of force in the verb's "with" phrase, the means of its act ("hit with air strikes"), or null. */
    private ForceNoun forceNounWith(int v) {
        for (int c : s.children(v, "obl")) {
            ForceNoun noun = Syntax.preposition(s, c).equals("with") ? forceNoun(c) : null;
            if (noun != null) {
                return noun;
            }
        }
        return null;
    }

    /**
     * Whether the verb's "with" phrase is its means, a weapon or an act of force ("hit the bridges with air strikes",
     * "attacked with drones"), not a party it fought with: "- * WITH" [190:190] then goes one way.
     */
    private boolean instrumentWith(int v) {
        for (int c : s.children(v, "obl")) {
            if (Syntax.preposition(s, c).equals("with")
                    && (forceNoun(c) != null || ctx.coder.implicitSources.weapon(s, c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The actors that own an event noun: its possessor, its adjective or compound, its "by" phrase, and the other
     * party a fight of both sides names ("a clash with Chinese troops").
     */
    private List<Arg> ownersOf(int n) {
        List<Arg> out = new ArrayList<>(opponentsOf(n));
        for (var d : s.children(n)) {
            String rel = d.relation();
            if (rel.equals("nmod:poss") || rel.equals("compound") || rel.equals("amod")
                    || Syntax.is(rel, "nmod") && Syntax.preposition(s, d.dependent()).equals("by")) {
                for (Arg a : actors.actorsOf(d.dependent())) {
                    if (!a.actor().text().isEmpty()) {
                        out.add(a);
                    }
                }
            }
        }
        return out;
    }

    /** Whether the noun at {@code n} is what a verb of air defence stopped ("intercepted 30 of the drones"). */
    private boolean stopped(int n) {
        if (Syntax.is(s.relation(n), "nmod") && Syntax.preposition(s, n).equals("of") && s.head(n) >= 0) {
            n = s.head(n);
        }
        int h = s.head(n);
        return h >= 0 && s.token(h).isVerb() && ctx.coder.implicitSources.interceptor(Syntax.lower(s.token(h)))
                && (s.relation(n).equals("obj") || s.relation(n).equals("nsubj:pass"));
    }

    /**
     * Air defence tells the attack it stopped: munitions ({@code posture.txt} {@code projectile}, drones) that a verb
     * of air defence ({@code deeds.txt} {@code intercept}) has as its object (or passive subject) and that name their
     * owner ("intercepted Houthi drones", "Russian missiles were shot down", "drones launched by Iran", "rockets fired
     * from Gaza") are the owner's attack (195, or the weapon's code) on the side that stopped them: the verb's subject
     * or agent, else no one named (the other side, filled in by {@link ImplicitTargets}). The interception itself is
     * no event (corpus/README.md; {@code senses.txt}).
     */
    private void interception(int v) {
        ImplicitSources deeds = ctx.coder.implicitSources;
        if (!s.token(v).isVerb() || !deeds.interceptor(Syntax.lower(s.token(v)))) {
            return;
        }
        boolean passive = Syntax.passive(s, v);
        List<Integer> stopped = new ArrayList<>(s.children(v, passive ? "nsubj:pass" : "obj"));
        if (!passive && Syntax.partitiveObject(s, v) >= 0) {
            stopped.add(Syntax.partitiveObject(s, v)); // "shot down 25 of the 30 Russian drones", misparsed
        }
        for (var d : s.children(v)) {
            if (Set.of("dep", "ccomp", "xcomp").contains(d.relation()) && s.token(d.dependent()).pos().equals("VBN")) {
                stopped.addAll(s.children(d.dependent(), "nsubj")); // the parser's "intercepted [drones fired] from"
            }
        }
        for (int p : stopped) {
            int munition = p;
            if (Syntax.QUANTIFIERS.contains(Syntax.lower(s.token(p))) || s.token(p).pos().equals("CD")) {
                for (int c : s.children(p, "nmod")) {
                    if (Syntax.preposition(s, c).equals("of")) {
                        munition = c; // "30 of the 40 drones"
                    }
                }
            }
            String weapon = deeds.weaponCode(s, munition);
            if (weapon == null || !munition(s, munition)) {
                continue;
            }
            List<Arg> owners = ownersOf(munition);
            List<Arg> aimed = new ArrayList<>();
            List<Integer> participles = new ArrayList<>(s.children(munition, "acl"));
            if (s.relation(munition).equals("nsubj") && s.head(munition) != v) {
                participles.add(s.head(munition));
            }
            for (int c : participles) {
                if (s.token(c).isVerb()) {
                    for (int o : s.children(c, "obl")) {
                        String prep = Syntax.preposition(s, o);
                        if (Set.of("by", "from").contains(prep)) {
                            owners.addAll(actors.actorsOf(o)); // "launched by Iran", "fired from Gaza"
                        } else if (Set.of("at", "on", "towards", "toward", "against", "into").contains(prep)) {
                            aimed.addAll(actors.actorsOf(o)); // "fired at Riyadh"
                        }
                    }
                }
            }
            if (owners.isEmpty()) {
                continue;
            }
            List<Arg> defenders = new ArrayList<>();
            if (passive) {
                for (int c : s.children(v, "obl")) {
                    if (s.relation(c).equals("obl:agent") || Syntax.preposition(s, c).equals("by")) {
                        defenders.addAll(actors.actorsOf(c));
                    }
                }
            } else {
                defenders.addAll(actors.subjectsOf(v, 0));
            }
            defenders.removeIf(d -> owners.stream().anyMatch(o -> ActorResolver.sameSide(o.actor(), d.actor())));
            ctx.consumed.add(munition);
            ctx.emit(owners, aimed.isEmpty() ? defenders : aimed, weapon.length() == 3 ? weapon : "195", v,
                    s.token(v).word() + (munition > v ? " ... " : " ") + s.token(munition).word(),
                    "deeds.txt intercept " + Syntax.lower(s.token(v)) + " + the stopped munition's owner attacked");
        }
    }

    /** Whether the noun at {@code i} of sentence {@code in} names munitions: missiles, rockets, shells, drones. */
    private boolean munition(ParsedSentence in, int i) {
        String lemma = Syntax.lower(in.token(i));
        return ctx.coder.posture.projectiles().contains(lemma) || lemma.equals("drone") || lemma.equals("uav")
                || lemma.equals("shahed");
    }

    /**
     * Whether a verb of air defence ({@code deeds.txt} {@code intercept}) stopped a part of munitions named before and
     * referred to by a pronoun ("Russia launched 80 drones. Air defences shot down 70 of them."; "... and destroyed
     * most of them"): the pronoun's antecedent is the last plural noun before it, in its sentence or the one
     * before. The attack is told where the munitions were launched; their interception is no event.
     */
    private boolean stoppedReferredMunitions(int v) {
        if (!s.token(v).isVerb() || !ctx.coder.implicitSources.interceptor(Syntax.lower(s.token(v)))) {
            return false;
        }
        List<Integer> pronouns = new ArrayList<>();
        for (int o : s.children(v, Syntax.passive(s, v) ? "nsubj:pass" : "obj")) {
            if (Syntax.lower(s.token(o)).equals("they")) {
                pronouns.add(o); // "shot them down"
            }
        }
        for (int c : Syntax.subtree(s, v)) {
            int h = s.head(c);
            if (Syntax.lower(s.token(c)).equals("they") && Syntax.preposition(s, c).equals("of") && h >= 0
                    && (s.token(h).pos().equals("CD") || Syntax.QUANTIFIERS.contains(Syntax.lower(s.token(h))))) {
                pronouns.add(c); // "70 of them", "most of them" (the parser may hang the count on "down")
            }
        }
        Set<Integer> stoppers = new HashSet<>();
        for (int c : s.children(v, "nsubj")) {
            stoppers.addAll(Syntax.subtree(s, c)); // "Ukrainian forces shot down 25 of them": not the forces
        }
        for (int p : pronouns) {
            for (int i = p - 1; i >= 0; i--) {
                if (s.token(i).pos().equals("NNS") && !stoppers.contains(i)) {
                    return munition(s, i);
                }
            }
            int before = s.index() - 1;
            if (before >= 0 && before < ctx.all.size()) {
                ParsedSentence prev = ctx.all.get(before);
                for (int i = prev.tokens().size() - 1; i >= 0; i--) {
                    if (prev.token(i).pos().equals("NNS")) {
                        return munition(prev, i);
                    }
                }
            }
        }
        return false;
    }

    /**
     * The country alone that a place phrase of verb {@code v} names ("in Minsk", "from Niger", "at Beirut airport":
     * {@link ImplicitSources#COERCION_PLACE_PREPOSITIONS}), or null.
     */
    private Arg coercionPlace(int v) {
        for (int c : s.children(v, "obl")) {
            Arg place = ImplicitSources.placeCountry(s, actors, c);
            if (place != null) {
                return place;
            }
        }
        return null;
    }

    /**
     * The bombing noun that is not military in the verb's "in" phrase, with no owner named ("were killed in a suicide
     * bombing at a market": {@code deeds.txt bombing}), or null.
     */
    private ForceNoun bombingIn(int v, String code) {
        if (Integer.parseInt(code.substring(0, 2)) < 18) {
            return null;
        }
        for (int c : s.children(v, "obl")) {
            ForceNoun noun = Syntax.preposition(s, c).equals("in") ? forceNoun(c) : null;
            if (noun != null && (ctx.coder.implicitSources.bombing(toldCode(code, noun.code()))
                    || ctx.coder.implicitSources.ambush(Syntax.lower(s.token(c)))) && ownersOf(c).isEmpty()) {
                return noun;
            }
        }
        return null;
    }

    /**
     * sahel27: the forces of the country whose armed groups did the act, when the passive's subject names men under
     * arms of no country ({@code deeds.txt forces}) and the verb's place phrase names that country: "17 soldiers were
     * killed in clashes with jihadists in northern Burkina Faso" (BFAREB) are Burkina Faso's soldiers, as a state's
     * rebels fight its own army on its ground; empty otherwise.
     */
    private List<Arg> rebelsForces(int v, List<Arg> sources) {
        boolean troops = s.children(v, "nsubj:pass").stream()
                .anyMatch(n -> ctx.coder.implicitSources.forces(Syntax.lower(s.token(n))));
        String country = null;
        for (Arg a : sources) {
            String code = a.actor().code();
            String c = code.length() == 6 && Set.of("REB", "INS").contains(code.substring(3)) ? code.substring(0, 3) : null;
            if (c == null || !ActorResolver.isCountry(c) || country != null && !country.equals(c)) {
                return List.of();
            }
            country = c;
        }
        Arg place = troops && country != null ? bombingPlace(v, -1) : null;
        if (place == null || !place.actor().code().equals(country)) {
            return List.of(); // only where the sentence says they fought on that country's ground
        }
        int n = s.children(v, "nsubj:pass").get(0);
        Arg first = sources.get(0);
        return List.of(new Arg(new org.saydo.record.ActorRef(country + "MIL", first.actor().name(), s.token(n).word()),
                n, n, false));
    }

    /**
     * The country a bombing's place phrase names: the verb's ("killed four soldiers in Balochistan", "at a market in
     * Mogadishu"), else that of the bombing noun the verb was told in ("killed in a suicide bombing at a market in
     * Mogadishu", "died in a suicide attack on a mosque in Peshawar"); null for none.
     */
    private Arg bombingPlace(int v, int noun) {
        Arg place = null;
        for (int c : s.children(v, "obl")) {
            place = place != null ? place : placeOf(c, 0);
        }
        for (int c : noun < 0 ? List.<Integer>of() : s.children(noun, "nmod")) {
            place = place != null ? place : placeOf(c, 0);
        }
        return place;
    }

    /** Prepositions of a bombing's place phrase: those of a passive's place, and "on" the thing it hit. */
    private static final Set<String> BOMBING_PLACE_PREPOSITIONS = Set.of("in", "at", "on", "near", "outside", "inside");

    /**
     * The country a place phrase names, itself or through the place phrase of its thing ("at a market in
     * Mogadishu"), one step down; null for none.
     */
    private Arg placeOf(int c, int depth) {
        if (!BOMBING_PLACE_PREPOSITIONS.contains(Syntax.preposition(s, c))) {
            return null;
        }
        Arg own = ImplicitSources.countryAmong(actors.actorsOf(c));
        if (own != null) {
            return own;
        }
        for (int d : depth > 0 ? List.<Integer>of() : s.children(c, "nmod")) {
            Arg a = placeOf(d, depth + 1);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    /** Whether the verb's subject is a crowd ({@link Posture#crowds}: posture.txt crowd) that names no party. */
    private boolean crowdSubject(int v) {
        List<Integer> subjects = s.children(v, "nsubj");
        return subjects.size() == 1 && ctx.coder.posture.crowds().contains(Syntax.lower(s.token(subjects.get(0))))
                && actors.actorsOf(subjects.get(0)).isEmpty();
    }

    /**
     * The country of the place a crowd's act is told in: a country or place named in a phrase of the verb, or in a
     * phrase of that phrase's noun or of the object ("outside government buildings in Yerevan"), a diplomatic mission's state not
     * counting ("outside the Israeli embassy in Amman" is Jordan's); else the report's own; null for none.
     */
    private String crowdCountry(int v) {
        List<Integer> phrases = new ArrayList<>(s.children(v, "obl"));
        phrases.addAll(s.children(v, "obj")); // "stormed the parliament building in Niamey": only its phrase
        for (int c : phrases) {
            List<Integer> nouns = new ArrayList<>();
            if (!ctx.coder.posture.missions().contains(Syntax.lower(s.token(c))) && !s.relation(c).equals("obj")) {
                nouns.add(c);
            }
            for (var d : s.children(c)) {
                if (Syntax.is(d.relation(), "nmod")) {
                    nouns.add(d.dependent());
                }
            }
            for (int n : nouns) {
                if (namedPlace(n)) {
                    for (Arg a : actors.actorsOf(n)) {
                        return a.actor().code();
                    }
                }
            }
        }
        String home = ctx.discourse.homeCountry();
        return home != null && home.length() == 3 && ActorResolver.isCountry(home) ? home : null;
    }

    /** Whether the proper noun at {@code i} names a place or a country: an actor coded by its country alone. */
    boolean namedPlace(int i) {
        for (Arg a : actors.actorsOf(i)) {
            String c = a.actor().code();
            if (!a.person() && c.length() == 3 && ActorResolver.isCountry(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The owners of the weapons told as the subject of the passive verb at {@code v} ("Russian missiles were fired",
     * "Hezbollah rockets were launched"), or empty when a subject is no weapon of {@code deeds.txt} or names no owner.
     */
    private List<Arg> weaponOwners(int v) {
        if (!WEAPON_LAUNCHERS.contains(Syntax.lower(s.token(v)))) {
            return List.of(); // "a Ukrainian drone was shot down": the weapon was hit, not fired
        }
        List<Integer> subjects = s.children(v, "nsubj:pass");
        List<Arg> out = new ArrayList<>();
        for (int c : subjects) {
            if (!ctx.coder.implicitSources.weapon(s, c)) {
                return List.of();
            }
            out.addAll(actors.actorsOf(c));
        }
        return out;
    }

    /**
     * The parties a weapon fired in the passive at {@code v} was aimed at: the actors of its "at", "on", "onto",
     * "into", "toward(s)", "against" phrases, not its own owners ("were fired at Kyiv": UKR).
     */
    private List<Arg> launchTargets(int v, List<Arg> owners) {
        List<Arg> out = new ArrayList<>();
        for (int c : s.children(v, "obl")) {
            if (LAUNCH_AIMS.contains(Syntax.preposition(s, c)) && !s.relation(c).equals("obl:tmod")) {
                for (Arg a : actors.actorsOf(c)) {
                    if (owners.stream().noneMatch(o -> o.actor().code().equals(a.actor().code()))) {
                        out.add(a);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether the verb at {@code v} is a participle of firing that modifies the weapon fired and tells neither by whom
     * nor at what ("Kalibr missiles fired from the sea", "rockets launched from Lebanon"): it tells how the weapon came,
     * not an act of its own (as a noun the participle hangs on, the weapon is no target of its owner's firing).
     */
    private boolean firedFromNowhere(int v) {
        if (!s.relation(v).equals("acl") || !s.token(v).pos().equals("VBN") || s.head(v) < 0
                || !WEAPON_LAUNCHERS.contains(Syntax.lower(s.token(v)))
                || !ctx.coder.implicitSources.weapon(s, s.head(v)) || agentTold(v)) {
            return false;
        }
        for (int c : s.children(v, "obl")) {
            if (LAUNCH_AIMS.contains(Syntax.preposition(s, c))) {
                return false; // "missiles fired at Kyiv": aimed at someone
            }
        }
        return s.children(v, "nsubj").isEmpty() && s.children(v, "obj").isEmpty();
    }

    /** Verbs whose passive subject, when a weapon, was fired by its owner ({@code words.txt} weapon-launchers). */
    private static final Set<String> WEAPON_LAUNCHERS = WordLists.words("weapon-launchers");

    /** Prepositions of the place a weapon fired in the passive was aimed at. */
    private static final Set<String> LAUNCH_AIMS = Set.of("at", "on", "onto", "into", "toward", "towards", "against");

    /** Whether the passive verb at {@code v} tells its agent ("was killed by gunmen"), whoever it is. */
    private boolean agentTold(int v) {
        for (int c : s.children(v, "obl")) {
            if (s.relation(c).equals("obl:agent") || Syntax.preposition(s, c).equals("by")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The targets of an act of force that tells no agent: the actors named in the thing it was done to, when
     * its agent is left out and that thing is one force is done to ({@code deeds.txt} {@code object}, or a place
     * named): a passive with no "by" ("a hospital in Kherson was hit"), or a weapon with no owner as the subject
     * ("a missile struck an apartment block", "shells fell on the town"). Empty otherwise: the act is not coded.
     */
    private List<Arg> struckObjects(int v, boolean passive, List<Arg> targets) {
        ImplicitSources deeds = ctx.coder.implicitSources;
        List<Integer> things = new ArrayList<>();
        int struck = -1; // after a weapon: the first object that is a thing force is done to
        if (passive) {
            for (int c : s.children(v, "obl")) {
                if (s.relation(c).equals("obl:agent") || Syntax.preposition(s, c).equals("by")) {
                    return List.of(); // "was hit by ...": an agent is told, whoever it is
                }
            }
            things.addAll(s.children(v, "nsubj:pass"));
            if (things.isEmpty() && Syntax.reducedPassive(s, v) && s.relation(v).equals("acl")) {
                things.add(s.head(v)); // "the hospital hit overnight"
            }
            if (things.stream().anyMatch(n -> deeds.object(s, n))) {
                for (int c : s.children(v, "obl")) {
                    if (Set.of("in", "at", "near").contains(Syntax.preposition(s, c))
                            && !s.relation(c).equals("obl:tmod")) {
                        things.add(c); // "a school was hit in Kharkiv": the place it stands in
                    }
                }
            }
        } else {
            List<Integer> subjects = s.children(v, "nsubj");
            if (subjects.isEmpty() || subjects.stream().anyMatch(c -> !deeds.weapon(s, c))) {
                return List.of(); // the agent is left to a subject we cannot read: no guess
            }
            things.addAll(s.children(v, "obj"));
            for (int c : s.children(v, "obl")) {
                if (Set.of("on", "onto", "at", "into", "through", "in").contains(Syntax.preposition(s, c))
                        && !s.relation(c).equals("obl:tmod")) {
                    things.add(c);
                }
            }
            struck = s.children(v, "obj").stream().filter(n -> deeds.object(s, n)).findFirst().orElse(-1);
        }
        List<Arg> out = new ArrayList<>();
        for (int thing : things) {
            boolean standsIn = false;
            if (!deeds.object(s, thing) && (!passive || !s.token(thing).pos().equals("NNP"))) {
                // a building, a post, a place ("a school was hit", "Kharkiv was shelled"); not people ("Palestinians
                // were killed"), nor, after a weapon, a name that may be no place (a ship, a plant's name) unless
                // it is where the thing struck stands ("a drone hit a hospital in Kharkiv", the parser hanging the
                // place on the verb)
                standsIn = struck >= 0 && s.token(thing).pos().equals("NNP")
                        && Set.of("in", "at").contains(Syntax.preposition(s, thing));
                if (!standsIn) {
                    continue;
                }
            }
            List<Integer> words = Syntax.subtree(s, thing);
            List<Arg> found = new ArrayList<>(actors.actorsOf(thing));
            for (Arg a : targets) {
                if (words.contains(a.first())) {
                    found.add(a);
                }
            }
            if (standsIn) {
                found.removeIf(a -> a.actor().code().length() != 3 || !ActorResolver.isCountry(a.actor().code()));
            }
            String role = deeds.objectRole(s, standsIn ? struck : thing);
            for (Arg a : found) {
                String code = a.actor().code();
                if (role != null && code.length() == 3 && ActorResolver.isCountry(code)) {
                    // "a hospital in Kherson": Ukraine's civilians; "a base in Israel": Israel's forces
                    a = new Arg(new org.saydo.record.ActorRef(code + role, a.actor().name(), a.actor().text()),
                            a.first(), a.last(), a.person());
                }
                String coded = a.actor().code();
                if (out.stream().noneMatch(x -> x.actor().code().equals(coded))) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    /**
     * The targets of an act of force told with its agent, each a country named in the thing the act was done to that
     * {@code deeds.txt} gives a role ({@code object CVL|MIL}) taking that role: "shelled army positions in El Fasher"
     * is Sudan's forces (SDNMIL), "attacked a church in Burkina Faso" its civilians (BFACVL, which the assault rule
     * then reads). A target with a role or no country, or a thing of no role ("the city of Kherson"), stays.
     */
    private List<Arg> objectRoles(int v, boolean passive, List<Arg> targets) {
        ImplicitSources deeds = ctx.coder.implicitSources;
        List<Integer> things = struckThings(v, passive);
        List<Arg> out = new ArrayList<>();
        for (Arg a : targets) {
            String code = a.actor().code();
            if (!a.person() && code.length() == 3 && ActorResolver.isCountry(code)) {
                for (int thing : things) {
                    String role = deeds.objectRole(s, thing);
                    if (role != null && !role.isEmpty() && Syntax.subtree(s, thing).contains(a.first())) {
                        a = new Arg(new org.saydo.record.ActorRef(code + role, a.actor().name(), a.actor().text()),
                                a.first(), a.last(), a.person());
                        break;
                    }
                }
            }
            out.add(a);
        }
        return out;
    }

    /**
     * The things an act of force at {@code v} was done to: its object (a passive's subject) and its "on", "at" and
     * "into" phrases.
     */
    private List<Integer> struckThings(int v, boolean passive) {
        List<Integer> things = new ArrayList<>(s.children(v, passive ? "nsubj:pass" : "obj"));
        for (int c : s.children(v, "obl")) {
            if (Set.of("on", "at", "into").contains(Syntax.preposition(s, c))) {
                things.add(c);
            }
        }
        return things;
    }

    /** What the rule adds when a passive killing's victim bears a title of rank (deeds.txt elite). */
    static final String ELITE_RULE = " + victim of rank 186";

    /**
     * Whether a subject of the passive verb at {@code v} is a person of rank ({@code deeds.txt elite}): the title
     * itself ("the commander was killed") or a title written before or beside the name ("Hamas leader Ismail Haniyeh",
     * "Fuad Shukr, a senior commander").
     */
    private boolean eliteVictim(int v) {
        ImplicitSources deeds = ctx.coder.implicitSources;
        for (int c : s.children(v, "nsubj:pass")) {
            if (deeds.elite(Syntax.lower(s.token(c)))) {
                return true;
            }
            for (var d : s.children(c)) {
                if ((d.relation().equals("compound") || d.relation().equals("appos"))
                        && deeds.elite(Syntax.lower(s.token(d.dependent())))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Prepositions of a struck thing's phrase that place it by a town it lies near ("a hall near Moscow"). */
    private static final Set<String> NEAR_PREPOSITIONS = Set.of("near", "outside", "around");

    /**
     * The countries of the places that the thing an act of force was done to is said to be near: its object's (a
     * passive's subject's) or its "on", "at", "into" phrase's own "near", "outside" or "around" phrase; empty for none.
     */
    private List<Arg> nearPlaces(int v, boolean passive) {
        List<Integer> things = struckThings(v, passive);
        List<Arg> out = new ArrayList<>();
        for (int thing : things) {
            for (int m : s.children(thing, "nmod")) {
                if (!NEAR_PREPOSITIONS.contains(Syntax.preposition(s, m))) {
                    continue;
                }
                for (Arg a : actors.actorsOf(m)) {
                    String code = a.actor().code();
                    if (!a.person() && code.length() == 3 && ActorResolver.isCountry(code)) {
                        out.add(a);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The civilian building an act of force was done to ({@code deeds.txt} {@code object CVL}: "hit a school",
     * "a market was shelled", "fired on a hospital"), as the population stand-in of no named place; null for none.
     */
    private Arg civilianObject(int v, boolean passive) {
        ImplicitSources deeds = ctx.coder.implicitSources;
        List<Integer> things = struckThings(v, passive);
        for (int n : things) {
            if ("CVL".equals(deeds.objectRole(s, n)) && actors.actorsOf(n).isEmpty()) {
                return new Arg(new org.saydo.record.ActorRef(ImplicitTargets.POPULATION_CODE, "a population",
                        s.token(n).word()), n, n, false);
            }
        }
        return null;
    }

    /**
     * The CAMEO code the weapon an act of force is done with gives it ({@code deeds.txt}): its subject's ("a missile
     * struck", "Israeli jets hit"), its object's ("fired shells at") or its instrument's ("hit with drones"); null
     * for none.
     */
    private String weaponCode(int v) {
        ImplicitSources deeds = ctx.coder.implicitSources;
        List<Integer> nouns = new ArrayList<>(s.children(v, "nsubj"));
        nouns.addAll(s.children(v, "obj"));
        boolean passive = Syntax.passive(s, v);
        for (int c : s.children(v, "obl")) {
            String prep = Syntax.preposition(s, c);
            if (prep.equals("with") || passive && prep.equals("by")) {
                nouns.add(c); // freshH31: "the ship was struck by missiles": the agent is the weapon
            }
        }
        for (int n : nouns) {
            String code = deeds.weaponCode(s, n);
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    /** force27: the CAMEO code the weapon told as the active verb's subject gives its act ({@code deeds.txt}), or null. */
    private String subjectWeapon(int v) {
        if (Syntax.passive(s, v)) {
            return null;
        }
        for (int n : s.children(v, "nsubj")) {
            String code = ctx.coder.implicitSources.weaponCode(s, n);
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    /**
     * The targets found, less those named inside a phrase of the verb that tells what the act answers ("in response
     * to North Korea's missile launch", "in retaliation for the strikes"; words.txt reaction-nouns): the party whose
     * deed is answered is no partner of a cooperative act. "South Korea and the United States held joint drills in
     * response to the North's launch" are drills of the two allies with each other, not with North Korea.
     */
    private List<Arg> notAnswered(int v, List<Arg> targets) {
        List<Integer> answered = new ArrayList<>();
        for (var d : s.children(v)) {
            if ((Syntax.is(d.relation(), "obl") || Syntax.is(d.relation(), "advcl"))
                    && REACTION_NOUNS.contains(Syntax.lower(s.token(d.dependent())))) {
                answered.addAll(Syntax.subtree(s, d.dependent()));
            }
        }
        if (answered.isEmpty()) {
            return targets;
        }
        List<Arg> out = new ArrayList<>(targets);
        out.removeIf(a -> answered.contains(a.first()));
        return out;
    }

    /**
     * Whether a pattern of Saydo's own verb dictionary ({@code saydo.verbs.txt}) coding a show of force, a reduction
     * of relations or coercion (CAMEO 15, 16, 17) goes before an equally scored one of the PETRARCH dictionaries:
     * those patterns were written to correct PETRARCH's readings ("sent warships to the Gulf" is forces moved, 154,
     * not CAMEO.2.0.txt's SEND * WARSHIPS (TO) 0332, which with no partner named coded nothing), and in file order
     * they never won a tie. Saydo's patterns of every root winning ties lowered the blind half's precision (55.5 to
     * 55.3); these roots' alone raised it (55.5/30.8 to 56.0/31.3). So do Saydo's visits (042): "flew to Moscow"
     * was CAMEO.2.0.txt's FLY * (TO) 036, a promise to meet (blind unchanged, 56.7/32.6). Its expressions of accord
     * (019: "welcomed Russia's decision" over HAIL * DECISION 052) winning too lowered the blind half to 56.3/32.3.
     * freshH31: and its military aid (072: "will sell Taiwan 108 tanks" over SELL * TANK 062 both ways). codes34: and
     * its endorsements (051: "France backed the sanctions" over BACK * SANCTIONS 1312, a threat no one made).
     */
    private static boolean outranksOnTie(PatternMatch m, PatternMatch other) {
        return own(m) && !own(other) && m.pattern.code() != null
                && m.pattern.code().matches("1[567]\\d*|042|051|072");
    }

    private static boolean own(PatternMatch m) {
        return m.pattern.source() != null && m.pattern.source().startsWith("saydo.");
    }

    /** Whether the pattern matched a noun or verb of a display that faces the other side (posture.txt facing). */
    private boolean facing(PatternMatch best) {
        return best != null && java.util.stream.Stream.concat(best.consumed.stream(), best.matchedVerbs.stream())
                .anyMatch(n -> ctx.coder.posture.facing().contains(Syntax.lower(s.token(n)))
                        || ctx.coder.posture.facing().contains(s.token(n).word().toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * Whether a pattern's words before the verb matched the verb's own subject: "&WEAPON *" [193:193] is the
     * dictionary's "gun battle", an act of both sides, but in "Russian missiles hit Ukrainian positions" the
     * weapon is the subject, the instrument of one side, and the act goes one way.
     */
    private boolean instrumentSubject(PatternMatch best, int v) {
        if (best == null) {
            return false;
        }
        for (int c : s.children(v, "nsubj")) {
            if (best.preWords.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The agent of the act a definite event noun in the verb's object refers back to ("condemned the attack",
     * "denounced this launch"; {@code eventrefs.txt}): the source of the first act of a root the noun can name
     * that the document told as news before, in this sentence or earlier, by another side than the reacting one.
     * Empty when the object names a party of its own, is no such noun, or no such act was told.
     */
    private List<Arg> referredAgent(int v, List<Arg> sources) {
        List<Integer> nouns = s.token(v).isVerb() ? s.children(v, "obj") : List.of(v);
        if (nouns.isEmpty() && s.token(v).isVerb() && s.head(v) >= 0) {
            List<Arg> doer = besideAgent(v, sources);
            if (!doer.isEmpty()) {
                return doer;
            }
        }
        for (int n : nouns) {
            Set<String> roots = ctx.coder.references.roots(Syntax.lower(s.token(n)));
            if (roots.isEmpty() || !actors.actorsOf(n).isEmpty() || !ctx.coder.references.refersBack(s, n)) {
                continue;
            }
            org.saydo.record.ActorRef agent = ctx.discourse.agentOfFirst(ctx.events.values(), roots, sources);
            if (agent != null) {
                return List.of(new Arg(agent, n, n, false));
            }
        }
        return List.of();
    }

    /**
     * accuse19: the doer of the clause an event noun set beside it stands for, when a reaction is told in a relative
     * clause on that noun ("Russia annexed four regions, a move Kyiv condemned", "abolished its agencies, a step
     * Seoul criticised"): the source of the act coded on the verb the noun hangs on (through its object), of another
     * side than the reacting one. Empty when the noun is no event noun ({@code eventrefs.txt}), names a party of its
     * own, or no such act was coded.
     */
    private List<Arg> besideAgent(int v, List<Arg> sources) {
        int n = -1;
        int h = -1;
        String rel = s.relation(v);
        if (Set.of("acl:relcl", "acl", "dep").contains(rel) && s.token(s.head(v)).isNoun()) {
            n = s.head(v); // "a move the UN criticised", the reaction on the noun
            h = s.head(n);
            int first = java.util.Collections.min(Syntax.subtree(s, n));
            if (h < 0 || !Set.of("appos", "dep", "obj").contains(s.relation(n)) || first == 0
                    || !s.token(first - 1).word().equals(",")) {
                return List.of(); // set off by a comma after the clause it stands for
            }
            if (h >= 0 && !s.token(h).isVerb() && s.relation(h).equals("obj")) {
                h = s.head(h); // "annexed [four regions], a move": the noun is set beside the verb's object
            }
        } else if (rel.equals("parataxis") && s.token(s.head(v)).isVerb()) {
            h = s.head(v); // "abolished its agencies, a step Seoul criticised", parsed as a clause set beside
            for (var d : s.children(v)) {
                if (d.dependent() < v && s.token(d.dependent()).isNoun() && !Syntax.is(d.relation(), "nsubj")) {
                    n = d.dependent();
                }
            }
        }
        if (n < 0 || h < 0 || !s.token(h).isVerb() || h > n || !s.token(n).isNoun()
                || ctx.coder.references.roots(Syntax.lower(s.token(n))).isEmpty() || !actors.actorsOf(n).isEmpty()) {
            return List.of();
        }
        int verb = h;
        for (var en : ctx.events.entrySet()) {
            org.saydo.record.ActorRef doer = en.getValue().source();
            if (Sentence.trigger(en.getKey()) == verb && doer != null
                    && sources.stream().noneMatch(x -> ActorResolver.sameSide(x.actor(), doer))) {
                return List.of(new Arg(doer, n, n, false));
            }
        }
        return List.of();
    }

    /**
     * The place a definite place noun among the verb's object and party obliques stands for ("took the city",
     * "imposed martial law across the country"; {@code eventrefs.txt}): the last place or country named before
     * that is not the acting side's (unless the act's root may target one's own: martial law, arrests). Empty when there is no such noun or it names a place of its own ("the city
     * of Kherson").
     */
    private List<Arg> referredPlace(int v, List<Arg> sources, String root) {
        List<Integer> nouns = new ArrayList<>(s.children(v, "obj"));
        for (int c : s.children(v, "obl")) {
            if (VERB_PARTY_PREPOSITIONS.contains(Syntax.preposition(s, c)) && !s.relation(c).equals("obl:tmod")) {
                nouns.add(c);
            }
        }
        for (int n : nouns) {
            if (!ctx.coder.references.place(Syntax.lower(s.token(n))) || !actors.actorsOf(n).isEmpty()
                    || !s.children(n, "nmod").isEmpty() || s.children(n, "det").stream().noneMatch(
                            d -> Syntax.lower(s.token(d)).equals("the"))) {
                continue;
            }
            org.saydo.record.ActorRef place = ctx.discourse.lastPlace(actors.placesBefore(n), s.index(),
                    ctx.coder.references.placeOwn(root) ? List.of() : sources);
            if (place != null) {
                return List.of(new Arg(new org.saydo.record.ActorRef(place.code(), place.name(),
                        s.token(n).word()), n, n, false));
            }
        }
        return List.of();
    }

    /**
     * A verb that gives its object a name of wrongdoing ({@code labels.txt}: "Putin called the mutiny treason",
     * "described the RSF's moves as a rebellion"): an accusation of the name's code, targeting the object's actor,
     * its possessor, or whoever did the act it refers back to. Returns whether the verb was such a naming (then it
     * is not read in its other senses), whether or not a target was found.
     */
    private boolean codeLabel(int v) {
        if (!ctx.coder.labels.verb(Syntax.lower(s.token(v))) || Syntax.passive(s, v)) {
            return false;
        }
        List<Integer> objects = s.children(v, "obj");
        List<Integer> names = new ArrayList<>();
        int object;
        if (objects.isEmpty()) {
            // a small clause: "called [the mutiny treason]" parsed as a complement with its own subject
            object = -1;
            for (int c : s.children(v, "xcomp")) {
                List<Integer> subjects = s.children(c, "nsubj");
                if (object < 0 && s.token(c).isNoun() && !subjects.isEmpty()) {
                    object = subjects.get(0);
                    names.add(c);
                }
            }
            if (object < 0) {
                return false;
            }
        } else {
            object = objects.get(0);
            names.addAll(s.children(v, "xcomp"));
            names.addAll(objects.subList(1, objects.size()));
        }
        for (int c : s.children(v, "obl")) {
            if (Syntax.preposition(s, c).equals("as")) {
                names.add(c);
            }
        }
        for (int c : s.children(v, "advcl")) {
            if (Syntax.hasChildWord(s, c, "mark", "as") || Syntax.hasChildWord(s, c, "case", "as")) {
                names.add(c);
            }
        }
        Optional<String> code = Optional.empty();
        for (int n : names) {
            if (!s.token(n).isNoun()) {
                continue;
            }
            for (int m : s.children(n, "compound")) {
                code = code.or(() -> ctx.coder.labels.code(Syntax.lower(s.token(m)) + "_" + Syntax.lower(s.token(n))));
            }
            for (int m : s.children(n, "amod")) {
                code = code.or(() -> ctx.coder.labels.code(Syntax.lower(s.token(m)) + "_" + Syntax.lower(s.token(n))));
            }
            code = code.or(() -> ctx.coder.labels.code(Syntax.lower(s.token(n))));
        }
        if (code.isEmpty()) {
            return false;
        }
        Optional<String> cameo = ctx.coder.eventCode(code.get());
        if (cameo.isEmpty()) {
            return false;
        }
        List<Arg> sources = actors.subjectsOf(v, 0);
        if (sources.isEmpty()) {
            return true;
        }
        // the name's own agent first ("a staged provocation by Kyiv", "a crime by Russian terrorists"), then the
        // object's actor unless it is the act itself ("called it a crime")
        List<Arg> targets = new ArrayList<>();
        for (int n : names) {
            targets.addAll(partiesOfNoun(n, Set.of("by")));
        }
        if (targets.isEmpty() && !Set.of("it", "this", "that").contains(Syntax.lower(s.token(object)))) {
            targets.addAll(actors.actorsOf(object));
        }
        if (targets.isEmpty()) {
            for (int p : s.children(object, "nmod:poss")) {
                targets.addAll(actors.actorsOf(p)); // "the RSF's moves"
            }
        }
        if (targets.isEmpty()) {
            targets.addAll(referredAgent(object, sources)); // "called the strikes an act of war"
        }
        if (!targets.isEmpty()) {
            ctx.emit(sources, targets, cameo.get(), v, s.token(v).word(), "labels.txt " + code.get());
        }
        return true;
    }

    /** The actors given, less those a pattern's {@code ^} ruled out. */
    private List<Arg> withoutNotActors(List<Arg> found) {
        if (actors.notActors.isEmpty()) {
            return found;
        }
        List<Arg> out = new ArrayList<>();
        for (Arg a : found) {
            if (!actors.notActors.contains(a.first()) || !actors.notActors.contains(a.last())) {
                out.add(a);
            }
        }
        return out;
    }

    private boolean multiWordFits(VerbEntry e, int v) {
        for (int i = 0; i < e.after().size(); i++) {
            String want = e.after().get(i);
            boolean ok = v + 1 + i < s.tokens().size() && Syntax.upper(s.token(v + 1 + i)).equals(want);
            if (!ok) {
                ok = s.children(v).stream().anyMatch(d -> (d.relation().equals("compound:prt")
                        || d.relation().equals("obl") || d.relation().equals("advmod"))
                        && Syntax.upper(s.token(d.dependent())).equals(want));
                ok = ok || s.children(v).stream().anyMatch(d -> s.children(d.dependent(), "case").stream()
                        .anyMatch(c -> Syntax.upper(s.token(c)).equals(want)));
            }
            if (!ok) {
                return false;
            }
        }
        for (int i = 0; i < e.before().size(); i++) {
            int at = v - e.before().size() + i;
            if (at < 0 || !Syntax.upper(s.token(at)).equals(e.before().get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The owners of the nouns a verb pattern matched, as the event's target when the pattern binds none: "Russia
     * dismissed Zelensky's peace plan" (127 toward Ukraine's government), "welcomed the Kremlin's offer". An owner
     * that is the source itself ("launched its offensive") is none.
     */
    private List<Arg> ownersOfMatched(Set<Integer> matched, List<Arg> sources) {
        List<Arg> out = new ArrayList<>();
        for (int n : new java.util.TreeSet<>(matched)) {
            for (int p : s.children(n, "nmod:poss")) {
                for (Arg a : actors.actorsOf(p)) {
                    if (sources.stream().noneMatch(x -> x.actor().code().equals(a.actor().code()))) {
                        out.add(a);
                    }
                }
            }
        }
        return out;
    }

    /** coop33: verbs of backing whose 050 toward an armed group is aid ({@code words.txt} backing). */
    private static final Set<String> BACKING = WordLists.words("backing");

    /** What the backing rule adds to the provenance rule. */
    private static final String BACKING_RULE = " + an armed group backed: aid (070)";

    /**
     * coop33: the parties named in the "of" phrase of the nouns a pattern of support or praise (05) matched, as the
     * event's target when the pattern binds none and the nouns have no possessor: "the Secretary-General supports the
     * efforts of the African Union" (051 toward the AU), "backed the plan of the mediators". Not the source itself.
     */
    private List<Arg> ofOwners(Set<Integer> matched, List<Arg> sources) {
        List<Arg> out = new ArrayList<>();
        for (int n : new java.util.TreeSet<>(matched)) {
            for (int p : s.children(n, "nmod")) {
                if (!Syntax.preposition(s, p).equals("of")) {
                    continue;
                }
                for (Arg a : actors.actorsOf(p)) {
                    if (sources.stream().noneMatch(x -> x.actor().code().equals(a.actor().code()))) {
                        out.add(a);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The other party of a verb's event: its object, indirect object, the actors of the nouns a pattern
     * consumed, a prepositional party, then deeper places (the object's phrase, an infinitival complement,
     * obliques' phrases) and broken-parse fallbacks.
     *
     * @param withComplement whether a "to" complement may name the party (not for meetings: "met on
     *     Tuesday to discuss Ukraine" does not meet Ukraine)
     */
    private List<Arg> targetsOfVerb(int v, boolean passive, Set<Integer> consumedNouns, boolean withComplement,
            boolean meeting) {
        // where a meeting takes place is not whom it is with: "held talks in Geneva", "met at the Kremlin"
        Set<String> parties = meeting ? MEETING_PARTY_PREPOSITIONS : VERB_PARTY_PREPOSITIONS;
        List<Arg> out = new ArrayList<>();
        if (passive) {
            for (int c : s.children(v, "nsubj:pass")) {
                out.addAll(actors.actorsOf(c));
            }
            if (out.isEmpty() && Syntax.reducedPassive(s, v)) {
                // "a British couple detained in Afghanistan": the modified noun (a broken parse: the subject)
                for (int c : s.relation(v).equals("acl") ? List.of(s.head(v)) : s.children(v, "nsubj")) {
                    out.addAll(actors.actorsOf(c));
                }
            }
        } else {
            for (int c : s.children(v, "obj")) {
                if (!consumedNouns.contains(c)) {
                    out.addAll(actors.actorsOf(c));
                }
            }
        }
        if (out.isEmpty()) {
            for (int c : s.children(v, "iobj")) {
                out.addAll(actors.actorsOf(c));
            }
        }
        if (out.isEmpty()) {
            for (int n : consumedNouns) {
                // the agent of an event noun is whom a reaction to it targets: "condemned an attack by
                // Osgiliath soldiers"; else the actor in the noun's own phrase: "struck Ukrainian positions"
                List<Arg> by = partiesOfNoun(n, Set.of("by"));
                List<Arg> own = by.isEmpty() ? actors.actorsOf(n) : by;
                out.addAll(own.isEmpty() ? partiesOfNoun(n, parties) : own);
            }
        }
        if (out.isEmpty()) {
            for (int c : s.children(v, "obl")) {
                String prep = Syntax.preposition(s, c);
                if (parties.contains(prep) && !s.relation(c).equals("obl:tmod")) {
                    out.addAll(actors.actorsOf(c));
                    if (!out.isEmpty()) {
                        break;
                    }
                }
            }
        }
        if (out.isEmpty() && SPEECH.contains(Syntax.lower(s.token(v)))) {
            // what a speaker describes is a topic, not a target; but what a speaker vows or threatens to do,
            // and whom the words are about, are: "vowed to wage war on the rebels", "warned the people of
            // Gondor", "called for a boycott against Osgiliath", "complained about Russia"
            if (withComplement) {
                out.addAll(complementParty(v));
            }
            if (out.isEmpty() && !passive) {
                out.addAll(speechParty(v));
            }
            if (out.isEmpty() && DIRECTIVE.contains(Syntax.lower(s.token(v)))) {
                out.addAll(clauseParty(v)); // "demanded that Ukraine withdraw", "warned that Iran would pay"
            }
            return out;
        }
        if (out.isEmpty()) {
            // deeper in the object: "welcomed the resumption of ties with Osgiliath", "signed an accord to
            // supply Gondor"
            // (a passive's subject is its object: "a fuel depot in Syria was struck")
            List<Integer> start = new ArrayList<>(s.children(v, passive ? "nsubj:pass" : "obj"));
            start.addAll(consumedNouns);
            for (int n : start) {
                if (out.isEmpty()) {
                    out.addAll(partiesOfNoun(n, Set.of("by"))); // "condemned an attack by Osgiliath soldiers"
                }
            }
            if (out.isEmpty()) {
                out.addAll(deepParty(start, 3, parties, true));
            }
        }
        if (out.isEmpty() && withComplement) {
            out.addAll(complementParty(v)); // "signed an accord on Thursday to supply Gondor with wheat"
        }
        if (out.isEmpty() && !COGNITION.contains(Syntax.lower(s.token(v)))) {
            out.addAll(clauseParty(v)); // "allowed that Mordor is not a pleasant place"
        }
        if (out.isEmpty()) {
            // or in an oblique's phrase: "has risen in the dispute with Osgiliath"
            List<Integer> obliques = new ArrayList<>();
            for (int c : s.children(v, "obl")) {
                String prep = Syntax.preposition(s, c);
                if (!s.relation(c).equals("obl:tmod") && !s.relation(c).equals("obl:agent")
                        && !prep.equals("by") && !SETTING_PREPOSITIONS.contains(prep)) {
                    obliques.add(c);
                }
            }
            out.addAll(deepParty(obliques, 2, parties, true));
        }
        if (out.isEmpty() && !passive && s.children(v, "obj").isEmpty() && !SPEECH.contains(Syntax.lower(s.token(v)))) {
            // a broken parse ("met the American delegation(nsubj) led(dep) by Witkoff"): the first actor
            // after the verb in its clause, outside embedded clauses of their own
            List<Integer> clause = Syntax.subtree(s, v, CLAUSE_NOMINALS);
            for (Mention m : ctx.mentions) {
                if (m.isActor() && m.first() > v && clause.contains(m.first())) {
                    int head = m.last();
                    while (Set.of("amod", "compound", "flat", "nmod:poss", "det").contains(s.relation(head))
                            && s.head(head) > head) {
                        head = s.head(head);
                    }
                    Arg a = actors.actorOf(head, 0);
                    if (a != null) {
                        out.add(a);
                        return out;
                    }
                }
            }
        }
        if (out.isEmpty() && !passive && !meeting) {
            // a broken parse ("struck the(obj) Novorossiysk(dep) oil terminal(amod)"): the first actor
            // named anywhere in the object's words (not for a meeting: "held talks in Geneva")
            for (int o : s.children(v, "obj")) {
                List<Integer> words = Syntax.subtree(s, o);
                for (Mention m : ctx.mentions) {
                    if (m.isActor() && words.contains(m.first()) && words.contains(m.last())) {
                        out.add(actors.arg(m.code(), m.name(), List.of(m.first(), m.last()), -1, m.person()));
                        return out;
                    }
                }
            }
        }
        return out;
    }

    /** Whether the verb has an adverbial gerund marked "by" ("responded by expelling two diplomats"). */
    private boolean byGerund(int v) {
        for (int c : s.children(v, "advcl")) {
            if (s.token(c).pos().equals("VBG") && Syntax.hasChildWord(s, c, "mark", "by")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The party of a verb's infinitival complement ("vowed to wage war on the Rohans", "signed an accord to
     * supply Gondor"): the complement's object, else its first prepositional party. What the complement's
     * own verb codes is coded there; this names whom the governing act is about.
     */
    private List<Arg> complementParty(int v) {
        for (var arc : s.children(v)) {
            int c = arc.dependent();
            boolean infinitive = arc.relation().equals("xcomp") || arc.relation().equals("advcl") && Syntax.hasTo(s, c);
            // a complement with a subject of its own is another actor's act (a time word can be parsed as
            // one: "vowed on(mark) Thursday(nsubj) to wage")
            boolean ownSubject = s.children(c, "nsubj").stream().anyMatch(n -> !isTime(n));
            if (!infinitive || !s.token(c).isVerb() || Syntax.passive(s, c) || ownSubject) {
                continue;
            }
            List<Arg> out = new ArrayList<>();
            for (int o : s.children(c, "obj")) {
                out.addAll(actors.actorsOf(o));
            }
            if (out.isEmpty()) {
                for (int o : s.children(c, "iobj")) {
                    out.addAll(actors.actorsOf(o));
                }
            }
            for (int o : s.children(c, "obl")) {
                String prep = Syntax.preposition(s, o);
                if (out.isEmpty() && VERB_PARTY_PREPOSITIONS.contains(prep) && !s.relation(o).equals("obl:tmod")) {
                    out.addAll(actors.actorsOf(o));
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }

    /**
     * The subject of a verb's finite complement clause, for acts that bear on it rather than report it
     * ("allowed that Mordor is not a pleasant place", "demanded that Ukraine withdraw"); the clause's own
     * verb codes its own event.
     */
    private List<Arg> clauseParty(int v) {
        for (int c : s.children(v, "ccomp")) {
            for (int subj : s.children(c, "nsubj")) {
                if (s.token(subj).pos().startsWith("PRP")) {
                    continue; // "warned that it would respond": the speaker itself
                }
                List<Arg> found = actors.actorsOf(subj);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /** A token inside one of the sentence's time expressions ("on Thursday to wage": a parse's subject). */
    private boolean isTime(int i) {
        return s.times().stream().anyMatch(te -> te.firstToken() <= i && i <= te.lastToken());
    }

    /**
     * Whom a speech act is about when it has no direct party: the actors in its object's phrase or in its
     * obliques' phrases introduced by a preposition of aim ("warned the population of Gondor", "called for
     * a boycott against Osgiliath", "complained about Russia"); places ("told reporters in Kyiv") and
     * clauses (what was said) are not searched.
     */
    private List<Arg> speechParty(int v) {
        Set<String> aim = Set.of("of", "about", "against", "on", "upon", "toward", "towards", "to", "with",
                "for", "by");
        List<Integer> start = new ArrayList<>(s.children(v, "obj"));
        for (int c : s.children(v, "obl")) {
            if (aim.contains(Syntax.preposition(s, c)) && !s.relation(c).equals("obl:tmod")) {
                List<Arg> direct = Syntax.preposition(s, c).equals("about") ? actors.actorsOf(c) : List.of();
                if (!direct.isEmpty()) {
                    return direct;
                }
                start.add(c);
            }
        }
        return deepParty(start, 2, aim, false);
    }

    /**
     * The first actor found below the given nominals, breadth first, through prepositional modifiers,
     * infinitival clauses and their objects, at most {@code depth} levels down; relative clauses and
     * finite clauses are not entered (they have events of their own).
     */
    /**
     * force31: the clause of a verb that names the verb's object by a free relative ("struck what India called a
     * militant camp", "hit what the Pentagon described as radar sites"): a naming verb ({@code labels.txt} verb) with
     * "what" as its own dependent or as its head, attached to {@code v}; -1 for none.
     */
    private int namingClause(int v) {
        for (var arc : s.children(v)) {
            int c = arc.dependent();
            if (Syntax.lower(s.token(c)).equals("what")) {
                for (int r : s.children(c, "acl")) {
                    if (ctx.coder.labels.verb(Syntax.lower(s.token(r)))) {
                        return r;
                    }
                }
            } else if (s.token(c).isVerb() && ctx.coder.labels.verb(Syntax.lower(s.token(c)))) {
                for (var d : s.children(c)) {
                    if (Syntax.lower(s.token(d.dependent())).equals("what") && !Syntax.is(d.relation(), "nsubj")) {
                        return c;
                    }
                }
            }
        }
        return -1;
    }

    /** The parties of the things a naming clause names ("what the Pentagon called Houthi radar sites": YEMREB). */
    private List<Arg> namedParties(int naming) {
        List<Integer> named = namedThings(naming);
        List<Arg> out = new ArrayList<>();
        for (int n : named) {
            out.addAll(actors.actorsOf(n));
        }
        if (out.isEmpty()) {
            out.addAll(deepParty(named, 3, VERB_PARTY_PREPOSITIONS, false));
        }
        // "launch pads where militants were waiting to slip into Indian territory": a clause about the thing names
        // who is there or what they meant to do, not whose the thing is
        Set<Integer> clauses = new HashSet<>();
        for (int n : named) {
            for (int c : s.children(n, "acl")) {
                clauses.addAll(Syntax.subtree(s, c));
            }
        }
        out.removeIf(a -> clauses.contains(a.first()));
        return out;
    }

    /** The things a naming clause names: its complement ("called a camp"), its "as" phrase, its other object. */
    private List<Integer> namedThings(int naming) {
        List<Integer> out = new ArrayList<>();
        for (var d : s.children(naming)) {
            int c = d.dependent();
            String rel = d.relation();
            boolean as = Syntax.is(rel, "obl") && Syntax.preposition(s, c).equals("as");
            if ((rel.equals("xcomp") || as || rel.equals("obj")) && !Syntax.lower(s.token(c)).equals("what")) {
                out.add(c);
            }
        }
        return out;
    }

    private List<Arg> deepParty(List<Integer> start, int depth, Set<String> prepositions, boolean clauses) {
        List<Integer> level = new ArrayList<>(start);
        Set<Integer> seen = new HashSet<>(start);
        for (int d = 0; d < depth && !level.isEmpty(); d++) {
            List<Integer> next = new ArrayList<>();
            for (int n : level) {
                for (var arc : s.children(n)) {
                    int c = arc.dependent();
                    String rel = arc.relation();
                    boolean nominal = rel.equals("nmod") && prepositions.contains(Syntax.preposition(s, c));
                    boolean infinitive = clauses && ((rel.equals("acl") || rel.equals("xcomp")) && Syntax.hasTo(s, c)
                            || rel.equals("acl") && s.token(c).pos().equals("VBG")); // "roads leading into"
                    boolean object = rel.equals("obj") || rel.equals("conj") || rel.equals("appos")
                            || Syntax.is(rel, "obl") && s.token(n).isVerb();
                    if ((nominal || infinitive || object) && seen.add(c)) {
                        next.add(c);
                    }
                }
            }
            for (int c : next) {
                if (s.token(c).isNoun()) {
                    List<Arg> found = actors.actorsOf(c);
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
            level = next;
        }
        return List.of();
    }

    /**
     * Where a show of force (CAMEO 15) is aimed ({@code posture.txt} {@code aimed}): the first actor, not of the
     * source's own side, of a phrase of such a preposition under the verb or the nouns its pattern used, or of that
     * phrase's own "of" or "with" phrase ("massed troops near Ukraine's borders", "drills near the border with
     * Russia", "missiles fired off the coast of Japan"); {@code v} may be a noun of such a display ("a build-up of
     * troops near the border", {@link NominalCoder}). Empty when there is none.
     */
    List<Arg> aimedAt(int v, Set<Integer> consumedNouns, List<Arg> sources) {
        Set<String> aimed = ctx.coder.posture.aimed();
        List<Integer> phrases = new ArrayList<>();
        List<Integer> heads = new ArrayList<>(List.of(v));
        heads.addAll(consumedNouns);
        heads.addAll(s.children(v, "obj"));
        for (int h : heads) {
            for (var arc : s.children(h)) {
                int c = arc.dependent();
                if ((Syntax.is(arc.relation(), "obl") || arc.relation().equals("nmod"))
                        && !arc.relation().equals("obl:tmod") && aimed.contains(Syntax.preposition(s, c))) {
                    phrases.add(c);
                }
            }
        }
        for (int c : phrases) {
            List<Integer> nominals = new ArrayList<>(List.of(c));
            for (int m : s.children(c, "nmod")) {
                if (Set.of("of", "with").contains(Syntax.preposition(s, m))) {
                    nominals.add(m);
                }
            }
            for (int n : nominals) {
                List<Arg> found = new ArrayList<>(actors.actorsOf(n));
                found.removeIf(a -> sources.stream().anyMatch(x -> ActorResolver.sameSide(x.actor(), a.actor())));
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /** Actors in the prepositional modifiers of a noun, searched one level deep. */
    List<Arg> partiesOfNoun(int n, Set<String> prepositions) {
        List<Arg> out = new ArrayList<>();
        // coordinated nouns share their modifiers: "drone and missile attacks on Ukraine"
        List<Integer> nouns = new ArrayList<>(List.of(n));
        if (Syntax.is(s.relation(n), "conj") && s.head(n) >= 0 && s.token(s.head(n)).isNoun()) {
            nouns.add(s.head(n));
        }
        nouns.addAll(s.children(n, "conj"));
        List<Integer> modifiers = new ArrayList<>();
        for (int noun : nouns) {
            modifiers.addAll(s.children(noun, "nmod"));
        }
        for (int c : modifiers) {
            if (prepositions.contains(Syntax.preposition(s, c))) {
                List<Arg> found = actors.actorsOf(c);
                if (found.isEmpty()) {
                    for (int cc : s.children(c, "nmod")) {
                        found = actors.actorsOf(cc);
                        if (!found.isEmpty()) {
                            break;
                        }
                    }
                    for (int conj : s.children(c, "conj")) {
                        for (int cc : s.children(conj, "nmod")) {
                            if (found.isEmpty()) {
                                found = actors.actorsOf(cc);
                            }
                        }
                    }
                }
                out.addAll(found);
                if (!out.isEmpty()) {
                    return out;
                }
            }
        }
        return out;
    }
}
