package org.saydo.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saydo.doc.Document;
import org.saydo.record.CodedDocument;
import org.saydo.record.Coder;
import org.saydo.record.Event;
import org.saydo.record.Modality;

/**
 * The coder's open candidates ({@link OpenCandidates}): a verb the dictionaries do not know between two known
 * actors gives one candidate with its parties, offsets, modality and date and no act; a sentence the dictionaries
 * code gives none; and the coder never emits them as events. Sentences written for this test, in a report
 * published Wednesday 2024-05-15.
 */
class OpenCandidatesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 15);

    private static Coder pipeline;

    @BeforeAll
    static void load() {
        pipeline = CoreNlpCoding.standard();
    }

    @Test
    void anUnknownVerbBetweenTwoActorsIsOneOpenCandidate() {
        String text = "India outmanoeuvred Pakistan on Monday.";
        CodedDocument coded = pipeline.code(Document.of("test", PUBLISHED, text));
        assertThat(coded.events()).isEmpty();
        assertThat(coded.open()).hasSize(1);
        Event open = coded.open().get(0);
        assertThat(open.source().code()).startsWith("IND");
        assertThat(open.target().code()).startsWith("PAK");
        assertThat(open.cameo()).isEqualTo(CodedDocument.OPEN);
        assertThat(open.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(open.date()).isEqualTo(LocalDate.of(2024, 5, 13));
        assertThat(open.provenance().rule()).isEqualTo(OpenCandidates.RULE + " outmanoeuvre");
        int trigger = text.indexOf("outmanoeuvred");
        assertThat(open.provenance().triggerStart()).isEqualTo(trigger);
        assertThat(open.provenance().triggerEnd()).isEqualTo(trigger + "outmanoeuvred".length());
        assertThat(text.substring(open.provenance().start(), open.provenance().end()))
                .isEqualTo("India outmanoeuvred Pakistan");
    }

    @Test
    void aSentenceTheDictionariesCodeHasNone() {
        // "attacked" is in the verb dictionary (190, CAMEO manual 1.1b3: "Use conventional military force")
        CodedDocument coded = pipeline.code(Document.of("test", PUBLISHED, "Russia attacked Ukraine on Monday."));
        assertThat(coded.events()).anyMatch(e -> e.cameo().startsWith("19"));
        assertThat(coded.open()).isEmpty();
    }

    @Test
    void anIntentIsTheCandidatesModality() {
        CodedDocument coded = pipeline.code(Document.of("test", PUBLISHED, "India will outmanoeuvre Pakistan."));
        assertThat(coded.events()).isEmpty();
        assertThat(coded.open()).singleElement().extracting(Event::modality).isEqualTo(Modality.INTENT);
    }

    @Test
    void randomSentencesGiveCandidatesInsideTheirTextAndTheSameTwice() {
        String[] actors = {"India", "Pakistan", "Russia", "Ukraine", "the Sudanese army", "the RSF", "Seoul",
            "Pyongyang", "Armenia", "Azerbaijan", "Israel", "Hezbollah", "he", "they"};
        String[] verbs = {"outmanoeuvred", "will shadow", "could rebuff", "did not out-argue", "is wooing",
            "said it had outpaced", "hoped to sideline", "was outflanked by"};
        java.util.Random random = new java.util.Random(19);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            String a = actors[random.nextInt(actors.length)];
            text.append(Character.toUpperCase(a.charAt(0))).append(a.substring(1)).append(' ')
                    .append(verbs[random.nextInt(verbs.length)]).append(' ')
                    .append(actors[random.nextInt(actors.length)]).append(random.nextBoolean() ? " on Monday. " : ". ");
        }
        Document doc = Document.of("random", PUBLISHED, text.toString());
        CodedDocument first = pipeline.code(doc);
        for (Event e : first.open()) {
            assertThat(e.cameo()).isEqualTo(CodedDocument.OPEN);
            assertThat(e.provenance().rule()).startsWith(OpenCandidates.RULE + " ");
            assertThat(e.provenance().triggerEnd()).isLessThanOrEqualTo(doc.text().length());
            assertThat(e.provenance().end()).isLessThanOrEqualTo(e.provenance().sentenceEnd());
            assertThat(e.provenance().start()).isGreaterThanOrEqualTo(e.provenance().sentenceStart());
            assertThat(e.target() == null || !e.target().code().equals(e.source().code())).isTrue();
            assertThat(first.events()).noneMatch(x -> x.provenance().sentence() == e.provenance().sentence());
        }
        assertThat(first.open()).isNotEmpty();
        assertThat(pipeline.code(doc).open()).isEqualTo(first.open());
    }
}
