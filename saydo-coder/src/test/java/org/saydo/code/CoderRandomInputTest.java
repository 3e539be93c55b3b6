package org.saydo.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saydo.doc.Document;
import org.saydo.record.CodedDocument;
import org.saydo.record.Coder;
import org.saydo.record.Event;
import org.saydo.record.Provenance;
import org.saydo.record.Quote;

/**
 * The whole coding pipeline on random texts made of the words it reacts to (actors, event verbs and nouns,
 * pronouns, quotes, negation, dates): never an exception, every offset inside the text and pointing at the
 * words it claims, and the same output twice.
 */
class CoderRandomInputTest {

    private static final List<String> WORDS = List.of("Putin", "Peskov", "he", "she", "they", "their", "Kremlin",
            "spokesman", "Russia", "Ukraine", "Kyiv", "Moscow", "Witkoff", "and", "Kushner", "said", "told", "that",
            "met", "attacked", "launched", "drone", "missile", "attacks", "on", "the", "meeting", "between", "with",
            "not", "will", "if", "would", "no", "talks", "on Tuesday", "last week", "“", "”", "\"", ",", ".", ".\n\n",
            "U.S.", "representatives", "Russian", "forces", "struck", "denied", "who", "which", "one of", "strikes",
            "sanctions", "imposed", "threatened", "urged", "to", "resume", "'s", "’s", "-", "(", ")", ":", ";");

    private static Coder pipeline;

    @BeforeAll
    static void load() {
        pipeline = CoreNlpCoding.standardWithJudge();
    }

    @Test
    void randomTextsKeepTheInvariants() {
        Random random = new Random(20251203);
        for (int round = 0; round < 60; round++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(60);
            for (int i = 0; i < n; i++) {
                sb.append(WORDS.get(random.nextInt(WORDS.size()))).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String text = sb.toString();
            Document doc = Document.of("random-" + round, LocalDate.of(2025, 12, 3), text);
            CodedDocument first = pipeline.code(doc);
            CodedDocument second = pipeline.code(doc);
            assertThat(second).as(text).isEqualTo(first);
            for (Event e : first.events()) {
                check(text, e.provenance());
                assertThat(text.substring(e.provenance().start(), e.provenance().end())).as(text)
                        .contains(e.source().text());
            }
            for (Quote q : first.quotes()) {
                check(text, q.provenance());
                assertThat(text.substring(q.provenance().start(), q.provenance().end()).strip()).as(text)
                        .isEqualTo(q.quote());
            }
        }
    }

    private static void check(String text, Provenance p) {
        assertThat(p.sentenceEnd()).isLessThanOrEqualTo(text.length());
        assertThat(p.start()).isGreaterThanOrEqualTo(0);
        assertThat(p.end()).isLessThanOrEqualTo(text.length());
        assertThat(p.triggerEnd()).isLessThanOrEqualTo(text.length());
        if (!p.rule().startsWith("quote:")) {
            assertThat(p.start()).isGreaterThanOrEqualTo(p.sentenceStart());
            assertThat(p.end()).isLessThanOrEqualTo(p.sentenceEnd());
        }
        assertThat(text.substring(p.triggerStart(), p.triggerEnd())).isEqualTo(p.trigger().split(" ")[0]);
    }
}
