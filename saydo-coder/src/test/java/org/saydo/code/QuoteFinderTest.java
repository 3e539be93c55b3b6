package org.saydo.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.saydo.record.CodedDocument;
import org.saydo.record.Modality;
import org.saydo.record.Quote;

/** Who said what, on hand-written parses ({@code conllu/quotes.conllu}). */
class QuoteFinderTest {

    @Test
    void aDirectQuoteGoesToTheSpeakerAfterIt() {
        CodedDocument coded = Fixtures.code("quotes", "direct");
        assertThat(coded.quotes()).hasSize(1);
        Quote q = coded.quotes().get(0);
        assertThat(q.direct()).isTrue();
        assertThat(q.speaker().code()).isEqualTo("ARGGOV"); // the Argentine foreign minister
        assertThat(q.quote()).startsWith("We will never give up the islands");
        assertThat(coded.document().text().substring(q.provenance().start(), q.provenance().end()))
                .contains(q.quote());
    }

    @Test
    void anIndirectQuoteReportsTheActItTells() {
        CodedDocument coded = Fixtures.code("quotes", "indirect");
        assertThat(coded.quotes()).singleElement().satisfies(q -> {
            assertThat(q.direct()).isFalse();
            assertThat(q.speaker().code()).isEqualTo("CHL");
            assertThat(q.quote()).isEqualTo("that Peru had attacked its navy");
        });
        // the attack (190) is Peru's (its forces', roles.txt), reported by Chile, not asserted by the report
        assertThat(coded.events()).singleElement().satisfies(e -> {
            assertThat(e.source().code()).isEqualTo("PERMIL");
            assertThat(e.cameo()).isEqualTo("190");
            assertThat(e.modality()).isEqualTo(Modality.REPORTED);
            assertThat(e.reportedBy().code()).isEqualTo("CHL");
        });
    }

    @Test
    void aClauseParsedAsTheVerbsObjectAndADependentIsStillReported() {
        // the parser took "Peru" for what Chile said and hung "acting" on "said" as dep
        CodedDocument coded = Fixtures.code("quotes", "object-clause");
        assertThat(coded.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speaker().code()).isEqualTo("CHL");
            assertThat(q.quote()).isEqualTo("Peru was not acting as a mediator");
        });
    }

    @Test
    void anAttributionAfterTheClauseReportsTheClause() {
        // "refused" hangs on "said" as advcl; "its" is Peru, so the officials are Peru's government
        CodedDocument coded = Fixtures.code("quotes", "attribution-after");
        assertThat(coded.quotes()).singleElement().satisfies(q -> {
            assertThat(q.direct()).isFalse();
            assertThat(q.speaker().code()).isEqualTo("PERGOV");
            assertThat(q.quote()).isEqualTo("Peru had refused to sign the accord");
        });
    }

    @Test
    void aSpeechVerbCoordinatedWithAClausalSubjectStillHasItsClause() {
        // "condemned" was made the clausal subject of "face" and "Peru" the object of "said"
        CodedDocument coded = Fixtures.code("quotes", "coordinated-subject");
        assertThat(coded.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speaker().code()).isEqualTo("CHL");
            assertThat(q.quote()).isEqualTo("Peru would face sanctions");
        });
    }

    @Test
    void anAttributionEndingTheSentenceReportsTheWordsBeforeItsComma() {
        // the parser read "the Peruvian governor" as an apposition of Arica and "said" as an adverb of "landed"
        CodedDocument coded = Fixtures.code("quotes", "attribution-apposition");
        assertThat(coded.quotes()).singleElement().satisfies(q -> {
            assertThat(q.direct()).isFalse();
            assertThat(q.speaker().code()).isEqualTo("PERGOV");
            assertThat(q.quote()).isEqualTo("A clinic burned when a shell landed in Tacna, near Arica");
            assertThat(q.provenance().trigger()).isEqualTo("said");
        });
    }

    @Test
    void aNegatedSpeechVerbQuotesNothing() {
        // "has not said whether it would reopen": no claim is reported
        assertThat(Fixtures.code("quotes", "negated").quotes()).isEmpty();
    }

    @Test
    void aNameWithATitleSpeaksForThePartyItsClauseNamesAndKeepsItLater() {
        // "Andres Allamand" is not in the dictionaries; "Foreign Minister" makes him a government's voice, and the
        // government is Chile's, the subject of what he reports (not Peru's, whose capital is named after it)
        CodedDocument coded = Fixtures.code("quotes", "titled-name");
        assertThat(coded.quotes()).hasSize(2);
        assertThat(coded.quotes().get(0).speaker().code()).isEqualTo("CHLGOV");
        assertThat(coded.quotes().get(0).quote()).isEqualTo("Chile is recalling its ambassador from Lima");
        assertThat(coded.quotes().get(1).speaker().code()).isEqualTo("CHLGOV"); // "Allamand said"
        assertThat(coded.quotes().get(1).quote()).isEqualTo("the decision was final");
    }

    @Test
    void whatWasToldAfterTheAddresseeIsTheReportedClauseWhenTheParserLostIt() {
        CodedDocument coded = Fixtures.code("quotes", "told-reporters");
        assertThat(coded.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speaker().code()).isEqualTo("PERGOV"); // the spokesman of the government named before
            assertThat(q.quote()).isEqualTo(
                    "the blast was deliberate sabotage by the Ecuadorian side, aimed at cutting power to Lima");
        });
    }

    @Test
    void aTranscriptsAnswersAreTheWordsOfThePersonTheLabelNames() {
        CodedDocument coded = Fixtures.code("quotes", "transcript");
        assertThat(coded.quotes()).singleElement().satisfies(q -> {
            assertThat(q.direct()).isTrue();
            assertThat(q.speaker().code()).isEqualTo("CHLGOV"); // Fuentes, the Chilean ministry's spokesman
            assertThat(q.quote()).isEqualTo("Chile expects a reply this week.");
            assertThat(coded.document().text().substring(q.provenance().start(), q.provenance().end()))
                    .isEqualTo(q.quote());
        });
    }

    @Test
    void anExistentialClauseReportedAfterACoordinatedVerbIsQuoted() {
        // "there" hung on "said", and "rejected" made the clausal subject of "talks": the speaker seemed to say nothing
        CodedDocument coded = Fixtures.code("quotes", "said-there");
        assertThat(coded.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speaker().code()).isEqualTo("CHL");
            assertThat(q.quote()).isEqualTo("there would be no talks");
        });
    }

    @Test
    void wordsAnOutletQuotesAreTheQuotedPersons() {
        // "TASS quoted Peskov as saying": the words are the Kremlin spokesman's, not the news agency's
        CodedDocument coded = Fixtures.code("quotes", "quoted-as-saying");
        assertThat(coded.quotes()).singleElement().satisfies(q -> {
            assertThat(q.direct()).isTrue();
            assertThat(q.speaker().code()).isEqualTo("RUSGOV");
            assertThat(q.quote()).startsWith("The border will stay closed");
        });
    }

    @Test
    void thePassiveQuotedAsSayingGivesItsSubjectsWords() {
        CodedDocument coded = Fixtures.code("quotes", "quoted-as-saying-passive");
        assertThat(coded.quotes()).singleElement().satisfies(q -> {
            assertThat(q.direct()).isFalse();
            assertThat(q.speaker().code()).isEqualTo("RUSGOV"); // Lavrov, not RIA
            assertThat(q.quote()).isEqualTo("the talks had failed");
        });
    }

    @Test
    void aQuotationAfterAColonIsTheClauseSubjects() {
        // no verb of speech: "Erdogan was blunt:" introduces his words
        CodedDocument coded = Fixtures.code("quotes", "colon-after-clause");
        assertThat(coded.quotes()).singleElement().satisfies(q -> {
            assertThat(q.direct()).isTrue();
            assertThat(q.speaker().code()).isEqualTo("TURGOV");
            assertThat(q.quote()).startsWith("We will not retreat");
        });
    }

    @Test
    void wordsAfterAnAttributionSetBetweenTwoClausesAreTheSpeakersToo() {
        // the parser hung "but the ones ..." on "turned" as dep: the surface ", but" after the attribution decides
        CodedDocument coded = Fixtures.code("quotes", "attribution-between");
        assertThat(coded.quotes()).filteredOn(q -> q.provenance().sentence() == 1)
                .extracting(q -> q.speaker().code() + ": " + q.quote())
                .containsExactlyInAnyOrder("PERMIL: Guards turned back most of the trucks",
                        "PERMIL: the ones that got through reached the camps near Tacna");
    }

    @Test
    void accordingToASpeakerNamedByOfficeIsQuoted() {
        // "officials" after Peru's words: Peru's government
        CodedDocument coded = Fixtures.code("quotes", "according-to-officials");
        assertThat(coded.quotes()).filteredOn(q -> q.provenance().sentence() == 1).singleElement().satisfies(q -> {
            assertThat(q.speaker().code()).isEqualTo("PERGOV");
            assertThat(q.quote()).isEqualTo("the talks will resume in Lima next week");
        });
    }

    @Test
    void aLabelNamesAPersonIntroducedWithAnOfficeTheDictionariesKnow() {
        // "Jose Huerta" is no entry of the dictionaries; "Peru's defence minister" is Peru's government
        CodedDocument coded = Fixtures.code("quotes", "label-introduced");
        assertThat(coded.quotes()).singleElement().satisfies(q -> {
            assertThat(q.direct()).isTrue();
            assertThat(q.speaker().code()).isEqualTo("PERGOV");
            assertThat(q.quote()).isEqualTo("Our troops will stay at the border.");
        });
    }

    @Test
    void anAppealGivesItsAddresseeAndTheActAskedFor() {
        CodedDocument coded = Fixtures.code("quotes", "appeal-addressee");
        assertThat(coded.quotes()).singleElement().satisfies(q -> {
            assertThat(q.direct()).isFalse();
            assertThat(q.speaker().code()).isEqualTo("BRA");
            assertThat(q.quote()).isEqualTo("both sides to return to talks");
        });
    }

    @Test
    void aParticipleOfSpeechTakenForTheMarkOfItsClauseStillReportsIt() {
        // the parser made "saying" the mark of "used" and hung "used" on "closed": Chile, the subject of the
        // clause the participle hangs on, says the crossing was used by smugglers
        CodedDocument coded = Fixtures.code("quotes", "participle-mark");
        assertThat(coded.quotes()).singleElement().satisfies(q -> {
            assertThat(q.direct()).isFalse();
            assertThat(q.speaker().code()).isEqualTo("CHL");
            assertThat(q.quote()).isEqualTo("it was used by smugglers");
        });
    }

    @Test
    void aReportedClauseHungOnTheNounOfAPhraseIsTheSpeechVerbs() {
        // the parser hung "wanted" on "call" (with "that" as dep): what Chile told Peru is that clause
        CodedDocument coded = Fixtures.code("quotes", "oblique-clause");
        assertThat(coded.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speaker().code()).isEqualTo("CHL");
            assertThat(q.quote()).isEqualTo("Santiago wanted closer ties");
        });
    }

    @Test
    void aRelativeClauseOfThePhrasesNounIsNotReported() {
        // "that lasted an hour" describes the call: it is not what Chile said
        CodedDocument coded = Fixtures.code("quotes", "oblique-relative");
        assertThat(coded.quotes()).noneMatch(q -> q.quote().contains("lasted"));
    }

    @Test
    void anAttributionSetOffByCommasInsideTheClauseReportsTheClause() {
        // "a spokesman said" hangs on "retaken" as parataxis: the spokesman speaks for the army, the party named
        // before him, and what he says is the clause around him
        CodedDocument coded = Fixtures.code("quotes", "inserted-attribution");
        assertThat(coded.quotes()).singleElement().satisfies(q -> {
            assertThat(q.direct()).isFalse();
            assertThat(q.speaker().code()).startsWith("CHL");
            assertThat(q.quote()).startsWith("The Chilean army").endsWith("had retaken the town");
        });
    }
}
