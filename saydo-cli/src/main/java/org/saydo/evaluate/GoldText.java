package org.saydo.evaluate;

import java.util.Objects;

/**
 * Maps the gold's offsets to the document's. The gold counts characters in the whole file as Python's text mode
 * reads it ({@code date} line included, {@code \r\n} and {@code \r} read as one {@code \n}); the coder counts
 * them in the text {@link org.saydo.doc.TextReader} keeps, which drops a byte order mark and the date mark at
 * the start and keeps line endings as they are. Immutable.
 */
final class GoldText {

    /** The file as the gold sees it. */
    private final String view;
    /** For each offset of {@link #view} (and one past its end), the offset in the document text, or -1. */
    private final int[] toDocument;

    /**
     * @param raw the file's characters as decoded
     * @param documentText the text the reader kept: a suffix of {@code raw}
     */
    GoldText(String raw, String documentText) {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(documentText, "documentText");
        if (!raw.endsWith(documentText)) {
            throw new IllegalArgumentException("the document's text is not the end of the file");
        }
        int prefix = raw.length() - documentText.length();
        StringBuilder b = new StringBuilder(raw.length());
        int[] map = new int[raw.length() + 1];
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            map[b.length()] = i >= prefix ? i - prefix : -1;
            if (c == '\r') {
                b.append('\n');
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    i++; // one \n in the gold's view stands for both
                }
            } else {
                b.append(c);
            }
        }
        map[b.length()] = raw.length() - prefix;
        this.view = b.toString();
        this.toDocument = java.util.Arrays.copyOf(map, view.length() + 1);
    }

    /** How many characters the gold's view of the file has. */
    int length() {
        return view.length();
    }

    /** The gold's view of the characters {@code start..end}. */
    String substring(int start, int end) {
        return view.substring(start, end);
    }

    /** The document offset of a gold offset, or -1 when it falls in what the reader dropped (the date line). */
    int toDocument(int offset) {
        return toDocument[offset];
    }
}
