package org.saydo.doc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One report as Saydo reads it: the text a user handed us and what we know about where it came from.
 *
 * @param id content hash of the normalised text (see {@link #idOf(String)}); equal texts share an id
 * @param source the path or URL as the user gave it ({@code -} for standard input)
 * @param url the page's URL when known, else {@code null}
 * @param outlet the publishing outlet when known, else {@code null}
 * @param title the title when known, else {@code null}
 * @param published the publication date when known, else {@code null}
 * @param text the body text; character offsets of every event and quote point into it
 */
public record Document(String id, String source, String url, String outlet, String title, LocalDate published,
        String text) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
    }

    /** A document whose id is computed from its text. */
    public static Document of(String source, LocalDate published, String text) {
        return new Document(idOf(text), source, null, null, null, published, text);
    }

    /**
     * The id of a text: the first 16 bytes of the SHA-256 of the text with line endings unified and runs of
     * white space collapsed, in hex. The same report saved twice, or with other line endings, gets the same id.
     */
    public static String idOf(String text) {
        String normal = text.replace("\r\n", "\n").replaceAll("\\s+", " ").strip();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    public Document withPublished(LocalDate date) {
        return new Document(id, source, url, outlet, title, date, text);
    }
}
