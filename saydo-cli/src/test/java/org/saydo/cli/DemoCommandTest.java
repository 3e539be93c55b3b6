package org.saydo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

    @Test
    void theStepsArePrintedAsTheyRunButAPostgresPasswordIsNot() {
        assertThat(DemoCommand.shown(List.of("gap", "--db", "postgresql://ana:s3cret@db:5432/saydo?currentSchema=t",
                "--actor", "RUS"))).isEqualTo("$ bin/saydo gap --db postgresql://ana@db:5432/saydo?currentSchema=t "
                        + "--actor RUS");
        assertThat(DemoCommand.shown(List.of("ingest", "--db", "saydo.duckdb", "samples")))
                .isEqualTo("$ bin/saydo ingest --db saydo.duckdb samples");
    }
}
