package org.saydo.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Whether an act happened, on hand-written parses ({@code conllu/modality.conllu}); codes checked against the
 * CAMEO manual 1.1b3.
 */
class ModalityRulesTest {

    @Test
    void notMakesTheAttackNegated() {
        // 190 "Use conventional military force"; the armed forces of each side
        assertThat(Fixtures.events("modality", "not-attack")).containsExactly("CHLMIL>PERMIL 190 negated");
    }

    @Test
    void willMakesTheAidAnIntent() {
        // 073 "Provide humanitarian aid", not yet given
        assertThat(Fixtures.events("modality", "will-send")).containsExactly("ECUGOV>PER 073 intent");
    }

    @Test
    void mayMakesTheSanctionsHypothetical() {
        // 163 "Impose embargo, boycott, or sanctions"
        assertThat(Fixtures.events("modality", "may-impose")).containsExactly("ARGGOV>CHLGOV 163 hypothetical");
    }

    @Test
    void whatADenialEmbedsIsNegated() {
        // 190 again: the soldiers (its = Colombia's) against Venezuelan civilians' villages, denied by Colombia;
        // the denial itself is 016 "Deny responsibility" toward the party the denied deed was done to (Accusations)
        assertThat(Fixtures.events("modality", "denied"))
                .containsExactlyInAnyOrder("COLMIL>VENCVL 190 negated", "COLGOV>VENCVL 016 asserted");
    }

    @Test
    void whatWitnessesTellIsReported() {
        // 190 "Use conventional military force", told by witnesses of no known party: reported, with no reporter
        assertThat(Fixtures.events("modality", "according-witnesses"))
                .anyMatch(e -> e.startsWith("CHLMIL>PER") && e.endsWith(" 190 reported"));
    }

    @Test
    void whatAPlanSaysIsNoReport() {
        assertThat(Fixtures.events("modality", "according-plan"))
                .anyMatch(e -> e.startsWith("CHLMIL>PER") && e.endsWith(" 190 asserted"))
                .noneMatch(e -> e.endsWith(" reported"));
    }

    @Test
    void anAttackNamedInWhatASpeakerSaysIsReported() {
        // 190 "Use conventional military force" by Peru (its military: an attack is done by arms) on Chilean troops: "a response to Peru's attack" in what
        // Chile says is Chile's account; the same phrase told by the report itself is asserted
        assertThat(Fixtures.events("modality", "response-to-attack")).contains("PERMIL>CHLMIL 190 reported");
        assertThat(Fixtures.events("modality", "response-to-attack-told")).contains("PERMIL>CHLMIL 190 asserted");
    }
}
