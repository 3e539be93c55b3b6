package org.saydo.judge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;

/**
 * A trained judge: a Tribuo linear classifier over {@link CandidateFeatures}, stored in Tribuo's protobuf
 * format with its training provenance (data hash, date, features, hyper-parameters, cross-validated score)
 * inside. Its version is the first 12 hex digits of the file's SHA-256, recorded with every event it judged.
 * Thread-safe: Tribuo's linear models predict without shared state.
 */
public final class JudgeModel {

    /** The model shipped in the project's resources, trained on the corpus's development half. */
    public static final String DEFAULT_RESOURCE = "/org/saydo/judge/judge.model";

    private final Model<Label> model;
    private final String version;
    private final String name;

    JudgeModel(Model<Label> model, String version, String name) {
        this.model = Objects.requireNonNull(model, "model");
        this.version = Objects.requireNonNull(version, "version");
        this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * Reads a model file written by {@link #write(Path)}.
     *
     * @throws JudgeException naming the file when it is missing, unreadable or not a judge model
     */
    public static JudgeModel read(Path file) {
        Objects.requireNonNull(file, "file");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new JudgeException(file + ": no such judge model (train one with saydo train, or use --no-judge)");
        } catch (IOException e) {
            throw new JudgeException(file + ": cannot read the judge model: " + e, e);
        }
        return of(bytes, file.toString());
    }

    /** The model shipped with Saydo. */
    public static JudgeModel standard() {
        try (InputStream in = JudgeModel.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new JudgeException(DEFAULT_RESOURCE + ": the shipped judge model is missing from the class path");
            }
            return of(in.readAllBytes(), "saydo-judge:" + DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new JudgeException(DEFAULT_RESOURCE + ": cannot read the shipped judge model: " + e, e);
        }
    }

    static JudgeModel of(byte[] bytes, String name) {
        Model<Label> model = LinearModels.readLabelModel(bytes, name, "judge model", JudgeException::new);
        for (Label l : model.getOutputIDInfo().getDomain()) {
            Verdict.parse(l.getLabel());
        }
        if (model.getFeatureIDMap().get(CandidateFeatures.EMBEDDING + "000") == null) {
            throw new JudgeException(name + ": not a judge model (no sentence-embedding features)");
        }
        return new JudgeModel(model, LinearModels.sha256(bytes).substring(0, 12), name);
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

    /** The training provenance Saydo recorded (data hash, date, features, hyper-parameters, score). */
    public Map<String, String> provenance() {
        return LinearModels.provenance(model);
    }

    /** The probability of each verdict for one candidate's features. */
    public Map<Verdict, Double> scores(CandidateFeatures.Features features) {
        Prediction<Label> p = model.predict(new ArrayExample<>(new Label("keep"), features.names(),
                features.values()));
        Map<Verdict, Double> out = new LinkedHashMap<>();
        for (Verdict v : Verdict.values()) {
            Label l = p.getOutputScores().get(v.label());
            out.put(v, l == null ? 0.0 : l.getScore());
        }
        return out;
    }
}
