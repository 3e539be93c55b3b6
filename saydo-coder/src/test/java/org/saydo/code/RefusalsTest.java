package org.saydo.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.saydo.record.Event;

/**
 * Negated acts that say no, and talks called off with no agent ({@link Refusals}), on hand-written parses
 * ({@code conllu/refusals.conllu}); codes checked against the CAMEO manual 1.1b3.
 */
class RefusalsTest {

    @Test
    void aPartysOwnWithdrawalItWillNotMakeIsARefusalToYield() {
        // withdraw troops (0874, retreat) refused: 1246 "Refuse to de-escalate military engagement"; the
        // refusal is stated, not a future act
        assertThat(Fixtures.events("refusals", "will-not-withdraw")).containsExactly("RUSGOV>GEOGOV 1246 asserted");
        Event e = Fixtures.code("refusals", "will-not-withdraw").events().get(0);
        assertThat(e.provenance().rule()).startsWith("refusal 1246 = not 0874");
    }

    @Test
    void aWithdrawalThatDidNotHappenIsNoRefusal() {
        assertThat(Fixtures.events("refusals", "did-not-withdraw")).noneMatch(e -> e.contains(" 12"));
    }

    @Test
    void negotiationsOneWillNotHoldAreRefusedByTheSubjectAlone() {
        // the mutual act's other direction (Kosovo negotiating with Serbia) is nobody's refusal; negotiating with a
        // party is negotiation (046, saydo.verbs.txt SAYDO_NEGOTIATE_WITH), so its refusal is 125 "Reject proposal
        // to meet, discuss, or negotiate"
        assertThat(Fixtures.events("refusals", "will-not-negotiate")).containsExactly("SRBGOV>KSVGOV 125 asserted");
    }

    @Test
    void aRefusalUnderAConditionIsNotCoded() {
        assertThat(Fixtures.events("refusals", "if-not-negotiate")).noneMatch(e -> e.contains(" 12"));
    }

    @Test
    void notRecognisingIsARejection() {
        // 120 "Reject, not specified below"; the border is Chile's
        assertThat(Fixtures.events("refusals", "not-recognise")).containsExactly("BOLGOV>CHL 120 asserted");
    }

    @Test
    void noLongerBoundByAnAgreementReducesRelationsWithItsOtherParty() {
        // 160 "Reduce relations, not specified below"; Peru says it of itself: done by the saying (asserted)
        assertThat(Fixtures.events("refusals", "no-longer-bound")).containsExactly("PERGOV>CHLGOV 160 asserted");
    }

    @Test
    void talksCalledOffAreHaltedOnceFromTheFirstParty() {
        // 164 "Halt negotiations"; who called them off is not told
        assertThat(Fixtures.events("refusals", "called-off")).containsExactly("PERGOV>CHLGOV 164 asserted");
    }

    @Test
    void noTalksUntilSaidByAPartyIsItsRefusalToNegotiate() {
        // 125 "Reject proposal to meet, discuss, or negotiate"; the saying is the refusal, not a comment declined
        assertThat(Fixtures.events("refusals", "no-talks-said")).containsExactly("MLIMIL>- 125 reported");
    }

    @Test
    void noTalksSaidWithTheParsersSubjectReadingIsTheSpeakersRefusal() {
        // CoreNLP reads "Mali said there would be no talks" with "said" the subject of "talks": the sayer still
        // refuses talks with the "with" party (125)
        assertThat(Fixtures.events("refusals", "no-talks-said-subject")).containsExactly("MLIGOV>NERGOV 125 asserted");
    }

    @Test
    void refusingToStopAttacksRefusesToDeEscalate() {
        // 1246 "Refuse to de-escalate military engagement": the act refused is contents.txt's "stop attack" (087);
        // the attacks are what is refused, not an attack of their own, and Kosovo (their target) the target
        assertThat(Fixtures.events("refusals", "refused-to-stop-attacks")).containsExactly("SRBGOV>KSVGOV 1246 asserted");
    }

    @Test
    void anOffensiveItWillNotHaltIsARefusalButOneItDidNotHaltIsNot() {
        assertThat(Fixtures.events("refusals", "would-not-halt-offensive")).contains("AZEGOV>- 1246 asserted");
        assertThat(Fixtures.events("refusals", "did-not-halt-offensive")).noneMatch(e -> e.contains(" 12"));
    }

    @Test
    void noTalksToldByTheTextIsAFactNotARefusal() {
        assertThat(Fixtures.events("refusals", "no-talks-fact")).noneMatch(e -> e.contains(" 12"));
    }

    @Test
    void refusingToRecogniseIsARejectionByTheRefuser() {
        // 120 "Reject, not specified below", triggered by "refused"; the claim is Chile's
        assertThat(Fixtures.events("refusals", "refused-to-recognise")).containsExactly("BOLGOV>CHL 120 asserted");
        Event e = Fixtures.code("refusals", "refused-to-recognise").events().get(0);
        assertThat(e.provenance().trigger()).isEqualTo("refused ... recognise");
    }

    @Test
    void anOrganisationLeftIsAReductionOfRelationsWithItNotARetreat() {
        // 160 "Reduce relations, not specified below": leaving a bloc ends a membership; 0874 (retreat) is for forces
        // that leave a place
        assertThat(Fixtures.events("refusals", "left-organisation"))
                .anyMatch(e -> e.startsWith("MLIGOV>IGO") && e.endsWith(" 160 asserted"))
                .noneMatch(e -> e.contains(" 08"));
        Event e = Fixtures.code("refusals", "left-organisation").events().get(0);
        assertThat(e.provenance().rule()).startsWith("organisation left 160 = ");
    }

    @Test
    void forcesThatLeaveACountryStillRetreat() {
        assertThat(Fixtures.events("refusals", "left-place")).noneMatch(e -> e.contains(" 16"));
    }

    @Test
    void talksThatCollapseAreHaltedOnceFromTheFirstParty() {
        // 164 "Halt negotiations": "failed negotiations ... as well as other disruptions"
        assertThat(Fixtures.events("refusals", "talks-collapsed")).containsExactly("PERGOV>CHLGOV 164 asserted");
    }

    @Test
    void talksThatEndAreNotHalted() {
        assertThat(Fixtures.events("refusals", "talks-ended")).noneMatch(e -> e.contains(" 16"));
    }

    @Test
    void aPactOneStopsObservingReducesRelationsWithItsOtherParty() {
        // 160 "Reduce relations, not specified below": stopping is the negation of keeping the pact, told as done
        assertThat(Fixtures.events("refusals", "stopped-observing")).containsExactly("PERGOV>CHLGOV 160 asserted");
    }

    @Test
    void talksAPartyWillNotAttendAreItsRefusalToNegotiate() {
        // 125 "Reject proposal to meet, discuss, or negotiate", whatever the verb ("attend" codes nothing of its own
        // with talks); the talks' own nominal event is replaced
        assertThat(Fixtures.events("refusals", "will-not-attend-talks")).containsExactly("KSVGOV>SRBGOV 125 asserted");
    }

    @Test
    void talksAPartyDidNotAttendAreNoRefusal() {
        assertThat(Fixtures.events("refusals", "did-not-attend-talks")).noneMatch(e -> e.contains(" 12"));
    }
}
