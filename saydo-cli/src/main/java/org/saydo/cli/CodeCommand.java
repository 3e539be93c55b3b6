package org.saydo.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.saydo.doc.BadDocumentException;
import org.saydo.doc.Document;
import org.saydo.doc.TextReader;
import org.saydo.nlp.BudgetExceededException;
import org.saydo.ontology.CameoOntology;
import org.saydo.record.CodedDocument;
import org.saydo.record.Coder;
import org.saydo.record.RecordJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code saydo code}: prints the events and quotes of documents. A file that cannot be read is reported on
 * standard error with its path and reason and the others are still coded; the exit code is 1 if any failed.
 */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Print the events and quotes of plain-text documents (or '-' for standard input).")
public final class CodeCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format { table, jsonl }

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date; overrides a 'date YYYY-MM-DD' first line.")
    LocalDate date;

    @Option(names = "--format", paramLabel = "table|jsonl",
            description = "Output format (default: table on a terminal, jsonl otherwise).")
    Format format;

    @Option(names = "--actors", paramLabel = "FILE",
            description = "An extra actor dictionary in PETRARCH format (repeatable); loaded after the defaults.")
    List<Path> actors = new ArrayList<>();

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Text files, or '-' for standard input.")
    List<String> files = new ArrayList<>();

    @CommandLine.Mixin
    BudgetOptions budget = new BudgetOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final java.util.function.BiFunction<List<Path>, org.saydo.nlp.Budget, Coder> coders;
    private final Supplier<InputStream> stdin;

    /** The command with the standard pipeline. */
    public CodeCommand() {
        this((actors, budget) -> Pipelines.standard(actors, budget), () -> System.in);
    }

    /** The command with another coder factory (which ignores the budget options) and standard input, for tests. */
    public CodeCommand(java.util.function.Function<List<Path>, Coder> coders, Supplier<InputStream> stdin) {
        this((actors, budget) -> coders.apply(actors), stdin);
    }

    /** The command with a coder factory that takes the actor files and the budget the options give. */
    CodeCommand(java.util.function.BiFunction<List<Path>, org.saydo.nlp.Budget, Coder> coders,
            Supplier<InputStream> stdin) {
        this.coders = coders;
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Format fmt = format != null ? format : System.console() != null ? Format.table : Format.jsonl;
        org.saydo.nlp.Budget limits = budget.budget(spec);
        List<Document> documents = new ArrayList<>();
        int failed = 0;
        for (String file : files) {
            try {
                Document d = file.equals("-") ? TextReader.read("-", stdin.get()) : TextReader.read(Path.of(file));
                documents.add(date != null ? d.withPublished(date) : d);
            } catch (BadDocumentException e) {
                err.println("saydo: " + e.getMessage());
                failed++;
            }
        }
        if (!documents.isEmpty()) {
            Coder coder = coders.apply(actors, limits);
            RecordJson json = new RecordJson(CameoOntology.standard());
            TablePrinter table = new TablePrinter(out, CameoOntology.standard());
            for (Document d : documents) {
                CodedDocument coded;
                try {
                    coded = coder.code(d);
                } catch (BudgetExceededException e) {
                    err.println("saydo: " + d.source() + ": " + e.getMessage());
                    err.flush();
                    failed++;
                    continue;
                } catch (RuntimeException e) {
                    err.println("saydo: " + d.source() + ": cannot code: " + e);
                    failed++;
                    continue;
                }
                for (String warning : coded.warnings()) {
                    err.println("saydo: " + d.source() + ": warning " + warning);
                }
                err.flush();
                if (fmt == Format.jsonl) {
                    coded.events().forEach(e -> out.println(json.line(json.event(e))));
                    coded.quotes().forEach(q -> out.println(json.line(json.quote(q))));
                } else {
                    table.print(coded);
                }
                out.flush();
            }
        }
        if (failed > 0) {
            err.println("saydo: " + failed + " of " + files.size() + " documents failed");
        }
        return failed > 0 ? 1 : 0;
    }
}
