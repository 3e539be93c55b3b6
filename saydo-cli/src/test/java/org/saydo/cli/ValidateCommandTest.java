package org.saydo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.record.CodedDocument;
import picocli.CommandLine;

/** {@code saydo validate}: exit codes, failure lines, the last line and the JSON object (with a coder that finds nothing). */
class ValidateCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private Path records;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("v.txt"), "--- ATTACK  [190]  ---\nATTACK\n");
        Files.writeString(dir.resolve("a.txt"), "ARNOR [ARN]\n");
        Files.writeString(dir.resolve("b.txt"), "GONDOR [GON]\n");
        Files.writeString(dir.resolve("g.txt"), "PRESIDENT [~GOV]\n");
        Files.writeString(dir.resolve("d.txt"), "BASEBALL\n");
        records = Files.writeString(dir.resolve("r.xml"), """
                <Validation><Environment><Verbfile>v.txt</Verbfile><Actorfile>a.txt,b.txt</Actorfile>
                <Agentfile>g.txt</Agentfile><Discardfile>d.txt</Discardfile><Include>DEMO</Include></Environment>
                <Sentences>
                <Sentence date="19950101" id="D-1" category="DEMO"><EventCoding sourcecode="ARN" targetcode="GON"
                 eventcode="190"/><Text>Arnor attacked Gondor.</Text></Sentence>
                <Sentence date="19950101" id="D-2" category="DEMO"><EventCoding noevents="True"/>
                <Text>Nothing.</Text></Sentence>
                <Sentence date="19950101" id="A-1" category="AGENTS"><EventCoding noevents="True"/>
                <Text>Skipped.</Text></Sentence>
                </Sentences></Validation>
                """);
    }

    private int run(String... args) {
        CommandLine cl = new CommandLine(new ValidateCommand(d -> doc -> new CodedDocument(doc, 1, List.of(),
                List.of())));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void textEndsWithTheContractLineAndListsFailedRecords() {
        assertThat(run("--verbose", records.toString())).isZero();
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines[0]).isEqualTo("FAIL D-1 [DEMO, line 4] expected [ARN GON 190] found (none)");
        assertThat(lines[1]).isEqualTo("    Arnor attacked Gondor.");
        assertThat(out.toString()).contains("skipped (not in <Include>): 1 records (AGENTS 1)")
                .doesNotContain("D-2");
        assertThat(lines[lines.length - 1])
                .isEqualTo("validate: 2 records, 1 codings expected, TP=0.0% FN=100.0% FP=0.0%");
    }

    @Test
    void jsonIsOneObjectWithTheSameFigures() throws IOException {
        assertThat(run("--json", records.toString())).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertThat(j.get("records").asInt()).isEqualTo(2);
        assertThat(j.get("expected").asInt()).isEqualTo(1);
        assertThat(j.get("fnPercent").asDouble()).isEqualTo(100.0);
        assertThat(j.get("skipped").get("AGENTS").asInt()).isEqualTo(1);
        assertThat(j.get("failures").get(0).get("id").asText()).isEqualTo("D-1");
        assertThat(j.get("categories").get("DEMO").get("records").asInt()).isEqualTo(2);
        assertThat(j.get("summary").asText()).startsWith("validate: 2 records");
    }

    @Test
    void unreadableFilesExitOneWithTheReason() throws IOException {
        assertThat(run(dir.resolve("missing.xml").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("missing.xml").contains("cannot read");
        Path bad = Files.writeString(dir.resolve("bad.xml"), "<Validation>\n<Sentences>\n</Validation>\n");
        assertThat(run(bad.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(bad + ":3: malformed XML");
        Files.delete(dir.resolve("b.txt"));
        assertThat(run(records.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("b.txt");
    }

    @Test
    void aMalformedRecordIsNamedOnStderrCountedAndTheOthersStillScored() throws IOException {
        Path mixed = Files.writeString(dir.resolve("mixed.xml"), """
                <Validation><Environment><Verbfile>v.txt</Verbfile><Actorfile>a.txt,b.txt</Actorfile>
                <Agentfile>g.txt</Agentfile><Discardfile>d.txt</Discardfile><Include>DEMO</Include></Environment>
                <Sentences>
                <Sentence date="19950101" id="D-1" category="DEMO"><EventCoding sourcecode="ARN" targetcode="GON"
                 eventcode="190"/><Text>Arnor attacked Gondor.</Text></Sentence>
                <Sentence date="1995-13-45" id="D-2" category="DEMO"><EventCoding noevents="True"/>
                <Text>Bad date.</Text></Sentence>
                <Sentence date="19950101" id="D-3" category="DEMO"><EventCoding noevents="True"/>
                <Text>Nothing.</Text></Sentence>
                </Sentences></Validation>
                """);
        assertThat(run(mixed.toString())).isZero();
        assertThat(err.toString()).contains("saydo: " + mixed + ":6: record D-2 skipped: date \"1995-13-45\"");
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines[lines.length - 2]).isEqualTo("malformed: 1 records (see stderr)");
        assertThat(lines[lines.length - 1])
                .isEqualTo("validate: 2 records, 1 codings expected, TP=0.0% FN=100.0% FP=0.0%");
        out.getBuffer().setLength(0);
        assertThat(run("--json", mixed.toString())).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertThat(j.get("records").asInt()).isEqualTo(2);
        assertThat(j.get("malformed").asInt()).isEqualTo(1);
        assertThat(j.get("malformedRecords").get(0).get("line").asInt()).isEqualTo(6);
    }

    @Test
    void aCleanFileHasNoMalformedLineAndNothingOnStderr() {
        assertThat(run(records.toString())).isZero();
        assertThat(out.toString()).doesNotContain("malformed");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void withoutAgentAndDiscardFilesTheRunCompletesWithANote() throws IOException {
        Path bare = Files.writeString(dir.resolve("bare.xml"), """
                <Validation><Environment><Verbfile>v.txt</Verbfile><Actorfile>a.txt,b.txt</Actorfile>
                <Pause>Stop</Pause><Colour>blue</Colour></Environment>
                <Sentences>
                <Sentence date="19950101" id="D-1" category="DEMO"><EventCoding noevents="True"/>
                <Text>Nothing.</Text></Sentence>
                </Sentences></Validation>
                """);
        assertThat(run(bare.toString())).isZero();
        assertThat(err.toString()).contains(bare + ":1: <Environment> names no <Agentfile>: coding without agents")
                .contains(bare + ":1: <Environment> names no <Discardfile>: discarding nothing")
                .contains(bare + ":2: unknown <Environment> element <Colour> ignored");
        assertThat(out.toString().strip()).endsWith("validate: 1 records, 0 codings expected, TP=0.0% FN=0.0% FP=0.0%");
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("--modalities", "sometimes", records.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown modality 'sometimes'");
    }

    @Test
    void repairsAreNamedOnStderrAndCountedInTextAndJson() throws IOException {
        Path ud = Files.writeString(dir.resolve("ud.xml"), """
                <Validation><Environment><Verbfile>v.txt</Verbfile><Actorfile>a.txt,b.txt</Actorfile>
                <Agentfile>g.txt</Agentfile><Discardfile>d.txt</Discardfile></Environment>
                <Sentences>
                <Sentence date="19950101" id="U-1" category="DEMO" evaluate="true"/>
                <EventCoding sourcecode="ARN" targetcode="GON" eventcode="190"/>
                #<EventCoding sourcecode="GON" targetcode="ARN" eventcode="190">
                <Text>Arnor attacked Gondor.</Text>
                </Sentence>
                </Sentences></Validation>
                """);
        assertThat(run(ud.toString())).isZero();
        assertThat(err.toString()).contains("saydo: " + ud + ":4: repaired: self-closed <Sentence .../> opened")
                .contains("saydo: " + ud + ":6: repaired: '#' comment line with markup blanked");
        assertThat(out.toString()).contains("repaired: 2 (self-closed <Sentence .../> opened (its </Sentence> "
                + "follows) 1, '#' comment line with markup blanked 1) (see stderr)");
        // the commented-out coding is not expected: one coding, the record's own
        assertThat(out.toString()).endsWith("validate: 1 records, 1 codings expected, TP=0.0% FN=100.0% FP=0.0%\n");
        out.getBuffer().setLength(0);
        assertThat(run("--json", ud.toString())).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertThat(j.get("repairs").get("'#' comment line with markup blanked").asInt()).isEqualTo(1);
        assertThat(j.get("repairedLines").get(0).get("line").asInt()).isEqualTo(4);
    }
}
