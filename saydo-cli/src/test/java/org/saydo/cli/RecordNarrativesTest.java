package org.saydo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saydo.doc.Document;
import org.saydo.judge.MiniLmEmbedder;
import org.saydo.narratives.DocumentLabels;
import org.saydo.narratives.Evidence;
import org.saydo.narratives.NarrativeClassifier;
import org.saydo.narratives.NarrativeModel;
import org.saydo.narratives.Taxonomy;
import org.saydo.record.ActorRef;
import org.saydo.record.CodedDocument;
import org.saydo.record.DateBasis;
import org.saydo.record.Modality;
import org.saydo.record.Provenance;
import org.saydo.record.Quote;
import org.saydo.store.StoredNarratives;

/**
 * What ingest stores of a document's narratives is what {@code narratives classify} gives it, with the speakers of
 * the quotes the coder found in its evidence sentences.
 */
class RecordNarrativesTest {

    // written for this test, about no real event
    static final String TEXT = "The minister spoke at a forum in the capital on Friday. "
            + "Sanctions have hurt Europe far more than the country they were meant to punish. "
            + "European factories are closing because the price of energy has doubled since the sanctions began. "
            + "Western households will pay for this mistake with cold homes and empty wallets this winter. "
            + "The forum ends on Sunday.";

    @Test
    void storedLabelsAreTheClassifiersAndAQuotesSpeakerSpeaksItsSentence() {
        Taxonomy taxonomy = Taxonomy.standard();
        NarrativeClassifier classifier = new NarrativeClassifier(taxonomy, NarrativeModel.standard(),
                NarrativesCommandsTest.SPLITTER, new MiniLmEmbedder(), null);
        Document doc = new Document(Document.idOf(TEXT), "forum.txt", null, "Example", null, LocalDate.of(2023, 3, 3),
                TEXT);
        DocumentLabels plain = classifier.classify(doc);
        assertThat(plain.evidence()).as("the text was written to carry a narrative: " + plain).isNotEmpty();
        Evidence cited = plain.evidence().get(0);
        ActorRef minister = new ActorRef("XYZGOV", "Government of Xyz", "The minister");
        // the coder's quote covers part of the first evidence sentence
        Quote quote = new Quote(minister, null, TEXT.substring(cited.start() + 5, cited.end() - 1), false, "say", "010",
                Modality.ASSERTED, doc.published(), DateBasis.PUBLICATION, null, cited.text(),
                new Provenance(doc.id(), doc.source(), cited.sentence(), cited.start(), cited.end(), cited.start() + 5,
                        cited.end() - 1, "said", 0, 4, "test", "test"));
        // and an act in the first sentence that the coder marks reported, by a ministry
        ActorRef ministry = new ActorRef("XYZGOV", "Ministry of Xyz", "the ministry");
        int first = TEXT.indexOf('.') + 1;
        org.saydo.record.Event reported = new org.saydo.record.Event(minister, null, "010", Modality.REPORTED,
                ministry, doc.published(), DateBasis.PUBLICATION, null, TEXT.substring(0, first),
                new Provenance(doc.id(), doc.source(), 0, 0, first, 0, first, "spoke", 13, 18, "test", "test"));
        StoredNarratives stored = new RecordNarratives(classifier, MiniLmEmbedder.NAME).label(new CodedDocument(doc, 5,
                List.of(reported), List.of(quote)));

        assertThat(stored.model()).isEqualTo(plain.model());
        assertThat(stored.labels()).filteredOn(l -> !l.subnarrative()).extracting(StoredNarratives.Label::label)
                .containsExactlyElementsOf(plain.narratives());
        assertThat(stored.labels()).filteredOn(StoredNarratives.Label::subnarrative)
                .allSatisfy(l -> assertThat(l.narrative()).isEqualTo(taxonomy.narrativeOf(l.label())))
                .extracting(StoredNarratives.Label::label).containsExactlyElementsOf(plain.subnarratives());
        assertThat(stored.claims()).hasSameSizeAs(plain.evidence());
        for (StoredNarratives.Claim c : stored.claims()) {
            assertThat(c.text()).isEqualTo(TEXT.substring(c.start(), c.end()));
            assertThat(c.speaker()).as(c.text()).isEqualTo(c.sentence() == cited.sentence() ? minister : null);
        }
    }

    @Test
    void claimSentencesAreQuotesReportedActsAndOpinionsWithTheClassifiersVectors() {
        Taxonomy taxonomy = Taxonomy.standard();
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        NarrativeClassifier classifier = new NarrativeClassifier(taxonomy, NarrativeModel.standard(),
                NarrativesCommandsTest.SPLITTER, embedder, null);
        Document doc = new Document(Document.idOf(TEXT), "forum.txt", null, "Example", null, LocalDate.of(2023, 3, 3),
                TEXT);
        DocumentLabels plain = classifier.classify(doc);
        Evidence cited = plain.evidence().get(0);
        ActorRef minister = new ActorRef("XYZGOV", "Government of Xyz", "The minister");
        ActorRef ministry = new ActorRef("XYZGOV", "Ministry of Xyz", "the ministry");
        Quote quote = new Quote(minister, null, TEXT.substring(cited.start() + 5, cited.end() - 1), true, "say", "010",
                Modality.ASSERTED, doc.published(), DateBasis.PUBLICATION, null, cited.text(),
                new Provenance(doc.id(), doc.source(), cited.sentence(), cited.start(), cited.end(), cited.start() + 5,
                        cited.end() - 1, "said", 0, 4, "test", "test"));
        int first = TEXT.indexOf('.') + 1;
        org.saydo.record.Event reported = new org.saydo.record.Event(minister, null, "010", Modality.REPORTED,
                ministry, doc.published(), DateBasis.PUBLICATION, null, TEXT.substring(0, first),
                new Provenance(doc.id(), doc.source(), 0, 0, first, 0, first, "spoke", 13, 18, "test", "test"));
        StoredNarratives stored = new RecordNarratives(classifier, MiniLmEmbedder.NAME).label(new CodedDocument(doc, 5,
                List.of(reported), List.of(quote)));

        assertThat(stored.embedder()).isEqualTo(MiniLmEmbedder.NAME);
        java.util.Map<Integer, StoredNarratives.ClaimSentence> bySentence = new java.util.HashMap<>();
        stored.claimSentences().forEach(c -> bySentence.put(c.sentence(), c));
        // the first sentence reports the ministry's act; the quoted sentence is the minister's direct quote
        assertThat(bySentence.get(0).kind()).isEqualTo(StoredNarratives.Kind.REPORTED);
        assertThat(bySentence.get(0).speaker()).isEqualTo(ministry);
        assertThat(bySentence.get(cited.sentence()).kind()).isEqualTo(StoredNarratives.Kind.QUOTE);
        assertThat(bySentence.get(cited.sentence()).speaker()).isEqualTo(minister);
        // every other sentence cited as evidence carries a label on its own: an opinion, spoken by no one
        for (Evidence e : plain.evidence()) {
            if (e.sentence() != cited.sentence()) {
                assertThat(bySentence.get(e.sentence())).as(e.text()).isNotNull();
                assertThat(bySentence.get(e.sentence()).kind()).isEqualTo(StoredNarratives.Kind.OPINION);
                assertThat(bySentence.get(e.sentence()).speaker()).isNull();
            }
        }
        // the closing sentence is news about a date, no one's claim
        assertThat(stored.claimSentences()).extracting(StoredNarratives.ClaimSentence::text)
                .doesNotContain("The forum ends on Sunday.");
        for (StoredNarratives.ClaimSentence c : stored.claimSentences()) {
            assertThat(c.text()).isEqualTo(TEXT.substring(c.start(), c.end()));
            float[] alone = embedder.embed(List.of(c.text())).get(0);
            double dot = 0;
            for (int i = 0; i < alone.length; i++) {
                dot += alone[i] * c.vector()[i];
            }
            assertThat(dot).as("the vector is the sentence's: " + c.text()).isGreaterThan(0.9999);
        }
    }
}
