package org.saydo.dict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TermTest {

    @Test
    void aSingularPatternWordTakesItsRegularPlural() {
        // CoreNLP lemmatizes "troops" as "troops": "$ TROOP * TOWARD +" must still take it
        assertThat(new Term.Word("TROOP").matches("TROOPS")).isTrue();
        assertThat(new Term.Word("PARTY").matches("PARTIES")).isTrue();
        assertThat(new Term.Word("TROOP").matches("TROOPER")).isFalse();
        assertThat(new Term.Word("TROOPS").matches("TROOP")).isFalse();
    }

    @Test
    void spellingVariantsMatchEitherWay() {
        assertThat(new Term.Word("PROGRAM").matches("PROGRAMMES")).isTrue();
        assertThat(new Term.Word("DEFENCE").matches("DEFENSE")).isTrue();
        assertThat(new Term.Word("PULL-OUT").matches("PULLOUT")).isTrue();
        assertThat(new Term.Word("DEMOBILIZATION").matches("DEMOBILISATION")).isTrue();
    }

    @Test
    void aSynsetTakesSpellingVariantsOfItsMembers() {
        Term.Synset s = new Term.Synset("CEASEFIRE", Set.of("CEASE-FIRE", "TRUCE", "TRUCES"));
        assertThat(s.matches("CEASEFIRE")).isTrue();
        assertThat(s.matches("CEASE-FIRE")).isTrue();
        assertThat(s.matches("TRUCES")).isTrue();
        assertThat(s.matches("CEASE")).isFalse();
    }
}
