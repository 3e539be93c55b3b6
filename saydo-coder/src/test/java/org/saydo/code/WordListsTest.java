package org.saydo.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saydo.dict.DictionaryFormatException;

class WordListsTest {

    @Test
    void aListMayGoOnOverSeveralLinesAndKeepsItsWordsAsWritten() {
        CueFile f = CueFile.read("words.txt", new StringReader("""
                # modal auxiliaries
                modal-intent will shall
                modal-intent 'll wo   # "won't" is "wo" + "n't"
                """), Set.of("modal-intent", "hedges"));
        assertThat(WordLists.words(f, "modal-intent")).containsExactlyInAnyOrder("will", "shall", "'ll", "wo");
    }

    @Test
    void aListTheFileDoesNotKnowNamesFileAndLine() {
        assertThatThrownBy(() -> CueFile.read("words.txt", new StringReader("hedges maybe\nhegdes perhaps\n"),
                Set.of("hedges"))).isInstanceOf(DictionaryFormatException.class)
                .hasMessageContaining("words.txt:2").hasMessageContaining("'hegdes'");
    }

    @Test
    void aListAPassAsksForThatTheFileLacksNamesFileAndList() {
        CueFile f = CueFile.read("words.txt", new StringReader("hedges maybe\n"), Set.of("hedges", "conditional"));
        assertThatThrownBy(() -> WordLists.words(f, "conditional")).isInstanceOf(IllegalStateException.class)
                .hasMessage("words.txt: no list 'conditional'");
    }

    @Test
    void theShippedFileHoldsEveryListThePassesAskFor() {
        for (String name : WordLists.NAMES) {
            assertThat(WordLists.words(name)).as(name).isNotEmpty();
        }
        // Spot checks of lists whose loss would change coding: a speech verb, a modal, a family.
        assertThat(WordLists.words("speech")).contains("say", "tell");
        assertThat(WordLists.words("modal-hypothetical")).contains("would", "could");
        assertThat(Combination.Family.values()).allSatisfy(f -> assertThat(
                WordLists.words("family-" + f.name().toLowerCase(java.util.Locale.ROOT))).isNotEmpty());
    }
}
