package org.saydo.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.saydo.doc.Document;

/**
 * A document read from a file of the input, with its place in reading order (the file's path, then its place in
 * the file), which decides which of two copies counts and the order in which events are linked.
 *
 * @param file the file's path as Spark lists it ({@code file:/...}, {@code hdfs://...}, {@code s3a://...})
 * @param index the document's place in its file, from 0 (a JSON Lines file or a feed holds several)
 * @param id content hash of the text ({@link Document#idOf(String)})
 * @param source the path (or {@code path:line}, or the URL of a JSON Lines report) as the store records it
 * @param url the page's URL, or null
 * @param outlet the outlet, or null
 * @param title the title, or null
 * @param published the publication date, or null
 * @param text the text
 */
record SourceDoc(String file, int index, String id, String source, String url, String outlet, String title,
        LocalDate published, String text) implements Serializable {

    private static final long serialVersionUID = 1L;

    SourceDoc {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
    }

    /** Of a document a reader made. */
    static SourceDoc of(String file, int index, Document d) {
        return new SourceDoc(file, index, d.id(), d.source(), d.url(), d.outlet(), d.title(), d.published(),
                d.text());
    }

    Document document() {
        return new Document(id, source, url, outlet, title, published, text);
    }

    /** Whether this document comes before {@code other} in reading order. */
    boolean before(SourceDoc other) {
        int byFile = file.compareTo(other.file);
        return byFile < 0 || byFile == 0 && index < other.index;
    }
}
