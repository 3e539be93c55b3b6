package org.saydo.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saydo.dict.DictionaryFormatException;

class ReprisalsTest {

    private static Reprisals read(String text) {
        return Reprisals.of(CueFile.read("reprisals.txt", new StringReader(text), Set.of("doer", "sufferer", "answer")));
    }

    @Test
    void anEntryMayNameTheCodeOfItsThreatElseItIsAThreatOfForce() {
        Reprisals r = read("doer retaliate\ndoer hold account [130]\nsufferer face consequences [130]\n");

        assertThat(r.lookup("retaliate", Set.of()).code()).isEqualTo("138");
        assertThat(r.lookup("hold", Set.of("russia", "account")).code()).isEqualTo("130");
        assertThat(r.lookup("hold", Set.of("russia"))).isNull();
        assertThat(r.lookup("face", Set.of("consequences")).sufferer()).isTrue();
    }

    @Test
    void anEntryWithAWordAndNotIsToldOnlyByBothTogether() {
        Reprisals r = read("sufferer go unanswered not\ndoer relent not [130]\n");

        assertThat(r.lookup("go", Set.of("unanswered"))).isNull();
        assertThat(r.lookup("go", Set.of("not"))).isNull();
        assertThat(r.lookup("go", Set.of("unanswered", "not")).sufferer()).isTrue();
        assertThat(r.lookup("go", Set.of("unanswered", "not")).negation()).isTrue();
        assertThat(r.lookup("relent", Set.of("not")).negation()).isFalse();
    }

    @Test
    void aCodeOutsideTheThreatsOrAnExtraWordIsAnErrorNamingTheLine() {
        assertThatThrownBy(() -> read("doer retaliate\ndoer hold account [190]\n"))
                .isInstanceOf(DictionaryFormatException.class).hasMessageContaining("reprisals.txt")
                .hasMessageContaining("2");
        assertThatThrownBy(() -> read("doer hold to account\n")).isInstanceOf(DictionaryFormatException.class);
    }
}
