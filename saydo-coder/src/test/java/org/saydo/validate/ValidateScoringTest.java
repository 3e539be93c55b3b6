package org.saydo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.code.CoreNlpCoding;
import org.saydo.dict.Dictionaries;

/**
 * Scoring on a hand-made validation file with tiny hand-made dictionaries, through the real CoreNLP pipeline.
 * Every figure below was worked out by hand from the records' comments.
 */
class ValidateScoringTest {

    private static final String VERBS = """
            --- ATTACK  [190]  ---
            ATTACK
            ASSAULT

            --- PRAISE  [051]  ---
            PRAISE

            --- SEIZE  [1711]  ---
            SEIZE
            """;

    private static final String ACTORS = """
            ARNOR  [ARN]
            GONDOR  [GON]
            MORDOR  [MOR]
            ARAGORN
            \t[ARNGOV 19950101 - 19991231]
            \t[GONGOV > 20000101]
            """;

    private static final String RECORDS = """
            <Validation>
            <Environment>
              <Verbfile>verbs.txt</Verbfile>
              <Actorfile>actors.txt</Actorfile>
              <Agentfile>agents.txt</Agentfile>
              <Discardfile>discards.txt</Discardfile>
              <Include>DEMO DATE</Include>
            </Environment>
            <Sentences>
            <!-- 1 expected, found: TP 1 -->
            <Sentence date="19960101" id="T-1" category="DEMO">
            <EventCoding sourcecode="ARN" targetcode="GON" eventcode="190"/>
            <Text>Arnor attacked Gondor on Monday.</Text></Sentence>
            <!-- 2 expected, one found: TP 1, FN 1 -->
            <Sentence date="19960101" id="T-2" category="DEMO">
            <EventCoding sourcecode="MOR" targetcode="ARN" eventcode="051"/>
            <EventCoding sourcecode="GON" targetcode="MOR" eventcode="190"/>
            <Text>Mordor praised Arnor on Tuesday.</Text></Sentence>
            <!-- none expected, one found: FP 1 -->
            <Sentence date="19960101" id="T-3" category="DEMO">
            <EventCoding noevents="True"/>
            <Text>Gondor attacked Mordor on Wednesday.</Text></Sentence>
            <!-- negated: found but not counted -->
            <Sentence date="19960101" id="T-4" category="DEMO">
            <EventCoding noevents="True"/>
            <Text>Arnor did not attack Mordor on Thursday.</Text></Sentence>
            <!-- 4th digit differs: FN 1 and FP 1, but agrees to 3 digits -->
            <Sentence date="19960101" id="T-5" category="DEMO">
            <EventCoding sourcecode="ARN" targetcode="GON" eventcode="1712"/>
            <Text>Arnor seized Gondor on Friday.</Text></Sentence>
            <!-- the sentence date picks Aragorn's code: TP 1 -->
            <Sentence date="20050101" id="T-6" category="DATE">
            <EventCoding sourcecode="GONGOV" targetcode="MOR" eventcode="051"/>
            <Text>Aragorn praised Mordor on Saturday.</Text></Sentence>
            <!-- not in Include: skipped -->
            <Sentence date="19960101" id="T-7" category="AGENTS">
            <EventCoding sourcecode="ARN" targetcode="MOR" eventcode="190"/>
            <Text>Arnor attacked Mordor on Sunday.</Text></Sentence>
            </Sentences>
            </Validation>
            """;

    private static ValidationReport report;

    @BeforeAll
    static void run(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("verbs.txt"), VERBS);
        Files.writeString(dir.resolve("actors.txt"), ACTORS);
        Files.writeString(dir.resolve("agents.txt"), "PRESIDENT [~GOV]\n");
        Files.writeString(dir.resolve("discards.txt"), "BASEBALL\n");
        ValidationFile file = new ValidationReader().read(Files.writeString(dir.resolve("records.xml"), RECORDS));
        Dictionaries d = ValidationDictionaries.load(file, note -> { });
        report = new Validator(CoreNlpCoding.validation(d), Validator.DEFAULT_COUNTED).run(file, r -> { });
    }

    @Test
    void totalsAreTheHandComputedOnes() {
        Score t = report.total();
        assertThat(t.records()).isEqualTo(6);
        assertThat(t.expected()).isEqualTo(5);
        assertThat(t.truePositives()).isEqualTo(3);
        assertThat(t.falseNegatives()).isEqualTo(2);
        assertThat(t.found()).isEqualTo(5);
        assertThat(t.falsePositives()).isEqualTo(2);
        assertThat(t.agree3()).isEqualTo(4);
        assertThat(t.passed()).isEqualTo(3);
        assertThat(report.summaryLine())
                .isEqualTo("validate: 6 records, 5 codings expected, TP=60.0% FN=40.0% FP=40.0%");
    }

    @Test
    void eachRecordIsScoredAsWorkedOut() {
        List<RecordResult> r = report.results();
        assertThat(r.get(0).passed()).isTrue();
        assertThat(r.get(1).falseNegatives()).containsExactly(new Coding("GON", "MOR", "190"));
        assertThat(r.get(2).falsePositives()).containsExactly(new Coding("GON", "MOR", "190"));
        assertThat(r.get(3).found()).isEmpty();
        assertThat(r.get(3).uncounted()).containsExactly("ARN MOR 190 (negated)");
        assertThat(r.get(3).passed()).isTrue();
        assertThat(r.get(4).falsePositives()).containsExactly(new Coding("ARN", "GON", "1711"));
        assertThat(r.get(4).agreeing(3)).containsExactly(new Coding("ARN", "GON", "1712"));
        assertThat(r.get(5).passed()).isTrue();
        assertThat(report.failures()).extracting(x -> x.record().id()).containsExactly("T-2", "T-3", "T-5");
    }

    @Test
    void categoriesAndSkippedRecordsAreCounted() {
        Map<String, Score> c = report.byCategory();
        assertThat(c).containsOnlyKeys("DEMO", "DATE");
        assertThat(c.get("DEMO").expected()).isEqualTo(4);
        assertThat(c.get("DEMO").tpPercent()).isEqualTo(50.0);
        assertThat(c.get("DATE").tpPercent()).isEqualTo(100.0);
        assertThat(report.file().skipped()).isEqualTo(Map.of("AGENTS", 1));
    }
}
