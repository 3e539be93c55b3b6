package org.saydo.narratives;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Promotes a discovered claim into a user taxonomy file: the analyst names it with a label
 * ({@code DOMAIN: narrative} or {@code DOMAIN: narrative: sub-narrative}) and the label is appended to the file,
 * with its narrative first when the file lacks it. A file that does not exist yet starts as a copy of the
 * taxonomy in use, so that a model trained on it keeps the labels it had. The new file is parsed before it is
 * written (a bad label is an error naming the file and line, and the file is left as it was) and replaces the
 * old one in one move. Stateless.
 */
public final class TaxonomyPromotion {

    private TaxonomyPromotion() {
    }

    /**
     * Appends {@code label} to {@code file}.
     *
     * @param base the taxonomy a new file starts from
     * @param note a comment written above the label (the cluster's id and name), or null
     * @return the taxonomy of the file as written
     * @throws NarrativeException naming the file when the label is listed already, is not a label, or the file
     *     cannot be read or written
     */
    public static Taxonomy promote(Path file, Taxonomy base, String label, String note) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(label, "label");
        String text;
        try {
            text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : copy(base);
        } catch (IOException e) {
            throw new NarrativeException(file + ": cannot read the taxonomy: " + e.getMessage(), e);
        }
        Taxonomy before = Taxonomy.parse(file.toString(), text.getBytes(StandardCharsets.UTF_8));
        String name = label.strip();
        if (before.contains(name)) {
            throw new NarrativeException(file + ": '" + name + "' is listed already");
        }
        StringBuilder b = new StringBuilder(text);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            b.append('\n');
        }
        if (note != null) {
            b.append("# ").append(note.replaceAll("[\\r\\n]+", " ")).append('\n');
        }
        String[] parts = name.split(": ", -1);
        if (parts.length == 3 && !before.contains(parts[0] + ": " + parts[1])) {
            b.append(parts[0]).append(": ").append(parts[1]).append('\n');
        }
        b.append(name).append('\n');
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        Taxonomy after = Taxonomy.parse(file.toString(), bytes);
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new NarrativeException(file + ": cannot write the taxonomy: " + e.getMessage(), e);
        }
        return after;
    }

    private static String copy(Taxonomy base) {
        StringBuilder b = new StringBuilder("# A user taxonomy: the labels of " + base.name()
                + ", then the claims an analyst promoted (saydo narratives discover --promote).\n");
        for (String n : base.narratives()) {
            b.append(n).append('\n');
            for (String s : base.subnarratives()) {
                if (base.narrativeOf(s).equals(n)) {
                    b.append(s).append('\n');
                }
            }
        }
        return b.toString();
    }
}
