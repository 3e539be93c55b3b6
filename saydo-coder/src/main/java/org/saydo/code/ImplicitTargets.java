package org.saydo.code;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.saydo.record.ActorRef;
import org.saydo.record.Event;
import org.saydo.record.Modality;
import org.saydo.record.Provenance;

/**
 * Gives an act done to someone that names no target the target the report's context leaves implicit: the other
 * side of the report's conflict from the act's source (see {@code targets.txt} for the rule and the codes).
 * Runs once per document, after every sentence is coded, so that the sides are those of the whole report.
 * Immutable and thread-safe.
 */
final class ImplicitTargets {

    /** What the rule adds to an event's provenance rule. */
    static final String RULE = " + implicit target: other side";

    /** What the rule adds to the provenance rule of a third party's act done to both sides. */
    static final String BOTH_RULE = " + implicit targets: both sides";

    /** What the rule adds to the provenance rule of a third party's reproach aimed at the report's first attacker. */
    static final String AGENT_RULE = " + implicit target: the first to use force";

    /** What the rule adds to the provenance rule of sympathy with the report's first victim of force. */
    static final String VICTIM_RULE = " + implicit target: the first struck";

    /** What the rule adds to the provenance rule of an act whose own-country target was the ground it was done on. */
    static final String GROUND_RULE = " + own ground, no party";

    /** What the rule adds to the provenance rule of an event noun whose parties are the sides. */
    static final String SIDES_RULE = " + implicit parties: the sides";

    /**
     * Stand-ins for the report's two sides, for an event noun that names no party ("the fighting"): the coder
     * emits the act between them while it reads, and {@link #fill} puts the sides in their places at the end (or
     * drops the act when the report has no two sides). No actor code has these forms.
     */
    static final ActorRef FIRST_SIDE = new ActorRef("*SIDE1", "the report's first side", "");
    static final ActorRef SECOND_SIDE = new ActorRef("*SIDE2", "the report's second side", "");

    /** What the rule adds to the provenance rule of an act whose target is a population of no named place. */
    static final String POPULATION_RULE = " + population: the source's own";

    /** What the rule adds when a deed done to a population of no named place is done to the other side's civilians. */
    static final String POPULATION_DEED_RULE = " + population: the other side's civilians";

    /**
     * Stand-in for a population that the sentence names with no country or place of its own ("urged residents to
     * stay indoors", targets.txt {@code population}): {@link #fill} makes it the source's own civilians for a word
     * (CAMEO roots 01-14) and leaves the act's target to the other rules for a deed. No actor code has this form.
     */
    static final String POPULATION_CODE = "*CVL";

    /**
     * Stand-in for an addressee the text names that stands for no party ("urged the council to act" where no council
     * was named before): {@link #fill} leaves the act with no target and fills in none. No actor code has this form.
     */
    static final String NO_PARTY_CODE = "*NONE";

    private static final ImplicitTargets DEFAULTS = of(CueFile.resource("targets.txt",
            Set.of("takes", "parties", "both", "reproach", "sympathy", "population", "partner", "dealings", "venue",
                    "other", "fights", "addressed", "ground", "needs", "unfilled", "coup")));

    private final Set<String> codes;
    private final Set<String> partyCodes;
    private final Set<String> bothCodes;
    private final Set<String> reproachCodes;
    private final Set<String> sympathyCodes;
    private final Set<String> partnerCodes;
    private final Set<String> dealingCodes;
    private final Set<String> populationNouns;
    private final Set<String> venueCodes;
    private final Set<String> otherCodes;
    private final Set<String> fightCodes;
    private final Set<String> addressedCodes;
    private final Set<String> groundCodes;
    private final Set<String> needCodes;
    private final Set<String> unfilledEntries;
    private final Set<String> coupWords;

    private ImplicitTargets(Set<String> codes, Set<String> partyCodes, Set<String> bothCodes,
            Set<String> reproachCodes, Set<String> sympathyCodes, Set<String> populationNouns, Set<String> partnerCodes,
            Set<String> dealingCodes, Set<String> venueCodes, Set<String> otherCodes, Set<String> fightCodes,
            Set<String> addressedCodes, Set<String> groundCodes, Set<String> needCodes, Set<String> unfilledEntries,
            Set<String> coupWords) {
        this.codes = Set.copyOf(codes);
        this.partyCodes = Set.copyOf(partyCodes);
        this.bothCodes = Set.copyOf(bothCodes);
        this.reproachCodes = Set.copyOf(reproachCodes);
        this.sympathyCodes = Set.copyOf(sympathyCodes);
        this.partnerCodes = Set.copyOf(partnerCodes);
        this.dealingCodes = Set.copyOf(dealingCodes);
        this.populationNouns = Set.copyOf(populationNouns);
        this.venueCodes = Set.copyOf(venueCodes);
        this.otherCodes = Set.copyOf(otherCodes);
        this.fightCodes = Set.copyOf(fightCodes);
        this.addressedCodes = Set.copyOf(addressedCodes);
        this.groundCodes = Set.copyOf(groundCodes);
        this.needCodes = Set.copyOf(needCodes);
        this.unfilledEntries = Set.copyOf(unfilledEntries);
        this.coupWords = Set.copyOf(coupWords);
    }

    /** Whether the actor is a stand-in for one of the report's sides. */
    static boolean standIn(ActorRef a) {
        return a != null && (a == FIRST_SIDE || a == SECOND_SIDE);
    }

    /** The codes shipped with Saydo. */
    static ImplicitTargets defaults() {
        return DEFAULTS;
    }

    static ImplicitTargets of(CueFile file) {
        Set<String> nouns = new HashSet<>();
        for (CueFile.Cue c : file.of("population")) {
            for (String noun : c.value().strip().split("\\s+")) {
                nouns.add(noun.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return new ImplicitTargets(codes(file, "takes"), codes(file, "parties"), codes(file, "both"),
                codes(file, "reproach"), codes(file, "sympathy"), nouns, codes(file, "partner"),
                codes(file, "dealings"),
                codes(file, "venue"), codes(file, "other"), codes(file, "fights"), codes(file, "addressed"),
                codes(file, "ground"), codes(file, "needs"), entries(file, "unfilled"),
                items(file, "coup", "[a-z]+", "a lower-case word"));
    }

    private static Set<String> entries(CueFile file, String kind) {
        return items(file, kind, "[A-Z][A-Z_]*", "a dictionary entry name");
    }

    /** A coding rule's dictionary entry: "CAMEO.2.0.txt:7106 NEED [100]" is NEED's. */
    private static final java.util.regex.Pattern ENTRY = java.util.regex.Pattern.compile("^\\S+:\\d+ ([A-Z][A-Z_]*)[ {\\[]");

    /**
     * Whether the event was coded by a dictionary entry whose act, naming no target, is not given the report's other
     * side ({@code targets.txt} {@code unfilled}: "everything Ukraine needed" is a want, not a demand of Russia).
     */
    private boolean unfilled(Event e) {
        java.util.regex.Matcher m = ENTRY.matcher(e.provenance().rule());
        return m.find() && unfilledEntries.contains(m.group(1));
    }

    /** Whether a noun of this lower-case lemma or word ("resident", "villager", "people") names a population. */
    boolean population(String lemma) {
        return populationNouns.contains(lemma);
    }

    /** Whether the actor is the stand-in for a population of no named place. */
    static boolean isPopulation(ActorRef a) {
        return a != null && a.code().equals(POPULATION_CODE);
    }

    /** Whether the actor is the stand-in for an addressee that is no party. */
    static boolean isNoParty(ActorRef a) {
        return a != null && a.code().equals(NO_PARTY_CODE);
    }

    /**
     * Whether the actor is a stand-in for an addressee {@link #fill} resolves (a population, no party): never a
     * source, never one of the report's sides.
     */
    static boolean addressee(ActorRef a) {
        return isPopulation(a) || isNoParty(a);
    }

    private static Set<String> codes(CueFile file, String kind) {
        return items(file, kind, "\\d{2,4}", "a CAMEO code");
    }

    /** The words of the file's lines of this kind, each matching {@code form} ({@code what} names it in the error). */
    private static Set<String> items(CueFile file, String kind, String form, String what) {
        Set<String> items = new HashSet<>();
        for (CueFile.Cue c : file.of(kind)) {
            for (String item : c.value().strip().split("\\s+")) {
                if (!item.matches(form)) {
                    throw c.error("not " + what + ": '" + item + "'");
                }
                items.add(item);
            }
        }
        return items;
    }

    /**
     * Whether an act of this CAMEO code is made to an addressee (an appeal): with no addressee named by its verb and
     * none filled in, it is not coded ({@link EventCombiner#UNADDRESSED_RULE}).
     */
    boolean addressed(String cameo) {
        return covers(addressedCodes, cameo);
    }

    /** Whether the event is an act made to an addressee whose verb named none ({@link #addressed}). */
    private static boolean unaddressed(Event e) {
        return e.target() == null && e.provenance().rule().contains(EventCombiner.UNADDRESSED_RULE);
    }

    /** Whether an act of this CAMEO code is done to someone. */
    boolean takesTarget(String cameo) {
        return covers(codes, cameo);
    }

    /**
     * Whether an act of this CAMEO code with no target named is done by a third party to both sides of the report's
     * conflict ("Erdogan, whose country hosted the round"); such an act names no one without them, and is not coded
     * when the report has no two sides.
     */
    boolean toBoth(String cameo) {
        return covers(bothCodes, cameo);
    }

    /**
     * Whether an act of this CAMEO code is done with a partner that the place it is done in is not ("signed an
     * agreement in Jeddah", {@link EventCombiner#venues()}).
     */
    boolean venue(String cameo) {
        return covers(venueCodes, cameo);
    }

    /**
     * Whether an act of this CAMEO code is done with another party than the source's own side: a leader's visit to a
     * region of the country, a government's agreement with its own villagers are no cooperation of this kind.
     */
    boolean withOther(String cameo) {
        return covers(otherCodes, cameo);
    }

    /**
     * The events without the acts of cooperation ({@code targets.txt} {@code other}) done with the source's own side
     * (the same country; its rebels, opposition and insurgents are other parties): "the president visited the
     * flooded region" is no visit of one party to another. Run after {@link #fill}, on the ontology's codes (the
     * validation suites' conventions differ).
     */
    List<Event> withOthers(List<Event> events) {
        Objects.requireNonNull(events, "events");
        return events.stream().filter(e -> e.target() == null || !withOther(e.cameo())
                || !Discourse.primary(e.source().code()).equals(Discourse.primary(e.target().code()))).toList();
    }

    /**
     * The events without the deeds ({@code targets.txt} {@code needs}) left with no target in a report of two sides:
     * {@link #fill} gives a side's such act the other side, so one left with none was done to someone its text names
     * in words no dictionary resolves ("halted shipments to the region's refineries") or is a third party's, whose
     * target the report's sides do not tell. A report with no two sides (a single sentence, one party's story) keeps
     * them: nothing there tells the act's target lost. Run after {@link #fill}, on the ontology's codes (the
     * validation suites code such acts with no target).
     *
     * @param sides the two sides of the report's conflict, or an empty list when it has fewer than two
     */
    List<Event> addressedDeeds(List<Event> events, List<ActorRef> sides) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(sides, "sides");
        if (sides.size() != 2) {
            return events;
        }
        return events.stream().filter(e -> e.target() != null || !covers(needCodes, e.cameo())).toList();
    }

    /** rulesA30: CAMEO codes of troops sent or moved to a party (words.txt {@code protection-codes}). */
    private static final Set<String> PROTECTION_CODES = WordLists.words("protection-codes");

    /**
     * rulesA30: troops or arms sent to one side of the report's conflict by a party that is neither side ("NATO
     * said it would send 700 more troops to Kosovo" in a report of Serbia and Kosovo; "Germany would send tanks to
     * Ukraine") are no mobilisation against that side (154) but protection given to it: 074 (CAMEO "provide
     * military protection or peacekeeping"), 0334 when promised or planned. A side's own troops sent to the other
     * keep 154. A report with no two sides keeps them all.
     *
     * @param sides the two sides of the report's conflict, or an empty list when it has fewer than two
     */
    static List<Event> protections(List<Event> events, List<ActorRef> sides) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(sides, "sides");
        if (sides.size() != 2) {
            return events;
        }
        return events.stream().map(e -> {
            if (e.target() == null || !PROTECTION_CODES.contains(e.cameo()) || side(e.source(), sides)
                    || !side(e.target(), sides)) {
                return e;
            }
            boolean promised = e.modality() == Modality.INTENT || e.modality() == Modality.HYPOTHETICAL;
            Provenance q = e.provenance().withRule(e.provenance().rule() + " + sent to a side: protection");
            return new Event(e.source(), e.target(), promised ? "0334" : "074", e.modality(), e.reportedBy(),
                    e.date(), e.dateBasis(), e.dateText(), e.text(), q, e.judge());
        }).toList();
    }

    /** Whether the actor is of one of the sides' countries (or is that body, when a side is no country). */
    private static boolean side(ActorRef a, List<ActorRef> sides) {
        for (ActorRef side : sides) {
            String key = side.code().startsWith("IGO") || side.code().length() < 3 ? side.code()
                    : side.code().substring(0, 3);
            if (a.code().startsWith(key)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an event noun of this CAMEO code that names no party is an act of one side on the other. */
    boolean betweenSides(String cameo) {
        return covers(partyCodes, cameo);
    }

    private static boolean covers(Set<String> codes, String cameo) {
        for (int n = 2; n <= cameo.length(); n++) {
            if (codes.contains(cameo.substring(0, n))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The events with the implicit targets filled in, in the same order. An event whose filled-in form another
     * event of its sentence already states (same parties, same code) is dropped, and so is an act of cooperation
     * ({@code targets.txt} {@code partner}) left with no partner: a side's such act has the other side as its
     * partner only in a report that tells the two sides dealing with each other ({@code dealings}).
     *
     * @param sides the two sides of the report's conflict, or an empty list when it has fewer than two
     */
    List<Event> fill(List<Event> events, List<ActorRef> sides) {
        return fill(events, sides, sides);
    }

    /**
     * The events with the implicit targets filled in, as {@link #fill(List, List)}; an act of force ({@code
     * targets.txt} {@code fights}) is done to the other side among the parties the report's acts of force involve
     * ({@code fighting}), not to a party the report shows only talking about the war: in a report of the army and a
     * militia fighting that the UN condemns, "the militia shelled the camp" is not done to the UN.
     *
     * @param sides the two sides of the report's conflict, or an empty list when it has fewer than two
     * @param fighting the two sides the report's acts of force (CAMEO 18-20) involve most, or an empty list when they
     *     involve fewer than two; an act of force of a party that is neither of them (or with no two) takes the other
     *     of {@code sides}, as any act
     */
    List<Event> fill(List<Event> events, List<ActorRef> sides, List<ActorRef> fighting) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(sides, "sides");
        Objects.requireNonNull(fighting, "fighting");
        events = populations(events);
        events = coups(events);
        if (sides.size() != 2) {
            return events.stream().filter(e -> !standIn(e.source()) && !standIn(e.target()) && !unaddressed(e)
                    && !(e.target() == null && (toBoth(e.cameo()) || covers(partnerCodes, e.cameo()))))
                    .map(e -> addressee(e.target()) ? with(e, e.source(), null, "") : e).toList();
        }
        Set<String> told = new HashSet<>();
        for (Event e : events) {
            told.add(key(e.source(), e.target(), e));
        }
        boolean dealing = dealing(events, sides);
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            if (e.target() != null && !standIn(e.source()) && !addressee(e.target()) && covers(groundCodes, e.cameo())
                    && Discourse.primary(e.source().code()).equals(Discourse.primary(e.target().code()))) {
                // "Ukrainian troops withdrew from Avdiivka": the source's own town is the ground left, not a party;
                // the retreat is before the other side (targets.txt ground)
                e = with(e, e.source(), null, GROUND_RULE);
            }
            ActorRef opponent = isPopulation(e.target()) ? otherSide(sides, e.source()) : null;
            String country = opponent == null ? "" : ActorResolver.countryOf(opponent.code());
            if (opponent != null && country.length() == 3 && ActorResolver.isCountry(country)) {
                // "troops fired on people walking north" in a report of a war: the other side's civilians, its
                // country's, not the armed group's (PSECVL, not PSEREB)
                ActorRef people = new ActorRef(country + "CVL", opponent.name(), e.target().text());
                if (told.add(key(e.source(), people, e))) {
                    out.add(with(e, e.source(), people, POPULATION_DEED_RULE));
                }
                continue;
            }
            if (addressee(e.target())) {
                if (told.add(key(e.source(), null, e))) {
                    out.add(with(e, e.source(), null, "")); // addressed to no party: no one to fill in
                }
                continue;
            }
            if (standIn(e.target()) && !standIn(e.source())) {
                continue; // a reaction to "the fighting" told by no one: no party to blame
            }
            if (standIn(e.source())) {
                ActorRef source = unnamed(e.source() == FIRST_SIDE ? sides.get(0) : sides.get(1));
                ActorRef target = unnamed(e.target() == FIRST_SIDE ? sides.get(0) : sides.get(1));
                if (told.add(key(source, target, e))) {
                    out.add(with(e, source, target, ""));
                }
                continue;
            }
            if (coMediator(e, sides)) {
                // "Qatar, which brokered the deal with Egypt and the United States": Egypt brokered it too, with
                // Qatar, between the sides; neither mediates with the other
                for (ActorRef mediator : List.of(e.source(), e.target())) {
                    for (ActorRef side : sides) {
                        if (told.add(key(mediator, unnamed(side), e))) {
                            out.add(with(e, mediator, unnamed(side), CO_MEDIATOR_RULE));
                        }
                    }
                }
                continue;
            }
            if (e.target() == null && toBoth(e.cameo())) {
                ActorRef other = unnamed(otherSide(sides, e.source()));
                for (ActorRef side : other != null ? List.of(other) : List.of(unnamed(sides.get(0)),
                        unnamed(sides.get(1)))) {
                    if (told.add(key(e.source(), side, e))) {
                        out.add(with(e, e.source(), side, other != null ? RULE : BOTH_RULE));
                    }
                }
                continue;
            }
            boolean implicit = e.target() == null && !unfilled(e) && (takesTarget(e.cameo())
                    || e.provenance().rule().contains(Posture.FACING_RULE))
                    && (dealing || !covers(partnerCodes, e.cameo()));
            // an act of force is done to a party the report shows fighting, not to one that only talks of it
            ActorRef foe = implicit && covers(fightCodes, e.cameo()) && fighting.size() == 2
                    ? otherSide(fighting, e.source()) : null;
            ActorRef other = foe != null ? unnamed(foe) : implicit ? unnamed(otherSide(sides, e.source())) : null;
            if (other == null && e.target() == null && covers(reproachCodes, e.cameo())) {
                ActorRef agent = unnamed(firstToUseForce(events, e.source()));
                if (agent != null && told.add(key(e.source(), agent, e))) {
                    out.add(with(e, e.source(), agent, AGENT_RULE));
                    continue;
                }
            }
            if (other == null && e.target() == null && covers(sympathyCodes, e.cameo())) {
                ActorRef victim = unnamed(firstStruck(events, e.source()));
                if (victim != null && told.add(key(e.source(), victim, e))) {
                    out.add(with(e, e.source(), victim, VICTIM_RULE));
                    continue;
                }
            }
            if (other == null) {
                if (e.target() != null || !covers(partnerCodes, e.cameo()) && !unaddressed(e)) {
                    out.add(e);
                }
            } else if (told.add(key(e.source(), other, e))) {
                out.add(with(e, e.source(), other, RULE));
            }
        }
        return out;
    }

    /** What the rule adds to the provenance rule of a seizure of power given the state's government as its target. */
    static final String COUP_RULE = " + coup: the state's government";

    /**
     * The events with each seizure of power ({@code targets.txt} {@code coup}: a CAMEO root 18 act whose trigger has
     * one of its words, "seized ... power", "overthrew") that names no target, or only a place or body of its own
     * source's country ("seized power in Mali"), done to that country's government: "Colonel Assimi Goita seized
     * power in August 2020" is the army's act on Mali's government, not on the report's other side (France). A
     * source counted as the government (a coup leader who later held office) is the state's military at the time.
     * A target of another country, or the government already, stays.
     */
    private List<Event> coups(List<Event> events) {
        if (coupWords.isEmpty()) {
            return events;
        }
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            out.add(coup(e) ? coupOn(e) : e);
        }
        return out;
    }

    private boolean coup(Event e) {
        if (!e.cameo().startsWith("18") || e.source() == null || standIn(e.source())
                || !ActorResolver.isCountry(e.source().code())) {
            return false;
        }
        String country = ActorResolver.countryOf(e.source().code());
        if (e.target() != null && (standIn(e.target()) || addressee(e.target()) || isPopulation(e.target())
                || !ActorResolver.countryOf(e.target().code()).equals(country)
                || e.target().code().equals(country + "GOV"))) {
            return false;
        }
        for (String word : e.provenance().trigger().toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
            if (coupWords.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Event coupOn(Event e) {
        String country = ActorResolver.countryOf(e.source().code());
        ActorRef source = e.source().code().equals(country + "GOV")
                ? new ActorRef(country + "MIL", e.source().name(), e.source().text()) : e.source();
        ActorRef government = new ActorRef(country + "GOV", country, e.target() == null ? "" : e.target().text());
        return with(e, source, government, COUP_RULE);
    }

    /** What the rule adds to the provenance rule of a mediation done together with another mediator. */
    static final String CO_MEDIATOR_RULE = " + co-mediator: both sides";

    /**
     * Whether the event is a third party's act done to both sides ({@code both}: a mediation) whose target is named
     * after "with" and is neither side: a partner in the act, not its target ("brokered the deal with Egypt").
     */
    private boolean coMediator(Event e, List<ActorRef> sides) {
        if (e.target() == null || !toBoth(e.cameo()) || standIn(e.source()) || standIn(e.target())
                || addressee(e.target()) || !e.target().text().toLowerCase(java.util.Locale.ROOT).startsWith("with ")) {
            return false;
        }
        String source = Discourse.primary(e.source().code());
        String target = Discourse.primary(e.target().code());
        return sides.stream().map(a -> Discourse.primary(a.code()))
                .noneMatch(side -> side.equals(source) || side.equals(target));
    }

    /**
     * Whether the report tells its two sides dealing with each other: an act of one on the other of a code of
     * {@code targets.txt} {@code dealings} ("Peru met Bolivia's envoy", "the two delegations held talks") with both
     * parties named, in any modality. Only then is the other side the partner of a side's cooperation that names
     * none ("Peru agreed"); in a report of the two fighting alone, "Russian commanders agreed" is not with Ukraine.
     */
    private boolean dealing(List<Event> events, List<ActorRef> sides) {
        String first = Discourse.primary(sides.get(0).code());
        String second = Discourse.primary(sides.get(1).code());
        for (Event e : events) {
            if (e.target() == null || standIn(e.source()) || standIn(e.target()) || addressee(e.target())
                    || e.target().text().isEmpty() || !covers(dealingCodes, e.cameo())) {
                continue;
            }
            String s = Discourse.primary(e.source().code());
            String t = Discourse.primary(e.target().code());
            if (s.equals(first) && t.equals(second) || s.equals(second) && t.equals(first)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The events with their population stand-ins resolved: a word (CAMEO roots 01-14) addressed to a population of
     * no named place is addressed to the source's own civilians ("the army urged residents to stay indoors"), or
     * to no one when the source is no country; a deed done to one keeps its stand-in here, which {@link #fill} makes
     * the other side's civilians ("troops shot civilians" in a report of a war) or no one. An event already told with
     * that target in its sentence is dropped.
     */
    private static List<Event> populations(List<Event> events) {
        if (events.stream().noneMatch(e -> isPopulation(e.target()))) {
            return events;
        }
        Set<String> told = new HashSet<>();
        for (Event e : events) {
            told.add(key(e.source(), e.target(), e));
        }
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            if (!isPopulation(e.target())) {
                out.add(e);
                continue;
            }
            if (e.cameo().equals("010")) {
                continue; // "told residents ...": a plain statement to people of no party is a quote, not an event
            }
            boolean word = Integer.parseInt(e.cameo().substring(0, 2)) <= 14;
            String country = ActorResolver.countryOf(e.source().code());
            if (word && !(ActorResolver.isCountry(country) && country.length() == 3 && !standIn(e.source()))) {
                out.add(e); // a word to people of no party: addressed to no one (see fill)
                continue;
            }
            if (!word) {
                out.add(e); // a deed done to people of no place: the other side's civilians, or no one (see fill)
                continue;
            }
            ActorRef target = new ActorRef(country + "CVL", e.target().name(), e.target().text());
            if (told.add(key(e.source(), target, e))) {
                out.add(with(e, e.source(), target, POPULATION_RULE));
            }
        }
        return out;
    }

    /** The actor as the sentence names it: not at all (no words of it). */
    private static ActorRef unnamed(ActorRef a) {
        return a == null ? null : new ActorRef(a.code(), a.name(), "");
    }

    /** The event with these parties, the rule's words added to its provenance's rule. */
    static Event with(Event e, ActorRef source, ActorRef target, String rule) {
        Provenance p = e.provenance();
        Provenance q = p.withRule(p.rule() + rule);
        return new Event(source, target, e.cameo(), e.modality(), e.reportedBy(), e.date(), e.dateBasis(),
                e.dateText(), e.text(), q, e.judge());
    }

    /**
     * Whoever did the report's first act of force told as news (CAMEO 18-20, asserted or reported) that is not of
     * the given actor's own country or organisation; null for none.
     */
    private static ActorRef firstToUseForce(List<Event> events, ActorRef reacting) {
        String own = Discourse.primary(reacting.code());
        for (Event e : events) {
            int root = Integer.parseInt(e.cameo().substring(0, 2));
            if (root >= 18 && !standIn(e.source()) && !Discourse.primary(e.source().code()).equals(own)
                    && (e.modality() == Modality.ASSERTED || e.modality() == Modality.REPORTED)) {
                return e.source();
            }
        }
        return null;
    }

    /**
     * The party the report's first act of force told as news (CAMEO 18-20, asserted or reported) was done to, when
     * it is a named party other than the sympathiser's own ("offered condolences to the families of the dead" after
     * gunmen killed Indian tourists: India); null when there is none.
     */
    private static ActorRef firstStruck(List<Event> events, ActorRef sympathising) {
        String own = Discourse.primary(sympathising.code());
        for (Event e : events) {
            int root = Integer.parseInt(e.cameo().substring(0, 2));
            if (root >= 18 && (e.modality() == Modality.ASSERTED || e.modality() == Modality.REPORTED)) {
                ActorRef t = e.target();
                if (t == null || standIn(t) || addressee(t) || isPopulation(t)
                        || Discourse.primary(t.code()).equals(own)) {
                    return null; // the first victim is unknown or the sympathiser's own people
                }
                return t;
            }
        }
        return null;
    }

    private static ActorRef otherSide(List<ActorRef> sides, ActorRef source) {
        String own = Discourse.primary(source.code());
        for (int i = 0; i < 2; i++) {
            if (Discourse.primary(sides.get(i).code()).equals(own)) {
                return sides.get(1 - i);
            }
        }
        return null;
    }

    private static String key(ActorRef source, ActorRef target, Event e) {
        return e.provenance().sentence() + "|" + source.code() + "|" + (target == null ? "" : target.code()) + "|"
                + e.cameo();
    }
}
