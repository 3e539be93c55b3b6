package org.saydo.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * The proposer names the act of open candidates: trained on candidates whose sentences speak of troops shelling
 * a town (root 19, CAMEO manual 1.1b3 "Use conventional military force") and of officials meeting reporters
 * (none), it makes a new shelling a {@code 190} event with the candidate's parties, modality, date and offsets,
 * the rule {@code judge-proposed} and its score and version, and leaves out the press meeting and any candidate
 * below its threshold.
 */
class ProposerTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 11);

    @TempDir
    Path dir;

    static Event open(String sentence, String lemma, Modality modality) {
        Provenance p = new Provenance("doc", "doc.txt", 3, 100, 100 + sentence.length(), 100,
                100 + sentence.length(), lemma, 115, 122, ProposalFeatures.OPEN_RULE + lemma, "test");
        return new Event(new ActorRef("RUSMIL", "Russian forces", "Russian forces"), new ActorRef("UKR", "Ukraine",
                "Ukraine"), CodedDocument.OPEN, modality, null, PUBLISHED, DateBasis.PUBLICATION, null, sentence, p);
    }

    static List<ProposerTrainer.Sample> samples() {
        List<ProposerTrainer.Sample> out = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            out.add(new ProposerTrainer.Sample(open("Russian troops pounded the town " + "!".repeat(i), "pound",
                    Modality.ASSERTED), "19"));
            out.add(new ProposerTrainer.Sample(open("The minister briefed reporters " + "!".repeat(i), "brief",
                    Modality.ASSERTED), ProposerModel.NONE));
        }
        return out;
    }

    static ProposerModel trained() {
        return ProposerTrainer.train(samples(), new JudgeTest.WordEmbedder(), "word stand-in",
                JudgeTrainer.Settings.DEFAULT, Map.of("command", "test")).model();
    }

    static JudgeModel judgeModel() {
        return JudgeTrainer.train(JudgeTest.samples(), new JudgeTest.WordEmbedder(), "word stand-in",
                JudgeTrainer.Settings.DEFAULT, Map.of()).model();
    }

    @Test
    void namesTheActOfAShellingAndLeavesOutThePressMeeting() {
        ProposerModel model = trained();
        Judge judge = new Judge(judgeModel(), new JudgeTest.WordEmbedder(),
                Judge.DEFAULT_DROP_THRESHOLD, new Proposer(model, new JudgeTest.WordEmbedder(), 0.6));
        Document doc = new Document("doc", "doc.txt", null, null, null, PUBLISHED, "text");
        Event shelling = open("Russian troops pounded a town near Kharkiv.", "pound", Modality.REPORTED);
        CodedDocument coded = new CodedDocument(doc, 5, List.of(), List.of(), List.of(),
                List.of(shelling, open("The minister briefed reporters on Monday.", "brief", Modality.ASSERTED)));

        CodedDocument out = judge.judge(coded);

        assertThat(out.events()).hasSize(1);
        Event e = out.events().get(0);
        assertThat(e.cameo()).isEqualTo("190");
        assertThat(e.source().code()).isEqualTo("RUSMIL");
        assertThat(e.target().code()).isEqualTo("UKR");
        assertThat(e.modality()).isEqualTo(Modality.REPORTED);
        assertThat(e.date()).isEqualTo(PUBLISHED);
        assertThat(e.provenance().rule()).isEqualTo(Proposer.RULE + " pound");
        assertThat(e.provenance().triggerStart()).isEqualTo(115);
        assertThat(e.provenance().sentence()).isEqualTo(3);
        assertThat(e.judge().verdict()).isEqualTo(Proposer.VERDICT);
        assertThat(e.judge().score()).isGreaterThanOrEqualTo(0.6);
        assertThat(e.judge().model()).isEqualTo(model.version()).hasSize(12);
        assertThat(out.open()).as("consumed by the judge").isEmpty();
    }

    @Test
    void aCandidateBelowTheThresholdIsNotEmitted() {
        ProposerModel model = trained();
        Event shelling = open("Russian troops pounded a town near Kharkiv.", "pound", Modality.ASSERTED);
        double p = model.scores(ProposalFeatures.of(shelling, new JudgeTest.WordEmbedder()
                .embed(List.of(shelling.text())).get(0))).get("19");
        assertThat(p).isGreaterThan(0.5).isLessThan(1.0);
        assertThat(new Proposer(model, new JudgeTest.WordEmbedder(), p).propose(List.of(shelling))).hasSize(1);
        double above = Math.min(1.0, p + (1 - p) / 2);
        assertThat(new Proposer(model, new JudgeTest.WordEmbedder(), above).propose(List.of(shelling))).isEmpty();
    }

    @Test
    void withoutAProposerOpenCandidatesAreNeverEvents() {
        Judge judge = new Judge(judgeModel(), new JudgeTest.WordEmbedder(),
                Judge.DEFAULT_DROP_THRESHOLD);
        Document doc = new Document("doc", "doc.txt", null, null, null, PUBLISHED, "text");
        CodedDocument coded = new CodedDocument(doc, 5, List.of(), List.of(), List.of(),
                List.of(open("Russian troops pounded a town near Kharkiv.", "pound", Modality.ASSERTED)));
        assertThat(judge.judge(coded).events()).isEmpty();
    }

    @Test
    void roundTripsThroughItsFileAndRejectsAJudgeModel() throws Exception {
        ProposerModel model = trained();
        Path file = dir.resolve("proposer.model");
        model.write(file);
        ProposerModel read = ProposerModel.read(file);
        assertThat(read.version()).isEqualTo(model.version());
        assertThat(read.provenance()).containsKeys("data_sha256", "cv", "features", "hyper_parameters")
                .containsEntry("command", "test");
        Path judge = dir.resolve("judge.model");
        JudgeTrainer.train(JudgeTest.samples(), new JudgeTest.WordEmbedder(), "word stand-in",
                JudgeTrainer.Settings.DEFAULT, Map.of()).model().write(judge);
        assertThatThrownBy(() -> ProposerModel.read(judge)).isInstanceOf(JudgeException.class)
                .hasMessageContaining("not a proposer model");
    }

    @Test
    void theShippedProposerReads() {
        assertThat(ProposerModel.standard().provenance()).containsKeys("data_sha256", "cv", "command");
    }
}
