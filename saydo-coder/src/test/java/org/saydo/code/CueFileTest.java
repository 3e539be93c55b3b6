package org.saydo.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saydo.dict.DictionaryFormatException;

class CueFileTest {

    @Test
    void readsCuesByKindWithWhereEachWasWritten() {
        CueFile f = CueFile.read("cues.txt", new StringReader("""
                # a comment
                noun invasion   # the standing reference
                noun Occupation
                anchor since
                """), Set.of("noun", "anchor", "state"));
        assertThat(f.words("noun")).containsExactlyInAnyOrder("invasion", "occupation");
        assertThat(f.of("anchor")).singleElement().satisfies(c -> assertThat(c.where()).isEqualTo("cues.txt:4"));
        assertThat(f.of("state")).isEmpty();
    }

    @Test
    void aHashInsideAValueIsKeptSoPatternsMayHoldOne() {
        CueFile f = CueFile.read("p.txt", new StringReader("line label [#]\\d+\n"), Set.of("line"));
        assertThat(f.of("line").get(0).value()).isEqualTo("label [#]\\d+");
    }

    @Test
    void anUnknownKindOrAMissingValueNamesFileAndLine() {
        assertThatThrownBy(() -> CueFile.read("cues.txt", new StringReader("noun war\nverb occupy\n"), Set.of("noun")))
                .isInstanceOf(DictionaryFormatException.class).hasMessageContaining("cues.txt:2")
                .hasMessageContaining("'verb'");
        assertThatThrownBy(() -> CueFile.read("cues.txt", new StringReader("noun\n"), Set.of("noun")))
                .isInstanceOf(DictionaryFormatException.class).hasMessageContaining("cues.txt:1");
    }

    @Test
    void aSenseWithAnUnknownClassOrRoleNamesFileAndLine() {
        Set<String> kinds = Set.of("class", "need");
        assertThatThrownBy(() -> VerbSenses.of(CueFile.read("senses.txt", new StringReader(
                "class speech question\nneed take 17 object !weapons\n"), kinds)))
                .isInstanceOf(DictionaryFormatException.class).hasMessageContaining("senses.txt:2")
                .hasMessageContaining("!weapons");
        assertThatThrownBy(() -> VerbSenses.of(CueFile.read("senses.txt", new StringReader(
                "need take 17 patient some\n"), kinds)))
                .isInstanceOf(DictionaryFormatException.class).hasMessageContaining("senses.txt:1");
    }

    @Test
    void theShippedBackgroundCuesLoad() {
        BackgroundRules.Cues cues = BackgroundRules.Cues.defaults();
        assertThat(cues.nouns()).contains("invasion", "occupation", "blockade");
        assertThat(cues.anchors()).contains("since");
        assertThat(cues.states()).contains("occupy");
    }
}
