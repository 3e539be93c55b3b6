package org.saydo.dict;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates /work/shared/data/petrarch for tests that read the real dictionary files. */
final class SharedData {

    private SharedData() {
    }

    /** @return the petrarch data folder; skips the calling test (visibly) when it is absent */
    static Path petrarch() {
        String prop = System.getProperty("saydo.shared");
        Path shared = prop != null ? Path.of(prop) : Path.of("..", "..", "shared");
        Path dir = shared.resolve("data").resolve("petrarch");
        assumeTrue(Files.isDirectory(dir),
                "shared PETRARCH data not found at " + dir.toAbsolutePath().normalize()
                        + " (set -Dsaydo.shared=...); skipping tests on the real dictionary files");
        return dir;
    }

    static Path file(String name) {
        Path f = petrarch().resolve(name);
        assumeTrue(Files.isRegularFile(f), "shared file missing: " + f + "; skipping");
        return f;
    }
}
