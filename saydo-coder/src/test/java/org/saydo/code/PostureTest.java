package org.saydo.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where a show of force is aimed ({@link Posture}, {@code posture.txt}) on hand-written parses
 * ({@code conllu/posture.conllu}); codes checked against the CAMEO manual 1.1b3, 2.15: 150 "Demonstrate military or
 * police power", whose target is the party "against whom the source mobilizes its military capabilities", and 062
 * "Cooperate militarily" ("joint military games and maneuvers"), which needs a partner.
 */
class PostureTest {

    @Test
    void exercisesWithNoPartnerAreAShowOfForceAimedWhereTheyAreHeld() {
        // "The Chinese navy staged exercises around Taiwan.": CAMEO.2.0.txt's "&MILITARY * EXERCISES" is 062, but
        // no partner is named: drills of its own (alone 062 150), aimed at Taiwan (aimed around); no cooperation
        // with Taiwan either way
        assertThat(Fixtures.events("posture", "aimed-around")).contains("CHNMIL>TWN 150 asserted")
                .noneMatch(e -> e.contains(" 062 "));
    }

    @Test
    void drillsWithNoTargetFaceTheReportsOtherSide() {
        // "Bolivian troops shelled Peruvian posts. Peruvian marines answered with live-fire drills.": shown to Bolivia
        assertThat(Fixtures.events("posture", "facing-drills")).anyMatch(e -> e.matches("PERMIL>BOL\\w* 150 asserted"))
                .noneMatch(e -> e.startsWith("PERMIL>- 150"));
    }

    @Test
    void aWeaponsTestFacesNoOne() {
        // "Bolivian troops shelled Peruvian posts. Bolivia test-fired a rocket.": the shelling (190) and a test (150)
        // with no target, neither shown to Peru nor an aerial attack on it (a rocket fired at no one)
        assertThat(Fixtures.events("posture", "test-faces-no-one")).contains("BOLMIL>PERMIL 190 asserted")
                .anyMatch(e -> e.matches("BOL\\w*>- 150 asserted"))
                .noneMatch(e -> e.matches("BOL\\w*>PER\\w* (150|195) .*"));
    }

    @Test
    void aShowOfForceIsNotAimedAtOnesOwnSide() {
        // "Peruvian troops fired warning shots on their side of the border.": "their" is Peru's; no target
        assertThat(Fixtures.events("posture", "own-side")).contains("PERMIL>- 150 asserted")
                .noneMatch(e -> e.startsWith("PERMIL>PER"));
    }

    @Test
    void missilesLaunchedAtNoOneWhereNothingIsStruckAreADisplay() {
        // "North Korea fired two ballistic missiles. Japan condemned the launch.": the report's sides are North Korea
        // and Japan, no one is struck: a show of force with no target (150), not an attack on Japan; Japan's
        // condemnation still targets North Korea
        assertThat(Fixtures.events("posture", "launch-display")).anyMatch(e -> e.matches("PRK\\w*>- 150 asserted"))
                .anyMatch(e -> e.matches("JPN\\w*>PRK\\w* 111 asserted"))
                .noneMatch(e -> e.matches("PRK\\w*>\\S+ 19\\d* .*"));
    }

    @Test
    void missilesLaunchedInAReportOfStrikesAreTheAttack() {
        // "Russian missiles hit a power plant in Kyiv. Russia launched 40 missiles.": an aerial attack on Ukraine
        // (195, its target the report's other side), no display
        assertThat(Fixtures.events("posture", "launch-attack")).anyMatch(e -> e.matches("RUS\\w*>UKR\\w* 19\\d* asserted"))
                .noneMatch(e -> e.matches("RUS\\w*>- 150 .*"));
    }

    @Test
    void martialLawWithNoOneNamedIsImposedAtHome() {
        // "Bolivian troops shelled Peruvian posts. Peru declared martial law.": CAMEO 1724 on Peru's own country
        // (posture.txt home), not on the report's other side, Bolivia
        assertThat(Fixtures.events("posture", "home-martial-law")).anyMatch(e -> e.matches("PER\\w*>PER 1724 asserted"))
                .noneMatch(e -> e.matches("PER\\w*>BOL\\w* 1724 .*"));
    }

    @Test
    void aMissileTestedIsAWeaponsTestWithNoTarget() {
        // "Venezuela tested a cruise missile.": CAMEO.2.0.txt has no verb TEST; a weapons test (150) aimed at no one
        assertThat(Fixtures.events("posture", "tested-missile")).anyMatch(e -> e.matches("VEN\\w*>- 150 asserted"));
    }

    @Test
    void soldiersCapturedAreDetainedNotSeized() {
        // "Venezuelan forces captured three Guyanese soldiers.": 173 (arrest, detain), not 171 (seize property)
        assertThat(Fixtures.events("posture", "captured-soldiers"))
                .anyMatch(e -> e.matches("VEN\\w*>GUY\\w* 173 asserted"))
                .noneMatch(e -> e.contains(" 171 "));
    }

    @Test
    void forcesDeployedWithNoPartnerAreMobilisedWhereTheyGo() {
        // "Venezuela deployed troops along the border with Guyana.": CAMEO.2.0.txt's DEPLOY "* &MILITARY" is 062
        // (troops sent to a partner); with none named they are mobilised (154, posture.txt "alone 062 154 deploy"),
        // aimed at Guyana (aimed along), not drills (150) nor cooperation with anyone
        assertThat(Fixtures.events("posture", "deployed-troops"))
                .anyMatch(e -> e.matches("VEN\\w*>GUY\\w* 154 asserted"))
                .noneMatch(e -> e.contains(" 150 ") || e.contains(" 062 "));
    }

    @Test
    void peopleArrestedInRaidsAreDetainedNotSeized() {
        // "Venezuelan police arrested ten Guyanese miners in raids.": CAMEO.2.0.txt files ARREST under SEIZE, whose
        // "* (IN RAID)" is 1711; arresting people is 173 (senses.txt, posture14)
        assertThat(Fixtures.events("posture", "arrested-in-raids"))
                .anyMatch(e -> e.matches("VEN\\w*>GUY\\w* 173 asserted"))
                .noneMatch(e -> e.contains(" 171"));
    }

    @Test
    void soldiersWhoArrestSomeoneOccupyNothing() {
        // "Venezuelan soldiers arrested a Guyanese officer.": the SEIZE block's "&MILITARY *" is 192, occupation
        assertThat(Fixtures.events("posture", "soldiers-arrested"))
                .anyMatch(e -> e.matches("VEN\\w*>GUY\\w* 173 asserted"))
                .noneMatch(e -> e.contains(" 192 "));
    }

    @Test
    void aCommanderKilledIsAssassinatedSoldiersKilledAreFoughtWith() {
        // "Venezuela killed a Guyanese commander.": killing a commander is a targeted killing, 186 (CAMEO 1.1b3:
        // "kill politically significant and influential persons"), not CAMEO.2.0.txt's KILL [190]; "Venezuela killed
        // two Guyanese soldiers." stays the fighting
        assertThat(Fixtures.events("posture", "killed-commander"))
                .anyMatch(e -> e.matches("VEN\\w*>GUY\\w* 186 asserted"))
                .noneMatch(e -> e.contains(" 190 "));
        assertThat(Fixtures.events("posture", "killed-soldiers"))
                .anyMatch(e -> e.matches("VEN\\w*>GUY\\w* 190 asserted"))
                .noneMatch(e -> e.contains(" 186 "));
    }

    @Test
    void aShipHijackedIsAnAbduction() {
        // "Venezuela hijacked a Guyanese ship.": 181 (abduct, hijack, take hostage), not TAKE_CONTROL's 171
        assertThat(Fixtures.events("posture", "hijacked-ship"))
                .anyMatch(e -> e.matches("VEN\\w*>GUY\\w* 181 asserted"))
                .noneMatch(e -> e.contains(" 171 "));
    }

    @Test
    void sailorsSeizedAreDetained() {
        // "Venezuela seized three Guyanese sailors.": 173, as if captured, not SEIZE's 171 (property)
        assertThat(Fixtures.events("posture", "seized-sailors"))
                .anyMatch(e -> e.matches("VEN\\w*>GUY\\w* 173 asserted"))
                .noneMatch(e -> e.contains(" 171 ") || e.contains(" 181 "));
    }

    @Test
    void protestersDispersedAreRepressedAtHome() {
        // "Bolivian troops shelled Peruvian posts. Peruvian police dispersed the protesters.": repression (175), of
        // Peru's own people (posture.txt home 175), not of the report's other side, and no statement (DISPERSE is
        // in CAMEO.2.0.txt's CIRCULATE block, 010)
        assertThat(Fixtures.events("posture", "home-repression"))
                .anyMatch(e -> e.matches("PER\\w*>PER 175 asserted"))
                .noneMatch(e -> e.matches("PER\\w*>BOL\\w* .*") || e.contains(" 010 "));
    }

    @Test
    void aSearchForTheKidnappersIsAManhunt() {
        // "Venezuelan police launched a search for the kidnappers.": police mobilised to hunt people (153, as a
        // manhunt), not CAMEO.2.0.txt's LAUNCH "- * SEARCH" (090, investigate)
        assertThat(Fixtures.events("posture", "search-for-kidnappers"))
                .anyMatch(e -> e.matches("VEN\\w*>- 153 asserted"))
                .noneMatch(e -> e.contains(" 090 "));
    }
}
