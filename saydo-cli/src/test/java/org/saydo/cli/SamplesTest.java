package org.saydo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundled samples ({@code samples/}, what {@code saydo demo}, {@code bench} and {@code narratives bench} read)
 * keep the promises of their README: files named {@code NN-slug.txt} numbered from 01, each opening with its
 * publication date, every date inside the period the README names (December 2019 – February 2022) and none in
 * the evaluation period (reporting published August–December 2025), and the README's table listing exactly these
 * files with these dates.
 */
class SamplesTest {

    private static final Pattern NAME = Pattern.compile("(\\d\\d)-[a-z0-9]+(?:-[a-z0-9]+)*\\.txt");
    private static final Pattern DATE_LINE = Pattern.compile("date (\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([^`]+)` \\| (\\d{4}-\\d{2}-\\d{2}) \\|",
            Pattern.MULTILINE);
    private static final LocalDate FIRST = LocalDate.of(2019, 12, 1);
    private static final LocalDate LAST = LocalDate.of(2022, 2, 28);

    /** The project's {@code samples/}: the nearest folder, from this module's, that holds it beside a pom. */
    static Path samples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("samples")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir.resolve("samples");
            }
        }
        return null;
    }

    /** File name to the date on its first line, in name order. */
    private static Map<String, LocalDate> filesAndDates(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        Map<String, LocalDate> out = new LinkedHashMap<>();
        for (Path f : files) {
            String first = Files.readAllLines(f, StandardCharsets.UTF_8).get(0);
            Matcher m = DATE_LINE.matcher(first);
            assertThat(m.matches()).as("%s: first line %s", f, first).isTrue();
            out.put(f.getFileName().toString(), LocalDate.parse(m.group(1)));
        }
        return out;
    }

    @Test
    void namesAreNumberedFromOneAndEveryReportIsDatedInsideThePeriodTheReadmeNames() throws IOException {
        Path dir = samples();
        assumeTrue(dir != null, "no samples/ above " + Path.of("").toAbsolutePath() + ": skipping");
        Map<String, LocalDate> dated = filesAndDates(dir);
        assertThat(dated).hasSize(12);
        int expected = 1;
        for (Map.Entry<String, LocalDate> e : dated.entrySet()) {
            Matcher m = NAME.matcher(e.getKey());
            assertThat(m.matches()).as("name %s", e.getKey()).isTrue();
            assertThat(Integer.parseInt(m.group(1))).as("number of %s", e.getKey()).isEqualTo(expected++);
            assertThat(e.getValue()).as("date of %s", e.getKey()).isBetween(FIRST, LAST);
        }
    }

    @Test
    void theReadmeTableListsExactlyTheFilesWithTheirDates() throws IOException {
        Path dir = samples();
        assumeTrue(dir != null, "no samples/ above " + Path.of("").toAbsolutePath() + ": skipping");
        String readme = Files.readString(dir.resolve("README.md"), StandardCharsets.UTF_8);
        Map<String, LocalDate> listed = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        Matcher m = TABLE_ROW.matcher(readme);
        while (m.find()) {
            listed.put(m.group(1), LocalDate.parse(m.group(2)));
            order.add(m.group(1));
        }
        assertThat(listed).isEqualTo(filesAndDates(dir));
        assertThat(order).isSorted();
    }
}
