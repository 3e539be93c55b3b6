package org.saydo.cli;

import java.util.Objects;
import org.saydo.code.DocumentCoder;
import org.saydo.doc.Document;
import org.saydo.nlp.ParsedDocument;
import org.saydo.nlp.Parser;
import org.saydo.record.CodedDocument;
import org.saydo.record.Coder;

/** Text to events and quotes: the NLP stage, then the coding stage. Thread-safe when both stages are. */
public final class Pipeline implements Coder {

    private final Parser parser;
    private final DocumentCoder coder;

    Pipeline(Parser parser, DocumentCoder coder) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.coder = Objects.requireNonNull(coder, "coder");
    }

    @Override
    public CodedDocument code(Document document) {
        ParsedDocument parsed = parser.parse(document);
        return coder.code(parsed).withWarnings(parsed.warnings());
    }

    public Parser parser() {
        return parser;
    }

    public DocumentCoder coder() {
        return coder;
    }
}
