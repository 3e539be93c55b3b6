package org.saydo.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.saydo.store.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerScoreTest {

    @TempDir
    Path dir;

    private static Ledger.Entry entry(String doc, String source, String target, String cameo, Ledger.Status s) {
        Evidence c = new Evidence("event", 1L, null, LocalDate.parse("2024-01-01"), source, target, cameo, null,
                "asserted", null, 1, "", "/corpus/dev/" + doc, 0, "text");
        return new Ledger.Entry(c, "rule", "label", s, LocalDate.parse("2024-01-31"), "why", List.of(), List.of(), 0,
                0);
    }

    @Test
    void precisionPerStatusOverMatchedEntries() throws Exception {
        Path file = dir.resolve("hand.txt");
        Files.writeString(file, """
                # a comment
                a.txt | RUSGOV | UKR | 138 | kept | b.txt | struck later
                a.txt | RUS | USA | 036 | broken | b.txt | refused to meet
                c.txt | PRK | KOR | 13 | unspecified | - | no act named
                """);
        List<LedgerScore.Hand> hand = LedgerScore.read(file);
        assertThat(hand).hasSize(3);
        LedgerScore.Result r = LedgerScore.score(List.of(
                entry("a.txt", "RUSGOV", "UKRMIL", "1384", Ledger.Status.KEPT),   // line 2: 138 is a prefix of 1384, agrees
                entry("a.txt", "RUSMIL", "USAGOV", "036", Ledger.Status.KEPT),    // line 3: says broken
                entry("c.txt", "PRKMIL", "KOR", "130", Ledger.Status.UNSPECIFIED), // line 4: agrees
                entry("d.txt", "RUS", "UKR", "138", Ledger.Status.BROKEN),        // no line: not scored
                entry("a.txt", "RUSGOV", "UKR", "131", Ledger.Status.KEPT)),      // 131 is not the 138 of line 2
                hand);
        assertThat(r.scores().get(Ledger.Status.KEPT).matched()).isEqualTo(2);
        assertThat(r.scores().get(Ledger.Status.KEPT).unmatched()).isEqualTo(1);
        assertThat(r.scores().get(Ledger.Status.KEPT).precision()).isEqualTo(0.5);
        assertThat(r.scores().get(Ledger.Status.UNSPECIFIED).precision()).isEqualTo(1.0);
        assertThat(r.scores().get(Ledger.Status.BROKEN).matched()).isZero();
        assertThat(r.scores().get(Ledger.Status.BROKEN).unmatched()).isEqualTo(1);
        assertThat(r.scores().get(Ledger.Status.BROKEN).precision()).isNull();
        assertThat(r.misses()).singleElement().extracting(m -> m.hand().line()).isEqualTo(3);
        assertThat(r.handMatched()).isEqualTo(3);
    }

    @Test
    void aBadFateIsNamedWithItsLine() throws Exception {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, "a.txt | RUS | UKR | 138 | done | - | ?\n");
        assertThatThrownBy(() -> LedgerScore.read(file)).hasMessageContaining("bad.txt:1: unknown status 'done'");
    }
}
