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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

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
        ObjectMapper json = new ObjectMapper();
        StringBuilder lines = new StringBuilder();
        for (String[] r : REPORTS) {
            ObjectNode o = json.createObjectNode();
            o.put("url", "https://example.org/" + r[0].replace(' ', '-').toLowerCase(java.util.Locale.ROOT));
            o.put("outlet", r[0]);
            o.put("date", r[1]);
            o.put("title", "Putin and the U.S. envoys");
            o.put("text", r[2]);
            lines.append(json.writeValueAsString(o)).append('\n');
        }
        Path input = Files.writeString(dir.resolve("reports.jsonl"), lines);
        String db = dir.resolve("record.duckdb").toString();

        // the dictionaries alone: this is about linking reports, whatever the judge makes of each wording
        assertThat(run("ingest", "--db", db, "--no-judge", "--threads", "2", input.toString())).isZero();
        StringWriter out = new StringWriter();
        assertThat(run(out, "events", "--db", db, "--actor", "RUSGOV", "--target", "USAGOV", "--cameo", "04",
                "--format", "jsonl")).isZero();

        List<JsonNode> rows = new ArrayList<>();
        for (String line : out.toString().strip().split("\n")) {
            rows.add(json.readTree(line));
        }
        JsonNode meeting = rows.stream().max((a, b) -> Integer.compare(a.get("reports").asInt(),
                b.get("reports").asInt())).orElseThrow();
        assertThat(meeting.get("reports").asInt()).as(out.toString()).isEqualTo(10);
        assertThat(meeting.get("outlets")).hasSize(10);
        assertThat(meeting.get("date").asText()).isEqualTo("2025-12-02");
    }

    private static int run(String... args) {
        return run(new StringWriter(), args);
    }

    private static int run(StringWriter out, String... args) {
        CommandLine cl = Saydo.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }
}
