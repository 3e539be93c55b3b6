package org.saydo.dict;

/**
 * Measures the cold load time of {@link Dictionaries#defaults()} (run in a fresh JVM:
 * {@code java -cp saydo-core/target/classes:saydo-core/target/test-classes org.saydo.dict.DictionariesLoadBenchmark}).
 * Measured 2026-11: 0.8–1.0 s on a 2-CPU machine (JDK 17+).
 */
public final class DictionariesLoadBenchmark {

    private DictionariesLoadBenchmark() {
    }

    public static void main(String[] args) {
        long t = System.nanoTime();
        Dictionaries d = Dictionaries.defaults();
        System.out.printf("defaults loaded in %.0f ms: %d actor entries, %d verb entries, %d agent phrases, %d discards%n",
                (System.nanoTime() - t) / 1e6, d.actors().size(), d.verbs().entries().size(),
                d.agents().entries().size(), d.discards().entries().size());
    }
}
