package org.saydo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void theStepsArePrintedAsTheyRunButAPostgresPasswordIsNot() {
        assertThat(DemoCommand.shown(List.of("gap", "--db", "postgresql://ana:s3cret@db:5432/saydo?currentSchema=t",
                "--actor", "RUS"))).isEqualTo("$ bin/saydo gap --db postgresql://ana@db:5432/saydo?currentSchema=t "
                        + "--actor RUS");
        assertThat(DemoCommand.shown(List.of("ingest", "--db", "saydo.duckdb", "samples")))
                .isEqualTo("$ bin/saydo ingest --db saydo.duckdb samples");
    }

    /** Without {@code --db} the demo writes the record {@code SAYDO_DB} names, as every store command does. */
    @Test
    void theDemoHonoursSaydoDb() throws IOException, InterruptedException {
        Path samples = Files.createDirectories(dir.resolve("no-samples"));
        Path team = dir.resolve("team.duckdb");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Saydo.class.getName(), "demo", "--samples",
                samples.toString());
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("demo.out").toFile()).redirectError(dir.resolve("demo.err").toFile());
        pb.environment().put("SAYDO_DB", team.toString());
        Process child = pb.start();
        child.getOutputStream().close();
        if (!child.waitFor(180, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("saydo demo did not finish");
        }
        String out = Files.readString(dir.resolve("demo.out"), StandardCharsets.UTF_8);
        assertThat(out).as(Files.readString(dir.resolve("demo.err"), StandardCharsets.UTF_8))
                .contains("$ bin/saydo ingest --db " + team + " " + samples)
                .contains("$ bin/saydo gap --db " + team + " --actor RUS");
        assertThat(team).exists();
        assertThat(dir.resolve("saydo.duckdb")).doesNotExist();
    }
}
