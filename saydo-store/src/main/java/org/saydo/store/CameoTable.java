package org.saydo.store;

import java.util.Optional;

/**
 * What the store writes next to each CAMEO code: its name, QuadClass, Goldstein weight and PLOVER type and
 * mode. The standard table is the CAMEO ontology ({@link #standard()}); tests pass small tables of their own. Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface CameoTable {

    /** A table that knows no code: the store leaves name, quad, Goldstein and PLOVER empty. */
    CameoTable NONE = code -> Optional.empty();

    /** The CAMEO ontology ({@code CameoOntology.standard()}): every code's name, QuadClass, Goldstein, PLOVER. */
    static CameoTable standard() {
        org.saydo.ontology.CameoOntology ontology = org.saydo.ontology.CameoOntology.standard();
        return code -> ontology.find(code).map(c -> new CodeInfo(c.name(), c.quad(), c.goldstein(), c.ploverType(),
                c.ploverMode()));
    }

    /** Describes one code, or empty when the table does not know it. Throws on null. */
    Optional<CodeInfo> describe(String code);

    /**
     * One code's columns.
     *
     * @param name CAMEO's name for the code
     * @param quad GDELT QuadClass, 1 to 4
     * @param goldstein Goldstein weight, -10 to 10
     * @param ploverType PLOVER event type, or empty
     * @param ploverMode PLOVER mode, or empty
     */
    record CodeInfo(String name, int quad, double goldstein, String ploverType, String ploverMode) {

        public CodeInfo {
            java.util.Objects.requireNonNull(name, "name");
            java.util.Objects.requireNonNull(ploverType, "ploverType");
            java.util.Objects.requireNonNull(ploverMode, "ploverMode");
            if (quad < 1 || quad > 4) {
                throw new IllegalArgumentException("quad not in 1..4: " + quad);
            }
            if (!(goldstein >= -10 && goldstein <= 10)) {
                throw new IllegalArgumentException("Goldstein weight not in -10..10: " + goldstein);
            }
        }
    }
}
