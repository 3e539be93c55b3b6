package org.saydo.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

    /** Expected lines written by hand from RFC 4180: quote only a comma, a double quote or a line break. */
    @Test
    void quotesOnlyWhatRfc4180Requires() {
        List<Object> cells = Arrays.asList("a", "b,c", "say \"no\"", "two\nlines", null, "", " lead", "#x", -1.5,
                "cr\rhere", "tab\there");
        assertThat(CsvRows.of(List.of(List.of("h1", "h2"), cells))).isEqualTo("h1,h2\r\n"
                + "a,\"b,c\",\"say \"\"no\"\"\",\"two\nlines\",,, lead,#x,-1.5,\"cr\rhere\",tab\there\r\n");
    }

    @Test
    void emptyCellsKeepTheirColumns() {
        assertThat(CsvRows.of(List.of(Arrays.asList(null, "x", null, null)))).isEqualTo(",x,,\r\n");
    }

    @Test
    void noRowsIsAnEmptyDocument() {
        assertThat(CsvRows.of(List.of())).isEmpty();
    }
}
