package org.saydo.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences read by two stages (the judge, then the narratives) are embedded once. */
class CachingEmbedderTest {

    /** Embeds a sentence as {length, call number} and records what it was asked. */
    private static final class Counting implements Embedder {
        final List<String> asked = new ArrayList<>();

        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public synchronized List<float[]> embed(List<String> sentences) {
            asked.addAll(sentences);
            return sentences.stream().map(s -> new float[] {s.length(), asked.size()}).toList();
        }
    }

    @Test
    void aSentenceSeenBeforeIsNotEmbeddedAgainAndGetsTheSameVector() {
        Counting inner = new Counting();
        CachingEmbedder e = new CachingEmbedder(inner, 10);
        List<float[]> judge = e.embed(List.of("Troops crossed the border.", "Talks resumed."));
        List<float[]> narratives = e.embed(List.of("A new sentence.", "Troops crossed the border.",
                "Talks resumed.", "A new sentence."));
        assertThat(inner.asked).containsExactly("Troops crossed the border.", "Talks resumed.", "A new sentence.");
        assertThat(narratives.get(1)).isSameAs(judge.get(0));
        assertThat(narratives.get(2)).isSameAs(judge.get(1));
        assertThat(narratives.get(0)).isSameAs(narratives.get(3));
        assertThat(e.misses()).isEqualTo(3);
        assertThat(e.hits()).isEqualTo(3);
        assertThat(e.embed(List.of())).isEmpty();
    }

    @Test
    void forgetsTheLeastRecentlyUsedBeyondItsCapacity() {
        Counting inner = new Counting();
        CachingEmbedder e = new CachingEmbedder(inner, 2);
        e.embed(List.of("one"));
        e.embed(List.of("two"));
        e.embed(List.of("one")); // "two" is now the least recently used
        e.embed(List.of("three"));
        e.embed(List.of("one", "two"));
        assertThat(inner.asked).containsExactly("one", "two", "three", "two");
    }

    @Test
    void rejectsNullSentencesAndAnEmptyCapacity() {
        CachingEmbedder e = new CachingEmbedder(new Counting(), 2);
        assertThatThrownBy(() -> e.embed(java.util.Arrays.asList("a", null))).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("sentence");
        assertThatThrownBy(() -> new CachingEmbedder(new Counting(), 0)).hasMessageContaining("capacity 0");
    }
}
