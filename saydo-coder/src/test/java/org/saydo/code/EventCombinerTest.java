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
}
