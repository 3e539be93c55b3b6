package org.saydo.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkRuleTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(nullValues = "null", value = {
        "RUS, RUS, true", "RUS, RUSGOV, true", "RUSGOV, RUS, true", "RUSGOV, RUSGOVMIL, true",
        "RUSGOV, RUSMIL, false", "RUS, UKR, false", "RU, RUS, false", "RUSG, RUSGOV, false",
        "null, null, true", "null, RUS, false", "USA, USAGOV, true", "IGONAT, IGO, true"})
    void actorsMatchUpTheHierarchyAtThreeLetterBoundaries(String a, String b, boolean same) {
        assertThat(LinkRule.sameActor(a, b)).isEqualTo(same);
    }

    @ParameterizedTest(name = "{0} vs {1} with {2} days: {3}")
    @CsvSource({"2025-12-02, 2025-12-03, 1, true", "2025-12-02, 2025-12-04, 1, false",
        "2025-12-02, 2025-11-30, 2, true", "2025-12-02, 2025-12-02, 0, true", "2025-12-02, 2025-12-03, 0, false"})
    void datesWithinTheTolerance(LocalDate a, LocalDate b, int days, boolean close) {
        assertThat(new LinkRule(days).closeEnough(a, b)).isEqualTo(close);
    }

    @ParameterizedTest(name = "{0}->{1} {2} links {3}->{4}: {5}")
    @CsvSource(nullValues = "null", value = {
        "RUSGOV, USAGOV, 04, RUSGOV, USAGOV, true", "USAGOV, RUSGOV, 04, RUSGOV, USAGOV, true",
        "USAGOV, RUS, 04, RUS, USAGOV, true", "USAGOV, RUSGOV, 19, RUSGOV, USAGOV, false",
        "USAGOV, null, 04, null, USAGOV, false", "USAGOV, UKR, 04, RUSGOV, USAGOV, false"})
    void aMeetingLinksWhicheverPartyAReportNamesFirst(String source, String target, String root, String keySource,
            String keyTarget, boolean linked) {
        LocalDate d = LocalDate.of(2025, 12, 2);
        LinkRule.Anchor event = new LinkRule.Anchor(source, target, root, d, "deed");
        LinkRule.Anchor key = new LinkRule.Anchor(keySource, keyTarget, root, d, "deed");
        assertThat(LinkRule.standard().links(event, key)).isEqualTo(linked);
    }

    @Test
    void theClosestKeyInDateWinsThenTheOldest() {
        LocalDate d = LocalDate.of(2025, 12, 2);
        LinkRule.Anchor event = new LinkRule.Anchor("RUSGOV", "USAGOV", "04", d, "deed");
        LinkRule.Anchor dayBefore = new LinkRule.Anchor("RUS", "USA", "04", d.minusDays(1), "deed");
        LinkRule.Anchor sameDay = new LinkRule.Anchor("USAGOV", "RUSGOV", "04", d, "deed");
        LinkRule.Anchor sameDayLater = new LinkRule.Anchor("RUSGOV", "USAGOV", "04", d, "deed");
        LinkRule.Anchor intent = new LinkRule.Anchor("RUSGOV", "USAGOV", "04", d, "intent");
        LinkRule rule = LinkRule.standard();
        assertThat(rule.choose(event, List.of(dayBefore, sameDay, sameDayLater))).isEqualTo(1);
        assertThat(rule.choose(event, List.of(dayBefore, intent))).isEqualTo(0);
        assertThat(rule.choose(event, List.of(intent))).isEqualTo(-1);
        assertThat(rule.choose(new LinkRule.Anchor("RUSGOV", "USAGOV", "04", null, "deed"), List.of(sameDay)))
                .as("an undated event is never linked").isEqualTo(-1);
    }

    /** Blocks are what lets linking run block by block: two events the rule links are always in one block. */
    @Test
    void eventsTheRuleLinksShareABlock() {
        List<String> codes = List.of("RUS", "RUSGOV", "RUSMIL", "RU", "UKR", "UKRGOV", "USA", "USAGOVMIL", "IGONAT",
                "IGO", "R");
        List<String> roots = List.of("04", "19", "01");
        List<String> classes = List.of("deed", "intent");
        Random random = new Random(13);
        LocalDate d = LocalDate.of(2025, 12, 2);
        LinkRule rule = new LinkRule(2);
        int linked = 0;
        for (int i = 0; i < 20_000; i++) {
            LinkRule.Anchor a = new LinkRule.Anchor(codes.get(random.nextInt(codes.size())),
                    random.nextInt(5) == 0 ? null : codes.get(random.nextInt(codes.size())),
                    roots.get(random.nextInt(roots.size())), d.plusDays(random.nextInt(3)),
                    classes.get(random.nextInt(classes.size())));
            LinkRule.Anchor b = new LinkRule.Anchor(codes.get(random.nextInt(codes.size())),
                    random.nextInt(5) == 0 ? null : codes.get(random.nextInt(codes.size())), a.root(),
                    d.plusDays(random.nextInt(3)), a.modalityClass());
            if (rule.links(a, b)) {
                linked++;
                assertThat(LinkRule.block(a)).as(a + " links " + b).isEqualTo(LinkRule.block(b));
            }
        }
        assertThat(linked).as("pairs that link were drawn").isGreaterThan(100);
        assertThat(LinkRule.block(new LinkRule.Anchor("RUSGOV", "UKR", "19", d, "deed")))
                .isNotEqualTo(LinkRule.block(new LinkRule.Anchor("UKR", "RUSGOV", "19", d, "deed")));
        assertThat(LinkRule.block(new LinkRule.Anchor("RUSGOV", "UKR", "04", d, "deed")))
                .isEqualTo(LinkRule.block(new LinkRule.Anchor("UKRGOV", "RUS", "04", d, "deed")));
    }
}
