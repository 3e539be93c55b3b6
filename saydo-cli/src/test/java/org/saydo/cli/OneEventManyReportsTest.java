package org.saydo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole chain, coder to record: ten outlets tell the Kremlin meeting of 2 December 2025 in ten different
 * sentences (written for this test); the record holds one meeting with ten reports.
 */
class OneEventManyReportsTest {

    private static final String[][] REPORTS = {
        {"Wire One", "2025-12-03", "Russian President Vladimir Putin met U.S. envoy Steve Witkoff and Jared Kushner "
            + "in the Kremlin on Tuesday."},
        {"Daily Two", "2025-12-03", "Steve Witkoff and Jared Kushner held talks with Vladimir Putin in Moscow on "
            + "Tuesday evening."},
        {"Three News", "2025-12-03", "The Kremlin meeting between Putin and Witkoff lasted about five hours, "
            + "Kremlin aide Yuri Ushakov said."},
        {"Four Times", "2025-12-03", "Witkoff met Putin for the sixth time this year on Tuesday."},
        {"Five Herald", "2025-12-03", "U.S. negotiators Witkoff and Kushner met the Russian president in Moscow on "
            + "December 2."},
        {"Six Post", "2025-12-03", "Talks between Putin and Witkoff took place in the Kremlin on Tuesday."},
        {"Seven Radio", "2025-12-03", "On Tuesday, Putin met the American delegation led by Witkoff."},
        {"Eight Review", "2025-12-04", "Putin and the two American envoys met for five hours on Tuesday, the Kremlin "
            + "said."},
        {"Nine Ledger", "2025-12-03", "Kushner and Witkoff met Putin at the Kremlin on Tuesday night."},
        {"Ten Observer", "2025-12-02", "Vladimir Putin is meeting Steve Witkoff in the Kremlin today."},
    };

    @Test
    void tenReportsOfTheKremlinMeetingAreOneEvent(@TempDir Path dir) throws IOException {
        List<MeetingReports.Report> reports = new ArrayList<>();
        for (String[] r : REPORTS) {
            reports.add(new MeetingReports.Report(r[0], r[1], "Putin and the U.S. envoys", r[2]));
        }
        MeetingReports.Ingested record = MeetingReports.ingest(dir, reports);
        JsonNode meeting = record.meeting();
        String out = record.events();
        assertThat(meeting.get("reports").asInt()).as(out).isEqualTo(10);
        assertThat(meeting.get("outlets")).hasSize(10);
        assertThat(meeting.get("date").asText()).isEqualTo("2025-12-02");
    }
}
