package org.saydo.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The four dictionaries the event coder needs. Immutable, hence thread-safe.
 *
 * @param verbs verb patterns
 * @param actors actors
 * @param agents agents
 * @param discards discard list
 */
public record Dictionaries(VerbDictionary verbs, ActorDictionary actors, AgentDictionary agents,
        DiscardList discards) {

    /** Classpath folder of the shipped dictionaries. */
    static final String RESOURCES = "/org/saydo/dict/";
    static final List<String> VERBS = List.of("CAMEO.2.0.txt", "saydo.verbs.txt");
    static final List<String> ACTORS = List.of("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
            "Phoenix.MilNonState.actors.txt", "saydo.actors.txt");
    static final List<String> AGENTS = List.of("Phoenix.agents.txt", "saydo.agents.txt");
    static final String DISCARDS = "Phoenix.discards.txt";

    public Dictionaries {
        Objects.requireNonNull(verbs, "verbs");
        Objects.requireNonNull(actors, "actors");
        Objects.requireNonNull(agents, "agents");
        Objects.requireNonNull(discards, "discards");
    }

    private static final class Holder {
        static final Dictionaries DEFAULTS = loadDefaults();
    }

    /**
     * The shipped PETRARCH/Phoenix dictionaries (MIT licence, see {@code PETRARCH-LICENSE.txt}),
     * read once on first use (lazy holder idiom: thread-safe, no lock after initialisation).
     */
    public static Dictionaries defaults() {
        return Holder.DEFAULTS;
    }

    /**
     * Reads dictionaries from files.
     *
     * @param verbs the verb dictionary
     * @param actors actor dictionaries, later ones adding to (and overriding) earlier ones
     * @param agents the agent dictionary
     * @param discards the discard list
     */
    public static Dictionaries load(Path verbs, List<Path> actors, Path agents, Path discards) {
        Objects.requireNonNull(verbs, "verbs");
        Objects.requireNonNull(actors, "actors");
        Objects.requireNonNull(agents, "agents");
        Objects.requireNonNull(discards, "discards");
        return new Dictionaries(VerbDictionary.read(verbs), ActorDictionary.read(actors), AgentDictionary.read(agents),
                DiscardList.read(discards));
    }

    /**
     * @param extra users' actor files ({@code --actors FILE}); their entries win on equal phrases
     * @return these dictionaries with the extra actors added
     */
    public Dictionaries withActors(List<Path> extra) {
        Objects.requireNonNull(extra, "extra");
        List<List<DictLine>> lines = new ArrayList<>();
        for (Path p : extra) {
            lines.add(DictLine.read(Objects.requireNonNull(p, "actor file"), DictLine.Comments.HASH_OR_SEMICOLON));
        }
        return new Dictionaries(verbs, actors.plus(lines), agents, discards);
    }

    static Dictionaries loadDefaults() {
        List<List<DictLine>> verbLines = new ArrayList<>();
        for (String name : VERBS) {
            verbLines.add(resource(name, (n, r) -> DictLine.readUnchecked(n, r, DictLine.Comments.HASH_OR_SEMICOLON)));
        }
        VerbDictionary v = VerbDictionary.fromLines(verbLines);
        List<List<DictLine>> agentLines = new ArrayList<>();
        for (String name : AGENTS) {
            agentLines.add(resource(name, (n, r) -> DictLine.readUnchecked(n, r, DictLine.Comments.HASH)));
        }
        List<List<DictLine>> actorLines = new ArrayList<>();
        for (String a : ACTORS) {
            actorLines.add(resource(a, ActorDictionary::lines));
        }
        ActorDictionary a = ActorDictionary.read("(none)", Reader.nullReader()).plus(actorLines);
        return new Dictionaries(v, a, AgentDictionary.fromLines(agentLines), resource(DISCARDS, DiscardList::read));
    }

    private static <T> T resource(String name, BiFunction<String, Reader, T> reader) {
        InputStream in = Dictionaries.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + RESOURCES + name);
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader r = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16)) {
            return reader.apply(name, r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + RESOURCES + name, e);
        }
    }
}
