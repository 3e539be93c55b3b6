package org.saydo.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.saydo.doc.Document;
import org.saydo.record.CodedDocument;
import org.saydo.record.Coder;
import org.saydo.record.Event;
import org.saydo.record.Quote;

/**
 * The dictionaries' coder on sentences written for these tests, one per line of {@code coder-expectations.txt}:
 * each CAMEO root class, each modality, passive voice, coordination, nominal events, relative clauses, dates and
 * quotes. Without the judge: these sentences test the dictionary machinery; the judge is measured on the corpus.
 */
class CoderExpectationsTest {

    private static Coder pipeline;

    @BeforeAll
    static void load() {
        pipeline = CoreNlpCoding.standard();
    }

    record Case(int line, String sentence, String expectations) {
        @Override
        public String toString() {
            return line + ": " + sentence;
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                CoderExpectationsTest.class.getResourceAsStream("coder-expectations.txt"), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int arrow = line.indexOf("=>");
                out.add(new Case(n, line.substring(0, arrow).strip(), line.substring(arrow + 2).strip()));
            }
        }
        assertThat(out).hasSizeGreaterThanOrEqualTo(60);
        return out;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void codes(Case c) {
        // "\n" in a case stands for a line break: documents with headlines, bylines and captions
        CodedDocument coded = pipeline.code(Document.of("test", LocalDate.of(2025, 12, 3),
                c.sentence().replace("\\n", "\n")));
        String found = describe(coded);
        for (String expectation : c.expectations().split(";")) {
            String[] f = expectation.strip().split("\\s+");
            if (f[0].equals("events")) {
                assertThat(coded.events()).as("%s events expected; found:%n%s", f[1], found)
                        .hasSize(Integer.parseInt(f[1]));
            } else if (f[0].equals("quotes")) {
                assertThat(coded.quotes()).as("%s quotes expected; found:%n%s", f[1], found)
                        .hasSize(Integer.parseInt(f[1]));
            } else if (f[0].equals("none")) {
                assertThat(coded.events()).as("no events expected; found:%n%s", found).isEmpty();
            } else if (f[0].equals("quote")) {
                boolean direct = f[2].equals("direct");
                String words = f.length > 3 ? String.join(" ", List.of(f).subList(3, f.length)) : null;
                assertThat(coded.quotes()).as("quote by %s (%s) expected; found:%n%s", f[1], f[2], found)
                        .anyMatch(q -> q.speaker().code().startsWith(f[1]) && q.direct() == direct
                                && (words == null || q.quote().equals(words)));
            } else if (f[0].startsWith("!")) {
                String source = f[0].substring(1);
                assertThat(coded.events()).as("%s must not be coded; found:%n%s", expectation, found)
                        .noneMatch(e -> matches(e, source, f[1], f[2], f.length > 3 ? f[3] : null, null));
            } else {
                String date = f.length > 4 ? f[4] : null;
                assertThat(coded.events()).as("%s expected; found:%n%s", expectation, found)
                        .anyMatch(e -> matches(e, f[0], f[1], f[2], f[3], date));
            }
        }
        String text = coded.document().text();
        for (Event e : coded.events()) {
            assertThat(text.substring(e.provenance().start(), e.provenance().end())).contains(e.source().text());
            assertThat(text.substring(e.provenance().triggerStart(), e.provenance().triggerEnd()))
                    .isEqualTo(e.provenance().trigger().split(" ")[0]);
        }
        for (Quote q : coded.quotes()) {
            assertThat(text.substring(q.provenance().start(), q.provenance().end()).strip()).isEqualTo(q.quote());
        }
    }

    private static boolean matches(Event e, String source, String target, String cameo, String modality,
            String date) {
        boolean targetOk = target.equals("-") ? e.target() == null
                : e.target() != null && e.target().code().startsWith(target);
        return e.source().code().startsWith(source) && targetOk && e.cameo().startsWith(cameo)
                && (modality == null || e.modality().label().equals(modality))
                && (date == null || (date.equals("undated") ? e.date() == null
                        : LocalDate.parse(date).equals(e.date())));
    }

    static String describe(CodedDocument coded) {
        String events = coded.events().stream().map(e -> "  event " + e.source().code() + " "
                + (e.target() == null ? "-" : e.target().code()) + " " + e.cameo() + " " + e.modality().label() + " "
                + e.date() + " [" + e.provenance().trigger() + "] " + e.provenance().rule())
                .collect(Collectors.joining("\n"));
        String quotes = coded.quotes().stream().map((Quote q) -> "  quote " + q.speaker().code() + " "
                + (q.direct() ? "direct" : "indirect") + " " + q.quote()).collect(Collectors.joining("\n"));
        return events + "\n" + quotes;
    }
}
