package org.saydo.judge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.StringProvenance;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.evaluation.LabelEvaluation;
import org.tribuo.classification.evaluation.LabelEvaluator;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.evaluation.CrossValidation;
import org.tribuo.math.optimisers.AdaGrad;

/**
 * What Saydo's learned classifiers (the judge, the narratives) share: multinomial logistic regression with
 * AdaGrad, its k-fold cross-validated score, the model's bytes and the SHA-256 that versions models and data.
 * Stateless, thread-safe.
 */
public final class LinearModels {

    private LinearModels() {
    }

    /** A cross-validated score: mean macro-F1 and accuracy over the folds. */
    public record CrossValidated(int folds, double macroF1, double accuracy) {
    }

    /** Multinomial logistic regression with AdaGrad (initial accumulator 0.1). */
    public static LinearSGDTrainer trainer(double learningRate, int epochs, long seed) {
        return new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(learningRate, 0.1), epochs, seed);
    }

    /** The {@code folds}-fold cross-validated score of {@code trainer} on {@code data}. */
    public static CrossValidated crossValidate(LinearSGDTrainer trainer, MutableDataset<Label> data, int folds,
            long seed) {
        Objects.requireNonNull(trainer, "trainer");
        Objects.requireNonNull(data, "data");
        List<com.oracle.labs.mlrg.olcut.util.Pair<LabelEvaluation, Model<Label>>> results =
                new CrossValidation<>(trainer, data, new LabelEvaluator(), folds, seed).evaluate();
        double f1 = 0;
        double accuracy = 0;
        for (var fold : results) {
            f1 += fold.getA().macroAveragedF1();
            accuracy += fold.getA().accuracy();
        }
        return new CrossValidated(folds, f1 / results.size(), accuracy / results.size());
    }

    /** {@link #trainer}'s settings as provenance: "LogMulticlass, AdaGrad(0.05, 0.1), epochs=30, seed=7". */
    public static String trainerSettings(double learningRate, int epochs, long seed) {
        return String.format(Locale.ROOT, "LogMulticlass, AdaGrad(%s, 0.1), epochs=%d, seed=%d", learningRate, epochs,
                seed);
    }

    /**
     * The training provenance to record on a model (data hash, date, features, hyper-parameters, score ...): each value
     * as Tribuo's string provenance under its name, in {@code values}' order; {@link #provenance} reads it back.
     */
    public static Map<String, Provenance> instanceProvenance(Map<String, String> values) {
        Map<String, Provenance> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, new StringProvenance(k, v)));
        return out;
    }

    /**
     * The training provenance Saydo recorded on {@code model} (data hash, date, features or embedder,
     * hyper-parameters, score ...), by name, and its trainer's class as {@code trainer}.
     */
    public static java.util.Map<String, String> provenance(Model<?> model) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        for (var pair : model.getProvenance().getInstanceProvenance()) {
            var p = pair.getB();
            out.put(pair.getA(), String.valueOf(p instanceof com.oracle.labs.mlrg.olcut.provenance.primitives
                    .StringProvenance s ? s.getValue() : p));
        }
        out.put("trainer", model.getProvenance().getTrainerProvenance().getClassName());
        return out;
    }

    /** The model in Tribuo's protobuf format, provenance included. */
    public static byte[] bytes(Model<Label> model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            model.serializeToStream(out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise a model: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /**
     * A classifier of labels read from Tribuo's protobuf bytes.
     *
     * @param name where the bytes came from, for errors
     * @param what the kind of model expected ("judge model"), for errors
     * @param error turns a message naming {@code name} into the caller's exception
     */
    public static Model<Label> readLabelModel(byte[] bytes, String name, String what,
            java.util.function.Function<String, RuntimeException> error) {
        Model<?> any;
        try {
            any = Model.deserializeFromStream(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            RuntimeException failure = error.apply(name + ": not a " + what + " (" + e.getMessage() + ")");
            failure.initCause(e);
            throw failure;
        }
        if (!any.validate(Label.class)) {
            throw error.apply(name + ": not a " + what + " (it does not predict labels)");
        }
        return any.castModel(Label.class);
    }

    /**
     * The bytes of a model file.
     *
     * @param what the kind of model ("judge model"), for errors
     * @param hint how to get one, said when the file is missing
     * @param error turns a message naming the file into the caller's exception
     */
    public static byte[] fileBytes(java.nio.file.Path file, String what, String hint,
            java.util.function.Function<String, RuntimeException> error) {
        Objects.requireNonNull(file, "file");
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw error.apply(file + ": no such " + what + " (" + hint + ")");
        } catch (IOException e) {
            RuntimeException failure = error.apply(file + ": cannot read the " + what + ": " + e);
            failure.initCause(e);
            throw failure;
        }
    }

    /**
     * The bytes of the model shipped as {@code resource} beside {@code owner}.
     *
     * @param what the kind of model ("judge model"), for errors
     * @param error turns a message naming the resource into the caller's exception
     */
    public static byte[] resourceBytes(Class<?> owner, String resource, String what,
            java.util.function.Function<String, RuntimeException> error) {
        try (java.io.InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw error.apply(resource + ": the shipped " + what + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            RuntimeException failure = error.apply(resource + ": cannot read the shipped " + what + ": " + e);
            failure.initCause(e);
            throw failure;
        }
    }

    /** The SHA-256 of {@code bytes}, in lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }
}
