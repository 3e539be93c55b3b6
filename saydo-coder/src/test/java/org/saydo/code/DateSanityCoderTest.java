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
 * The coder flags a date it resolves from the text when it cannot be right (rules: {@code DateSanity}), on
 * sentences written for this test, in a report published Wednesday 2024-05-15.
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
        "ALEPPO, May 14 (Saydo wire) - Turkish forces shelled Syrian army positions. | TUR | 19 | asserted "
                + "| 2024-05-14 | dateline",
        // a wire filed on its day of publication: the publication date
        "ALEPPO, May 15 (Saydo wire) - Turkish forces shelled Syrian army positions. | TUR | 19 | asserted "
                + "| 2024-05-15 | publication",
        // a part of the day names no day; its weekday does
        "Turkish forces shelled Syrian army positions before dawn on Monday. | TUR | 19 | asserted | 2024-05-13 "
                + "| text",
    })
    void flagsAPastActDatedAfterItsReport(String sentence, String source, String cameo, String modality, String date,
            String basis) {
        CodedDocument coded = pipeline.code(Document.of("test", LocalDate.of(2024, 5, 15), sentence));
        assertThat(coded.events()).as(CoderExpectationsTest.describe(coded)).anyMatch(e -> e.source().code()
                .startsWith(source) && e.cameo().startsWith(cameo) && e.modality().label().equals(modality)
                && LocalDate.parse(date).equals(e.date()) && e.dateBasis().label().equals(basis));
        for (Event e : coded.events()) {
            assertThat(e.dateBasis()).isNotNull();
        }
    }
}
