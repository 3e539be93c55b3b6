package org.saydo.narratives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Example files: read in name order, and a bad line names its file and line. */
class ExamplesTest {

    private static final String MEDIA = "URW: Distrust towards Media: Western media is an instrument of propaganda";

    @Test
    void examplesAreReadFromEveryJsonlFileInNameOrder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("02-b.jsonl"), "{\"label\": \"" + MEDIA + "\", \"kind\": \"negative\", "
                + "\"voice\": \"rebuttal\", \"text\": \"Fact-checkers found the reports accurate.\"}\n");
        Files.writeString(dir.resolve("01-a.jsonl"), "{\"label\": \"" + MEDIA + "\", \"kind\": \"positive\", "
                + "\"voice\": \"social\", \"text\": \"CNN lies for Washington.\"}\n\n");
        Files.writeString(dir.resolve("notes.md"), "not read");
        List<Examples.Example> ex = Examples.read(dir, Taxonomy.standard());
        assertThat(ex).extracting(Examples.Example::kind).containsExactly(Examples.Kind.positive,
                Examples.Kind.negative);
        assertThat(ex.get(0).text()).isEqualTo("CNN lies for Washington.");
        assertThat(ex.get(0).where()).isEqualTo(dir.resolve("01-a.jsonl") + ":1");
    }

    @Test
    void anUnknownLabelOrKindOrABrokenLineNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.jsonl");
        Files.writeString(f, "{\"label\": \"" + MEDIA + "\", \"kind\": \"positive\", \"text\": \"ok\"}\n"
                + "{\"label\": \"URW: Ukraine is winning\", \"kind\": \"positive\", \"text\": \"x\"}\n");
        assertThatThrownBy(() -> Examples.read(dir, Taxonomy.standard()))
                .hasMessageStartingWith(f + ":2: unknown label 'URW: Ukraine is winning'");
        Files.writeString(f, "{\"label\": \"" + MEDIA + "\", \"kind\": \"maybe\", \"text\": \"x\"}\n");
        assertThatThrownBy(() -> Examples.read(dir, Taxonomy.standard()))
                .hasMessage(f + ":1: kind must be positive or negative, not 'maybe'");
        Files.writeString(f, "{\"label\": \"" + MEDIA + "\", \"kind\": \"positive\"\n");
        assertThatThrownBy(() -> Examples.read(dir, Taxonomy.standard())).hasMessageStartingWith(f + ":1: not JSON");
    }
}
