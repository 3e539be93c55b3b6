package org.saydo.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saydo.dict.DictionaryFormatException;
import org.saydo.record.Event;

/**
 * Force told without its agent ({@code conllu/deeds.conllu}, {@code deeds.txt}): codes checked against the CAMEO
 * manual 1.1b3 (190 "Use conventional military force, not specified below", 194 "Fight with artillery and tanks",
 * 195 "Employ aerial weapons"). In each document Chile first attacks Peru (190, named), so that the report's two
 * sides are Chile and Peru and one uses force on the other.
 */
class ImplicitSourcesTest {

    /** The events of a fixture document that the implicit source gave their source. */
    private static List<String> implicit(String doc) {
        return Fixtures.code("deeds", doc).events().stream()
                .filter(e -> e.provenance().rule().endsWith(ImplicitSources.RULE)).map(Fixtures::brief).toList();
    }

    @Test
    void aSchoolHitWithNoAgentToldWasHitByTheOtherSide() {
        // the school is in Peru, one of the sides: the other side, Chile, hit it, through its forces; a school in
        // Peru is Peru's education sector (Phoenix.agents.txt SCHOOL [~EDU])
        assertThat(implicit("passive-no-agent")).containsExactly("CHLMIL>PEREDU 190 asserted");
        Event e = Fixtures.code("deeds", "passive-no-agent").events().get(1);
        assertThat(e.provenance().sentence()).isEqualTo(1);
        assertThat(e.provenance().trigger()).isEqualTo("hit");
    }

    @Test
    void anAgentToldByByIsNoImplicitSource() {
        // "hit by a storm": whoever or whatever the agent is, it is told, and a storm is no party
        assertThat(Fixtures.events("deeds", "passive-by-agent")).containsExactly("CHLMIL>PER 190 asserted");
    }

    @Test
    void aMissileWithNoCountryStrikesForTheOtherSideAsAnAerialAttack() {
        // "&WEAPON *" is the dictionary's gun battle (193, both ways); a missile as the subject is one side's
        // aerial weapon: 195, one way
        assertThat(implicit("weapon-subject")).containsExactly("CHLMIL>PEREDU 195 asserted");
        assertThat(Fixtures.events("deeds", "weapon-subject")).doesNotContain("PEREDU>CHLMIL 195 asserted",
                "PEREDU>CHLMIL 193 asserted");
    }

    @Test
    void shellsThatFallOnASchoolAreArtilleryFire() {
        // saydo.verbs.txt SAYDO_IMPACT: "&SAYDO_ORDNANCE * (ON +)"; shells are artillery (194)
        assertThat(implicit("ordnance-falls")).containsExactly("CHLMIL>PEREDU 194 asserted");
    }

    @Test
    void withoutTwoSidesThatFightNoSourceIsGuessed() {
        // praise is no fighting: Chile is not the one who hit the school
        assertThat(Fixtures.events("deeds", "no-fight")).containsExactly("CHLGOV>PERGOV 051 asserted");
    }

    @Test
    void whatIsNoThingForceIsDoneToIsNotAnAttack() {
        // "the economy was hit" is no strike, whoever the report's sides are
        assertThat(Fixtures.events("deeds", "not-a-thing")).containsExactly("CHLMIL>PER 190 asserted");
    }

    @Test
    void inACivilWarThePlacesCountryIsBothSides() {
        // Peru and Peruvian rebels: a school in Peru may have been hit by either
        assertThat(Fixtures.events("deeds", "civil-war")).containsExactly("PERMIL>PERREB 190 asserted");
    }

    @Test
    void theThingHitGivesTheTargetsRole() {
        // a base is the country's forces (MIL), a house its civilians (CVL; corpus/README.md's annotators code a
        // strike on homes so)
        assertThat(implicit("base-and-house")).containsExactly("CHLMIL>PERMIL 190 asserted",
                "CHLMIL>PERCVL 194 asserted");
    }

    @Test
    void aWeaponNeedsARootNineteenCode() {
        CueFile file = CueFile.read("deeds-test.txt", new StringReader("weapon 120 missile\n"),
                Set.of("weapon", "object"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ImplicitSources.of(file))
                .isInstanceOf(DictionaryFormatException.class).hasMessageContaining("deeds-test.txt")
                .hasMessageContaining("weapon 120 missile");
    }
}
