package org.saydo.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextReaderTest {

    static final String BODY = "Russian President Vladimir Putin met US envoy Steve Witkoff in the Kremlin on Tuesday. "
            + "The talks lasted five hours, and a spokesman said that no compromise was reached on the plan.";

    @TempDir
    Path dir;

    static Stream<Arguments> dateLines() {
        return Stream.of(
                Arguments.of("date 2025-12-03\n" + BODY, "2025-12-03", BODY),
                Arguments.of("date: 2025-12-03\n" + BODY, "2025-12-03", BODY),
                Arguments.of("Date:2025-12-03\r\n" + BODY, "2025-12-03", BODY),
                Arguments.of(" date 2025-12-04 " + BODY, "2025-12-04", BODY), // the shared sample's layout
                Arguments.of("\uFEFFdate 2025-12-03\n" + BODY, "2025-12-03", BODY),
                Arguments.of(BODY, null, BODY),
                Arguments.of("dated 2025-12-03 " + BODY, null, "dated 2025-12-03 " + BODY),
                Arguments.of("date 2025-12-031 " + BODY, null, "date 2025-12-031 " + BODY),
                Arguments.of("update 2025-12-03\n" + BODY, null, "update 2025-12-03\n" + BODY));
    }

    @ParameterizedTest(name = "{index}: {1}")
    @MethodSource("dateLines")
    void readsTheDateLine(String file, String date, String text) {
        Document d = TextReader.parse("a.txt", file.getBytes(StandardCharsets.UTF_8));
        assertThat(d.published()).isEqualTo(date == null ? null : LocalDate.parse(date));
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.id()).isEqualTo(Document.idOf(text));
        assertThat(d.source()).isEqualTo("a.txt");
    }

    static Stream<Arguments> badFiles() {
        byte[] latin1 = ("Le président a dit " + BODY).getBytes(StandardCharsets.ISO_8859_1);
        return Stream.of(
                Arguments.of(new byte[0], "empty document"),
                Arguments.of("  \n\t\n".getBytes(StandardCharsets.UTF_8), "empty document"),
                Arguments.of("date 2025-12-03\n\n".getBytes(StandardCharsets.UTF_8), "empty document"),
                Arguments.of(("abc\0def " + BODY).getBytes(StandardCharsets.UTF_8), "binary file (NUL byte at offset 3)"),
                Arguments.of(("abc\u0007 " + BODY).getBytes(StandardCharsets.UTF_8),
                        "binary text (control character U+0007 at character 3)"),
                Arguments.of(latin1, "not UTF-8 (malformed byte at offset 5)"),
                Arguments.of(("date 2025-02-30\n" + BODY).getBytes(StandardCharsets.UTF_8),
                        "bad date line: '2025-02-30' is not a date"),
                Arguments.of(("Der russische Präsident Wladimir Putin hat am Dienstag im Kreml den US-Gesandten "
                        + "Steve Witkoff empfangen. Die Gespräche dauerten fünf Stunden, einen Kompromiss "
                        + "über den Friedensplan gab es nicht, sagte ein Sprecher des Kremls.")
                        .getBytes(StandardCharsets.UTF_8), "not English text (0% English stop words, at least 12% expected)"));
    }

    @ParameterizedTest(name = "{index}: {1}")
    @MethodSource("badFiles")
    void rejectsBadFilesNamingThem(byte[] bytes, String reason) throws IOException {
        Path file = dir.resolve("bad.txt");
        Files.write(file, bytes);
        assertThatThrownBy(() -> TextReader.read(file))
                .isInstanceOf(BadDocumentException.class)
                .hasMessage(file + ": " + reason)
                .satisfies(e -> assertThat(((BadDocumentException) e).where()).isEqualTo(file.toString()));
    }

    @Test
    void rejectsFilesOverTwentyMegabytesWithoutReadingThem() throws IOException {
        Path file = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(TextReader.MAX_BYTES + 1);
        }
        assertThatThrownBy(() -> TextReader.read(file)).isInstanceOf(BadDocumentException.class)
                .hasMessage(file + ": larger than 20 MB (20971521 bytes)");
    }

    @Test
    void namesAMissingFile() {
        Path file = dir.resolve("missing.txt");
        assertThatThrownBy(() -> TextReader.read(file)).isInstanceOf(BadDocumentException.class)
                .hasMessageStartingWith(file + ": cannot read: ");
    }

    @Test
    void shortTextsAreNotPutToTheLanguageTest() {
        assertThat(TextReader.parse("t", "Kremlin: Putin trifft Witkoff".getBytes(StandardCharsets.UTF_8)).text())
                .isEqualTo("Kremlin: Putin trifft Witkoff");
    }

    @Test
    void randomBytesEitherReadOrFailWithAReason() {
        Random random = new Random(42);
        for (int i = 0; i < 500; i++) {
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            if (i % 2 == 0) { // mostly printable ASCII, to reach the later rules too
                for (int j = 0; j < bytes.length; j++) {
                    bytes[j] = (byte) (' ' + Math.floorMod(bytes[j], 95));
                }
            }
            try {
                Document d = TextReader.parse("r", bytes);
                assertThat(d.text()).isNotBlank();
                assertThat(TextReader.parse("r", bytes)).isEqualTo(d);
            } catch (BadDocumentException e) {
                assertThat(e.where()).isEqualTo("r");
                assertThat(e.reason()).isNotBlank();
            }
        }
    }

    /** An endless stream of English words that counts the bytes taken from it. */
    static final class EndlessText extends InputStream {
        private static final byte[] WORDS =
                "the talks in the Kremlin lasted five hours. ".getBytes(StandardCharsets.UTF_8);
        long taken;

        @Override
        public int read() {
            return WORDS[(int) (taken++ % WORDS.length)];
        }

        @Override
        public int read(byte[] b, int off, int len) {
            for (int i = 0; i < len; i++) {
                b[off + i] = WORDS[(int) (taken++ % WORDS.length)];
            }
            return len;
        }
    }

    @Test
    void aStreamOverTwentyMegabytesIsRefusedWithoutReadingTheRest() {
        EndlessText in = new EndlessText();
        assertThatThrownBy(() -> TextReader.read("-", in)).isInstanceOf(BadDocumentException.class)
                .hasMessage("-: larger than 20 MB (more than 20971520 bytes; stopped reading there)");
        assertThat(in.taken).isEqualTo(TextReader.MAX_BYTES + 1);
    }

    @Test
    void aStreamWithinTheLimitIsReadByTheSameRulesAsAFile() {
        byte[] bytes = ("date 2025-12-03\n" + BODY).getBytes(StandardCharsets.UTF_8);
        assertThat(TextReader.read("-", new ByteArrayInputStream(bytes))).isEqualTo(TextReader.parse("-", bytes));
        assertThatThrownBy(() -> TextReader.read("-", new ByteArrayInputStream(("abc\u001b " + BODY)
                .getBytes(StandardCharsets.UTF_8)))).hasMessage("-: binary text (control character U+001B (ESC) at "
                + "character 3)");
    }
}
