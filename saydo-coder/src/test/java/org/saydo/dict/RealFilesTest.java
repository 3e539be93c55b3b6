package org.saydo.dict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every real PETRARCH file in /work/shared loads without error. */
class RealFilesTest {

    @Test
    void cameoVerbsLoad() {
        VerbDictionary v = VerbDictionary.read(SharedData.file("CAMEO.2.0.txt"));
        assertThat(v.patternCount()).isEqualTo(4668 - 4); // four patterns are errata (FORMATS.md)
        assertThat(v.transformations()).hasSize(8);
        assertThat(v.lookup("SAID")).extracting(VerbEntry::block).contains("EXPLAIN_VERBAL");
    }

    @Test
    void validationVerbsLoad() {
        VerbDictionary v = VerbDictionary.read(SharedData.file("PETR.Validate.verbs.txt"));
        assertThat(v.patternCount()).isEqualTo(474);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt", "PETR.Validate.actors.txt"})
    void actorFilesLoad(String name) {
        ActorDictionary a = ActorDictionary.read(SharedData.file(name));
        assertThat(a.size()).isPositive();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Phoenix.agents.txt", "PETR.Validate.agents.txt"})
    void agentFilesLoad(String name) {
        assertThat(AgentDictionary.read(SharedData.file(name)).entries()).isNotEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Phoenix.discards.txt", "PETR.Validate.discards.txt"})
    void discardFilesLoad(String name) {
        assertThat(DiscardList.read(SharedData.file(name)).entries()).isNotEmpty();
    }
}
