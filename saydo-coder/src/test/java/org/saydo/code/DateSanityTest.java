package org.saydo.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.saydo.record.DateBasis;
import org.saydo.record.Modality;

class DateSanityTest {

    private static final LocalDate PUBLISHED = LocalDate.parse("2024-05-15");

    @ParameterizedTest(name = "{0} {1} \"{2}\" -> {3}")
    @CsvSource(delimiter = '|', value = {
        // a past act dated after its report: more than one day is implausible
        "asserted     | 2024-05-16 | on Thursday       | text",
        "asserted     | 2024-05-17 | on Friday         | text-implausible",
        "reported     | 2024-09-01 | on 1 September 2024 | text-implausible",
        "negated      | 2024-06-01 | on 1 June 2024    | text-implausible",
        "background   | 2025-01-01 | in 2025           | text-implausible",
        // an intent or a hypothesis may lie ahead
        "intent       | 2024-09-01 | on 1 September 2024 | text",
        "hypothetical | 2024-05-20 | on Monday         | text",
        // an old date with its year is plausible however old
        "asserted     | 2014-03-18 | on 18 March 2014  | text",
        // a relative expression (no year) resolved more than a year away is not
        "asserted     | 2023-03-01 | in March          | text-implausible",
        "intent       | 2025-07-01 | in July           | text-implausible",
        "asserted     | 2024-03-01 | in March          | text",
        // a span of months or years may reach further back than a year; "last year" is no span
        "background   | 2022-06-01 | two years ago     | text",
        "background   | 2023-04-01 | a year after      | text",
        "asserted     | 2023-01-01 | last year         | text-implausible",
    })
    void flagsImplausibleDatesFromTheText(String modality, String date, String text, String expected) {
        assertThat(DateSanity.check(LocalDate.parse(date), DateBasis.TEXT, Modality.parse(modality), PUBLISHED, text)
                .label()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} \"{2}\" -> {3}")
    @CsvSource(delimiter = '|', value = {
        // the report is a Wednesday: a past act on "Saturday" was the Saturday before, not the one after
        "asserted     | 2024-05-18 | on Saturday morning | 2024-05-11",
        "reported     | 2024-05-22 | late on Wednesday   | 2024-05-15",
        "negated      | 2024-05-25 | Saturday            | 2024-05-11",
        // within the time-zone tolerance, or already before the report: unchanged
        "asserted     | 2024-05-16 | on Thursday         | 2024-05-16",
        "asserted     | 2024-05-12 | on Sunday           | 2024-05-12",
        // what is planned or supposed may lie ahead
        "intent       | 2024-05-18 | on Saturday         | 2024-05-18",
        "hypothetical | 2024-05-18 | on Saturday         | 2024-05-18",
        // a month or a number pins the day: left to the plausibility check
        "asserted     | 2024-05-18 | on Saturday, May 18 | 2024-05-18",
        "asserted     | 2024-05-18 | on Saturday 18th    | 2024-05-18",
        // no weekday
        "asserted     | 2024-06-01 | in June             | 2024-06-01",
    })
    void aPastActOnAWeekdayIsOnTheLastSuchDay(String modality, String date, String text, String expected) {
        assertThat(DateSanity.lastWeekday(LocalDate.parse(date), Modality.parse(modality), PUBLISHED, text))
                .isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "{0} {1} \"{2}\" -> {3}")
    @CsvSource(delimiter = '|', value = {
        // the report is of 15 May 2024: a past act in a month named without a year was in the last such month
        "asserted     | 2024-09-01 | since September    | 2023-09-01",
        "background   | 2024-11-03 | on November 3      | 2023-11-03",
        "reported     | 2024-05-20 | on May 20          | 2023-05-20",
        // up to the next day (time zones), or already before the report: unchanged
        "asserted     | 2024-05-16 | on May 16          | 2024-05-16",
        "asserted     | 2024-03-01 | in March           | 2024-03-01",
        // what is planned or supposed may lie ahead
        "intent       | 2024-09-01 | in September       | 2024-09-01",
        "hypothetical | 2024-06-01 | by June            | 2024-06-01",
        // a year, or a weekday, pins it otherwise: left to the plausibility check
        "asserted     | 2024-09-01 | in September 2024  | 2024-09-01",
        "asserted     | 2024-05-18 | on Saturday, May 18 | 2024-05-18",
        // no month's name ("two months later" is a span)
        "asserted     | 2024-07-15 | two months later   | 2024-07-15",
    })
    void aPastActInAMonthWithoutYearIsInTheLastSuchMonth(String modality, String date, String text,
            String expected) {
        assertThat(DateSanity.lastMonth(LocalDate.parse(date), Modality.parse(modality), PUBLISHED, text))
                .isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "{0} \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
        // a span of months or years back from the report names a month: its first day
        "2024-02-15 | Three months ago   | 2024-02-01",
        "2023-05-15 | a year ago         | 2023-05-01",
        "2024-04-20 | two months earlier | 2024-04-01",
        // a span of days, or a month already named, keeps its day
        "2024-05-12 | three days ago     | 2024-05-12",
        "2024-03-18 | on 18 March        | 2024-03-18",
    })
    void aSpanOfMonthsOrYearsNamesItsMonth(String date, String text, String expected) {
        assertThat(DateSanity.spanMonth(LocalDate.parse(date), text)).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "{0} \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
        // the report's own day in words that name it only by the report (a copy tells them as the wire's day)
        "2024-05-15 | later in the day    | true",
        "2024-05-15 | today               | true",
        "2024-05-15 | this morning        | true",
        // a day of its own, even the same one
        "2024-05-15 | on Wednesday        | false",
        "2024-05-15 | on 15 May           | false",
        "2024-05-15 | on May 15           | false",
        // another day
        "2024-05-14 | yesterday           | false",
    })
    void theReportsOwnDayIsToldByTheReport(String date, String text, boolean expected) {
        assertThat(DateSanity.reportsDay(LocalDate.parse(date), PUBLISHED, text)).isEqualTo(expected);
    }

    @Test
    void aWeekdayWithoutDateOrReportIsLeftAlone() {
        assertThat(DateSanity.lastWeekday(null, Modality.ASSERTED, PUBLISHED, "on Saturday")).isNull();
        LocalDate saturday = LocalDate.parse("2024-05-18");
        assertThat(DateSanity.lastWeekday(saturday, Modality.ASSERTED, null, "on Saturday")).isEqualTo(saturday);
        assertThat(DateSanity.lastWeekday(saturday, Modality.ASSERTED, PUBLISHED, null)).isEqualTo(saturday);
    }

    @Test
    void otherBasesAndUndatedDocumentsAreLeftAlone() {
        LocalDate later = LocalDate.parse("2024-09-01");
        assertThat(DateSanity.check(later, DateBasis.PUBLICATION, Modality.ASSERTED, PUBLISHED, null))
                .isEqualTo(DateBasis.PUBLICATION);
        assertThat(DateSanity.check(later, DateBasis.TEXT, Modality.ASSERTED, null, "on 1 September"))
                .isEqualTo(DateBasis.TEXT);
        assertThat(DateSanity.check(null, DateBasis.NONE, Modality.BACKGROUND, PUBLISHED, null))
                .isEqualTo(DateBasis.NONE);
    }

    @Test
    void theStoredLabelReadsBack() {
        for (DateBasis b : DateBasis.values()) {
            assertThat(DateBasis.parse(b.label())).isEqualTo(b);
        }
        assertThat(DateBasis.TEXT_IMPLAUSIBLE.label()).isEqualTo("text-implausible");
        assertThat(DateBasis.parse("TEXT_IMPLAUSIBLE")).isEqualTo(DateBasis.TEXT_IMPLAUSIBLE);
        assertThatThrownBy(() -> DateBasis.parse("guess")).hasMessageContaining("unknown date basis 'guess'");
    }
}
