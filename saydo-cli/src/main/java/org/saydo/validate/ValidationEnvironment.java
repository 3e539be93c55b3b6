package org.saydo.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code <Environment>} of a validation file: the dictionaries to code it with (resolved against the
 * file's folder) and the categories to run.
 *
 * @param verbs the {@code <Verbfile>}
 * @param actors the {@code <Actorfile>} list (comma-separated in the file), in order
 * @param agents the {@code <Agentfile>}
 * @param discards the {@code <Discardfile>}
 * @param include the {@code <Include>} categories; empty means every category
 * @param exclude the {@code <Exclude>} categories
 */
public record ValidationEnvironment(Path verbs, List<Path> actors, Path agents, Path discards, Set<String> include,
        Set<String> exclude) {

    public ValidationEnvironment {
        Objects.requireNonNull(verbs, "verbs");
        Objects.requireNonNull(agents, "agents");
        Objects.requireNonNull(discards, "discards");
        actors = List.copyOf(actors);
        include = Set.copyOf(include);
        exclude = Set.copyOf(exclude);
        if (actors.isEmpty()) {
            throw new IllegalArgumentException("no actor files");
        }
    }

    /** Whether records of this category are run. */
    public boolean runs(String category) {
        return (include.isEmpty() || include.contains(category)) && !exclude.contains(category);
    }
}
