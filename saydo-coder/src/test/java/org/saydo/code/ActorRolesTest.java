package org.saydo.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.saydo.dict.DictionaryFormatException;

/**
 * The roles of actors in emitted codes ({@code roles.txt}): one role after a country, and the role a state named by
 * its name, its capital or a pronoun acts through; on hand-written parses ({@code conllu/actors.conllu}), codes
 * checked against the CAMEO manual 1.1b3 and its actor codebook.
 */
class ActorRolesTest {

    @ParameterizedTest
    @CsvSource({
        "RUSGOVUAF, RUSUAF", // an agent applied to a government: the head noun's role, applied last
        "RUSGOVMIL, RUSGOVMIL", // a defence ministry: a compound role Phoenix writes as one
        "RUSMILGOVMIL, RUSGOVMIL",
        "PSEREBHMS, PSEREBHMS", // Hamas: a known group after its role
        "PSEREBHMSUAF, PSEREBHMS", // "Hamas gunmen"
        "SDNREBUAF, SDNREB", // "RSF fighters": the group's role before any other
        "RUSGOV, RUSGOV",
        "RUS, RUS",
        "IGOUNODEVWBK, IGOUNODEVWBK", // an organisation keeps its code
        "USAXYZABC, USAXYZABC", // no role known: as the dictionary gave it
    })
    void aCodeKeepsItsCountryAndOneRole(String code, String expected) {
        assertThat(ActorRoles.defaults().oneRole(code)).isEqualTo(expected);
    }

    @Test
    void aNamedStateSpeaksThroughItsGovernmentAndFightsThroughItsForces() {
        ActorRoles roles = ActorRoles.defaults();
        assertThat(roles.roleOf("112", true)).isEqualTo("GOV"); // accuse
        assertThat(roles.roleOf("1041", true)).isEqualTo("GOV"); // demand leadership change
        assertThat(roles.roleOf("195", true)).isEqualTo("MIL"); // employ aerial weapons
        assertThat(roles.roleOf("192", true)).isNull(); // occupy territory: a government's or an army's
        assertThat(roles.roleOf("173", true)).isNull(); // arrest: police, militias, courts
        assertThat(roles.roleOf("112", false)).isEqualTo("GOV");
        assertThat(roles.roleOf("190", false)).isNull(); // the country attacked is the country
    }

    @Test
    void theStateAPronounStandsForActsThroughTheRoleItsActCallsFor() {
        // 190 "Use conventional military force", then 112 "Accuse": "It" is Chile, which fights through its
        // forces and accuses through its government; Peru is attacked as a country and accused as a government
        assertThat(Fixtures.events("actors", "attack-then-accuse"))
                .containsExactly("CHLMIL>PER 190 asserted", "CHLGOV>PERGOV 112 asserted");
    }

    @Test
    void aCapitalStandsForItsGovernment() {
        assertThat(Fixtures.events("actors", "capital-rejects")).containsExactly("PERGOV>CHLGOV 112 asserted");
    }

    @Test
    void aCountrysPeopleAreNotItsGovernment() {
        assertThat(Fixtures.events("actors", "people-accuse")).containsExactly("PER>CHLGOV 112 asserted");
    }

    @Test
    void aGroupsFightersKeepTheGroupsRole() {
        // the Houthis are YEMREB; Phoenix gives FIGHTER UAF and Saydo MIL, neither of which a group's fighter takes
        assertThat(Fixtures.events("actors", "group-fighters")).containsExactly("YEMREB>SAU 190 asserted");
    }

    @Test
    void aBadLineNamesFileAndLine() {
        assertThatThrownBy(() -> ActorRoles.of(CueFile.read("roles.txt",
                new StringReader("group REB\nsource GOV 01 1x\n"), Set.of("group", "role", "compound", "source", "target"))))
                .isInstanceOf(DictionaryFormatException.class)
                .hasMessageContaining("roles.txt").hasMessageContaining("2").hasMessageContaining("1x");
        assertThatThrownBy(() -> ActorRoles.of(CueFile.read("roles.txt",
                new StringReader("source GOV 01\nsource MIL 01\n"), Set.of("group", "role", "compound", "source", "target"))))
                .isInstanceOf(DictionaryFormatException.class).hasMessageContaining("twice");
    }
}
