package org.saydo.cli;

import java.util.Objects;
import java.util.Optional;
import org.saydo.code.DocumentCoder;
import org.saydo.doc.Document;
import org.saydo.judge.Judge;
import org.saydo.nlp.ParsedDocument;
import org.saydo.nlp.Parser;
import org.saydo.record.CodedDocument;
import org.saydo.record.Coder;

/**
 * Text to events and quotes: the NLP stage, the dictionaries' coding stage, then (unless it is off) the learned
 * judge that rules on the dictionaries' candidates. Thread-safe when the stages are.
 */
public final class Pipeline implements Coder {

    private final Parser parser;
    private final DocumentCoder coder;
    private final Judge judge;

    Pipeline(Parser parser, DocumentCoder coder, Judge judge) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.coder = Objects.requireNonNull(coder, "coder");
        this.judge = judge;
    }

    @Override
    public CodedDocument code(Document document) {
        ParsedDocument parsed = parser.parse(document);
        CodedDocument coded = coder.code(parsed).withWarnings(parsed.warnings());
        return judge == null ? coded : judge.judge(coded);
    }

    /** The judge, or empty when the dictionaries decide alone ({@code --no-judge}). */
    public Optional<Judge> judge() {
        return Optional.ofNullable(judge);
    }

    public Parser parser() {
        return parser;
    }

    public DocumentCoder coder() {
        return coder;
    }
}
