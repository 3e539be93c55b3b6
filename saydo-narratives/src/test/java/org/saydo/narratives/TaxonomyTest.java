package org.saydo.narratives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped taxonomy, a user's taxonomy file, and the errors a bad file gives. */
class TaxonomyTest {

    @Test
    void theShippedTaxonomyHasElevenNarrativesAndFortySevenSubnarratives() {
        Taxonomy t = Taxonomy.standard();
        // counted by hand in ../shared/data/narratives/urw-taxonomy.txt: 11 "URW: X" lines, 47 "URW: X: Y" lines
        assertThat(t.narratives()).hasSize(11).startsWith("URW: Amplifying war-related fears");
        assertThat(t.subnarratives()).hasSize(47);
        assertThat(t.narrativeOf("URW: Discrediting Ukraine: Situation in Ukraine is hopeless"))
                .isEqualTo("URW: Discrediting Ukraine");
        assertThat(t.otherOf("URW: Distrust towards Media")).isEqualTo("URW: Distrust towards Media: Other");
        assertThat(t.contains("Other")).isTrue();
        assertThat(t.contains("URW: Discrediting the West, Diplomacy: West is tired of Ukraine")).isTrue();
        assertThat(t.contains("URW: Ukraine is winning")).isFalse();
    }

    @Test
    void aUserFileInTheSameFormatIsRead(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("cc.txt");
        Files.writeString(f, "# climate\nOther\n\nCC: Criticism of climate policies\n"
                + "CC: Criticism of climate policies: Climate policies are only for profit\n", StandardCharsets.UTF_8);
        Taxonomy t = Taxonomy.read(f);
        assertThat(t.narratives()).containsExactly("CC: Criticism of climate policies");
        assertThat(t.subnarratives()).containsExactly(
                "CC: Criticism of climate policies: Climate policies are only for profit");
        assertThat(t.otherOf("CC: Criticism of climate policies")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "URW: A|URW: A: b: c|2|not a label",
        "URW: A|URW: B: c|2|sub-narrative before its narrative 'URW: B'",
        "URW: A|URW: A|2|label listed twice",
        "URW: A|Nonsense|2|not a label",
        "URW: A|URW:: x|2|not a label",
    })
    void aBadLineIsAnErrorNamingFileAndLine(String first, String second, int line, String reason,
            @TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.txt");
        Files.writeString(f, first + "\n" + second + "\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Taxonomy.read(f)).isInstanceOf(NarrativeException.class)
                .hasMessageStartingWith(f + ":" + line + ": ").hasMessageContaining(reason);
    }

    @Test
    void aFileThatIsNotTextOrHasNoNarrativesIsAnError(@TempDir Path dir) throws Exception {
        Path binary = dir.resolve("bin.txt");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertThatThrownBy(() -> Taxonomy.read(binary)).hasMessage(binary + ": not UTF-8 text");
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "# nothing\nOther\n");
        assertThatThrownBy(() -> Taxonomy.read(empty)).hasMessage(empty + ": no narratives in the taxonomy");
        assertThatThrownBy(() -> Taxonomy.read(dir.resolve("missing.txt")))
                .hasMessageStartingWith(dir.resolve("missing.txt") + ": cannot read the taxonomy");
    }

    @Test
    void anUnknownLabelIsAnErrorNamingWhere() {
        assertThatThrownBy(() -> Taxonomy.standard().require("URW: Ukraine is winning", "mine.jsonl:3"))
                .isInstanceOf(NarrativeException.class)
                .hasMessageStartingWith("mine.jsonl:3: unknown label 'URW: Ukraine is winning'");
    }
}
