package org.saydo.cli;

import java.nio.file.Path;
import org.saydo.narratives.NarrativeModel;
import org.saydo.narratives.Taxonomy;
import picocli.CommandLine.Option;

/** The taxonomy and model options the narrative commands share. */
final class NarrativeOptions {

    @Option(names = "--taxonomy", paramLabel = "FILE",
            description = "A taxonomy file, one label a line (default: the shipped SemEval-2025 URW taxonomy).")
    Path taxonomy;

    @Option(names = "--model", paramLabel = "FILE",
            description = "A model written by 'saydo narratives train' (default: the shipped model).")
    Path model;

    Taxonomy taxonomy() {
        return taxonomy == null ? Taxonomy.standard() : Taxonomy.read(taxonomy);
    }

    NarrativeModel model() {
        return model == null ? NarrativeModel.standard() : NarrativeModel.read(model);
    }
}
