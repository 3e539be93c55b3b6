package org.saydo.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineBreaksTest {

    @Test
    void headlineBylineAndPublishedLineEachEndASentence() {
        String text = "Rebels agree to hand over their heavy weapons\n"
                + "By a staff writer\n"
                + "Published on 3 March 2019, 10:15 | Updated 11:00\n"
                + "\n"
                + "The rebel command said on Sunday that it had agreed to the plan.";
        List<Integer> breaks = LineBreaks.of(text);

        assertThat(breaks).containsExactly(text.indexOf("\nBy"), text.indexOf("\nPublished"));
    }

    @Test
    void aTimeStampOrASectionTitleBeforeProseEndsItsSentence() {
        String text = "09:40 GMT\nThe army said it had shelled the depot.\nBackground\nThe two sides signed a truce.";

        assertThat(LineBreaks.of(text)).containsExactly(text.indexOf("\nThe army"), text.indexOf("\nThe two"));
    }

    @Test
    void aHeadlineEndingInAQuotationRunsNotIntoTheStandfirst() {
        String text = "Minister warns rivals that \"talks and bombs do not mix\"\nThe speech came after a week of raids.";

        assertThat(LineBreaks.of(text)).containsExactly(text.indexOf('\n'));
    }

    @Test
    void hardWrappedProseStaysOneSentenceButItsBylineDoesNot() {
        String text = "By a staff writer\n"
                + "The foreign ministry of the republic said on Monday that it had summoned the\n"
                + "ambassador of its neighbour over a border shooting that killed two farmers, and\n"
                + "that it would ask the regional body to send observers to the valley. President\n"
                + "Ahmadov called the shooting a provocation and said his government would answer\n"
                + "it calmly but firmly.";

        assertThat(LineBreaks.of(text)).containsExactly(text.indexOf('\n'));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "He said the talks had failed,\nBut the army disagreed.",   // a comma carries the sentence on
        "The envoy arrived.\nShe met the president.",                // CoreNLP splits at the full stop itself
        "The envoy arrived in the capital\nand met the president.",  // a lower-case line continues
        "Headline with no lead after it\n\nA paragraph.",            // a blank line is CoreNLP's own break
        "One line only"})
    void noBreakWhereTheSentenceGoesOnOrCoreNlpBreaksAlready(String text) {
        assertThat(LineBreaks.of(text)).isEmpty();
    }

    @Test
    void randomTextGivesBreaksAtNewlinesOnly() {
        Random random = new Random(7);
        String alphabet = "ab C.,\n\"1:";
        for (int n = 0; n < 500; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(80); i > 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            List<Integer> breaks = LineBreaks.of(text);
            assertThat(breaks).allSatisfy(i -> assertThat(text.charAt(i)).isEqualTo('\n')).isSorted();
            assertThat(LineBreaks.of(text)).isEqualTo(breaks);
        }
    }
}
