package org.saydo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.saydo.cli.MeetingReports.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole chain, coder to record: a wire story about the Kremlin meeting of 2 December 2025 republished by
 * five sites (with another headline, another dateline, a trimmed or an added sentence), and one site's own
 * report of the meeting (all written for this test). The record holds one meeting with six reports from two
 * independent sources, which {@code gap --min-sources 2} counts and {@code --min-sources 3} does not.
 */
class IndependentSourcesTest {

    private static final String WIRE = "MOSCOW (Wire) - Russian President Vladimir Putin met U.S. envoy Steve "
            + "Witkoff and Jared Kushner in the Kremlin on Tuesday. The talks lasted about five hours and ended "
            + "after midnight, a Kremlin aide told reporters. Neither side gave details of what was discussed about "
            + "the American peace plan. The envoys flew in from Florida in the morning and were expected to leave "
            + "on Wednesday.";

    private static final String[][] REPORTS = {
        {"Wire Service", "Putin and the U.S. envoys", WIRE},
        // a text identical to another is the same document (its id is the text's hash), so each copy differs a little
        {"Daily Two", "Five hours in the Kremlin", "Five hours in the Kremlin\n\n" + WIRE},
        {"Three News", "Putin and the U.S. envoys", WIRE.replace("MOSCOW (Wire) - ", "Moscow: ")},
        {"Four Times", "Putin and the U.S. envoys", WIRE.replace(" The envoys flew in from Florida in the morning "
            + "and were expected to leave on Wednesday.", "")},
        {"Five Herald", "Kremlin talks", WIRE + " Reporting by the Moscow bureau; editing by the world desk."},
        {"Six Post", "Our reporter in Moscow", "Steve Witkoff and Jared Kushner held talks with Vladimir Putin in "
            + "Moscow on Tuesday evening. Our correspondent saw their motorcade drive through the Borovitsky gate "
            + "at dusk, and officials of both governments refused to say afterwards whether anything was agreed."},
    };

    @Test
    void fiveCopiesOfAWireStoryAndOneOwnReportAreSixReportsFromTwoSources(@TempDir Path dir) throws IOException {
        List<MeetingReports.Report> reports = new ArrayList<>();
        for (String[] r : REPORTS) {
            reports.add(new MeetingReports.Report(r[0], "2025-12-03", r[1], r[2]));
        }
        MeetingReports.Ingested record = MeetingReports.ingest(dir, reports);
        String db = record.db();
        JsonNode meeting = record.meeting();
        String out = record.events();
        assertThat(meeting.get("reports").asInt()).as(out).isEqualTo(6);
        assertThat(meeting.get("outlets")).hasSize(6);
        assertThat(meeting.get("sources").asInt()).as(out).isEqualTo(2);
        String key = meeting.get("event_key").asText();

        StringWriter csv = new StringWriter();
        assertThat(run(csv, "events", "--db", db, "--actor", "RUSGOV", "--target", "USAGOV", "--cameo", "04",
                "--format", "csv")).isZero();
        String[] csvLines = csv.toString().split("\r?\n");
        assertThat(csvLines[0]).startsWith("event_key,origin,globaleventid,reports,sources,outlets,");
        assertThat(csvLines).anyMatch(l -> l.startsWith(key + ",saydo,,6,2,"));

        StringWriter table = new StringWriter();
        assertThat(run(table, "events", "--db", db, "--actor", "RUSGOV", "--target", "USAGOV", "--cameo", "04"))
                .isZero();
        assertThat(table.toString()).contains("REPORTS SOURCES");
        assertThat(table.toString().lines().filter(l -> l.startsWith(key + " ") && l.contains("RUSGOV")))
                .singleElement().asString().matches(".* 6 +2  .*");

        // the meeting is RUS's one word toward USA: carried by two independent sources, not by three
        assertThat(gapTotal(db, 2)).startsWith("all,1,0,1,1.0,");
        assertThat(gapTotal(db, 3)).startsWith("all,0,0,0,");
        assertThat(run("gap", "--db", db, "--actor", "RUS", "--min-sources", "0")).isEqualTo(2);
    }

    private static String gapTotal(String db, int minSources) {
        StringWriter gap = new StringWriter();
        assertThat(run(gap, "gap", "--db", db, "--actor", "RUS", "--target", "USA", "--min-sources",
                Integer.toString(minSources), "--format", "csv")).isZero();
        return gap.toString().lines().filter(l -> l.startsWith("all,")).findFirst().orElseThrow();
    }
}
