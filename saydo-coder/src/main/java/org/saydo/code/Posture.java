package org.saydo.code;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The cues of military posture (CAMEO root 15) from {@code posture.txt}: the prepositions whose phrase names where a
 * show of force is aimed ("drills around Taiwan", "massed troops near Ukraine's borders"), and the acts that need a
 * partner and, told with none, are a show of force of one's own (military cooperation, 062, with no partner: 150).
 * {@link PredicateCoder} applies them. Immutable and thread-safe.
 *
 * @param aimed lower-case prepositions whose phrase under a 15x verb names the display's target
 * @param alone for an act's code, the code it takes when one party does it and no partner is named; for a key
 *        "CODE lemma", the code it takes when that verb tells it (forces sent or deployed with no partner named: 154)
 * @param facing lower-case lemmas of the nouns of a display that faces the other side (drills, warning shots,
 *        patrols): told with no target, it is shown to the report's other side
 * @param launchers lower-case lemmas of verbs that launch a projectile ("launch", "fire")
 * @param projectiles lower-case lemmas of the missiles and rockets whose launch at no one may be a test
 * @param home CAMEO codes (prefixes) of acts a state does to its own country when the text names no one else:
 *        states of emergency and martial law (1724); an entry "CODE word" only when the act's trigger has that word
 *        (a curfew, 1723, not a road closed)
 * @param tested lower-case lemmas of the projectiles a state tests (missiles, not the rockets of a fight): their launch
 *        at no one named is a display also in a report that names no second side
 * @param crowds lower-case lemmas of crowd nouns: a crowd of no party named that protests is the people of the place
 *        it protests in ({@code PredicateCoder.crowdCountry})
 * @param missions lower-case lemmas of diplomatic missions: a protest told at one is against its state
 *        ({@link Protests})
 */
record Posture(Set<String> aimed, Map<String, String> alone, Set<String> facing, Set<String> launchers,
        Set<String> projectiles, Set<String> home, Set<String> tested, Set<String> crowds,
        Set<String> missions) {

    static final Set<String> KINDS = Set.of("aimed", "alone", "facing", "launch", "projectile", "home", "tested",
            "missions", "crowd");

    /** What {@link #home} adds to the rule of an act it gives the source's own country as target. */
    static final String HOME_RULE = " + imposed at home";

    /**
     * What an act of force's rule says when it is a missile or rocket launched at no one named ({@code launch},
     * {@code projectile}): {@link #displays} makes it a show of force when the report tells no one struck.
     */
    static final String LAUNCH_RULE = " + launched at no one named";

    /**
     * What a launch's rule says after {@link #LAUNCH_RULE} when the projectile is one states test ({@code tested}):
     * {@link #displays} makes it a show of force also in a report that names no second side.
     */
    static final String TESTED_RULE = " + a projectile of tests";

    /** What {@link #displays} adds to the rule of a launch it makes a show of force. */
    static final String DISPLAY_RULE = " + no one struck: a display of force";

    /**
     * What a show of force's rule says when it names no target but is shown to the other side of the report's
     * conflict ({@code facing}): {@link ImplicitTargets#fill} then gives it that side as its target.
     */
    static final String FACING_RULE = " + shown to the other side";

    private static final Posture DEFAULTS = of(CueFile.resource("posture.txt", KINDS));

    Posture {
        aimed = Set.copyOf(aimed);
        alone = Map.copyOf(alone);
        facing = Set.copyOf(facing);
        launchers = Set.copyOf(launchers);
        projectiles = Set.copyOf(projectiles);
        home = Set.copyOf(home);
        tested = Set.copyOf(tested);
        crowds = Set.copyOf(crowds);
        missions = Set.copyOf(missions);
    }

    /** The cues shipped with Saydo. */
    static Posture defaults() {
        return DEFAULTS;
    }

    static Posture of(CueFile file) {
        Objects.requireNonNull(file, "file");
        Map<String, String> alone = new HashMap<>();
        for (CueFile.Cue c : file.of("alone")) {
            String[] f = c.value().trim().split("\\s+");
            if (f.length < 2 || !f[0].matches("\\d{2,4}") || !f[1].matches("\\d{2,4}")) {
                throw c.error("expected 'alone CODE CODE [VERB ...]' with two CAMEO codes, got 'alone " + c.value()
                        + "'");
            }
            if (f.length == 2) {
                alone.put(f[0], f[1]);
            }
            for (int i = 2; i < f.length; i++) {
                alone.put(f[0] + " " + f[i].toLowerCase(java.util.Locale.ROOT), f[1]); // told by that verb only
            }
        }
        return new Posture(WordLists.words(file, "aimed"), alone, WordLists.words(file, "facing"),
                WordLists.words(file, "launch"), WordLists.words(file, "projectile"), homes(file),
                WordLists.words(file, "tested"), WordLists.words(file, "crowd"),
                WordLists.words(file, "missions"));
    }

    /** The {@code home} entries: "CODE" for every act of the code, "CODE word" for one its trigger tells by a word. */
    private static Set<String> homes(CueFile file) {
        Set<String> out = new java.util.HashSet<>();
        for (CueFile.Cue c : file.of("home")) {
            String[] f = c.value().trim().split("\\s+");
            long codes = java.util.Arrays.stream(f).filter(w -> w.matches("\\d{2,4}")).count();
            if (codes == f.length) {
                out.addAll(List.of(f));
            } else if (codes == 1 && f[0].matches("\\d{2,4}")) { // "home 1723 curfew": told by these words only
                for (int i = 1; i < f.length; i++) {
                    out.add(f[0] + " " + f[i].toLowerCase(java.util.Locale.ROOT));
                }
            } else {
                throw c.error("expected 'home CODE ...' or 'home CODE WORD ...', got 'home " + c.value() + "'");
            }
        }
        return out;
    }

    /** Whether an act of this code told by this trigger is a {@code home} act. */
    private boolean homeAct(String code, String trigger) {
        List<String> words = trigger == null ? List.of()
                : List.of(trigger.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}-]+"));
        for (String h : home) {
            int blank = h.indexOf(' ');
            if (blank < 0 ? code.startsWith(h)
                    : code.startsWith(h.substring(0, blank)) && words.contains(h.substring(blank + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The events with each act of a {@code home} code that names no target (a state of emergency, martial
     * law: "Armenia declared martial law") given its source's own country as target: a state imposes them on its own
     * population, not on the report's other side, which {@link ImplicitTargets#fill} would otherwise fill in (an armed
     * group's curfew is on the country it holds). An act whose source is no country's (an organisation) keeps its
     * missing target.
     *
     * @param states the states the report names, whose names the target takes ("Armenia" for ARMGOV)
     */
    List<org.saydo.record.Event> home(List<org.saydo.record.Event> events,
            java.util.Collection<org.saydo.record.ActorRef> states) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(states, "states");
        List<org.saydo.record.Event> out = new java.util.ArrayList<>(events.size());
        for (org.saydo.record.Event e : events) {
            if (e.target() == null && e.source() != null
                    && homeAct(e.cameo(), e.provenance() == null ? null : e.provenance().trigger())) {
                String country = ActorResolver.countryOf(e.source().code());
                if (country.length() == 3 && ActorResolver.isCountry(country)) {
                    String name = states.stream().filter(a -> a.code().equals(country))
                            .map(org.saydo.record.ActorRef::name).findFirst().orElse(e.source().name());
                    e = ImplicitTargets.with(e, e.source(), new org.saydo.record.ActorRef(country, name, ""),
                            HOME_RULE);
                }
            }
            out.add(e);
        }
        return out;
    }

    /**
     * Whether an act of this code is one a state does to its own country ({@link #home}: a state of emergency, martial
     * law, repression): "Russia declared a state of emergency in the Kursk region" is Russia's on Russia, not an act on
     * oneself to drop.
     */
    boolean atHome(String code) {
        Objects.requireNonNull(code, "code");
        return home.stream().anyMatch(h -> h.indexOf(' ') < 0 && code.startsWith(h));
    }

    /**
     * The code an act of this code, told by the verb of this lemma, takes when one party does it with no partner
     * named, or null to keep it: the verb's own entry first ("deployed troops", 062: 154), else the code's (150).
     */
    String alone(String code, String lemma) {
        String own = alone.get(code + " " + lemma);
        return own != null ? own : alone.get(code);
    }

    /**
     * The events with each launch at no one named ({@link #LAUNCH_RULE}) made a show of force with no target (150,
     * "missile tests 150"), when the report has two sides (targets.txt) but tells no act of force (CAMEO 18-20,
     * asserted or reported) done to anyone: "North Korea fired two ballistic missiles on Monday. Japan condemned the
     * launch." is a display, not an attack on the other side; in a report of strikes on a country it stays an attack
     * (its target is then filled in by {@link ImplicitTargets#fill}). A launch a threat or promise embeds (13x: "threatened
     * to launch more missiles") is left to it. In a report with no two sides a launch of a
     * projectile states test ({@link #TESTED_RULE}: "North Korea launched an ICBM on Thursday, Seoul's Joint Chiefs of
     * Staff said.") is a display too, and rockets stay as coded ("Hamas launched rockets from Gaza.").
     *
     * @param sides the two sides of the report's conflict, or an empty list when it has fewer than two
     */
    static java.util.List<org.saydo.record.Event> displays(java.util.List<org.saydo.record.Event> events,
            java.util.List<org.saydo.record.ActorRef> sides) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(sides, "sides");
        String launch = sides.size() == 2 ? LAUNCH_RULE : LAUNCH_RULE + TESTED_RULE;
        boolean struck = events.stream().anyMatch(e -> e.target() != null
                && !e.provenance().rule().contains(LAUNCH_RULE)
                && Integer.parseInt(e.cameo().substring(0, 2)) >= 18
                && (e.modality() == org.saydo.record.Modality.ASSERTED
                        || e.modality() == org.saydo.record.Modality.REPORTED));
        if (struck || events.stream().noneMatch(e -> e.provenance().rule().contains(launch))) {
            return events;
        }
        java.util.List<org.saydo.record.Event> out = new java.util.ArrayList<>(events.size());
        for (org.saydo.record.Event e : events) {
            // a launch threatened or promised ("threatened to launch more missiles": 138x) stays the speech act
            if (e.target() == null && e.provenance().rule().contains(launch) && force(e.cameo())) {
                org.saydo.record.Provenance p = e.provenance();
                org.saydo.record.Provenance q = new org.saydo.record.Provenance(p.docId(), p.doc(), p.sentence(),
                        p.sentenceStart(), p.sentenceEnd(), p.start(), p.end(), p.trigger(), p.triggerStart(),
                        p.triggerEnd(), p.rule() + DISPLAY_RULE, p.pipeline());
                e = new org.saydo.record.Event(e.source(), null, "150", e.modality(), e.reportedBy(), e.date(),
                        e.dateBasis(), e.dateText(), e.text(), q, e.judge());
            }
            out.add(e);
        }
        return out;
    }

    /** Whether a code is an act of force itself (CAMEO 18-20), not a threat (13x) or promise that embeds one. */
    private static boolean force(String cameo) {
        return Integer.parseInt(cameo.substring(0, 2)) >= 18;
    }
}
