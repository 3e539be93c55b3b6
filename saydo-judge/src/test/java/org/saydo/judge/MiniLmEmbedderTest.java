package org.saydo.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped sentence model runs in-process and puts sentences of like meaning close together. */
class MiniLmEmbedderTest {

    @Test
    void sentencesOfLikeMeaningAreCloserThanUnlikeOnes() {
        Embedder e = new MiniLmEmbedder();
        List<float[]> v = e.embed(List.of("Russian missiles struck a power station in Kharkiv.",
                "A rocket attack hit an energy plant in Kharkiv.",
                "The spokesman took questions from reporters after the briefing."));
        assertThat(v).hasSize(3).allSatisfy(x -> assertThat(x).hasSize(e.dimension()));
        assertThat(cos(v.get(0), v.get(1))).isGreaterThan(cos(v.get(0), v.get(2)) + 0.2);
        assertThat(e.embed(List.of("Russian missiles struck a power station in Kharkiv.")).get(0))
                .as("deterministic").containsExactly(v.get(0));
        assertThat(e.embed(List.of())).isEmpty();
    }

    @Test
    void givesLangchain4jsOwnVectorsToTheLastBit() {
        // the one-thread session must not change a vector: the judge and the narrative model were trained on these
        var reference = new dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel(
                Runnable::run);
        List<String> sentences = List.of("Russian missiles struck a power station in Kharkiv.",
                "\"We will never accept it,\" the minister said on Tuesday, after talks in Geneva collapsed.",
                "Colonel-General Sergei Rudskoi's deputy said 2,400 drones were intercepted overnight.",
                "ok");
        List<float[]> ours = new MiniLmEmbedder().embed(sentences);
        for (int i = 0; i < sentences.size(); i++) {
            assertThat(ours.get(i)).as(sentences.get(i))
                    .containsExactly(reference.embed(sentences.get(i)).content().vector());
        }
    }

    private static double cos(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
