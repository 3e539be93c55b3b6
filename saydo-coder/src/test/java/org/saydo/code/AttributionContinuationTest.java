package org.saydo.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saydo.doc.Document;
import org.saydo.record.CodedDocument;
import org.saydo.record.Coder;

/**
 * A clause coordinated after a mid-sentence attribution ("X, the spokesman said, and Y") is the speaker's too, unless
 * it tells of a third party; on sentences written for this test, parsed by CoreNLP.
 */
class AttributionContinuationTest {

    private static Coder pipeline;

    @BeforeAll
    static void load() {
        pipeline = CoreNlpCoding.standard();
    }

    private static List<String> quotes(String text) {
        CodedDocument coded = pipeline.code(Document.of("test", LocalDate.of(2019, 3, 4), text));
        return coded.quotes().stream().map(q -> q.speaker().code() + " " + q.quote()).toList();
    }

    @Test
    void theClauseAfterTheAttributionIsTheSpeakersToo() {
        assertThat(quotes("Transnistria remained part of Moldova, spokesman Daniel Voda said, and the vote did not "
                + "alter its status.")).contains("MDAGOV Transnistria remained part of Moldova",
                        "MDAGOV the vote did not alter its status");
    }

    @Test
    void aThirdPartysDeedAfterTheAttributionIsTheReportersOwn() {
        List<String> quotes = quotes("Turkish jets struck targets in northern Iraq, officials in Ankara said, and "
                + "Iraqi troops closed two crossings.");
        assertThat(quotes).anyMatch(q -> q.startsWith("TUR")
                && q.endsWith("Turkish jets struck targets in northern Iraq"));
        assertThat(quotes).noneMatch(q -> q.contains("closed two crossings"));
    }
}
