package org.saydo.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.saydo.narratives.DocumentLabels;
import org.saydo.narratives.Evidence;
import org.saydo.narratives.NarrativeClassifier;
import org.saydo.narratives.NarrativeModel;
import org.saydo.narratives.Taxonomy;
import org.saydo.record.CodedDocument;
import org.saydo.store.StoredNarratives;

/**
 * Labels coded documents with their narratives for the record ({@code ingest}, {@code recode}): the narrative
 * classifier on the document, the speakers of evidence sentences taken from the quotes the coder found (not
 * coded again), and the sentences the judge embedded not embedded again (the shared embedder remembers them).
 * Thread-safe.
 */
final class RecordNarratives implements StoredNarratives.Labeller {

    private final NarrativeClassifier classifier;

    RecordNarratives(NarrativeClassifier classifier) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
    }

    /** The shipped taxonomy and model, built on first use (a command that codes nothing loads nothing). */
    static StoredNarratives.Labeller standard() {
        return new StoredNarratives.Labeller() {
            private RecordNarratives built;

            @Override
            public StoredNarratives label(CodedDocument coded) {
                RecordNarratives r;
                synchronized (this) {
                    if (built == null) {
                        built = new RecordNarratives(Pipelines.narratives(Taxonomy.standard(),
                                NarrativeModel.standard(), false));
                    }
                    r = built;
                }
                return r.label(coded);
            }
        };
    }

    @Override
    public StoredNarratives label(CodedDocument coded) {
        DocumentLabels l = classifier.classify(coded.document(), coded.quotes());
        Taxonomy t = classifier.taxonomy();
        List<StoredNarratives.Label> labels = new ArrayList<>();
        for (String n : l.narratives()) {
            labels.add(new StoredNarratives.Label(n, n, false));
        }
        for (String s : l.subnarratives()) {
            labels.add(new StoredNarratives.Label(s, narrativeOf(t, s), true));
        }
        List<StoredNarratives.Claim> claims = new ArrayList<>();
        for (Evidence e : l.evidence()) {
            claims.add(new StoredNarratives.Claim(e.label(), narrativeOf(t, e.label()), e.sentence(), e.start(),
                    e.end(), e.text(), e.score(), e.speaker()));
        }
        return new StoredNarratives(l.model(), labels, claims);
    }

    private static String narrativeOf(Taxonomy t, String label) {
        return t.isSubnarrative(label) ? t.narrativeOf(label) : label;
    }
}
