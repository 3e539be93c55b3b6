package org.saydo.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.saydo.store.SourceItem;
import org.saydo.store.SourceReader;
import org.saydo.store.Sources;

/**
 * One input file to documents and failures, with the store's readers ({@link Sources#readerFor}: {@code .txt},
 * {@code .html}/{@code .htm}, {@code .jsonl}, {@code .rss}/{@code .atom}/{@code .xml}), so a file reads the same
 * in the job as in {@code saydo ingest}. The readers read local files: the file's bytes (from any
 * Hadoop-compatible file system) are put in a temporary local file of the same name for the time of the read,
 * and the temporary path is replaced by the file's own path in every name and message. Stateless, thread-safe.
 */
final class FileItems {

    private FileItems() {
    }

    /**
     * What reading one file gave: a document or a failure.
     *
     * @param doc the document, or null
     * @param failure the failure, or null
     */
    record Read(SourceDoc doc, Failure failure) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Reads the file at {@code path} (as Spark lists it) with contents {@code bytes}. A file of a type Saydo does
     * not read gives nothing (as in a directory walk of {@code saydo ingest}); a GDELT export is a failure (the
     * job codes text; {@code saydo ingest} imports GDELT exports).
     */
    static List<Read> read(String path, byte[] bytes) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.toLowerCase(Locale.ROOT).endsWith(".export.csv")) {
            return List.of(new Read(null, new Failure(path, "a GDELT export: the Spark job codes text; import GDELT "
                    + "exports with 'saydo ingest'", "read")));
        }
        SourceReader reader = name.isEmpty() || name.startsWith(".") ? null : Sources.readerFor(Path.of(name));
        if (reader == null) {
            return List.of();
        }
        List<Read> items = new ArrayList<>();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("saydo-spark-");
            Path local = dir.resolve(name);
            Files.write(local, bytes);
            String localPath = local.toString();
            String localUri = local.toUri().toString();
            reader.read(local, item -> {
                if (item instanceof SourceItem.Doc d) {
                    org.saydo.doc.Document doc = d.document();
                    items.add(new Read(new SourceDoc(path, items.size(), doc.id(),
                            rename(doc.source(), localPath, localUri, path), rename(doc.url(), localPath, localUri, path),
                            doc.outlet(), doc.title(), doc.published(), doc.text()), null));
                } else if (item instanceof SourceItem.Bad bad) {
                    items.add(new Read(null, new Failure(rename(bad.where(), localPath, localUri, path),
                            rename(bad.reason(), localPath, localUri, path), "read")));
                }
            });
        } catch (IOException | RuntimeException e) {
            items.add(new Read(null, new Failure(path, "cannot read: " + e, "read")));
        } finally {
            delete(dir);
        }
        return items;
    }

    private static String rename(String s, String localPath, String localUri, String path) {
        return s == null ? null : s.replace(localUri, path).replace(localPath, path);
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // A temporary file left behind is the system's to clean; the read itself succeeded or failed already.
        }
    }
}
