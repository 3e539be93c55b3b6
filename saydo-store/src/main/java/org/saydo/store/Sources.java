package org.saydo.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Picks the {@link SourceReader} for a file by its name, and walks directories. Stateless, thread-safe.
 *
 * <table>
 *   <caption>File names and readers</caption>
 *   <tr><td>{@code *.export.CSV} (any case)</td><td>{@link GdeltSource}</td></tr>
 *   <tr><td>{@code .txt}</td><td>{@link TextSource}</td></tr>
 *   <tr><td>{@code .html}, {@code .htm}</td><td>{@link HtmlSource}</td></tr>
 *   <tr><td>{@code .jsonl}</td><td>{@link JsonlSource}</td></tr>
 *   <tr><td>{@code .rss}, {@code .atom}, {@code .xml}</td><td>{@link FeedSource}</td></tr>
 * </table>
 *
 * <p>Directories are walked recursively in name order (so a rerun sees the same order), one directory listing
 * in memory at a time; hidden files and files of other types inside a directory are skipped. A file named
 * explicitly whose type is unknown is reported as bad.
 */
public final class Sources {

    private Sources() {
    }

    /** The reader for a file name, or null when the type is not one Saydo reads. */
    public static SourceReader readerFor(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".export.csv")) {
            return new GdeltSource();
        }
        if (name.endsWith(".txt")) {
            return new TextSource();
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return new HtmlSource();
        }
        if (name.endsWith(".jsonl")) {
            return new JsonlSource();
        }
        if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml")) {
            return new FeedSource();
        }
        return null;
    }

    /** Reads a file or a directory tree, handing every item to {@code sink}. */
    public static void read(Path path, Consumer<SourceItem> sink) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sink, "sink");
        if (Files.isDirectory(path)) {
            walk(path, sink);
        } else if (!Files.exists(path)) {
            sink.accept(new SourceItem.Bad(path.toString(), "no such file or directory"));
        } else {
            SourceReader reader = readerFor(path);
            if (reader == null) {
                sink.accept(new SourceItem.Bad(path.toString(), "unknown file type (expected .txt, .html, .htm, "
                        + ".jsonl, .rss, .atom, .xml or *.export.CSV)"));
            } else {
                reader.read(path, sink);
            }
        }
    }

    /** The files a walk of {@code path} reads, in order, one directory listing in memory at a time. */
    public static void files(Path path, Consumer<Path> sink) {
        if (!Files.isDirectory(path)) {
            sink.accept(path);
            return;
        }
        for (Path child : sortedListing(path, null)) {
            if (Files.isDirectory(child)) {
                files(child, sink);
            } else if (readerFor(child) != null) {
                sink.accept(child);
            }
        }
    }

    private static void walk(Path dir, Consumer<SourceItem> sink) {
        for (Path child : sortedListing(dir, sink)) {
            if (Files.isDirectory(child)) {
                walk(child, sink);
            } else {
                SourceReader reader = readerFor(child);
                if (reader != null) {
                    reader.read(child, sink);
                }
            }
        }
    }

    private static List<Path> sortedListing(Path dir, Consumer<SourceItem> sink) {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir)) {
            for (Path child : listing) {
                if (!child.getFileName().toString().startsWith(".")) {
                    children.add(child);
                }
            }
        } catch (IOException e) {
            if (sink != null) {
                sink.accept(new SourceItem.Bad(dir.toString(), "cannot list directory: " + e));
            }
        }
        children.sort(null);
        return children;
    }
}
