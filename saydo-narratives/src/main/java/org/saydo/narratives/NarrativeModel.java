package org.saydo.narratives;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.saydo.judge.LinearModels;
import org.saydo.judge.StoredLabelModel;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;

/**
 * A trained narrative classifier: a Tribuo multinomial logistic regression over a passage's sentence embedding
 * whose classes are taxonomy labels plus {@link #NONE}, and the two decision thresholds tuned for it. Stored in
 * Tribuo's protobuf format with the training provenance (data hash, date, embedder, hyper-parameters,
 * cross-validated score, thresholds and how they were tuned) inside. Its version is the first 12 hex digits of
 * the file's SHA-256. Thread-safe.
 */
public final class NarrativeModel extends StoredLabelModel {

    /** The model shipped in the module's resources. */
    public static final String DEFAULT_RESOURCE = "/org/saydo/narratives/narratives.model";

    /** The class of a passage that carries no label. */
    public static final String NONE = "none";

    /** Prefix of the embedding feature names ({@code e000} … {@code e383}). */
    static final String FEATURE = "e";

    static final String SUB_THRESHOLD = "threshold_subnarrative";
    static final String NARRATIVE_THRESHOLD = "threshold_narrative";

    private final String[] featureNames;
    private final double subThreshold;
    private final double narrativeThreshold;

    private NarrativeModel(Model<Label> model, String version, String name) {
        super(model, version, name);
        int dims = 0;
        while (model.getFeatureIDMap().get(featureName(dims)) != null) {
            dims++;
        }
        if (dims == 0) {
            throw new NarrativeException(name + ": not a narrative model (no sentence-embedding features)");
        }
        this.featureNames = new String[dims];
        for (int i = 0; i < dims; i++) {
            featureNames[i] = featureName(i);
        }
        Map<String, String> p = provenance();
        this.subThreshold = threshold(p, SUB_THRESHOLD);
        this.narrativeThreshold = threshold(p, NARRATIVE_THRESHOLD);
    }

    private double threshold(Map<String, String> p, String key) {
        String v = p.get(key);
        try {
            double t = Double.parseDouble(v);
            if (t > 0 && t <= 1) {
                return t;
            }
        } catch (NullPointerException | NumberFormatException e) {
            // reported below
        }
        throw new NarrativeException(name() + ": not a narrative model (" + key + " is '" + v + "')");
    }

    static String featureName(int i) {
        return String.format(Locale.ROOT, "%s%03d", FEATURE, i);
    }

    /** Reads a model file; errors name it. */
    public static NarrativeModel read(Path file) {
        return of(LinearModels.fileBytes(file, "narrative model", "train one with saydo narratives train",
                NarrativeException::new), file.toString());
    }

    /** The model shipped with Saydo. */
    public static NarrativeModel standard() {
        return of(LinearModels.resourceBytes(NarrativeModel.class, DEFAULT_RESOURCE, "narrative model",
                NarrativeException::new), "saydo-narratives:" + DEFAULT_RESOURCE);
    }

    static NarrativeModel of(byte[] bytes, String name) {
        Model<Label> model = LinearModels.readLabelModel(bytes, name, "narrative model",
                NarrativeException::new);
        if (model.getOutputIDInfo().getID(new Label(NONE)) < 0) {
            throw new NarrativeException(name + ": not a narrative model (no '" + NONE + "' class)");
        }
        return new NarrativeModel(model, version(bytes), name);
    }

    /** The length of the embeddings the model reads. */
    public int dimension() {
        return featureNames.length;
    }

    /** The smallest passage score at which a sub-narrative (or any class) is given to a document. */
    public double subnarrativeThreshold() {
        return subThreshold;
    }

    /** The smallest summed score of a narrative's classes in one passage at which the narrative is given. */
    public double narrativeThreshold() {
        return narrativeThreshold;
    }

    /** The labels the model can give (its classes other than {@link #NONE}), sorted. */
    public List<String> labels() {
        return model.getOutputIDInfo().getDomain().stream().map(Label::getLabel).filter(l -> !l.equals(NONE))
                .sorted().toList();
    }

    /** The probability of each class for one passage embedding (classes sum to 1, {@link #NONE} included). */
    public Map<String, Double> scores(float[] embedding) {
        if (embedding.length != featureNames.length) {
            throw new IllegalArgumentException("embedding of " + embedding.length + " numbers, the model reads "
                    + featureNames.length);
        }
        double[] values = new double[embedding.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = embedding[i];
        }
        Prediction<Label> p = model.predict(new ArrayExample<>(new Label(NONE), featureNames, values));
        Map<String, Double> out = new LinkedHashMap<>();
        p.getOutputScores().forEach((k, v) -> out.put(k, v.getScore()));
        return out;
    }
}
