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
 * A trained proposer: a Tribuo linear classifier over {@link ProposalFeatures} that names the act of an open
 * candidate by its CAMEO root ({@code 01} ... {@code 20}) or says {@link #NONE}, stored in Tribuo's protobuf
 * format with its training provenance (data hash, date, features, hyper-parameters, cross-validated score)
 * inside. Its version is the first 12 hex digits of the file's SHA-256, recorded with every event it proposed.
 * Thread-safe.
 */
public final class ProposerModel {

    /** The model shipped in the project's resources, trained on the corpus's development half. */
    public static final String DEFAULT_RESOURCE = "/org/saydo/judge/proposer.model";

    /** The label of an open candidate that is no event. */
    public static final String NONE = "none";

    private final Model<Label> model;
    private final String version;
    private final String name;

    private ProposerModel(Model<Label> model, String version, String name) {
        this.model = model;
        this.version = version;
        this.name = name;
    }

    /**
     * Reads a model file written by {@link #write(Path)}.
     *
     * @throws JudgeException naming the file when it is missing, unreadable or not a proposer model
     */
    public static ProposerModel read(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return of(Files.readAllBytes(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new JudgeException(file + ": no such proposer model (train one with saydo train --proposer --out FILE)");
        } catch (IOException e) {
            throw new JudgeException(file + ": cannot read the proposer model: " + e, e);
        }
    }

    /** The model shipped with Saydo. */
    public static ProposerModel standard() {
        try (InputStream in = ProposerModel.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new JudgeException(DEFAULT_RESOURCE + ": the shipped proposer model is missing from the class path");
            }
            return of(in.readAllBytes(), "saydo-judge:" + DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new JudgeException(DEFAULT_RESOURCE + ": cannot read the shipped proposer model: " + e, e);
        }
    }

    static ProposerModel of(byte[] bytes, String name) {
        Model<Label> model = LinearModels.readLabelModel(bytes, name, "proposer model", JudgeException::new);
        boolean none = false;
        for (Label l : model.getOutputIDInfo().getDomain()) {
            if (l.getLabel().equals(NONE)) {
                none = true;
            } else if (!l.getLabel().matches("0[1-9]|1\\d|20")) {
                throw new JudgeException(name + ": not a proposer model (label '" + l.getLabel()
                        + "' is neither a CAMEO root nor " + NONE + ")");
            }
        }
        if (!none || model.getFeatureIDMap().get(CandidateFeatures.EMBEDDING + "000") == null) {
            throw new JudgeException(name + ": not a proposer model (no '" + NONE + "' label or no embedding)");
        }
        return new ProposerModel(model, LinearModels.sha256(bytes).substring(0, 12), name);
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

    /** The probability of each label ({@link #NONE} and the roots the model knows) for one candidate. */
    public Map<String, Double> scores(CandidateFeatures.Features features) {
        Prediction<Label> p = model.predict(new ArrayExample<>(new Label(NONE), features.names(), features.values()));
        Map<String, Double> out = new LinkedHashMap<>();
        p.getOutputScores().forEach((k, l) -> out.put(k, l.getScore()));
        return out;
    }
}
