package org.saydo.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The validation file reader on small hand-made files. */
class ValidateReaderTest {

    private static final String ENV = """
            <Environment>
                <Verbfile>v.txt</Verbfile>
                <Actorfile>a1.txt, sub/a2.txt</Actorfile>
                <Agentfile>ag.txt</Agentfile>
                <Discardfile>d.txt</Discardfile>
                <Errorfile>Errors.txt</Errorfile>
                <Include>DEMO ACTOR</Include>
                <Pause>Stop</Pause>
                <Config option="stop_on_error" value="True"></Config>
            </Environment>
            """;

    @TempDir
    Path dir;

    private ValidationFile read(String sentences) throws IOException {
        Path file = Files.writeString(dir.resolve("records.xml"),
                "<Validation>\n" + ENV + "<Sentences>\n" + sentences + "</Sentences>\n</Validation>\n");
        return new ValidationReader().read(file);
    }

    @Test
    void readsEnvironmentWithCommaSeparatedActorFilesRelativeToTheFile() throws IOException {
        ValidationFile f = read("");
        ValidationEnvironment env = f.environment();
        Path base = dir.toAbsolutePath();
        assertThat(env.verbs()).containsExactly(base.resolve("v.txt"));
        assertThat(env.actors()).containsExactly(base.resolve("a1.txt"), base.resolve("sub/a2.txt"));
        assertThat(env.agents()).containsExactly(base.resolve("ag.txt"));
        assertThat(env.discards()).containsExactly(base.resolve("d.txt"));
        assertThat(env.include()).containsExactlyInAnyOrder("DEMO", "ACTOR");
        assertThat(f.warnings()).isEmpty();
        assertThat(f.malformed()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<ActorFile>a1.txt, sub/a2.txt</ActorFile>",
        "<actorfile> a1.txt ,sub/a2.txt , </actorfile>",
        "<ACTORFILE>\n   a1.txt,\n   sub/a2.txt\n</ACTORFILE>",
        "<Actorfile>a1.txt</Actorfile><Actorfile>sub/a2.txt</Actorfile>",
    })
    void actorFileListsInPetrarchsSpellings(String actors) throws IOException {
        Path file = Files.writeString(dir.resolve("names.xml"), "<Validation><Environment><VerbFile>v.txt</VerbFile>"
                + actors + "<AgentFile>ag.txt</AgentFile><DISCARDFILE>d.txt</DISCARDFILE>"
                + "</Environment></Validation>");
        ValidationFile f = new ValidationReader().read(file);
        Path base = dir.toAbsolutePath();
        assertThat(f.environment().actors()).containsExactly(base.resolve("a1.txt"), base.resolve("sub/a2.txt"));
        assertThat(f.environment().verbs()).containsExactly(base.resolve("v.txt"));
        assertThat(f.environment().discards()).containsExactly(base.resolve("d.txt"));
        assertThat(f.warnings()).isEmpty();
    }

    @Test
    void agentAndDiscardFilesAreOptionalWithAWarning() throws IOException {
        Path file = Files.writeString(dir.resolve("short.xml"), """
                <Validation>
                <Environment><Verbfile>v.txt</Verbfile><Actorfile>a.txt</Actorfile><Agentfile> </Agentfile>
                </Environment>
                <Sentences><Sentence id="D-1" category="DEMO"><EventCoding noevents="True"/><Text>x</Text></Sentence>
                </Sentences></Validation>
                """);
        ValidationFile f = new ValidationReader().read(file);
        assertThat(f.environment().agents()).isEmpty();
        assertThat(f.environment().discards()).isEmpty();
        assertThat(f.warnings()).extracting(ValidationProblem::toString).containsExactly(
                file + ":2: <Environment> names no <Agentfile>: coding without agents",
                file + ":2: <Environment> names no <Discardfile>: discarding nothing");
        assertThat(f.records()).hasSize(1);
    }

    @Test
    void readsEveryFormOfTheSuite() throws IOException {
        ValidationFile f = read("""
                <Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
                <!-- a comment with <actor> inside -->
                <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
                <EventCoding sourcecode="GON" targetcode="---" eventcode="1711"></EventCoding>
                <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
                <EventCoding sourcecode='"INJURY TOLL"' targetcode="OSG" eventcode="223"></EventCoding>
                <Text>
                Arnor is about to restore
                full diplomatic ties with Gondor.
                </Text>
                <Parse>(ROOT (S (NP (NNP Arnor)) (VP (VBZ is))))</Parse>
                </Sentence>
                <Sentence category="ACTOR" sentence="false" date = "20080801" id ="ACTOR-01">
                <EventCoding noevents = "True"> </EventCoding>
                <Text>Nothing happened.</Text>
                </Sentence>
                <Sentence date="20080801" id="ACTOR-02" category="ACTOR" sentence="true">
                <EventCoding error="dateline"></EventCoding>
                <Text>CEBU CITY: -- Nothing.</Text>
                </Sentence>
                """);
        assertThat(f.records()).hasSize(3);
        ValidationRecord demo = f.records().get(0);
        assertThat(demo.id()).isEqualTo("DEMO-00");
        assertThat(demo.category()).isEqualTo("DEMO");
        assertThat(demo.date()).isEqualTo(LocalDate.of(1995, 1, 1));
        assertThat(demo.text()).isEqualTo("Arnor is about to restore full diplomatic ties with Gondor.");
        assertThat(demo.expected()).containsExactly(new Coding("ARN", "GON", "064"), new Coding("GON", "---", "1711"),
                new Coding("INJURY TOLL", "OSG", "223"));
        assertThat(demo.error()).isNull();
        assertThat(demo.line()).isEqualTo(13); // <Validation>, 10 lines of ENV, <Sentences>, then this
        ValidationRecord none = f.records().get(1);
        assertThat(none.id()).isEqualTo("ACTOR-01");
        assertThat(none.date()).isEqualTo(LocalDate.of(2008, 8, 1));
        assertThat(none.expected()).isEmpty();
        assertThat(none.error()).isNull();
        assertThat(f.records().get(2).error()).isEqualTo("dateline");
        assertThat(f.records().get(2).expected()).isEmpty();
    }

    @Test
    void recordsOutsideIncludeAreSkippedAndCounted() throws IOException {
        ValidationFile f = read("""
                <Sentence date="19950101" id="DEMO-01" category="DEMO" sentence="true">
                <EventCoding noevents="True"></EventCoding><Text>One.</Text></Sentence>
                <Sentence date="19950101" id="AGENTS-01" category="AGENTS" sentence="true">
                <EventCoding noevents="True"></EventCoding><Text>Two.</Text></Sentence>
                <Sentence date="19950101" id="AGENTS-02" category="AGENTS" sentence="true">
                <EventCoding noevents="True"></EventCoding><Text>Three.</Text></Sentence>
                <Sentence date="19950101" id="X-01" category="COMPOUNDx" sentence="true">
                <EventCoding noevents="True"></EventCoding><Text>Four.</Text></Sentence>
                """);
        assertThat(f.records()).extracting(ValidationRecord::id).containsExactly("DEMO-01");
        assertThat(f.skipped()).isEqualTo(Map.of("AGENTS", 2, "COMPOUNDx", 1));
        assertThat(f.skippedCount()).isEqualTo(3);
    }

    @Test
    void malformedXmlIsOneErrorNamingFileAndLine() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.xml"), "<Validation>\n" + ENV + "<Sentences>\n"
                + "<Sentence date=\"19950101\" id=\"DEMO-01\" category=\"DEMO\">\n"
                + "<Text>Arnor & Gondor</Text>\n</Sentence>\n</Sentences>\n</Validation>\n");
        assertThatThrownBy(() -> new ValidationReader().read(file))
                .isInstanceOf(ValidationFormatException.class)
                .hasMessageStartingWith(file + ":14: malformed XML")
                .satisfies(e -> assertThat(((ValidationFormatException) e).line()).isEqualTo(14)); // the <Text> line after 12 lines of header and the <Sentence> line
    }

    @Test
    void aFileThatIsNotUtf8IsNamedAtTheLineOfItsBadByte() throws IOException {
        String head = "<Validation>\n" + ENV + "<Sentences>\n"
                + "<Sentence date=\"19950101\" id=\"DEMO-01\" category=\"DEMO\">\n<Text>Caf";
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] end = "s of Gondor.</Text>\n</Sentence>\n</Sentences>\n</Validation>\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(start, start.length + 1 + end.length);
        bytes[start.length] = (byte) 0xE9; // Latin-1 'é'
        System.arraycopy(end, 0, bytes, start.length + 1, end.length);
        Path file = Files.write(dir.resolve("latin1.xml"), bytes);
        assertThatThrownBy(() -> new ValidationReader().read(file))
                .isInstanceOf(ValidationFormatException.class)
                // the <Text> line, as in malformedXmlIsOneErrorNamingFileAndLine; '<Text>Caf' is 9 bytes
                .hasMessage(file + ":14: not UTF-8 (malformed byte at byte 10 of the line)");
    }

    @Test
    void unclosedElementIsMalformed() throws IOException {
        Path file = Files.writeString(dir.resolve("cut.xml"), "<Validation>\n" + ENV + "<Sentences>\n"
                + "<Sentence date=\"19950101\" id=\"DEMO-01\" category=\"DEMO\">\n<Text>Arnor.</Text>\n");
        assertThatThrownBy(() -> new ValidationReader().read(file))
                .isInstanceOf(ValidationFormatException.class).hasMessageContaining(file.toString())
                .hasMessageContaining("malformed XML");
    }

    @Test
    void externalEntitiesAreRefused() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET");
        Path file = Files.writeString(dir.resolve("xxe.xml"), "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE Validation [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n<Validation>\n" + ENV
                + "<Sentences><Sentence date=\"19950101\" id=\"DEMO-01\" category=\"DEMO\">"
                + "<EventCoding noevents=\"True\"/><Text>&x;</Text></Sentence></Sentences></Validation>\n");
        assertThatThrownBy(() -> new ValidationReader().read(file)).isInstanceOf(ValidationFormatException.class)
                .hasMessageContaining(file.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<Sentence date='19950101' category='DEMO'><Text>x</Text></Sentence>|record skipped: <Sentence> without an id",
        "<Sentence date='19951301' id='D-1' category='DEMO'><Text>x</Text></Sentence>|record D-1 skipped: date "
            + "\"19951301\" is not YYYYMMDD",
        "<Sentence date='19950101' id='D-1' category='DEMO'><EventCoding sourcecode='ARN' eventcode='01'/>"
            + "<Text>x</Text></Sentence>|record D-1 skipped: <EventCoding> needs sourcecode, targetcode and eventcode",
        "<Sentence date='19950101' id='D-1' category='DEMO'><Text> </Text></Sentence>|record D-1 skipped: no <Text>",
        "<Sentence date='19950101' id='D-1' category='DEMO'><Txt>x</Txt></Sentence>|record D-1 skipped: unknown "
            + "element <Txt>",
        "<Sentence date='19950101' id='D-1' category='DEMO'><EventCoding noevents='True'/>"
            + "<EventCoding sourcecode='A' targetcode='B' eventcode='01'/><Text>x</Text></Sentence>|record D-1 "
            + "skipped: expects codings and also noevents",
        "<Sentence date='19950101' id='D-1' category='DEMO'><EventCoding noevents='False'/><Text>x</Text>"
            + "</Sentence>|record D-1 skipped: noevents=\"False\" (only \"True\" is known)",
    })
    void aMalformedRecordIsSkippedAloneAndNamedWithItsLine(String sentence, String problem) throws IOException {
        Path file = Files.writeString(dir.resolve("r.xml"), "<Validation>\n<Environment><Verbfile>v</Verbfile>"
                + "<Actorfile>a</Actorfile><Agentfile>g</Agentfile><Discardfile>d</Discardfile></Environment>\n"
                + "<Sentences>\n<Sentence date='19950101' id='OK-1' category='DEMO'><EventCoding noevents='True'/>"
                + "<Text>Before.</Text></Sentence>\n" + sentence + "\n"
                + "<Sentence date='19950101' id='OK-2' category='DEMO'><EventCoding sourcecode='A' targetcode='B' "
                + "eventcode='01'/><Text>After.</Text></Sentence>\n</Sentences></Validation>");
        ValidationFile f = new ValidationReader().read(file);
        assertThat(f.records()).extracting(ValidationRecord::id).containsExactly("OK-1", "OK-2");
        assertThat(f.records().get(1).expected()).containsExactly(new Coding("A", "B", "01"));
        assertThat(f.malformed()).hasSize(1);
        assertThat(f.malformed().get(0).toString()).startsWith(file + ":5: " + problem);
        assertThat(f.skippedCount()).isZero();
    }

    @Test
    void dashedDatesAreRead() throws IOException {
        ValidationFile f = read("<Sentence date='2014-05-02' id='D-1' category='DEMO'><EventCoding noevents='True'/>"
                + "<Text>x</Text></Sentence>\n");
        assertThat(f.records().get(0).date()).isEqualTo(LocalDate.of(2014, 5, 2));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|true",
        "DEMO ACTOR|false",
        "valid DEMO ACTOR|true",
        "Valid|true",
    })
    void aRecordWithoutCategoryRunsUnlessIncludeAsksForCategoriesOnly(String include, boolean runs)
            throws IOException {
        Path file = Files.writeString(dir.resolve("nocat.xml"), "<Validation><Environment><Verbfile>v</Verbfile>"
                + "<Actorfile>a</Actorfile><Agentfile>g</Agentfile><Discardfile>d</Discardfile><Include>" + include
                + "</Include><Exclude>ERROR</Exclude></Environment><Sentences>\n"
                + "<Sentence date='19950101' id='N-1'><EventCoding noevents='True'/><Text>x</Text></Sentence>\n"
                + "</Sentences></Validation>");
        ValidationFile f = new ValidationReader().read(file);
        assertThat(f.malformed()).isEmpty();
        if (runs) {
            assertThat(f.records()).extracting(ValidationRecord::category).containsExactly("");
        } else {
            assertThat(f.records()).isEmpty();
            assertThat(f.skipped()).isEqualTo(Map.of("", 1));
        }
    }

    @Test
    void unknownElementsAreWarnedAboutWithTheirLineAndRecordsInsideThemAreRead() throws IOException {
        Path file = Files.writeString(dir.resolve("odd.xml"), """
                <Validation>
                <Environment><Verbfile>v</Verbfile><Actorfile>a</Actorfile>
                <PICOfile>ontology.txt</PICOfile><Agentfile>g</Agentfile><Discardfile>d</Discardfile>
                </Environment>
                <Sentences>
                <Story id="S1">
                <Sentence date="19950101" id="D-1" category="DEMO"><EventCoding noevents="True"/><Text>x</Text>
                </Sentence>
                </Story>
                <Story id="S2"><Sentence date="19950101" id="D-2" category="DEMO"><EventCoding noevents="True"/>
                <Text>y</Text></Sentence></Story>
                </Sentences></Validation>
                """);
        ValidationFile f = new ValidationReader().read(file);
        assertThat(f.records()).extracting(ValidationRecord::id).containsExactly("D-1", "D-2");
        assertThat(f.warnings()).extracting(ValidationProblem::toString).containsExactly(
                file + ":3: unknown <Environment> element <PICOfile> ignored",
                file + ":6: unknown element <Story> ignored (records inside it are read; not warned again)");
        assertThat(f.malformed()).isEmpty();
    }

    @Test
    void missingEnvironmentOrRequiredDictionariesAreErrors() throws IOException {
        Path none = Files.writeString(dir.resolve("none.xml"), "<Validation><Sentences/></Validation>");
        assertThatThrownBy(() -> new ValidationReader().read(none)).hasMessageContaining("no <Environment>");
        Path partial = Files.writeString(dir.resolve("partial.xml"),
                "<Validation><Environment><Verbfile>v</Verbfile></Environment></Validation>");
        assertThatThrownBy(() -> new ValidationReader().read(partial)).isInstanceOf(ValidationFormatException.class)
                .hasMessageStartingWith(partial + ":1:").hasMessageContaining("<Actorfile>");
        Path noVerbs = Files.writeString(dir.resolve("noverbs.xml"),
                "<Validation><Environment><Verbfile> </Verbfile><Actorfile>a</Actorfile></Environment></Validation>");
        assertThatThrownBy(() -> new ValidationReader().read(noVerbs)).hasMessageContaining("<Verbfile>");
    }

    @Test
    void noIncludeRunsEveryCategoryAndExcludeSkips() {
        ValidationEnvironment all = new ValidationEnvironment(List.of(Path.of("v")), List.of(Path.of("a")),
                List.of(), List.of(), Set.of(), Set.of("ERROR"));
        assertThat(all.runs("DEMO")).isTrue();
        assertThat(all.runs("ERROR")).isFalse();
    }
}
