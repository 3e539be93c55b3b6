package org.saydo.narratives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Samples-F1 as SemEval-2025 Task 10 subtask 2 computes it, and the gold labels file. */
class NarrativeEvaluationTest {

    private static final String FEARS = "URW: Amplifying war-related fears";
    private static final String MEDIA = "URW: Distrust towards Media";
    private static final String FEARS_OTHER = FEARS + ": Other";

    @Test
    void f1PerDocumentIsAveragedOverDocumentsAndOtherCountsAsALabel() {
        GoldLabels.Gold a = new GoldLabels.Gold("a", Set.of(FEARS), Set.of(FEARS_OTHER));
        GoldLabels.Gold b = new GoldLabels.Gold("b", Set.of("Other"), Set.of("Other"));
        DocumentLabels pa = new DocumentLabels("a", List.of(FEARS, MEDIA), List.of(FEARS_OTHER), List.of(), "m");
        DocumentLabels pb = new DocumentLabels("b", List.of("Other"), List.of("Other"), List.of(), "m");
        NarrativeEvaluation.Summary s = NarrativeEvaluation.score(List.of(a, b), List.of(pa, pb));
        // a: narratives 2*1/(2+1) = 0.667, sub-narratives 1; b: 1 and 1 -> means 0.833 and 1
        assertThat(s.narrativeF1()).isCloseTo(5.0 / 6, within(1e-9));
        assertThat(s.subnarrativeF1()).isEqualTo(1.0);
        assertThat(s.line()).isEqualTo("narratives evaluate: 2 documents, narratives F1=0.833, "
                + "subnarratives F1=1.000");
        // "Other" everywhere: a scores 0, b scores 1
        assertThat(NarrativeEvaluation.otherEverywhere(List.of(a, b)).narrativeF1()).isEqualTo(0.5);
    }

    @Test
    void aGoldFileWithAnUnknownLabelOrAnEmptyListNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("labels.jsonl");
        Files.writeString(f, "{\"doc\": \"a.txt\", \"narratives\": [\"" + FEARS + "\"], \"subnarratives\": [\""
                + FEARS_OTHER + "\"]}\n{\"doc\": \"b.txt\", \"narratives\": [\"URW: Kyiv wins\"], "
                + "\"subnarratives\": [\"Other\"]}\n");
        assertThatThrownBy(() -> GoldLabels.read(f, Taxonomy.standard()))
                .hasMessageStartingWith(f + ":2: unknown label 'URW: Kyiv wins'");
        Files.writeString(f, "{\"doc\": \"a.txt\", \"narratives\": [], \"subnarratives\": [\"Other\"]}\n");
        assertThatThrownBy(() -> GoldLabels.read(f, Taxonomy.standard()))
                .hasMessageStartingWith(f + ":1: \"narratives\" must be a non-empty list");
    }
}
