package org.saydo.narratives;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
public final class NarrativeModel {

    /** The model shipped in the module's resources. */
    public static final String DEFAULT_RESOURCE = "/org/saydo/narratives/narratives.model";

    /** The class of a passage that carries no label. */
    public static final String NONE = "none";

    /** Prefix of the embedding feature names ({@code e000} … {@code e383}). */
    static final String FEATURE = "e";

    static final String SUB_THRESHOLD = "threshold_subnarrative";
    static final String NARRATIVE_THRESHOLD = "threshold_narrative";

    private final Model<Label> model;
    private final String version;
    private final String name;
    private final String[] featureNames;
    private final double subThreshold;
    private final double narrativeThreshold;

    private NarrativeModel(Model<Label> model, String version, String name) {
        this.model = model;
        this.version = version;
        this.name = name;
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
        throw new NarrativeException(name + ": not a narrative model (" + key + " is '" + v + "')");
    }

    static String featureName(int i) {
        return String.format(Locale.ROOT, "%s%03d", FEATURE, i);
    }

    /** Reads a model file; errors name it. */
    public static NarrativeModel read(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return of(Files.readAllBytes(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new NarrativeException(file + ": no such narrative model (train one with saydo narratives train)");
        } catch (IOException e) {
            throw new NarrativeException(file + ": cannot read the narrative model: " + e, e);
        }
    }

    /** The model shipped with Saydo. */
    public static NarrativeModel standard() {
        try (InputStream in = NarrativeModel.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new NarrativeException(DEFAULT_RESOURCE
                        + ": the shipped narrative model is missing from the class path");
            }
            return of(in.readAllBytes(), "saydo-narratives:" + DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new NarrativeException(DEFAULT_RESOURCE + ": cannot read the shipped narrative model: " + e, e);
        }
    }

    static NarrativeModel of(byte[] bytes, String name) {
        Model<Label> model = org.saydo.judge.LinearModels.readLabelModel(bytes, name, "narrative model",
                NarrativeException::new);
        if (model.getOutputIDInfo().getID(new Label(NONE)) < 0) {
            throw new NarrativeException(name + ": not a narrative model (no '" + NONE + "' class)");
        }
        return new NarrativeModel(model, org.saydo.judge.LinearModels.sha256(bytes).substring(0, 12), name);
    }

    /** Writes the model, with its provenance, to {@code file}. */
    public void write(Path file) throws IOException {
        model.serializeToFile(file);
    }

    /** The model's version: the first 12 hex digits of its file's SHA-256. */
    public String version() {
        return version;
    }

    /** Where the model was read from. */
    public String name() {
        return name;
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

    /** The training provenance Saydo recorded (data hash, date, embedder, hyper-parameters, score, thresholds). */
    public Map<String, String> provenance() {
        return org.saydo.judge.LinearModels.provenance(model);
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
