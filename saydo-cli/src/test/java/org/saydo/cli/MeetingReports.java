package org.saydo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/**
 * For the tests of the Kremlin meeting of 2 December 2025 told by several outlets: writes the reports as a JSON
 * Lines feed, ingests it with the dictionaries alone (these tests are about linking reports, whatever the judge
 * makes of each wording), and finds the meeting (RUSGOV → USAGOV, root 04) with the most reports.
 */
final class MeetingReports {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MeetingReports() {
    }

    /** One outlet's report. */
    record Report(String outlet, String date, String title, String text) {
    }

    /** The record the reports were ingested into, and its meeting with the most reports. */
    record Ingested(String db, JsonNode meeting, String events) {
    }

    static Ingested ingest(Path dir, List<Report> reports) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (Report r : reports) {
            ObjectNode o = JSON.createObjectNode();
            o.put("url", "https://example.org/" + r.outlet().replace(' ', '-').toLowerCase(Locale.ROOT));
            o.put("outlet", r.outlet());
            o.put("date", r.date());
            o.put("title", r.title());
            o.put("text", r.text());
            lines.append(JSON.writeValueAsString(o)).append('\n');
        }
        Path input = Files.writeString(dir.resolve("reports.jsonl"), lines);
        String db = dir.resolve("record.duckdb").toString();
        assertThat(run("ingest", "--db", db, "--no-judge", "--threads", "2", input.toString())).isZero();
        StringWriter out = new StringWriter();
        assertThat(run(out, "events", "--db", db, "--actor", "RUSGOV", "--target", "USAGOV", "--cameo", "04",
                "--format", "jsonl")).isZero();
        JsonNode meeting = null;
        for (String line : out.toString().strip().split("\n")) {
            JsonNode row = JSON.readTree(line);
            if (meeting == null || row.get("reports").asInt() > meeting.get("reports").asInt()) {
                meeting = row;
            }
        }
        return new Ingested(db, meeting, out.toString());
    }

    static int run(String... args) {
        return run(new StringWriter(), args);
    }

    static int run(StringWriter out, String... args) {
        CommandLine cl = Saydo.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }
}
