package org.saydo.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.saydo.doc.Document;
import org.saydo.nlp.Budget;
import org.saydo.nlp.BudgetExceededException;
import org.saydo.nlp.ParsedDocument;
import org.saydo.nlp.ParsedSentence;
import org.saydo.nlp.TimeExpression;
import org.saydo.nlp.Token;

class CoreNlpParserTest {

    private static CoreNlpParser parser;

    @BeforeAll
    static void load() {
        parser = new CoreNlpParser();
    }

    @Test
    void sentencesTokensAndArcsPointIntoTheDocument() {
        String text = "Putin met Witkoff in Moscow on Tuesday.\n\nRussia launched drones at Kyiv last week.";
        ParsedDocument parsed = parser.parse(Document.of("t", LocalDate.of(2025, 12, 3), text));

        assertThat(parsed.sentences()).hasSize(2);
        ParsedSentence first = parsed.sentences().get(0);
        assertThat(first.text()).isEqualTo("Putin met Witkoff in Moscow on Tuesday.");
        for (Token t : first.tokens()) {
            assertThat(text.substring(t.begin(), t.end())).isEqualTo(t.word());
        }
        int met = 1;
        assertThat(first.token(met).lemma()).isEqualTo("meet");
        assertThat(first.children(met, "nsubj")).containsExactly(0);
        assertThat(first.children(met, "obj")).containsExactly(2);
        assertThat(first.roots()).containsExactly(met);
    }

    @Test
    void aHeadlineAStandfirstAndATimeStampAreSentencesOfTheirOwn() {
        String text = "Russia pounds Kharkiv with glide bombs\nUkraine says it downed 30 drones overnight\n\n"
                + "09:40 GMT\nHezbollah said it fired rockets at an Israeli base.";
        ParsedDocument parsed = parser.parse(Document.of("t", LocalDate.of(2024, 3, 6), text));

        assertThat(parsed.sentences()).extracting(ParsedSentence::text).containsExactly(
                "Russia pounds Kharkiv with glide bombs", "Ukraine says it downed 30 drones overnight", "09:40 GMT",
                "Hezbollah said it fired rockets at an Israeli base.");
    }

    @Test
    void aHardWrappedParagraphKeepsItsSentencesAcrossLineBreaks() {
        String text = "North Korea fired a ballistic missile into the sea off its east coast on\n"
                + "Wednesday, the South Korean military said. The launch came two days after\n"
                + "Seoul and Washington began annual drills.";
        ParsedDocument parsed = parser.parse(Document.of("t", LocalDate.of(2024, 3, 6), text));

        assertThat(CoreNlpParser.hardWrapped(text)).isTrue();
        assertThat(parsed.sentences()).hasSize(2);
        assertThat(parsed.sentences().get(0).text()).endsWith("the South Korean military said.");
    }

    @Test
    void aWeaponBeforeANounIsItsModifierNotAVerb() {
        // the tagger reads "drone" after a proper noun as a verb ("Russian drone attack"), and the sentence loses its
        // subject; with a plural subject before it, the weapon's name is still a verb
        String text = "A Russian drone attack on Odesa killed two people. Rebels shell towns every night.";
        ParsedDocument parsed = assertRepaired(text, 2, "drone", "NN", 6, 3);

        ParsedSentence second = parsed.sentences().get(1);
        assertThat(second.token(1).pos()).startsWith("VB");
        assertThat(second.roots()).containsExactly(1);
    }

    @Test
    void aWeaponBeforeAPastVerbIsItsSubject() {
        // "Ukrainian" is tagged as a proper noun, "drone" after it as a verb, and "struck" hung on it as a loose
        // dependent with no subject; rebels who "shell" before a past verb's clause keep their verb
        String text = "A Ukrainian drone struck a Russian air base. Rebels shell towns that Russia captured.";
        ParsedDocument parsed = assertRepaired(text, 2, "drone", "NN", 3, 2);

        assertThat(parsed.sentences().get(1).token(1).pos()).startsWith("VB");
    }

    @Test
    void aGerundBetweenAnArticleAndOfIsANoun() {
        // "shelling" was tagged VBG and made a modifier of "Kherson", so the sentence's subject was "The"; a gerund
        // with no article before it stays a verb
        String text = "The shelling of Kherson killed two people. Shelling towns is a crime.";
        ParsedDocument parsed = assertRepaired(text, 1, "shelling", "NN", 4, 1);

        assertThat(parsed.sentences().get(0).token(1).lemma()).isEqualTo("shelling");
        assertThat(parsed.sentences().get(1).token(0).pos()).isEqualTo("VBG");
    }

    @Test
    void aBodysNounReadAsAnAdjectiveBeforeAVerbIsTheSubject() {
        // "military" was tagged JJ and "accused" VBN, and the sentence became one noun phrase headed by "Hezbollah";
        // "military" before a noun ("military spending") stays an adjective
        String text = "Israel's military accused Hezbollah of firing rockets. Russia's military spending rose.";
        ParsedDocument parsed = assertRepaired(text, 2, "military", "NN", 3, 2);

        assertThat(parsed.sentences().get(0).token(3).pos()).isEqualTo("VBD");
        assertThat(parsed.sentences().get(1).token(2).pos()).isEqualTo("JJ");
    }

    @Test
    void aForceGerundBeforeAPastVerbIsItsSubject() {
        // "shelling" after a nationality was tagged VBG and made the clause's verb, with "damaged" hung on it and
        // no subject, so "Russian shelling damaged a hospital" coded nothing; a gerund that takes an object stays
        // a verb
        String text = "Russian shelling damaged a hospital in Kherson. Heavy bombing destroyed the bridge. "
                + "The army kept shelling towns.";
        ParsedDocument parsed = assertRepaired(text, 1, "shelling", "NN", 2, 1);

        ParsedSentence second = parsed.sentences().get(1);
        assertThat(second.token(1).pos()).isEqualTo("NN");
        assertThat(second.children(2, "nsubj")).containsExactly(1);
        assertThat(parsed.sentences().get(2).token(3).pos()).isEqualTo("VBG");
    }

    @Test
    void aDrillNounAfterTheDrillsNameIsAPluralNotTheNamesVerb() {
        // "exercises" after the drills' name was tagged VBZ, the name its subject, and "launched" had no object, so
        // the drills coded nothing
        String text = "China launched the Strait Thunder exercises around Taiwan.";
        ParsedSentence drills = parser.parse(Document.of("t", LocalDate.of(2025, 4, 2), text)).sentences().get(0);

        Token exercises = drills.tokens().stream().filter(t -> t.word().equals("exercises")).findFirst().orElseThrow();
        assertThat(exercises.pos()).isEqualTo("NNS");
        assertThat(drills.children(1, "obj")).containsExactly(exercises.index());
    }

    @Test
    void airStrikesFirstInASentenceAreANounNotAVerb() {
        // "Air" was tagged as a proper noun and "strikes" as its verb, with "killed" a loose dependent
        assertRepaired("Air strikes on Odesa killed four people.", 1, "strikes", "NNS", 4, 1);
    }

    @Test
    void aThirdPersonVerbAfterAnArticleIsAPluralNoun() {
        // "the/DT launches/VBZ": "called" had no object and "launches" was the verb of "a clear breach"
        assertRepaired("Seoul called the launches a clear breach of international law.", 3, "launches", "NNS", 1, 0);
    }

    /**
     * Parses {@code text} (published 2024-06-05) and checks its first sentence's repair: token {@code word} is
     * {@code form} tagged {@code pos}, and token {@code verb} is the sentence's root with token {@code subject} as
     * its subject.
     */
    private ParsedDocument assertRepaired(String text, int word, String form, String pos, int verb, int subject) {
        ParsedDocument parsed = parser.parse(Document.of("t", LocalDate.of(2024, 6, 5), text));
        ParsedSentence first = parsed.sentences().get(0);
        assertThat(first.token(word).word()).isEqualTo(form);
        assertThat(first.token(word).pos()).isEqualTo(pos);
        assertThat(first.roots()).containsExactly(verb);
        assertThat(first.children(verb, "nsubj")).containsExactly(subject);
        return parsed;
    }

    @Test
    void aHyphenatedGivenNameIsOneProperNounAndTheSubject() {
        // "Duck-soo" was split and tagged "Duck/NN -/: soo/RB", and "Jae-in" "Jae/NNP -/HYPH in/IN": the name was
        // cut in two and the sentence had no subject; a compound with a participle after the hyphen stays one
        String text = "Prime Minister Han Duck-soo accused Pyongyang. Moon Jae-in met Kim. A Tel Aviv-bound flight "
                + "was cancelled.";
        List<ParsedSentence> sentences = parser.parse(Document.of("t", LocalDate.of(2024, 6, 1), text)).sentences();

        ParsedSentence han = sentences.get(0);
        assertThat(han.token(3).word()).isEqualTo("Duck");
        assertThat(List.of(han.token(3).pos(), han.token(5).pos())).containsExactly("NNP", "NNP");
        int accused = 6;
        assertThat(han.token(accused).word()).isEqualTo("accused");
        assertThat(han.children(accused, "nsubj")).hasSize(1);
        ParsedSentence moon = sentences.get(1);
        assertThat(moon.token(3).word()).isEqualTo("in");
        assertThat(moon.token(3).pos()).isEqualTo("NNP");
        ParsedSentence flight = sentences.get(2);
        assertThat(flight.token(4).word()).isEqualTo("bound");
        assertThat(flight.token(4).pos()).isNotEqualTo("NNP");
    }

    @Test
    void aDatelinesCapitalsAreAPlaceNotTheLeadsSubject() {
        // read as common nouns, "TEL AVIV" became the subject of "launched" and Iran a modifier of the date
        String text = "TEL AVIV, April 14 (Saydo wire) - Iran launched more than 300 drones and missiles at Israel.";
        ParsedSentence s = parser.parse(Document.of("t", LocalDate.of(2024, 4, 15), text)).sentences().get(0);

        assertThat(s.token(0).pos()).isEqualTo("NNP");
        assertThat(s.token(1).pos()).isEqualTo("NNP");
        int launched = 11;
        assertThat(s.token(launched).word()).isEqualTo("launched");
        assertThat(s.children(launched, "nsubj")).containsExactly(10);
    }

    @Test
    void relativeDatesResolveAgainstThePublicationDate() {
        // 2025-12-03 is a Wednesday: "on Tuesday" is the day before; "last week" is the ISO week before.
        String text = "Putin met Witkoff on Tuesday. Russia launched drones last week. They spoke in November 2025.";
        ParsedDocument parsed = parser.parse(Document.of("t", LocalDate.of(2025, 12, 3), text));

        assertThat(dates(parsed.sentences().get(0))).containsExactly(LocalDate.of(2025, 12, 2));
        assertThat(dates(parsed.sentences().get(1))).containsExactly(LocalDate.of(2025, 11, 24));
        assertThat(dates(parsed.sentences().get(2))).containsExactly(LocalDate.of(2025, 11, 1));
    }

    @Test
    void aMonthInAPastTenseSentenceIsTheLastOneButADeadlineLooksAhead() {
        // Published 2021-04-23: "in early March" told in the past is March 2021; "by May 1" is the coming May 1,
        // not 2020's, though the sentence's verb is in the past tense.
        String text = "Fighting flared in early March. Shoigu ordered the units back to their bases by May 1.";
        ParsedDocument parsed = parser.parse(Document.of("t", LocalDate.of(2021, 4, 23), text));

        assertThat(dates(parsed.sentences().get(0))).containsExactly(LocalDate.of(2021, 3, 1));
        assertThat(dates(parsed.sentences().get(1))).containsExactly(LocalDate.of(2021, 5, 1));
    }

    @Test
    void aPartOfTheDayNamesNoDayButItsWeekdayDoes() {
        // Published Friday 2019-03-15: "before dawn" alone is no day (SUTime would put it on the 15th); "on
        // Wednesday" beside it is 2019-03-13; "this morning" and "last night" name their days.
        String text = "Rebels shelled the town before dawn on Wednesday. Militias raided the camp at night. "
                + "The minister spoke this morning. Guards fired on the crowd last night.";
        ParsedDocument parsed = parser.parse(Document.of("t", LocalDate.of(2019, 3, 15), text));

        assertThat(dates(parsed.sentences().get(0))).contains(LocalDate.of(2019, 3, 13)).doesNotContain(
                LocalDate.of(2019, 3, 15));
        assertThat(dates(parsed.sentences().get(1))).containsOnlyNulls();
        assertThat(dates(parsed.sentences().get(2))).containsExactly(LocalDate.of(2019, 3, 15));
        assertThat(dates(parsed.sentences().get(3))).containsExactly(LocalDate.of(2019, 3, 14));
        assertThat(CoreNlpParser.partOfDay("before dawn")).isTrue();
        assertThat(CoreNlpParser.partOfDay("in the early morning")).isTrue();
        assertThat(CoreNlpParser.partOfDay("Tuesday evening")).isFalse();
        assertThat(CoreNlpParser.partOfDay("this morning")).isFalse();
    }

    @Test
    void aWeekdayWithItsPartOfTheDayIsInTheReportsWeekNotAYearBefore() {
        // Published Monday 2024-04-15: SUTime reads "overnight on Saturday" and "late Friday night" as the coming
        // Saturday and Friday, which the past tense took back a whole year (2023-04-20, 2023-04-19); they are the
        // last Saturday (2024-04-13) and Friday (2024-04-12) before the report.
        String text = "Iran launched drones at Israel overnight on Saturday. Militias shelled the base late Friday "
                + "night. Rebels raided the camp early Friday morning.";
        ParsedDocument parsed = parser.parse(Document.of("t", LocalDate.of(2024, 4, 15), text));

        assertThat(dates(parsed.sentences().get(0))).containsExactly(LocalDate.of(2024, 4, 13));
        assertThat(dates(parsed.sentences().get(1))).containsExactly(LocalDate.of(2024, 4, 12));
        assertThat(dates(parsed.sentences().get(2))).containsExactly(LocalDate.of(2024, 4, 12));
        assertThat(CoreNlpParser.weekday("late on Saturday night", LocalDate.of(2024, 4, 15), false))
                .isEqualTo(LocalDate.of(2024, 4, 13));
        assertThat(CoreNlpParser.weekday("overnight on Tuesday", LocalDate.of(2024, 4, 15), true))
                .isEqualTo(LocalDate.of(2024, 4, 16));
    }

    @Test
    void thatEveningKeepsItsThatSoTheCoderCanCountFromTheDayNamedBefore() {
        // SUTime tags only "evening", which alone names no day; "That evening" and "the same night" say that they
        // are the day named before, and keep their words (on the report's day until the coder counts them)
        String text = "That evening, drones hit a refinery. Rebels shelled the town the same night.";
        ParsedDocument parsed = parser.parse(Document.of("t", LocalDate.of(2024, 5, 15), text));

        assertThat(parsed.sentences().get(0).times()).extracting(TimeExpression::text).containsExactly("That evening");
        assertThat(parsed.sentences().get(1).times()).extracting(TimeExpression::text)
                .containsExactly("the same night");
    }

    @Test
    void sentenceWithoutTemporalWordHasNoTimes() {
        ParsedDocument parsed = parser.parse(Document.of("t", LocalDate.of(2025, 12, 3), "Russia attacked Ukraine."));
        assertThat(parsed.sentences().get(0).times()).isEmpty();
    }

    @Test
    void timexValuesTurnIntoDays() {
        assertThat(CoreNlpParser.day("2025-12-02")).isEqualTo(LocalDate.of(2025, 12, 2));
        assertThat(CoreNlpParser.day("2025-12-02T10:00")).isEqualTo(LocalDate.of(2025, 12, 2));
        assertThat(CoreNlpParser.day("2025-11")).isEqualTo(LocalDate.of(2025, 11, 1));
        assertThat(CoreNlpParser.day("2025-W49")).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(CoreNlpParser.day("2024-SU")).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(CoreNlpParser.day("2024-WI")).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(CoreNlpParser.day("PAST_REF")).isNull();
        assertThat(CoreNlpParser.day("P1W")).isNull();
    }

    @Test
    void bareWeekdaysMeanTheLastSuchDayUnlessTheSentenceLooksAhead() {
        LocalDate wednesday = LocalDate.of(2025, 12, 3);
        assertThat(CoreNlpParser.weekday("on Tuesday", wednesday, false)).isEqualTo(LocalDate.of(2025, 12, 2));
        assertThat(CoreNlpParser.weekday("Wednesday", wednesday, false)).isEqualTo(wednesday);
        assertThat(CoreNlpParser.weekday("Thursday evening", wednesday, false)).isEqualTo(LocalDate.of(2025, 11, 27));
        assertThat(CoreNlpParser.weekday("on Friday", wednesday, true)).isEqualTo(LocalDate.of(2025, 12, 5));
        assertThat(CoreNlpParser.weekday("next Tuesday", wednesday, false)).isEqualTo(LocalDate.of(2025, 12, 9));
        assertThat(CoreNlpParser.weekday("last Wednesday", wednesday, true)).isEqualTo(LocalDate.of(2025, 11, 26));
        assertThat(CoreNlpParser.weekday("Tuesday, 2 December", wednesday, false)).isNull();
        assertThat(CoreNlpParser.weekday("last week", wednesday, false)).isNull();
    }

    @Test
    void randomTextNeverBreaksOffsetsAndIsDeterministic() {
        Random random = new Random(42);
        String alphabet = "abcdefghij KLMNOP.,;:!?\"'“”‘’()-–—\n\t0123456789 Tuesday week Putin said ";
        for (int round = 0; round < 30; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(300);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            Document doc = Document.of("r", LocalDate.of(2025, 1, 1), text);
            ParsedDocument a = parser.parse(doc);
            ParsedDocument b = parser.parse(doc);
            assertThat(a).isEqualTo(b);
            for (ParsedSentence s : a.sentences()) {
                assertThat(s.begin()).isBetween(0, text.length());
                assertThat(s.end()).isBetween(s.begin(), text.length());
                for (Token t : s.tokens()) {
                    assertThat(t.begin()).isGreaterThanOrEqualTo(s.begin());
                    assertThat(t.end()).isLessThanOrEqualTo(s.end());
                }
                for (TimeExpression te : s.times()) {
                    assertThat(te.begin()).isGreaterThanOrEqualTo(s.begin());
                    assertThat(te.end()).isLessThanOrEqualTo(s.end());
                }
            }
        }
    }

    @Test
    void aSentenceLongerThanTheLimitIsCutIntoPiecesAtCommasWithAWarning() {
        // 10 units of 5 tokens ("troops crossed the river ,"), the last comma a full stop: 50 tokens. With a limit of
        // 20 the cuts come after the commas at tokens 20 and 40: pieces of 20, 20 and 10 tokens.
        String run = "troops crossed the river, ".repeat(10).strip();
        run = run.substring(0, run.length() - 1) + ".";
        String text = "Putin met Witkoff in Moscow. " + run + " Russia launched drones at Kyiv.";
        ParsedDocument parsed = parser.withBudget(new Budget(20, Duration.ofSeconds(60)))
                .parse(Document.of("t", LocalDate.of(2025, 12, 3), text));

        assertThat(parsed.warnings()).containsExactly("long-sentence: the sentence at characters 29-" + (29 + run.length())
                + " has 50 tokens, more than the limit of 20 (maxSentenceTokens); parsed as 3 pieces");
        assertThat(parsed.sentences()).extracting(ParsedSentence::index).containsExactly(0, 1, 2, 3, 4);
        assertThat(parsed.sentences()).extracting(s -> s.tokens().size()).containsExactly(6, 20, 20, 10, 6);
        assertThat(parsed.sentences().get(1).text()).isEqualTo("troops crossed the river, ".repeat(4).strip());
        assertThat(parsed.sentences().get(3).text()).endsWith("crossed the river.");
        for (ParsedSentence s : parsed.sentences()) {
            assertThat(text.substring(s.begin(), s.end())).isEqualTo(s.text());
            for (Token t : s.tokens()) {
                assertThat(text.substring(t.begin(), t.end())).isEqualTo(t.word());
            }
            assertThat(s.roots()).as("sentence %d is parsed", s.index()).isNotEmpty();
        }
        ParsedSentence last = parsed.sentences().get(4);
        assertThat(last.text()).isEqualTo("Russia launched drones at Kyiv.");
        assertThat(last.children(1, "nsubj")).containsExactly(0);
        assertThat(last.children(1, "obj")).containsExactly(2);
    }

    @Test
    void anOrdinaryDocumentHasNoWarning() {
        ParsedDocument parsed = parser.parse(Document.of("t", LocalDate.of(2025, 12, 3), "Russia attacked Ukraine."));
        assertThat(parsed.warnings()).isEmpty();
    }

    @Test
    void aDocumentPastItsTimeBudgetFailsNamingTheBudget() {
        // 50 sentences cannot be tagged and parsed within a millisecond; the deadline is checked before each one.
        String text = "Russia launched drones at Kyiv on Tuesday. ".repeat(50);
        CoreNlpParser hurried = parser.withBudget(new Budget(150, Duration.ofMillis(1)));
        assertThatThrownBy(() -> hurried.parse(Document.of("t", LocalDate.of(2025, 12, 3), text)))
                .isInstanceOf(BudgetExceededException.class)
                .hasMessageStartingWith("exceeded the time budget of 0.001 s per document (documentTime) with ")
                .hasMessageEndingWith(" of 50 sentences parsed");
    }

    private static List<LocalDate> dates(ParsedSentence s) {
        return s.times().stream().map(TimeExpression::date).toList();
    }

    @org.junit.jupiter.api.Test
    void splitGivesTheParsersSentencesWithoutAParse() {
        org.saydo.doc.Document d = org.saydo.doc.Document.of("t", null, "Russian forces shelled Kharkiv on Monday. "
                + "\"We will not give up,\" the mayor said.\n\nTalks resume in Geneva.");
        var parsed = parser.parse(d).sentences();
        var split = parser.split(d);
        org.assertj.core.api.Assertions.assertThat(split).extracting(s -> s.begin() + "-" + s.end())
                .containsExactlyElementsOf(parsed.stream().map(s -> s.begin() + "-" + s.end()).toList());
        org.assertj.core.api.Assertions.assertThat(split).extracting(org.saydo.nlp.ParsedSentence::text)
                .containsExactly("Russian forces shelled Kharkiv on Monday.", "\"We will not give up,\" the mayor said.",
                        "Talks resume in Geneva.");
        org.assertj.core.api.Assertions.assertThat(split).allSatisfy(s -> org.assertj.core.api.Assertions
                .assertThat(s.dependencies()).isEmpty());
    }

    // --- intent20: a headline's verb of intent read as a plural noun (HeadlineVerbs)

    @Test
    void aHeadlinesVowAfterAProperNounIsItsVerb() {
        // "Iran vows revenge against Israel": "vows" after a proper noun, in a headline with no other verb, is the
        // present tense whose subject is Iran and whose object is "revenge"; "Iran's vows" stays a noun
        String text = "Iran vows revenge against Israel\n\nIran's vows of revenge worried the region.";
        ParsedDocument parsed = parser.parse(Document.of("t", LocalDate.of(2024, 4, 2), text));

        ParsedSentence headline = parsed.sentences().get(0);
        assertThat(headline.token(1).word()).isEqualTo("vows");
        assertThat(headline.token(1).pos()).isEqualTo("VBZ");
        assertThat(headline.roots()).containsExactly(1);
        assertThat(headline.children(1, "nsubj")).containsExactly(0);
        assertThat(headline.children(1, "obj")).containsExactly(2);
        ParsedSentence body = parsed.sentences().get(1);
        assertThat(body.token(2).word()).isEqualTo("vows");
        assertThat(body.token(2).pos()).isEqualTo("NNS");
    }

    @Test
    void aHeadlinesPledgeToActTakesItsInfinitive() {
        // "Zelensky pledges to retake Crimea": the verb repaired, "to" is the infinitive's marker, not a preposition
        ParsedDocument parsed = parser.parse(Document.of("t", LocalDate.of(2024, 4, 2),
                "Zelensky pledges to retake Crimea"));

        ParsedSentence headline = parsed.sentences().get(0);
        assertThat(headline.token(1).pos()).isEqualTo("VBZ");
        assertThat(headline.token(2).pos()).isEqualTo("TO");
        assertThat(headline.children(1, "xcomp")).containsExactly(3);
    }
}
