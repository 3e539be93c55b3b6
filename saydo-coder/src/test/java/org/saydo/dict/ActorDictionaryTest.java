package org.saydo.dict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorDictionaryTest {

    private static final String DICT = String.join("\n",
            "<!-- test actors -->",
            "AFGHANISTAN_  [AFG]",
            "+AFGHAN_",
            "+ISLAMIC_REPUBLIC_OF_AFGHANISTAN",
            "",
            "SAM_GAMGEE [HOB]  #@ type=person",
            "\t[HOBCIV <20080120] # first listed wins on the shared day",
            "\t[ORCHOB 20100109-20100112]",
            "\t[HOBMIL 20080120-20121109]",
            "\t[HOBELI >130119]",
            "",
            "ABDUL_QADIR_  ; CountryInfo.txt",
            "+NUR_MOHAMMAD_TARAKI_  ; CountryInfo.txt",
            "\t[AFGELI 620101-780427]",
            "\t[AFGGOV 780427-780430]",
            "\t[AFGELI]",
            "",
            "PRINCE OF DOL AMROTH",
            "\t[--- <950630]",
            "\t[DOL]",
            "JAVIER_SOLANA_\t[IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006]",
            "U.S._  [USA] #@ type=place",
            "REUTERS");

    private static ActorDictionary dict() {
        return ActorDictionary.read("t.actors", new StringReader(DICT));
    }

    private static List<String> words(String s) {
        return List.of(s.split(" "));
    }

    @Test
    void aPossessiveInAPhraseIsItsOwnWordAsInTheSentence() {
        // the tokenizer gives "People 's Liberation Army"; Phoenix spells "PEOPLE'S_LIBERATION_ARMY"
        ActorDictionary d = ActorDictionary.read("t.actors", new StringReader(
                "PEOPLES_LIBERATION_ARMY [CHNMIL]\n+PEOPLE'S_LIBERATION_ARMY\n+PEOPLE's_LIBERATION_ARMY_NAVY\n"
                        + "FRIENDS'_COMMITTEE [NGO]\n"));
        assertThat(d.longestMatch(words("THE PEOPLE 'S LIBERATION ARMY SAID"), 1).orElseThrow().length())
                .isEqualTo(4);
        assertThat(d.longestMatch(words("PEOPLE 'S LIBERATION ARMY NAVY"), 0).orElseThrow().length()).isEqualTo(5);
        assertThat(d.longestMatch(words("FRIENDS ' COMMITTEE"), 0).orElseThrow().length()).isEqualTo(3);
        assertThat(d.longestMatch(words("PEOPLE'S LIBERATION ARMY"), 0)).as("as the tokenizer never writes it")
                .isEmpty();
    }

    @Test
    void longestMatchOverSynonyms() {
        List<String> sent = words("THE ISLAMIC REPUBLIC OF AFGHANISTAN SAID");
        ActorMatch m = dict().longestMatch(sent, 1).orElseThrow();
        assertThat(m.length()).isEqualTo(4);
        assertThat(m.end()).isEqualTo(5);
        assertThat(m.entry().name()).isEqualTo("AFGHANISTAN");
        assertThat(m.entry().codeOn(LocalDate.of(2020, 1, 1))).contains("AFG");
        assertThat(m.entry().isDated()).isFalse();
        assertThat(dict().longestMatch(sent, 0)).isEmpty();
        assertThat(dict().longestMatch(words("AFGHAN TROOPS"), 0).orElseThrow().length()).isEqualTo(1);
        assertThat(dict().longestMatch(words("AFGHANS"), 0)).as("whole tokens only").isEmpty();
        assertThat(dict().longestMatch(words("THE U.S. 'S ENVOY"), 1).orElseThrow().entry().type())
                .isEqualTo(ActorType.PLACE);
    }

    @Test
    void dateRestrictionsChosenByDateWithInclusiveBounds() {
        ActorEntry sam = dict().longestMatch(words("SAM GAMGEE"), 0).orElseThrow().entry();
        assertThat(sam.isDated()).isTrue();
        assertThat(sam.isPerson()).isTrue();
        assertThat(sam.source()).isEqualTo("t.actors:6");
        assertThat(sam.codeOn(LocalDate.of(2008, 1, 19))).contains("HOBCIV");
        assertThat(sam.codeOn(LocalDate.of(2008, 1, 20))).as("shared boundary: first listed").contains("HOBCIV");
        assertThat(sam.codeOn(LocalDate.of(2008, 1, 21))).contains("HOBMIL");
        assertThat(sam.codeOn(LocalDate.of(2010, 1, 9))).as("first listed overrides later").contains("ORCHOB");
        assertThat(sam.codeOn(LocalDate.of(2010, 1, 12))).contains("ORCHOB");
        assertThat(sam.codeOn(LocalDate.of(2010, 1, 13))).contains("HOBMIL");
        assertThat(sam.codeOn(LocalDate.of(2012, 11, 9))).contains("HOBMIL");
        assertThat(sam.codeOn(LocalDate.of(2012, 11, 10))).as("gap: default").contains("HOB");
        assertThat(sam.codeOn(LocalDate.of(2013, 1, 19))).as("YYMMDD 13 is 2013").contains("HOBELI");
    }

    @Test
    void sharedRestrictionsForSynonymsAndTwoDigitCentury() {
        ActorEntry taraki = dict().longestMatch(words("NUR MOHAMMAD TARAKI"), 0).orElseThrow().entry();
        assertThat(taraki.name()).isEqualTo("ABDUL QADIR");
        assertThat(taraki.synonyms()).containsExactly("NUR MOHAMMAD TARAKI");
        assertThat(taraki.codeOn(LocalDate.of(1962, 1, 1))).as("62 is 1962").contains("AFGELI");
        assertThat(taraki.codeOn(LocalDate.of(1978, 4, 29))).contains("AFGGOV");
        assertThat(taraki.codeOn(LocalDate.of(1961, 12, 31))).as("undated [AFGELI] is the default").contains("AFGELI");
        assertThat(ActorDictionary.parseDate(null, "300101")).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(ActorDictionary.parseDate(null, "310101")).isEqualTo(LocalDate.of(1931, 1, 1));
    }

    @Test
    void nullCodesAndInlineRestrictions() {
        ActorEntry prince = dict().longestMatch(words("PRINCE OF DOL AMROTH"), 0).orElseThrow().entry();
        assertThat(prince.codeOn(LocalDate.of(1995, 6, 30))).isEmpty();
        assertThat(prince.codeOn(LocalDate.of(1995, 7, 1))).contains("DOL");
        ActorEntry solana = dict().longestMatch(words("JAVIER SOLANA"), 0).orElseThrow().entry();
        assertThat(solana.codeOn(LocalDate.of(1995, 12, 10))).contains("IGOEUREEC");
        assertThat(solana.codeOn(LocalDate.of(1999, 10, 6))).contains("IGOWSTNAT");
        assertThat(solana.codeOn(LocalDate.of(2001, 1, 1))).isEmpty();
        ActorEntry reuters = dict().longestMatch(words("REUTERS"), 0).orElseThrow().entry();
        assertThat(reuters.codeOn(LocalDate.of(2001, 1, 1))).isEmpty();
        assertThat(dict().entries().map(ActorEntry::name)).hasSize(7);
    }

    @Test
    void laterFilesOverrideEqualPhrases() {
        ActorDictionary base = dict();
        var extra = List.of(ActorDictionary.lines("mine.actors", new StringReader("SAM_GAMGEE [SHR]\n")));
        ActorDictionary both = base.plus(extra);
        assertThat(both.longestMatch(words("SAM GAMGEE"), 0).orElseThrow().entry().codeOn(LocalDate.of(2009, 1, 1)))
                .contains("SHR");
        assertThat(both.longestMatch(words("AFGHAN"), 0)).isPresent();
        assertThat(base.longestMatch(words("SAM GAMGEE"), 0).orElseThrow().entry().source()).isEqualTo("t.actors:6");
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("X [A]\n\t[B 990231-991231]", 2, "bad date '990231'"),
                Arguments.of("X [A]\n\t[B 9902-991231]", 2, "bad date '9902'"),
                Arguments.of("X [A]\n\t[B 991231-990101]", 2, "ends before it starts"),
                Arguments.of("X [A]\n\t[B ~990101]", 2, "bad code or date restriction"),
                Arguments.of("X [A]\n\t[B]", 2, "second default code [B]; the first was [A] at t.actors:1"),
                Arguments.of("X [A]\n\tY", 2, "indented line must be a date restriction"),
                Arguments.of("+Y", 1, "before any primary phrase"),
                Arguments.of("X [A]\n[B >990101]", 2, "must be indented with a tab"),
                Arguments.of("X [A] extra", 1, "unexpected text 'extra'"),
                Arguments.of("X [A #@ type=person", 1, "missing ']'"),
                Arguments.of("X [A] #@ kind=person", 1, "unknown attribute key 'kind'"),
                Arguments.of("X [A] #@ type=robot", 1, "unknown type 'robot'"),
                Arguments.of("X [A]\n+Y #@ type=person", 2, "only allowed on a primary phrase line"),
                Arguments.of("X [A]\n+Y [B]", 2, "must not carry a code"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedLinesNameFileLineAndProblem(String text, int line, String problem) {
        assertThatThrownBy(() -> ActorDictionary.read("t.actors", new StringReader(text)))
                .isInstanceOf(DictionaryFormatException.class)
                .hasMessageStartingWith("t.actors:" + line + ": ")
                .hasMessageContaining(problem);
    }

    @Test
    void aFileWithABadByteNamesTheLineItIsOn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("extra.actors.txt");
        byte[] head = "GONDOR [GON]\nROHAN [ROH]\nTHE ".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "OMEN [ROH]\nMORDOR [MOR]\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC9; // Latin-1 'É': not UTF-8
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        Files.write(file, bytes);
        assertThatThrownBy(() -> ActorDictionary.read(file)).isInstanceOf(DictionaryFormatException.class)
                .hasMessage("extra.actors.txt:3: not UTF-8 (malformed byte at byte 5 of the line)");
    }
}
