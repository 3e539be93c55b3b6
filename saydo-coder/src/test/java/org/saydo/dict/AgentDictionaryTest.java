package org.saydo.dict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AgentDictionaryTest {

    private static final String DICT = String.join("\n",
            "<!-- test agents -->",
            "!PERSON! = MAN, MEN, WOMAN , WOMEN",
            "PRESIDENT [~GOVPRS] # ns",
            "MILITIA [~REB]",
            "WITNESS [~CVL]",
            "POLICE {} [ ~COP]",
            "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]",
            "FOREIGN_MINISTER [~GOVFRM]",
            "HUMAN_RIGHTS_BODY  [NGO~]",
            "CONGRESS!PERSON! [~LEG}",
            "CHIEF EXECUTIVE [~GOV]");

    private static AgentDictionary dict() {
        return AgentDictionary.read("t.agents", new StringReader(DICT));
    }

    private static AgentEntry at(String text) {
        List<String> w = List.of(text.split(" "));
        AgentMatch m = dict().longestMatch(w, 0).orElseThrow(() -> new AssertionError("no agent in " + text));
        assertThat(m.length()).as(text).isEqualTo(w.size());
        return m.entry();
    }

    @Test
    void suffixAndPrefixCodes() {
        assertThat(at("PRESIDENT").apply("USA")).isEqualTo("USAGOVPRS");
        assertThat(at("PRESIDENT").isPrefix()).isFalse();
        assertThat(at("HUMAN RIGHTS BODY").apply("USA")).isEqualTo("NGOUSA");
        assertThat(at("HUMAN RIGHTS BODY").isPrefix()).isTrue();
        assertThat(at("HUMAN RIGHTS BODY").code()).isEqualTo("NGO");
        // an agent the code already carries is not added twice
        assertThat(at("PRESIDENT").apply("USAGOVPRS")).isEqualTo("USAGOVPRS");
        assertThat(at("HUMAN RIGHTS BODY").apply("NGOUSA")).isEqualTo("NGOUSA");
        assertThat(at("POLICE").code()).isEqualTo("COP");
    }

    @Test
    void automaticExplicitAndNullPlurals() {
        assertThat(at("PRESIDENTS").code()).isEqualTo("GOVPRS");
        assertThat(at("MILITIAS").code()).isEqualTo("REB");
        assertThat(at("WITNESSES").code()).isEqualTo("CVL");
        assertThat(at("FOREIGN MINISTERS").code()).isEqualTo("GOVFRM");
        assertThat(at("ATTORNEYS GENERAL").code()).isEqualTo("GOVATG");
        assertThat(dict().longestMatch(List.of("ATTORNEY", "GENERALS"), 0)).isEmpty();
        assertThat(dict().longestMatch(List.of("POLICES"), 0)).isEmpty();
        assertThat(Words.plural("MILITIA")).isEqualTo("MILITIAS");
        assertThat(Words.plural("SECRETARY")).isEqualTo("SECRETARIES");
        assertThat(Words.plural("ENVOY")).isEqualTo("ENVOYS");
    }

    @Test
    void substitutionMarkersExpandWithoutPlurals() {
        assertThat(at("CONGRESSMAN").apply("USA")).isEqualTo("USALEG");
        assertThat(at("CONGRESSWOMEN").code()).isEqualTo("LEG");
        assertThat(at("CONGRESSMAN").source()).isEqualTo("t.agents:10");
        assertThat(dict().longestMatch(List.of("CONGRESSMANS"), 0)).isEmpty();
        assertThat(dict().entries()).extracting(AgentEntry::phrase).filteredOn(p -> p.startsWith("CONGRESS"))
                .containsExactly("CONGRESSMAN", "CONGRESSMEN", "CONGRESSWOMAN", "CONGRESSWOMEN");
    }

    @Test
    void longestMatchPrefersLongerPhrase() {
        AgentMatch m = dict().longestMatch(List.of("THE", "CHIEF", "EXECUTIVE", "SAID"), 1).orElseThrow();
        assertThat(m.start()).isEqualTo(1);
        assertThat(m.end()).isEqualTo(3);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("PRESIDENT", 1, "agent without [CODE]"),
                Arguments.of("PRESIDENT [GOV]", 1, "must have one '~'"),
                Arguments.of("PRESIDENT [~GOV~]", 1, "must have one '~'"),
                Arguments.of("PRESIDENT [~GOV", 1, "missing ']'"),
                Arguments.of("PRESIDENT {PRESIDENTS [~GOV]", 1, "missing '}'"),
                Arguments.of("CONGRESS!PERSON! [~LEG]", 1, "undefined substitution marker !PERSON!"),
                Arguments.of("!PERSON! = MAN,, MEN", 1, "bad item ''"),
                Arguments.of("[~GOV]", 1, "without a phrase"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedLinesNameFileLineAndProblem(String text, int line, String problem) {
        assertThatThrownBy(() -> AgentDictionary.read("t.agents", new StringReader(text)))
                .isInstanceOf(DictionaryFormatException.class)
                .hasMessageStartingWith("t.agents:" + line + ": ")
                .hasMessageContaining(problem);
    }
}
