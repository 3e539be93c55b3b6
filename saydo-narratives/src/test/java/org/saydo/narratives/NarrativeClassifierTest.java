package org.saydo.narratives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.doc.Document;
import org.saydo.judge.Embedder;
import org.saydo.judge.MiniLmEmbedder;
import org.saydo.nlp.ParsedSentence;
import org.saydo.nlp.SentenceSplitter;
import org.saydo.record.ActorRef;
import org.saydo.record.CodedDocument;
import org.saydo.record.DateBasis;
import org.saydo.record.Modality;
import org.saydo.record.Provenance;
import org.saydo.record.Quote;

/**
 * A model trained on a handful of examples of two sub-narratives labels a document that voices one of them,
 * cites the sentence that carries it with its offsets and its speaker, and leaves a neutral report "Other".
 */
class NarrativeClassifierTest {

    static final String NUCLEAR = "URW: Amplifying war-related fears: There is a real possibility that nuclear "
            + "weapons will be employed";
    static final String MEDIA = "URW: Distrust towards Media: Western media is an instrument of propaganda";

    static Embedder embedder;
    static NarrativeModel model;

    /** Sentences end at a full stop followed by a space or the end: enough for these texts. */
    static final SentenceSplitter SPLITTER = d -> {
        List<ParsedSentence> out = new ArrayList<>();
        Matcher m = Pattern.compile("[^.]+\\.").matcher(d.text());
        while (m.find()) {
            int b = m.start();
            while (Character.isWhitespace(d.text().charAt(b))) {
                b++;
            }
            out.add(new ParsedSentence(out.size(), b, m.end(), d.text().substring(b, m.end()), List.of(),
                    List.of(), List.of()));
        }
        return out;
    };

    @BeforeAll
    static void train() {
        embedder = new MiniLmEmbedder();
        List<Examples.Example> ex = new ArrayList<>();
        for (String t : List.of("Moscow could use its nuclear arsenal if the West keeps arming Kyiv.",
                "The risk that atomic weapons will be used in Ukraine has never been higher.",
                "A tactical nuclear strike is now a real possibility, the analyst warned.",
                "Russia's doctrine allows a nuclear response, and the Kremlin means it.",
                "One more step by NATO and the nuclear button will be pressed.",
                "Experts fear the war could end in a mushroom cloud over Europe.")) {
            ex.add(new Examples.Example(NUCLEAR, Examples.Kind.positive, "test", t, "test"));
        }
        for (String t : List.of("Western newspapers print whatever Washington dictates about the war.",
                "The BBC and CNN are propaganda machines for NATO.",
                "Do not believe the Western press: it lies about Ukraine every day.",
                "European media hide the truth about the conflict on orders from their governments.",
                "Mainstream Western outlets are just mouthpieces of the State Department.",
                "The New York Times is a tool of Western propaganda on Ukraine.")) {
            ex.add(new Examples.Example(MEDIA, Examples.Kind.positive, "test", t, "test"));
        }
        for (String t : List.of("Fact-checkers found no sign that nuclear forces had changed their posture.",
                "The newspaper corrected an error in its report on grain exports.")) {
            ex.add(new Examples.Example(NUCLEAR, Examples.Kind.negative, "test", t, "test"));
        }
        List<String> background = List.of("The train from Lviv arrived two hours late on Monday.",
                "The ministry published grain export figures for October.",
                "Rain is expected across the region later this week.",
                "The city council approved a budget for new schools.",
                "Officials met in Geneva to discuss prisoner exchanges.",
                "The football match was postponed because of the weather.");
        model = NarrativeTrainer.train(ex, background, embedder, MiniLmEmbedder.NAME,
                new NarrativeTrainer.Settings(30, 0.5, 2, 42, 1), new NarrativeTrainer.Thresholds(0.5, 0.6, "test"),
                Map.of("command", "test")).model();
    }

    @Test
    void aDocumentVoicingANarrativeGetsItWithTheSentenceAndItsSpeaker() {
        String text = "The foreign minister spoke in Moscow on Tuesday. \"Our nuclear weapons could be used if "
                + "NATO crosses the line,\" he said. The ministry then published its grain export figures.";
        ActorRef lavrov = new ActorRef("RUSGOV", "SERGEY LAVROV", "the foreign minister");
        NarrativeClassifier c = new NarrativeClassifier(Taxonomy.standard(), model, SPLITTER, embedder,
                d -> new CodedDocument(d, 1, List.of(), quoteIn(d, "Our nuclear", lavrov)));
        DocumentLabels labels = c.classify(Document.of("a.txt", null, text));
        assertThat(labels.narratives()).containsExactly("URW: Amplifying war-related fears");
        assertThat(labels.subnarratives()).containsExactly(NUCLEAR);
        Evidence e = labels.evidence().stream().filter(x -> x.label().equals(NUCLEAR))
                .max(java.util.Comparator.comparingDouble(Evidence::score)).orElseThrow();
        assertThat(e.sentence()).isEqualTo(1);
        assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text()).startsWith("\"Our nuclear weapons");
        assertThat(e.speaker()).isEqualTo(lavrov);
        assertThat(labels.evidence()).extracting(Evidence::label).contains("URW: Amplifying war-related fears");
        assertThat(labels.model()).isEqualTo(model.version());
    }

    @Test
    void aNeutralReportIsOtherInBothLists() {
        NarrativeClassifier c = new NarrativeClassifier(Taxonomy.standard(), model, SPLITTER, embedder, null);
        DocumentLabels labels = c.classify(Document.of("b.txt", null, "The city council approved a budget "
                + "for new schools on Monday. The match was postponed because of rain."));
        assertThat(labels.narratives()).containsExactly("Other");
        assertThat(labels.subnarratives()).containsExactly("Other");
        assertThat(labels.evidence()).isEmpty();
    }

    @Test
    void aNarrativeWhoseOwnScoreIsHighButNoSubnarrativeIsGivenStandsAsItsOther() {
        NarrativeClassifier c = new NarrativeClassifier(Taxonomy.standard(), model, SPLITTER, embedder, null);
        NarrativeClassifier.Scored s = c.score(Document.of("c.txt", null, "The BBC lies for NATO."));
        // a sub-narrative threshold nothing reaches, a narrative threshold the media sentence reaches
        DocumentLabels labels = c.decide(s, 1.0, 0.2);
        assertThat(labels.narratives()).containsExactly("URW: Distrust towards Media");
        assertThat(labels.subnarratives()).containsExactly("URW: Distrust towards Media: Other");
    }

    @Test
    void aModelReadBackHasTheSameVersionThresholdsAndProvenance(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("m.model");
        model.write(f);
        NarrativeModel back = NarrativeModel.read(f);
        assertThat(back.subnarrativeThreshold()).isEqualTo(0.5);
        assertThat(back.narrativeThreshold()).isEqualTo(0.6);
        assertThat(back.labels()).containsExactly(NUCLEAR, MEDIA);
        assertThat(back.provenance()).containsEntry("examples", "14").containsEntry("background_sentences", "6")
                .containsKeys("data_sha256", "cv", "trained_at", "hyper_parameters").containsEntry("command", "test");
        assertThat(NarrativeModel.read(f).version()).isEqualTo(back.version()).hasSize(12);
        Path junk = Files.writeString(dir.resolve("junk.model"), "not a model");
        assertThatThrownBy(() -> NarrativeModel.read(junk)).isInstanceOf(NarrativeException.class)
                .hasMessageStartingWith(junk + ": not a narrative model");
    }

    @Test
    void aModelWithALabelTheTaxonomyLacksIsRefused(@TempDir Path dir) throws Exception {
        Path cc = Files.writeString(dir.resolve("cc.txt"), "CC: Criticism of climate policies\n");
        assertThatThrownBy(() -> new NarrativeClassifier(Taxonomy.read(cc), model, SPLITTER, embedder, null))
                .isInstanceOf(NarrativeException.class).hasMessageContaining("unknown label '" + NUCLEAR + "'");
    }

    @Test
    void randomTextGivesLabelsWhoseEvidenceLiesInsideTheTextAndTheSameTwice() {
        NarrativeClassifier c = new NarrativeClassifier(Taxonomy.standard(), model, SPLITTER, embedder, null);
        java.util.Random random = new java.util.Random(7);
        String words = "nuclear NATO press lies Kyiv weapons the a of war council budget . . propaganda";
        String[] w = words.split(" ");
        for (int n = 0; n < 20; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, len = random.nextInt(40); i < len; i++) {
                text.append(w[random.nextInt(w.length)]).append(random.nextInt(5) == 0 ? "\n" : " ");
            }
            Document d = Document.of("r" + n, null, text.toString());
            DocumentLabels labels = c.classify(d);
            assertThat(labels.narratives()).isNotEmpty();
            assertThat(labels.subnarratives()).isNotEmpty();
            for (Evidence e : labels.evidence()) {
                assertThat(d.text().substring(e.start(), e.end())).isEqualTo(e.text());
                assertThat(Taxonomy.standard().contains(e.label())).isTrue();
            }
            assertThat(c.classify(d)).isEqualTo(labels);
        }
    }

    private static List<Quote> quoteIn(Document d, String words, ActorRef speaker) {
        int at = d.text().indexOf(words);
        if (at < 0) {
            return List.of();
        }
        return List.of(new Quote(speaker, null, words, true, "say", "010", Modality.ASSERTED, null,
                DateBasis.PUBLICATION, null, d.text(), new Provenance(d.id(), d.source(), 0, 0, d.text().length(), at,
                        at + words.length(), "said", at, at + 4, "quote:direct verb=say", "test")));
    }
}
