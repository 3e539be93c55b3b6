package org.saydo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validation files in the shape of the UD-PETRARCH family (self-closed {@code <Sentence/>}, codings commented out
 * in {@code #} lines) load, with each repair counted and placed on its line. The records are made up.
 */
class ValidationRepairTest {

    private static final String HEAD = """
            <Validation>
            <Environment><Verbfile>v.txt</Verbfile><Actorfile>a.txt</Actorfile><Agentfile>g.txt</Agentfile>
            <Discardfile>d.txt</Discardfile></Environment>
            <Sentences>
            """;

    @TempDir
    Path dir;

    private ValidationFile read(String sentences) throws IOException {
        return new ValidationReader().read(Files.writeString(dir.resolve("records.xml"),
                HEAD + sentences + "</Sentences>\n</Validation>\n"));
    }

    @Test
    void aSelfClosedSentenceFollowedByItsRecordAndACommentedOutCodingAreRepaired() throws IOException {
        ValidationFile f = read("""
                <Sentence category="AFP" id="FRD_1" date="20080804" evaluate="true"/>
                <EventCoding sourcecode="FRD" targetcode="SYL" eventcode="190"/>
                # <EventCoding sourcecode="SYL" targetcode="FRD" eventcode="111">
                <Text>
                Freedonian troops shelled Sylvanian border posts on Monday.
                </Text>
                <Parse>
                # sent_id = 1
                (ROOT (S (NP Freedonian troops) (VP shelled (NP Sylvanian border posts))))
                </Parse>
                </Sentence>
                <Sentence category="AFP" id="FRD_2" date="20080805" evaluate="true"/>
                <EventCoding noevents="True"/>
                <Text>The capital was quiet on Tuesday.</Text>
                </Sentence>
                """);
        // the header takes lines 1-4: FRD_1 opens on line 5, its '#' line is 7, FRD_2 opens on line 16
        assertThat(f.records()).extracting(ValidationRecord::id).containsExactly("FRD_1", "FRD_2");
        ValidationRecord first = f.records().get(0);
        assertThat(first.expected()).containsExactly(new Coding("FRD", "SYL", "190"));
        assertThat(first.text()).isEqualTo("Freedonian troops shelled Sylvanian border posts on Monday.");
        assertThat(first.date()).isEqualTo(java.time.LocalDate.of(2008, 8, 4));
        assertThat(f.records().get(1).expected()).isEmpty();
        assertThat(f.malformed()).isEmpty();
        assertThat(f.warnings()).isEmpty();
        assertThat(f.repairs()).extracting(ValidationProblem::line).containsExactly(5, 7, 16);
        assertThat(f.repairs().get(0).toString()).isEqualTo(dir.resolve("records.xml")
                + ":5: repaired: self-closed <Sentence .../> opened (its </Sentence> follows)");
        assertThat(f.repairs().get(1).reason()).isEqualTo("repaired: '#' comment line with markup blanked");
        assertThat(f.repairCounts()).isEqualTo(Map.of(ValidationRepair.SELF_CLOSED_SENTENCE, 2,
                ValidationRepair.COMMENT_LINE, 1));
    }

    @Test
    void aWellFormedFileAndHashLinesInsideXmlCommentsAreLeftAlone() throws IOException {
        ValidationFile f = read("""
                <!--
                # banner: runs until the <Stop> record
                -->
                <Sentence category="AFP" id="FRD_3" date="20080806">
                <EventCoding sourcecode="SYL" targetcode="FRD" eventcode="042"/>
                <Text>The Sylvanian envoy visited Freedonia.</Text>
                </Sentence>
                """);
        assertThat(f.repairs()).isEmpty();
        assertThat(f.records()).extracting(ValidationRecord::id).containsExactly("FRD_3");
    }

    @Test
    void aSelfClosedSentenceWithoutItsOwnEndTagStaysAnEmptyRecord() throws IOException {
        ValidationFile f = read("""
                <Sentence category="AFP" id="FRD_4" date="20080807"/>
                <Sentence category="AFP" id="FRD_5" date="20080807">
                <EventCoding noevents="True"/>
                <Text>Talks resumed.</Text>
                </Sentence>
                """);
        assertThat(f.repairs()).isEmpty();
        assertThat(f.records()).extracting(ValidationRecord::id).containsExactly("FRD_5");
        assertThat(f.malformed()).extracting(ValidationProblem::reason)
                .containsExactly("record FRD_4 skipped: no <Text>");
    }

    @Test
    void theRepairLeavesLineNumbersAsInTheFile() {
        String text = "a\n# <EventCoding x=\"1\">\r\nb <Sentence id=\"1\"/>\n<Text>t</Text>\n</Sentence>\n";
        ValidationRepair.Repaired r = ValidationRepair.repair(text);
        assertThat(r.text()).isEqualTo("a\n\r\nb <Sentence id=\"1\">\n<Text>t</Text>\n</Sentence>\n");
        assertThat(r.repairs()).containsExactly(new ValidationRepair.Repair(2, ValidationRepair.COMMENT_LINE),
                new ValidationRepair.Repair(3, ValidationRepair.SELF_CLOSED_SENTENCE));
        assertThat(r.text().lines().count()).isEqualTo(text.lines().count());
        assertThat(List.of(r.text().split("\n", -1)).size()).isEqualTo(text.split("\n", -1).length);
    }
}
