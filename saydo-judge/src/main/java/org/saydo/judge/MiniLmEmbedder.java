package org.saydo.judge;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * all-MiniLM-L6-v2, quantized (langchain4j's in-process ONNX model, 23 MB inside its Maven jar, Apache-2.0):
 * 384 dimensions, on the CPU, nothing downloaded at run time. Thread-safe; the model is loaded at construction
 * (about a second).
 *
 * <p>The model and tokenizer are langchain4j's, run by langchain4j's encoder (the same tokens, the same mean
 * pooling, the same vectors to the last bit), but in an ONNX Runtime session of one intra-op thread: the
 * calling threads (the coder's workers, the classifier's) are the parallelism. langchain4j's default session
 * also spreads each sentence over every core, so two callers on two cores ran four busy threads and embedded
 * at about half the speed.
 */
public final class MiniLmEmbedder implements Embedder {

    /** The name recorded in a judge model's provenance. */
    public static final String NAME = "all-MiniLM-L6-v2-q (langchain4j-embeddings 1.19.0-beta29)";

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

    private final OneThreadModel model;

    public MiniLmEmbedder() {
        model = new OneThreadModel();
    }

    @Override
    public int dimension() {
        return 384;
    }

    @Override
    public List<float[]> embed(List<String> sentences) {
        Objects.requireNonNull(sentences, "sentences");
        List<TextSegment> segments = new ArrayList<>(sentences.size());
        for (String s : sentences) {
            segments.add(TextSegment.from(Objects.requireNonNull(s, "sentence")));
        }
        List<float[]> out = new ArrayList<>(sentences.size());
        if (segments.isEmpty()) {
            return out;
        }
        for (Embedding e : model.embedAll(segments).content()) {
            out.add(e.vector());
        }
        return out;
    }

    /** langchain4j's quantized all-MiniLM-L6-v2 in a session of one intra-op thread, run in the caller's thread. */
    private static final class OneThreadModel extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        OneThreadModel() {
            super(Runnable::run);
            try (InputStream onnx = resource(MODEL); InputStream tokenizer = resource(TOKENIZER);
                    OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                OrtEnvironment env = OrtEnvironment.getEnvironment();
                encoder = new OnnxBertBiEncoder(env, env.createSession(onnx.readAllBytes(), options), tokenizer,
                        PoolingMode.MEAN);
            } catch (IOException | OrtException e) {
                throw new JudgeException("cannot load the sentence model " + MODEL + ": " + e, e);
            }
        }

        private static InputStream resource(String name) {
            InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(name);
            if (in == null) {
                throw new JudgeException(name + ": the sentence model is missing from the class path");
            }
            return in;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
    }
}
