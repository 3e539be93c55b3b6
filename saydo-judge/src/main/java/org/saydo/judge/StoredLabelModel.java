package org.saydo.judge;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * What the judge, the proposer and the narrative classifier share: a Tribuo classifier of labels read from a
 * file or the class path ({@link LinearModels#fileBytes}, {@link LinearModels#resourceBytes}), where it was
 * read from, its version (the first 12 hex digits of its file's SHA-256) and the training provenance stored
 * inside it.
 */
public abstract class StoredLabelModel {

    protected final Model<Label> model;
    private final String version;
    private final String name;

    protected StoredLabelModel(Model<Label> model, String version, String name) {
        this.model = Objects.requireNonNull(model, "model");
        this.version = Objects.requireNonNull(version, "version");
        this.name = Objects.requireNonNull(name, "name");
    }

    /** The version of a model file's bytes: the first 12 hex digits of their SHA-256. */
    protected static String version(byte[] bytes) {
        return LinearModels.sha256(bytes).substring(0, 12);
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
}
