package org.saydo.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Appeals told with "call on X to ..." in the parse CoreNLP gives them ({@link AppealReparse},
 * {@code conllu/appeals.conllu}); codes checked against the CAMEO manual 1.1b3 (020 "Make an appeal or request, not
 * specified below"; 0256 "Appeal for de-escalation of military engagement" for an appeal to show restraint).
 */
class AppealReparseTest {

    @Test
    void theAddresseeOfCallOnIsThePartyAskedToAct() {
        // "Chile's foreign minister calls on Peru to address the violations": Chile's appeal to Peru (020), which
        // the parser's reading (Peru the subject of "address") left with no addressee
        assertThat(Fixtures.events("appeals", "calls-on-party")).anyMatch(e -> e.matches("CHL\\w*>PER\\w* 02\\d* \\w+"));
    }

    @Test
    void anAppealOnBothSidesToShowRestraintIsToEachSide() {
        // "Bolivia attacked Peru. Brazil called on both sides to show restraint.": an appeal for de-escalation to
        // each side of the report (sides.txt, contents.txt)
        assertThat(Fixtures.events("appeals", "calls-on-sides"))
                .anyMatch(e -> e.matches("BRA\\w*>BOL\\w* 0256 asserted"))
                .anyMatch(e -> e.matches("BRA\\w*>PER\\w* 0256 asserted"));
    }

    @Test
    void anInfinitiveOfPurposeIsNoAppeal() {
        // "Chile called in order to protest": no "on" party, nothing to repair, and no appeal to anyone
        assertThat(Fixtures.events("appeals", "calls-for-own-act")).noneMatch(e -> e.matches("CHL\\w*>\\S+ 02\\d* .*"));
    }

    @Test
    void callingSomethingANameIsNoAppeal() {
        // "Chile called the truce a beginning on the border": "call" with a direct object names it; the "on" phrase
        // further on is no "call on", so CALL * (ON) [020] makes no appeal (EventCombiner.namings)
        assertThat(Fixtures.events("appeals", "calls-names")).noneMatch(e -> e.matches("CHL\\w*>\\S+ 02\\d* .*"));
    }

    @Test
    void callOnReadAsAPhrasalVerbStillAsksItsObjectToAct() {
        // "Chile called on Peru to respect the truce", parsed with "on" a particle and Peru the object of "called":
        // Chile's appeal to Peru (02), not "call" naming Peru something (which EventCombiner.namings drops)
        assertThat(Fixtures.events("appeals", "calls-on-particle"))
                .anyMatch(e -> e.matches("CHL\\w*>PER\\w* 02\\d* asserted"));
    }

    @Test
    void callOnWithNoActAskedIsNoAppeal() {
        // "Chile's envoy called on Peru's president": a visit, not "call on X to ..."; the parse is left as it is, and
        // "call" with a direct object makes no appeal (020 would need an act asked for)
        assertThat(Fixtures.events("appeals", "calls-on-visit"))
                .noneMatch(e -> e.matches("CHL\\w*>\\S+ 02\\d* .*"));
    }
}
