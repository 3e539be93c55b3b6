package org.saydo.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What "it" and a definite noun stand for ({@link Discourse}, {@link Sentence#remember()}, {@code definites.txt}) on
 * hand-written
 * parses ({@code conllu/actors.conllu}); codes checked against the CAMEO manual 1.1b3.
 */
class ActorReferenceTest {

    @Test
    void itIsTheMainSubjectBeforeAnEmbeddedOne() {
        // "Chile said Peru was ready. It accused Bolivia": the main clause's subject is the one "it" continues;
        // 112 "Accuse", between the two governments (roles.txt)
        assertThat(Fixtures.events("actors", "it-main-subject")).contains("CHLGOV>BOLGOV 112 asserted")
                .noneMatch(e -> e.startsWith("PER"));
    }

    @Test
    void itAfterAThingThatIsNoActorNamesNoOne() {
        // "The resolution passed. It accused Chile": the resolution is no actor, and Bolivia, named before it,
        // is not what "it" stands for: no event rather than a wrong one
        assertThat(Fixtures.events("actors", "it-thing")).noneMatch(e -> e.startsWith("BOL"));
    }

    @Test
    void theMinistryIsTheMinistryNamedNotTheLastGovernment() {
        // "Peru's foreign ministry summoned the Chilean envoy. The ministry accused Chile": the ministry named
        // before (definites.txt, by its noun), not the envoy's government named after it; 112 "Accuse"
        assertThat(Fixtures.events("actors", "the-ministry")).contains("PERGOV>CHLGOV 112 asserted");
    }

    @Test
    void theyAfterPeopleWhoAreNoActorNamesNoOne() {
        // "Chile and Peru met. Analysts praised the meeting. They criticised Bolivia": the analysts criticised,
        // not the two governments (111 "Criticize or denounce" is not theirs)
        assertThat(Fixtures.events("actors", "they-people")).noneMatch(e -> e.contains(" 11"));
    }

    @Test
    void thePlaceWhereSomethingHappenedHasNoArmyTheReportMeans() {
        // "The talks opened in Bolivia. The army attacked Chile": Bolivia is where, not whose army
        assertThat(Fixtures.events("actors", "army-not-where")).noneMatch(e -> e.startsWith("BOL"));
    }

    @Test
    void aNameTheTokenizerSplitsAtItsHyphenIsStillTheName() {
        // "Lai Ching - te": saydo.actors.txt spells LAI_CHING-TE_ (premier in 2019, TWNGOV); Phoenix spells
        // GAMAL_ABDEL_NASSER_ as three words (out of office in 2019, EGYELI); 111 "Criticize or denounce"
        assertThat(Fixtures.events("actors", "hyphenated-name")).contains("TWNGOV>JPNGOV 111 asserted");
        assertThat(Fixtures.events("actors", "hyphen-dropped")).contains("EGYELI>JPNGOV 111 asserted");
    }
}
