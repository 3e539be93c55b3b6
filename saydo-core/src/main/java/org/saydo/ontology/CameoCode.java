package org.saydo.ontology;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One CAMEO event code with what Saydo knows about it. Immutable, so thread-safe.
 *
 * @param code the code: 2 to 4 digits with leading zeros, root 01 to 20 (e.g. {@code 04}, {@code 040},
 *             {@code 0874})
 * @param name CAMEO's English name, never blank
 * @param goldstein Goldstein weight, −10 … +10, from GDELT's table (see {@link CameoOntology})
 * @param quad GDELT QuadClass 1 to 4, which must agree with the code's root (see
 *             {@link CameoOntology#quadOf(String)})
 * @param ploverType PLOVER event type (e.g. {@code ASSAULT}), or empty where PLOVER has none (CAMEO 01 and 02)
 * @param ploverMode PLOVER mode (e.g. {@code visit}), or empty where the table gives none
 * @param ploverContext PLOVER context, or empty; several contexts are joined by {@code "; "}
 *                      (e.g. {@code crime; corruption})
 */
public record CameoCode(String code, String name, double goldstein, int quad, String ploverType,
        String ploverMode, String ploverContext) {

    public CameoCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ploverType, "ploverType");
        Objects.requireNonNull(ploverMode, "ploverMode");
        Objects.requireNonNull(ploverContext, "ploverContext");
        int expectedQuad = CameoOntology.quadOf(code); // validates the code's syntax and root
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank name for CAMEO code '" + code + "'");
        }
        if (!(goldstein >= -10.0 && goldstein <= 10.0)) {
            throw new IllegalArgumentException("Goldstein weight " + goldstein + " of CAMEO code '" + code
                    + "' is outside -10 .. 10");
        }
        if (quad != expectedQuad) {
            throw new IllegalArgumentException("quad " + quad + " of CAMEO code '" + code + "' should be "
                    + expectedQuad);
        }
        if (!ploverType.matches("[A-Z]*")) {
            throw new IllegalArgumentException("not a PLOVER event type: '" + ploverType + "' (code '" + code + "')");
        }
        checkTrimmed(code, "ploverMode", ploverMode);
        checkTrimmed(code, "ploverContext", ploverContext);
    }

    private static void checkTrimmed(String code, String field, String value) {
        if (!value.equals(value.strip())) {
            throw new IllegalArgumentException(field + " '" + value + "' of CAMEO code '" + code
                    + "' has surrounding blanks");
        }
    }

    /** The 2-digit root (cue category), e.g. {@code 19} for {@code 195}. */
    public String root() {
        return CameoOntology.root(code);
    }

    /** The PLOVER contexts as a list, empty when there is none. */
    public List<String> ploverContexts() {
        return ploverContext.isEmpty() ? List.of() : Arrays.stream(ploverContext.split(";")).map(String::strip).toList();
    }
}
