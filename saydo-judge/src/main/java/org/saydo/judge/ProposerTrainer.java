package org.saydo.judge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.saydo.record.Event;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains a {@link ProposerModel}: multinomial logistic regression (Tribuo's linear SGD with AdaGrad, as the
 * judge's) over {@link ProposalFeatures}, labels a CAMEO root or {@link ProposerModel#NONE}, unweighted (the
 * proposer must keep the prior that most open candidates are no event), with a k-fold cross-validated score
 * and the training data's hash, date, features, hyper-parameters and score in the model's provenance.
 * Deterministic for the same samples and settings.
 */
public final class ProposerTrainer {

    static {
        java.util.logging.Logger.getLogger("org.tribuo").setLevel(java.util.logging.Level.WARNING);
    }

    private ProposerTrainer() {
    }

    /** One open candidate with the label the gold gives it: the root of its gold event, or {@code none}. */
    public record Sample(Event open, String label) {

        public Sample {
            Objects.requireNonNull(open, "open");
            Objects.requireNonNull(label, "label");
        }
    }

    /** A trained model, its cross-validated score and its labels' counts. */
    public record Result(ProposerModel model, double cvMacroF1, double cvAccuracy, Map<String, Integer> counts) {
    }

    /**
     * Trains on {@code samples}.
     *
     * @param info extra provenance to record (the command, the gold files and their hash)
     * @throws IllegalArgumentException with fewer samples than folds, or with only one label among them
     */
    public static Result train(List<Sample> samples, Embedder embedder, String embedderName,
            JudgeTrainer.Settings settings, Map<String, String> info) {
        Objects.requireNonNull(samples, "samples");
        Objects.requireNonNull(embedder, "embedder");
        Objects.requireNonNull(settings, "settings");
        Map<String, Integer> counts = new TreeMap<>();
        for (Sample s : samples) {
            counts.merge(s.label(), 1, Integer::sum);
        }
        if (samples.size() < settings.folds() || counts.size() < 2) {
            throw new IllegalArgumentException("too little to train a proposer on: " + samples.size()
                    + " open candidates, labels " + counts);
        }
        Map<String, Integer> sentenceIndex = new LinkedHashMap<>();
        for (Sample s : samples) {
            sentenceIndex.putIfAbsent(s.open().text(), sentenceIndex.size());
        }
        List<float[]> vectors = embedder.embed(new ArrayList<>(sentenceIndex.keySet()));
        LabelFactory labels = new LabelFactory();
        List<Example<Label>> examples = new ArrayList<>(samples.size());
        StringBuilder canonical = new StringBuilder();
        for (Sample s : samples) {
            CandidateFeatures.Features f = ProposalFeatures.of(s.open(),
                    vectors.get(sentenceIndex.get(s.open().text())));
            examples.add(new ArrayExample<>(new Label(s.label()), f.names(), f.values()));
            Event e = s.open();
            canonical.append(s.label()).append('\t').append(e.source().code()).append('\t')
                    .append(e.target() == null ? "" : e.target().code()).append('\t')
                    .append(e.modality().label()).append('\t').append(e.provenance().rule()).append('\t')
                    .append(e.text()).append('\n');
        }
        String dataHash = LinearModels.sha256(canonical.toString().getBytes(StandardCharsets.UTF_8));
        MutableDataset<Label> data = new MutableDataset<>(new ListDataSource<>(examples, labels,
                new SimpleDataSourceProvenance("saydo open candidates sha256:" + dataHash, labels)));
        var trainer = LinearModels.trainer(settings.learningRate(), settings.epochs(), settings.seed());
        LinearModels.CrossValidated cv = LinearModels.crossValidate(trainer, data, settings.folds(), settings.seed());
        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put("data_sha256", dataHash);
        provenance.put("open_candidates", String.valueOf(samples.size()));
        provenance.put("labels", counts.toString());
        provenance.put("trained_at", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).toString());
        provenance.put("features", "sentence embedding (" + embedder.dimension() + " dims, " + embedderName
                + "), trigger lemma, modality, date basis, source kind, target kind, own or other dyad");
        provenance.put("hyper_parameters", LinearModels.trainerSettings(settings.learningRate(), settings.epochs(),
                settings.seed()) + ", unweighted");
        provenance.put("cv", String.format(Locale.ROOT, "%d-fold macro-F1=%.3f accuracy=%.3f",
                settings.folds(), cv.macroF1(), cv.accuracy()));
        provenance.putAll(info);
        Model<Label> model = trainer.train(data, LinearModels.instanceProvenance(provenance));
        return new Result(ProposerModel.of(LinearModels.bytes(model), "trained"), cv.macroF1(), cv.accuracy(),
                counts);
    }
}
