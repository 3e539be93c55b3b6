package org.saydo.code;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.saydo.nlp.ParsedSentence;
import org.saydo.record.ActorRef;
import org.saydo.record.Event;

/**
 * Force told without its agent ({@code deeds.txt}): weapons and units that act for their owner ("a Russian missile
 * tore through", "its jets hit"), the CAMEO sub-code a weapon gives a fight (195 aerial, 194 artillery, 193 small
 * arms), and the objects force is done to. An act of force on such an object with no agent told ("a hospital was
 * hit", "a missile struck an apartment block", "shells fell on the town") is emitted with {@link #OTHER_SIDE} as its
 * source; {@link #fill} gives it the report's side that is not the object's country once the whole report is read,
 * or drops it. Immutable and thread-safe.
 */
final class ImplicitSources {

    /** What the rule adds to an event's provenance rule. */
    static final String RULE = " + implicit source: other side";

    /**
     * Stand-in for the source of an act of force told without its agent: the report's side that is not its target's
     * country. No actor code has this form.
     */
    static final ActorRef OTHER_SIDE = new ActorRef("*OTHER", "the other side from the target", "");

    /** What the rule adds to an event's provenance rule when a fight is an assault by its parties' roles. */
    static final String ASSAULT_RULE = " + assault: ";

    private static final ImplicitSources DEFAULTS = of(CueFile.resource("deeds.txt",
            Set.of("weapon", "object", "assault", "intercept", "victim", "capture", "bombing", "elite", "killing",
                    "struck", "sheltered", "ambush", "forces")));

    /** CAMEO roots of the acts of force whose agent may be left implicit. */
    private static final Set<String> FORCE_ROOTS = Set.of("19");

    private final Map<String, String> weaponCodes;
    /** Things force is done to, with the role their country takes as the target ("" for none). */
    private final Map<String, String> objects;

    /** An act of force that is an assault when its parties have these roles ({@code deeds.txt assault}). */
    record Assault(String code, Set<String> from, Set<String> by, Set<String> on) {
        Assault {
            Objects.requireNonNull(code, "code");
            from = Set.copyOf(from);
            by = Set.copyOf(by);
            on = Set.copyOf(on);
        }
    }

    private final List<Assault> assaults;

    /** Verbs (lemmas) of air defence: what they stop was someone's attack ({@code deeds.txt intercept}). */
    private final Set<String> interceptors;

    /** CAMEO codes of assaults on a person that a passive may tell without their doer ({@code deeds.txt victim}). */
    private final Set<String> victimCodes;

    /** Verbs (lemmas) of taking captives, whose agent no place tells ({@code deeds.txt capture}). */
    private final Set<String> captures;

    /** CAMEO codes of bombings that are not military, whose bomber a place tells ({@code deeds.txt bombing}). */
    private final Set<String> bombingCodes;

    /** Titles (lemmas) of the people whose killing is an assassination ({@code deeds.txt elite}). */
    private final Set<String> elites;

    /** Verbs (lemmas) of killing a person ({@code deeds.txt killing}). */
    private final Set<String> killings;

    /** CAMEO codes of acts on property that a weapon told as their subject makes its attack ({@code deeds.txt struck}). */
    private final Set<String> struckCodes;

    /** Words that make a military object a civilian one: a camp of displaced people ({@code deeds.txt sheltered}). */
    private final Set<String> sheltered;

    /** Nouns (lemmas) of attacks that armed groups, not armies, lay ({@code deeds.txt ambush}). */
    private final Set<String> ambushes;

    /** Nouns (lemmas) of a state's men under arms, who are its forces ({@code deeds.txt forces}). */
    private final Set<String> forces;

    private ImplicitSources(Map<String, String> weaponCodes, Map<String, String> objects, List<Assault> assaults,
            Set<String> interceptors, Set<String> victimCodes, Set<String> captures, Set<String> bombingCodes,
            Set<String> elites, Set<String> killings, Set<String> struckCodes, Set<String> sheltered,
            Set<String> ambushes, Set<String> forces) {
        this.weaponCodes = Map.copyOf(weaponCodes);
        this.objects = Map.copyOf(objects);
        this.assaults = List.copyOf(assaults);
        this.interceptors = Set.copyOf(interceptors);
        this.victimCodes = Set.copyOf(victimCodes);
        this.captures = Set.copyOf(captures);
        this.bombingCodes = Set.copyOf(bombingCodes);
        this.elites = Set.copyOf(elites);
        this.killings = Set.copyOf(killings);
        this.struckCodes = Set.copyOf(struckCodes);
        this.sheltered = Set.copyOf(sheltered);
        this.ambushes = Set.copyOf(ambushes);
        this.forces = Set.copyOf(forces);
    }

    /**
     * Whether an act of this CAMEO code done to a party named as a passive's subject with no agent told ("Haniyeh was
     * assassinated in Tehran", "the workers were taken hostage") was done by the report's other side.
     */
    boolean victimAct(String cameo) {
        return victimCodes.contains(cameo);
    }

    /** Whether the lemma is a verb of air defence ("intercept", "shoot" down, "down"). */
    boolean interceptor(String lemma) {
        return interceptors.contains(lemma);
    }

    /** The lists shipped with Saydo. */
    static ImplicitSources defaults() {
        return DEFAULTS;
    }

    static ImplicitSources of(CueFile file) {
        Map<String, String> weapons = new HashMap<>();
        for (CueFile.Cue c : file.of("weapon")) {
            String[] f = c.value().toLowerCase(Locale.ROOT).split("\\s+");
            if (f.length < 2 || !f[0].matches("19\\d?")) {
                throw c.error("expected 'weapon CODE NOUN ...' with a CAMEO code of root 19, got 'weapon " + c.value() + "'");
            }
            for (int i = 1; i < f.length; i++) {
                weapons.put(f[i], f[0]);
            }
        }
        Map<String, String> objects = new HashMap<>();
        for (CueFile.Cue c : file.of("object")) {
            String[] f = c.value().split("\\s+");
            if (f.length < 2 || !f[0].matches("CVL|MIL|-")) {
                throw c.error("expected 'object CVL|MIL|- NOUN ...', got 'object " + c.value() + "'");
            }
            for (int i = 1; i < f.length; i++) {
                objects.put(f[i].toLowerCase(Locale.ROOT), f[0].equals("-") ? "" : f[0]);
            }
        }
        List<Assault> assaults = new ArrayList<>();
        for (CueFile.Cue c : file.of("assault")) {
            String[] f = c.value().split("\\s+");
            int by = List.of(f).indexOf("by");
            int on = List.of(f).indexOf("on");
            boolean ok = f.length >= 6 && f[0].matches("1[89]\\d{0,2}|20\\d{0,2}") && by >= 2 && on > by + 1
                    && on < f.length - 1;
            for (int i = 1; ok && i < f.length; i++) {
                ok = i < by ? f[i].matches("\\d{3,4}") : i == by || i == on || f[i].matches("[A-Z]{3}");
            }
            if (!ok) {
                throw c.error("expected 'assault CODE FROM-CODE ... by ROLE ... on ROLE ...', got 'assault " + c.value()
                                + "'");
            }
            assaults.add(new Assault(f[0], Set.of(java.util.Arrays.copyOfRange(f, 1, by)),
                    Set.of(java.util.Arrays.copyOfRange(f, by + 1, on)),
                    Set.of(java.util.Arrays.copyOfRange(f, on + 1, f.length))));
        }
        Set<String> interceptors = words(file, "intercept");
        Set<String> victims = assaultCodes(file, "victim");
        Set<String> captures = words(file, "capture");
        Set<String> bombings = assaultCodes(file, "bombing");
        Set<String> elites = words(file, "elite");
        Set<String> killings = words(file, "killing");
        Set<String> struck = new HashSet<>();
        for (CueFile.Cue c : file.of("struck")) {
            for (String code : c.value().strip().split("\\s+")) {
                if (!code.matches("17\\d{1,2}")) {
                    throw c.error("expected 'struck CODE ...' with CAMEO codes of root 17, got 'struck " + c.value()
                            + "'");
                }
                struck.add(code);
            }
        }
        Set<String> sheltered = words(file, "sheltered");
        Set<String> ambushes = words(file, "ambush");
        Set<String> forces = words(file, "forces");
        return new ImplicitSources(weapons, objects, assaults, interceptors, victims, captures, bombings, elites,
                killings, struck, sheltered, ambushes, forces);
    }

    /**
     * The assault an act of force is when its sources and targets have the roles {@code deeds.txt} names ("Gunmen
     * opened fire on tourists": 193 by rebels on civilians is 180, unconventional violence), or null: every source
     * has one of the assault's "by" roles and every target one of its "on" roles.
     */
    Assault assault(String cameo, List<ActorRef> sources, List<ActorRef> targets) {
        if (sources.isEmpty() || targets.isEmpty()) {
            return null;
        }
        for (Assault a : assaults) {
            if (a.from().contains(cameo) && sources.stream().allMatch(x -> hasRole(x.code(), a.by()))
                    && targets.stream().allMatch(x -> hasRole(x.code(), a.on()))) {
                return a;
            }
        }
        return null;
    }

    /** The words, lower-cased, of every line of {@code deeds.txt} with this key. */
    private static Set<String> words(CueFile file, String key) {
        Set<String> words = new HashSet<>();
        for (CueFile.Cue c : file.of(key)) {
            words.addAll(List.of(c.value().toLowerCase(Locale.ROOT).split("\\s+")));
        }
        return words;
    }

    /** The CAMEO codes of root 18 on the file's {@code key} lines; an error naming the line for any other code. */
    private static Set<String> assaultCodes(CueFile file, String key) {
        Set<String> codes = new HashSet<>();
        for (CueFile.Cue c : file.of(key)) {
            for (String code : c.value().split("\\s+")) {
                if (!code.matches("18\\d{1,2}")) {
                    throw c.error("expected '" + key + " CODE ...' with CAMEO codes of root 18, got '" + key + " "
                            + c.value() + "'");
                }
                codes.add(code);
            }
        }
        return codes;
    }

    /** Whether a country's actor code holds one of the roles after its country ("PSEREBHMS" holds REB). */
    private static boolean hasRole(String code, Set<String> roles) {
        if (!ActorResolver.isCountry(code)) {
            return false;
        }
        for (int i = 3; i + 3 <= code.length(); i += 3) {
            if (roles.contains(code.substring(i, i + 3))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the actor is the stand-in for an implicit source. */
    static boolean standIn(ActorRef a) {
        return a == OTHER_SIDE;
    }

    /** Whether an act of this CAMEO code is an act of force whose agent may be left implicit. */
    boolean force(String cameo) {
        return FORCE_ROOTS.contains(cameo.substring(0, 2));
    }

    /** Whether the noun at {@code i} is a weapon, a weapon platform or a unit of {@code deeds.txt}. */
    boolean weapon(ParsedSentence s, int i) {
        return weaponCode(s, i) != null;
    }

    /** The CAMEO code the weapon noun at {@code i} gives a fight, or null when it is no weapon. */
    String weaponCode(ParsedSentence s, int i) {
        if (i < 0 || !s.token(i).isNoun()) {
            return null;
        }
        String code = weaponCodes.get(Syntax.lower(s.token(i)));
        code = code != null ? code : weaponCodes.get(s.token(i).word().toLowerCase(Locale.ROOT));
        if (code == null && Syntax.QUANTIFIERS.contains(Syntax.lower(s.token(i)))) {
            // "a small number of ballistic missiles", "dozens of drones": the quantity's "of" phrase
            for (int c : s.children(i, "nmod")) {
                if (Syntax.preposition(s, c).equals("of") && code == null) {
                    code = weaponCode(s, c);
                }
            }
        }
        return code;
    }

    /** Whether the noun at {@code i} is a thing force is done to (a building, a post, a place). */
    boolean object(ParsedSentence s, int i) {
        return objectRole(s, i) != null;
    }

    /**
     * The role the country of the thing at {@code i} takes as the target of force done to it ("CVL" for a home,
     * "MIL" for a base, "" for a bridge or a town), or null when it is no thing force is done to.
     */
    String objectRole(ParsedSentence s, int i) {
        if (i < 0 || !s.token(i).isNoun()) {
            return null;
        }
        String role = objects.get(Syntax.lower(s.token(i)));
        role = role != null ? role : objects.get(s.token(i).word().toLowerCase(Locale.ROOT));
        return "MIL".equals(role) && sheltering(s, i) ? "CVL" : role;
    }

    /**
     * force27: whether the object at {@code i} is one of displaced people or refugees ({@code deeds.txt sheltered}):
     * a word of the list as its modifier ("the Zamzam displacement camp", "a refugee camp") or in its "for" or "of"
     * phrase ("a camp for displaced people", "a camp of refugees").
     */
    private boolean sheltering(ParsedSentence s, int i) {
        for (var d : s.children(i)) {
            int c = d.dependent();
            String rel = d.relation();
            if ((rel.equals("compound") || rel.equals("amod")) && shelters(s, c)) {
                return true;
            }
            if (Syntax.is(rel, "nmod") && Set.of("for", "of").contains(Syntax.preposition(s, c))) {
                if (shelters(s, c)) {
                    return true;
                }
                for (var m : s.children(c)) {
                    if ((m.relation().equals("amod") || m.relation().equals("compound")) && shelters(s, m.dependent())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean shelters(ParsedSentence s, int i) {
        return sheltered.contains(Syntax.lower(s.token(i))) || sheltered.contains(s.token(i).word().toLowerCase(Locale.ROOT));
    }

    /**
     * The events with the implicit sources given: the report's side whose country is not the target's, when the
     * report's two sides are of two countries that the report tells fighting each other (an act of force of one on
     * the other told as news) and the target's country is one of them (a state's side acts
     * through its forces: {@code XXXMIL}); else the event is dropped. An event whose filled-in form another event
     * of its sentence already states (same parties, same CAMEO root) is dropped too.
     *
     * @param sides the two sides of the report's conflict, or an empty list when it has fewer than two
     */
    List<Event> fill(List<Event> events, List<ActorRef> sides) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(sides, "sides");
        Set<String> told = new HashSet<>();
        for (Event e : events) {
            if (!standIn(e.source())) {
                told.add(key(e.source(), e));
            }
        }
        boolean fighting = sides.size() == 2 && fight(events, sides.get(0), sides.get(1));
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            if (!standIn(e.source())) {
                out.add(e);
                continue;
            }
            ActorRef source = fighting ? sourceFor(sides, e.target()) : null;
            if (source != null && told.add(key(source, e))) {
                out.add(ImplicitTargets.with(e, source, e.target(), RULE));
            }
        }
        return out;
    }

    /**
     * Whether the report tells, as news, an act of force (CAMEO 18-20) of one side on the other with both named: the
     * two actors its acts of conflict involve most may be allies ("Malian troops and Russian instructors attacked"),
     * and then the side that is not a place's country is not who hit it.
     */
    private static boolean fight(List<Event> events, ActorRef one, ActorRef other) {
        String a = ActorResolver.countryOf(one.code());
        String b = ActorResolver.countryOf(other.code());
        for (Event e : events) {
            if (standIn(e.source()) || ImplicitTargets.standIn(e.source()) || e.target() == null
                    || Integer.parseInt(e.cameo().substring(0, 2)) < 18
                    || e.modality() != org.saydo.record.Modality.ASSERTED
                            && e.modality() != org.saydo.record.Modality.REPORTED) {
                continue;
            }
            String s = ActorResolver.countryOf(e.source().code());
            String t = ActorResolver.countryOf(e.target().code());
            if (s.equals(a) && t.equals(b) || s.equals(b) && t.equals(a)) {
                return true;
            }
        }
        return false;
    }

    /** The side that did an act of force to this target, or null when the sides cannot tell. */
    private static ActorRef sourceFor(List<ActorRef> sides, ActorRef target) {
        if (sides.size() != 2 || target == null || !ActorResolver.isCountry(target.code())) {
            return null;
        }
        String first = ActorResolver.countryOf(sides.get(0).code());
        String second = ActorResolver.countryOf(sides.get(1).code());
        String hit = ActorResolver.countryOf(target.code());
        if (first.equals(second) || !ActorResolver.isCountry(first) || !ActorResolver.isCountry(second)) {
            return null; // a civil war: the place's country is both sides' country
        }
        ActorRef other = hit.equals(first) ? sides.get(1) : hit.equals(second) ? sides.get(0) : null;
        if (other == null) {
            return null;
        }
        String code = other.code();
        String role = code.length() >= 6 ? code.substring(3, 6) : "";
        if (!Set.of("REB", "OPP", "INS").contains(role)) {
            code = ActorResolver.countryOf(code) + "MIL";
        }
        return new ActorRef(code, other.name(), "");
    }

    /** Whether the lemma is a title whose bearer's killing is an assassination ("leader", "commander"). */
    boolean elite(String lemma) {
        return elites.contains(lemma);
    }

    /**
     * Whether an act of this CAMEO code on property is, when a weapon of war is its subject, that weapon's attack
     * ("Ukrainian drones destroyed Russian bombers": 195, not 1712; {@code deeds.txt struck}).
     */
    boolean struckByWeapon(String cameo) {
        return struckCodes.contains(cameo);
    }

    /** Whether the lemma is a verb of killing a person ("kill", "murder"). */
    boolean killing(String lemma) {
        return killings.contains(lemma);
    }

    /** Whether an act of this CAMEO code is a bombing that is not military ({@code deeds.txt bombing}). */
    boolean bombing(String cameo) {
        return bombingCodes.contains(cameo);
    }

    /**
     * Whether the noun (a lemma) names an attack armed groups lay ("killed in an ambush in western Niger",
     * {@code deeds.txt ambush}), whose doer, told by no owner, is the armed groups of its place as a bomber is.
     */
    boolean ambush(String lemma) {
        return ambushes.contains(lemma);
    }

    /** Whether the noun (a lemma) names a state's men under arms ("soldiers", "troops": {@code deeds.txt forces}). */
    boolean forces(String lemma) {
        return forces.contains(lemma);
    }

    /** What the rule adds to an event's provenance rule when an ambush's doer is the armed groups of its place. */
    static final String AMBUSH_RULE = " + implicit source: the place's armed groups (deeds.txt ambush)";

    /** What the rule adds to an event's provenance rule when a bombing's bomber is the armed groups of its place. */
    static final String BOMBER_RULE = " + implicit source: the place's armed groups";

    /**
     * The implicit source of a bombing that is not military with no bomber told ("a roadside bomb killed four
     * soldiers in Balochistan", "were killed in a suicide bombing at a market in Mogadishu", {@code deeds.txt
     * bombing}): the armed groups ({@code REB}) of the country the place phrase names, as "gunmen" in a place are;
     * null for another code or no country.
     *
     * @param place the country the clause's place phrase names, or null
     */
    ActorRef bomber(String cameo, ActorRef place) {
        Objects.requireNonNull(cameo, "cameo");
        return bombing(cameo) ? armedGroups(place) : null;
    }

    /**
     * The armed groups ({@code REB}) of the country a place phrase names ("in Quetta": PAKREB), who did an act of
     * unconventional violence told there with no doer; null when the place is no country alone.
     */
    static ActorRef armedGroups(ActorRef place) {
        if (place == null || place.code().length() != 3 || !ActorResolver.isCountry(place.code())) {
            return null;
        }
        return new ActorRef(place.code() + "REB", place.name(), "");
    }

    /** What the rule adds to an event's provenance rule when a passive's coercion is the state's of its place. */
    static final String COERCION_RULE = " + implicit source: the state where it was done";

    /**
     * CAMEO codes of coercion and of diplomats expelled that a state does through its police, courts or government,
     * which a passive may tell with no agent ("two journalists were detained in Minsk", "the ambassador was expelled
     * from Niger", "a curfew was imposed in Niamey"). Property destroyed (1712) is left out: a village burned is
     * seldom the act of the state it lies in.
     */
    private static final Set<String> COERCION_CODES = Set.of("161", "171", "1711", "172", "1721", "1722", "1723",
            "1724", "173", "174", "175");

    /** Of {@link #COERCION_CODES}, those the report's own state is taken to have done when the clause names no place. */
    private static final Set<String> HOME_COERCION_CODES = Set.of("173", "174", "175");

    /** Prepositions of a passive's phrase that name the state where an act of coercion was done. */
    static final Set<String> COERCION_PLACE_PREPOSITIONS = Set.of("in", "at", "from", "inside", "across",
            "throughout");

    /**
     * The country alone (not a person, no role) that the phrase at {@code phrase} names when its preposition is one
     * of {@link #COERCION_PLACE_PREPOSITIONS} ("in Minsk", "from Niger", "at Beirut airport"), or null.
     */
    static Arg placeCountry(ParsedSentence s, ActorResolver actors, int phrase) {
        return COERCION_PLACE_PREPOSITIONS.contains(Syntax.preposition(s, phrase))
                ? countryAmong(actors.actorsOf(phrase)) : null;
    }

    /** The first of {@code args} that is a country alone (not a person, no role), or null. */
    static Arg countryAmong(List<Arg> args) {
        for (Arg a : args) {
            String code = a.actor().code();
            if (!a.person() && code.length() == 3 && ActorResolver.isCountry(code)) {
                return a;
            }
        }
        return null;
    }

    /** Whether an act of this CAMEO code is coercion a state does, whose agent a passive may leave out. */
    boolean coercion(String cameo) {
        return COERCION_CODES.contains(cameo);
    }

    /**
     * statement29: CAMEO codes of the measures an official statement announces in the passive with no agent, its
     * issuer's: relations cut (160, 161), trade stopped (163), crossings closed and visas cancelled (172), besides
     * {@link #COERCION_CODES}.
     */
    private static final Set<String> OFFICIAL_CODES = Set.of("160", "161", "163", "172");

    /**
     * Whether a passive with no agent of this CAMEO code may be a state's act: coercion, and in an official text
     * (statement29: {@code official}) the measures such texts announce ("All trade with India is suspended").
     */
    boolean coercion(String cameo, boolean official) {
        return coercion(cameo) || official && OFFICIAL_CODES.contains(cameo);
    }

    /**
     * The implicit source of a passive act of coercion with no agent: the state of the place it names (its country
     * alone, as {@code place}), else for arrests, deportations and repression the report's own country
     * ({@code home}), or null. The police do arrests and deportations ({@code COP}), the government the rest
     * ({@code GOV}). Captives of war ("two soldiers were captured near Bakhmut") are taken by the enemy, not by the
     * place's state nor by the report's: a target with a military role, or a verb of taking captives
     * ({@code deeds.txt capture}: "the pilot was captured"), gives null.
     *
     * @param lemma the verb's lemma
     * @param place the country the clause's place phrase names, or null
     * @param home the country the report is told from, or null
     */
    ActorRef coercer(String cameo, String lemma, ActorRef place, String home, List<ActorRef> targets) {
        return coercer(cameo, lemma, place, home, targets, false);
    }

    /**
     * As {@link #coercer(String, String, ActorRef, String, List)}; in an official text ({@code official}: a
     * statement's or a readout's heading, statement29) the measures of {@link #OFFICIAL_CODES} the clause places
     * nowhere are the issuer's: the report's own country ("STATEMENT SUMMARY: Pakistan's
     * National Security Committee answers India ... The Wagah border crossing is closed").
     */
    ActorRef coercer(String cameo, String lemma, ActorRef place, String home, List<ActorRef> targets,
            boolean official) {
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(targets, "targets");
        if (!coercion(cameo, official) || captures.contains(lemma) || targets.stream().anyMatch(a -> hasRole(a.code(), Set.of("MIL")))) {
            return null;
        }
        String role = Set.of("173", "174", "175").contains(cameo) ? "COP" : "GOV";
        if (place != null && ActorResolver.isCountry(place.code()) && place.code().length() == 3) {
            return new ActorRef(place.code() + role, place.name(), "");
        }
        if (home != null && (HOME_COERCION_CODES.contains(cameo) || official && OFFICIAL_CODES.contains(cameo)) && ActorResolver.isCountry(home)) {
            return new ActorRef(ActorResolver.countryOf(home) + role, ActorResolver.countryOf(home), "");
        }
        return null;
    }

    private static String key(ActorRef source, Event e) {
        return e.provenance().sentence() + "|" + Discourse.primary(source.code()) + "|"
                + (e.target() == null ? "" : Discourse.primary(e.target().code())) + "|" + e.cameo().substring(0, 2);
    }
}
