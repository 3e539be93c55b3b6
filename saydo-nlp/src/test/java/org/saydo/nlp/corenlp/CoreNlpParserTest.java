package org.saydo.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saydo.doc.Document;
import org.saydo.nlp.ParsedDocument;
import org.saydo.nlp.ParsedSentence;
import org.saydo.nlp.TimeExpression;
import org.saydo.nlp.Token;

class CoreNlpParserTest {

    private static CoreNlpParser parser;

    @BeforeAll
    static void load() {
        parser = new CoreNlpParser();
    }

    @Test
    void sentencesTokensAndArcsPointIntoTheDocument() {
        String text = "Putin met Witkoff in Moscow on Tuesday.\n\nRussia launched drones at Kyiv last week.";
        ParsedDocument parsed = parser.parse(Document.of("t", LocalDate.of(2025, 12, 3), text));

        assertThat(parsed.sentences()).hasSize(2);
        ParsedSentence first = parsed.sentences().get(0);
        assertThat(first.text()).isEqualTo("Putin met Witkoff in Moscow on Tuesday.");
        for (Token t : first.tokens()) {
            assertThat(text.substring(t.begin(), t.end())).isEqualTo(t.word());
        }
        int met = 1;
        assertThat(first.token(met).lemma()).isEqualTo("meet");
        assertThat(first.children(met, "nsubj")).containsExactly(0);
        assertThat(first.children(met, "obj")).containsExactly(2);
        assertThat(first.roots()).containsExactly(met);
    }

    @Test
    void relativeDatesResolveAgainstThePublicationDate() {
        // 2025-12-03 is a Wednesday: "on Tuesday" is the day before; "last week" is the ISO week before.
        String text = "Putin met Witkoff on Tuesday. Russia launched drones last week. They spoke in November 2025.";
        ParsedDocument parsed = parser.parse(Document.of("t", LocalDate.of(2025, 12, 3), text));

        assertThat(dates(parsed.sentences().get(0))).containsExactly(LocalDate.of(2025, 12, 2));
        assertThat(dates(parsed.sentences().get(1))).containsExactly(LocalDate.of(2025, 11, 24));
        assertThat(dates(parsed.sentences().get(2))).containsExactly(LocalDate.of(2025, 11, 1));
    }

    @Test
    void sentenceWithoutTemporalWordHasNoTimes() {
        ParsedDocument parsed = parser.parse(Document.of("t", LocalDate.of(2025, 12, 3), "Russia attacked Ukraine."));
        assertThat(parsed.sentences().get(0).times()).isEmpty();
    }

    @Test
    void timexValuesTurnIntoDays() {
        assertThat(CoreNlpParser.day("2025-12-02")).isEqualTo(LocalDate.of(2025, 12, 2));
        assertThat(CoreNlpParser.day("2025-12-02T10:00")).isEqualTo(LocalDate.of(2025, 12, 2));
        assertThat(CoreNlpParser.day("2025-11")).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(CoreNlpParser.day("2025-W49")).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(CoreNlpParser.day("PAST_REF")).isNull();
        assertThat(CoreNlpParser.day("P1W")).isNull();
    }

    @Test
    void bareWeekdaysMeanTheLastSuchDayUnlessTheSentenceLooksAhead() {
        LocalDate wednesday = LocalDate.of(2025, 12, 3);
        assertThat(CoreNlpParser.weekday("on Tuesday", wednesday, false)).isEqualTo(LocalDate.of(2025, 12, 2));
        assertThat(CoreNlpParser.weekday("Wednesday", wednesday, false)).isEqualTo(wednesday);
        assertThat(CoreNlpParser.weekday("Thursday evening", wednesday, false)).isEqualTo(LocalDate.of(2025, 11, 27));
        assertThat(CoreNlpParser.weekday("on Friday", wednesday, true)).isEqualTo(LocalDate.of(2025, 12, 5));
        assertThat(CoreNlpParser.weekday("next Tuesday", wednesday, false)).isEqualTo(LocalDate.of(2025, 12, 9));
        assertThat(CoreNlpParser.weekday("last Wednesday", wednesday, true)).isEqualTo(LocalDate.of(2025, 11, 26));
        assertThat(CoreNlpParser.weekday("Tuesday, 2 December", wednesday, false)).isNull();
        assertThat(CoreNlpParser.weekday("last week", wednesday, false)).isNull();
    }

    @Test
    void randomTextNeverBreaksOffsetsAndIsDeterministic() {
        Random random = new Random(42);
        String alphabet = "abcdefghij KLMNOP.,;:!?\"'“”‘’()-–—\n\t0123456789 Tuesday week Putin said ";
        for (int round = 0; round < 30; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(300);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            Document doc = Document.of("r", LocalDate.of(2025, 1, 1), text);
            ParsedDocument a = parser.parse(doc);
            ParsedDocument b = parser.parse(doc);
            assertThat(a).isEqualTo(b);
            for (ParsedSentence s : a.sentences()) {
                assertThat(s.begin()).isBetween(0, text.length());
                assertThat(s.end()).isBetween(s.begin(), text.length());
                for (Token t : s.tokens()) {
                    assertThat(t.begin()).isGreaterThanOrEqualTo(s.begin());
                    assertThat(t.end()).isLessThanOrEqualTo(s.end());
                }
                for (TimeExpression te : s.times()) {
                    assertThat(te.begin()).isGreaterThanOrEqualTo(s.begin());
                    assertThat(te.end()).isLessThanOrEqualTo(s.end());
                }
            }
        }
    }

    private static List<LocalDate> dates(ParsedSentence s) {
        return s.times().stream().map(TimeExpression::date).toList();
    }
}
