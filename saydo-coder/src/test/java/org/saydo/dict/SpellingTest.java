package org.saydo.dict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingTest {

    @ParameterizedTest
    @CsvSource({
        "DEFENCE, DEFENSE", "OFFENCES, OFFENSES", "PROGRAMME, PROGRAM", "PROGRAMMES, PROGRAMS",
        "CRITICISED, CRITICIZED", "NORMALISE, NORMALIZE", "NORMALISING, NORMALIZING",
        "ORGANISATION, ORGANIZATION", "ANALYSE, ANALYZE", "PARALYSED, PARALYZED", "LABOUR, LABOR",
        "HONOURED, HONORED", "FAVOURITE, FAVORITE", "NEIGHBOURS, NEIGHBORS", "CENTRE, CENTER",
        "THEATRES, THEATERS", "CALIBRE, CALIBER", "JUDGEMENT, JUDGMENT", "DIALOGUE, DIALOG",
        "CEASE-FIRE, CEASEFIRE", "PEACE-KEEPING, PEACEKEEPING", "PULL-OUT, PULLOUT",
        "'DEFENCE MINISTER', 'DEFENSE MINISTER'"})
    void britishAndAmericanSpellingsFoldTogether(String british, String american) {
        assertThat(Spelling.fold(british)).isEqualTo(Spelling.fold(american));
    }

    @ParameterizedTest
    @CsvSource({"PRISE, PRIZE", "FOUR, FOR", "HOUR, HOR", "POUR, POR", "TOUR, TOR", "YOUR, YOR", "FILE, FILL",
        "ROGUE, ROG", "FENCE, FENSE", "RAISE, RAIZE"})
    void shortWordsStayApart(String a, String b) {
        assertThat(Spelling.fold(a)).isNotEqualTo(Spelling.fold(b));
    }

    @ParameterizedTest
    @CsvSource({"AK-47", "-", "A-", "-A", "TROOPS", "SANCTIONS", "FIRE", "US"})
    void wordsWithoutVariantsAreLeftAlone(String word) {
        assertThat(Spelling.fold(word)).isEqualTo(word);
    }

    @Test
    void foldingIsIdempotentAndKeepsTheWordCount() {
        Random r = new Random(42);
        String letters = "ABCDEIORSTUYZGM- ";
        for (int n = 0; n < 10_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + r.nextInt(14);
            for (int i = 0; i < len; i++) {
                sb.append(letters.charAt(r.nextInt(letters.length())));
            }
            String phrase = sb.toString().strip().replaceAll(" +", " ");
            if (phrase.isEmpty()) {
                continue;
            }
            String once = Spelling.fold(phrase);
            assertThat(Spelling.fold(once)).as(phrase).isEqualTo(once);
            assertThat(List.of(once.split(" ", -1))).as(phrase).hasSameSizeAs(List.of(phrase.split(" ", -1)));
        }
    }
}
