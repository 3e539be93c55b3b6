package org.saydo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.saydo.doc.BadDocumentException;
import org.saydo.doc.Document;
import org.saydo.doc.TextReader;
import org.saydo.narratives.DocumentLabels;
import org.saydo.narratives.Evidence;
import org.saydo.narratives.NarrativeClassifier;
import org.saydo.narratives.NarrativeJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code saydo narratives classify}: the narratives and sub-narratives of each document, with the sentences that
 * carry them. A file that cannot be read is reported on standard error with its path and reason, as in
 * {@code code}; the exit code is 1 if any failed.
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Label plain-text documents (or '-' for standard input) with the taxonomy's narratives.")
public final class NarrativesClassifyCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format { table, jsonl }

    @Mixin
    NarrativeOptions options = new NarrativeOptions();

    @Option(names = "--format", paramLabel = "table|jsonl",
            description = "Output format (default: table on a terminal, jsonl otherwise).")
    Format format;

    @Option(names = "--no-speakers", description = "Do not look for the speakers of quotes in evidence sentences "
            + "(faster: no parse at all).")
    boolean noSpeakers;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Text files, or '-' for standard input.")
    List<String> files = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final NarrativesCommand.Classifiers classifiers;
    private final Supplier<InputStream> stdin;

    /** The command with the standard pipeline. */
    public NarrativesClassifyCommand() {
        this(Pipelines::narratives, () -> System.in);
    }

    /** The command with another classifier factory and standard input, for tests. */
    public NarrativesClassifyCommand(NarrativesCommand.Classifiers classifiers, Supplier<InputStream> stdin) {
        this.classifiers = classifiers;
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Format fmt = format != null ? format : System.console() != null ? Format.table : Format.jsonl;
        NarrativeClassifier classifier = classifiers.make(options.taxonomy(), options.model(), !noSpeakers);
        int failed = 0;
        for (String file : files) {
            Document d;
            try {
                d = file.equals("-") ? TextReader.parse("-", readStdin()) : TextReader.read(Path.of(file));
            } catch (BadDocumentException e) {
                err.println("saydo: " + e.getMessage());
                failed++;
                continue;
            }
            DocumentLabels labels;
            try {
                labels = classifier.classify(d);
            } catch (RuntimeException e) {
                err.println("saydo: " + d.source() + ": cannot classify: " + e);
                failed++;
                continue;
            }
            if (fmt == Format.jsonl) {
                out.println(NarrativeJson.line(labels));
            } else {
                table(out, labels);
            }
            out.flush();
        }
        if (failed > 0) {
            err.println("saydo: " + failed + " of " + files.size() + " documents failed");
        }
        return failed > 0 ? 1 : 0;
    }

    static void table(PrintWriter out, DocumentLabels d) {
        out.println(d.doc() + "  (model " + d.model() + ")");
        out.println("  narratives:    " + String.join("; ", d.narratives()));
        out.println("  subnarratives: " + String.join("; ", d.subnarratives()));
        for (Evidence e : d.evidence()) {
            String text = e.text().replaceAll("\\s+", " ");
            out.println(String.format(Locale.ROOT, "  %.2f  %s%n        #%d [%d-%d] %s%s", e.score(), e.label(),
                    e.sentence(), e.start(), e.end(), text.length() > 160 ? text.substring(0, 157) + "..." : text,
                    e.speaker() == null ? "" : "  (" + e.speaker().code() + ": " + e.speaker().text() + ")"));
        }
    }

    private byte[] readStdin() {
        try {
            return stdin.get().readAllBytes();
        } catch (IOException e) {
            throw new BadDocumentException("-", "cannot read standard input: " + e.getMessage());
        }
    }
}
