package org.saydo.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static List<LineReader.Line> lines(byte[] bytes, int max) throws IOException {
        List<LineReader.Line> out = new ArrayList<>();
        try (LineReader in = new LineReader(new ByteArrayInputStream(bytes), max)) {
            for (LineReader.Line l = in.next(); l != null; l = in.next()) {
                out.add(l);
            }
        }
        return out;
    }

    private static List<LineReader.Line> lines(String text) throws IOException {
        return lines(text.getBytes(StandardCharsets.UTF_8), 1000);
    }

    @Test
    void linesEndAtLfCrlfOrALoneCrAndTheLastNeedsNoTerminator() throws IOException {
        assertThat(lines("a\nb\r\nc\rd\n\ne")).containsExactly(new LineReader.Line(1, "a", null),
                new LineReader.Line(2, "b", null), new LineReader.Line(3, "c", null),
                new LineReader.Line(4, "d", null), new LineReader.Line(5, "", null),
                new LineReader.Line(6, "e", null));
        assertThat(lines("a\n")).containsExactly(new LineReader.Line(1, "a", null));
        assertThat(lines("")).isEmpty();
        assertThat(lines("\uFEFFdate 2025\n")).containsExactly(new LineReader.Line(1, "date 2025", null));
    }

    @Test
    void aMalformedByteCostsItsLineOnlyAndIsNamedWithItsColumn() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write("first\nab".getBytes(StandardCharsets.UTF_8));
        b.write(0xFF);
        b.write("cd\nthird é\n".getBytes(StandardCharsets.UTF_8));
        assertThat(lines(b.toByteArray(), 1000)).containsExactly(new LineReader.Line(1, "first", null),
                new LineReader.Line(2, null, "not UTF-8 (malformed byte at byte 3 of the line)"),
                new LineReader.Line(3, "third é", null));
    }

    @Test
    void aLineLongerThanTheLimitIsOneProblemAndTheNextLineIsRead() throws IOException {
        assertThat(lines(("short\n" + "x".repeat(25) + "\nnext").getBytes(StandardCharsets.UTF_8), 10))
                .containsExactly(new LineReader.Line(1, "short", null),
                        new LineReader.Line(2, null, "line longer than 10 bytes (25 bytes)"),
                        new LineReader.Line(3, "next", null));
    }

    @Test
    void onValidUtf8ItReadsWhatBufferedReaderReads() throws IOException {
        Random random = new Random(7);
        String alphabet = "ab é€𝄞\n\r\t";
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(300);
            for (int i = 0; i < n; i++) {
                int at = random.nextInt(alphabet.length());
                if (Character.isHighSurrogate(alphabet.charAt(at))) {
                    sb.append(alphabet, at, at + 2);
                } else if (!Character.isLowSurrogate(alphabet.charAt(at))) {
                    sb.append(alphabet.charAt(at));
                }
            }
            List<String> expected = new BufferedReader(new StringReader(sb.toString())).lines().toList();
            assertThat(lines(sb.toString().getBytes(StandardCharsets.UTF_8), 100_000))
                    .extracting(LineReader.Line::text).as(sb.toString()).containsExactlyElementsOf(expected);
        }
    }
}
