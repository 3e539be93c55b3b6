package org.saydo.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.saydo.narratives.DocumentLabels;
import org.saydo.narratives.Evidence;
import org.saydo.narratives.NarrativeClassifier;
import org.saydo.narratives.NarrativeModel;
import org.saydo.narratives.Taxonomy;
import org.saydo.nlp.ParsedSentence;
import org.saydo.record.ActorRef;
import org.saydo.record.CodedDocument;
import org.saydo.record.Event;
import org.saydo.record.Modality;
import org.saydo.record.Provenance;
import org.saydo.record.Quote;
import org.saydo.store.StoredNarratives;

/**
 * Labels coded documents with their narratives for the record ({@code ingest}, {@code recode}, documents posted
 * to {@code serve}): the narrative classifier on the document, the speakers of evidence sentences taken from the
 * quotes the coder found (not coded again), and the sentences the judge embedded not embedded again (the shared
 * embedder remembers them). It also gives the document's claims with the vectors the classifier computed (so
 * {@code narratives discover --db} does not embed them again): each sentence that holds a quote ({@code quote}
 * when the first quote in it is direct, else {@code reported}; its speaker), else one that holds an act the coder
 * marks reported ({@code reported}; the reporter), else one in which the model scores a label at its sub-narrative
 * threshold ({@code opinion}; no speaker). Thread-safe.
 */
final class RecordNarratives implements StoredNarratives.Labeller {

    private final NarrativeClassifier classifier;
    private final String embedder;

    /**
     * @param embedder the name of the classifier's sentence model, stored beside the claims' vectors
     */
    RecordNarratives(NarrativeClassifier classifier, String embedder) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
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
                                NarrativeModel.standard(), false), org.saydo.judge.MiniLmEmbedder.NAME);
                    }
                    r = built;
                }
                return r.label(coded);
            }
        };
    }

    @Override
    public StoredNarratives label(CodedDocument coded) {
        NarrativeClassifier.Embedded embedded = classifier.embed(coded.document());
        NarrativeClassifier.Scored scored = classifier.score(coded.document(), embedded.sentences(),
                embedded.vectors());
        DocumentLabels l = classifier.classify(scored, coded.quotes());
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
        return new StoredNarratives(l.model(), labels, claims, embedder, claims(coded, scored, embedded.vectors()));
    }

    /** The document's claim sentences, in order (see the class comment). */
    private List<StoredNarratives.ClaimSentence> claims(CodedDocument coded, NarrativeClassifier.Scored scored,
            List<float[]> vectors) {
        List<StoredNarratives.ClaimSentence> out = new ArrayList<>();
        for (int i = 0; i < scored.sentences().size(); i++) {
            ParsedSentence s = scored.sentences().get(i);
            Quote first = null;
            for (Quote q : coded.quotes()) {
                if (overlaps(q.provenance(), s) && (first == null
                        || q.provenance().start() < first.provenance().start())) {
                    first = q;
                }
            }
            StoredNarratives.Kind kind = null;
            ActorRef speaker = null;
            if (first != null) {
                kind = first.direct() ? StoredNarratives.Kind.QUOTE : StoredNarratives.Kind.REPORTED;
                speaker = first.speaker();
            } else {
                for (Event e : coded.events()) {
                    if (e.modality() == Modality.REPORTED && e.reportedBy() != null && overlaps(e.provenance(), s)) {
                        kind = StoredNarratives.Kind.REPORTED;
                        speaker = e.reportedBy();
                        break;
                    }
                }
                if (kind == null && classifier.carriesLabel(scored, i)) {
                    kind = StoredNarratives.Kind.OPINION;
                }
            }
            if (kind != null) {
                out.add(new StoredNarratives.ClaimSentence(s.index(), s.begin(), s.end(), s.text(), kind, speaker,
                        vectors.get(i)));
            }
        }
        return out;
    }

    private static boolean overlaps(Provenance p, ParsedSentence s) {
        return p.start() < s.end() && p.end() > s.begin();
    }

    private static String narrativeOf(Taxonomy t, String label) {
        return t.isSubnarrative(label) ? t.narrativeOf(label) : label;
    }
}
