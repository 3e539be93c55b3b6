package org.saydo.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saydo.dict.DictionaryFormatException;

/** The event-noun dictionary's format: attributes, plurals and the errors a bad line gets. */
class NominalDictionaryTest {

    @Test
    void attributesAreReadInAnyOrder() {
        NominalDictionary d = NominalDictionary.read("t.txt", new StringReader(
                "# comment\nREQUEST [020] @agent-of\nTALK {TALKS} [046] @mutual\nTRUCE [0871] @agent-of @mutual\n"));
        NominalDictionary.Entry request = d.lookup("REQUESTS", List.of()).orElseThrow();
        assertThat(request.agentOf()).isTrue();
        assertThat(request.mutual()).isFalse();
        NominalDictionary.Entry talks = d.lookup("TALKS", List.of()).orElseThrow();
        assertThat(talks.mutual()).isTrue();
        assertThat(talks.agentOf()).isFalse();
        NominalDictionary.Entry truce = d.lookup("TRUCE", List.of()).orElseThrow();
        assertThat(truce.mutual() && truce.agentOf()).isTrue();
    }

    @Test
    void anUnknownAttributeIsAnErrorNamingFileAndLine() {
        assertThatThrownBy(() -> NominalDictionary.read("nouns.txt",
                new StringReader("ATTACK [190]\nSIEGE [191] @lasting\n")))
                .isInstanceOf(DictionaryFormatException.class)
                .hasMessageContaining("nouns.txt:2:")
                .hasMessageContaining("@lasting");
    }

    @Test
    void theShippedNounsLoad() {
        assertThat(NominalDictionary.defaults().lookup("CEASEFIRE", List.of())).isPresent();
        assertThat(NominalDictionary.defaults().lookup("REQUEST", List.of()).orElseThrow().agentOf()).isTrue();
    }
}
