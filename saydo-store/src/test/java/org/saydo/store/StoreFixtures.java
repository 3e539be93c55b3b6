package org.saydo.store;

import java.util.Map;
import java.util.Optional;

/** Small shared fixtures for store tests. */
final class StoreFixtures {

    /** A CAMEO table that knows a few codes, as the ontology would describe them. */
    static final CameoTable CAMEO = code -> Optional.ofNullable(Map.of(
            "040", new CameoTable.CodeInfo("Consult, not specified below", 1, 1.0, "CONSULT", ""),
            "042", new CameoTable.CodeInfo("Make a visit", 1, 1.9, "CONSULT", "visit"),
            "043", new CameoTable.CodeInfo("Host a visit", 1, 2.8, "CONSULT", "host"),
            "190", new CameoTable.CodeInfo("Use conventional military force, not specified below", 4, -10.0,
                    "ASSAULT", "")).get(code));

    private StoreFixtures() {
    }
}
