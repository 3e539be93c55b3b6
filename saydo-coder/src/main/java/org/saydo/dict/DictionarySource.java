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
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Where one dictionary file is read from: a file on disk, or one of the dictionaries Saydo ships as classpath
 * resources ({@code CAMEO.2.0.txt}, {@code Phoenix.*.txt}, {@code saydo.*.txt}). Exactly one of the two components
 * is set. Immutable.
 *
 * @param path the file on disk, or {@code null}
 * @param shipped the file name of a shipped dictionary (one of {@link #SHIPPED}), or {@code null}
 */
public record DictionarySource(Path path, String shipped) {

    /** The file names of the shipped dictionaries. */
    public static final List<String> SHIPPED = Stream.of(Dictionaries.VERBS, Dictionaries.ACTORS,
            Dictionaries.AGENTS, List.of(Dictionaries.DISCARDS)).flatMap(List::stream).toList();

    public DictionarySource {
        if ((path == null) == (shipped == null)) {
            throw new IllegalArgumentException("exactly one of path and shipped must be given, not path=" + path
                    + " and shipped=" + shipped);
        }
        if (shipped != null && !SHIPPED.contains(shipped)) {
            throw new IllegalArgumentException("Saydo ships no dictionary '" + shipped + "' (it ships " + SHIPPED
                    + ")");
        }
    }

    /** A file on disk. */
    public static DictionarySource file(Path path) {
        return new DictionarySource(Objects.requireNonNull(path, "path"), null);
    }

    /**
     * The shipped dictionary of this file name, letter case ignored ({@code phoenix.agents.txt} finds
     * {@code Phoenix.agents.txt}); empty when Saydo ships none of that name.
     */
    public static Optional<DictionarySource> shipped(String fileName) {
        Objects.requireNonNull(fileName, "fileName");
        String wanted = fileName.strip().toLowerCase(Locale.ROOT);
        return SHIPPED.stream().filter(s -> s.toLowerCase(Locale.ROOT).equals(wanted)).findFirst()
                .map(s -> new DictionarySource(null, s));
    }

    /** The file, or the shipped dictionary's name with its classpath folder. */
    @Override
    public String toString() {
        return path != null ? path.toString() : "shipped " + shipped;
    }

    /** The file's lines, comments removed. */
    List<DictLine> lines(DictLine.Comments comments) {
        if (path != null) {
            return DictLine.read(path, comments);
        }
        return resource(shipped, (n, r) -> DictLine.readUnchecked(n, r, comments));
    }

    /** Reads a shipped dictionary strictly as UTF-8. */
    static <T> T resource(String name, BiFunction<String, Reader, T> reader) {
        InputStream in = Dictionaries.class.getResourceAsStream(Dictionaries.RESOURCES + name);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + Dictionaries.RESOURCES + name);
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader r = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16)) {
            return reader.apply(name, r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + Dictionaries.RESOURCES + name, e);
        }
    }
}
