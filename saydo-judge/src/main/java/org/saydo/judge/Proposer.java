package org.saydo.judge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.saydo.record.Event;
import org.saydo.record.Judgement;
import org.saydo.record.Provenance;

/**
 * Names the act of open candidates (the coder's, in sentences its dictionaries coded nothing in): embeds each
 * candidate's sentence, scores it with the {@link ProposerModel}, and makes it an event when the model's best
 * root beats {@code none} with at least {@link #threshold()} probability: the root's base code ({@code 190}),
 * the candidate's modality, date and offsets, the rule {@value #RULE} with the trigger's lemma, and the model's
 * probability and version as its judgement ({@code proposed}). One event per sentence, dyad and root. Thread-safe
 * when its embedder is.
 */
public final class Proposer {

    /**
     * The default probability at which an open candidate is proposed as an event. Chosen out of sample on the
     * development half (a proposer trained on one half of {@code corpus/dev}, split by story, scoring the other's
     * open candidates, both ways): the lowest threshold whose precision (2 of 3 proposed, 66.7%) is at least the
     * system's; at 0.2-0.5 it proposed 21-6 events at 29-38%. With it on, the blind half went P 53.2 to 53.1 and
     * R 29.3 to 29.4, so the pipelines run no proposer unless asked ({@code --propose-threshold}); see
     * {@code saydo-judge/README.md}.
     */
    public static final double DEFAULT_THRESHOLD = 0.6;

    /** The rule a proposed event records, before its trigger's lemma. */
    public static final String RULE = "judge-proposed";

    /** The verdict recorded on a proposed event. */
    public static final String VERDICT = "proposed";

    private final ProposerModel model;
    private final Embedder embedder;
    private final double threshold;

    public Proposer(ProposerModel model, Embedder embedder, double threshold) {
        this.model = Objects.requireNonNull(model, "model");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("propose threshold must be in (0, 1], not " + threshold);
        }
        this.threshold = threshold;
    }

    public double threshold() {
        return threshold;
    }

    public ProposerModel model() {
        return model;
    }

    /** The events the model proposes among {@code open} (the open candidates of one document), in their order. */
    public List<Event> propose(List<Event> open) {
        Objects.requireNonNull(open, "open");
        if (open.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> sentences = new LinkedHashMap<>();
        for (Event e : open) {
            sentences.putIfAbsent(e.text(), sentences.size());
        }
        List<float[]> vectors = embedder.embed(new ArrayList<>(sentences.keySet()));
        List<Event> out = new ArrayList<>();
        Set<String> told = new HashSet<>();
        for (Event e : open) {
            Map<String, Double> scores = model.scores(ProposalFeatures.of(e, vectors.get(sentences.get(e.text()))));
            String best = null;
            double p = -1;
            for (var s : scores.entrySet()) {
                if (!s.getKey().equals(ProposerModel.NONE) && s.getValue() > p) {
                    best = s.getKey();
                    p = s.getValue();
                }
            }
            if (best == null || p < threshold || p <= scores.getOrDefault(ProposerModel.NONE, 0.0)) {
                continue;
            }
            String key = e.provenance().sentence() + "|" + e.source().code() + "|"
                    + (e.target() == null ? "" : e.target().code()) + "|" + best;
            if (!told.add(key)) {
                continue;
            }
            Provenance from = e.provenance();
            Event proposed = new Event(e.source(), e.target(), best + "0", e.modality(), e.reportedBy(), e.date(),
                    e.dateBasis(), e.dateText(), e.text(),
                    from.withRule(RULE + " " + ProposalFeatures.lemma(e)),
                    new Judgement(VERDICT, Math.max(0, Math.min(1, p)), model.version()));
            out.add(proposed);
        }
        return out;
    }
}
