package org.saydo.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saydo.record.ActorRef;
import org.saydo.record.DateBasis;
import org.saydo.record.Event;
import org.saydo.record.Modality;
import org.saydo.record.Provenance;
import org.saydo.record.Quote;

/**
 * The scorer over hand-made gold and system records (no NLP). The document has three sentences, at offsets
 * 0..50, 50..100 and 100..150; every expected figure is worked out by hand in the comments.
 */
class ScorerTest {

    private static final LocalDate MAY10 = LocalDate.parse("2024-05-10");
    private static final LocalDate MAY11 = LocalDate.parse("2024-05-11");
    private static final LocalDate MAY12 = LocalDate.parse("2024-05-12");

    private static GoldEvent gold(String source, String target, String cameo, String modality, LocalDate date,
            int start, int end) {
        return new GoldEvent(source, target, cameo, modality, date, start, end, "x".repeat(end - start), "t");
    }

    /** A system event in the sentence {@code sentence} (0, 1 or 2) whose words start at {@code start}. */
    private static Event system(String source, String target, String cameo, Modality modality, LocalDate date,
            int sentence, int start) {
        return new Event(actor(source), target == null ? null : actor(target), cameo, modality, null, date,
                DateBasis.PUBLICATION, null, "sentence " + sentence, new Provenance("id", "doc.txt", sentence,
                        sentence * 50, sentence * 50 + 50, start, start + 5, "t", start, start + 1, "rule", "v"));
    }

    private static Quote quote(String speaker, int start, int end) {
        return new Quote(actor(speaker), null, "q", true, "say", "010", Modality.ASSERTED, MAY11,
                DateBasis.PUBLICATION, null, "s", new Provenance("id", "doc.txt", 0, 0, 150, start, end, "said", 0,
                        4, "rule", "v"));
    }

    private static ActorRef actor(String code) {
        return new ActorRef(code, code, code);
    }

    private static GoldDocument doc(List<GoldEvent> events, List<GoldQuote> quotes) {
        return new GoldDocument("doc.txt", 1, events, quotes);
    }

    @Test
    void aWholeDocumentScoredByHand() {
        GoldEvent g1 = gold("RUSMIL", "UKR", "190", "asserted", MAY10, 10, 40);            // sentence 0
        GoldEvent g2 = gold("PSEREB", "ISR", "138", "intent", MAY11, 60, 90);              // sentence 1
        GoldEvent g3 = gold("RUS", "UKR", "192", "background", null, 110, 140);            // sentence 2
        GoldEvent g4 = gold("IGOUNOIAE", "IRN", "043", "asserted", MAY11, 115, 145);       // sentence 2
        GoldEvent g5 = gold("USAGOV", null, "154", "asserted", MAY11, 20, 45);             // sentence 0
        Event s1 = system("RUSGOV", "UKRMIL", "195", Modality.ASSERTED, MAY10, 0, 12);      // g1 by root
        Event s2 = system("PSE", "ISR", "138", Modality.INTENT, MAY11, 1, 60);              // Hamas is not PSE
        Event s3 = system("RUS", "UKR", "190", Modality.ASSERTED, MAY11, 2, 110);           // g3, background
        Event s4 = system("IGOUNOIAE", "IRN", "043", Modality.ASSERTED, MAY11, 2, 116);     // g4 exactly
        Event s5 = system("USAGOV", null, "154", Modality.ASSERTED, MAY12, 0, 20);          // g5, date wrong
        Event s6 = system("UKR", "RUS", "190", Modality.ASSERTED, MAY11, 1, 70);       // nothing like it
        GoldQuote q1 = new GoldQuote("RUSGOV", 20, 40, "x".repeat(20), true);
        GoldQuote q2 = new GoldQuote("UKRGOV", 60, 80, "x".repeat(20), false);
        GoldQuote q3 = new GoldQuote("PSEREB", 110, 130, "x".repeat(20), true);
        Quote a = quote("RUSGOV", 22, 38);  // overlaps q1 by 16
        Quote b = quote("RUSGOV", 65, 85);  // overlaps q2 by 15, wrong speaker
        Quote c = quote("PSEREB", 140, 150); // overlaps nothing
        Quote d = quote("RUS", 38, 45);     // overlaps q1 by 2 only: a wins

        DocumentScore score = Scorer.score(doc(List.of(g1, g2, g3, g4, g5), List.of(q1, q2, q3)),
                List.of(s1, s2, s3, s4, s5, s6), List.of(a, b, c, d));

        // dyad+root: g1-s1 (RUS>UKR 19, same sentence, preferred to s3), g3-s3, g4-s4, g5-s5 (null target both)
        assertThat(score.matched()).extracting(DocumentScore.Pair::system).containsExactly(s1, s3, s4, s5);
        assertThat(score.missed()).containsExactly(g2);
        assertThat(score.spurious()).containsExactly(s2, s6);
        // dyad+code: g1 190 takes s3 190 (another sentence: the second pass), g4 043-s4, g5 154-s5; g3 192 none
        assertThat(score.matchedCode()).isEqualTo(3);
        // g3 is background and s3 asserts it in g3's sentence
        assertThat(score.backgroundAsDeeds()).isEqualTo(1);
        assertThat(score.quotes()).extracting(DocumentScore.QuotePair::system).containsExactly(a, b, null);
        // g3 background vs asserted; g2 missed, s2 in its sentence has root 13 but dyad PSE>ISR; s6 explains nothing
        assertThat(score.errors()).containsExactlyInAnyOrder("modality background -> asserted",
                "wrong dyad (root 13)", "spurious (root 19)");

        EvaluationReport r = EvaluationReport.of(List.of(score));
        // P = 4 matched / 6 system = 66.7%, R = 4 / 5 gold = 80.0%
        assertThat(r.root()).isEqualTo(new EvaluationReport.Counts(5, 6, 4));
        assertThat(r.root().precision()).isCloseTo(66.67, within(0.01));
        assertThat(r.root().recall()).isCloseTo(80.0, within(0.01));
        // dyad+code: P = 3/6 = 50%, R = 3/5 = 60%
        assertThat(r.code()).isEqualTo(new EvaluationReport.Counts(5, 6, 3));
        // root 19: gold g1 g3, system s1 s3 s6, matched 2 -> P 66.7 R 100; root 13: gold 1, system 1, matched 0
        assertThat(r.byRoot()).containsEntry("19", new EvaluationReport.Counts(2, 3, 2))
                .containsEntry("13", new EvaluationReport.Counts(1, 1, 0))
                .containsEntry("04", new EvaluationReport.Counts(1, 1, 1))
                .containsEntry("15", new EvaluationReport.Counts(1, 1, 1)).hasSize(4);
        // QuadClass 4 = roots 15-20: gold g1 g3 g5, system s1 s3 s5 s6, matched 3; QuadClass 2 has nothing
        assertThat(r.byQuad()).containsEntry(4, new EvaluationReport.Counts(3, 4, 3))
                .containsEntry(3, new EvaluationReport.Counts(1, 1, 0))
                .containsEntry(1, new EvaluationReport.Counts(1, 1, 1))
                .containsEntry(2, new EvaluationReport.Counts(0, 0, 0));
        // by modality: gold asserted g1 g4 g5 all found, each by an asserted event; background g3 found by the
        // asserted s3 (found, not as such); intent g2 missed; system asserted s1 s3 s4 s5 s6, intent s2
        assertThat(r.byModality()).containsEntry("asserted", new EvaluationReport.ModalityCounts(3, 3, 3, 5))
                .containsEntry("background", new EvaluationReport.ModalityCounts(1, 1, 0, 0))
                .containsEntry("intent", new EvaluationReport.ModalityCounts(1, 0, 0, 1)).hasSize(3);
        assertThat(r.byModality().get("background").recall()).isCloseTo(100.0, within(0.01));
        // full codes: g1/s1 RUSMIL vs RUSGOV differ; g3/s3, g4/s4 and g5/s5 (null = null) agree
        assertThat(r.fullActors()).isEqualTo(3);
        // modality right on g1, g4, g5, wrong on g3: 3 of 4 = 75%
        assertThat(r.modalityAccuracy()).isCloseTo(75.0, within(0.01));
        // dates: g3 has none; g1 right, g4 right, g5 wrong (12 for 11): 2 of 3
        assertThat(r.datesScored()).isEqualTo(3);
        assertThat(r.dateAccuracy()).isCloseTo(66.67, within(0.01));
        // material conflict asserted: s1 (g1 asserted), s3 (g3 background: not a deed), s5 (g5), s6 (unmatched)
        assertThat(r.materialConflict().system()).isEqualTo(4);
        assertThat(r.materialConflict().matched()).isEqualTo(2);
        assertThat(r.materialConflictPrecision()).isCloseTo(50.0, within(0.01));
        assertThat(r.backgroundGold()).isEqualTo(1);
        assertThat(r.backgroundAsDeeds()).isEqualTo(1);
        // quotes: q1-a right speaker, q2-b wrong speaker, q3 none: recall 2/3, speaker 1/3
        assertThat(r.quotes()).isEqualTo(new EvaluationReport.Counts(3, 4, 2));
        assertThat(r.speakerCorrect()).isEqualTo(1);
        assertThat(r.summaryLine()).isEqualTo(
                "evaluate: 1 documents, 5 gold events, P=66.7% R=80.0% (dyad+root), quotes 3 gold, speaker=33.3%");
        assertThat(r.errors().keySet()).hasSize(3);
    }

    @Test
    void eachMissIsExplainedByWhatTheCoderEmittedInItsSentence() {
        GoldEvent wrongRoot = gold("RUS", "UKR", "190", "asserted", MAY10, 10, 40);      // sentence 0
        GoldEvent beside = gold("ISR", "LBN", "190", "asserted", MAY10, 60, 90);         // sentence 1
        GoldEvent silent = gold("CHN", "TWN", "150", "asserted", MAY10, 110, 140);       // sentence 2
        Event arrest = system("RUS", "UKR", "173", Modality.ASSERTED, MAY10, 0, 12);      // same dyad, root 17
        Event talks = system("USA", "IRN", "042", Modality.ASSERTED, MAY10, 1, 62);       // neither dyad nor root
        DocumentScore score = Scorer.score(doc(List.of(wrongRoot, beside, silent), List.of()),
                List.of(arrest, talks), List.of());
        assertThat(score.missed()).containsExactly(wrongRoot, beside, silent);
        assertThat(score.errors()).containsExactlyInAnyOrder("root 19 -> 17", "missed (root 19)",
                "silent sentence (root 15)", "spurious (root 04)");
        assertThat(score.missed(DocumentScore.MissCause.WRONG_ROOT)).isEqualTo(1);
        assertThat(score.missed(DocumentScore.MissCause.WRONG_DYAD)).isZero();
        assertThat(score.missed(DocumentScore.MissCause.OTHER_EVENTS)).isEqualTo(1);
        assertThat(score.missed(DocumentScore.MissCause.SILENT)).isEqualTo(1);
        // summed over two copies of the document
        EvaluationReport r = EvaluationReport.of(List.of(score, score));
        assertThat(r.missCauses()).containsExactly(java.util.Map.entry(DocumentScore.MissCause.WRONG_ROOT, 2),
                java.util.Map.entry(DocumentScore.MissCause.WRONG_DYAD, 0),
                java.util.Map.entry(DocumentScore.MissCause.OTHER_EVENTS, 2),
                java.util.Map.entry(DocumentScore.MissCause.SILENT, 2));
    }

    @Test
    void anEventInTheGoldSentenceIsPreferredToANearerOneInAnother() {
        GoldEvent g = gold("RUS", "UKR", "190", "asserted", MAY10, 105, 120);      // sentence 2
        Event near = system("RUS", "UKR", "190", Modality.ASSERTED, MAY10, 1, 95);  // 10 away, sentence 1
        Event far = system("RUS", "UKR", "190", Modality.ASSERTED, MAY10, 2, 140);  // 35 away, sentence 2
        DocumentScore score = Scorer.score(doc(List.of(g), List.of()), List.of(near, far), List.of());
        assertThat(score.matched()).extracting(DocumentScore.Pair::system).containsExactly(far);
        assertThat(score.spurious()).containsExactly(near);
    }

    @Test
    void aNullTargetMatchesOnlyANullTargetAndEachSystemEventMatchesOnce() {
        GoldEvent g1 = gold("RUS", "UKR", "190", "asserted", MAY10, 10, 20);
        GoldEvent g2 = gold("RUS", "UKR", "190", "asserted", MAY10, 30, 40);
        Event untargeted = system("RUS", null, "190", Modality.ASSERTED, MAY10, 0, 10);
        Event one = system("RUSMIL", "UKR", "193", Modality.ASSERTED, MAY10, 0, 30);
        DocumentScore score = Scorer.score(doc(List.of(g1, g2), List.of()), List.of(untargeted, one), List.of());
        // g1 takes 'one' (the only key match); g2 has nothing left; 'untargeted' has no target, so no match
        assertThat(score.matched()).extracting(DocumentScore.Pair::gold).containsExactly(g1);
        assertThat(score.missed()).containsExactly(g2);
        assertThat(score.spurious()).containsExactly(untargeted);
        EvaluationReport r = EvaluationReport.of(List.of(score));
        // code: 190 vs 193 never matches
        assertThat(r.code().matched()).isZero();
        // g2 is missed while the untargeted 190 sits in its sentence: root right, dyad wrong
        assertThat(score.errors()).containsExactlyInAnyOrder("wrong dyad (root 19)");
    }

    @Test
    void eventsAreSummedPerConflictAndPerShapeOfTheirDocument() {
        GoldEvent g1 = gold("RUS", "UKR", "190", "asserted", MAY10, 10, 20);
        GoldEvent g2 = gold("MLI", "FRA", "161", "asserted", MAY10, 60, 70);
        GoldEvent g3 = gold("MLIMIL", "MLIREB", "190", "asserted", MAY10, 110, 120);
        Event hit = system("RUSMIL", "UKR", "190", Modality.ASSERTED, MAY10, 0, 10);  // g1 by root
        Event stray = system("FRA", "MLI", "161", Modality.ASSERTED, MAY10, 1, 60);   // g2's dyad reversed
        // a wire about Ukraine: 1 gold, 1 system, 1 matched; a wire and a readout about the Sahel: the readout has
        // g2 (missed, 'stray' spurious), the wire has g3 (missed, nothing emitted); a line with no labels
        DocumentScore ukraine = Scorer.score(new GoldDocument("a.txt", 1, List.of(g1), List.of(), "russia-ukraine",
                "wire"), List.of(hit), List.of());
        DocumentScore readout = Scorer.score(new GoldDocument("b.txt", 2, List.of(g2), List.of(), "sahel",
                "readout"), List.of(stray), List.of());
        DocumentScore wire = Scorer.score(new GoldDocument("c.txt", 3, List.of(g3), List.of(), "sahel", "wire"),
                List.of(), List.of());
        DocumentScore bare = Scorer.score(doc(List.of(g1), List.of()), List.of(hit), List.of());
        EvaluationReport r = EvaluationReport.of(List.of(ukraine, readout, wire, bare));
        assertThat(r.byConflict()).containsExactly(java.util.Map.entry("-", new EvaluationReport.Counts(1, 1, 1)),
                java.util.Map.entry("russia-ukraine", new EvaluationReport.Counts(1, 1, 1)),
                java.util.Map.entry("sahel", new EvaluationReport.Counts(2, 1, 0)));
        assertThat(r.byShape()).containsExactly(java.util.Map.entry("-", new EvaluationReport.Counts(1, 1, 1)),
                java.util.Map.entry("readout", new EvaluationReport.Counts(1, 1, 0)),
                java.util.Map.entry("wire", new EvaluationReport.Counts(2, 1, 1)));
    }

    @Test
    void nothingToDivideByIsNaNAndPrintsAsZeroOnTheLastLine() {
        EvaluationReport r = EvaluationReport.of(List.of());
        assertThat(r.root().precision()).isNaN();
        assertThat(r.summaryLine()).isEqualTo(
                "evaluate: 0 documents, 0 gold events, P=0.0% R=0.0% (dyad+root), quotes 0 gold, speaker=0.0%");
    }
}
