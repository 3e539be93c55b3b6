package org.saydo.judge;

import java.util.List;

/**
 * Turns sentences into fixed-length vectors, one per sentence, in order. Implementations are thread-safe and
 * load their model once, at construction; null sentences are an error.
 */
public interface Embedder {

    /** The length of every vector {@link #embed(List)} returns. */
    int dimension();

    /** One vector of {@link #dimension()} numbers per sentence, in the order given. */
    List<float[]> embed(List<String> sentences);
}
