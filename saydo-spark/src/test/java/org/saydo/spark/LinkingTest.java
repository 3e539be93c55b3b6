package org.saydo.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saydo.store.LinkRule;

/** The linking stage on events written by hand (no Spark): the store's rule, in reading order. */
class LinkingTest {

    private static final LocalDate D = LocalDate.of(2019, 12, 9);

    private static Coded.Mention m(String id, String file, int place, String source, String target, String root,
            LocalDate date, String modality) {
        return new Coded.Mention(id, id.substring(0, id.indexOf(':')), file, 0, place, source, target, root, date,
                modality);
    }

    @Test
    void aMeetingToldByTwoReportsWhicheverPartyTheyNameFirstIsOneKeyNamedByTheFirstReport() {
        List<Linking.Linked> linked = Linking.link(LinkRule.standard(), List.of(
                m("b:0", "file:/c/b.txt", 0, "UKRGOV", "RUSGOV", "04", D, "deed"),
                m("a:0", "file:/c/a.txt", 0, "RUSGOV", "UKRGOV", "04", D.plusDays(1), "deed")));
        assertThat(linked).containsExactly(new Linking.Linked("a:0", "a:0"), new Linking.Linked("b:0", "a:0"));
    }

    @Test
    void keysAreAnchoredAtTheirFirstEventNotChained() {
        List<Linking.Linked> linked = Linking.link(LinkRule.standard(), List.of(
                m("a:0", "file:/a", 0, "RUS", "UKR", "19", D, "deed"),
                m("b:0", "file:/b", 0, "RUS", "UKR", "19", D.plusDays(1), "deed"),
                m("c:0", "file:/c", 0, "RUS", "UKR", "19", D.plusDays(2), "deed")));
        assertThat(linked).extracting(Linking.Linked::eventKey).containsExactly("a:0", "a:0", "c:0");
    }

    @Test
    void theClosestKeyInDateWinsAndUndatedEventsStandAlone() {
        List<Linking.Linked> linked = Linking.link(new LinkRule(2), List.of(
                m("a:0", "file:/a", 0, "RUS", "UKR", "19", D, "deed"),
                m("b:0", "file:/b", 0, "RUS", "UKR", "19", D.plusDays(3), "deed"),
                m("c:0", "file:/c", 0, "RUSMIL", "UKR", "19", D.plusDays(2), "deed"),
                m("d:0", "file:/d", 0, "RUS", "UKR", "19", null, "deed"),
                m("d:1", "file:/d", 1, "RUS", "UKR", "19", null, "deed")));
        assertThat(linked).extracting(Linking.Linked::eventKey).containsExactly("a:0", "b:0", "b:0", "d:0", "d:1");
    }
}
