package org.saydo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code saydo validate} on a file naming the Phoenix dictionaries that are not beside it: the shipped copies are
 * used, with one note per file, and the real coder codes the sentence with them.
 */
class ValidateFallbackTest {

    @TempDir
    Path dir;

    @Test
    void missingPhoenixDictionariesFallBackToTheShippedOnes() throws IOException {
        Path records = Files.writeString(dir.resolve("news.xml"), """
                <Validation>
                <Environment>
                  <Verbfile>CAMEO.2.0.txt</Verbfile>
                  <Actorfile>Phoenix.Countries.actors.txt, Phoenix.International.actors.txt,
                             Phoenix.MilNonState.actors.txt</Actorfile>
                  <Agentfile>Phoenix.agents.txt</Agentfile>
                  <Discardfile>phoenix.discards.txt</Discardfile>
                </Environment>
                <Sentences>
                <Sentence date="20140101" id="N-1" category="NEWS">
                <EventCoding sourcecode="RUS" targetcode="UKR" eventcode="190"/>
                <Text>Russia attacked Ukraine.</Text>
                </Sentence>
                </Sentences>
                </Validation>
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new ValidateCommand(Pipelines::validation));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));

        assertThat(cl.execute("--json", records.toString())).isZero();

        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertThat(j.get("records").asInt()).isEqualTo(1);
        assertThat(j.get("truePositives").asInt()).as(out.toString()).isEqualTo(1);
        assertThat(j.get("falsePositives").asInt()).as(out.toString()).isZero();
        String[] notes = err.toString().strip().split("\n");
        assertThat(notes).hasSize(6);
        assertThat(notes[0]).isEqualTo("saydo: " + records + ": <Verbfile> " + dir.toAbsolutePath()
                .resolve("CAMEO.2.0.txt") + " does not exist: using Saydo's shipped CAMEO.2.0.txt");
        assertThat(notes[5]).endsWith("phoenix.discards.txt does not exist: using Saydo's shipped "
                + "Phoenix.discards.txt");
        assertThat(j.get("warnings")).hasSize(6);
    }
}
