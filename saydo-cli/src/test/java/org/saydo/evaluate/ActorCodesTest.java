package org.saydo.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The primary-code rule by which evaluation compares actors. */
class ActorCodesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "RUSMIL, RUS",
        "RUSGOV, RUS",
        "RUS, RUS",
        "PSEREB, PSEREB",
        "PSEREBMIL, PSEREB",
        "SDNREB, SDNREB",
        "VENOPP, VENOPP",
        "IRQINS, IRQINS",
        "UKRGOVMIL, UKR",
        "IGOUNOIAE, IGOUNO",
        "IGOWSTNAT, IGOWST",
        "NGOHRW, NGOHRW",
        "MNC, MNC",
        "US, US",
    })
    void primaryCodeKeepsTheCountryAndANonStateRoleOrSixLettersOfAnOrganisation(String code, String primary) {
        assertThat(ActorCodes.primary(code)).isEqualTo(primary);
    }

    @Test
    void hamasIsNotPalestineAndANullTargetMatchesOnlyNull() {
        assertThat(ActorCodes.samePrimary("PSEREB", "PSE")).isFalse();
        assertThat(ActorCodes.samePrimary("RUSMIL", "RUSGOV")).isTrue();
        assertThat(ActorCodes.samePrimary(null, null)).isTrue();
        assertThat(ActorCodes.samePrimary("UKR", null)).isFalse();
        assertThat(ActorCodes.samePrimary(null, "UKR")).isFalse();
    }
}
