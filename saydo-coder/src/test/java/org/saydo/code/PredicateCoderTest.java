package org.saydo.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.saydo.record.CodedDocument;
import org.saydo.record.DateBasis;
import org.saydo.record.Event;

/**
 * Verbs and their dictionary patterns on hand-written parses ({@code conllu/predicates.conllu}); codes checked
 * against the CAMEO manual 1.1b3.
 */
class PredicateCoderTest {

    @Test
    void anAccusationIsCodedFromSubjectToObject() {
        // CAMEO 112 "Accuse, not specified below": lying fits none of 1121-1125; a state named accuses, and is
        // accused, as its government (roles.txt)
        assertThat(Fixtures.events("predicates", "accuse")).containsExactly("PERGOV>CHLGOV 112 asserted");
    }

    @Test
    void aMeetingOfTwoPresidentsIsAConsultationBetweenTheirGovernments() {
        // root 04 "Consult"; the nationality adjective and "president" give the government actor
        assertThat(Fixtures.events("predicates", "meet")).containsExactly("URYGOV>BRAGOV 040 asserted");
    }

    @Test
    void anArrestTakesTheDayTheTextGives() {
        // 173 "Arrest, detain, or charge with legal action"; "on Monday" in a report of Wednesday 2019-04-10
        CodedDocument coded = Fixtures.code("predicates", "arrest-monday");
        assertThat(coded.events()).hasSize(1);
        Event e = coded.events().get(0);
        assertThat(e.source().code()).isEqualTo("NORCOP");
        assertThat(e.cameo()).isEqualTo("173");
        assertThat(e.date()).isEqualTo(LocalDate.of(2019, 4, 8));
        assertThat(e.dateBasis()).isEqualTo(DateBasis.TEXT);
        assertThat(e.provenance().trigger()).isEqualTo("arrested");
    }

    @Test
    void coordinatedSignatoriesSignWithEachOtherOnce() {
        // 057 "Sign formal agreement": an act of both parties, told once, from the party named first (corpus/README.md,
        // mutual acts); PETRARCH's suites, coded with the dictionary's own codes, get both ways
        assertThat(Fixtures.events("predicates", "sign-mutual")).containsExactly("CHLGOV>ARGGOV 057 asserted");
    }

    @Test
    void praiseOfAnAgreementBetweenTwoPartiesGoesToEach() {
        // 051 "Praise or endorse"; the possessor and head give Ecuador's government as the source
        assertThat(Fixtures.events("predicates", "praise-coordinated"))
                .containsExactlyInAnyOrder("ECUGOV>CHLGOV 051 asserted", "ECUGOV>ARGGOV 051 asserted");
    }

    // Saydo's verb additions (saydo.verbs.txt) for acts real reporting states that CAMEO.2.0.txt codes otherwise

    @Test
    void turningDownARequestIsARejection() {
        // 120 "Reject, not specified below"; the particle verb TURN_DOWN, the requester from the adjective; a country
        // that acts in diplomacy is its government
        assertThat(Fixtures.events("predicates", "turn-down-request")).containsExactly("CHLGOV>PER 120 asserted");
    }

    @Test
    void orderingDiplomatsOutCutsRelations() {
        // 161 "Reduce or break diplomatic relations", not ORDER's 100 (demand); diplomats stand for the government
        assertThat(Fixtures.events("predicates", "order-diplomats-out")).containsExactly("ESPGOV>VENGOV 161 asserted");
    }

    @Test
    void haltingOnesParticipationInADealReducesRelations() {
        // 160 "Reduce relations, not specified below"; no party named but the subject
        assertThat(Fixtures.events("predicates", "suspend-participation")).containsExactly("ERIGOV>- 160 asserted");
    }

    @Test
    void welcomingARulingIsAccordWelcomingAPersonIsPraise() {
        // 019 "Express accord" with an act or position; 051 "Praise or endorse" for a person
        assertThat(Fixtures.events("predicates", "welcome-ruling")).containsExactly("PAKGOV>- 019 asserted");
        assertThat(Fixtures.events("predicates", "welcome-president")).containsExactly("PAKGOV>CHNGOV 051 asserted");
    }

    @Test
    void takingAPlaceIsOccupyingTerritoryAndTakingAThingIsSeizingIt() {
        // CAMEO 192 "Occupy territory" for a city seized (Lima is Peru's); 171 "Seize or damage property" for ships;
        // both dated 1881, long before publication: background
        assertThat(Fixtures.events("predicates", "seize-place")).containsExactly("CHL>PER 192 background");
        assertThat(Fixtures.events("predicates", "seize-thing")).singleElement().asString().startsWith("CHL>PER 17")
                .doesNotContain(" 192 ");
        assertThat(Fixtures.events("predicates", "seizure-place")).containsExactly("CHL>PER 192 background");
    }
}
