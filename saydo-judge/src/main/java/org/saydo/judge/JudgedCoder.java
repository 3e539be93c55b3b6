package org.saydo.judge;

import java.util.Objects;
import org.saydo.doc.Document;
import org.saydo.record.CodedDocument;
import org.saydo.record.Coder;

/**
 * The dictionaries propose, the judge decides: a {@link Coder} whose candidates a {@link Judge} rules on.
 * Thread-safe when both parts are.
 */
public final class JudgedCoder implements Coder {

    private final Coder dictionaries;
    private final Judge judge;

    public JudgedCoder(Coder dictionaries, Judge judge) {
        this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
        this.judge = Objects.requireNonNull(judge, "judge");
    }

    @Override
    public CodedDocument code(Document document) {
        return judge.judge(dictionaries.code(document));
    }

    /** The judge, for its timing and counts. */
    public Judge judge() {
        return judge;
    }
}
