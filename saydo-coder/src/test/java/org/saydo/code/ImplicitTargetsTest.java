package org.saydo.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Whom an act is done to when the text names a population or a body by a short name, or a third party brokers it
 * ({@link ImplicitTargets}, {@code targets.txt} {@code population}, {@code both}, {@code partner} and {@code venue},
 * {@code definites.txt} {@code named}, {@link Syntax#reducedPassive}) on hand-written parses
 * ({@code conllu/sides.conllu}); codes
 * checked against the CAMEO manual 1.1b3 (020 "Make an appeal or request, not specified below" for "urged X to",
 * 045 "Mediate" for "brokered").
 */
class ImplicitTargetsTest {

    @Test
    void anAppealToAPopulationOfNoPlaceIsToTheSpeakersOwnCivilians() {
        // "Chile attacked Peru. Chile's army urged civilians to leave.": the army's own people, not the other side
        // that an appeal with no addressee would get
        assertThat(Fixtures.events("sides", "population-own")).contains("CHLMIL>CHLCVL 020 asserted")
                .noneMatch(e -> e.startsWith("CHLMIL>PER 02"));
    }

    @Test
    void anAppealToAPopulationIsToThePlaceTheSentenceNames() {
        // "In Peru, Chile's army urged residents to leave.": the residents of Peru
        assertThat(Fixtures.events("sides", "population-place")).contains("CHLMIL>PERCVL 020 asserted")
                .noneMatch(e -> e.startsWith("CHLMIL>CHLCVL"));
    }

    @Test
    void theCouncilIsTheCouncilNamedBefore() {
        // "Peru addressed the UN Security Council. Peru urged the council to act.": the UN, not Bolivia (the other
        // side of the report's war)
        assertThat(Fixtures.events("sides", "the-council")).anyMatch(e -> e.matches("PER\\w*>IGOUNO 020 asserted"))
                .noneMatch(e -> e.matches("PER\\w*>BOL\\w* 020 .*"));
    }

    @Test
    void aBodyNeverNamedGetsNoImplicitTarget() {
        // "Peru urged the council to act." with no council named before: an appeal to no party, not to Bolivia
        assertThat(Fixtures.events("sides", "council-unnamed")).anyMatch(e -> e.matches("PER\\w*>- 020 asserted"))
                .noneMatch(e -> e.matches("PER\\w*>BOL\\w* 020 .*"));
    }

    @Test
    void aTruceBrokeredByAThirdPartyIsItsMediationWithBothSides() {
        // "A ceasefire brokered by Brazil came into force.", which the parser reads as a clause of its own (csubj):
        // the participle with "by" is a passive, and 045 "Mediate" with no one named is done to both sides
        // (targets.txt both)
        assertThat(Fixtures.events("sides", "broker-csubj")).anyMatch(e -> e.matches("BRA\\w*>BOL\\w* 045 \\w+"))
                .anyMatch(e -> e.matches("BRA\\w*>PER\\w* 045 \\w+"));
    }

    @Test
    void thePartiesAreTheSidesOfTheReportsWar() {
        // "Bolivia attacked Peru. Brazil urged the parties to talk.": an appeal to each side (sides.txt definite)
        assertThat(Fixtures.events("sides", "the-parties")).anyMatch(e -> e.matches("BRA\\w*>BOL\\w* 020 asserted"))
                .anyMatch(e -> e.matches("BRA\\w*>PER\\w* 020 asserted"));
    }

    @Test
    void theOppositionPartiesAreNotTheSides() {
        // "Brazil urged the opposition parties to talk.": parties of someone's politics, not the sides at war; the
        // appeal's addressee is no actor (with none, the other-side rule has no side for Brazil either)
        assertThat(Fixtures.events("sides", "the-opposition-parties"))
                .noneMatch(e -> e.matches("BRA\\w*>(BOL|PER)\\w* 020 .*"));
    }

    @Test
    void aThirdPartysCooperationWithNoPartnerNamedIsNotCoded() {
        // "Bolivia attacked Peru. Brazil agreed.": 050 "Engage in diplomatic cooperation" needs a partner; Brazil is
        // neither side, so no side is its partner (targets.txt partner)
        assertThat(Fixtures.events("sides", "partner-third")).noneMatch(e -> e.startsWith("BRA"));
    }

    @Test
    void aSidesCooperationIsNotWithTheEnemyItOnlyFights() {
        // "Bolivia attacked Peru. Peru agreed.": in a report of the two fighting and nothing else, Peru's agreement
        // names no partner, and the side that attacked it is none (targets.txt dealings)
        assertThat(Fixtures.events("sides", "partner-side")).noneMatch(e -> e.matches("PER\\w*>BOL\\w* 05\\d* .*"));
    }

    @Test
    void aSidesCooperationIsWithTheOtherSideInAReportOfTheirDealings() {
        // "Bolivia attacked Peru. Peru met Bolivia. Peru agreed.": the two sides meet (040, both named), so Peru's
        // agreement is with Bolivia (targets.txt takes, dealings)
        assertThat(Fixtures.events("sides", "partner-dealings"))
                .anyMatch(e -> e.matches("PER\\w*>BOL\\w* 050 asserted"));
    }

    @Test
    void thePlaceAnAgreementIsSignedInIsNotItsPartner() {
        // "Bolivia and Peru signed an agreement in Chile.": 057 "Sign formal agreement" between the two signers, told
        // once from the first named (corpus/README.md, mutual acts); Chile is where, not with whom (targets.txt venue)
        assertThat(Fixtures.events("sides", "venue-coordinated")).containsExactly("BOLGOV>PERGOV 057 asserted")
                .noneMatch(e -> e.contains("CHL")).noneMatch(e -> e.startsWith("PER>BOL"));
    }

    @Test
    void aPartnerNamedBesideThePlaceStays() {
        // "Bolivia signed an agreement with Peru in Chile.": with Peru, in Chile
        assertThat(Fixtures.events("sides", "venue-partner")).anyMatch(e -> e.matches("BOL\\w*>PER\\w* 057 asserted"))
                .noneMatch(e -> e.contains("CHL"));
    }

    @Test
    void aPartyNamedByItsPlaceIsNoVenue() {
        // "Activists in Chile welcomed talks with Peru.": the activists are Chile's (an opposition agent); "in Chile"
        // does not say where the welcoming was done, and 051 "Praise or endorse" keeps its source
        assertThat(Fixtures.events("sides", "venue-subject")).contains("CHLOPP>PERGOV 051 asserted");
    }

    @Test
    void anAppealToNoOneNamedByAThirdPartyIsNoEvent() {
        // "Bolivia attacked Peru. Chile called for calm.": CALL * (FOR) [020] names no one the appeal is made to, and
        // Chile is neither side, so no target is filled in: a call made to no one is no appeal (020 needs an addressee)
        assertThat(Fixtures.events("sides", "calm-third-party")).noneMatch(e -> e.matches("CHL\\w*>\\S+ 02\\d* .*"));
    }

    @Test
    void aSidesAppealToNoOneNamedIsToTheOtherSide() {
        // "Bolivia attacked Peru. Peru called for calm.": a side's appeal is made to the other side (targets.txt takes)
        assertThat(Fixtures.events("sides", "calm-side")).anyMatch(e -> e.matches("PER\\w*>BOL\\w* 02\\d* asserted"));
    }

    @Test
    void anUnfilledEntryIsADictionaryEntryName() {
        // targets.txt unfilled names entries as coding rules do ("CAMEO.2.0.txt:7106 NEED [100]"): a lower-case
        // lemma or a CAMEO code there is a mistake, reported with its line
        java.util.Set<String> kinds = java.util.Set.of("takes", "parties", "both", "reproach", "sympathy",
                "population", "partner", "dealings", "venue", "other", "fights", "addressed", "ground", "needs",
                "unfilled");
        assertThatThrownBy(() -> ImplicitTargets.of(CueFile.read("targets.txt",
                new java.io.StringReader("takes 10\nunfilled need\n"), kinds)))
                .hasMessageContaining("need").hasMessageContaining("2");
        assertThatThrownBy(() -> ImplicitTargets.of(CueFile.read("targets.txt",
                new java.io.StringReader("unfilled 100\n"), kinds))).hasMessageContaining("100");
    }
}
