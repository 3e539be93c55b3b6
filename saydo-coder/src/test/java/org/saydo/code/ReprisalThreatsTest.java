package org.saydo.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A promised reply to an attack is a threat of force, on a hand-written parse ({@code conllu/reprisals.conllu}). */
class ReprisalThreatsTest {

    @Test
    void sayingItWouldRetaliateThreatensTheAttacker() {
        // 138 "Threaten with military force, not specified below", aimed at the party whose attack is answered;
        // the answered attack itself (190) is only a hypothetical one, by Chile on Peru
        assertThat(Fixtures.events("reprisals", "retaliate"))
                .containsExactlyInAnyOrder("PERGOV>CHLGOV 138 intent", "CHLMIL>PER 190 hypothetical");
    }
}
