package org.saydo.judge;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * all-MiniLM-L6-v2, quantized (langchain4j's in-process ONNX model, 23 MB inside its Maven jar, Apache-2.0):
 * 384 dimensions, on the CPU, nothing downloaded at run time. Thread-safe; the model is loaded at construction
 * (about a second).
 */
public final class MiniLmEmbedder implements Embedder {

    /** The name recorded in a judge model's provenance. */
    public static final String NAME = "all-MiniLM-L6-v2-q (langchain4j-embeddings 1.19.0-beta29)";

    private final AllMiniLmL6V2QuantizedEmbeddingModel model;

    public MiniLmEmbedder() {
        // the calling thread does the work: the coder's own workers are the parallelism
        model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
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
}
