package org.saydo.narratives;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.saydo.judge.Embedder;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains a {@link NarrativeModel}: multinomial logistic regression (Tribuo's linear SGD with AdaGrad) over the
 * sentence embedding of each example passage; a positive example's class is its label, every hard negative (and
 * every example labelled {@code Other}) is {@link NarrativeModel#NONE}; classes weighted to balance. A k-fold
 * cross-validation gives the passage-level score; the data's hash, date, embedder, hyper-parameters, score and
 * the decision thresholds are recorded in the model's provenance. Deterministic for the same examples and
 * settings.
 */
public final class NarrativeTrainer {

    private NarrativeTrainer() {
    }

    /**
     * Hyper-parameters.
     *
     * @param epochs passes over the data
     * @param learningRate AdaGrad's initial learning rate
     * @param folds folds of the cross-validation (2 or more)
     * @param seed the shuffling seed
     * @param noneWeight how much more the class {@link NarrativeModel#NONE} weighs than a balanced share (1: as
     *     much as any one label)
     */
    public record Settings(int epochs, double learningRate, int folds, long seed, double noneWeight) {

        public static final Settings DEFAULT = new Settings(20, 0.5, 5, 42, 30);

        public Settings {
            if (epochs < 1 || folds < 2 || !(learningRate > 0) || !(noneWeight > 0)) {
                throw new IllegalArgumentException("bad settings: epochs=" + epochs + ", learningRate="
                        + learningRate + ", folds=" + folds + ", noneWeight=" + noneWeight);
            }
        }
    }

    /**
     * The decision thresholds to record in the model and where they come from.
     *
     * @param subnarrative the smallest passage score that gives a sub-narrative
     * @param narrative the smallest summed score of a narrative's classes that gives the narrative
     * @param basis how they were chosen (for the provenance)
     */
    public record Thresholds(double subnarrative, double narrative, String basis) {

        public static final Thresholds DEFAULT = new Thresholds(0.5, 0.6, "default");

        public Thresholds {
            Objects.requireNonNull(basis, "basis");
            if (!(subnarrative > 0 && subnarrative <= 1) || !(narrative > 0 && narrative <= 1)) {
                throw new IllegalArgumentException("thresholds outside (0, 1]: subnarrative=" + subnarrative
                        + ", narrative=" + narrative);
            }
        }
    }

    /** A trained model, its cross-validated passage-level scores and the examples per class. */
    public record Result(NarrativeModel model, double cvMacroF1, double cvAccuracy, Map<String, Integer> counts) {
    }

    /**
     * Trains on {@code examples}.
     *
     * @param info extra provenance to record (the command, the example directory)
     * @throws NarrativeException with fewer examples than folds, or without both positives and negatives
     */
    public static Result train(List<Examples.Example> examples, Embedder embedder, String embedderName,
            Settings settings, Thresholds thresholds, Map<String, String> info) {
        return train(examples, List.of(), embedder, embedderName, settings, thresholds, info);
    }

    /**
     * Trains on {@code examples} and on background sentences: sentences of ordinary reporting taken to carry no
     * narrative (class {@link NarrativeModel#NONE}), so that the model sees what most sentences of a news report
     * look like, not only the hard negatives the team wrote.
     *
     * @param background the background sentences (may be empty)
     * @param info extra provenance to record (the command, the example directory)
     * @throws NarrativeException with fewer examples than folds, or without both positives and negatives
     */
    public static Result train(List<Examples.Example> examples, List<String> background, Embedder embedder,
            String embedderName, Settings settings, Thresholds thresholds, Map<String, String> info) {
        Objects.requireNonNull(examples, "examples");
        Objects.requireNonNull(background, "background");
        if (!background.isEmpty()) {
            List<Examples.Example> all = new ArrayList<>(examples);
            for (int i = 0; i < background.size(); i++) {
                all.add(new Examples.Example(Taxonomy.OTHER, Examples.Kind.negative, "background",
                        background.get(i), "background:" + (i + 1)));
            }
            examples = all;
        }
        Objects.requireNonNull(embedder, "embedder");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(thresholds, "thresholds");
        Map<String, Integer> counts = new TreeMap<>();
        for (Examples.Example e : examples) {
            counts.merge(classOf(e), 1, Integer::sum);
        }
        if (examples.size() < settings.folds() || counts.size() < 2 || !counts.containsKey(NarrativeModel.NONE)) {
            throw new NarrativeException("too little to train on: " + examples.size() + " examples, classes "
                    + counts);
        }
        List<float[]> vectors = embedder.embed(examples.stream().map(Examples.Example::text).toList());
        String[] names = new String[embedder.dimension()];
        for (int i = 0; i < names.length; i++) {
            names[i] = NarrativeModel.featureName(i);
        }
        LabelFactory labels = new LabelFactory();
        List<Example<Label>> data = new ArrayList<>(examples.size());
        StringBuilder canonical = new StringBuilder();
        for (int k = 0; k < examples.size(); k++) {
            Examples.Example e = examples.get(k);
            String cls = classOf(e);
            double[] values = new double[names.length];
            float[] v = vectors.get(k);
            for (int i = 0; i < values.length; i++) {
                values[i] = v[i];
            }
            ArrayExample<Label> example = new ArrayExample<>(new Label(cls), names, values);
            double factor = cls.equals(NarrativeModel.NONE) ? settings.noneWeight() : 1;
            example.setWeight((float) (factor * examples.size() / (counts.size() * counts.get(cls))));
            data.add(example);
            canonical.append(e.label()).append('\t').append(e.kind()).append('\t').append(e.voice()).append('\t')
                    .append(e.text()).append('\n');
        }
        String dataHash = org.saydo.judge.LinearModels.sha256(canonical.toString().getBytes(StandardCharsets.UTF_8));
        MutableDataset<Label> dataset = new MutableDataset<>(new ListDataSource<>(data, labels,
                new SimpleDataSourceProvenance("saydo narrative examples sha256:" + dataHash, labels)));
        LinearSGDTrainer trainer = org.saydo.judge.LinearModels.trainer(settings.learningRate(), settings.epochs(),
                settings.seed());
        org.saydo.judge.LinearModels.CrossValidated cv = org.saydo.judge.LinearModels.crossValidate(trainer, dataset,
                settings.folds(), settings.seed());
        double f1 = cv.macroF1();
        double accuracy = cv.accuracy();
        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put("data_sha256", dataHash);
        provenance.put("examples", String.valueOf(examples.size() - background.size()));
        provenance.put("background_sentences", String.valueOf(background.size()));
        provenance.put("classes", String.valueOf(counts.size()));
        provenance.put("trained_at", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).toString());
        provenance.put("features", "passage embedding (" + embedder.dimension() + " dims, " + embedderName + ")");
        provenance.put("hyper_parameters", org.saydo.judge.LinearModels.trainerSettings(settings.learningRate(),
                settings.epochs(), settings.seed()) + String.format(Locale.ROOT, ", balanced class weights, class '%s' "
                        + "(negatives, 'Other', background) x%s", NarrativeModel.NONE, settings.noneWeight()));
        provenance.put("cv", String.format(Locale.ROOT, "%d-fold passage-level macro-F1=%.3f accuracy=%.3f",
                settings.folds(), f1, accuracy));
        provenance.put(NarrativeModel.SUB_THRESHOLD, String.format(Locale.ROOT, "%.3f", thresholds.subnarrative()));
        provenance.put(NarrativeModel.NARRATIVE_THRESHOLD, String.format(Locale.ROOT, "%.3f",
                thresholds.narrative()));
        provenance.put("thresholds_basis", thresholds.basis());
        provenance.putAll(info);
        Model<Label> model = trainer.train(dataset, org.saydo.judge.LinearModels.instanceProvenance(provenance));
        return new Result(NarrativeModel.of(org.saydo.judge.LinearModels.bytes(model), "trained"), f1, accuracy, counts);
    }

    static String classOf(Examples.Example e) {
        return e.kind() == Examples.Kind.negative || e.label().equals(Taxonomy.OTHER) ? NarrativeModel.NONE
                : e.label();
    }
}
