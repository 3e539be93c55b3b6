package org.saydo.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.saydo.doc.Document;
import org.saydo.record.CodedDocument;
import org.saydo.record.Coder;
import org.saydo.record.Event;

/**
 * The coder flags a date it resolves from the text when it cannot be right (rules: {@code DateSanity}), and dates
 * a clause told relative to another time of its sentence ({@code Sentence.timeOf}), on sentences written for this
 * test, in a report published Wednesday 2024-05-15.
 */
class DateSanityCoderTest {

    private static Coder pipeline;

    @BeforeAll
    static void load() {
        pipeline = CoreNlpCoding.standard();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a strike told as done, dated months after the report
        "Russia attacked Ukraine on 14 September 2024. | RUS | 19 | asserted | 2024-09-14 | text-implausible",
        // the same date as an intent is plausible
        "Russia will attack Ukraine on 14 September 2024. | RUS | 19 | intent | 2024-09-14 | text",
        // a weekday before the report
        "Russia attacked Ukraine on Monday. | RUS | 19 | asserted | 2024-05-13 | text",
        // an old date with its year: background (the coder's rule), dated from the text, plausible
        "Russia attacked Ukraine on 24 February 2022. | RUS | 19 | background | 2022-02-24 | text",
        // a copy published on the 15th of a wire filed on the 14th: an undated act is the wire's
        "Reprinted from Saydo wire\\n\\nALEPPO, May 14 (Saydo wire) - Turkish forces shelled Syrian army positions. "
                + "| TUR | 19 | asserted | 2024-05-14 | dateline",
        // no credit line, but a dateline the day before the publication (a wire's own dateline is its publication
        // day): a copy all the same, whose undated act is the wire's
        "ALEPPO, May 14 (Saydo wire) - Turkish forces shelled Syrian army positions. | TUR | 19 | asserted "
                + "| 2024-05-14 | dateline",
        // no credit line and a dateline days before: not taken as a copy, the publication date
        "ALEPPO, May 10 (Saydo wire) - Turkish forces shelled Syrian army positions. | TUR | 19 | asserted "
                + "| 2024-05-15 | publication",
        // a copy of a wire filed on its day of publication: the publication date
        "Source: Saydo wire\\n\\nALEPPO, May 15 (Saydo wire) - Turkish forces shelled Syrian army positions. | TUR "
                + "| 19 | asserted | 2024-05-15 | publication",
        // a part of the day names no day; its weekday does
        "Turkish forces shelled Syrian army positions before dawn on Monday. | TUR | 19 | asserted | 2024-05-13 "
                + "| text",
        // dates33: a summary of an official text issued the day before its publication: what the text does not date
        // is told as of the day it was issued
        "STATEMENT SUMMARY: Pakistan answers India\\nSource: Ministry of Foreign Affairs, statement issued on 14 May "
                + "2024.\\n\\nPakistan will close its airspace to Indian airlines. | PAK | 17 | intent | 2024-05-14 "
                + "| dateline",
        // the same lines under a heading that names no official text: the publication date
        "Pakistan answers India\\nSource: Ministry of Foreign Affairs, statement issued on 14 May 2024.\\n\\n"
                + "Pakistan will close its airspace to Indian airlines. | PAK | 17 | intent | 2024-05-15 | publication",
    })
    void flagsAPastActDatedAfterItsReport(String sentence, String source, String cameo, String modality, String date,
            String basis) {
        // "\n" is a line break (a credit line above the dateline)
        CodedDocument coded = pipeline.code(Document.of("test", LocalDate.of(2024, 5, 15),
                sentence.replace("\\n", "\n")));
        assertThat(coded.events()).as(CoderExpectationsTest.describe(coded)).anyMatch(e -> e.source().code()
                .startsWith(source) && e.cameo().startsWith(cameo) && e.modality().label().equals(modality)
                && LocalDate.parse(date).equals(e.date()) && e.dateBasis().label().equals(basis));
        for (Event e : coded.events()) {
            assertThat(e.dateBasis()).isNotNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // Monday is the 13th; a day after a shelling: the shelling was on Sunday the 12th
        "Pakistan closed its airspace on Monday, a day after Indian troops shelled Pakistani positions. | IND | PAK "
                + "| 19 | 2024-05-12",
        // an undated governor is the report's day: two days after is counted back from the 15th
        "Two days after Iran fired missiles at Israel, the Israeli army struck back. | IRN | ISR | 19 | 2024-05-13",
        // a clause of the same time ("while") lends its day to the act
        "Turkish forces shelled Syrian army positions while villagers were fleeing on Monday. | TUR | SYR | 19 "
                + "| 2024-05-13",
    })
    void datesAClauseFromAnotherTimeOfItsSentence(String sentence, String source, String target, String cameo,
            String date) {
        CodedDocument coded = pipeline.code(Document.of("test", LocalDate.of(2024, 5, 15), sentence));
        assertThat(coded.events()).as(CoderExpectationsTest.describe(coded)).anyMatch(e -> e.source().code()
                .startsWith(source) && e.target() != null && e.target().code().startsWith(target)
                && e.cameo().startsWith(cameo) && e.modality().label().equals("asserted")
                && LocalDate.parse(date).equals(e.date()) && e.dateBasis().label().equals("text"));
    }
}
