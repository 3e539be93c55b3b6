package org.saydo.store;

import java.util.List;
import java.util.Objects;
import org.saydo.doc.Document;
import org.saydo.record.CodedDocument;

/**
 * What a {@link SourceReader} hands on: a document to code, a document coded already (by the Spark job), a batch
 * of GDELT rows, or a bad input.
 */
public sealed interface SourceItem {

    /** A document to code and store. */
    record Doc(Document document) implements SourceItem {
        public Doc {
            Objects.requireNonNull(document, "document");
        }
    }

    /**
     * A document coded already (the Spark job's tables, {@link SparkOutput}; another record, {@link RecordSource}):
     * stored as it is, not coded again.
     *
     * @param coded the document and its coding
     * @param label whether to label its narratives as an ingest does (else {@code narratives} are stored)
     * @param narratives the narratives it comes with (when not {@code label}), or null for none
     */
    record Coded(CodedDocument coded, boolean label, StoredNarratives narratives) implements SourceItem {
        public Coded {
            Objects.requireNonNull(coded, "coded");
            if (label && narratives != null) {
                throw new IllegalArgumentException("a document to label comes without narratives");
            }
        }

        /** A document whose narratives are labelled as an ingest labels them. */
        public Coded(CodedDocument coded) {
            this(coded, true, null);
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
