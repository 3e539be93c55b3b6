package org.saydo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.judge.Embedder;
import org.saydo.judge.MiniLmEmbedder;
import org.saydo.narratives.NarrativeClassifier;
import org.saydo.narratives.NarrativeModel;
import org.saydo.nlp.ParsedSentence;
import org.saydo.nlp.SentenceSplitter;
import picocli.CommandLine;

/**
 * {@code saydo narratives classify} and {@code evaluate} with the shipped model and embedder (sentences split at
 * full stops, so CoreNLP is not loaded): the JSON Lines contract, bad files, the samples-F1 lines.
 */
class NarrativesCommandsTest {

    static final String MEDIA = "Moscow, 12 March. The Western press has become nothing but a propaganda weapon of "
            + "NATO. Newspapers in London and New York print whatever the State Department dictates about the war "
            + "in Ukraine, and their readers never hear the other side.\n";
    static final String NEUTRAL = "The regional council met on Tuesday to approve the budget for road repairs and "
            + "new school buses. The work will begin in May and is expected to last until the end of the summer, "
            + "officials said.\n";
    static final String MEDIA_SUB = "URW: Distrust towards Media: Western media is an instrument of propaganda";

    static Embedder embedder;

    static final SentenceSplitter SPLITTER = d -> {
        List<ParsedSentence> out = new ArrayList<>();
        Matcher m = Pattern.compile("[^.]+\\.").matcher(d.text());
        while (m.find()) {
            int b = m.start();
            while (Character.isWhitespace(d.text().charAt(b))) {
                b++;
            }
            out.add(new ParsedSentence(out.size(), b, m.end(), d.text().substring(b, m.end()), List.of(), List.of(),
                    List.of()));
        }
        return out;
    };

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void load() {
        embedder = new MiniLmEmbedder();
    }

    private int run(Object command, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("saydo: " + ex.getMessage());
            return 1;
        });
        return cl.execute(args);
    }

    private static NarrativeClassifier classifier(org.saydo.narratives.Taxonomy t, NarrativeModel m, boolean s) {
        return new NarrativeClassifier(t, m, SPLITTER, embedder, null);
    }

    @Test
    void classifyPrintsOneObjectPerDocumentAndNamesTheFilesItCannotRead(@TempDir Path dir) throws Exception {
        Path media = Files.writeString(dir.resolve("media.txt"), MEDIA);
        Path neutral = Files.writeString(dir.resolve("neutral.txt"), NEUTRAL);
        Path empty = Files.writeString(dir.resolve("empty.txt"), " \n");
        int code = run(new NarrativesClassifyCommand(NarrativesCommandsTest::classifier,
                () -> new ByteArrayInputStream(new byte[0])), "--format", "jsonl", media.toString(), empty.toString(),
                neutral.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("saydo: " + empty + ": empty document")
                .contains("1 of 3 documents failed");
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.toString().split("\n")) {
            lines.add(new ObjectMapper().readTree(l));
        }
        assertThat(lines).hasSize(2);
        JsonNode m = lines.get(0);
        assertThat(m.get("doc").asText()).isEqualTo(media.toString());
        assertThat(m.get("narratives").toString()).isEqualTo("[\"URW: Distrust towards Media\"]");
        assertThat(m.get("subnarratives").toString()).isEqualTo("[\"" + MEDIA_SUB + "\"]");
        assertThat(m.get("model").asText()).isEqualTo(NarrativeModel.standard().version());
        JsonNode e = m.get("evidence").get(1);
        assertThat(e.get("label").asText()).isEqualTo(MEDIA_SUB);
        assertThat(MEDIA.substring(e.get("start").asInt(), e.get("end").asInt())).isEqualTo(e.get("text").asText())
                .isEqualTo("The Western press has become nothing but a propaganda weapon of NATO.");
        assertThat(e.get("sentence").asInt()).isEqualTo(1);
        assertThat(e.get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(e.get("speaker").isNull()).isTrue();
        assertThat(lines.get(1).get("narratives").toString()).isEqualTo("[\"Other\"]");
        assertThat(lines.get(1).get("subnarratives").toString()).isEqualTo("[\"Other\"]");
        assertThat(lines.get(1).get("evidence")).isEmpty();
    }

    @Test
    void evaluatePrintsSamplesF1AndTheOtherBaselineAndEndsWithTheSummaryLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("media.txt"), MEDIA);
        Files.writeString(dir.resolve("neutral.txt"), NEUTRAL);
        Path labels = Files.writeString(dir.resolve("labels.jsonl"), "{\"doc\": \"media.txt\", \"narratives\": "
                + "[\"URW: Distrust towards Media\"], \"subnarratives\": [\"" + MEDIA_SUB + "\"]}\n"
                + "{\"doc\": \"neutral.txt\", \"narratives\": [\"Other\"], \"subnarratives\": [\"Other\"]}\n");
        int code = run(new NarrativesEvaluateCommand(NarrativesCommandsTest::classifier), labels.toString());
        assertThat(code).as(err.toString()).isZero();
        String[] lines = out.toString().strip().split("\n");
        // both documents right (as classify gives them above); "Other" everywhere is right on one of two
        assertThat(lines[lines.length - 2]).isEqualTo(
                "baseline \"Other\" everywhere: narratives F1=0.500, subnarratives F1=0.500");
        assertThat(lines[lines.length - 1]).isEqualTo(
                "narratives evaluate: 2 documents, narratives F1=1.000, subnarratives F1=1.000");
    }

    @Test
    void evaluateNamesAMissingDocumentAndATaxonomyLineItCannotRead(@TempDir Path dir) throws Exception {
        Path labels = Files.writeString(dir.resolve("labels.jsonl"), "{\"doc\": \"gone.txt\", \"narratives\": "
                + "[\"Other\"], \"subnarratives\": [\"Other\"]}\n");
        assertThat(run(new NarrativesEvaluateCommand(NarrativesCommandsTest::classifier), labels.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains(labels + ": document gone.txt: " + dir.resolve("gone.txt"));
        Path taxonomy = Files.writeString(dir.resolve("t.txt"), "URW: A\nURW: B: c\n");
        assertThat(run(new NarrativesEvaluateCommand(NarrativesCommandsTest::classifier), "--taxonomy",
                taxonomy.toString(), labels.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(taxonomy + ":2: sub-narrative before its narrative 'URW: B'");
    }
}
