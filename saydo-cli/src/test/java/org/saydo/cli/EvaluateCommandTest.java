package org.saydo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.doc.Document;
import org.saydo.record.ActorRef;
import org.saydo.record.CodedDocument;
import org.saydo.record.Coder;
import org.saydo.record.DateBasis;
import org.saydo.record.Event;
import org.saydo.record.Modality;
import org.saydo.record.Provenance;
import org.saydo.record.Quote;
import picocli.CommandLine;

/**
 * {@code saydo evaluate} on the two short documents and the gold file in {@code org/saydo/evaluate/} (test
 * resources), coded by a stand-in coder whose events are fixed by hand (no NLP).
 */
class EvaluateCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static Path resources() throws URISyntaxException {
        return Path.of(EvaluateCommandTest.class.getResource("/org/saydo/evaluate/gold.jsonl").toURI()).getParent();
    }

    private int run(String... args) {
        CommandLine cl = new CommandLine(new EvaluateCommand(judge -> coder()));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    /**
     * The stand-in coder. Kharkiv: Russia's government shells Ukraine (reported, the Friday) and the mayor's quote
     * is Ukraine's government's. Doha: Israel negotiates with "PSE" (gold: Hamas, PSEREB) and Hamas's hostage
     * holding, background in the gold, is asserted.
     */
    private static Coder coder() {
        return d -> {
            List<Event> events = new ArrayList<>();
            List<Quote> quotes = new ArrayList<>();
            if (d.source().endsWith("kharkiv.txt")) {
                events.add(event(d, "RUSGOV", "UKR", "194", Modality.REPORTED, "2024-05-10", "Russian forces"));
                int q = d.text().indexOf("We will");
                quotes.add(new Quote(new ActorRef("UKRGOV", "MAYOR", "the mayor"), null, "We will rebuild every house",
                        true, "tell", "010", Modality.ASSERTED, d.published(), DateBasis.PUBLICATION, null, "s",
                        new Provenance(d.id(), d.source(), 1, q - 1, d.text().length(), q, q + 27, "told", q + 40,
                                q + 44, "rule", "v")));
            } else {
                events.add(event(d, "ISR", "PSE", "046", Modality.ASSERTED, "2024-03-02", "Israeli and"));
                events.add(event(d, "PSEREB", "ISR", "181", Modality.ASSERTED, "2024-03-02", "Hamas has"));
            }
            return new CodedDocument(d, 2, events, quotes);
        };
    }

    /** An event whose words start at {@code words}, in the line (sentence) that holds them. */
    private static Event event(Document d, String source, String target, String cameo, Modality modality,
            String date, String words) {
        String t = d.text();
        int start = t.indexOf(words);
        int sentenceStart = t.lastIndexOf('\n', start) + 1;
        int sentenceEnd = t.indexOf('\n', start);
        return new Event(new ActorRef(source, source, source), new ActorRef(target, target, target), cameo, modality,
                null, LocalDate.parse(date), DateBasis.TEXT, null, t.substring(sentenceStart, sentenceEnd),
                new Provenance(d.id(), d.source(), 0, sentenceStart, sentenceEnd, start, start + words.length(),
                        "t", start, start + 1, "rule", "v"));
    }

    @Test
    void scoresTheTwoDocumentsAndEndsWithTheSummaryLine() throws Exception {
        int code = run(resources().resolve("gold.jsonl").toString());

        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        String[] lines = out.toString().strip().split("\n");
        // gold 3 events, system 3; matched on dyad+root: Kharkiv 19 (RUSMIL/RUSGOV are both RUS) and Doha 18;
        // Israel>PSE is not Israel>Hamas: P = 2/3, R = 2/3; the one gold quote has its speaker
        assertThat(lines[lines.length - 1]).isEqualTo(
                "evaluate: 2 documents, 3 gold events, P=66.7% R=66.7% (dyad+root), quotes 1 gold, speaker=100.0%");
        assertThat(out.toString())
                // 194 reported = gold; 181 asserted but gold background: 1 of 2
                .contains("modality: 50.0% (1 of 2 matched events)")
                // only the Kharkiv pair has a gold date, and it is the Friday
                .contains("date: 100.0% (1 of 1 matched events with a gold date)")
                // the coder's material conflicts as deeds: the shelling (right) and the hostages (background)
                .contains("material conflict asserted/reported: P=50.0% (1 of 2)")
                .contains("background: 1 gold, 1 emitted as asserted/reported")
                // the one miss, Israel>Hamas 046, has Israel>PSE 046 in its sentence: same root, other dyad
                .contains("missed: 1 of 3 gold events: 0 another root (same dyad), 1 another dyad (same root), "
                        + "0 beside other events, 0 in silent sentences");
    }

    @Test
    void verboseListsTheMissedAndSpuriousEventsAndTheErrors() throws Exception {
        assertThat(run("--verbose", resources().resolve("gold.jsonl").toString())).isZero();
        assertThat(out.toString())
                .contains("MISSED   il-2024-03-02-doha.txt ISR>PSEREB 046 asserted 2024-03-02  "
                        + "\"Israeli and Hamas negotiators resumed indirect talks\"  (wrong_dyad)")
                .contains("SPURIOUS il-2024-03-02-doha.txt ISR>PSE 046 asserted 2024-03-02  "
                        + "\"Israeli and Hamas negotiators resumed indirect talks in Doha on Saturday.\"")
                .contains("     1  wrong dyad (root 04)")
                .contains("     1  modality background -> asserted");
    }

    @Test
    void verboseListsTheMatchedEventsWhoseModalityOrDateIsWrong(@TempDir Path tmp) throws Exception {
        List<String> good = Files.readAllLines(resources().resolve("gold.jsonl"));
        Path gold = tmp.resolve("gold.jsonl");
        // the shelling put on the Thursday: the stand-in coder's Friday (read from the text) is now wrong
        Files.write(gold, List.of(good.get(0).replace("\"date\": \"2024-05-10\"", "\"date\": \"2024-05-09\""),
                good.get(1)));

        assertThat(run("--verbose", "--docs", resources().toString(), gold.toString())).isZero();

        assertThat(out.toString())
                .contains("DATE     ru-ua-2024-05-11-kharkiv.txt RUSMIL>UKR 194 reported 2024-05-09 got 2024-05-10 "
                        + "(text)  \"Russian forces shelled Kharkiv\"")
                // Hamas's hostage holding: background in the gold, asserted by the coder
                .contains("MODALITY il-2024-03-02-doha.txt PSEREB>ISR 181 background null got asserted  "
                        + "\"Hamas has held hostages\"")
                .contains("date: 0.0% (0 of 1 matched events with a gold date)");
        // the right ones are not listed
        assertThat(out.toString()).doesNotContain("MODALITY ru-ua").doesNotContain("DATE     il-2024");
    }

    @Test
    void verboseListsTheMissedQuotesAndTheWrongSpeakers(@TempDir Path tmp) throws Exception {
        List<String> good = Files.readAllLines(resources().resolve("gold.jsonl"));
        Path gold = tmp.resolve("gold.jsonl");
        // the mayor's words given to Russia's government; a quote in Doha the stand-in coder does not find
        Files.write(gold, List.of(good.get(0).replace("\"speaker\": \"UKRGOV\"", "\"speaker\": \"RUSGOV\""),
                good.get(1).replace("\"quotes\": []", "\"quotes\": [{\"speaker\": \"QATGOV\", \"start\": 16, "
                        + "\"end\": 68, \"text\": \"Israeli and Hamas negotiators resumed indirect talks\", "
                        + "\"direct\": false}]")));

        assertThat(run("--verbose", "--docs", resources().toString(), gold.toString())).isZero();

        assertThat(out.toString())
                .contains("QUOTE-SPEAKER ru-ua-2024-05-11-kharkiv.txt RUSGOV got UKRGOV  \"We will rebuild every house,\"")
                .contains("QUOTE-MISSED  il-2024-03-02-doha.txt QATGOV  "
                        + "\"Israeli and Hamas negotiators resumed indirect talks\"")
                .contains("quotes 2 gold, speaker=0.0%");
    }

    @Test
    void jsonHasTheFiguresUnderSnakeCaseKeys() throws Exception {
        assertThat(run("--json", resources().resolve("gold.jsonl").toString())).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertThat(j.get("documents").asInt()).isEqualTo(2);
        assertThat(j.at("/dyad_root/precision").asDouble()).isEqualTo(66.7);
        assertThat(j.at("/dyad_root/recall").asDouble()).isEqualTo(66.7);
        // full codes: 194 = 194, 181 = 181, 046 on the wrong dyad: 2 of 3
        assertThat(j.at("/dyad_code/matched").asInt()).isEqualTo(2);
        assertThat(j.at("/by_root/18/recall").asDouble()).isEqualTo(100.0);
        assertThat(j.at("/by_root/04/recall").asDouble()).isEqualTo(0.0);
        assertThat(j.at("/by_quad_class/4/system").asInt()).isEqualTo(2);
        // Kharkiv's one gold event is found; of Doha's two, the 181 only; both documents are wires
        assertThat(j.at("/by_conflict/russia-ukraine/gold").asInt()).isEqualTo(1);
        assertThat(j.at("/by_conflict/russia-ukraine/recall").asDouble()).isEqualTo(100.0);
        assertThat(j.at("/by_conflict/israel-gaza-lebanon-iran/gold").asInt()).isEqualTo(2);
        assertThat(j.at("/by_conflict/israel-gaza-lebanon-iran/recall").asDouble()).isEqualTo(50.0);
        assertThat(j.at("/by_shape/wire/matched").asInt()).isEqualTo(2);
        assertThat(j.at("/by_shape/wire/gold").asInt()).isEqualTo(3);
        // RUSMIL vs RUSGOV differs; PSEREB>ISR agrees in full
        assertThat(j.get("full_actor_agreement").asInt()).isEqualTo(1);
        assertThat(j.get("background_as_deeds").asInt()).isEqualTo(1);
        assertThat(j.at("/quotes/speaker_accuracy").asDouble()).isEqualTo(100.0);
        assertThat(j.at("/missed_by_cause/wrong_dyad").asInt()).isEqualTo(1);
        assertThat(j.at("/missed_by_cause/silent").asInt()).isZero();
        assertThat(j.get("summary").asText()).startsWith("evaluate: 2 documents, 3 gold events");
    }

    @Test
    void badLinesAreNamedWithFileAndLineAndTheRestIsScored(@TempDir Path dir) throws Exception {
        List<String> good = Files.readAllLines(resources().resolve("gold.jsonl"));
        String kharkiv = good.get(0);
        Path gold = dir.resolve("gold.jsonl");
        Files.write(gold, List.of(
                kharkiv,
                "{not json",
                kharkiv.replace("ru-ua-2024-05-11-kharkiv.txt", "missing.txt"),
                good.get(1).replace("\"start\": 16, \"end\": 68", "\"start\": 17, \"end\": 68"),
                good.get(1).replace("\"start\": 90, \"end\": 113", "\"start\": 90, \"end\": 9999"),
                good.get(1).replace("\"cameo\": \"046\"", "\"cameo\": \"46\"")));

        int code = run("--docs", resources().toString(), gold.toString());

        assertThat(code).isEqualTo(1);
        String[] errors = err.toString().strip().split("\n");
        assertThat(errors).hasSize(5);
        assertThat(errors[0]).startsWith("saydo: " + gold + ":2: not JSON");
        assertThat(errors[1]).isEqualTo("saydo: " + gold + ":3: no document 'missing.txt' in " + resources());
        assertThat(errors[2]).startsWith("saydo: " + gold + ":4: event 0: text at 17..68 is 'sraeli");
        assertThat(errors[3]).startsWith("saydo: " + gold + ":5: event 1: bad offsets 90..9999");
        assertThat(errors[4]).startsWith("saydo: " + gold + ":6: event 0: ").contains("46");
        String[] lines = out.toString().strip().split("\n");
        assertThat(lines[lines.length - 1]).isEqualTo(
                "evaluate: 1 documents, 1 gold events, P=100.0% R=100.0% (dyad+root), quotes 1 gold, speaker=100.0%");
    }

    @Test
    void noGoldFileIsBadUsage() {
        assertThat(run()).isEqualTo(2);
    }

    @Test
    void aGoldFileThatCannotBeReadExitsOne(@TempDir Path dir) throws IOException {
        assertThat(run(dir.resolve("nothing.jsonl").toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("saydo: " + dir.resolve("nothing.jsonl") + ": cannot read");
    }
}
