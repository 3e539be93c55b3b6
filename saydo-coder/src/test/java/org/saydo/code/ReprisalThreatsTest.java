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

    @Test
    void anOrderToRetaliateIsTheOrderersThreatNotADemandOnItsArmy() {
        // 138 "Threaten with military force": Peru orders its own army (the same side) to strike back at Chile; the
        // order is no demand (10) made of Peru's army
        assertThat(Fixtures.events("reprisals", "ordered")).contains("PERGOV>CHLGOV 138 intent")
                .noneMatch(e -> e.split(" ")[1].startsWith("10"));
    }

    @Test
    void aRightToRespondToldByTheSideIsAThreat() {
        // 138: "said it had every right to respond to Chile" foretells Peru's reprisal as "would respond" does
        assertThat(Fixtures.events("reprisals", "right")).containsExactly("PERGOV>CHLGOV 138 intent");
    }

    @Test
    void vowingAnAnswerOfForceThreatensTheOneItAnswers() {
        // 138 "Threaten with military force": a swift response vowed to any attack by Chile is Peru's threat at
        // Chile; the attack answered is any attack, none that happened (hypothetical)
        assertThat(Fixtures.events("reprisals", "vowed-response")).contains("PERGOV>CHLGOV 138 intent")
                .anyMatch(e -> e.startsWith("CHL") && e.contains(" 190 ") && e.endsWith(" hypothetical"))
                .noneMatch(e -> e.contains(" 190 ") && e.endsWith(" asserted"));
    }

    @Test
    void promisingAReplyOfNoForceIsNoThreat() {
        assertThat(Fixtures.events("reprisals", "promised-reply")).noneMatch(e -> e.split(" ")[1].startsWith("13"));
    }
}
