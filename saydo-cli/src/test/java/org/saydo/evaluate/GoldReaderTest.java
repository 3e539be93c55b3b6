package org.saydo.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gold's whole-file offsets land on the same words in the text the coder reads. */
class GoldReaderTest {

    private static String line(String doc, int start, int end, String text) {
        return "{\"doc\": \"" + doc + "\", \"events\": [{\"source\": \"RUSMIL\", \"target\": \"UKR\","
                + " \"cameo\": \"190\", \"modality\": \"asserted\", \"date\": \"2024-05-10\", \"start\": " + start
                + ", \"end\": " + end + ", \"text\": \"" + text + "\", \"trigger\": \"shelled\"}]}";
    }

    @Test
    void offsetsAfterTheDateLineMoveBackByItsLength(@TempDir Path dir) throws IOException {
        // "date 2024-05-11\n" is 16 characters: file offset 31 is text offset 15
        Files.writeString(dir.resolve("a.txt"), "date 2024-05-11\nKYIV, May 11 - Russian forces shelled Kharkiv.\n");
        Files.writeString(dir.resolve("gold.jsonl"), line("a.txt", 31, 53, "Russian forces shelled") + "\n");
        GoldReader.GoldFile file = new GoldReader().read(dir.resolve("gold.jsonl"), dir);
        assertThat(file.problems()).isEmpty();
        GoldReader.Entry e = file.entries().get(0);
        GoldEvent g = e.gold().events().get(0);
        assertThat(g.start()).isEqualTo(15);
        assertThat(e.document().text().substring(g.start(), g.end())).isEqualTo("Russian forces shelled");
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkCountAsPythonReadsThem(@TempDir Path dir) throws IOException {
        // Python's text mode keeps the BOM as a character and reads each \r\n as one \n:
        // "\uFEFFdate 2024-05-11\n" (17) + "KYIV.\n" (6) = 23 in the gold; in the file the words are at 25
        // (two \r), and the reader drops the BOM and the date line with its \r\n (18 characters): text offset 7
        byte[] bytes = "\uFEFFdate 2024-05-11\r\nKYIV.\r\nRussian forces shelled Kharkiv.\r\n"
                .getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("b.txt"), bytes);
        Files.writeString(dir.resolve("gold.jsonl"), line("b.txt", 23, 45, "Russian forces shelled") + "\n");
        GoldReader.GoldFile file = new GoldReader().read(dir.resolve("gold.jsonl"), dir);
        assertThat(file.problems()).isEmpty();
        GoldReader.Entry e = file.entries().get(0);
        GoldEvent g = e.gold().events().get(0);
        assertThat(g.start()).isEqualTo(7);
        assertThat(e.document().text().substring(g.start(), g.end())).isEqualTo("Russian forces shelled");
    }

    @Test
    void aSpanInTheDateLineAndADocumentAnnotatedTwiceAreProblems(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "date 2024-05-11\nKYIV, May 11 - Russian forces shelled Kharkiv.\n");
        Files.write(dir.resolve("gold.jsonl"), List.of(line("a.txt", 0, 4, "date"),
                line("a.txt", 31, 53, "Russian forces shelled"), line("a.txt", 31, 53, "Russian forces shelled")));
        GoldReader.GoldFile file = new GoldReader().read(dir.resolve("gold.jsonl"), dir);
        assertThat(file.entries()).hasSize(1);
        assertThat(file.problems()).extracting(GoldProblem::line).containsExactly(1, 3);
        assertThat(file.problems().get(0).reason()).isEqualTo("event 0: offsets 0..4 are in the date line");
        assertThat(file.problems().get(1).reason()).isEqualTo("'a.txt' is annotated twice");
    }
}
