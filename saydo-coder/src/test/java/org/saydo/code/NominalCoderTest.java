package org.saydo.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saydo.record.Event;
import org.saydo.record.Modality;

/**
 * Events carried by nouns on hand-written parses ({@code conllu/nominals.conllu}); codes checked against the CAMEO
 * manual 1.1b3.
 */
class NominalCoderTest {

    @Test
    void anXLedAssaultIsTheLeadersAct() {
        // 190 "Use conventional military force, not specified below": an assault with no weapon named; "Chilean-led"
        // names who did it (nominals.txt leader), "on Peru" whom
        assertThat(Fixtures.events("nominals", "led")).containsExactly("CHL>PER 190 asserted");
    }

    @Test
    void aCeasefireThatTakesEffectIsATruceBetweenTheReportsSides() {
        // 0871 "Declare truce, ceasefire": the subject of "took effect" (nominals.txt onset) names no party, so it is
        // between the two sides the report's fighting has (Chile's troops and Peru), on the Monday the text gives
        List<Event> truces = Fixtures.code("nominals", "onset").events().stream()
                .filter(e -> e.cameo().equals("0871")).toList();
        assertThat(truces).hasSize(1);
        Event truce = truces.get(0);
        assertThat(truce.source().code()).startsWith("CHL");
        assertThat(truce.target().code()).startsWith("PER");
        assertThat(truce.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(truce.date()).isEqualTo(LocalDate.of(2019, 4, 8));
        assertThat(truce.provenance().rule()).contains("onset");
    }

    @Test
    void aTruceOnlyTalkedAboutIsNoAct() {
        // "Diplomats discussed the truce": the noun is the object of a verb of speech, no onset, no party
        assertThat(Fixtures.events("nominals", "talked")).containsExactly("CHLMIL>PERMIL 190 asserted");
    }

    @Test
    void theSubjectOfARelativeClauseOnTheBlockadeImposesIt() {
        // 191 "Impose blockade, restrict movement"; "the blockade" is a standing state (background.txt noun);
        // "which Chile has enforced" names who imposes it, whether the clause hangs on the noun or on its "of"
        // phrase (a verb of holding a state: background.txt state)
        for (String doc : List.of("relative", "relative-of")) {
            List<Event> blockades = Fixtures.code("nominals", doc).events().stream()
                    .filter(e -> e.cameo().equals("191")).toList();
            assertThat(blockades).as(doc).hasSize(1);
            assertThat(blockades.get(0).source().code()).as(doc).startsWith("CHL");
            assertThat(blockades.get(0).target().code()).as(doc).isEqualTo("BOL");
            assertThat(blockades.get(0).modality()).as(doc).isEqualTo(Modality.BACKGROUND);
        }
    }

    @Test
    void aConflictBetweenTheArmyAndAStateIsFoughtByBoth() {
        // 190 "Use conventional military force", a mutual act ("@mutual", as war): "the army" is the Peruvian army
        // named before, Chile acts through its army (roles.txt); the conflict began in 2016, long before the report:
        // background, dated 2016
        List<Event> conflict = Fixtures.code("nominals", "war-between").events().stream()
                .filter(e -> e.provenance().trigger().equals("conflict")).toList();
        assertThat(conflict).extracting(Fixtures::brief)
                .containsExactlyInAnyOrder("PERMIL>CHL 190 background", "CHLMIL>PERMIL 190 background");
        assertThat(conflict).allSatisfy(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2016, 1, 1)));
    }

    // background11 (issue 10)

    /** The events of the "told" document whose trigger is this word. */
    private static List<Event> told(String trigger) {
        return Fixtures.code("nominals", "told").events().stream()
                .filter(e -> e.provenance().trigger().equals(trigger)).toList();
    }

    @Test
    void aWarThatBrokeOutYearsAgoIsABackgroundFightBetweenTheSides() {
        // 190 "Use conventional military force": "that broke out in 2016" (nominals.txt onset, in a relative clause
        // whose subject is the relative pronoun) tells the war, which names no party: the report's sides (Chile's
        // troops shelled Peru); 2016 ended long before the report: background, dated 2016
        assertThat(told("war")).extracting(Fixtures::brief).containsExactly("CHLMIL>PERMIL 190 background");
        assertThat(told("war").get(0).date()).isEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(told("war").get(0).provenance().rule()).contains("onset");
    }

    @Test
    void fightingThatHasKilledSinceMarchIsABackgroundFight() {
        // 190: "has killed" (nominals.txt toll) tells the fighting real; "since March" anchors it in the past
        // (background.txt anchor), dated from its phrase
        assertThat(told("fighting")).extracting(Fixtures::brief).containsExactly("CHLMIL>PERMIL 190 background");
        assertThat(told("fighting").get(0).date()).isEqualTo(LocalDate.of(2019, 3, 1));
    }

    @Test
    void anAccordSignedInAnEarlierYearIsAnAgreementBetweenTheSidesAndADraftTreatyIsNone() {
        // 057 "Sign formal agreement": "the accord was signed in 2012" (onset sign, saydo.nouns.txt @told), between
        // the report's sides (Peru signs as its government: roles.txt), background dated 2012; "the draft treaty
        // between Chile and Peru" is a text nobody signed: no 057 though it names its parties
        // (fight24: the report's sides come from "shelled Peruvian positions", whose target is now Peru's forces,
        // PERMIL, and roles.txt makes only a bare country a government; the primary codes are what is asserted)
        assertThat(told("accord")).extracting(Fixtures::brief).singleElement().asString()
                .matches("CHLMIL>PER(GOV|MIL)? 057 background");
        assertThat(told("accord").get(0).date()).isEqualTo(LocalDate.of(2012, 1, 1));
        assertThat(told("treaty")).isEmpty();
    }

    @Test
    void whoCallsAnAnnexationVoidDoesNotAnnex() {
        // "the annexation, which a Peruvian court called void": the relative clause's verb neither does nor holds
        // the act (no light verb, no background.txt state), so the court is not the annexation's source
        assertThat(told("annexation")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.source().code()).doesNotStartWith("PER"));
    }
}
