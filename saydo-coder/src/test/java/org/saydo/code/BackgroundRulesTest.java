package org.saydo.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.saydo.record.DateBasis;
import org.saydo.record.Event;
import org.saydo.record.Modality;

/**
 * A reference to an ongoing or past state is background, not news, on hand-written parses
 * ({@code conllu/background.conllu}); 192 is CAMEO's "Occupy territory".
 */
class BackgroundRulesTest {

    @Test
    void anOccupationSinceAYearIsBackgroundDatedThatYear() {
        assertThat(Fixtures.code("background", "since").events()).singleElement().satisfies(e -> {
            assertThat(Fixtures.brief(e)).isEqualTo("BOLMIL>PER 192 background");
            assertThat(e.date()).isEqualTo(LocalDate.of(2016, 1, 1));
            assertThat(e.dateBasis()).isEqualTo(DateBasis.TEXT);
        });
    }

    @Test
    void theSameOccupationOnMondayIsNews() {
        assertThat(Fixtures.code("background", "monday").events()).singleElement().satisfies(e -> {
            assertThat(Fixtures.brief(e)).isEqualTo("BOLMIL>PER 192 asserted");
            assertThat(e.date()).isEqualTo(LocalDate.of(2019, 4, 8));
        });
    }

    @Test
    void aPossessiveInvasionIsBackgroundWithoutThePublicationDate() {
        // "condemned" is 111 "Criticize or denounce" and is news; "Chile's invasion" names a standing act
        var events = Fixtures.code("background", "possessive").events();
        assertThat(events).extracting(Fixtures::brief)
                .containsExactlyInAnyOrder("PERGOV>CHLGOV 111 asserted", "CHL>PER 192 background");
        Event invasion = events.stream().filter(e -> e.modality() == Modality.BACKGROUND).findFirst().orElseThrow();
        assertThat(invasion.date()).isNull();
        assertThat(invasion.dateBasis()).isNotEqualTo(DateBasis.PUBLICATION);
    }

    @Test
    void aSentenceNamingAnOldYearIsCodedForItsBackground() {
        // PETRARCH's discard list drops every sentence naming 1914-2013; 192 "Occupy territory" dated 1995 is a
        // background reference, dated that year
        assertThat(Fixtures.code("background", "history-year").events()).singleElement().satisfies(e -> {
            assertThat(Fixtures.brief(e)).isEqualTo("BOL>PER 192 background");
            assertThat(e.date()).isEqualTo(LocalDate.of(1995, 1, 1));
        });
    }

    @Test
    void anUndatedActInASentenceNamingAnOldYearStaysDiscarded() {
        // 111 "Criticize or denounce" (a named state criticises as its government, roles.txt): coded in the sentence
        // without the year, not in the one naming 1929
        assertThat(Fixtures.events("background", "history-none")).containsExactly("PERGOV>CHLGOV 111 asserted");
        assertThat(Fixtures.code("background", "history-undated").events()).isEmpty();
    }

    @Test
    void aConjoinedVerbTakesTheTimeOfTheVerbWhoseSubjectItShares() {
        // "Last year" (2018 in an April 2019 report) dates "attacked" and "invaded" alike: 190 and 192, background
        var events = Fixtures.code("background", "conjoined").events();
        Event invasion = events.stream().filter(e -> e.cameo().equals("192")).findFirst().orElseThrow();
        assertThat(Fixtures.brief(invasion)).isEqualTo("BOL>CHL 192 background");
        assertThat(invasion.date()).isEqualTo(LocalDate.of(2018, 1, 1));
    }

    @Test
    void aYearOfAnotherNounDoesNotDateAnEventNoun() {
        // "a 2016 agreement" dates the agreement, not the truce (0871) that rests on it
        assertThat(Fixtures.code("background", "other-noun-year").events()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.date()).isNotEqualTo(LocalDate.of(2016, 1, 1)));
    }

    @Test
    void shellingSinceSundayInAWednesdayReportIsNews() {
        // background11: "since" anchors an act in the past only when what it names lies before the report's week;
        // shelling "since Sunday" in a Wednesday report is this week's news (190 "Use conventional military
        // force", as SHELL codes it), dated from its phrase
        assertThat(Fixtures.code("background", "since-sunday").events()).singleElement().satisfies(e -> {
            assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
            assertThat(e.source().code()).startsWith("BOL");
            assertThat(e.target().code()).startsWith("PER");
            assertThat(e.date()).isEqualTo(LocalDate.of(2019, 4, 7));
        });
    }
}
