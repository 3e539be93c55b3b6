package org.saydo.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saydo.dict.DictionaryFormatException;

class NonProseTest {

    private static final String WIRE = """
            Russia strikes Kyiv overnight
            By Staff reporter
            Published on 3 December 2025, 09:40 GMT | Updated 3 December 2025, 17:15 GMT

            KYIV, Dec 3 (Saydo wire) - Russian forces struck Kyiv overnight, the city's mayor said.
            [Photo: Firefighters at a burned building in Kyiv. Photo: A. Novak / Saydo]
            By Tuesday evening the fires were out.
            09:12
            Russia strikes Kyiv overnight
            Read more: How air defence works | Maps of the war
            """;

    private final NonProse.Layout layout = NonProse.defaults().layout(WIRE);

    private int at(String words) {
        int i = WIRE.indexOf(words);
        assertThat(i).as("'%s' in the text", words).isNotNegative();
        return i;
    }

    private int second(String words) {
        return WIRE.indexOf(words, at(words) + 1);
    }

    @Test
    void theHeadlineIsAHeadlineAndTheBylineAndStampsAreNotCoded() {
        assertThat(layout.headline(at("Russia strikes Kyiv"))).isTrue();
        assertThat(layout.masked(at("Russia strikes Kyiv"))).isFalse();
        assertThat(layout.masked(at("Staff reporter"))).isTrue();
        assertThat(layout.masked(at("Published on"))).isTrue();
        assertThat(layout.masked(at("Updated 3"))).isTrue();
    }

    @Test
    void aDatelineIsCutOffAndTheSentenceAfterItKept() {
        assertThat(layout.masked(at("KYIV, Dec 3"))).isTrue();
        assertThat(layout.masked(at("Saydo wire"))).isTrue();
        assertThat(layout.masked(at("Russian forces struck"))).isFalse();
        assertThat(layout.headline(at("Russian forces struck"))).isFalse();
    }

    @Test
    void aCopysCreditLineMarksTheReportAsACopyOfAWireStoryAndAWiresOwnStampDoesNot() {
        assertThat(layout.has("syndication")).isFalse();
        assertThat(layout.masked(at("KYIV, Dec 3"), "dateline")).isTrue();
        for (String credit : new String[] {"The Valley Herald | Wire copy | Published on 2 March 2019",
            "Reprinted from Saydo wire. Published 2 March 2019", "Coastal Times, with Saydo wire",
            "The Valley Herald | World | Source: Reuters"}) {
            String copy = "Flood talks collapse\n" + credit + "\n\nDHAKA, March 1 (Saydo wire) - Talks ended.\n";
            NonProse.Layout l = NonProse.defaults().layout(copy);
            assertThat(l.has("syndication")).as(credit).isTrue();
            assertThat(l.masked(copy.indexOf(credit))).as(credit).isTrue();
        }
        for (String prose : new String[] {"Published on 2 March 2019 | Saydo wire",
            "Officials spoke with Reuters on Friday about the talks and the floods of the week"}) {
            assertThat(NonProse.defaults().layout("Flood talks collapse\n" + prose + "\n\nTalks ended.\n")
                    .has("syndication")).as(prose).isFalse();
        }
    }

    @Test
    void aCaptionsWordsAreSecondaryAndItsCreditIsNotCoded() {
        assertThat(layout.headline(at("Firefighters"))).isTrue();
        assertThat(layout.masked(at("Firefighters"))).isFalse();
        assertThat(layout.masked(at("A. Novak"))).isTrue();
        assertThat(layout.masked(at("[Photo:"))).isTrue();
    }

    @Test
    void timeStampsNavigationAndARepeatedHeadlineAreNotCoded() {
        assertThat(layout.masked(at("09:12"))).isTrue();
        assertThat(layout.masked(at("How air defence"))).isTrue();
        assertThat(layout.masked(second("Russia strikes Kyiv"))).isTrue();
    }

    @Test
    void proseThatStartsLikeABylineIsProse() {
        assertThat(layout.masked(at("By Tuesday evening"))).isFalse();
    }

    @Test
    void aReportThatOpensWithAParagraphOfProseHasNoHeadline() {
        String prose = "Russia attacked Ukraine on Monday, officials said.\nKyiv condemned the attack.\n\n"
                + "Talks are due to resume on Friday.";
        assertThat(NonProse.defaults().layout(prose).headlines()).isEmpty();
    }

    @Test
    void aTextWithoutABlankLineHasNoHeadline() {
        String one = "Russia attacked Ukraine.\nUkraine condemned the attack.";
        NonProse.Layout l = NonProse.defaults().layout(one);
        assertThat(l.headlines()).isEmpty();
        assertThat(l.masked()).isEmpty();
    }

    @Test
    void aBadPatternNamesFileAndLine() {
        assertThatThrownBy(() -> NonProse.of(CueFile.read("np.txt", new StringReader("line caption [unclosed\n"),
                Set.of("line", "prefix")))).isInstanceOf(DictionaryFormatException.class)
                .hasMessageContaining("np.txt:1");
    }
}
