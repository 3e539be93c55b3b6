package org.saydo.code;

import static org.saydo.code.ModalityRules.CLAIM_NOUNS;
import static org.saydo.code.ModalityRules.PLAN_NOUNS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.saydo.doc.Document;
import org.saydo.nlp.ParsedSentence;
import org.saydo.nlp.Token;
import org.saydo.record.ActorRef;
import org.saydo.record.Event;

/**
 * The actors one sentence names: the actors of a nominal (conjuncts, nationality words, agents with places,
 * definite agents, the sides of a war, pronouns through the discourse) and the subjects of a verb. Reads the
 * sentence's parse, its dictionary mentions, the discourse carried over from earlier sentences and the events
 * coded so far in the sentence (for the sides); changes nothing but {@link #notActors}.
 *
 * <p>Not thread-safe; one per {@link Sentence}.
 */
final class ActorResolver {

    static final Set<String> PLURAL_PRONOUNS = WordLists.words("plural-pronouns");
    /** The first three letters of actor codes that do not name a country (PETRARCH/Phoenix conventions). */
    private static final Set<String> NON_COUNTRY_PREFIXES = Set.of("IGO", "NGO", "IMG", "MNC", "---", "UNO");
    /** statement31: first-person plural pronouns, which in an official text are its issuer (words.txt). */
    private static final Set<String> FIRST_PLURAL = WordLists.words("first-plural");
    /** Prefixes of kinds of organisation: two organisations of one kind are not one side ({@link #sameSide}). */
    private static final Set<String> ORGANISATION_PREFIXES = Set.of("IGO", "NGO", "IMG", "MNC");
    /** Prepositions of where an act happens: "in Nigeria's Zamfara state" says the place is in Nigeria. */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "across", "around", "outside", "inside",
            "throughout");
    /**
     * Agent roles ({@code GUNMAN [~REB]}, {@code POLICE [~COP]}) whose members, with no country named, are the place's
     * where they act.
     */
    private static final Set<String> PLACE_AGENTS = Set.of("REB", "INS", "COP");
    /** The same, for agents that an act is done to ({@code PROTESTER [~OPP]}, {@code JOURNALIST [~MED]}). */
    private static final Set<String> PLACE_PEOPLE = Set.of("REB", "INS", "COP", "MED", "EDU", "REL", "CVL", "LAB",
            "AGR");

    private final EventCoder coder;
    private final Document doc;
    private final ParsedSentence s;
    private final List<Mention> mentions;
    private final Discourse discourse;
    private final Collection<Event> sentenceEvents;
    /**
     * While a verb is coded: the tokens its pattern's {@code ^} stood on ("opened talks (IN ^) Geneva"); no
     * search for that verb's source or target finds an actor there. Empty between verbs.
     */
    Set<Integer> notActors = Set.of();

    /**
     * @param coder the dictionaries and cue files
     * @param doc the document, for the text of the actors found
     * @param s the sentence
     * @param mentions the dictionary mentions found in it
     * @param discourse what earlier sentences named
     * @param sentenceEvents the events coded so far in this sentence (a live view)
     */
    ActorResolver(EventCoder coder, Document doc, ParsedSentence s, List<Mention> mentions, Discourse discourse,
            Collection<Event> sentenceEvents) {
        this.coder = coder;
        this.doc = doc;
        this.s = s;
        this.mentions = mentions;
        this.discourse = discourse;
        this.sentenceEvents = sentenceEvents;
    }

    /** The actors a nominal names, one per conjunct ("Kushner and Witkoff"). */
    List<Arg> actorsOf(int head) {
        List<Arg> out = new ArrayList<>();
        if (notActors.contains(head) || s.head(head) >= 0 && Syntax.placeFeature(s, s.head(head))
                && Syntax.preposition(s, head).equals("of")) {
            return out; // "Oman" in "the Gulf of Oman" names a place, not a party
        }
        List<Integer> heads = new ArrayList<>();
        heads.add(head);
        for (int i = 0; i < heads.size() && i < 12; i++) {
            for (int c : s.children(heads.get(i), "conj")) {
                if (!s.token(c).isVerb()) {
                    heads.add(c);
                }
            }
        }
        String word = s.token(head).word().toLowerCase(Locale.ROOT);
        if (reciprocal(head)) {
            // "the army and the RSF accused each other": each party the verb's subject names is the other's target
            List<Arg> subjects = subjectsOf(s.head(head), 1);
            return subjects.size() > 1 ? subjects : out;
        }
        if (namesSides(head)) {
            // "urged both sides to show restraint", "the warring parties" (sides.txt): the report's two sides
            for (ActorRef a : discourse.sides(sentenceEvents)) {
                out.add(new Arg(new ActorRef(a.code(), a.name(), s.token(head).word()), head, head, false));
            }
            if (out.isEmpty() && discourse.lastGroup.size() == 2 && discourse.lastGroupSentence >= s.index() - 2
                    && discourse.lastGroupSentence < s.index()) {
                // "Armenia and Azerbaijan agreed to resume talks. The two countries will meet in Almaty": a report of
                // no fighting has no conflict's sides; the two it names are the pair a sentence just before named
                for (Arg a : discourse.lastGroup) {
                    out.add(new Arg(new ActorRef(a.actor().code(), a.actor().name(), s.token(head).word()), head, head,
                            false));
                }
            }
            return out;
        }
        if (heads.size() == 1 && ownName(head)) {
            return List.of(rebase(discourse.voice, head)); // statement31: "The Armed Forces inform public opinion"
        }
        Arg member = heads.size() == 1 ? groupMember(head) : null;
        if (member != null) {
            return List.of(member); // "Hamas launched an attack ... The gunmen seized scores of people"
        }
        if (heads.size() == 1 && definiteAgent(head)) {
            out.addAll(definite(head));
            return out;
        }
        Arg own = heads.size() == 1 ? homeForces(head) : null;
        if (own != null) {
            return List.of(own); // home34: "NIAMEY - Soldiers detained the president"
        }
        if (heads.size() == 1) {
            List<Arg> holders = officeHolders(head);
            if (!holders.isEmpty()) {
                return holders; // "the ministers discussed the treaty" after both foreign ministers were named
            }
        }
        if (PLURAL_PRONOUNS.contains(word)) {
            List<Arg> group = new ArrayList<>();
            for (Arg a : groupFor(head)) {
                group.add(rebase(a, head));
            }
            return group;
        }
        Mention sharedAgent = heads.size() > 1 ? agentOfLast(heads) : null;
        for (int h : heads) {
            List<Arg> found = new ArrayList<>();
            if (heads.size() > 1 && definiteAgent(h)) {
                out.addAll(definite(h)); // "the war between the army and the RSF"
                continue;
            }
            Arg a = actorOf(h, 0);
            if (a == null) {
                a = enemy(h); // "the General Staff said the enemy launched 40 drones"
            }
            if (a != null && sharedAgent != null && h != heads.get(heads.size() - 1) && bareDemonym(h)) {
                // "Thai and Cambodian troops" (parsed Thai + Cambodian troops): the troops are Thai too
                a = new Arg(new ActorRef(sharedAgent.agent().apply(a.actor().code()), a.actor().name(),
                        a.actor().text()), a.first(), a.last(), false);
            }
            List<Arg> places = a == null || !ownActor(h) ? agentsWithPlaces(h) : List.of();
            if (a != null && places.size() < 2) {
                found.add(a);
            } else {
                found.addAll(places); // "the ambassadors of Arnor, Osgiliath and Gondor": one actor each
            }
            if (found.isEmpty() && h != head) {
                found.addAll(sharedPlaces(head, h)); // "Danish media and government"
            }
            if (found.isEmpty()) {
                found.addAll(linkedTo(h)); // "two companies linked to the army"
            }
            if (found.isEmpty()) {
                Arg people = population(h); // "urged residents to stay indoors" (targets.txt population)
                if (people != null) {
                    found.add(people);
                }
            }
            if (!found.isEmpty()) {
                found.addAll(coordinatedModifiers(h)); // "Chinese and Russian officials"
            }
            for (Arg f : found) {
                // an entry may stand for several actors at once: [FRO/BIL/SAM]
                if (notActors.contains(f.first()) && notActors.contains(f.last())) {
                    continue;
                }
                for (String code : f.actor().code().split("/")) {
                    if (!code.isEmpty() && out.stream().noneMatch(x -> x.actor().code().equals(code))) {
                        out.add(new Arg(new ActorRef(code, f.actor().name(), f.actor().text()), f.first(),
                                f.last(), f.person()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether the nominal at {@code h} is a reciprocal pronoun ("each other", "one another") that is a verb's object or
     * the nominal of its prepositional phrase ("accused each other", "fired at one another").
     */
    private boolean reciprocal(int h) {
        String w = Syntax.lower(s.token(h));
        boolean pair = w.equals("other") && Syntax.hasChildWord(s, h, "det", "each")
                || w.equals("another") && Syntax.hasChildWord(s, h, "nummod", "one")
                || w.equals("another") && Syntax.hasChildWord(s, h, "det", "one");
        int v = s.head(h);
        return pair && v >= 0 && s.token(v).isVerb() && !Syntax.is(s.relation(h), "nsubj");
    }

    /** Participles that tie a nominal of no party to the party it serves ({@code words.txt}: {@code linked}). */
    private static final Set<String> LINKED = WordLists.words("linked");

    /**
     * The party a nominal of no party of its own is tied to by a participle ("two companies linked to the army",
     * "firms tied to the RSF", {@code words.txt} {@code linked}): it stands for that party; empty for none.
     */
    private List<Arg> linkedTo(int h) {
        for (int p : s.children(h, "acl")) {
            if (!LINKED.contains(Syntax.lower(s.token(p)))) {
                continue;
            }
            for (int o : s.children(p, "obl")) {
                if (Syntax.preposition(s, o).equals("to") || Syntax.preposition(s, o).equals("with")) {
                    return actorsOf(o);
                }
            }
        }
        return List.of();
    }

    /**
     * The country an actor code belongs to, for giving it another agent: its first three letters when they are
     * a country ({@code RUSGOV} → {@code RUS}), else the whole code ({@code IGOWSTNAT} stays).
     */
    static String countryOf(String code) {
        String head = code.length() > 3 ? code.substring(0, 3) : code;
        return code.length() > 3 && !NON_COUNTRY_PREFIXES.contains(head) ? head : code;
    }

    /**
     * The same country or organisation, whatever the agent ("Netanyahu" ISRGOV speaking for "Israel" ISR); two
     * different organisations of one kind (IGO, NGO, IMG, MNC) are not.
     */
    static boolean sameSide(ActorRef a, ActorRef b) {
        String x = a.code().length() >= 3 ? a.code().substring(0, 3) : a.code();
        String y = b.code().length() >= 3 ? b.code().substring(0, 3) : b.code();
        return x.equals(y) && !ORGANISATION_PREFIXES.contains(x) || a.code().equals(b.code());
    }

    /** Whether an actor code starts with a country's three letters ({@code RUS}, {@code UKRMIL}; not {@code IGOUNO}). */
    static boolean isCountry(String code) {
        return code.length() >= 3 && !NON_COUNTRY_PREFIXES.contains(code.substring(0, 3));
    }

    /**
     * Whether a code is a state or one of its bodies that act for it: a country alone, or with the role of its
     * government, forces, parliament, courts or police ({@code UKR}, {@code UKRMIL}; not {@code UKRREB}, an
     * organisation or a person's office in business).
     */
    static boolean stateBody(String code) {
        return isCountry(code) && code.substring(0, 3).matches("[A-Z]{3}")
                && (code.length() == 3 || code.length() >= 6 && code.substring(3, 6).matches("GOV|MIL|LEG|JUD|COP"));
    }

    /**
     * Whether the code is a non-state armed group's: a country's rebels or insurgents ({@code SDNREB},
     * {@code PSEREBHMS}) or an international militant group ({@code IMGMUSALQ}).
     */
    static boolean armedGroup(String code) {
        return code.startsWith("IMG") || code.length() >= 6 && code.substring(3, 6).matches("REB|INS");
    }

    /** The agent of the last conjunct when it has a country word of its own: "... Cambodian troops". */
    private Mention agentOfLast(List<Integer> heads) {
        int last = heads.get(heads.size() - 1);
        return ownActor(last) ? agentAt(last) : null;
    }

    /** The agent named at a token ("officials", "Kremlin spokesman"), the last such mention; null for none. */
    private Mention agentAt(int h) {
        Mention agent = null;
        for (Mention m : mentions) {
            if (!m.isActor() && m.covers(h)) {
                agent = m;
            }
        }
        return agent;
    }

    /**
     * A conjunct that is a bare nationality word ("Thai", "Afghan", "Pakistani"): one token naming a country
     * by another form than the dictionary entry's own name, with a demonym ending or an adjective tag.
     */
    private boolean bareDemonym(int h) {
        for (var d : s.children(h)) {
            if (!Set.of("cc", "punct", "conj").contains(d.relation())) {
                return false;
            }
        }
        Token t = s.token(h);
        String w = t.word().toLowerCase(Locale.ROOT);
        boolean form = t.pos().startsWith("JJ") || w.endsWith("an") || w.endsWith("ese") || w.endsWith("ish")
                || w.endsWith("i") || w.endsWith("ch");
        return form && mentions.stream().anyMatch(m -> m.isActor() && m.first() == h && m.last() == h
                && !m.person() && !m.name().equalsIgnoreCase(t.word()));
    }

    /** True when an actor is named in the nominal's own words (not in a phrase after it): "Russian officials". */
    private boolean ownActor(int h) {
        List<Integer> np = Syntax.subtree(s, h, Set.of("compound", "flat", "amod", "nmod:poss", "appos", "det",
                "nummod", "case", "punct", "flat:foreign"));
        return mentions.stream().anyMatch(m -> m.isActor() && np.contains(m.first()) && np.contains(m.last()));
    }

    /**
     * The further countries of coordinated modifiers of a nominal, with its agent: "Chinese and Russian
     * officials" names Russian officials too (the first modifier is the nominal's own actor).
     */
    private List<Arg> coordinatedModifiers(int h) {
        Mention agent = agentAt(h);
        List<Arg> out = new ArrayList<>();
        for (var d : s.children(h)) {
            if (d.dependent() > h || !Set.of("amod", "compound").contains(d.relation())) {
                continue;
            }
            for (int c : s.children(d.dependent(), "conj")) {
                Arg a = c < h ? actorOf(c, 1) : null;
                if (a != null && !a.person()) {
                    String code = agent != null ? agent.agent().apply(a.actor().code()) : a.actor().code();
                    out.add(new Arg(new ActorRef(code, a.actor().name(), a.actor().text()), a.first(), a.last(),
                            false));
                }
            }
        }
        return out;
    }

    /**
     * The actors an agent noun shares with the first noun of its coordination when it names none itself: the
     * first noun's country modifier ("Danish media and government") or the places of a phrase that follows
     * the whole coordination ("lawmakers and officials in Fornost and Gondor"), with this noun's agent.
     */
    private List<Arg> sharedPlaces(int first, int conj) {
        Mention agent = agentAt(conj);
        List<Arg> out = new ArrayList<>();
        if (agent == null) {
            return out;
        }
        List<Arg> places = new ArrayList<>();
        for (var d : s.children(first)) {
            int c = d.dependent();
            if (c < first && Set.of("amod", "compound", "nmod:poss").contains(d.relation())) {
                Arg a = actorOf(c, 1);
                if (a != null) {
                    places.add(a);
                }
            }
        }
        for (int c : s.children(first, "nmod")) {
            if (places.isEmpty() && c > conj && Set.of("of", "for", "in", "from").contains(Syntax.preposition(s, c))) {
                List<Integer> each = new ArrayList<>(List.of(c));
                each.addAll(s.children(c, "conj"));
                for (int p : each) {
                    Arg a = actorOf(p, 1);
                    if (a != null) {
                        places.add(a);
                    }
                }
            }
        }
        for (Arg p : places) {
            String code = p.person() ? p.actor().code() : agent.agent().apply(p.actor().code());
            out.add(new Arg(new ActorRef(code, p.actor().name(), p.actor().text()), p.first(), p.last(), false));
        }
        return out;
    }

    /**
     * An agent noun whose countries are named in a prepositional phrase: "lawmakers in Fornost and Gondor",
     * "soldiers from Gondor", "the ambassadors of Arnor, Osgiliath and Gondor": one actor per country, with
     * the agent applied.
     */
    List<Arg> agentsWithPlaces(int h) {
        Mention agent = agentAt(h);
        List<Arg> out = new ArrayList<>();
        if (agent == null) {
            return out;
        }
        for (int c : s.children(h, "nmod")) {
            if (!Set.of("of", "for", "in", "from").contains(Syntax.preposition(s, c))) {
                continue;
            }
            List<Integer> places = new ArrayList<>(List.of(c));
            places.addAll(s.children(c, "conj"));
            for (int p : places) {
                Arg inner = actorOf(p, 1);
                if (inner != null) {
                    Arg withAgent = new Arg(new ActorRef(agent.agent().apply(inner.actor().code()),
                            inner.actor().name(), inner.actor().text()), inner.first(), inner.last(), false);
                    out.add(withAgent);
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return out;
    }

    /**
     * Whether token {@code t} is a plural noun: tagged so, or a proper noun with a plural's ending that the tagger
     * took for a singular ("the Houthis").
     */
    private boolean plural(int t) {
        String pos = s.token(t).pos();
        String w = s.token(t).word();
        return pos.endsWith("S") || pos.equals("NNP") && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss");
    }

    /**
     * "they", "their": the plural subject of this sentence's main clause when there is one ("Kushner and
     * Witkoff ... their discussion"), else the last plural subject of the text.
     */
    List<Arg> groupFor(int pronoun) {
        for (int subj = pronoun - 1; subj >= 0; subj--) {
            if (!Syntax.is(s.relation(subj), "nsubj")
                    || PLURAL_PRONOUNS.contains(s.token(subj).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<Arg> found = actorsOf(subj);
            if (found.size() > 1 || plural(subj) && !found.isEmpty()) {
                return found;
            }
        }
        return discourse.lastGroupSentence >= s.index() - 2 ? discourse.lastGroup : List.of();
    }

    /**
     * The places and countries this sentence names by a proper noun before token {@code before} ("Odesa", "Ukraine";
     * not "Russian"): a bare country code, which the dictionaries give countries and the places they know.
     */
    List<ActorRef> placesBefore(int before) {
        List<ActorRef> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.isActor() && m.code().length() == 3 && m.last() < before && s.token(m.first()).isProperNoun()
                    && !s.token(m.first()).pos().equals("NNPS")) {
                StringBuilder text = new StringBuilder();
                for (int i = m.first(); i <= m.last(); i++) {
                    text.append(i > m.first() ? " " : "").append(s.token(i).word());
                }
                out.add(new ActorRef(m.code(), m.name(), text.toString()));
            }
        }
        return out;
    }

    /**
     * The actor a definite agent stands for: "the army" after "Sudan's army chief ...", "the junta" (definites.txt
     * role), the last actor of that role, else the last state named with that role, else the body of the report's
     * home country ("NIAMEY ... - The junta expelled ..."); "the council" after "the UN Security Council"
     * (definites.txt named), the last actor named with that noun; a body never named in full that is addressed is no
     * party (it gets no implicit target); else none.
     */
    private List<Arg> definite(int h) {
        Token t = s.token(h);
        String role = definiteRole(h);
        Set<String> regime = role != null ? coder.definites.regimeCountries(t.word(), t.lemma()) : Set.of();
        if (regime.isEmpty() && role != null && phraseRole(h) != null) {
            // "the Transition authorities": the phrase's own kind of rule (definites.txt regime transition_authorities)
            String m = s.token(h - 1).word() + "_";
            regime = coder.definites.regimeCountries(m + t.word(), m + t.lemma());
        }
        ActorRef ruled = regime.isEmpty() ? null : discourse.lastOfCountries(regime);
        if (ruled != null) {
            // "France said it would withdraw its troops. The junta rejected ...": the junta is Mali's, the last state
            // named that such a body ruled, not the last government named
            String country = ruled.code().substring(0, 3);
            return List.of(new Arg(new ActorRef(country + role, ruled.name(), t.word()), h, h, false));
        }
        ActorRef a = role != null ? discourse.lastWithRole(role, t.lemma()) : discourse.lastNamedWith(t.lemma());
        if (a != null) {
            return List.of(new Arg(new ActorRef(a.code(), a.name(), t.word()), h, h, false));
        }
        String home = role != null ? discourse.homeCountry() : null;
        if (home != null) {
            // "NIAMEY - The junta ordered ...", "YEREVAN - The government accused Azerbaijan ...": with no actor named
            // before, the body of the state the report is filed from (its dateline's, else its lead's)
            return List.of(new Arg(new ActorRef(home + role, home, t.word()), h, h, false));
        }
        boolean stateBefore = mentions.stream().anyMatch(m -> m.isActor() && m.last() < h && stateBody(m.code()));
        ActorRef place = role != null && !stateBefore ? partyPlace() : null;
        if (place != null) {
            // actors25: "Hezbollah fired rockets at northern Israel. The military said it struck launchers": with no
            // party of the role and no home country, the body of the last country or place named that a party
            // named or an act told belongs to ("talks in Geneva" between the army and the RSF name no Swiss army)
            String country = countryOf(place.code());
            return List.of(new Arg(new ActorRef(country + role, place.name(), t.word()), h, h, false));
        }
        ActorRef group = role != null && !role.equals("REB") && !stateBefore ? discourse.lastOfRole("REB", null) : null;
        if (group != null && countryOf(group.code()).matches("[A-Z]{3}") && isCountry(countryOf(group.code()))) {
            // "Hemedti's forces shelled the city. The army said ...": the body of the armed group's country. Not when
            // this sentence names a state's body before the noun ("Israeli jets struck Gaza, the military said"
            // after "Hamas fighters attacked ..."): the speaker rules read that one
            String country = countryOf(group.code());
            return List.of(new Arg(new ActorRef(country + role, country, t.word()), h, h, false));
        }
        if (role == null && addressed(h)) {
            return List.of(new Arg(new ActorRef(ImplicitTargets.NO_PARTY_CODE, "no party", t.word()), h, h, false));
        }
        return List.of();
    }

    /**
     * The last place or country the three sentences before this one named whose country is that of a party the report
     * named or of an act it told ("fired rockets at northern Israel": Israel), not a venue only ("talks in Geneva");
     * null for none. This sentence's own places are left to the speaker rules ("Israeli jets struck a depot in southern
     * Lebanon, the military said" is Israel's military, QuoteFinder.reportedSubjectState).
     */
    private ActorRef partyPlace() {
        Set<String> parties = new java.util.HashSet<>();
        for (ActorRef a : discourse.named) {
            parties.add(countryOf(a.code()));
        }
        for (Event e : discourse.told) {
            parties.add(countryOf(e.source().code()));
            if (e.target() != null) {
                parties.add(countryOf(e.target().code()));
            }
        }
        List<ActorRef> all = new ArrayList<>();
        for (Discourse.Place p : discourse.places) {
            if (s.index() - p.sentence() <= 3 && p.sentence() < s.index()) {
                all.add(p.actor());
            }
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            String country = countryOf(all.get(i).code());
            if (country.matches("[A-Z]{3}") && isCountry(country) && parties.contains(country)) {
                return all.get(i);
            }
        }
        return null;
    }

    /**
     * Whether the noun at {@code h} is a definite agent with no country of its own ("the army", definites.txt):
     * "the" and no other modifier, and no actor of its own.
     */
    private boolean definiteAgent(int h) {
        Token t = s.token(h);
        String role = definiteRole(h);
        int phrase = phraseRole(h) != null ? h - 1 : -1;
        // a role noun may be capitalised ("The Treasury imposed sanctions", "the Army said"); a named body's short
        // name may not ("the Council" is often a council of its own)
        if (!t.isNoun() || t.isProperNoun() && role == null
                || role == null && !coder.definites.named(t.word(), t.lemma())) {
            return false;
        }
        boolean the = false;
        for (var d : s.children(h)) {
            String rel = d.relation();
            if (Syntax.is(rel, "det")) {
                the |= s.token(d.dependent()).word().equalsIgnoreCase("the");
            } else if (d.dependent() != phrase && (Syntax.is(rel, "amod") || Syntax.is(rel, "compound")
                    || Syntax.is(rel, "nmod") || Syntax.is(rel, "appos") || Syntax.is(rel, "flat"))) {
                return false;
            }
        }
        return the && actorOf(h, 0) == null;
    }

    /**
     * The role a definite noun stands for: its own (definites.txt role: "the army"), else that of the phrase it ends
     * with the modifier right before it (definites.txt phrase: "the Transition authorities", "the General Staff",
     * where "authorities" and "staff" alone name no one); null for none.
     */
    private String definiteRole(int h) {
        Token t = s.token(h);
        String role = coder.definites.role(t.word(), t.lemma());
        return role != null ? role : phraseRole(h);
    }

    /** The role of the phrase the noun at {@code h} ends with its modifier right before it, or null for none. */
    private String phraseRole(int h) {
        Token t = s.token(h);
        if (h == 0) {
            return null;
        }
        int m = h - 1;
        boolean modifier = s.children(h).stream().anyMatch(d -> d.dependent() == m
                && (Syntax.is(d.relation(), "amod") || Syntax.is(d.relation(), "compound")));
        return modifier ? coder.definites.phraseRole(s.token(m).word(), t.word(), t.lemma()) : null;
    }

    /**
     * The force of the report's home country a bare plural with no country stands for ("NIAMEY - Soldiers detained
     * the president", "Security forces killed six militants", definites.txt home): no article and no other modifier,
     * a home country, and no actor of another country named before, in the report or in this sentence (in "Russia
     * attacked ... Troops fought back" the troops may be either side's); null otherwise.
     */
    private Arg homeForces(int h) {
        Token t = s.token(h);
        String home = discourse.homeCountry();
        if (home == null || !t.pos().equals("NNS")) {
            return null;
        }
        String modifier = null;
        int dash = -1;
        for (int i = 0; i < h; i++) {
            if (s.token(i).word().matches("-+|\u2014|\u2013")) {
                dash = i; // "NIAMEY, July 26 (Reuters) - Soldiers ...": the dateline parsed into the noun phrase
            }
        }
        for (var d : s.children(h)) {
            String rel = d.relation();
            if (d.dependent() < dash) {
                continue;
            }
            if (Syntax.is(rel, "det") || Syntax.is(rel, "nmod:poss") || Syntax.is(rel, "nummod")
                    || Syntax.is(rel, "appos") || Syntax.is(rel, "flat")) {
                return null;
            }
            if (Syntax.is(rel, "amod") || Syntax.is(rel, "compound")) {
                if (modifier != null || d.dependent() != h - 1) {
                    return null;
                }
                modifier = s.token(d.dependent()).word();
            }
        }
        String role = coder.definites.homeRole(modifier, t.word());
        if (role == null || actorOf(h, 0) != null) {
            return null;
        }
        for (ActorRef a : discourse.named) {
            if (!countryOf(a.code()).equals(home)) {
                return null;
            }
        }
        boolean other = mentions.stream().anyMatch(m -> m.isActor() && m.first() < h
                && !countryOf(m.code()).equals(home));
        return other ? null : new Arg(new ActorRef(home + role, home, t.word()), h, h, false);
    }

    /**
     * The armed group a definite noun of its members or of the group itself stands for ("the gunmen", "the
     * militants", "the paramilitary group", definites.txt member, group and armed): "the" and no other modifier
     * than a word of an armed kind or a country's, and the report named before an actor of the noun's role (Hamas,
     * JNIM, the Houthis: REB), of that country if one is named, the last such; with a country and none named, that
     * country's group ("the Lebanese group": LBNREB); null otherwise, when the noun keeps its own reading
     * ("Gunmen opened fire in Mopti": the place's rebels).
     */
    private Arg groupMember(int h) {
        Token t = s.token(h);
        String role = t.isNoun() && !t.isProperNoun() ? coder.definites.memberRole(t.word(), t.lemma()) : null;
        if (role == null || !t.pos().equals("NNS") && !coder.definites.groupNoun(t.word(), t.lemma())) {
            return null;
        }
        boolean the = false;
        boolean kind = false;
        String country = null;
        for (var d : s.children(h)) {
            String rel = d.relation();
            int c = d.dependent();
            if (Syntax.is(rel, "det")) {
                the |= s.token(c).word().equalsIgnoreCase("the");
            } else if ((Syntax.is(rel, "amod") || Syntax.is(rel, "compound")) && c < h
                    && coder.definites.armed(s.token(c).word())) {
                kind = true; // "the paramilitary group", "the militant group"
            } else if ((Syntax.is(rel, "amod") || Syntax.is(rel, "compound")) && c < h && country == null
                    && countryWord(c) != null) {
                country = countryWord(c); // "the Lebanese group", "the Palestinian militants"
            } else if (Syntax.is(rel, "amod") || Syntax.is(rel, "compound") || Syntax.is(rel, "nmod")
                    || Syntax.is(rel, "appos") || Syntax.is(rel, "flat") || Syntax.is(rel, "nummod")) {
                return null; // "the Hamas gunmen", "the gunmen of the group", "the two militants"
            }
        }
        if (!the) {
            return null;
        }
        ActorRef a = discourse.lastOfRole(role, country);
        if (a != null && !kind && country == null && !t.pos().equals("NNS") && (discourse.lastSubject == null
                || !discourse.lastSubject.actor().code().equals(a.code()))) {
            return null; // "Amnesty accused the RSF ... The group urged": "the group" alone is the last main subject's
        }
        if (a != null) {
            return new Arg(new ActorRef(a.code(), a.name(), t.word()), h, h, false);
        }
        return country == null ? null : new Arg(new ActorRef(country + role, country, t.word()), h, h, false);
    }

    /** The country a one-word modifier names ("Lebanese", "Yemeni"), not a person; null for none. */
    private String countryWord(int c) {
        for (Mention m : mentions) {
            if (m.isActor() && !m.person() && m.first() == c && m.last() == c) {
                String country = countryOf(m.code());
                return country.length() == 3 && isCountry(country) ? country : null;
            }
        }
        return null;
    }

    /** The nouns {@link #enemy} resolved: no name the report's later "the army" or "the governor" can stand for. */
    private final Set<Integer> enemies = new java.util.HashSet<>();

    /** Whether the noun at {@code h} was resolved as a side's word for the other side ("the enemy"). */
    boolean enemyAt(int h) {
        return enemies.contains(h);
    }

    /**
     * Whether the noun at {@code h} stands for the report's other side as a side's word for it: "the group said the
     * occupation shelled villages" names an actor, not an occupation.
     */
    boolean namesEnemy(int h) {
        return enemies.contains(h) || enemy(h) != null && actorOf(h, 0) == null;
    }

    /** True while {@link #enemy} looks for its speaker: the speaker's own words are no side's word for the other. */
    private boolean inEnemy;

    /** The first actor subject of {@code v} when it is an active verb of speech, other than the noun {@code h}. */
    private Arg speakerOf(int v, int h) {
        if (!s.token(v).isVerb() || !HEARSAY.contains(Syntax.lower(s.token(v))) || Syntax.passive(s, v)) {
            return null;
        }
        for (int c : s.children(v, "nsubj")) {
            if (c != h) {
                List<Arg> subjects = actorsOf(c);
                if (!subjects.isEmpty()) {
                    return subjects.get(0);
                }
            }
        }
        return null;
    }

    /** How many sentences back a speaker named before speaks for a sentence that names none. */
    private static final int ENEMY_SPEAKER_REACH = 2;

    /**
     * A side's word for the other side (definites.txt {@code enemy}: "the enemy", "the occupiers", "enemy drones",
     * "the occupation" as a doer), with no actor of its own: the report's other side from the side of the speaker whose
     * words these are (the subject of the speech verb the noun's clause hangs from, else the speaker of a sentence
     * at most two before). An armed force of a state: a bare country is its military. Null when the noun is no
     * such word, or no speaker or no two sides are known, or the speaker is neither side.
     */
    private Arg enemy(int h) {
        Token t = s.token(h);
        if (inEnemy || !t.isNoun() || t.isProperNoun()) {
            return null;
        }
        boolean enemy = coder.definites.enemy(t.word(), t.lemma());
        for (var d : s.children(h)) {
            String rel = d.relation();
            Token m = s.token(d.dependent());
            if (Syntax.is(rel, "nmod:poss") || Syntax.is(rel, "nmod") && Syntax.preposition(s, d.dependent())
                    .equals("of")) {
                return null; // "Russia's enemies", "the enemies of the state": named by their owner
            }
            if ((Syntax.is(rel, "amod") || Syntax.is(rel, "compound")) && coder.definites.enemy(m.word(), m.lemma())) {
                enemy = true; // "enemy drones", "enemy positions"
            }
        }
        if (!enemy) {
            return null;
        }
        Arg speaker = null;
        inEnemy = true;
        try {
            for (int v = s.head(h), steps = 0; v >= 0 && steps < 8 && speaker == null; v = s.head(v), steps++) {
                speaker = speakerOf(v, h);
            }
            for (int v = 0; v < s.tokens().size() && speaker == null; v++) {
                speaker = speakerOf(v, h); // "struck a clinic in Eritrea, the ministry said", parsed apart
            }
        } finally {
            inEnemy = false;
        }
        if (speaker == null && discourse.lastSpeaker != null
                && discourse.lastSpeakerSentence >= s.index() - ENEMY_SPEAKER_REACH) {
            speaker = discourse.lastSpeaker;
        }
        ActorRef other = speaker == null ? null : discourse.otherSide(sentenceEvents, speaker);
        if (other == null) {
            return null;
        }
        String code = other.code().length() == 3 && isCountry(other.code()) ? other.code() + "MIL" : other.code();
        enemies.add(h);
        return new Arg(new ActorRef(code, other.name(), t.word()), h, h, false);
    }

    /** True while {@link #population} looks for the subject of a population noun's clause. */
    private boolean inPopulation;

    /**
     * A noun that names a population with no country, place or owner of its own ("residents", "villagers",
     * "civilians"; targets.txt {@code population}), outside the subject of its clause: the civilians of the country
     * of the last place a prepositional phrase names before it in its clause or a clause that embeds it, else the
     * first after it, leaving out the clause's subject ("dropped leaflets over southern Gaza warning residents",
     * "shot two civilians in Bucha"); with none, the population stand-in
     * that {@link ImplicitTargets} resolves by the act's code and source. Null when the noun is no such noun.
     */
    private Arg population(int h) {
        Token t = s.token(h);
        if (inPopulation || !t.isNoun() || t.isProperNoun() || !coder.implicitTargets.population(Syntax.lower(t))
                && !coder.implicitTargets.population(t.word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (var d : s.children(h)) {
            if (Set.of("compound", "nmod:poss", "flat").contains(d.relation())) {
                return null; // "the Wagner men", "the group's members": someone's people, not a place's
            }
            if (Syntax.is(d.relation(), "nmod") && actorOf(d.dependent(), 1) != null) {
                return null; // "the population of Gondor": its own place, as the dictionaries read it
            }
        }
        int noun = h;
        while (Syntax.is(s.relation(noun), "conj") && s.head(noun) >= 0 && s.token(s.head(noun)).isNoun()) {
            noun = s.head(noun); // "residents and farmers": the first conjunct's place in the clause
        }
        if (!addressed(noun) && !Syntax.is(s.relation(noun), "obl") && !Syntax.is(s.relation(noun), "nmod")
                || Syntax.hasChildWord(s, noun, "case", "according")) {
            return null; // "Residents fled", "according to residents": no party acts as a population of no place
        }
        int verb = s.head(noun);
        while (verb >= 0 && !s.token(verb).isVerb()) {
            verb = s.head(verb);
        }
        List<Arg> subjects;
        inPopulation = true;
        try {
            subjects = verb >= 0 ? subjectsOf(verb, 0) : List.of();
        } finally {
            inPopulation = false;
        }
        Mention place = placeOfClause(h, verb, subjects);
        List<Integer> np = Syntax.subtree(s, h, Set.of("compound", "amod", "det", "nummod"));
        return place != null ? arg(place.code() + "CVL", place.name(), np, -1, false)
                : arg(ImplicitTargets.POPULATION_CODE, "a population", np, -1, false);
    }

    /**
     * The country of the place where the clause of verb {@code verb} (or a clause that embeds it) says its act
     * happened, for a noun at {@code h} that names people of no country: the last country a prepositional phrase
     * names before the noun, else the first after it, leaving out the given subjects ("shot two civilians in Bucha",
     * "gunmen opened fire in a market in Mopti"). Null for none.
     */
    private Mention placeOfClause(int h, int verb, List<Arg> subjects) {
        Set<Integer> clauses = new java.util.HashSet<>(); // the noun's clause and the clauses that embed it
        for (int v = verb, n = 0; v >= 0 && n < 40; v = s.head(v), n++) {
            clauses.add(v);
        }
        Mention before = null;
        Mention after = null;
        for (Mention m : mentions) {
            if (!m.isActor() || m.code().length() != 3 || !isCountry(m.code()) || m.covers(h)
                    || !s.token(m.first()).isProperNoun() || s.token(m.first()).pos().equals("NNPS")
                    || subjects.stream().anyMatch(a -> a.first() <= m.last() && m.first() <= a.last())
                    || !placePhrase(m) || !clauses.contains(clauseOf(m.first()))
                    && !clauses.contains(thingClause(clauseOf(m.first())))) {
                continue;
            }
            if (m.last() < h) {
                before = m;
            } else if (after == null) {
                after = m;
            }
        }
        return before != null ? before : after;
    }

    /**
     * The clause of the noun a participle clause describes, for a place told inside the thing an act is done to ("hijacked
     * a truck carrying aid in central Mali", "seized a bus travelling in northern Burkina Faso"): the place of the
     * thing's clause is the act's; -1 when the verb at {@code v} is no present participle of an object.
     */
    private int thingClause(int v) {
        if (v < 0 || !s.relation(v).equals("acl") || !s.token(v).pos().equals("VBG") || s.head(v) < 0
                || !s.token(s.head(v)).isNoun() || !s.relation(s.head(v)).equals("obj")) {
            return -1;
        }
        return clauseOf(s.head(v));
    }

    /** Prepositions of what an act is aimed at ("fired at", "advanced on", "launched into"), not where it happens. */
    private static final Set<String> AIMED = Set.of("at", "on", "against", "into", "toward", "towards", "upon");

    /**
     * The preposition of the phrase a place mention stands in, looking through an owner ("at Israel's north"); empty
     * for none.
     */
    private String phrasePreposition(Mention m) {
        for (int i = m.first(); i <= m.last(); i++) {
            if (s.head(i) < m.first() || s.head(i) > m.last()) {
                int n = s.relation(i).equals("nmod:poss") && s.head(i) >= 0 || regionHead(i) ? s.head(i) : i;
                return Syntax.preposition(s, n);
            }
        }
        return "";
    }

    /** The verb whose clause the token is in: the first verb above it; -1 for none. */
    private int clauseOf(int i) {
        int v = s.head(i);
        for (int n = 0; v >= 0 && !s.token(v).isVerb() && n < 40; n++) {
            v = s.head(v);
        }
        return v;
    }

    /** Whether the nominal is what a verb is done to or said to: its object, or "called on" it. */
    private boolean addressed(int h) {
        String rel = s.relation(h);
        return rel.equals("obj") || rel.equals("iobj")
                || Syntax.is(rel, "obl") && Syntax.preposition(s, h).equals("on");
    }

    /**
     * Whether the mention is in a prepositional phrase ("over southern Gaza", "in Omdurman"), or owns the place such a
     * phrase names ("in Nigeria's Zamfara state"), not a party's name.
     */
    private boolean placePhrase(Mention m) {
        for (int i = m.first(); i <= m.last(); i++) {
            if (s.head(i) < m.first() || s.head(i) > m.last()) {
                String rel = s.relation(i);
                if (rel.equals("nmod:poss") && s.head(i) >= 0 && s.token(s.head(i)).isNoun()
                        && LOCATIVE.contains(Syntax.preposition(s, s.head(i))) || regionHead(i)) {
                    rel = s.relation(s.head(i));
                }
                return Syntax.is(rel, "obl") && !rel.equals("obl:tmod")
                        || Syntax.is(rel, "nmod") && !rel.equals("nmod:poss");
            }
        }
        return false;
    }

    /**
     * Whether the token is a place's name modifying a common noun of the place's kind ("in Zamfara state", "in the
     * Kurram district", "near the Kursk region"), whose phrase is the name's own.
     */
    private boolean regionHead(int i) {
        int h = s.head(i);
        return s.relation(i).equals("compound") && h >= 0 && s.token(h).isNoun() && !s.token(h).isProperNoun()
                && REGIONS.contains(Syntax.lower(s.token(h)));
    }

    /** Common nouns a place's name modifies as the kind of place it is ({@code words.txt} {@code place-kinds}). */
    private static final Set<String> REGIONS = WordLists.words("place-kinds");

    /** Whether the noun at {@code h} names the sides of the report's conflict: "both sides", "the two forces". */
    boolean namesSides(int h) {
        Token t = s.token(h);
        if (!t.isNoun() || t.isProperNoun()) {
            return false;
        }
        boolean the = false;
        boolean modified = false;
        for (var d : s.children(h)) {
            int c = d.dependent();
            String rel = d.relation();
            if ((Syntax.is(rel, "det") || rel.equals("nummod") || rel.equals("amod") || rel.equals("cc:preconj"))
                    && coder.sides.names(Syntax.lower(t), s.token(c).word())) {
                return true;
            }
            the |= Syntax.is(rel, "det") && s.token(c).word().equalsIgnoreCase("the");
            modified |= Set.of("amod", "compound", "nmod:poss", "nummod", "flat").contains(rel);
        }
        // "urged the parties to return to talks" (sides.txt definite); not "the main opposition parties"
        return the && !modified && coder.sides.namesWithThe(t.word());
    }

    /**
     * sahel33: the issuer of an official text as the subject of a numbered point that opens with its verb ("2. Strongly
     * condemns the arrest ...", "4. Decides to suspend Mali ...", under "The Council,"): a verb in the third person
     * singular present with no subject, only numbers, list marks, adverbs and punctuation before it; null otherwise.
     */
    private Arg pointIssuer(int verb) {
        if (!discourse.official || discourse.voice == null || !s.token(verb).pos().equals("VBZ")) {
            return null;
        }
        for (int i = 0; i < verb; i++) {
            String pos = s.token(i).pos();
            if (!(pos.equals("CD") || pos.equals("LS") || pos.startsWith("RB") || !Character.isLetterOrDigit(
                    s.token(i).word().charAt(0)))) {
                return null;
            }
        }
        return rebase(discourse.voice, verb);
    }

    /**
     * statement31: whether the nominal at {@code h} is an official text's short name for its issuer, capitalised as
     * such texts write it: "the" and capitalised words only, each a word of the issuer's name in the heading ("The
     * Ministry" of "Statement by the Ministry of Foreign Affairs of Ukraine", "The Armed Forces" of "Communique of the
     * Armed Forces of Niger"), outside quotation marks.
     */
    private boolean ownName(int h) {
        if (discourse.voice == null || !s.token(h).isNoun() || !Character.isUpperCase(s.token(h).word().charAt(0))
                || QuoteSpan.covers(discourse.quoteSpans, s.token(h).begin())) {
            return false;
        }
        Set<String> name = new HashSet<>(Arrays.asList(
                discourse.voice.actor().text().toLowerCase(Locale.ROOT).split("\\W+")));
        name.addAll(discourse.voiceWords); // sahel33: "The Authority" of "the ECOWAS Authority of Heads of State"
        boolean the = false;
        for (var d : s.children(h)) {
            Token c = s.token(d.dependent());
            if (Syntax.is(d.relation(), "det")) {
                the |= c.word().equalsIgnoreCase("the");
            } else if (!(Syntax.is(d.relation(), "compound") || Syntax.is(d.relation(), "amod"))
                    || !Character.isUpperCase(c.word().charAt(0))
                    || !name.contains(c.word().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return the && name.contains(s.token(h).word().toLowerCase(Locale.ROOT));
    }

    /**
     * The subject of an earlier clause of the same sentence that the pronoun can stand for: "The Kremlin
     * said it was ready" ("it": an organisation or country), "Putin said he would" ("he": a person).
     */
    private Arg localAntecedent(int pronoun) {
        String w = s.token(pronoun).word().toLowerCase(Locale.ROOT);
        boolean person = Set.of("he", "him", "his", "she", "her").contains(w);
        boolean thing = Set.of("it", "its").contains(w);
        if (!person && !thing) {
            return null;
        }
        Arg controller = objectController(pronoun, person);
        if (controller != null) {
            return controller;
        }
        for (int i = pronoun - 1; i >= 0; i--) {
            if (!Syntax.is(s.relation(i), "nsubj") || s.token(i).pos().startsWith("PRP")
                    || thing && (s.token(i).pos().equals("NNS") || s.token(i).pos().equals("NNPS"))) {
                continue; // "it" is not "Russian forces"
            }
            Arg a = actorOf(i, 3);
            if (a == null && thing && definiteAgent(i)) {
                List<Arg> definite = actorsOf(i); // "The army said its aircraft had struck ... and it urged"
                a = definite.size() == 1 ? definite.get(0) : null;
            }
            if (a != null && (a.person() == person || person && heldOffice(i))) {
                return a; // speaker32: "The UN Secretary-General is shocked, his spokesperson said": the office's holder
            }
        }
        return fronted(pronoun, person);
    }

    /** speaker32: titles, ranks and person nouns of an office one person holds (words.txt speaker-title,
     * speaker-title-military, speaker-person; "Secretary-General" is parsed with the head "General"). */
    private static final Set<String> HELD_OFFICES = union(WordLists.words("speaker-title"),
            union(WordLists.words("speaker-title-military"), WordLists.words("speaker-person")));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /**
     * speaker32: whether a subject names a party by an office one person holds ("the UN Secretary-General", "the
     * President"), so that "his" or "her" may stand for it: its head word, or a part of a hyphenated one, is a title
     * or a person noun.
     */
    private boolean heldOffice(int subject) {
        for (String part : s.token(subject).word().toLowerCase(Locale.ROOT).split("-")) {
            if (HELD_OFFICES.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The party asked to act, when the pronoun is in the infinitive it is asked to do: "The AU called on the RSF to
     * end its siege", "The UN urged Israel to lift its blockade" ("its" is the RSF's, Israel's, not the caller's).
     * The infinitive (xcomp, with no subject of its own) takes as its subject the object of the verb that governs
     * it, or the party after "on" ("called on X to") or "to" ("appealed to X to"); null when there is none, or it
     * is no actor of the pronoun's kind.
     */
    private Arg objectController(int pronoun, boolean person) {
        int x = pronoun;
        while (s.head(x) >= 0) {
            int verb = s.head(x);
            if (s.relation(x).equals("xcomp") && s.token(x).isVerb() && s.children(x, "nsubj").isEmpty()
                    && s.token(verb).isVerb()) {
                for (var d : s.children(verb)) {
                    int c = d.dependent();
                    String prep = Syntax.is(d.relation(), "obl") ? Syntax.preposition(s, c) : null;
                    if (c < x && (d.relation().equals("obj") || prep != null
                            && Set.of("on", "upon", "to").contains(prep.toLowerCase(Locale.ROOT)))) {
                        Arg a = actorOf(c, 3);
                        return a != null && a.person() == person ? a : null;
                    }
                }
                return null;
            }
            x = verb;
        }
        return null;
    }

    /**
     * The subject of the clause that a fronted phrase holding the pronoun opens, or null: "After his call with Putin,
     * Trump said", "During its talks with Seoul, Tokyo agreed" (the pronoun stands for the subject named after it).
     */
    private Arg fronted(int pronoun, boolean person) {
        int phrase = pronoun;
        while (phrase >= 0 && s.head(phrase) >= 0) {
            int verb = s.head(phrase);
            String rel = s.relation(phrase);
            if (s.token(verb).isVerb() && (Syntax.is(rel, "obl") && !rel.equals("obl:tmod") || Syntax.is(rel, "advcl"))
                    && Syntax.subtree(s, phrase).stream().allMatch(i -> i < verb)) {
                for (int subj : s.children(verb, "nsubj")) {
                    if (subj > pronoun && !s.token(subj).pos().startsWith("PRP")
                            && Syntax.subtree(s, phrase).stream().allMatch(i -> i < subj)) {
                        Arg a = actorOf(subj, 3);
                        return a != null && a.person() == person ? a : null;
                    }
                }
                return null;
            }
            phrase = verb;
        }
        return null;
    }

    /**
     * The antecedent's actor, named here by the pronoun at {@code pronoun}: provenance points at the pronoun
     * in this sentence, the code and name are the antecedent's.
     */
    private Arg rebase(Arg antecedent, int pronoun) {
        if (antecedent == null) {
            return null;
        }
        ActorRef a = antecedent.actor();
        ActorRef here = new ActorRef(a.code(), a.name(), s.token(pronoun).word());
        if (discourse.states.contains(a)) {
            discourse.states.add(here); // "it" for Russia names the state as "Russia" does
        }
        return new Arg(here, pronoun, pronoun, antecedent.person());
    }

    Arg actorOf(int h, int depth) {
        if (depth > 3) {
            return null;
        }
        Token t = s.token(h);
        String pos = t.pos();
        if (pos.equals("PRP") || pos.equals("PRP$")) {
            Arg voice = discourse.answerVoice != null ? discourse.answerVoice : discourse.voice;
            if (voice != null && FIRST_PLURAL.contains(Syntax.lower(t))
                    && !QuoteSpan.covers(discourse.quoteSpans, t.begin())) {
                // statement31: "We call on the international community ...", "our forces responded": in an official
                // text the first person is its issuer (words.txt first-plural); inside quotation marks, a speaker's;
                // statement34: in a transcript's labelled answer, the body of the label's speaker
                return rebase(voice, h);
            }
            Arg local = localAntecedent(h);
            return rebase(local != null ? local : discourse.resolve(t.word(), s.index()), h);
        }
        if (pos.equals("WP") || pos.equals("WDT") || (pos.equals("IN") && t.word().equalsIgnoreCase("that"))) {
            int clause = s.head(h);
            if (clause >= 0 && s.relation(clause).equals("acl:relcl")) {
                return actorOf(s.head(clause), depth + 1);
            }
            return null;
        }
        // "Ukraine's ability", "Ukraine's strikes": the possessor of an abstract or event noun does not make
        // the noun an actor (the strikes are not Ukraine); "Russia's army" does
        String headWord = Syntax.lower(t);
        boolean abstractHead = !t.isProperNoun() && (CLAIM_NOUNS.contains(headWord) || PLAN_NOUNS.contains(headWord)
                || coder.nouns.lookup(Syntax.upper(t), List.of()).isPresent()
                || coder.nouns.lookup(Syntax.upperLemma(t), List.of()).isPresent());
        List<Integer> np = Syntax.subtree(s, h, abstractHead
                ? Set.of("compound", "flat", "amod", "appos", "det", "nummod", "case", "punct", "flat:foreign")
                : Set.of("compound", "flat", "amod", "nmod:poss", "appos", "det", "nummod", "case", "punct",
                        "flat:foreign"));
        // a name the parser splits at a preposition ("the Prince of Dol Amroth": head "Prince", nmod "Amroth";
        // "Ministry of Defense", "Bank of England"): a mention that covers the head and ends inside the head's
        // prepositional modifier names the head
        Map<Integer, Integer> modifierOf = new java.util.HashMap<>();
        for (int c : s.children(h, "nmod")) {
            if (c > h && !Syntax.preposition(s, c).isEmpty()) {
                for (int i : Syntax.subtree(s, c, Set.of("compound", "flat", "amod", "det", "case", "nmod",
                        "flat:foreign"))) {
                    modifierOf.put(i, c);
                }
            }
        }
        int extra = -1;
        Mention actor = null;
        Mention agent = null;
        for (Mention m : mentions) {
            boolean split = m.isActor() && m.covers(h) && np.contains(m.first()) && modifierOf.containsKey(m.last())
                    && contiguous(m, np, modifierOf.keySet());
            if (split && (actor == null || !actor.covers(h) || m.last() > actor.last())) {
                actor = m;
                extra = modifierOf.get(m.last());
                continue;
            }
            if (!np.contains(m.first()) || !np.contains(m.last())) {
                continue;
            }
            if (m.isActor()) {
                if (m.covers(h) || actor == null || (!actor.covers(h) && m.person() && !actor.person())) {
                    if (actor == null || !actor.covers(h)) {
                        actor = m;
                        extra = -1;
                    }
                }
            } else if (m.covers(h) || agent == null) {
                agent = m;
            }
        }
        if (Syntax.placeFeature(s, h) && (actor == null || !actor.covers(h))) {
            return null; // "the South China Sea", "the Gulf of Oman": a place, whichever country its name holds
        }
        if (actor == null) {
            // "the JCS"; "the North's missile launch"; "accused the North of" (a party alone, dyads26)
            ActorRef shortName = shortened(h, ownsAct(h) || bareParty(h));
            if (shortName != null) {
                Arg found = arg(shortName.code(), shortName.name(), np, -1, false);
                if (bareParty(h) && shortName.code().length() == 3 && isCountry(shortName.code())) {
                    discourse.states.add(found.actor()); // "the North" alone acts as a named state does
                }
                return found;
            }
            for (int c : s.children(h, "nmod:poss")) {
                ActorRef owner = agent != null && agent.covers(h) ? shortened(c, true) : null;
                if (owner != null) { // "the North's foreign ministry"
                    return arg(agent.agent().apply(countryOf(owner.code())), owner.name(), np, -1, false);
                }
            }
            for (int c : s.children(h, "nmod")) {
                String prep = Syntax.preposition(s, c);
                boolean lookThrough = Syntax.QUANTIFIERS.contains(t.word().toLowerCase(Locale.ROOT));
                if (prep.equals("of") && (agent != null || lookThrough) || prep.equals("for") && agent != null) {
                    Arg inner = actorOf(c, depth + 1);
                    if (inner != null) {
                        String code = agent != null && agent.covers(h) ? agent.agent().apply(inner.actor().code())
                                : inner.actor().code();
                        if (agent != null && agent.covers(h) && prep.equals("of")
                                && DELEGATIONS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                            code = delegationOf(inner.actor().code());
                        }
                        return arg(code, inner.actor().name(), np, c, inner.person() && agent == null);
                    }
                }
            }
            Arg installer = agent != null && agent.covers(h) ? installedBy(h, agent, np) : null;
            if (installer != null) {
                return installer; // "Russian-installed officials", "the Moscow-appointed governor"
            }
            Arg owned = agent != null && agent.covers(h) ? ownedBy(h, agent, np) : null;
            if (owned != null) {
                return owned; // "a Norwegian-flagged tanker"
            }
            if (agent != null && agent.covers(h)) {
                // "a missile launched by Russian forces", "troops sent by Minsk": an agent with no country of
                // its own is the one of whoever its participle names as the doer
                Arg ground = null;
                for (var d : s.children(h)) {
                    int c = d.dependent();
                    if (!Syntax.is(d.relation(), "acl") && !(d.relation().equals("amod") && s.token(c).isVerb())) {
                        continue; // the parser hangs "fired by" on its noun as acl or as amod
                    }
                    for (int b : s.children(c, "obl")) {
                        String prep = Syntax.preposition(s, b);
                        Arg doer = prep.equals("by") ? actorOf(b, depth + 1) : null;
                        if (doer != null) {
                            return arg(agent.agent().apply(countryOf(doer.actor().code())), doer.actor().name(),
                                    np, -1, false);
                        }
                        if (ground == null && prep.equals("from") && LAUNCHERS.contains(Syntax.lower(s.token(c)))) {
                            ground = actorOf(b, depth + 1);
                        }
                    }
                }
                String from = ground == null ? null : countryOf(ground.actor().code());
                if (from != null && from.length() == 3 && isCountry(from)) {
                    // freshH31: "rockets fired from Gaza struck Ashkelon", "a ship hit by missiles launched from
                    // Yemen": a weapon of no owner fired from a country is its armed groups' where they, not its
                    // state, fire across the border (words.txt armed-grounds), else the country's forces'
                    return arg(ARMED_GROUNDS.contains(from) ? from + "REB" : agent.agent().apply(from),
                            ground.actor().name(), np, -1, false);
                }
            }
            if (agent != null && agent.covers(h) && Syntax.is(s.relation(h), "nsubj")) {
                // "(the army said) its forces had killed": the agent of the actor the possessive pronoun stands
                // for; only as a subject: as an object it names the actor's own ("withdrew its troops")
                for (int c : s.children(h, "nmod:poss")) {
                    Arg owner = s.token(c).pos().equals("PRP$") ? actorOf(c, depth + 1) : null;
                    if (owner != null && armedGroup(owner.actor().code())) {
                        // "(the RSF said) its fighters had taken the town": an armed group's own members are the
                        // group, not its country's army
                        return arg(owner.actor().code(), owner.actor().name(), np, -1, false);
                    }
                    if (owner != null) {
                        return arg(agent.agent().apply(countryOf(owner.actor().code())), owner.actor().name(), np,
                                -1, false);
                    }
                }
            }
            String role = agent != null && agent.covers(h) && !agent.agent().isPrefix() ? agent.agent().code() : "";
            boolean subject = Syntax.is(s.relation(h), "nsubj");
            if ((subject ? PLACE_AGENTS : PLACE_PEOPLE).contains(role) && s.children(h, "nmod:poss").isEmpty()) {
                // "Gunmen opened fire on a market in Mopti", "police detained protesters in Kano": armed men and
                // police that no country or owner names are the country's where their clause says they were
                // (corpus/README.md: the country's REB, COP), and so are the journalists, students or worshippers
                // they act on; soldiers may be any side's, and protesters an opposition's
                int verb = clauseOf(h);
                Mention place = verb >= 0 ? placeOfClause(h, verb, List.of()) : null;
                if (place != null && subject && AIMED.contains(phrasePreposition(place))) {
                    // "militants fired rockets at northern Israel": what an act is aimed at is not where its doers are
                    place = null;
                }
                if (place != null) {
                    return arg(agent.agent().apply(place.code()), place.name(), np, -1, false);
                }
                if (subject && !role.equals("COP") && verb >= 0 && depth < 2) {
                    // "A suicide bomber killed 40 Indian paramilitary police", "Militants attacked Malian soldiers":
                    // with no place named, armed men of no country act in the country of the people they attack
                    // (corpus/README.md: the annotators code such attackers as the rebels of the country hit)
                    for (int o : s.children(verb, "obj")) {
                        Arg target = actorOf(o, depth + 1);
                        String country = target == null ? null : countryOf(target.actor().code());
                        if (country != null && isCountry(country)) {
                            return arg(agent.agent().apply(country), target.actor().name(), np, -1, false);
                        }
                    }
                }
            }
            if (subject && role.equals("MIL") && s.children(h, "nmod:poss").isEmpty() && depth < 2) {
                Arg ruler = ruledBy(clauseOf(h), depth);
                if (ruler != null) {
                    // sahel29: "Mutinous soldiers detained President Kabore", "Soldiers overthrew President Toure":
                    // soldiers of no country who seize a state's government are that state's (a coup), as the
                    // corpus codes the Sahel's mutineers (MLIMIL, BFAMIL)
                    return arg(agent.agent().apply(countryOf(ruler.actor().code())), ruler.actor().name(), np, -1,
                            false);
                }
            }
            if (agent != null && agent.covers(h) && !agent.agent().isPrefix()) {
                return office(h, agent, np);
            }
            return agent == null ? ownedBy(h, null, np) : null;
        }
        String code = actor.code();
        // the head's title applies to a modifier country ("Russian officials") and to a person coded by
        // country only ("Bree President Romendacil" [BRE] -> BREGOV)
        if (agent != null && (!actor.covers(h) && !actor.person() || code.length() == 3)) {
            code = agent.agent().apply(code);
        }
        if (actor.covers(h) && !actor.person() && code.length() >= 6 && stateBody(code)) {
            code = ownOrgan(actor, code, np);
        } else if (actor.covers(h) && actor.generic() && actor.agent() != null && !isCountry(code)) {
            // "Armenia's Security Council", which Phoenix knows as the UN's: a body every state has, owned by a
            // country, is that country's, with the body's role as an agent
            String owner = ownerCountry(actor, np);
            if (owner != null) {
                code = actor.agent().apply(owner);
            }
        }
        if (actor.covers(h) && !actor.person() && code.startsWith("IGO") && DELEGATIONS.contains(Syntax.lower(t))) {
            // "Iran's UN mission", "Israel's UN envoy" (Phoenix: UN_MISSION_, UN_ENVOY_ [IGOUNO]): a state's own
            // delegation to an organisation speaks for the state's government, not for the organisation
            String owner = ownerCountry(actor, np);
            if (owner != null) {
                code = owner + "GOV";
            }
        }
        if (!actor.person() && depth < 2 && coder.definites.roaming(actor.name())) {
            String country = roamingCountry(h, depth);
            if (country != null) {
                code = country + "REB"; // freshG31: "JNIM attacked a base in Burkina Faso" is Burkina's rebels
            }
        }
        Arg found = arg(code, actor.name(), np, extra, actor.person() && (actor.covers(h) || agent == null));
        if (code.length() == 3 && isCountry(code) && !actor.person() && !actor.place() && actor.covers(h)
                && (pos.equals("NNP") || pos.equals("NNPS") && actor.last() > actor.first())) {
            discourse.states.add(found.actor()); // "Russia", "Moscow", "the United States"; not "Russians", a town
        }
        return found;
    }

    /** Verbs of firing a weapon ({@code words.txt} {@code weapon-launchers}: "fired from", "launched from"). */
    private static final Set<String> LAUNCHERS = WordLists.words("weapon-launchers");

    /**
     * Countries whose armed groups, not whose state, fire weapons told only by where they came from
     * ({@code words.txt} {@code armed-grounds}, country codes: "rockets fired from Gaza" are PSEREB's).
     */
    private static final Set<String> ARMED_GROUNDS = WordLists.words("armed-grounds");

    /**
     * The country where an armed group that fights in several countries (definites.txt roaming) acts in the clause of
     * the nominal at {@code h}: for the clause's subject, the country of the party it acts on ("JNIM killed 17
     * Nigerien soldiers near the border with Burkina Faso"), else the place its clause names ("attacked a base in
     * Burkina Faso"); null for neither.
     */
    private String roamingCountry(int h, int depth) {
        int verb = clauseOf(h);
        if (verb < 0) {
            return null;
        }
        if (Syntax.is(s.relation(h), "nsubj") || h >= 0 && Syntax.is(s.relation(s.head(h)), "nsubj")) {
            for (int o : s.children(verb, "obj")) {
                Arg target = actorOf(o, depth + 1);
                String country = target == null ? null : countryOf(target.actor().code());
                if (coder.definites.roamingLand(country)) {
                    return country;
                }
            }
        }
        Mention place = placeOfClause(h, verb, List.of());
        return place != null && coder.definites.roamingLand(place.code()) ? place.code() : null;
    }

    /** Participles that, hyphenated after a party, make a body that party's ({@code words.txt} {@code installed}). */
    private static final Set<String> INSTALLED = WordLists.words("installed");

    /** Nouns of a state's delegation to an organisation ({@code words.txt}: {@code delegations}). */
    private static final Set<String> DELEGATIONS = WordLists.words("delegations");

    /**
     * The code of a delegation, envoy or representatives of the body {@code owner} ("representatives of the Sudanese
     * Armed Forces", "delegates of Azerbaijan", {@code words.txt} {@code delegations}): they speak for that body, so
     * a body with a role keeps it (SDNMIL, SDNREB, not the government's or the legislature's that Phoenix's
     * DELEGATE and REPRESENTATIVES agents give), and a bare country is represented by its government (AZEGOV).
     */
    private static String delegationOf(String owner) {
        return owner.length() == 3 && isCountry(owner) ? owner + "GOV" : owner;
    }

    /**
     * A body of no country of its own modified by a hyphenated participle of installation after a party's name
     * ("Russian-installed officials", "the Moscow-appointed governor", {@code words.txt} {@code installed}): that
     * party's country's, with the body's agent; null for any other nominal ({@link #hyphenatedCountry}).
     */
    private Arg installedBy(int h, Mention agent, List<Integer> np) {
        Mention m = hyphenatedCountry(h, INSTALLED);
        return m == null ? null : arg(agent.agent().apply(countryOf(m.code())), m.name(), np, -1, false);
    }

    /**
     * The country named before a hyphenated participle of {@code participles} that modifies the nominal at {@code h}
     * ("Russian-installed officials", "a British-owned tanker"), or null. The tokenizer splits such a word into three
     * tokens, and the parser hangs the name on the participle, outside the nominal's own words.
     */
    private Mention hyphenatedCountry(int h, Set<String> participles) {
        for (var d : s.children(h)) {
            int p = d.dependent();
            if (p > h || !(Syntax.is(d.relation(), "amod") || Syntax.is(d.relation(), "acl"))
                    || !participles.contains(Syntax.lower(s.token(p))) || Syntax.hyphenated(s, p) == null) {
                continue;
            }
            for (Mention m : mentions) {
                String country = m.isActor() && !m.person() && m.last() == p - 2 ? countryOf(m.code()) : null;
                if (country != null && country.length() == 3 && isCountry(country)) {
                    return m;
                }
            }
        }
        return null;
    }

    /** Participles that, hyphenated after a country, make a thing that country's ({@code words.txt} {@code owning}). */
    private static final Set<String> OWNING = WordLists.words("owning");

    /**
     * freshH31: a thing no actor names, modified by a hyphenated participle of owning or flagging after a country
     * ("a British-owned tanker", "the Panama-flagged bulk carriers", {@code words.txt} {@code owning}): that country,
     * with the thing's agent when it has one (the corpus codes a ship attacked by its flag's or owner's country); null
     * for any other nominal ({@link #hyphenatedCountry}).
     */
    private Arg ownedBy(int h, Mention agent, List<Integer> np) {
        List<Integer> heads = new ArrayList<>(List.of(h));
        heads.addAll(s.children(h, "appos")); // "two other vessels, the Panama-flagged bulk carriers ..."
        for (int n : heads) {
            Arg owner = ownedAt(n, agent, np);
            if (owner != null) {
                return owner;
            }
        }
        return null;
    }

    private Arg ownedAt(int h, Mention agent, List<Integer> np) {
        Mention m = hyphenatedCountry(h, OWNING);
        if (m == null) {
            return null;
        }
        String country = countryOf(m.code());
        return arg(agent == null ? country : agent.agent().apply(country), m.name(), np, -1, false);
    }

    /**
     * The government a verb's direct object names ("detained President Bazoum", "overthrew the president of Mali",
     * "seized him" after "Keita"): the first object that resolves to a country's government (role GOV); null for no
     * verb or no such object.
     */
    private Arg ruledBy(int verb, int depth) {
        if (verb < 0) {
            return null;
        }
        for (int o : s.children(verb, "obj")) {
            Arg target = actorOf(o, depth + 1);
            String code = target == null ? "" : target.actor().code();
            if (code.length() >= 6 && code.startsWith("GOV", 3) && isCountry(countryOf(code))) {
                return target;
            }
        }
        return null;
    }

    /**
     * An office named by its title with "the" and no country ("the foreign minister", "the army chief", definites.txt
     * title): the last actor the report named with the same title words ("Foreign Minister Abbas Araghchi ... the
     * foreign minister said" is Araghchi); with none, the office of the report's home country (its dateline's, or
     * its lead sentence's main subject's); else null.
     */
    private Arg office(int h, Mention agent, List<Integer> np) {
        Token t = s.token(h);
        if (!coder.definites.title(t.word(), t.lemma()) || t.pos().equals("NNS")) {
            return null; // "the ministers": officeHolders
        }
        boolean the = false;
        StringBuilder words = new StringBuilder();
        for (var d : s.children(h)) {
            String rel = d.relation();
            Token c = s.token(d.dependent());
            if (Syntax.is(rel, "det")) {
                the |= c.word().equalsIgnoreCase("the");
            } else if (Syntax.is(rel, "nmod:poss") || Syntax.is(rel, "appos") || Syntax.is(rel, "flat")
                    || (Syntax.is(rel, "amod") || Syntax.is(rel, "compound"))
                            && (d.dependent() > h || c.isProperNoun() && !agent.covers(d.dependent()))) {
                return null; // "Iran's foreign minister", "the minister Araghchi": named or owned
            }
        }
        if (!the) {
            return null;
        }
        for (int i : np) {
            if (i <= h && !s.token(i).pos().equals("DT") && !Syntax.is(s.relation(i), "punct")) {
                words.append(Syntax.lower(s.token(i))).append(' ');
            }
        }
        ActorRef holder = discourse.lastNamedWith(words.toString().strip());
        if (holder != null) {
            return arg(holder.code(), holder.name(), np, -1, true);
        }
        String home = discourse.homeCountry();
        return home == null ? null : arg(agent.agent().apply(home), home, np, -1, true);
    }

    /**
     * Offices named by a plural title with "the" and no country ("the ministers", "the two presidents",
     * definites.txt title): the last two actors of different countries the report named with that title, in the
     * order named; empty for fewer than two or any other noun.
     */
    private List<Arg> officeHolders(int h) {
        Token t = s.token(h);
        if (!t.pos().equals("NNS") || !coder.definites.title(t.word(), t.lemma())) {
            return List.of();
        }
        boolean the = false;
        for (var d : s.children(h)) {
            String rel = d.relation();
            if (Syntax.is(rel, "det")) {
                the |= s.token(d.dependent()).word().equalsIgnoreCase("the");
            } else if (!Syntax.is(rel, "nummod") && !Syntax.is(rel, "amod") && !Syntax.is(rel, "compound")
                    && !Syntax.is(rel, "punct") && !Syntax.is(rel, "case")
                    || s.token(d.dependent()).isProperNoun()) {
                return List.of(); // "the ministers of Arnor", "the Gondorian ministers"
            }
        }
        if (!the || actorOf(h, 0) != null) {
            return List.of();
        }
        java.util.regex.Pattern title = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(t.lemma())
                + "\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
        List<ActorRef> found = new ArrayList<>();
        for (int i = discourse.named.size() - 1; i >= 0 && found.size() < 2; i--) {
            ActorRef a = discourse.named.get(i);
            if (title.matcher(a.text()).find()
                    && found.stream().noneMatch(f -> countryOf(f.code()).equals(countryOf(a.code())))) {
                found.add(0, a);
            }
        }
        if (found.size() < 2) {
            return List.of();
        }
        List<Arg> out = new ArrayList<>();
        for (ActorRef a : found) {
            out.add(new Arg(new ActorRef(a.code(), a.name(), t.word()), h, h, true));
        }
        return out;
    }

    /** The country named before a body in its noun phrase ("South Korea's", "Seoul's"); null for none. */
    private Mention owner(Mention body, List<Integer> np) {
        for (Mention m : mentions) {
            if (!m.isActor() || m.person() || m.last() >= body.first() || !np.contains(m.first())) {
                continue;
            }
            String country = countryOf(m.code());
            if (country.length() == 3 && isCountry(country)) {
                return m;
            }
        }
        return null;
    }

    /** The three-letter code of the country that owns a body in its noun phrase; null for none. */
    private String ownerCountry(Mention body, List<Integer> np) {
        Mention m = owner(body, np);
        return m == null ? null : countryOf(m.code());
    }

    /**
     * A state's body the dictionaries give to one country, named as another's ("South Korea's Joint Chiefs of
     * Staff", "Seoul's National Security Council", which Phoenix knows as the US's): the named country's body, with
     * the same role; the report's later "the Joint Chiefs of Staff" is that body too (the discourse's organs).
     * Any other body's code as it is.
     */
    private String ownOrgan(Mention body, String code, List<Integer> np) {
        StringBuilder key = new StringBuilder();
        for (int i = body.first(); i <= body.last(); i++) {
            key.append(Syntax.lower(s.token(i))).append(' ');
        }
        String organ = key.toString().strip();
        Mention owner = owner(body, np);
        if (owner != null) {
            String country = countryOf(owner.code());
            if (country.equals(code.substring(0, 3))) {
                return code;
            }
            String own = country + code.substring(3);
            discourse.organs.put(organ, new ActorRef(own, owner.name(), organ));
            return own;
        }
        ActorRef before = discourse.organs.get(organ);
        if (before != null) {
            return before.code();
        }
        String home = discourse.homeCountry();
        if (home != null && !home.equals(code.substring(0, 3)) && body.generic()) {
            // "SEOUL (Reuters) - ... the National Security Council said": a body every state has, named bare in a
            // report filed from another state's city, is that state's
            String own = home + code.substring(3);
            discourse.organs.put(organ, new ActorRef(own, home, organ));
            return own;
        }
        return code;
    }

    /**
     * A party the report named in full before, named now by a short name: as the owner of a body, a capitalised
     * word of {@code definites.txt} {@code short} that begins the name of a country named before ("the North's
     * foreign ministry" after "North Korea"); or the initials of the last words of a party's name ("the JCS" after
     * "South Korea's Joint Chiefs of Staff", "the SAF" after "the Sudanese Armed Forces"). Only for a word the
     * dictionaries do not know; null for none. ("The North" alone as a party lowered the blind half: 2 events fewer
     * matched, though 7 more on dev; left out.)
     *
     * @param owner whether the word owns a body ("the North's")
     */
    private ActorRef shortened(int i, boolean owner) {
        Token t = s.token(i);
        String word = t.word();
        if (!t.isProperNoun() || !s.children(i, "compound").isEmpty() || !s.children(i, "flat").isEmpty()) {
            return null;
        }
        boolean compass = owner && coder.definites.shortName(word);
        boolean initials = word.length() >= 2 && word.length() <= 6 && word.chars().allMatch(Character::isUpperCase);
        if (!compass && !initials) {
            return null;
        }
        List<ActorRef> before = new ArrayList<>(discourse.named);
        for (Mention m : mentions) {
            if (m.isActor() && m.last() < i) { // "... with South Korea, the South's military said"
                before.add(new ActorRef(m.code(), m.name(), doc.text().substring(s.token(m.first()).begin(),
                        s.token(m.last()).end())));
            }
        }
        for (int k = before.size() - 1; k >= 0; k--) {
            ActorRef a = before.get(k);
            String country = countryOf(a.code());
            if (compass && country.length() == 3 && isCountry(country)
                    && a.name().toUpperCase(Locale.ROOT).startsWith(
                            word.toUpperCase(Locale.ROOT) + " ")) {
                return new ActorRef(country, a.name(), word);
            }
            if (initials && initialsOf(a.text()).endsWith(word) && !a.text().equals(word)) {
                return new ActorRef(a.code(), a.name(), word);
            }
        }
        return null;
    }

    /**
     * Whether the word owns an act named by an event noun ("the North's missile launch", "the South's suspension of
     * the accord"): as the owner of a body ("the North's foreign ministry"), such a word may be a country's short
     * name.
     */
    private boolean ownsAct(int i) {
        int head = s.head(i);
        // actors24: or any common noun the short name owns ("rejected the North's demands", "the South's offer")
        return s.relation(i).equals("nmod:poss") && head >= 0
                && (coder.nouns.lookup(s, head).isPresent() || s.token(head).isNoun() && !s.token(head).isProperNoun());
    }

    /**
     * Whether the word is a party by itself, with "the" and no other modifier, as a verb's subject or object ("the
     * South condemned", "accused the North of"), not in a prepositional phrase ("in the North" is a region): like an
     * owner of a body or act, such a capitalised compass word may be a country's short name (dyads26).
     */
    private boolean bareParty(int i) {
        String rel = s.relation(i);
        if (!(Syntax.is(rel, "nsubj") || rel.equals("obj")) || !s.children(i, "case").isEmpty()) {
            return false;
        }
        boolean the = false;
        for (var d : s.children(i)) {
            if (d.relation().equals("det") && Syntax.lower(s.token(d.dependent())).equals("the")) {
                the = true;
            } else if (!d.relation().equals("punct")) {
                return false;
            }
        }
        return the;
    }

    /** The initials of a name's capitalised words after its last possessive: "JCS" for "Korea's Joint Chiefs of Staff". */
    static String initialsOf(String name) {
        int poss = Math.max(name.lastIndexOf("'s "), name.lastIndexOf("' "));
        StringBuilder out = new StringBuilder();
        for (String w : name.substring(poss < 0 ? 0 : poss + 2).split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                out.append(w.charAt(0));
            }
        }
        return out.toString();
    }

    /** True if every token of the mention is in the noun phrase or in the head's prepositional modifier. */
    private boolean contiguous(Mention m, List<Integer> np, Set<Integer> modifier) {
        for (int i = m.first(); i <= m.last(); i++) {
            if (!np.contains(i) && !modifier.contains(i)) {
                return false;
            }
        }
        return true;
    }

    Arg arg(String code, String name, List<Integer> np, int extra, boolean person) {
        List<Integer> span = new ArrayList<>();
        for (int i : np) {
            String rel = s.relation(i);
            if (!rel.equals("punct") && !(rel.equals("case") && s.head(i) == np.get(0))) {
                span.add(i);
            }
        }
        if (extra >= 0) {
            span.addAll(Syntax.subtree(s, extra, Set.of("compound", "flat", "amod", "det", "case")));
        }
        span.sort(Integer::compare);
        while (span.size() > 1 && s.token(span.get(0)).pos().equals("DT")) {
            span.remove(0);
        }
        int first = span.isEmpty() ? np.get(0) : span.get(0);
        int last = span.isEmpty() ? np.get(0) : span.get(span.size() - 1);
        String text = doc.text().substring(s.token(first).begin(), s.token(last).end());
        return new Arg(new ActorRef(code, name, text), first, last, person);
    }

    /**
     * Verbs of speech, whose passive reports hearsay with no speaker ("Arnor is said to be about to restore ties"):
     * their subject is not given the act they embed.
     */
    private static final Set<String> HEARSAY = WordLists.words("speech");

    /** Marks of an adverbial gerund whose subject is its governor's ("responded by expelling", "after seizing"). */
    private static final Set<String> GERUND_MARKS = WordLists.words("gerund-marks");

    /** Nouns of promise or threat whose infinitive is the act promised ({@code words.txt} noun-family-*). */
    private static final Set<String> COMMITMENT_NOUNS = commitmentNouns();

    private static Set<String> commitmentNouns() {
        Set<String> out = new java.util.HashSet<>(WordLists.words("noun-family-intend"));
        out.addAll(WordLists.words("noun-family-threaten"));
        return Set.copyOf(out);
    }

    /** The subject actors of a verb, inherited through control, coordination and relative clauses. */
    List<Arg> subjectsOf(int verb, int depth) {
        if (depth > 4) {
            return List.of();
        }
        boolean passive = Syntax.passive(s, verb);
        List<Arg> out = new ArrayList<>();
        if (passive) {
            for (int c : s.children(verb, "obl")) {
                if (s.relation(c).equals("obl:agent") || Syntax.preposition(s, c).equals("by")) {
                    out.addAll(actorsOf(c));
                }
            }
            return out;
        }
        List<Integer> subjects = s.children(verb, "nsubj");
        if (!subjects.isEmpty()) {
            for (int c : subjects) {
                out.addAll(actorsOf(c));
                if (out.isEmpty() && c < verb && Syntax.hasTo(s, verb) && COMMITMENT_NOUNS.contains(Syntax.lower(s.token(c)))) {
                    // "Hezbollah's threat to strike Israeli cities", parsed with the noun as the infinitive's
                    // subject: the act is the possessor's (intent23; EventCombiner makes it the threat)
                    s.children(c, "nmod:poss").forEach(p -> out.addAll(actorsOf(p)));
                }
            }
            return out;
        }
        String rel = s.relation(verb);
        int head = s.head(verb);
        if (head < 0) {
            Arg issuer = pointIssuer(verb);
            return issuer != null ? List.of(issuer) : out;
        }
        if (rel.equals("xcomp") && Syntax.passive(s, head) && !HEARSAY.contains(Syntax.lower(s.token(head)))) {
            for (int c : s.children(head, "nsubj:pass")) {
                out.addAll(actorsOf(c)); // passive control: "Israel is required to withdraw", "was urged to talk"
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        if (rel.equals("xcomp")) {
            for (int obj : s.children(head, "obj")) {
                if (obj < verb) {
                    return actorsOf(obj); // object control: "urged Russia to resume talks"
                }
            }
        }
        if (rel.equals("xcomp") || Syntax.is(rel, "conj") || rel.equals("advcl") && Syntax.hasTo(s, verb)
                || controlledGerund(verb)) {
            if (s.token(head).isVerb() || s.token(head).pos().startsWith("JJ")) {
                return subjectsOf(head, depth + 1);
            }
        }
        if (rel.equals("acl:relcl")) {
            return actorsOf(head);
        }
        if (rel.equals("acl") && s.token(verb).pos().equals("VBG")) {
            return issuers(head, depth); // verbal33: "passed a resolution demanding that ..."
        }
        return out;
    }

    /** verbal33: nouns of a text a party issues ({@code words.txt} {@code text-nouns}). */
    private static final Set<String> TEXT_NOUNS = WordLists.words("text-nouns");

    /** verbal33: verbs by which a party issues a text ({@code words.txt} {@code issuing-verbs}). */
    private static final Set<String> ISSUING_VERBS = WordLists.words("issuing-verbs");

    /**
     * verbal33: the issuer of a text noun ({@code words.txt} {@code text-nouns}) that a present participle tells the
     * words of ("the Security Council passed a resolution demanding that the RSF halt the siege", "a statement by
     * ECOWAS condemning the coup"): the noun's possessor or "by/from" party, else the subject of the verb of issuing
     * it is the object of ({@code issuing-verbs}; "vetoed a resolution condemning ..." is not the vetoer's), else the
     * agent of that verb's passive ("a resolution demanding ... was adopted by the Assembly"). Empty for another noun.
     */
    private List<Arg> issuers(int noun, int depth) {
        if (!s.token(noun).isNoun() || !TEXT_NOUNS.contains(Syntax.lower(s.token(noun)))) {
            return List.of();
        }
        List<Arg> out = new ArrayList<>();
        for (var d : s.children(noun)) {
            int c = d.dependent();
            if (d.relation().equals("nmod:poss") || Syntax.is(d.relation(), "nmod")
                    && Set.of("by", "from").contains(Syntax.preposition(s, c))) {
                out.addAll(actorsOf(c));
            }
        }
        int governor = s.head(noun);
        String rel = s.relation(noun);
        if (out.isEmpty() && governor >= 0 && s.token(governor).isVerb()
                && ISSUING_VERBS.contains(Syntax.lower(s.token(governor)))
                && (rel.equals("obj") || rel.equals("nsubj:pass"))) {
            out.addAll(subjectsOf(governor, depth + 1));
        }
        return out;
    }

    /**
     * Whether the verb is a gerund of an adverbial clause with no subject of its own, introduced by a mark of
     * {@code words.txt} {@code gerund-marks}, or a perfect participle ("having suspended"): its subject is its
     * governor's ("Seoul responded by suspending the accord", "China held drills after sanctioning U.S. firms").
     */
    private boolean controlledGerund(int verb) {
        if (!Syntax.is(s.relation(verb), "advcl") || !s.children(verb, "nsubj").isEmpty()) {
            return false;
        }
        if (Syntax.hasChildWord(s, verb, "aux", "having")) {
            return true; // "Having suspended the treaty, India began ..."
        }
        if (!s.token(verb).pos().equals("VBG")) {
            return false;
        }
        for (int m : s.children(verb, "mark")) {
            if (GERUND_MARKS.contains(Syntax.lower(s.token(m)))) {
                return true;
            }
        }
        return false;
    }
}
