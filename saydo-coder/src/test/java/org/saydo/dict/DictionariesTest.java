package org.saydo.dict;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionariesTest {

    @Test
    void defaultsAreShippedAndCached() {
        Dictionaries d = Dictionaries.defaults();
        assertThat(Dictionaries.defaults()).isSameAs(d);
        // CAMEO.2.0.txt has 4,668 patterns, four of them errata read as comments (two on undefined synsets, two one
        // verb's code written as a block pattern; FORMATS.md); saydo.verbs.txt
        // adds its own (counted by reading it after CAMEO.2.0.txt, whose synsets it uses).
        int saydo = Dictionaries.defaults().verbs().patternCount() - cameoOnly().patternCount();
        assertThat(cameoOnly().patternCount()).isEqualTo(4668 - 4);
        assertThat(saydo).isPositive();
        assertThat(d.verbs().patternCount()).isEqualTo(4668 - 4 + saydo);
        assertThat(d.verbs().lookupLemma("SAY")).isNotEmpty();
        List<String> sent = List.of("RUSSIAN", "PRESIDENT", "VLADIMIR", "PUTIN", "SAID");
        ActorMatch putin = d.actors().longestMatch(sent, 2).orElseThrow();
        assertThat(putin.length()).isEqualTo(2);
        assertThat(putin.entry().codeOn(LocalDate.of(2025, 1, 1))).contains("RUSGOV");
        assertThat(d.agents().longestMatch(sent, 1).orElseThrow().entry().apply("RUS")).startsWith("RUSGOV");
        assertThat(d.discards().match("The World Cup final was played")).isPresent();
    }

    private static VerbDictionary cameoOnly() {
        return VerbDictionary.read("CAMEO.2.0.txt", new java.io.InputStreamReader(
                Dictionaries.class.getResourceAsStream("/org/saydo/dict/CAMEO.2.0.txt"),
                java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void withActorsAddsUserEntriesThatWin(@TempDir Path dir) throws IOException {
        Path mine = dir.resolve("mine.actors.txt");
        Files.writeString(mine, "ILSE_TESTPERSON_ [USAELI] #@ type=person\n\t[USAGOV >20250120]\n"
                + "STEVE_WITKOFF_ [USABUS] #@ type=person\n");
        Dictionaries d = Dictionaries.defaults().withActors(List.of(mine));
        ActorEntry w = d.actors().longestMatch(List.of("ILSE", "TESTPERSON"), 0).orElseThrow().entry();
        assertThat(w.codeOn(LocalDate.of(2025, 12, 3))).contains("USAGOV");
        assertThat(w.codeOn(LocalDate.of(2024, 1, 1))).contains("USAELI");
        assertThat(w.isPerson()).isTrue();
        assertThat(w.source()).isEqualTo("mine.actors.txt:1");
        assertThat(Dictionaries.defaults().actors().longestMatch(List.of("ILSE", "TESTPERSON"), 0)).isEmpty();
        // the user's Witkoff replaces the shipped one
        assertThat(d.actors().longestMatch(List.of("STEVE", "WITKOFF"), 0).orElseThrow().entry()
                .codeOn(LocalDate.of(2025, 12, 3))).contains("USABUS");
        assertThat(Dictionaries.defaults().actors().longestMatch(List.of("STEVE", "WITKOFF"), 0).orElseThrow()
                .entry().codeOn(LocalDate.of(2025, 12, 3))).contains("USAGOV");
    }

    @Test
    void loadFromSharedFiles() {
        Path p = SharedData.petrarch();
        Dictionaries d = Dictionaries.load(p.resolve("PETR.Validate.verbs.txt"),
                List.of(p.resolve("PETR.Validate.actors.txt")), p.resolve("PETR.Validate.agents.txt"),
                p.resolve("PETR.Validate.discards.txt"));
        assertThat(d.actors().longestMatch(List.of("SAM", "GAMGEE"), 0).orElseThrow().entry()
                .codeOn(LocalDate.of(2010, 1, 10))).contains("ORCHOB");
    }
}
