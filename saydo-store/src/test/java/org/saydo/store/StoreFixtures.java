package org.saydo.store;

import java.util.List;
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

    /** The events of a query, read as every reader beside a writer reads them (the HTTP server's way). */
    static List<StoredEvent> events(RecordStore store, EventQuery q) {
        try (RecordReader reader = RecordReader.openBesideWriter(store.location(), 1)) {
            return reader.events(q);
        }
    }

    private StoreFixtures() {
    }
}
