package edu.stanford.nlp.parser.nndep;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.SentenceUtils;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The interleaved scorer must give CoreNLP's own scores to the last bit, and so the same parses. */
class InterleavedClassifierTest {

    private static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private static DependencyParser stock;
    private static DependencyParser fast;
    private static Classifier original;
    private static Classifier interleaved;

    @BeforeAll
    static void load() throws ReflectiveOperationException {
        stock = DependencyParser.loadFromModelFile(MODEL, new Properties());
        fast = InterleavedClassifier.load(MODEL, new Properties());
        original = classifier(stock);
        interleaved = classifier(fast);
    }

    private static Classifier classifier(DependencyParser parser) throws ReflectiveOperationException {
        Field f = DependencyParser.class.getDeclaredField("classifier");
        f.setAccessible(true);
        return (Classifier) f.get(parser);
    }

    private static List<String> parse(DependencyParser parser, List<CoreLabel> tokens) {
        GrammaticalStructure gs = parser.predict(tokens);
        return gs.typedDependencies().stream().map(TypedDependency::toString).toList();
    }

    @Test
    void coreNlpsSharedParserKeepsItsOwnScorer() throws ReflectiveOperationException {
        assertThat(fast).isNotSameAs(stock);
        assertThat(original).isNotInstanceOf(InterleavedClassifier.class);
        assertThat(classifier(DependencyParser.loadFromModelFile(MODEL, new Properties())))
                .isNotInstanceOf(InterleavedClassifier.class);
    }

    @Test
    void scoresAreCoreNlpsToTheLastBitOnRandomFeatures() {
        assertThat(interleaved).isInstanceOf(InterleavedClassifier.class);
        int vocabulary = original.getE().length;
        Random random = new Random(20261128);
        for (int n = 0; n < 2000; n++) {
            int[] features = new int[Config.numTokens];
            for (int j = 0; j < features.length; j++) {
                // mostly small ids (frequent words, tags and labels: the precomputed table), some rare words
                features[j] = random.nextInt(4) == 0 ? random.nextInt(vocabulary) : random.nextInt(200);
            }
            double[] expected = original.computeScores(features);
            double[] actual = interleaved.computeScores(features);
            assertThat(actual).hasSameSizeAs(expected);
            for (int i = 0; i < expected.length; i++) {
                assertThat(Double.doubleToRawLongBits(actual[i]))
                        .as("score %d of feature vector %d", i, n)
                        .isEqualTo(Double.doubleToRawLongBits(expected[i]));
            }
        }
    }

    @Test
    void parsesAreTheStockParsersOnTaggedSentences() throws ReflectiveOperationException {
        String[][] sentences = {
            {"Russia", "NNP", "launched", "VBD", "drones", "NNS", "at", "IN", "Kyiv", "NNP", "overnight", "RB",
                ".", "."},
            {"The", "DT", "envoys", "NNS", "said", "VBD", "they", "PRP", "would", "MD", "meet", "VB", "again", "RB",
                "in", "IN", "Geneva", "NNP", "next", "JJ", "week", "NN", ".", "."},
            {"Ankara", "NNP", ",", ",", "which", "WDT", "hosted", "VBD", "the", "DT", "talks", "NNS", ",", ",",
                "offered", "VBD", "to", "TO", "mediate", "VB", "a", "DT", "prisoner", "NN", "exchange", "NN",
                "between", "IN", "the", "DT", "two", "CD", "sides", "NNS", ".", "."},
        };
        InterleavedClassifier.install(fast); // a second call leaves the installed scorer in place
        assertThat(classifier(fast)).isSameAs(interleaved);
        for (String[] pairs : sentences) {
            List<CoreLabel> tokens = new ArrayList<>();
            List<String> words = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            for (int i = 0; i < pairs.length; i += 2) {
                words.add(pairs[i]);
                tags.add(pairs[i + 1]);
            }
            tokens.addAll(SentenceUtils.toTaggedList(words, tags).stream().map(w -> {
                CoreLabel l = new CoreLabel();
                l.setWord(w.word());
                l.setValue(w.word());
                l.setTag(w.tag());
                return l;
            }).toList());
            for (int i = 0; i < tokens.size(); i++) {
                tokens.get(i).setIndex(i + 1);
            }
            assertThat(parse(fast, tokens)).isEqualTo(parse(stock, tokens)).isNotEmpty();
        }
    }
}
