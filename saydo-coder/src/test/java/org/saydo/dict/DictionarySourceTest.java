package org.saydo.dict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dictionary sources: files on disk mixed with shipped dictionaries found by file name. */
class DictionarySourceTest {

    @ParameterizedTest
    @ValueSource(strings = {"CAMEO.2.0.txt", "cameo.2.0.TXT", " Phoenix.agents.txt ", "phoenix.discards.txt"})
    void shippedDictionariesAreFoundByFileNameInAnyLetterCase(String name) {
        DictionarySource s = DictionarySource.shipped(name).orElseThrow();
        assertThat(s.shipped()).isEqualToIgnoringCase(name.strip());
        assertThat(DictionarySource.SHIPPED).contains(s.shipped());
    }

    @ParameterizedTest
    @ValueSource(strings = {"PETR.Validate.verbs.txt", "CAMEO.txt", "", "org/saydo/dict/CAMEO.2.0.txt"})
    void otherNamesAreNotShipped(String name) {
        assertThat(DictionarySource.shipped(name)).isEmpty();
    }

    @Test
    void exactlyOneOfPathAndShippedName() {
        assertThatThrownBy(() -> new DictionarySource(Path.of("a"), "CAMEO.2.0.txt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("path=a");
        assertThatThrownBy(() -> new DictionarySource(null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DictionarySource(null, "nope.txt")).hasMessageContaining("nope.txt");
    }

    @Test
    void filesAndShippedDictionariesMixAndAgentsAndDiscardsMayBeNone(@TempDir Path dir) throws IOException {
        Path actors = Files.writeString(dir.resolve("mine.actors.txt"), "ARNOR [ARN]\n");
        Dictionaries d = Dictionaries.load(List.of(DictionarySource.shipped("CAMEO.2.0.txt").orElseThrow()),
                List.of(DictionarySource.file(actors)), List.of(), List.of());
        assertThat(d.verbs().patternCount()).isEqualTo(4668 - 4); // CAMEO.2.0.txt alone, as DictionariesTest counts
        assertThat(d.actors().longestMatch(List.of("ARNOR"), 0)).isPresent();
        assertThat(d.agents().entries()).isEmpty();
        assertThat(d.discards().entries()).isEmpty();
        assertThatThrownBy(() -> Dictionaries.load(List.of(), List.of(DictionarySource.file(actors)), List.of(),
                List.of())).hasMessageContaining("no verb dictionary");
    }
}
