package org.saydo.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
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
        ValidationEnvironment env = read("").environment();
        Path base = dir.toAbsolutePath();
        assertThat(env.verbs()).isEqualTo(base.resolve("v.txt"));
        assertThat(env.actors()).containsExactly(base.resolve("a1.txt"), base.resolve("sub/a2.txt"));
        assertThat(env.agents()).isEqualTo(base.resolve("ag.txt"));
        assertThat(env.discards()).isEqualTo(base.resolve("d.txt"));
        assertThat(env.include()).containsExactlyInAnyOrder("DEMO", "ACTOR");
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
        "<Sentence date='19950101' category='DEMO'><Text>x</Text></Sentence>|4|without an id",
        "<Sentence date='19950101' id='D-1'><Text>x</Text></Sentence>|4|without a category",
        "<Sentence date='1995-01-01' id='D-1' category='DEMO'><Text>x</Text></Sentence>|4|is not YYYYMMDD",
        "<Sentence date='19950101' id='D-1' category='DEMO'><EventCoding sourcecode='ARN' eventcode='01'/>"
            + "<Text>x</Text></Sentence>|4|needs sourcecode, targetcode and eventcode",
        "<Sentence date='19950101' id='D-1' category='DEMO'><Text> </Text></Sentence>|4|has no <Text>",
        "<Sentence date='19950101' id='D-1' category='DEMO'><Txt>x</Txt></Sentence>|4|unknown element <Txt>",
        "<Sentence date='19950101' id='D-1' category='DEMO'><EventCoding noevents='True'/>"
            + "<EventCoding sourcecode='A' targetcode='B' eventcode='01'/><Text>x</Text></Sentence>|4|also noevents",
    })
    void badRecordsAreErrorsNamingTheLine(String sentence, int line, String problem) throws IOException {
        Path file = Files.writeString(dir.resolve("r.xml"), "<Validation>\n<Environment><Verbfile>v</Verbfile>"
                + "<Actorfile>a</Actorfile><Agentfile>g</Agentfile><Discardfile>d</Discardfile></Environment>\n"
                + "<Sentences>\n" + sentence + "\n</Sentences></Validation>");
        assertThatThrownBy(() -> new ValidationReader().read(file)).isInstanceOf(ValidationFormatException.class)
                .hasMessageStartingWith(file + ":" + line + ":").hasMessageContaining(problem);
    }

    @Test
    void missingEnvironmentAndUnknownEnvironmentElementsAreErrors() throws IOException {
        Path none = Files.writeString(dir.resolve("none.xml"), "<Validation><Sentences/></Validation>");
        assertThatThrownBy(() -> new ValidationReader().read(none)).hasMessageContaining("no <Environment>");
        Path odd = Files.writeString(dir.resolve("odd.xml"),
                "<Validation><Environment><Verbsfile>v</Verbsfile></Environment></Validation>");
        assertThatThrownBy(() -> new ValidationReader().read(odd)).hasMessageContaining("<Verbsfile>");
        Path partial = Files.writeString(dir.resolve("partial.xml"),
                "<Validation><Environment><Verbfile>v</Verbfile></Environment></Validation>");
        assertThatThrownBy(() -> new ValidationReader().read(partial)).hasMessageContaining("<Actorfile>");
    }

    @Test
    void noIncludeRunsEveryCategoryAndExcludeSkips() {
        ValidationEnvironment all = new ValidationEnvironment(Path.of("v"), List.of(Path.of("a")), Path.of("g"),
                Path.of("d"), Set.of(), Set.of("ERROR"));
        assertThat(all.runs("DEMO")).isTrue();
        assertThat(all.runs("ERROR")).isFalse();
    }
}
