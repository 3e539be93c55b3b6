package org.saydo.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.saydo.nlp.ParsedDocument;
import org.saydo.nlp.ParsedSentence;

class ConllUTest {

    private static final String TWO_SENTENCES = """
            # newdoc id = d1
            # date = 2019-04-10
            # text = Peru protested.
            1\tPeru\tPeru\tPROPN\tNNP\t_\t2\tnsubj\t_\t_
            2\tprotested\tprotest\tVERB\tVBD\t_\t0\troot\t_\t_
            3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

            # newpar
            # text = Chile  replied on Monday.
            # time = 4 4 2019-04-08 2019-04-08
            1\tChile\tChile\t_\tNNP\t_\t2\tnsubj\t_\t_
            2\treplied\treply\t_\tVBD\t_\t0\troot\t_\t_
            3\ton\ton\t_\tIN\t_\t4\tcase\t_\t_
            4\tMonday\tMonday\t_\tNNP\t_\t2\tobl\t_\t_
            5\t.\t.\t_\t.\t_\t2\tpunct\t_\t_
            """;

    @Test
    void tokensGetTheirOffsetsInTheDocumentAndArcsTheirHeads() {
        Map<String, ParsedDocument> docs = ConllU.read("t.conllu", new StringReader(TWO_SENTENCES));
        ParsedDocument d = docs.get("d1");
        assertThat(d.document().text()).isEqualTo("Peru protested.\n\nChile  replied on Monday.");
        assertThat(d.document().published()).isEqualTo(LocalDate.of(2019, 4, 10));
        ParsedSentence second = d.sentences().get(1);
        assertThat(second.index()).isEqualTo(1);
        assertThat(d.document().text().substring(second.begin(), second.end())).isEqualTo(second.text());
        var replied = second.token(1);
        assertThat(d.document().text().substring(replied.begin(), replied.end())).isEqualTo("replied");
        assertThat(replied.lemma()).isEqualTo("reply");
        assertThat(second.head(1)).isEqualTo(-1);
        assertThat(second.relation(0)).isEqualTo("nsubj");
        assertThat(second.head(0)).isEqualTo(1);
        assertThat(second.times()).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("Monday");
            assertThat(t.date()).isEqualTo(LocalDate.of(2019, 4, 8));
        });
    }

    @Test
    void aFormNotInTheTextNamesFileAndLine() {
        String bad = TWO_SENTENCES.replace("2\tprotested\tprotest", "2\tprotests\tprotest");
        assertThatThrownBy(() -> ConllU.read("t.conllu", new StringReader(bad)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("t.conllu:5:")
                .hasMessageContaining("'protests'");
    }

    @Test
    void aShortLineOrAMissingDateNamesFileAndLine() {
        String shortLine = TWO_SENTENCES.replace("3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_", "3\t.\t.");
        assertThatThrownBy(() -> ConllU.read("t.conllu", new StringReader(shortLine)))
                .hasMessageStartingWith("t.conllu:6:").hasMessageContaining("10 tab-separated columns");
        String noDate = TWO_SENTENCES.replace("# date = 2019-04-10\n", "");
        assertThatThrownBy(() -> ConllU.read("t.conllu", new StringReader(noDate)))
                .hasMessageStartingWith("t.conllu:2:").hasMessageContaining("date");
    }
}
