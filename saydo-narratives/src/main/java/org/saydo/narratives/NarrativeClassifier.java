package org.saydo.narratives;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.saydo.doc.Document;
import org.saydo.judge.Embedder;
import org.saydo.nlp.ParsedSentence;
import org.saydo.nlp.SentenceSplitter;
import org.saydo.record.ActorRef;
import org.saydo.record.CodedDocument;
import org.saydo.record.Coder;
import org.saydo.record.Quote;

/**
 * Labels documents with the narratives of a taxonomy and cites the sentences that carry each label.
 *
 * <p>How: the document is split into sentences; each sentence is embedded (the judge's {@link Embedder}); a
 * passage is one sentence or two neighbours (the mean of their vectors); the model scores every passage; a
 * two-sentence passage's score counts for the one of its sentences that scores higher alone, and a sentence's
 * score for a label is the best score it gets so. A sub-narrative is given when
 * some sentence's score reaches the model's sub-narrative threshold; a narrative when one of its
 * sub-narratives is given, or when the summed score of its labels in one sentence reaches the narrative
 * threshold (the narrative's own score), in which case its {@code Other} sub-narrative stands for it. A
 * document with no label is {@code ["Other"]} in both lists. Where an evidence sentence holds a quote, the
 * coder's speaker of that quote is its speaker.
 *
 * <p>Thread-safe when the splitter, the embedder and the coder are (Saydo's are). Null documents are an error.
 */
public final class NarrativeClassifier {

    /** The most sentences cited for one label. */
    public static final int MAX_EVIDENCE = 3;

    private final Taxonomy taxonomy;
    private final NarrativeModel model;
    private final SentenceSplitter splitter;
    private final Embedder embedder;
    private final Coder speakers;
    private final String[] classes;
    private final String[] narrativeOfClass;

    /**
     * @param speakers the coder that finds the speakers of quotes in evidence sentences, or {@code null} to leave
     *     speakers out (faster)
     * @throws NarrativeException when the model gives a label the taxonomy does not have
     */
    public NarrativeClassifier(Taxonomy taxonomy, NarrativeModel model, SentenceSplitter splitter,
            Embedder embedder, Coder speakers) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.model = Objects.requireNonNull(model, "model");
        this.splitter = Objects.requireNonNull(splitter, "splitter");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.speakers = speakers;
        if (embedder.dimension() != model.dimension()) {
            throw new NarrativeException(model.name() + ": reads embeddings of " + model.dimension()
                    + " numbers, the embedder gives " + embedder.dimension());
        }
        List<String> labels = model.labels();
        classes = labels.toArray(String[]::new);
        narrativeOfClass = new String[classes.length];
        for (int c = 0; c < classes.length; c++) {
            String label = classes[c];
            taxonomy.require(label, model.name());
            narrativeOfClass[c] = taxonomy.isSubnarrative(label) ? taxonomy.narrativeOf(label)
                    : taxonomy.isNarrative(label) ? label : null;
        }
    }

    public NarrativeModel model() {
        return model;
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** Labels one document. */
    public DocumentLabels classify(Document document) {
        Scored scored = score(document);
        return withSpeakers(document, scored.sentences(),
                decide(scored, model.subnarrativeThreshold(), model.narrativeThreshold()));
    }

    /**
     * Labels one document whose quotes are already known (coded with it, during {@code ingest}): the speaker of
     * an evidence sentence is that of the first of {@code quotes} whose span overlaps it, and the coder is not run
     * again.
     */
    public DocumentLabels classify(Document document, List<Quote> quotes) {
        return classify(score(document), quotes);
    }

    /**
     * Labels a scored document whose quotes are already known, as {@link #classify(Document, List)} does: the
     * speaker of an evidence sentence is that of the first of {@code quotes} whose span overlaps it.
     */
    public DocumentLabels classify(Scored scored, List<Quote> quotes) {
        Objects.requireNonNull(quotes, "quotes");
        DocumentLabels labels = decide(scored, model.subnarrativeThreshold(), model.narrativeThreshold());
        List<Evidence> out = new ArrayList<>(labels.evidence().size());
        for (Evidence e : labels.evidence()) {
            ActorRef speaker = null;
            for (Quote q : quotes) {
                if (q.provenance().start() < e.end() && q.provenance().end() > e.start()) {
                    speaker = q.speaker();
                    break;
                }
            }
            out.add(e.withSpeaker(speaker));
        }
        return new DocumentLabels(labels.doc(), labels.narratives(), labels.subnarratives(), out, labels.model());
    }

    /**
     * The sentences of a document and every label's score on each, before any threshold.
     *
     * @param document the document
     */
    public Scored score(Document document) {
        Embedded e = embed(document);
        return score(document, e.sentences(), e.vectors());
    }

    /**
     * A document's sentences and their vectors, as the classifier splits and embeds them.
     *
     * @param sentences the sentences
     * @param vectors each sentence's vector, in order
     */
    public record Embedded(List<ParsedSentence> sentences, List<float[]> vectors) {
        public Embedded {
            sentences = List.copyOf(sentences);
            vectors = List.copyOf(vectors);
            if (sentences.size() != vectors.size()) {
                throw new IllegalArgumentException(sentences.size() + " sentences but " + vectors.size() + " vectors");
            }
        }
    }

    /** Splits and embeds a document (the shared embedder: sentences it remembers are not embedded again). */
    public Embedded embed(Document document) {
        Objects.requireNonNull(document, "document");
        List<ParsedSentence> sentences = splitter.split(document);
        return new Embedded(sentences, embedder.embed(sentences.stream().map(ParsedSentence::text).toList()));
    }

    /**
     * Whether a scored sentence carries some label on its own passages: its best score for a narrative's class
     * reaches the model's sub-narrative threshold (the sentences {@link #decide} may cite, before the cap of
     * {@link #MAX_EVIDENCE} per label).
     */
    public boolean carriesLabel(Scored scored, int sentence) {
        double[] row = scored.scores()[sentence];
        for (int c = 0; c < classes.length; c++) {
            if (narrativeOfClass[c] != null && row[c] >= model.subnarrativeThreshold()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Scores sentences whose embeddings were already computed (by the coder's judge, for example), so that a
     * sentence is embedded once.
     */
    public Scored score(Document document, List<ParsedSentence> sentences, List<float[]> vectors) {
        Objects.requireNonNull(document, "document");
        if (sentences.size() != vectors.size()) {
            throw new IllegalArgumentException(sentences.size() + " sentences but " + vectors.size() + " vectors");
        }
        int n = sentences.size();
        double[][] own = new double[n][];
        for (int i = 0; i < n; i++) {
            own[i] = classScores(vectors.get(i));
        }
        double[][] best = new double[n][];
        for (int i = 0; i < n; i++) {
            best[i] = own[i].clone();
        }
        for (int i = 0; i + 1 < n; i++) {
            double[] pair = classScores(mean(vectors.get(i), vectors.get(i + 1)));
            for (int c = 0; c < classes.length; c++) {
                int carrier = own[i + 1][c] > own[i][c] ? i + 1 : i;
                best[carrier][c] = Math.max(best[carrier][c], pair[c]);
            }
        }
        return new Scored(document.source(), sentences, best);
    }

    private double[] classScores(float[] vector) {
        Map<String, Double> s = model.scores(vector);
        double[] out = new double[classes.length];
        for (int c = 0; c < classes.length; c++) {
            out[c] = s.getOrDefault(classes[c], 0.0);
        }
        return out;
    }

    private static float[] mean(float[] a, float[] b) {
        float[] m = new float[a.length];
        double norm = 0;
        for (int i = 0; i < a.length; i++) {
            m[i] = (a[i] + b[i]) / 2;
            norm += m[i] * m[i];
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < m.length; i++) {
                m[i] /= (float) norm;
            }
        }
        return m;
    }

    /**
     * A document's sentences and, for each, every class's best passage score.
     *
     * @param doc the document's path as given
     * @param sentences its sentences
     * @param scores {@code scores[sentence][class]}, classes in {@link NarrativeModel#labels()} order
     */
    public record Scored(String doc, List<ParsedSentence> sentences, double[][] scores) {

        public Scored {
            Objects.requireNonNull(doc, "doc");
            sentences = List.copyOf(sentences);
            if (scores.length != sentences.size()) {
                throw new IllegalArgumentException(scores.length + " score rows for " + sentences.size()
                        + " sentences");
            }
        }
    }

    /** The labels a document gets at the given thresholds, without speakers. */
    public DocumentLabels decide(Scored s, double subThreshold, double narrativeThreshold) {
        int n = s.sentences().size();
        Map<String, List<Evidence>> cited = new HashMap<>();
        Set<String> narratives = new LinkedHashSet<>();
        Set<String> subs = new LinkedHashSet<>();
        for (int c = 0; c < classes.length; c++) {
            if (narrativeOfClass[c] == null) {
                continue;
            }
            final int cc = c;
            List<Evidence> ev = evidence(s, classes[c], i -> s.scores()[i][cc], subThreshold);
            if (!ev.isEmpty()) {
                narratives.add(narrativeOfClass[c]);
                if (taxonomy.isSubnarrative(classes[c])) {
                    subs.add(classes[c]);
                    cited.put(classes[c], ev);
                }
            }
        }
        for (String narrative : taxonomy.narratives()) {
            double[] own = new double[n];
            boolean any = false;
            for (int c = 0; c < classes.length; c++) {
                if (narrative.equals(narrativeOfClass[c])) {
                    any = true;
                    for (int i = 0; i < n; i++) {
                        own[i] += s.scores()[i][c];
                    }
                }
            }
            if (!any) {
                continue;
            }
            double threshold = narratives.contains(narrative) ? 0 : narrativeThreshold;
            List<Evidence> ev = evidence(s, narrative, i -> Math.min(1, own[i]), threshold);
            if (!ev.isEmpty()) {
                narratives.add(narrative);
                cited.put(narrative, ev);
                boolean hasSub = subs.stream().anyMatch(x -> taxonomy.narrativeOf(x).equals(narrative));
                String other = taxonomy.otherOf(narrative);
                if (!hasSub && other != null) {
                    subs.add(other);
                    cited.put(other, ev.stream().map(e -> new Evidence(other, e.sentence(), e.start(), e.end(),
                            e.text(), e.score(), null)).toList());
                }
            }
        }
        List<String> narrativeList = taxonomy.narratives().stream().filter(narratives::contains).toList();
        List<String> subList = taxonomy.subnarratives().stream().filter(subs::contains).toList();
        List<Evidence> evidence = new ArrayList<>();
        for (String label : taxonomy.labels()) {
            evidence.addAll(cited.getOrDefault(label, List.of()));
        }
        return new DocumentLabels(s.doc(), narrativeList.isEmpty() ? List.of(Taxonomy.OTHER) : narrativeList,
                subList.isEmpty() ? List.of(Taxonomy.OTHER) : subList, evidence, model.version());
    }

    private static List<Evidence> evidence(Scored s, String label, java.util.function.IntToDoubleFunction score,
            double threshold) {
        List<Integer> over = new ArrayList<>();
        for (int i = 0; i < s.sentences().size(); i++) {
            if (score.applyAsDouble(i) >= threshold) {
                over.add(i);
            }
        }
        if (over.isEmpty() || threshold <= 0 && score.applyAsDouble(argmax(s, score)) <= 0) {
            return List.of();
        }
        if (threshold <= 0) {
            over = List.of(argmax(s, score));
        }
        List<Integer> top = over.stream()
                .sorted(Comparator.comparingDouble((Integer i) -> -score.applyAsDouble(i)).thenComparing(i -> i))
                .limit(MAX_EVIDENCE).sorted().toList();
        List<Evidence> out = new ArrayList<>();
        for (int i : top) {
            ParsedSentence ps = s.sentences().get(i);
            out.add(new Evidence(label, ps.index(), ps.begin(), ps.end(), ps.text(),
                    Math.max(0, Math.min(1, score.applyAsDouble(i))), null));
        }
        return out;
    }

    private static int argmax(Scored s, java.util.function.IntToDoubleFunction score) {
        int best = 0;
        for (int i = 1; i < s.sentences().size(); i++) {
            if (score.applyAsDouble(i) > score.applyAsDouble(best)) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Adds the speaker of each evidence sentence that holds a quote: the coder reads the sentence with its two
     * neighbours (a bare quote takes its speaker from them), and the first quote it finds in the sentence gives
     * the speaker.
     */
    public DocumentLabels withSpeakers(Document document, List<ParsedSentence> all, DocumentLabels labels) {
        if (speakers == null || labels.evidence().isEmpty()) {
            return labels;
        }
        Map<Integer, ActorRef> bySentence = new HashMap<>();
        List<Evidence> out = new ArrayList<>();
        for (Evidence e : labels.evidence()) {
            if (!bySentence.containsKey(e.sentence())) {
                bySentence.put(e.sentence(), speaker(document, all, e.sentence()));
            }
            out.add(e.withSpeaker(bySentence.get(e.sentence())));
        }
        return new DocumentLabels(labels.doc(), labels.narratives(), labels.subnarratives(), out, labels.model());
    }

    private ActorRef speaker(Document document, List<ParsedSentence> sentences, int index) {
        int from = Math.max(0, index - 1);
        int to = Math.min(sentences.size() - 1, index + 1);
        int offset = sentences.get(from).begin();
        String window = document.text().substring(offset, sentences.get(to).end());
        ParsedSentence target = sentences.get(index);
        CodedDocument coded = speakers.code(new Document(Document.idOf(window), document.source(), null,
                document.outlet(), null, document.published(), window));
        for (Quote q : coded.quotes()) {
            int start = q.provenance().start() + offset;
            int end = q.provenance().end() + offset;
            if (start < target.end() && end > target.begin()) {
                return q.speaker();
            }
        }
        return null;
    }
}
