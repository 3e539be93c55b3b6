package org.saydo.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code <Environment>} of a validation file: the dictionaries to code it with (resolved against the
 * file's folder; whether they exist is checked when they are loaded, see {@link ValidationDictionaries}) and the
 * categories to run.
 *
 * @param verbs the {@code <Verbfile>} (PETRARCH takes one; a comma-separated list is read in order); not empty
 * @param actors the {@code <Actorfile>} list (comma-separated in the file), in order; not empty
 * @param agents the {@code <Agentfile>} list, in order; empty when the file names none (no agents)
 * @param discards the {@code <Discardfile>} list; empty when the file names none (nothing discarded)
 * @param include the {@code <Include>} words; empty means every category. {@value #VALID} is PETRARCH's flag for
 *                "the records marked as validation records", not a category: see {@link #runs(String)}
 * @param exclude the {@code <Exclude>} categories
 */
public record ValidationEnvironment(List<Path> verbs, List<Path> actors, List<Path> agents, List<Path> discards,
        Set<String> include, Set<String> exclude) {

    /** The {@code <Include>} word that is a flag, not a category. */
    public static final String VALID = "valid";

    public ValidationEnvironment {
        verbs = List.copyOf(verbs);
        actors = List.copyOf(actors);
        agents = List.copyOf(agents);
        discards = List.copyOf(discards);
        include = Set.copyOf(include);
        exclude = Set.copyOf(exclude);
        if (verbs.isEmpty()) {
            throw new IllegalArgumentException("no verb file");
        }
        if (actors.isEmpty()) {
            throw new IllegalArgumentException("no actor files");
        }
    }

    /**
     * Whether records of this category are run: those in {@code <Include>} (all when it is empty) and not in
     * {@code <Exclude>}. A record without a category ({@code ""}) cannot be chosen by category; it runs unless
     * {@code <Include>} lists categories without the {@value #VALID} flag, that is unless the file asks for certain
     * categories only. PETRARCH files always name a category; real-news files may not, and the PETRARCH suite's
     * {@code <Include>} carries {@value #VALID}.
     */
    public boolean runs(String category) {
        Objects.requireNonNull(category, "category");
        if (category.isEmpty()) {
            return include.isEmpty() || include.contains(VALID);
        }
        return (include.isEmpty() || include.contains(category)) && !exclude.contains(category);
    }
}
