package org.saydo.dict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class VerbDictionaryTest {

    private static final String DICT = String.join("\n",
            "# test verbs",
            "&CURRENCY",
            "+DOLLAR",
            "+PENNY",
            "+BOSS",
            "+CASH_",
            "+SWISS_FRANC",
            "&AUXVERB_",
            "+WILL",
            "+IS_TO",
            "&MONEY2",
            "+&CURRENCY",
            "+GOLD",
            "",
            "--- GRANT [070] ---",
            "GRANT",
            "GIVE {GAVE GIVEN GIVING GIVES}  # irregular",
            "CONTRIBUTE [071]",
            "+ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]",
            "WIRE_+TAP",
            "- * &CURRENCY [071] # GIVE money",
            "- $ * {FINANCIAL AID} (TO +) [073:---]",
            "- % &AUXVERB * (FOR {SUICIDE &CURRENCY}) (WITH) ^ [042:043]",
            "- IN_* [075]",
            "",
            "--- CALL  ---",
            "CALL",
            "- * [---]");

    private static VerbDictionary dict() {
        return VerbDictionary.read("t.verbs", new StringReader(DICT));
    }

    @Test
    void synsetsGetAutomaticPluralsExceptWithUnderscore() {
        assertThat(dict().synset("&CURRENCY")).containsExactlyInAnyOrder("DOLLAR", "DOLLARS", "PENNY", "PENNIES",
                "BOSS", "BOSSES", "CASH", "SWISS FRANC", "SWISS FRANCS");
        assertThat(dict().synset("AUXVERB")).containsExactlyInAnyOrder("WILL", "IS TO");
        assertThat(dict().synset("MONEY2")).contains("DOLLARS", "GOLD", "GOLDS").hasSize(11);
        assertThat(dict().synset("NOPE")).isEmpty();
    }

    @Test
    void regularFormsAreGeneratedWithoutDoubling() {
        VerbEntry grant = dict().lookup("GRANTED").get(0);
        assertThat(grant.forms()).containsExactly("GRANT", "GRANTS", "GRANTED", "GRANTING");
        assertThat(grant.code()).isEqualTo("070");
        assertThat(grant.ownCode()).isFalse();
        assertThat(grant.block()).isEqualTo("GRANT");
        assertThat(grant.source()).isEqualTo("t.verbs:16");
        VerbEntry contribute = dict().lookup("CONTRIBUTING").get(0);
        assertThat(contribute.forms()).containsExactly("CONTRIBUTE", "CONTRIBUTES", "CONTRIBUTED", "CONTRIBUTING");
        assertThat(contribute.code()).isEqualTo("071");
        assertThat(contribute.ownCode()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"STOP,STOPS,STOPED,STOPING", "CARRY,CARRIES,CARRIED,CARRYING", "PLAY,PLAYS,PLAYED,PLAYING",
        "PUSH,PUSHES,PUSHED,PUSHING", "AGREE,AGREES,AGREED,AGREEING", "TIE,TIES,TIED,TYING",
        "RAISE,RAISES,RAISED,RAISING", "FIX,FIXES,FIXED,FIXING"})
    void verbFormRules(String base, String s, String ed, String ing) {
        assertThat(Words.verbForms(base)).containsExactly(base, s, ed, ing);
    }

    @Test
    void irregularFormsReplaceRegularOnes() {
        VerbEntry give = dict().lookup("GAVE").get(0);
        assertThat(give.forms()).containsExactly("GIVE", "GAVE", "GIVEN", "GIVING", "GIVES");
        assertThat(dict().lookup("GIVED")).isEmpty();
        assertThat(dict().lookupLemma("GIVE")).containsExactly(give);
    }

    @Test
    void multiWordVerbsRecordExtraWordsAndSide() {
        VerbEntry ask = dict().lookup("ASKED").get(0);
        assertThat(ask.verb()).isEqualTo("ASK");
        assertThat(ask.after()).containsExactly("FOR");
        assertThat(ask.before()).isEmpty();
        assertThat(ask.forms()).containsExactly("ASK", "ASKED", "ASKING", "ASKS");
        assertThat(ask.code()).isEqualTo("020");
        assertThat(ask.phrase()).isEqualTo("ASK FOR");
        assertThat(dict().lookup("TAPPED")).as("no automatic doubling").isEmpty();
        VerbEntry tap = dict().lookup("TAPED").get(0);
        assertThat(tap.before()).containsExactly("WIRE");
        assertThat(tap.forms()).containsExactly("TAP", "TAPS", "TAPED", "TAPING");
    }

    @Test
    void patternsKeepEveryElementKind() {
        List<VerbPattern> pats = dict().lookup("GRANT").get(0).patterns();
        assertThat(pats).hasSize(4);
        VerbPattern money = pats.get(0);
        assertThat(money.pre()).isEmpty();
        assertThat(money.post()).hasSize(1);
        var noun = (PatternElement.Noun) money.post().get(0);
        assertThat(noun.head()).isInstanceOf(Term.Synset.class);
        assertThat(noun.head().matches("PENNIES")).isTrue();
        assertThat(money.code()).isEqualTo("071");
        assertThat(money.altCode()).isNull();
        assertThat(money.comment()).isEqualTo("GIVE money");
        assertThat(money.rule()).isEqualTo("t.verbs:21 - * &CURRENCY [071]");

        VerbPattern aid = pats.get(1);
        assertThat(aid.pre()).containsExactly(new PatternElement.Actor(PatternElement.Role.SOURCE));
        var fa = (PatternElement.Noun) aid.post().get(0);
        assertThat(fa.head()).isEqualTo(new Term.Word("AID"));
        assertThat(fa.modifiers()).containsExactly(new Term.Word("FINANCIAL"));
        assertThat(aid.post().get(1)).isEqualTo(new PatternElement.Prep(new Term.Word("TO"),
                List.of(new PatternElement.Actor(PatternElement.Role.TARGET))));
        assertThat(aid.code()).isEqualTo("073");
        assertThat(aid.altCode()).isEqualTo("---");

        VerbPattern third = pats.get(2);
        assertThat(third.pre()).hasSize(2);
        assertThat(third.pre().get(0)).isEqualTo(new PatternElement.Actor(PatternElement.Role.COMPOUND));
        assertThat(third.post().get(2)).isEqualTo(new PatternElement.Actor(PatternElement.Role.SKIP));
        var prep = (PatternElement.Prep) third.post().get(0);
        var suicide = (PatternElement.Noun) prep.objects().get(0);
        assertThat(suicide.modifiers()).containsExactly(new Term.Word("SUICIDE"));
        assertThat(suicide.head().toString()).isEqualTo("&CURRENCY");
        assertThat(third.post().get(1)).isEqualTo(new PatternElement.Prep(new Term.Word("WITH"), List.of()));
        assertThat(third.code()).isEqualTo("042");
        assertThat(third.altCode()).isEqualTo("043");

        VerbPattern legacy = pats.get(3); // TABARI 'IN_*'
        assertThat(legacy.pre()).containsExactly(new PatternElement.Noun(List.of(new Term.Word("IN"))));
        assertThat(legacy.post()).isEmpty();
    }

    @Test
    void barePrepositionsAfterTheVerbOpenPrepositionalPhrases() {
        String text = String.join("\n",
                "&PREPS_", "+ON", "+AGAINST",
                "&MIXED", "+ON", "+RESOLUTION",
                "--- CLASH [223] ---", "CLASH",
                "- * OVER EFFORTS [121]",
                "- * &PREPS RESOLUTION [102]",
                "- * FIRST VISIT TO ^ + [042:043]",
                "- * CALL ON + TO RESIGN [0241]",
                "- * {FINANCIAL AID} FOR (WITH $) [071]",
                "- * MEMOS_ON_&MIXED FROM [911]",
                "- * DOWN NEWS [203]",
                "- * &MIXED [010]",
                "- OVER * [011]");
        List<VerbPattern> pats = VerbDictionary.read("t.verbs", new StringReader(text)).lookup("CLASH").get(0)
                .patterns();
        PatternElement.Noun efforts = noun("EFFORTS");
        assertThat(pats.get(0).post()).containsExactly(prep("OVER", efforts));

        var preposit = (PatternElement.Prep) pats.get(1).post().get(0);
        assertThat(preposit.preposition()).isInstanceOf(Term.Synset.class);
        assertThat(preposit.preposition().matches("AGAINST")).isTrue();
        assertThat(preposit.objects()).containsExactly(noun("RESOLUTION"));

        assertThat(pats.get(2).post()).containsExactly(noun("FIRST"), noun("VISIT"),
                prep("TO", new PatternElement.Actor(PatternElement.Role.SKIP),
                        new PatternElement.Actor(PatternElement.Role.TARGET)));
        assertThat(pats.get(3).post()).containsExactly(noun("CALL"),
                prep("ON", new PatternElement.Actor(PatternElement.Role.TARGET)), prep("TO", noun("RESIGN")));
        // a bare preposition ends where a parenthesised phrase begins, and braces stay one noun
        assertThat(pats.get(4).post()).containsExactly(
                new PatternElement.Noun(List.of(new Term.Word("FINANCIAL"), new Term.Word("AID"))), prep("FOR"),
                prep("WITH", new PatternElement.Actor(PatternElement.Role.SOURCE)));
        // TABARI glues words with '_': a glued preposition is cut out and opens its own phrase
        var memos = pats.get(5).post();
        assertThat(memos).hasSize(3);
        assertThat(memos.get(0)).isEqualTo(noun("MEMOS"));
        assertThat(((PatternElement.Prep) memos.get(1)).preposition()).isEqualTo(new Term.Word("ON"));
        assertThat(((PatternElement.Prep) memos.get(1)).objects()).hasSize(1);
        assertThat(memos.get(2)).isEqualTo(prep("FROM"));
        // verb particles, synsets that are not all prepositions, and words before the verb stay nouns
        assertThat(pats.get(6).post()).containsExactly(noun("DOWN"), noun("NEWS"));
        assertThat(pats.get(7).post().get(0)).isInstanceOf(PatternElement.Noun.class);
        assertThat(pats.get(8).pre()).containsExactly(noun("OVER"));
    }

    private static PatternElement.Noun noun(String word) {
        return new PatternElement.Noun(List.of(new Term.Word(word)));
    }

    private static PatternElement.Prep prep(String word, PatternElement... objects) {
        return new PatternElement.Prep(new Term.Word(word), List.of(objects));
    }

    @Test
    void blockWithoutCodeHasNullCode() {
        VerbEntry call = dict().lookup("CALLS").get(0);
        assertThat(call.code()).isEqualTo("---");
        assertThat(call.patterns().get(0).isNull()).isTrue();
    }

    @Test
    void laterFilesUseEarlierSynsets() {
        VerbDictionary a = VerbDictionary.read("t.verbs", new StringReader(DICT));
        assertThat(a.entries()).hasSize(6);
    }

    static Stream<Arguments> malformed() {
        String head = "--- A [010] ---\nSAY\n";
        return Stream.of(
                Arguments.of(head + "- * &NOPE [011]", 3, "undefined synset &NOPE"),
                Arguments.of(head + "- * AID", 3, "pattern without [CODE]"),
                Arguments.of(head + "- AID [011]", 3, "exactly one '*'"),
                Arguments.of(head + "- * (TO AID [011]", 3, "missing ')'"),
                Arguments.of(head + "- * {AID [011]", 3, "missing '}'"),
                Arguments.of(head + "- * AID) [011]", 3, "unbalanced ')'"),
                Arguments.of(head + "- * (FOR (TO AID)) [011]", 3, "nested '('"),
                Arguments.of(head + "- * aid [011]", 3, "bad word 'aid'"),
                Arguments.of(head + "- * AID [011] extra", 3, "unexpected text 'extra'"),
                Arguments.of(head + "- * AID [011:]", 3, "empty code after ':'"),
                Arguments.of("SAY", 1, "verb outside a verb block"),
                Arguments.of("- * AID [011]", 1, "pattern outside a verb block"),
                Arguments.of("--- A [010] ---\n+SAY_+IT", 2, "more than one '+'"),
                Arguments.of("--- A [010] ---\nSAY {SAID", 2, "missing '}'"),
                Arguments.of("--- A [010] ---\nSAY [010", 2, "missing ']'"),
                Arguments.of("--- [010] ---", 1, "block header without a name"),
                Arguments.of("&X\n+A\n&X\n+B", 3, "synset &X already defined at t.verbs:1"),
                Arguments.of("&X\n+&Y", 2, "undefined synset &Y"),
                Arguments.of("~ a SAY", 1, "bad transformation"),
                Arguments.of(head + "~ a (a b HIT) SAY = a b 015", 3, "unknown verb HIT"),
                Arguments.of("<!-- open\n--- A [010] ---", 1, "never closed"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedLinesNameFileLineAndProblem(String text, int line, String problem) {
        assertThatThrownBy(() -> VerbDictionary.read("t.verbs", new StringReader(text)))
                .isInstanceOf(DictionaryFormatException.class)
                .hasMessageStartingWith("t.verbs:" + line + ": ")
                .hasMessageContaining(problem);
    }
}
