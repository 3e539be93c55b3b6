package org.saydo.dict;

import java.io.Reader;
import java.io.UncheckedIOException;
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
     * Reads dictionaries, each file from disk or from the ones Saydo ships ({@link DictionarySource}).
     *
     * @param verbs verb dictionaries, at least one; later ones add to earlier ones
     * @param actors actor dictionaries, at least one; later ones add to (and override) earlier ones
     * @param agents agent dictionaries; none gives an empty agent dictionary
     * @param discards discard lists; none gives an empty discard list
     * @throws DictionaryFormatException for the first malformed line
     * @throws UncheckedIOException if a file cannot be read
     */
    public static Dictionaries load(List<DictionarySource> verbs, List<DictionarySource> actors,
            List<DictionarySource> agents, List<DictionarySource> discards) {
        if (List.copyOf(verbs).isEmpty()) {
            throw new IllegalArgumentException("no verb dictionary");
        }
        if (List.copyOf(actors).isEmpty()) {
            throw new IllegalArgumentException("no actor dictionary");
        }
        return new Dictionaries(VerbDictionary.fromLines(lines(verbs, DictLine.Comments.HASH_OR_SEMICOLON)),
                ActorDictionary.fromLines(lines(actors, DictLine.Comments.HASH_OR_SEMICOLON)),
                AgentDictionary.fromLines(lines(agents, DictLine.Comments.HASH)),
                DiscardList.fromLines(lines(discards, DictLine.Comments.HASH)));
    }

    private static List<List<DictLine>> lines(List<DictionarySource> sources, DictLine.Comments comments) {
        List<List<DictLine>> out = new ArrayList<>();
        for (DictionarySource s : List.copyOf(sources)) {
            out.add(s.lines(comments));
        }
        return out;
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
        return DictionarySource.resource(name, reader);
    }
}
