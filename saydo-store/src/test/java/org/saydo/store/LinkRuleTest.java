package org.saydo.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
}
