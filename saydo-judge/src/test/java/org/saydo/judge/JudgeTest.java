package org.saydo.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.doc.Document;
import org.saydo.record.ActorRef;
import org.saydo.record.CodedDocument;
import org.saydo.record.DateBasis;
import org.saydo.record.Event;
import org.saydo.record.Modality;
import org.saydo.record.Provenance;

/**
 * The judge learns from labelled candidates and then rules on new ones: trained on candidates whose sentences
 * speak of press conferences (a wrong sense of "take": drop) and of troops taking towns (keep), it leaves out a
 * new press-conference candidate and keeps a new capture, records its verdict and model version on what it
 * keeps, and survives a round trip through its file with the same version and provenance.
 */
class JudgeTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 11);

    @TempDir
    Path dir;

    /**
     * A stand-in for the sentence model, so that the test controls the geometry: a sentence with "questions"
     * or "reporters" points one way, one with "troops" or "town" the other.
     */
    static final class WordEmbedder implements Embedder {
        @Override
        public int dimension() {
            return 4;
        }

        @Override
        public List<float[]> embed(List<String> sentences) {
            List<float[]> out = new ArrayList<>();
            for (String s : sentences) {
                boolean press = s.contains("questions") || s.contains("reporters");
                boolean war = s.contains("troops") || s.contains("town");
                boolean past = s.contains("since");
                out.add(new float[] {press ? 1f : 0f, war && !past ? 1f : 0f, past ? 1f : 0f,
                    s.length() % 2 == 0 ? 0.1f : -0.1f});
            }
            return out;
        }
    }

    static Event candidate(String sentence) {
        return candidate(sentence, "171");
    }

    static Event candidate(String sentence, String cameo) {
        Provenance p = new Provenance("doc", "doc.txt", 0, 0, sentence.length(), 0, sentence.length(), "took", 0, 4,
                "CAMEO.2.0.txt:100 TAKE [171]", "test");
        return new Event(new ActorRef("RUSMIL", "Russian forces", "Russian forces"), new ActorRef("UKR", "Ukraine",
                "Ukraine"), cameo, Modality.ASSERTED, null, PUBLISHED, DateBasis.PUBLICATION, null, sentence, p);
    }

    static List<JudgeTrainer.Sample> samples() {
        List<JudgeTrainer.Sample> out = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            out.add(new JudgeTrainer.Sample(candidate("The minister took questions from reporters " + "!".repeat(i)),
                    PUBLISHED, Verdict.DROP));
            out.add(new JudgeTrainer.Sample(candidate("Russian troops took the town of Vovchansk " + "!".repeat(i)),
                    PUBLISHED, Verdict.KEEP));
        }
        return out;
    }

    @Test
    void learnsToDropAWrongSenseAndKeepsTheDeed() {
        JudgeTrainer.Result trained = JudgeTrainer.train(samples(), new WordEmbedder(), "word stand-in",
                JudgeTrainer.Settings.DEFAULT, Map.of("command", "test"));
        assertThat(trained.counts()).containsEntry(Verdict.DROP, 12).containsEntry(Verdict.KEEP, 12);
        assertThat(trained.cvAccuracy()).as("separable data").isEqualTo(1.0);
        Judge judge = new Judge(trained.model(), new WordEmbedder(), Judge.DEFAULT_DROP_THRESHOLD);
        Document doc = new Document("doc", "doc.txt", null, null, null, PUBLISHED, "text");
        CodedDocument coded = new CodedDocument(doc, 2, List.of(
                candidate("After the briefing she took questions from reporters."),
                candidate("Russian troops took a town near Kharkiv.")), List.of());

        CodedDocument out = judge.judge(coded);

        assertThat(out.events()).extracting(Event::text).containsExactly("Russian troops took a town near Kharkiv.");
        Event kept = out.events().get(0);
        assertThat(kept.judge().verdict()).isEqualTo("keep");
        assertThat(kept.judge().score()).isGreaterThan(0.5);
        assertThat(kept.judge().model()).isEqualTo(trained.model().version()).hasSize(12);
        assertThat(judge.judged()).isEqualTo(2);
        assertThat(judge.dropped()).isEqualTo(1);
    }

    @Test
    void verbalCooperationItDoubtsIsKeptWithTheDoubtOnRecord() {
        JudgeTrainer.Result trained = JudgeTrainer.train(samples(), new WordEmbedder(), "word stand-in",
                JudgeTrainer.Settings.DEFAULT, Map.of());
        Judge judge = new Judge(trained.model(), new WordEmbedder(), Judge.DEFAULT_DROP_THRESHOLD);
        Document doc = new Document("doc", "doc.txt", null, null, null, PUBLISHED, "text");

        List<Event> out = judge.judge(new CodedDocument(doc, 1, List.of(
                candidate("She took questions from reporters about the visit.", "040"),
                candidate("She took questions from reporters about the strike.", "190")), List.of())).events();

        assertThat(out).as("the 190 is left out, the consultation (QuadClass 1) is the dictionaries' call")
                .singleElement().satisfies(e -> {
                    assertThat(e.cameo()).isEqualTo("040");
                    assertThat(e.judge().verdict()).isEqualTo("drop");
                    assertThat(e.judge().score()).isGreaterThanOrEqualTo(Judge.DEFAULT_DROP_THRESHOLD);
                });
    }

    /** A judge trained to call held territory background (the stand-in samples plus twelve such candidates). */
    private static Judge backgroundJudge() {
        List<JudgeTrainer.Sample> samples = new ArrayList<>(samples());
        for (int i = 0; i < 12; i++) {
            samples.add(new JudgeTrainer.Sample(candidate("the town Russian troops have held since 2014 " + "!".repeat(i)),
                    PUBLISHED, Verdict.BACKGROUND));
        }
        JudgeTrainer.Result trained = JudgeTrainer.train(samples, new WordEmbedder(), "word stand-in",
                JudgeTrainer.Settings.DEFAULT, Map.of());
        return new Judge(trained.model(), new WordEmbedder(), Judge.DEFAULT_DROP_THRESHOLD);
    }

    @Test
    void aDeedItJudgesBackgroundBecomesAnUndatedBackgroundEvent() {
        Judge judge = backgroundJudge();
        Document doc = new Document("doc", "doc.txt", null, null, null, PUBLISHED, "text");

        List<Event> out = judge.judge(new CodedDocument(doc, 1, List.of(
                candidate("Kharkiv region, which Russian troops have held since the spring.")), List.of())).events();

        assertThat(out).singleElement().satisfies(e -> {
            assertThat(e.judge().verdict()).isEqualTo("background");
            assertThat(e.modality()).isEqualTo(Modality.BACKGROUND);
            assertThat(e.date()).as("a background event never takes the publication date").isNull();
            assertThat(e.dateBasis()).isEqualTo(DateBasis.NONE);
        });
    }

    @Test
    void aDeedTheTextDatesToADayOfTheReportsWeekStaysNewsWhateverTheJudgeSays() {
        Judge judge = backgroundJudge();
        Document doc = new Document("doc", "doc.txt", null, null, null, PUBLISHED, "text");
        String sentence = "Russian troops, in the region since the spring, took the village on Thursday.";
        Event onThursday = dated(candidate(sentence), LocalDate.of(2024, 5, 9), "Thursday");
        Event dayAfter = dated(candidate(sentence), LocalDate.of(2024, 5, 9), "a day after");
        Event inMarch = dated(candidate(sentence), LocalDate.of(2024, 3, 1), "March");

        List<Event> out = judge.judge(new CodedDocument(doc, 1, List.of(onThursday, dayAfter, inMarch), List.of()))
                .events();

        assertThat(out).hasSize(3).allSatisfy(e -> assertThat(e.judge().verdict()).isEqualTo("background"));
        assertThat(out.get(0).modality()).as("'took the village on Thursday' in a Saturday report is news")
                .isEqualTo(Modality.ASSERTED);
        assertThat(out.get(0).date()).isEqualTo(LocalDate.of(2024, 5, 9));
        assertThat(out.get(1).modality()).as("a day counted from another is the judge's call")
                .isEqualTo(Modality.BACKGROUND);
        assertThat(out.get(2).modality()).as("a month before the report is the judge's call")
                .isEqualTo(Modality.BACKGROUND);
    }

    private static Event dated(Event e, LocalDate day, String words) {
        return new Event(e.source(), e.target(), e.cameo(), e.modality(), null, day, DateBasis.TEXT, words, e.text(),
                e.provenance());
    }

    @Test
    void theModelFileCarriesItsProvenanceAndVersion() throws Exception {
        JudgeTrainer.Result trained = JudgeTrainer.train(samples(), new WordEmbedder(), "word stand-in",
                JudgeTrainer.Settings.DEFAULT, Map.of("command", "saydo train corpus/dev/gold.jsonl"));
        Path file = dir.resolve("judge.model");
        trained.model().write(file);

        JudgeModel read = JudgeModel.read(file);

        assertThat(read.version()).isEqualTo(trained.model().version());
        assertThat(read.provenance()).containsEntry("command", "saydo train corpus/dev/gold.jsonl")
                .containsEntry("candidates", "24").containsKeys("data_sha256", "trained_at", "hyper_parameters")
                .hasEntrySatisfying("cv", cv -> assertThat(cv).startsWith("5-fold macro-F1=1.000"));
        // same samples, same data hash: training is reproducible
        JudgeTrainer.Result again = JudgeTrainer.train(samples(), new WordEmbedder(), "word stand-in",
                JudgeTrainer.Settings.DEFAULT, Map.of("command", "x"));
        assertThat(again.model().provenance().get("data_sha256")).isEqualTo(read.provenance().get("data_sha256"));
    }

    @Test
    void aMissingOrCorruptModelFileIsAClearErrorNamingIt() throws Exception {
        Path missing = dir.resolve("none.model");
        assertThatThrownBy(() -> JudgeModel.read(missing)).isInstanceOf(JudgeException.class)
                .hasMessage(missing + ": no such judge model (train one with saydo train, or use --no-judge)");
        Path corrupt = dir.resolve("corrupt.model");
        Files.write(corrupt, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        assertThatThrownBy(() -> JudgeModel.read(corrupt)).isInstanceOf(JudgeException.class)
                .hasMessageStartingWith(corrupt + ": not a judge model");
    }
}
