package org.saydo.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.saydo.doc.Document;
import org.saydo.doc.TextReader;

/**
 * Random files with a date line, mixed line endings and sometimes a byte order mark: every gold offset past the
 * date line lands on the same character of the document text (a line ending as one {@code \n}).
 */
class GoldTextTest {

    private static final String[] PIECES = {"Kyiv", " ", "said", ".", "\n", "\r\n", "\r", "é", "\"", "-", "7"};

    @RepeatedTest(50)
    void everyOffsetPastTheDateLinePointsAtTheSameCharacter(RepetitionInfo info) {
        Random random = new Random(info.getCurrentRepetition());
        StringBuilder raw = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "");
        raw.append("date 2024-05-11").append(random.nextBoolean() ? "\r\n" : "\n").append("Text");
        int n = 1 + random.nextInt(60);
        for (int i = 0; i < n; i++) {
            raw.append(PIECES[random.nextInt(PIECES.length)]);
        }
        String file = raw.toString();
        Document d = TextReader.parse("random.txt", file.getBytes(StandardCharsets.UTF_8));
        GoldText text = new GoldText(file, d.text());
        String view = file.replace("\r\n", "\n").replace('\r', '\n');
        assertThat(text.length()).isEqualTo(view.length());
        int first = view.indexOf("Text");
        for (int i = 0; i < view.length(); i++) {
            int at = text.toDocument(i);
            if (i < first) {
                assertThat(at).as("offset %d is in the date line", i).isEqualTo(-1);
                continue;
            }
            char c = d.text().charAt(at);
            assertThat(c == '\r' ? '\n' : c).as("offset %d of %s", i, view).isEqualTo(view.charAt(i));
        }
        assertThat(text.toDocument(view.length())).isEqualTo(d.text().length());
    }
}
