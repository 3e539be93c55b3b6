package org.saydo.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saydo.doc.BadDocumentException;

class GdeltEventTest {

    /** A minimal valid GDELT row. */
    static List<String> row(String id, String date, String actor1, String actor2, String code) {
        List<String> c = new ArrayList<>(Collections.nCopies(61, ""));
        c.set(0, id);
        c.set(1, date);
        c.set(5, actor1);
        c.set(15, actor2);
        c.set(26, code);
        c.set(27, code.substring(0, 3));
        c.set(28, code.substring(0, 2));
        c.set(29, code.compareTo("15") >= 0 ? "4" : "1");
        c.set(30, "1.0");
        c.set(60, "https://www.example.org/" + id);
        return c;
    }

    @Test
    void readsTheCodebookColumns() {
        GdeltEvent e = GdeltEvent.parse("f:1", String.join("\t", row("7", "20251202", "RUSGOV", "", "040")));
        assertThat(e.globalEventId()).isEqualTo(7);
        assertThat(e.date()).isEqualTo(LocalDate.of(2025, 12, 2));
        assertThat(e.actor1Code()).isEqualTo("RUSGOV");
        assertThat(e.actor2Code()).isNull();
        assertThat(e.eventCode()).isEqualTo("040");
        assertThat(e.quadClass()).isEqualTo(1);
        assertThat(e.sourceUrl()).isEqualTo("https://www.example.org/7");
        assertThat(GdeltEvent.COLUMN_NAMES).hasSize(61).startsWith("GLOBALEVENTID").endsWith("DATEADDED", "SOURCEURL");
        assertThat(GdeltEvent.COLUMN_NAMES.get(26)).isEqualTo("EventCode");
        assertThat(GdeltEvent.COLUMN_NAMES.get(35)).isEqualTo("Actor1Geo_Type");
    }

    @Test
    void badValuesNameTheRowAndColumn() {
        List<String> c = row("7", "20251302", "RUS", "UKR", "190");
        assertThatThrownBy(() -> GdeltEvent.parse("f:9", String.join("\t", c)))
                .isInstanceOf(BadDocumentException.class).hasMessage("f:9: bad SQLDATE (column 2): '20251302'");
        List<String> d = row("x7", "20251202", "RUS", "UKR", "190");
        assertThatThrownBy(() -> GdeltEvent.parse("f:3", String.join("\t", d)))
                .hasMessage("f:3: bad GLOBALEVENTID (column 1): 'x7'");
    }
}
