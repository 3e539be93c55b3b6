package org.saydo.store;

import java.util.List;
import java.util.Objects;
import org.saydo.doc.Document;

/** What a {@link SourceReader} hands on: a document to code, a batch of GDELT rows, or a bad input. */
public sealed interface SourceItem {

    /** A document to code and store. */
    record Doc(Document document) implements SourceItem {
        public Doc {
            Objects.requireNonNull(document, "document");
        }
    }

    /** Consecutive rows of one GDELT export, stored in one transaction. */
    record GdeltRows(List<GdeltEvent> rows) implements SourceItem {
        public GdeltRows {
            rows = List.copyOf(rows);
        }
    }

    /**
     * A document, file or row that cannot be read: {@code where: reason}.
     *
     * @param gdeltRow true for a row of a GDELT export (counted apart from documents)
     */
    record Bad(String where, String reason, boolean gdeltRow) implements SourceItem {
        public Bad {
            Objects.requireNonNull(where, "where");
            Objects.requireNonNull(reason, "reason");
        }

        /** A bad document or file. */
        public Bad(String where, String reason) {
            this(where, reason, false);
        }

        public String message() {
            return where + ": " + reason;
        }
    }
}
