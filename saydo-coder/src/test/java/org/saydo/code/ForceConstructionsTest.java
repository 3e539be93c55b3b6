package org.saydo.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saydo.dict.DictionaryFormatException;
import org.saydo.record.Event;

/**
 * Assaults, abductions and acts of force told through a verb of aspect ({@code conllu/force.conllu}): codes checked
 * against the CAMEO manual 1.1b3 (180 "Use unconventional violence, not specified below", 181 "Abduct, hijack, or
 * take hostage", 195 "Employ aerial weapons") and corpus/README.md's roles (armed men of no named country are the
 * rebels of the country they act in, REB; the people they attack there its civilians, CVL).
 */
class ForceConstructionsTest {

    @Test
    void gunmenOfNoCountryShootingAtWorshippersAssaultTheCiviliansOfThePlace() {
        // "opened fire" is 193 (CAMEO.2.0.txt OPEN * FIRE); by rebels on civilians it is an assault, 180;
        // worshippers are a religious body (Phoenix.agents.txt WORSHIPPER [~REL]), civilians all the same
        assertThat(Fixtures.events("force", "gunmen-worshippers")).containsExactly("NERREB>NERREL 180 asserted");
        Event e = Fixtures.code("force", "gunmen-worshippers").events().get(0);
        assertThat(e.provenance().rule()).endsWith(ImplicitSources.ASSAULT_RULE + "INS/REB on AGR/CVL/EDU/LAB/MED/REL");
        assertThat(e.source().text()).isEqualTo("Gunmen");
    }

    @Test
    void withNoPlaceNamedGunmenAreNoParty() {
        assertThat(Fixtures.events("force", "gunmen-no-place")).isEmpty();
    }

    @Test
    void seizingPeopleIsAnAbductionNotASeizureOfProperty() {
        assertThat(Fixtures.events("force", "gunmen-seize-passengers")).containsExactly("BOLREB>BOLCVL 181 asserted");
    }

    @Test
    void takingPeopleSomewhereIsNoEvent() {
        // TAKE's own code, 171, needs an object that is property (senses.txt: !people)
        assertThat(Fixtures.events("force", "boats-take-passengers")).isEmpty();
    }

    @Test
    void aGerundReadAsTheObjectsModifierIsTheActBegun() {
        // the parser makes "striking" an amod of "targets": the jets' strikes on targets across Peru (STRIKE *
        // TARGET, 195)
        assertThat(Fixtures.events("force", "began-striking")).containsExactly("CHLMIL>PER 195 asserted");
        Event e = Fixtures.code("force", "began-striking").events().get(0);
        assertThat(e.provenance().trigger()).startsWith("striking");
    }

    @Test
    void aGerundReadAsANounObjectIsTheActKeptUp() {
        // "keeps bombing from the air": bombing done from the air is aerial (saydo.verbs.txt SAYDO_FROM_THE_AIR)
        assertThat(Fixtures.events("force", "keeps-bombing")).containsExactly("CHLMIL>- 195 asserted");
    }

    @Test
    void comingUnderFireFromTroopsIsBeingAttackedByThem() {
        // CAMEO 190 "use conventional military force": the "from" party fires on the subject (saydo.verbs.txt
        // SAYDO_UNDER_FIRE), not the other way round
        assertThat(Fixtures.events("force", "under-fire-from-troops")).containsExactly("CHLMIL>PERMIL 190 asserted");
    }

    @Test
    void comingUnderFireFromOfficialsIsNoFight() {
        // criticism, not force (senses.txt: the "from" party must be armed)
        assertThat(Fixtures.events("force", "under-fire-from-officials")).noneMatch(e -> e.contains(" 19"));
    }

    @Test
    void anAttackThatKilledIsOneActWithTheAttacksWeapon() {
        // the drone attack and the killing are one act of the attack's owner on the soldiers; a drone attack is
        // aerial, 195 (CAMEO 1.1b3 "Employ aerial weapons")
        assertThat(Fixtures.events("force", "drone-attack-killed")).containsExactly("CHLMIL>PERMIL 195 asserted");
        Event e = Fixtures.code("force", "drone-attack-killed").events().get(0);
        assertThat(e.provenance().rule()).contains(PredicateCoder.FORCE_NOUN_RULE);
    }

    @Test
    void killedInAnAmbushIsTheAmbushersAct() {
        // the ambush's owner did the killing to the verb's subject; one act (190)
        assertThat(Fixtures.events("force", "killed-in-ambush")).containsExactly("CHL>PERMIL 190 asserted");
    }

    @Test
    void interceptedDronesAreTheirOwnersAttackOnTheDefenders() {
        // corpus/README.md: air defence is not coded, the attack it stopped is; drones are aerial weapons, 195
        List<String> events = Fixtures.events("force", "intercepted-drones");
        assertThat(events).hasSize(1);
        assertThat(events.get(0)).matches("CHL\\w*>PER\\w* 195 asserted");
    }

    @Test
    void dronesLaunchedByAPartyAndShotDownAreItsAttackTold() {
        // the launch is the attack the interception tells, not a second event, and the defenders did no attack
        List<String> events = Fixtures.events("force", "drones-launched-by-shot-down");
        assertThat(events).hasSize(1);
        assertThat(events.get(0)).startsWith("CHL").contains(" 195 asserted");
    }

    @Test
    void airStrikesAVerbWasDoneWithAreItsMeansNotAPartyFoughtWith() {
        // CAMEO.2.0.txt's "- * WITH" [190:190] is a fight with someone; air strikes are how Chile hit Peru, one way,
        // aerial (195)
        assertThat(Fixtures.events("force", "hit-with-air-strikes")).containsExactly("CHLMIL>PER 195 asserted");
    }

    @Test
    void aBadAssaultLineNamesItsFileAndLine() {
        CueFile file = CueFile.read("deeds-test.txt", new StringReader("assault 180 190 by REB\n"),
                java.util.Set.of("weapon", "object", "assault"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ImplicitSources.of(file))
                .isInstanceOf(DictionaryFormatException.class).hasMessageContaining("deeds-test.txt:1")
                .hasMessageContaining("assault 180 190 by REB");
    }

    @Test
    void killedInAStrikeOnAPlaceIsTheOwnersAerialAttackOnThePlacesHolder() {
        // victims of no named side: the act is aimed where the noun says ("on a Peruvian base"); a drone strike is
        // aerial (195, saydo.nouns.txt DRONE_STRIKE)
        assertThat(Fixtures.events("force", "killed-in-strike-on")).containsExactly("CHL>PER 195 asserted");
    }

    @Test
    void theStrikesOwnerIsNotItsOwnVictim() {
        // "Chilean" names the doer inside the "in" phrase: it is no target of the killing
        assertThat(Fixtures.events("force", "killed-in-strike-no-target")).containsExactly("CHL>- 195 asserted");
    }

    @Test
    void aMissileStrikeThatKilledIsAnAerialAttackNotABombing() {
        // KILL's "- &WEAPON *" [183] reads "missile" as a bomb; the noun "missile strike" (195) tells the act
        assertThat(Fixtures.events("force", "missile-strike-killed")).containsExactly("CHLMIL>PERMIL 195 asserted");
    }

    @Test
    void killedInAClashWithTroopsIsTheirFightOnTheVictims() {
        // a clash is a fight of both sides (saydo.nouns.txt CLASH @mutual): its "with" party did the killing; KILL
        // "- * (IN CLASH)" is 193, small arms
        assertThat(Fixtures.events("force", "killed-in-clash-with")).containsExactly("CHLMIL>PERMIL 193 asserted");
    }

    @Test
    void anActDeniedThroughAGerundIsThatActNegated() {
        // the parser leaves "shelling" unattached (dep); its subject is the denier's, and a denied act is negated
        // (corpus/README.md: the denied act with modality negated). SHELL is 190; the villages are Peru's civilians
        List<String> events = Fixtures.events("force", "denied-shelling");
        assertThat(events).contains("CHLMIL>PERCVL 190 negated");
        assertThat(events).noneMatch(e -> e.endsWith("asserted") && e.startsWith("CHL") && e.contains(" 19"));
    }
}
