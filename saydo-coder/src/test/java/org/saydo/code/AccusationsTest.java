package org.saydo.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Accusations carried by what is said, and denials of one's own deed, on hand-written parses
 * ({@code conllu/accusations.conllu}).
 */
class AccusationsTest {

    @Test
    void callingAnActAWarCrimeAccusesItsDoer() {
        // 1124 "Accuse of war crimes": Peru accuses the party whose blockade it names; naming is no appeal (02)
        assertThat(Fixtures.events("accusations", "named"))
                .contains("PERGOV>CHL 1124 asserted")
                .noneMatch(e -> e.contains(" 02"));
    }

    @Test
    void sayingItWasNotACrimeAccusesNoOne() {
        assertThat(Fixtures.events("accusations", "negated")).noneMatch(e -> e.contains(" 11"));
    }

    @Test
    void denyingOnesOwnAttackDeniesResponsibilityTowardTheVictim() {
        // 016 "Reject accusation, deny responsibility", aimed at the accuser: here the party attacked; the denied
        // attack (19x) stays negated
        assertThat(Fixtures.events("accusations", "denied"))
                .contains("CHLGOV>PER 016 asserted")
                .anyMatch(e -> e.startsWith("CHLMIL>PER 19") && e.endsWith("negated"))
                .noneMatch(e -> e.contains(" 19") && e.endsWith("asserted"));
    }

    @Test
    void sayingAnotherPartyCommittedWarCrimesAccusesIt() {
        // 1124 "Accuse of war crimes": the speaker accuses the subject of "committed war crimes"
        assertThat(Fixtures.events("accusations", "committed")).anyMatch(e -> e.startsWith("PER")
                && e.contains(">CHL") && e.contains(" 1124 "));
    }

    @Test
    void sayingAnotherPartyViolatedTheTruceAccusesIt() {
        // 112 "Accuse, not specified below": the speaker accuses the breaker; the breach itself stays Chile's
        assertThat(Fixtures.events("accusations", "breach")).anyMatch(e -> e.startsWith("PER")
                && e.contains(">CHL") && e.contains(" 112 "));
    }

    @Test
    void aBreachSaidNotToHaveHappenedOrDeniedAccusesNoOne() {
        assertThat(Fixtures.events("accusations", "breach-negated")).noneMatch(e -> e.contains(" 11"));
        assertThat(Fixtures.events("accusations", "breach-denied")).noneMatch(e -> e.contains(" 11"));
    }

    @Test
    void anAccusationRetoldInTheParticipleOfItsVerbIsCodedOnce() {
        assertThat(Fixtures.events("accusations", "breach-once").stream().filter(e -> e.startsWith("PER")
                && e.contains(">CHL") && e.contains(" 11"))).hasSize(1);
    }

    @Test
    void condemningAnActTargetsItsDoerNotThePlaceItWasDoneTo() {
        // 11 (CAMEO.2.0.txt's CONDEMN patterns give 111 or 112): Peru condemns the Chilean troops whose attack it
        // names, not Tacna (its own town)
        assertThat(Fixtures.events("accusations", "condemned-doer"))
                .anyMatch(e -> e.startsWith("PER") && e.contains(">CHL") && e.contains(" 11"))
                .noneMatch(e -> e.startsWith("PER") && e.contains(">PER"));
    }

    @Test
    void callingAnActToldBeforeAProvocationAccusesItsDoer() {
        // 111: "the attack" refers back to the shelling the report told; its doer is the one denounced
        assertThat(Fixtures.events("accusations", "condemned-told"))
                .anyMatch(e -> e.startsWith("PER") && e.contains(">CHL") && e.contains(" 111 "));
    }

    @Test
    void aParticipleOfAccusingIsSaidByItsClausesSubject() {
        // 112 "Accuse, not specified below": the army that returned fire accuses Chile
        assertThat(Fixtures.events("accusations", "participle"))
                .anyMatch(e -> e.startsWith("PERMIL>CHL") && e.contains(" 112 "));
    }

    @Test
    void sayingAPartyBoreResponsibilityBlamesIt() {
        assertThat(Fixtures.events("accusations", "responsibility"))
                .anyMatch(e -> e.startsWith("PER") && e.contains(">CHL") && e.contains(" 112 "));
    }
}
