package org.saydo.judge;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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
public final class JudgeModel extends StoredLabelModel {

    /** The model shipped in the project's resources, trained on the corpus's development half. */
    public static final String DEFAULT_RESOURCE = "/org/saydo/judge/judge.model";

    JudgeModel(Model<Label> model, String version, String name) {
        super(model, version, name);
    }

    /**
     * Reads a model file written by {@link #write(Path)}.
     *
     * @throws JudgeException naming the file when it is missing, unreadable or not a judge model
     */
    public static JudgeModel read(Path file) {
        return of(LinearModels.fileBytes(file, "judge model", "train one with saydo train, or use --no-judge",
                JudgeException::new), file.toString());
    }

    /** The model shipped with Saydo. */
    public static JudgeModel standard() {
        return of(LinearModels.resourceBytes(JudgeModel.class, DEFAULT_RESOURCE, "judge model", JudgeException::new),
                "saydo-judge:" + DEFAULT_RESOURCE);
    }

    static JudgeModel of(byte[] bytes, String name) {
        Model<Label> model = LinearModels.readLabelModel(bytes, name, "judge model", JudgeException::new);
        for (Label l : model.getOutputIDInfo().getDomain()) {
            Verdict.parse(l.getLabel());
        }
        if (model.getFeatureIDMap().get(CandidateFeatures.EMBEDDING + "000") == null) {
            throw new JudgeException(name + ": not a judge model (no sentence-embedding features)");
        }
        return new JudgeModel(model, version(bytes), name);
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
