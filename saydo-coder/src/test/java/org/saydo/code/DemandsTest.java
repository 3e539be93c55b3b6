package org.saydo.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Verbs of demand that make no demand (a past told after "insist", an order to one's own army), and the same verbs
 * that do, on hand-written parses
 * ({@code conllu/demands.conllu}).
 */
class DemandsTest {

    @Test
    void insistingThatSomethingHadHappenedDemandsNothing() {
        // a clause in the past perfect states a fact: a statement (a quote), no 100
        assertThat(Fixtures.events("demands", "insisted-past")).noneMatch(e -> e.contains(" 10"));
    }

    @Test
    void insistingThatAPartyDoSomethingIsADemandOfIt() {
        // CAMEO.2.0.txt INSIST [100]: a clause in the base form asks something of its subject
        assertThat(Fixtures.events("demands", "insisted-mandative"))
                .anyMatch(e -> e.startsWith("SRB") && e.contains(">KSV") && e.contains(" 10"));
    }

    @Test
    void orderingOnesOwnArmyIsACommandNotADemand() {
        assertThat(Fixtures.events("demands", "ordered-own")).noneMatch(e -> e.contains(" 10"));
    }

    @Test
    void orderingAnotherPartyIsADemand() {
        assertThat(Fixtures.events("demands", "ordered-other"))
                .anyMatch(e -> e.startsWith("SRB") && e.contains(">KSV") && e.contains(" 10"));
    }

    @Test
    void aDemandToldByItsNounIsMadeOfItsClausesSubject() {
        // 10 "Make demand": Peru's demand asks Chile to withdraw (CAMEO 1056 would need the verb's patterns)
        assertThat(Fixtures.events("demands", "noun-clause"))
                .anyMatch(e -> e.startsWith("PER") && e.contains(">CHL") && e.contains(" 10"));
    }
}
