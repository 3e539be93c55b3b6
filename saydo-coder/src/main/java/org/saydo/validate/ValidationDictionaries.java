package org.saydo.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.saydo.dict.Dictionaries;
import org.saydo.dict.DictionarySource;

/**
 * Loads the dictionaries a validation file's {@code <Environment>} names. A named file that is not on disk but
 * has the name of a dictionary Saydo ships ({@code CAMEO.2.0.txt}, {@code Phoenix.Countries.actors.txt}, ...,
 * letter case ignored) is read from the shipped copy, with a note; a named file that is neither is an error. The
 * agent and discard lists may be empty (the reader warned about that).
 */
public final class ValidationDictionaries {

    private ValidationDictionaries() {
    }

    /**
     * @param file the validation file as read
     * @param notes told one line per shipped dictionary used in place of a missing file ({@code FILE: ...})
     * @throws ValidationFormatException naming the validation file and the missing path when a named file is
     *         neither on disk nor shipped
     * @throws org.saydo.dict.DictionaryFormatException for the first malformed dictionary line
     * @throws java.io.UncheckedIOException when a file cannot be read
     */
    public static Dictionaries load(ValidationFile file, Consumer<String> notes) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(notes, "notes");
        ValidationEnvironment env = file.environment();
        return Dictionaries.load(sources(file, "Verbfile", env.verbs(), notes),
                sources(file, "Actorfile", env.actors(), notes), sources(file, "Agentfile", env.agents(), notes),
                sources(file, "Discardfile", env.discards(), notes));
    }

    private static List<DictionarySource> sources(ValidationFile file, String element, List<Path> paths,
            Consumer<String> notes) {
        List<DictionarySource> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.exists(p)) {
                out.add(DictionarySource.file(p));
                continue;
            }
            String name = p.getFileName() == null ? p.toString() : p.getFileName().toString();
            Optional<DictionarySource> shipped = DictionarySource.shipped(name);
            if (shipped.isEmpty()) {
                throw new ValidationFormatException(file.path().toString(), 0, "<" + element + "> " + p
                        + " does not exist, and Saydo ships no dictionary of that name");
            }
            notes.accept(file.path() + ": <" + element + "> " + p + " does not exist: using Saydo's shipped "
                    + shipped.get().shipped());
            out.add(shipped.get());
        }
        return out;
    }
}
