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
        StoredNarratives stored = new RecordNarratives(classifier).label(new CodedDocument(doc, 5, List.of(),
                List.of(quote)));

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
}
