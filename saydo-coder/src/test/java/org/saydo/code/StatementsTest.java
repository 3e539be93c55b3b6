package org.saydo.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.saydo.record.CodedDocument;

/**
 * Plain statements on hand-written parses ({@code conllu/statements.conllu}): a statement CAMEO names nothing more
 * specific of (010) is a quote, not an event, even with an addressee; a statement not made is a refusal to comment
 * (011, "Decline comment").
 */
class StatementsTest {

    @Test
    void tellingAPartySomethingWithNoActInItIsAQuote() {
        CodedDocument coded = Fixtures.code("statements", "told-that");
        assertThat(coded.events()).isEmpty();
        assertThat(coded.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speaker().code()).startsWith("CHL");
            assertThat(q.quote()).isEqualTo("the border would stay open");
        });
    }

    @Test
    void aStatementNotMadeIsARefusalToComment() {
        assertThat(Fixtures.events("statements", "not-commented")).containsExactly("CHLGOV>- 011 asserted");
    }
}
