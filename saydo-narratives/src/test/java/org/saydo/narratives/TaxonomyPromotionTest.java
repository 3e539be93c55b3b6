package org.saydo.narratives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A named cluster becomes a label of a user taxonomy file that the classifier and the trainer read. */
class TaxonomyPromotionTest {

    @TempDir
    Path dir;

    @Test
    void aNewFileStartsAsTheTaxonomyInUseAndGetsTheLabelWithItsNarrative() throws Exception {
        Path file = dir.resolve("mine.txt");
        Taxonomy t = TaxonomyPromotion.promote(file, Taxonomy.standard(), "ECO: Energy: Sanctions raise prices",
                "cluster c1 \"prices\"");
        assertThat(t.labels()).containsAll(Taxonomy.standard().labels());
        assertThat(t.isNarrative("ECO: Energy")).isTrue();
        assertThat(t.narrativeOf("ECO: Energy: Sanctions raise prices")).isEqualTo("ECO: Energy");
        assertThat(Files.readString(file)).endsWith("# cluster c1 \"prices\"\nECO: Energy\nECO: Energy: Sanctions raise prices\n");
        // a second promotion under the same narrative adds only its own line
        Taxonomy again = TaxonomyPromotion.promote(file, Taxonomy.standard(), "ECO: Energy: Winter will be hard", null);
        assertThat(again.subnarratives()).contains("ECO: Energy: Winter will be hard");
        assertThat(Files.readString(file)).endsWith("ECO: Energy: Sanctions raise prices\nECO: Energy: Winter will be hard\n");
        assertThat(Taxonomy.read(file).labels()).isEqualTo(again.labels());
    }

    @Test
    void aLabelListedAlreadyOrNotALabelIsAnErrorAndTheFileIsLeftAsItWas() throws Exception {
        Path file = dir.resolve("mine.txt");
        Files.writeString(file, "ECO: Energy\n");
        assertThatThrownBy(() -> TaxonomyPromotion.promote(file, Taxonomy.standard(), "ECO: Energy", null))
                .hasMessageContaining(file.toString()).hasMessageContaining("listed already");
        assertThatThrownBy(() -> TaxonomyPromotion.promote(file, Taxonomy.standard(), "prices go up", null))
                .hasMessageContaining(file + ":2:").hasMessageContaining("not a label");
        assertThat(Files.readString(file)).isEqualTo("ECO: Energy\n");
    }
}
