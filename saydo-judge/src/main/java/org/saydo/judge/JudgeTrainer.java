package org.saydo.judge;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.saydo.record.Event;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains a {@link JudgeModel}: multinomial logistic regression (Tribuo's linear SGD with AdaGrad) over
 * {@link CandidateFeatures}, classes weighted to balance, with a k-fold cross-validated score, and the training
 * data's hash, date, features, hyper-parameters and score recorded in the model's provenance. Deterministic for
 * the same samples and settings.
 */
public final class JudgeTrainer {

    /** Tribuo logs every fold and every thousand iterations at INFO; Saydo prints its own one-line summary. */
    private static final java.util.logging.Logger TRIBUO = java.util.logging.Logger.getLogger("org.tribuo");

    static {
        TRIBUO.setLevel(java.util.logging.Level.WARNING);
    }

    private JudgeTrainer() {
    }

    /** One candidate the dictionaries proposed, with the verdict the gold gives it. */
    public record Sample(Event event, LocalDate published, Verdict verdict) {

        public Sample {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(verdict, "verdict");
        }
    }

    /**
     * Hyper-parameters.
     *
     * @param epochs passes over the data
     * @param learningRate AdaGrad's initial learning rate
     * @param folds folds of the cross-validation (2 or more)
     * @param seed the shuffling seed
     */
    public record Settings(int epochs, double learningRate, int folds, long seed) {

        public static final Settings DEFAULT = new Settings(15, 0.1, 5, 42);

        public Settings {
            if (epochs < 1 || folds < 2 || !(learningRate > 0)) {
                throw new IllegalArgumentException("bad settings: epochs=" + epochs + ", learningRate="
                        + learningRate + ", folds=" + folds);
            }
        }
    }

    /** A trained model and how well it did in cross-validation. */
    public record Result(JudgeModel model, double cvMacroF1, double cvAccuracy, Map<Verdict, Integer> counts) {
    }

    /**
     * Trains on {@code samples}.
     *
     * @param info extra provenance to record (the command, the gold files and their hash)
     * @throws IllegalArgumentException with fewer samples than folds, or with only one verdict among them
     */
    public static Result train(List<Sample> samples, Embedder embedder, String embedderName, Settings settings,
            Map<String, String> info) {
        Objects.requireNonNull(samples, "samples");
        Objects.requireNonNull(embedder, "embedder");
        Objects.requireNonNull(settings, "settings");
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Sample s : samples) {
            counts.merge(s.verdict(), 1, Integer::sum);
        }
        if (samples.size() < settings.folds() || counts.size() < 2) {
            throw new IllegalArgumentException("too little to train on: " + samples.size() + " candidates, verdicts "
                    + counts);
        }
        Map<String, Integer> sentenceIndex = new LinkedHashMap<>();
        for (Sample s : samples) {
            sentenceIndex.putIfAbsent(s.event().text(), sentenceIndex.size());
        }
        List<float[]> vectors = embedder.embed(new ArrayList<>(sentenceIndex.keySet()));
        LabelFactory labels = new LabelFactory();
        List<Example<Label>> examples = new ArrayList<>(samples.size());
        StringBuilder canonical = new StringBuilder();
        for (Sample s : samples) {
            CandidateFeatures.Features f = CandidateFeatures.of(s.event(), s.published(),
                    vectors.get(sentenceIndex.get(s.event().text())));
            float weight = (float) samples.size() / (counts.size() * counts.get(s.verdict()));
            ArrayExample<Label> example = new ArrayExample<>(new Label(s.verdict().label()), f.names(), f.values());
            example.setWeight(weight);
            examples.add(example);
            Event e = s.event();
            canonical.append(s.verdict().label()).append('\t').append(e.source().code()).append('\t')
                    .append(e.target() == null ? "" : e.target().code()).append('\t').append(e.cameo()).append('\t')
                    .append(e.modality().label()).append('\t').append(e.provenance().rule()).append('\t')
                    .append(e.text()).append('\n');
        }
        String dataHash = LinearModels.sha256(canonical.toString().getBytes(StandardCharsets.UTF_8));
        MutableDataset<Label> data = new MutableDataset<>(new ListDataSource<>(examples, labels,
                new SimpleDataSourceProvenance("saydo judge candidates sha256:" + dataHash, labels)));
        LinearSGDTrainer trainer = LinearModels.trainer(settings.learningRate(), settings.epochs(), settings.seed());
        LinearModels.CrossValidated cv = LinearModels.crossValidate(trainer, data, settings.folds(), settings.seed());
        double f1 = cv.macroF1();
        double accuracy = cv.accuracy();
        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put("data_sha256", dataHash);
        provenance.put("candidates", String.valueOf(samples.size()));
        provenance.put("verdicts", counts.toString());
        provenance.put("trained_at", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).toString());
        provenance.put("features", "sentence embedding (" + embedder.dimension() + " dims, " + embedderName
                + "), root, quad, modality, rule file, trigger word, date basis, target kind, source role, age");
        provenance.put("hyper_parameters", LinearModels.trainerSettings(settings.learningRate(), settings.epochs(),
                settings.seed()) + ", balanced class weights");
        provenance.put("cv", String.format(Locale.ROOT, "%d-fold macro-F1=%.3f accuracy=%.3f",
                settings.folds(), f1, accuracy));
        provenance.putAll(info);
        Model<Label> model = trainer.train(data, LinearModels.instanceProvenance(provenance));
        return new Result(JudgeModel.of(LinearModels.bytes(model), "trained"), f1, accuracy, counts);
    }
}
