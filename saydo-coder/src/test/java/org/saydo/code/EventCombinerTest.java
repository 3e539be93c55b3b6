package org.saydo.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.saydo.record.Event;

/**
 * A speech act that embeds another act is one event whose code says both, on hand-written parses
 * ({@code conllu/combinations.conllu}); codes checked against the CAMEO manual 1.1b3.
 */
class EventCombinerTest {

    @Test
    void anAppealToReleasePrisonersIsAddressedToWhoHoldsThem() {
        // urge (02, appeal) + release persons (0841) = 0253 "Appeal for release of persons or property"; the
        // target of an appeal is its addressee
        assertThat(Fixtures.events("combinations", "urged-release")).containsExactly("BRAGOV>PRYGOV 0253 asserted");
        Event e = Fixtures.code("combinations", "urged-release").events().get(0);
        assertThat(e.provenance().rule()).startsWith("combination 0253");
    }

    @Test
    void aThreatToExpelAnAmbassadorIsAThreatToCutRelations() {
        // threaten (13) + expel an ambassador (161 "Reduce or break diplomatic relations") = 1313 "Threaten to
        // reduce or break relations"; the ambassador is Colombia's government; a threat is an intent
        // (ModalityRules.committed)
        assertThat(Fixtures.events("combinations", "threatened-expel")).containsExactly("VENGOV>COLGOV 1313 intent");
    }

    @Test
    void aCallIsTheCallersOnly() {
        // 041 "Discuss by telephone": the dictionary codes CALL both ways [041:041]; the text tells Peru's call, and
        // the corpus codes a call once, from its maker (a named state acts through its government, roles.txt)
        assertThat(Fixtures.events("combinations", "called-one-way")).containsExactly("PERGOV>CHLGOV 041 asserted");
    }

    @Test
    void speakingWithAPartyIsTheSubjectsConsultation() {
        // 046 "Engage in negotiation" (SPEAK (WITH) [046:046]): Ecuador's, not also Bolivia's
        assertThat(Fixtures.events("combinations", "spoke-with-one-way")).containsExactly("ECUGOV>BOLGOV 046 asserted");
    }

    @Test
    void partiesThatMeetTogetherMeetEachOther() {
        // coordinated subjects of a meeting (MEET [040], consult) act on each other: both directions stay
        assertThat(Fixtures.events("combinations", "met-both-ways")).hasSize(2)
                .allMatch(e -> e.startsWith("PERGOV>CHLGOV 04") || e.startsWith("CHLGOV>PERGOV 04"));
    }

    @Test
    void aVoteIsNoIntentToCooperateByItself() {
        // VOTE is 030 in CAMEO.2.0.txt whatever follows; voting to condemn is the condemnation only
        assertThat(Fixtures.events("combinations", "voted-to-condemn")).noneMatch(e -> e.contains(" 03"))
                .anyMatch(e -> e.startsWith("CHLGOV>PERGOV 1"));
    }

    @Test
    void aWishIsNoIntentToCooperate() {
        // "wants monitors in Peru": WANT [030], nothing promised to anyone
        assertThat(Fixtures.events("combinations", "wants-monitors")).isEmpty();
    }

    @Test
    void aPromiseKeepsItsIntent() {
        // PROMISE is a verb of commitment (words.txt family-intend): 030 "Express intent to cooperate"
        assertThat(Fixtures.events("combinations", "promised-help")).anyMatch(e -> e.startsWith("CHLGOV>PERGOV 03"));
    }

    @Test
    void aMeetingThatTookPlaceIsAMeetingNotAnIntent() {
        // MEET * (AT) is [036:036] in CAMEO.2.0.txt; a meeting held at a place is the verb's own 040 (consult), once,
        // from the subject
        assertThat(Fixtures.events("combinations", "met-at")).containsExactly("CHLGOV>PERGOV 040 asserted");
    }

    @Test
    void aMeetingToComeStaysAnIntentToMeet() {
        // 036 "Express intent to meet or negotiate"
        assertThat(Fixtures.events("combinations", "will-meet-at")).anyMatch(e -> e.startsWith("CHLGOV>PERGOV 036"))
                .noneMatch(e -> e.contains(" 040 "));
    }

    @Test
    void anAppealToAnAddresseeOfNoKnownPartyIsNotToThePartyOfWhatItAsks() {
        // "Bolivia attacked Peru. Peru urged the mediators to condemn Bolivia.": 02 (an appeal, CAMEO 022 "Appeal
        // for diplomatic cooperation") to the mediators, whoever they are; Bolivia is whom they are to condemn, not
        // whom Peru appealed to, and no other side is filled in (coop11)
        assertThat(Fixtures.events("combinations", "appeal-unknown-addressee"))
                .anyMatch(e -> e.matches("PER\\w*>- 02\\d* asserted"))
                .noneMatch(e -> e.matches("PER\\w*>BOL\\w* 02\\d* .*"));
    }

    @Test
    void aTruceAgreedOnIsDeclared() {
        // "Peru and Chile agreed on a truce.": AGREE's own code (050) with a truce in its "on" phrase is the truce
        // declared, 0871 "Declare truce, ceasefire", between the parties coordinated as the subject
        assertThat(Fixtures.events("combinations", "agreed-on-truce")).contains("PER>CHL 0871 asserted")
                .noneMatch(e -> e.contains(" 050 "));
    }
}
