package org.saydo.judge;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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
public final class ProposerModel extends StoredLabelModel {

    /** The model shipped in the project's resources, trained on the corpus's development half. */
    public static final String DEFAULT_RESOURCE = "/org/saydo/judge/proposer.model";

    /** The label of an open candidate that is no event. */
    public static final String NONE = "none";

    private ProposerModel(Model<Label> model, String version, String name) {
        super(model, version, name);
    }

    /**
     * Reads a model file written by {@link #write(Path)}.
     *
     * @throws JudgeException naming the file when it is missing, unreadable or not a proposer model
     */
    public static ProposerModel read(Path file) {
        return of(LinearModels.fileBytes(file, "proposer model", "train one with saydo train --proposer --out FILE",
                JudgeException::new), file.toString());
    }

    /** The model shipped with Saydo. */
    public static ProposerModel standard() {
        return of(LinearModels.resourceBytes(ProposerModel.class, DEFAULT_RESOURCE, "proposer model",
                JudgeException::new), "saydo-judge:" + DEFAULT_RESOURCE);
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
        return new ProposerModel(model, version(bytes), name);
    }

    /** The probability of each label ({@link #NONE} and the roots the model knows) for one candidate. */
    public Map<String, Double> scores(CandidateFeatures.Features features) {
        Prediction<Label> p = model.predict(new ArrayExample<>(new Label(NONE), features.names(), features.values()));
        Map<String, Double> out = new LinkedHashMap<>();
        p.getOutputScores().forEach((k, l) -> out.put(k, l.getScore()));
        return out;
    }
}
