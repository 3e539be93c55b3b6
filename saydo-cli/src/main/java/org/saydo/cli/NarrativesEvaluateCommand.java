package org.saydo.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.saydo.narratives.DocumentLabels;
import org.saydo.narratives.NarrativeClassifier;
import org.saydo.narratives.NarrativeEvaluation;
import org.saydo.narratives.NarrativeModel;
import org.saydo.narratives.Taxonomy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code saydo narratives evaluate}: document-level samples-F1 of the classifier against gold labels, for
 * narratives and sub-narratives (SemEval-2025 Task 10 subtask 2), beside the "Other everywhere" baseline.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score the classifier on documents with gold labels (samples-F1).")
public final class NarrativesEvaluateCommand implements Callable<Integer> {

    @Mixin
    NarrativeOptions options = new NarrativeOptions();

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Option(names = "--docs", paramLabel = "DIR", description = "Where the documents are (default: beside each "
            + "labels file).")
    Path docs;

    @Parameters(paramLabel = "LABELS.jsonl", arity = "1..*",
            description = "Gold labels, one JSON object a line: {\"doc\", \"narratives\", \"subnarratives\"}.")
    List<Path> labels = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final NarrativesCommand.Classifiers classifiers;

    public NarrativesEvaluateCommand() {
        this(Pipelines::narratives);
    }

    /** The command with another classifier factory, for tests. */
    public NarrativesEvaluateCommand(NarrativesCommand.Classifiers classifiers) {
        this.classifiers = classifiers;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Taxonomy t = options.taxonomy();
        NarrativeModel m = options.model();
        LabelledDocuments d = LabelledDocuments.read(labels, docs, t);
        NarrativeClassifier c = classifiers.make(t, m, false);
        List<DocumentLabels> predicted = d.documents().stream().map(c::classify).toList();
        NarrativeEvaluation.Summary s = NarrativeEvaluation.score(d.gold(), predicted);
        NarrativeEvaluation.Summary other = NarrativeEvaluation.otherEverywhere(d.gold());
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode o = mapper.createObjectNode();
            o.put("documents", s.documents());
            o.put("narratives_f1", round(s.narrativeF1()));
            o.put("subnarratives_f1", round(s.subnarrativeF1()));
            o.put("baseline_other_narratives_f1", round(other.narrativeF1()));
            o.put("baseline_other_subnarratives_f1", round(other.subnarrativeF1()));
            o.put("model", m.version());
            var docsNode = o.putArray("per_document");
            for (NarrativeEvaluation.DocumentScore x : s.scores()) {
                ObjectNode n = docsNode.addObject();
                n.put("doc", x.gold().doc());
                n.put("narratives_f1", round(x.narrativeF1()));
                n.put("subnarratives_f1", round(x.subnarrativeF1()));
                n.set("predicted", mapper.valueToTree(x.predicted().subnarratives()));
                n.set("gold", mapper.valueToTree(x.gold().subnarratives().stream().sorted().toList()));
            }
            out.println(mapper.writeValueAsString(o));
        } else {
            out.println(" narr   sub  document");
            for (NarrativeEvaluation.DocumentScore x : s.scores()) {
                out.printf(Locale.ROOT, "%.3f %.3f  %s%n", x.narrativeF1(), x.subnarrativeF1(), x.gold().doc());
            }
            out.printf(Locale.ROOT, "baseline \"Other\" everywhere: narratives F1=%.3f, subnarratives F1=%.3f%n",
                    other.narrativeF1(), other.subnarrativeF1());
            out.println(s.line());
        }
        return 0;
    }

    private static java.math.BigDecimal round(double x) {
        return java.math.BigDecimal.valueOf(x).setScale(3, java.math.RoundingMode.HALF_UP);
    }
}
