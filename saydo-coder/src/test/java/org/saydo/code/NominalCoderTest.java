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
        assertThat(Fixtures.events("nominals", "talked")).containsExactly("CHLMIL>PER 190 asserted");
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
}
