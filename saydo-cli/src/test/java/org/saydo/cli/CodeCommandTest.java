package org.saydo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.record.CodedDocument;
import org.saydo.record.Coder;
import picocli.CommandLine;

/** {@code saydo code}: exit codes, error lines and the JSON Lines contract. */
class CodeCommandTest {

    private static final String ENGLISH = "date 2025-12-03\nRussia attacked Ukraine on Monday. The Kremlin said "
            + "that the talks with the United States were useful and that it wants peace in the region.\n";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<String> coded = new ArrayList<>();

    private int run(Coder coder, byte[] stdin, String... args) {
        CodeCommand command = new CodeCommand(actors -> coder, () -> new ByteArrayInputStream(stdin));
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private Coder recording() {
        return d -> {
            coded.add(d.source() + "@" + d.published());
            return new CodedDocument(d, 1, List.of(), List.of());
        };
    }

    @Test
    void badFilesAreReportedOneLineEachAndTheOthersAreStillCoded(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), ENGLISH);
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {'a', 0, 'b'});
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "d\u00e9j\u00e0 vu".getBytes(StandardCharsets.ISO_8859_1));
        Path french = Files.writeString(dir.resolve("french.txt"), "Le président a déclaré que les négociations "
                + "avec les représentants américains étaient utiles et constructives, mais aucun compromis sur le "
                + "plan de paix n'a été trouvé selon le porte-parole du Kremlin qui parlait aux journalistes.");
        Path huge = dir.resolve("huge.txt");
        Files.write(huge, new byte[21 * 1024 * 1024]);
        Path missing = dir.resolve("missing.txt");

        int code = run(recording(), new byte[0], "--format", "jsonl", empty.toString(), good.toString(),
                binary.toString(), latin1.toString(), french.toString(), huge.toString(), missing.toString());

        assertThat(code).isEqualTo(1);
        assertThat(coded).containsExactly(good + "@2025-12-03");
        String[] lines = err.toString().strip().split("\n");
        assertThat(lines).hasSize(7);
        assertThat(lines[0]).startsWith("saydo: " + empty).contains("empty");
        assertThat(lines[1]).startsWith("saydo: " + binary).contains("binary");
        assertThat(lines[2]).startsWith("saydo: " + latin1).contains("UTF-8");
        assertThat(lines[3]).startsWith("saydo: " + french).contains("English");
        assertThat(lines[4]).startsWith("saydo: " + huge).contains("20 MB");
        assertThat(lines[5]).startsWith("saydo: " + missing);
        assertThat(lines[6]).isEqualTo("saydo: 6 of 7 documents failed");
    }

    @Test
    void allGoodFilesExitZeroAndDateOptionOverridesTheDateLine(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), ENGLISH);
        assertThat(run(recording(), new byte[0], "--date", "2024-02-24", good.toString())).isZero();
        assertThat(coded).containsExactly(good + "@2024-02-24");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void standardInputIsNamedDash() {
        assertThat(run(recording(), ENGLISH.getBytes(StandardCharsets.UTF_8), "-")).isZero();
        assertThat(coded).containsExactly("-@2025-12-03");
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(run(recording(), new byte[0])).isEqualTo(2);
        assertThat(run(recording(), new byte[0], "--format", "xml", "a.txt")).isEqualTo(2);
        assertThat(run(recording(), new byte[0], "--date", "yesterday", "a.txt")).isEqualTo(2);
        assertThat(coded).isEmpty();
    }

    @Test
    void jsonLinesCarryTheContractFields() throws IOException {
        Pipeline pipeline = Pipelines.standard(List.of());
        int code = run(pipeline, ENGLISH.getBytes(StandardCharsets.UTF_8), "--format", "jsonl", "-");
        assertThat(code).isZero();
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> records = new ArrayList<>();
        for (String line : out.toString().strip().split("\n")) {
            records.add(mapper.readTree(line));
        }
        String text = ENGLISH.substring(ENGLISH.indexOf('\n') + 1);
        JsonNode attack = records.stream().filter(r -> r.get("kind").asText().equals("event")
                && r.get("cameo").asText().startsWith("19")).findFirst().orElseThrow();
        for (String field : List.of("kind", "doc", "sentence", "start", "end", "text", "trigger", "rule", "source",
                "target", "cameo", "cameo_name", "plover", "quad", "goldstein", "modality", "date", "date_basis")) {
            assertThat(attack.has(field)).as(field).isTrue();
        }
        assertThat(attack.get("doc").asText()).isEqualTo("-");
        // a state named by its name acts through its forces when it uses force (roles.txt)
        assertThat(attack.get("source").get("code").asText()).isEqualTo("RUSMIL");
        assertThat(attack.get("source").get("text").asText()).isEqualTo("Russia");
        assertThat(attack.get("target").get("code").asText()).isEqualTo("UKR");
        assertThat(attack.get("quad").asInt()).isEqualTo(4);
        assertThat(attack.get("goldstein").asDouble()).isEqualTo(-10.0);
        assertThat(attack.get("modality").asText()).isEqualTo("asserted");
        assertThat(attack.get("date").asText()).isEqualTo("2025-12-01");
        assertThat(attack.get("date_basis").asText()).isEqualTo("text");
        assertThat(attack.get("sentence").asInt()).isZero();
        assertThat(text.substring(attack.get("start").asInt(), attack.get("end").asInt()))
                .isEqualTo("Russia attacked Ukraine");
        JsonNode quote = records.stream().filter(r -> r.get("kind").asText().equals("quote")).findFirst()
                .orElseThrow();
        assertThat(quote.get("speaker").get("code").asText()).isEqualTo("RUSGOV");
        assertThat(quote.get("direct").asBoolean()).isFalse();
        assertThat(quote.get("quote").asText()).startsWith("the talks with the United States were useful");
    }

    @Test
    void standardInputOverTheLimitIsRefusedWhileStreamingAndNothingIsCoded() {
        long[] taken = {0};
        byte[] words = "the talks in the Kremlin lasted five hours. ".getBytes(StandardCharsets.UTF_8);
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return words[(int) (taken[0]++ % words.length)];
            }
        };
        CodeCommand command = new CodeCommand(actors -> recording(), () -> endless);
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("-")).isEqualTo(1);
        assertThat(err.toString()).startsWith("saydo: -: larger than 20 MB (more than 20971520 bytes; stopped "
                + "reading there)\n");
        assertThat(taken[0]).isEqualTo(20L * 1024 * 1024 + 1);
        assertThat(coded).isEmpty();
    }

    /**
     * A text of 200,000 characters without a sentence break used to keep the coder busy for more than 400 s, and the
     * files after it waited. Now it is cut into pieces before the parser sees it: 2,000 copies of a 100-character
     * clause of 17 words are 34,000 tokens, which at 150 tokens a piece (no comma to cut at) is 227 pieces.
     */
    @Test
    void aTextWithoutASentenceBreakIsCutIntoPiecesWithAWarningAndTheFileAfterItIsCoded(@TempDir Path dir)
            throws IOException {
        String clause = "the Russian army shelled the town of Kupiansk and Ukrainian forces struck a depot near Belgorod and ";
        assertThat(clause).hasSize(100);
        Path run = Files.writeString(dir.resolve("run.txt"), "date 2025-12-03\n" + clause.repeat(2000) + "\n");
        Path after = Files.writeString(dir.resolve("after.txt"), "date 2025-12-03\nRussian forces attacked Kyiv on "
                + "Tuesday.\n");

        int code = run(Pipelines.standard(List.of()), new byte[0], "--format", "jsonl", run.toString(),
                after.toString());

        assertThat(code).isZero();
        assertThat(err.toString().strip()).isEqualTo("saydo: " + run + ": warning long-sentence: the sentence at "
                + "characters 0-199999 has 34000 tokens, more than the limit of 150 (maxSentenceTokens); parsed as 227 "
                + "pieces");
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> fromRun = new ArrayList<>();
        List<JsonNode> fromAfter = new ArrayList<>();
        for (String line : out.toString().strip().split("\n")) {
            JsonNode r = mapper.readTree(line);
            (r.get("doc").asText().equals(run.toString()) ? fromRun : fromAfter).add(r);
        }
        assertThat(fromRun).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("sentence").asInt()).isBetween(0, 226);
            assertThat(r.get("sentence_start").asInt()).isBetween(0, 199_999);
            assertThat(r.get("sentence_end").asInt()).isBetween(r.get("sentence_start").asInt(), 199_999);
        });
        assertThat(fromRun).anySatisfy(r -> assertThat(r.get("sentence").asInt()).isGreaterThan(200));
        assertThat(fromAfter).singleElement().satisfies(r -> {
            assertThat(r.get("source").get("code").asText()).isEqualTo("RUSMIL");
            assertThat(r.get("cameo").asText()).isEqualTo("190");
            assertThat(r.get("target").get("code").asText()).isEqualTo("UKR");
            assertThat(r.get("date").asText()).isEqualTo("2025-12-02");
        });
    }

    @Test
    void aDocumentOverItsTimeBudgetIsNamedWithTheBudgetAndTheNextIsCoded(@TempDir Path dir) throws IOException {
        Path slow = Files.writeString(dir.resolve("slow.txt"), ENGLISH);
        Path good = Files.writeString(dir.resolve("good.txt"), ENGLISH);
        Coder budgeted = d -> {
            if (d.source().endsWith("slow.txt")) {
                throw new org.saydo.nlp.BudgetExceededException("exceeded the time budget of 60 s per document "
                        + "(documentTime) with 3 of 9 sentences parsed");
            }
            return recording().code(d);
        };

        int code = run(budgeted, new byte[0], slow.toString(), good.toString());

        assertThat(code).isEqualTo(1);
        assertThat(coded).containsExactly(good + "@2025-12-03");
        assertThat(err.toString().strip().split("\n")).containsExactly("saydo: " + slow + ": exceeded the time "
                + "budget of 60 s per document (documentTime) with 3 of 9 sentences parsed",
                "saydo: 1 of 2 documents failed");
    }

    @Test
    void theBudgetOptionsReachTheCoderAndBadOnesAreUsageErrors(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), ENGLISH);
        List<org.saydo.nlp.Budget> budgets = new ArrayList<>();
        CodeCommand command = new CodeCommand((actors, budget) -> {
            budgets.add(budget);
            return recording();
        }, () -> new ByteArrayInputStream(new byte[0]));
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));

        assertThat(cl.execute("--max-sentence-tokens", "40", "--document-seconds", "5", good.toString())).isZero();
        assertThat(budgets).containsExactly(new org.saydo.nlp.Budget(40, java.time.Duration.ofSeconds(5)));
        assertThat(cl.execute(good.toString())).isZero();
        assertThat(budgets.get(1)).isEqualTo(org.saydo.nlp.Budget.DEFAULT);
        assertThat(cl.execute("--max-sentence-tokens", "5", good.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--max-sentence-tokens must be at least 10, not 5");
        assertThat(cl.execute("--document-seconds", "0", good.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--document-seconds must be at least 1, not 0");
        assertThat(budgets).hasSize(2);
    }
}
