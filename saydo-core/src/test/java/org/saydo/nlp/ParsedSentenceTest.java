package org.saydo.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParsedSentenceTest {

    /** "Russia launched drones at Kyiv": arcs given out of token order, as a parser may give them. */
    private static ParsedSentence sentence() {
        String text = "Russia launched drones at Kyiv";
        String[] words = text.split(" ");
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : words) {
            tokens.add(new Token(tokens.size(), w, w.toLowerCase(), "NN", at, at + w.length()));
            at += w.length() + 1;
        }
        List<Dependency> arcs = List.of(
                new Dependency(1, 4, "obl"),
                new Dependency(-1, 1, "root"),
                new Dependency(4, 3, "case"),
                new Dependency(1, 2, "obj"),
                new Dependency(1, 0, "nsubj"));
        return new ParsedSentence(0, 0, text.length(), text, tokens, arcs, List.of());
    }

    @Test
    void childrenComeInTokenOrderWhateverTheArcOrder() {
        ParsedSentence s = sentence();
        assertThat(s.children(1)).extracting(Dependency::dependent).containsExactly(0, 2, 4);
        assertThat(s.children(1, "obl")).containsExactly(4);
        assertThat(s.children(0)).isEmpty();
        assertThat(s.children(4)).extracting(Dependency::relation).containsExactly("case");
    }

    @Test
    void headsRelationsAndRoots() {
        ParsedSentence s = sentence();
        assertThat(s.head(3)).isEqualTo(4);
        assertThat(s.relation(0)).isEqualTo("nsubj");
        assertThat(s.head(1)).isEqualTo(-1);
        assertThat(s.relation(1)).isEqualTo("root");
        assertThat(s.roots()).containsExactly(1);
    }

    @Test
    void aTokenWithoutAnArcHasNoHead() {
        String text = "Hello";
        ParsedSentence s = new ParsedSentence(0, 0, 5, text, List.of(new Token(0, "Hello", "hello", "UH", 0, 5)),
                List.of(), List.of());
        assertThat(s.headArc(0)).isNull();
        assertThat(s.head(0)).isEqualTo(-1);
        assertThat(s.relation(0)).isEmpty();
        assertThat(s.roots()).isEmpty();
    }

    @Test
    void theArcsAreKeptInTheParsersOrderAndCompareAsAList() {
        ParsedSentence s = sentence();
        assertThat(s.dependencies()).containsExactlyElementsOf(sentence().dependencies());
        assertThat(s.dependencies()).isEqualTo(new ArrayList<>(sentence().dependencies()));
        assertThat(s.dependencies().get(0)).isEqualTo(new Dependency(1, 4, "obl"));
        assertThat(s).isEqualTo(sentence());
    }

    @Test
    void anArcOutsideTheSentenceIsRefusedWithTheArc() {
        assertThatThrownBy(() -> new ParsedSentence(0, 0, 5, "Hello",
                List.of(new Token(0, "Hello", "hello", "UH", 0, 5)), List.of(new Dependency(0, 3, "dep")), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Dependency[governor=0, dependent=3, relation=dep]")
                .hasMessageContaining("1 tokens");
    }
}
