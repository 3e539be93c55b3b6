package org.saydo.narratives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.judge.Embedder;

/** A sentence embedded in one run of discover is read from the vector file in the next, not embedded again. */
class VectorFileEmbedderTest {

    /** Embeds "x" as (length, first char, 1) and remembers what it was asked. */
    private static final class Counting implements Embedder {
        final List<String> asked = new ArrayList<>();

        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public synchronized List<float[]> embed(List<String> sentences) {
            asked.addAll(sentences);
            return sentences.stream().map(s -> new float[] {s.length(), s.charAt(0), 1}).toList();
        }
    }

    @Test
    void theNextRunReadsTheVectorsAndEmbedsOnlyNewSentences(@TempDir Path dir) {
        Path file = dir.resolve("claims.vectors");
        Counting first = new Counting();
        VectorFileEmbedder a = new VectorFileEmbedder(first, file, "toy");
        assertThat(a.embed(List.of("Kyiv will lose.", "Talks resume.", "Kyiv will lose."))).hasSize(3);
        assertThat(a.save()).isEqualTo(2);
        // header 8 + 4 + (2 + 3) + 4 = 21 bytes, then 2 records of 32 + 3 * 4 = 44 bytes
        assertThat(file).hasSize(21 + 2 * 44);

        Counting second = new Counting();
        VectorFileEmbedder b = new VectorFileEmbedder(second, file, "toy");
        List<float[]> v = b.embed(List.of("Talks resume.", "A new claim here."));
        assertThat(second.asked).containsExactly("A new claim here.");
        assertThat(v.get(0)).containsExactly(13, 'T', 1);
        assertThat(v.get(1)).containsExactly(17, 'A', 1);
        assertThat(b.save()).isEqualTo(1);
        assertThat(b.save()).as("nothing new").isZero();

        Counting third = new Counting();
        VectorFileEmbedder c = new VectorFileEmbedder(third, file, "toy");
        assertThat(c.size()).isEqualTo(3);
        c.embed(List.of("Kyiv will lose.", "Talks resume.", "A new claim here."));
        assertThat(third.asked).isEmpty();
    }

    @Test
    void aRecordCutShortIsDroppedAndWrittenAgain(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("claims.vectors");
        VectorFileEmbedder a = new VectorFileEmbedder(new Counting(), file, "toy");
        a.embed(List.of("One sentence.", "Two sentences."));
        a.save();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 5)); // killed while writing the second

        Counting again = new Counting();
        VectorFileEmbedder b = new VectorFileEmbedder(again, file, "toy");
        assertThat(b.size()).isEqualTo(1);
        b.embed(List.of("One sentence.", "Two sentences."));
        assertThat(again.asked).containsExactly("Two sentences.");
        b.save();
        assertThat(file).hasSize(bytes.length);
        assertThat(new VectorFileEmbedder(new Counting(), file, "toy").size()).isEqualTo(2);
    }

    @Test
    void anotherModelsFileOrNotAVectorFileIsAnErrorNamingIt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("claims.vectors");
        VectorFileEmbedder a = new VectorFileEmbedder(new Counting(), file, "toy");
        a.embed(List.of("One sentence."));
        a.save();
        assertThatThrownBy(() -> new VectorFileEmbedder(new Counting(), file, "other model"))
                .isInstanceOf(NarrativeException.class).hasMessageContaining(file.toString())
                .hasMessageContaining("toy").hasMessageContaining("other model");
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "These are notes, not vectors at all.");
        assertThatThrownBy(() -> new VectorFileEmbedder(new Counting(), text, "toy"))
                .isInstanceOf(NarrativeException.class).hasMessageContaining(text + ": not a vector file");
        byte[] newer = Files.readAllBytes(file);
        newer[11] = 9; // the version's last byte
        Files.write(file, newer);
        assertThatThrownBy(() -> new VectorFileEmbedder(new Counting(), file, "toy"))
                .hasMessageContaining("unknown version 9, this class supports at most version 1");
    }
}
