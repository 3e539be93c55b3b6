package org.saydo.dict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiscardListTest {

    private static final String LIST = String.join("\n",
            "# discards",
            "+ACADEMY AWARD   # LRP 08 Mar 2004",
            "BASEBALL",
            "GROUP A_",
            "+Manchester United   # pas",
            "EURO  QUALIFIER");

    private static DiscardList list() {
        return DiscardList.read("t.discards", new StringReader(LIST));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "She won an Academy Award on Sunday.|ACADEMY AWARD|true",
        "Two baseballs were thrown.|BASEBALL|false",
        "Minor-league BASEBALL resumed|BASEBALL|false",
        "Teams of Group A met.|GROUP A|false",
        "Group A, said the coach|GROUP A|false",
        "He backed manchester   united|MANCHESTER UNITED|true",
        "A euro qualifier in Baseball and the Academy Award|ACADEMY AWARD|true",
        "The euro  qualifier ended|EURO QUALIFIER|false"})
    void matches(String sentence, String phrase, boolean story) {
        Discard d = list().match(sentence).orElseThrow();
        assertThat(d.phrase()).isEqualTo(phrase);
        assertThat(d.wholeStory()).isEqualTo(story);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Teams of Group Alpha met.",
        "The nonbaseball season",
        "Talks resumed in Geneva."})
    void doesNotMatch(String sentence) {
        assertThat(list().match(sentence)).isEmpty();
    }

    @Test
    void recordsEndOfWordRuleAndSource() {
        Discard group = list().entries().get(2);
        assertThat(group.wholeWord()).isTrue();
        assertThat(group.source()).isEqualTo("t.discards:4");
        assertThat(list().entries().get(1).wholeWord()).isFalse();
    }

    @Test
    void malformedLineNamesFileLineAndProblem() {
        assertThatThrownBy(() -> DiscardList.read("t.discards", new StringReader("BASEBALL\n+  # nothing")))
                .isInstanceOf(DictionaryFormatException.class)
                .hasMessageStartingWith("t.discards:2: ")
                .hasMessageContaining("empty discard phrase");
    }

    @Test
    void ignoredSentenceEntriesDoNotDiscardButStoryEntriesStill() {
        DiscardList l = list();
        // the sentence-level entry ignored: nothing else matches
        assertThat(l.match("Two baseballs were thrown.", d -> d.phrase().equals("BASEBALL"))).isEmpty();
        // another sentence-level entry still discards
        assertThat(l.match("Baseball in Group A.", d -> d.phrase().equals("BASEBALL")).orElseThrow().phrase())
                .isEqualTo("GROUP A");
        // a story-level entry is never ignored
        assertThat(l.match("The Academy Award.", d -> true).orElseThrow().wholeStory()).isTrue();
    }
}
