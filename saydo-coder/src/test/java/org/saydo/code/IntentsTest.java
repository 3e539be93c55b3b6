package org.saydo.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Intents told without a verb of promising, on hand-written parses ({@code conllu/intents.conllu}): readiness to
 * cooperate, an act its own side's speaker foretells after the clause, and a plan another side ascribes.
 */
class IntentsTest {

    @Test
    void readinessToHoldTalksIsAnIntentToNegotiate() {
        // CAMEO 036 "Express intent to meet or negotiate" (03: "indicate willingness or commitment to cooperate"),
        // not 046 "Engage in negotiation": the talks have not been held
        assertThat(Fixtures.events("intents", "ready"))
                .anyMatch(e -> e.startsWith("CHLGOV>PER") && e.endsWith(" 036 intent"))
                .noneMatch(e -> e.split(" ")[1].startsWith("04"));
    }

    @Test
    void notReadyToHoldTalksIsNoIntent() {
        assertThat(Fixtures.events("intents", "not-ready")).noneMatch(e -> e.split(" ")[1].startsWith("03"));
    }

    @Test
    void anActForetoldByItsOwnSideAfterTheClauseIsAnIntent() {
        // CAMEO 031 "Express intent to engage in material cooperation": Chile's government foretells Chile's supply
        assertThat(Fixtures.events("intents", "foretold"))
                .anyMatch(e -> e.startsWith("CHLGOV>PER") && e.endsWith(" 031 intent"))
                .noneMatch(e -> e.split(" ")[1].startsWith("06"));
    }

    @Test
    void anActForetoldByAnotherSideStaysAForecast() {
        // Bolivia says what Chile will do: no intent of Chile's (03) that Chile made
        assertThat(Fixtures.events("intents", "foretold-by-other")).noneMatch(e -> e.split(" ")[1].startsWith("03"));
    }

    @Test
    void aPlanToldByTheOtherSideIsNoThreatButThePlannedAct() {
        // Peru tells what Chile intended: no threat Chile made (13), but Chile's attack (190), intended
        assertThat(Fixtures.events("intents", "ascribed")).noneMatch(e -> e.split(" ")[1].startsWith("13"))
                .anyMatch(e -> e.startsWith("CHL") && e.contains(" 190 ") && e.endsWith(" intent"));
    }

    @Test
    void aPlanToldByItsOwnSideIsAThreat() {
        // CAMEO 138 "Threaten with military force" (CAMEO.2.0.txt: PLAN * ATTACK [138]): Chile says it intends to
        // attack Peru's villages
        assertThat(Fixtures.events("intents", "own-plan"))
                .anyMatch(e -> e.startsWith("CHL") && e.contains(">PER") && e.split(" ")[1].startsWith("138"));
    }
}
