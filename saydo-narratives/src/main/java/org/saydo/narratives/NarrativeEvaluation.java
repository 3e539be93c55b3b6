package org.saydo.narratives;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Document-level samples-F1 of predicted against gold labels (SemEval-2025 Task 10 subtask 2: per document the
 * F1 between the predicted and the gold label sets, averaged over documents; {@code Other} counts as a label),
 * for narratives and for sub-narratives; and the thresholds that maximise it. Stateless.
 */
public final class NarrativeEvaluation {

    private NarrativeEvaluation() {
    }

    /**
     * One document's result.
     *
     * @param gold its gold labels
     * @param predicted what the classifier gave
     * @param narrativeF1 F1 of the narratives
     * @param subnarrativeF1 F1 of the sub-narratives
     */
    public record DocumentScore(GoldLabels.Gold gold, DocumentLabels predicted, double narrativeF1,
            double subnarrativeF1) {
    }

    /**
     * The averages over documents.
     *
     * @param documents how many documents were scored
     * @param narrativeF1 samples-F1 of narratives
     * @param subnarrativeF1 samples-F1 of sub-narratives
     * @param scores each document's result, in the gold file's order
     */
    public record Summary(int documents, double narrativeF1, double subnarrativeF1, List<DocumentScore> scores) {

        public Summary {
            scores = List.copyOf(scores);
        }

        /** The summary line {@code saydo narratives evaluate} ends with. */
        public String line() {
            return String.format(Locale.ROOT, "narratives evaluate: %d documents, narratives F1=%.3f, "
                    + "subnarratives F1=%.3f", documents, narrativeF1, subnarrativeF1);
        }
    }

    /** Scores predictions against gold labels, document by document (both lists in the same order). */
    public static Summary score(List<GoldLabels.Gold> gold, List<DocumentLabels> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold documents but " + predicted.size()
                    + " predictions");
        }
        List<DocumentScore> out = new ArrayList<>();
        double n = 0;
        double s = 0;
        for (int i = 0; i < gold.size(); i++) {
            GoldLabels.Gold g = gold.get(i);
            DocumentLabels p = predicted.get(i);
            double fn = GoldLabels.f1(new HashSet<>(p.narratives()), g.narratives());
            double fs = GoldLabels.f1(new HashSet<>(p.subnarratives()), g.subnarratives());
            out.add(new DocumentScore(g, p, fn, fs));
            n += fn;
            s += fs;
        }
        int d = gold.size();
        return new Summary(d, d == 0 ? 0 : n / d, d == 0 ? 0 : s / d, out);
    }

    /** The score of answering {@code Other} for every document (the baseline a result must beat). */
    public static Summary otherEverywhere(List<GoldLabels.Gold> gold) {
        return score(gold, gold.stream().map(g -> new DocumentLabels(g.doc(), List.of(Taxonomy.OTHER),
                List.of(Taxonomy.OTHER), List.of(), "other-everywhere")).toList());
    }

    /**
     * The thresholds that maximise the mean of the narrative and sub-narrative samples-F1 over scored documents,
     * on a grid of 0.05 steps (ties: the higher thresholds).
     *
     * @param scored the documents' sentence scores, in the order of {@code gold}
     * @param basis a description of the documents for the provenance
     */
    public static NarrativeTrainer.Thresholds tune(NarrativeClassifier classifier,
            List<NarrativeClassifier.Scored> scored, List<GoldLabels.Gold> gold, String basis) {
        Objects.requireNonNull(classifier, "classifier");
        double best = -1;
        double bestSub = 0.5;
        double bestNarr = 0.5;
        for (int a = 19; a >= 2; a--) {
            for (int b = 19; b >= 2; b--) {
                double sub = a * 0.05;
                double narr = b * 0.05;
                Function<NarrativeClassifier.Scored, DocumentLabels> decide = s -> classifier.decide(s, sub, narr);
                Summary sum = score(gold, scored.stream().map(decide).toList());
                double objective = (sum.narrativeF1() + sum.subnarrativeF1()) / 2;
                if (objective > best + 1e-9) {
                    best = objective;
                    bestSub = sub;
                    bestNarr = narr;
                }
            }
        }
        return new NarrativeTrainer.Thresholds(bestSub, bestNarr, String.format(Locale.ROOT,
                "tuned on %s (%d documents): mean of narrative and sub-narrative samples-F1 = %.3f", basis,
                gold.size(), best));
    }
}
