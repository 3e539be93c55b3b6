package org.saydo.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.saydo.doc.Document;
import org.saydo.record.CodedDocument;

/**
 * Benchmark (not a test): how long the whole {@code code} pipeline takes on a text without a sentence break of
 * 20,000, 50,000 and 200,000 characters (copies of a 100-character clause), after one warm-up document, in this
 * JVM (no start-up or model loading in the figure). Issue 14 measured 13 s, 127 s and more than 400 s before
 * sentences were cut at {@code Budget.maxSentenceTokens}. Run from the root after {@code mvn -o install
 * -DskipTests}:
 *
 * <pre>
 * java -Xmx2g -cp saydo-cli/target/test-classes:saydo-cli/target/classes:$(cat saydo-cli/target/classpath.txt) \
 *     org.saydo.cli.LongTextBenchmark [ROUNDS]
 * </pre>
 */
public final class LongTextBenchmark {

    private LongTextBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        System.out.println("nproc (availableProcessors): " + Runtime.getRuntime().availableProcessors());
        Pipeline pipeline = Pipelines.standard(List.of());
        LocalDate day = LocalDate.of(2025, 12, 3);
        pipeline.code(Document.of("warm-up", day, "Russian forces attacked Kyiv on Tuesday. The Kremlin said talks "
                + "with the United States were useful."));
        String clause = "the Russian army shelled the town of Kupiansk and Ukrainian forces struck a depot near Belgorod and ";
        for (int round = 0; round < rounds; round++) {
            for (int chars : new int[] {20_000, 50_000, 200_000}) {
                String text = clause.repeat(chars / clause.length()).strip();
                long t0 = System.nanoTime();
                CodedDocument coded = pipeline.code(Document.of("run-" + chars, day, text));
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "%,d characters without a sentence break: %.1f s, %d pieces, %d events, "
                        + "%d warning(s)%n", chars, s, coded.sentences(), coded.events().size(),
                        coded.warnings().size());
            }
        }
    }
}
