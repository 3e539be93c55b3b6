package org.saydo.cli;

import java.util.Objects;
import java.util.function.Supplier;
import org.saydo.doc.Document;
import org.saydo.record.CodedDocument;
import org.saydo.record.Coder;

/**
 * A coder built on first use, so that ingesting only GDELT exports or already-stored documents does not load
 * the NLP models. Thread-safe: the chain is built once, under a lock.
 */
final class LazyCoder implements Coder {

    private final Supplier<Coder> supplier;
    private volatile Coder coder;

    LazyCoder(Supplier<Coder> supplier) {
        this.supplier = Objects.requireNonNull(supplier, "supplier");
    }

    @Override
    public CodedDocument code(Document document) {
        Coder c = coder;
        if (c == null) {
            synchronized (this) {
                c = coder;
                if (c == null) {
                    c = Objects.requireNonNull(supplier.get(), "the coder supplier returned null");
                    coder = c;
                }
            }
        }
        return c.code(document);
    }
}
