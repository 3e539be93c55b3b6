package org.saydo.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.cli.Pipelines;

/**
 * The fuzz harness of RELIABILITY.md at a small, fixed size (seed 1, 20 damaged inputs per door, a JSON Lines
 * line over the limit, 3 texts through the whole coder): nothing escapes, every refusal is named, nothing hangs,
 * nothing good is lost, the same input gives the same result. {@code saydo fuzz --count 10000} runs it large.
 */
class FuzzTest {

    @TempDir
    Path dir;

    @Test
    void damagedInputsThroughEveryDoorBreakNoPromise() {
        Fuzzer.Report report = new Fuzzer(new Fuzzer.Options(20 * Fuzzer.DOORS.size(), 1, 3, Duration.ofSeconds(60),
                true), dir, () -> Pipelines.standard(List.of())).run();
        assertThat(report.failures()).isEmpty();
        assertThat(report.clean()).isTrue();
        for (Fuzzer.DoorFigures door : report.doors()) {
            if (door.door().equals("code")) {
                assertThat(door.inputs()).isEqualTo(3);
                assertThat(door.accepted()).as("code: some damaged texts are still read and coded").isPositive();
            } else {
                assertThat(door.inputs()).as(door.door()).isEqualTo(door.door().equals("jsonl") ? 21 : 20);
                // both paths of every door are reached: some damaged inputs are still read, some are refused
                assertThat(door.accepted()).as(door.door() + " accepted").isPositive();
                assertThat(door.refused()).as(door.door() + " refused").isPositive();
            }
        }
    }

    @Test
    void linesAreCountedAsTheLineReaderCountsThem() {
        assertThat(Fuzzer.lineCount("".getBytes(StandardCharsets.UTF_8))).isZero();
        assertThat(Fuzzer.lineCount("a".getBytes(StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(Fuzzer.lineCount("a\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(Fuzzer.lineCount("a\r\nb\rc\n\nd".getBytes(StandardCharsets.UTF_8))).isEqualTo(5);
    }
}
