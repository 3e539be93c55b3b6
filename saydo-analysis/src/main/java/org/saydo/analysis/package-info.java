/**
 * The analyses of the record: say–do gap ({@link org.saydo.analysis.GapAnalysis}), behaviour around talks
 * ({@link org.saydo.analysis.AroundTalks}), the ledger of commitments ({@link org.saydo.analysis.Ledger}) and an
 * actor's profile ({@link org.saydo.analysis.Profile}), plus charts ({@link org.saydo.analysis.Chart}). Each
 * analysis is one service class with a typed request and result, called the same way by the CLI and the
 * HTTP API. They read the DuckDB record through the store's {@link org.saydo.store.RecordReader}, never the coder, so they
 * run on GDELT imports as well as on coded text; aggregation runs in SQL, in the reader.
 */
package org.saydo.analysis;
