package org.saydo.cli;

import org.saydo.store.StoredNarratives;
import picocli.CommandLine.Option;

/** The narratives a command that writes documents ({@code ingest}, {@code recode}) labels them with. */
final class NarrativeLabelling {

    @Option(names = "--no-narratives", description = "do not label the documents with their narratives")
    boolean off;

    /** Labels each document's narratives into the record; null for none (the tests' coders). */
    StoredNarratives.Labeller labeller;

    /** @return the labeller to write with, or null when there is none or {@code --no-narratives} was given */
    StoredNarratives.Labeller active() {
        return off ? null : labeller;
    }
}
