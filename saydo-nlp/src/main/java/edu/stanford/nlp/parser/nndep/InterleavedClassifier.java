package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CoreNLP's neural dependency parser's scorer ({@link Classifier#computeScores(int[])}), computing the very same
 * numbers several rows at a time. Given to a parser of Saydo's own by {@link #load}; it lives in
 * CoreNLP's package because the parser calls the scorer through a package-private method.
 *
 * <p>Why: the parser spends most of its time in two matrix products (the hidden layer's non-precomputed slices and
 * the output layer, about 40% of Saydo's whole pipeline), each row a dot product summed one term after the other.
 * Each sum waits for the previous addition, so the processor idles between terms. Here the weights are held
 * transposed and all rows are advanced together, one term at a time: every row's terms are still added in the
 * same order, from the same starting value, with the same float and double roundings as in {@code Classifier}, so
 * every score — and so every parse — is the same to the last bit; only the rows' additions overlap (and the
 * compiler can put several rows in one vector instruction). The precomputed table is the parser's own
 * ({@code saved}), and its index is held in an {@code int} hash table instead of a map of boxed integers.
 *
 * <p>Slices of the hidden layer that are not precomputed are remembered (as CoreNLP does, up to
 * twice {@code numCached} of them, the map emptied when full) in a concurrent map instead of CoreNLP's synchronized
 * LRU cache: a slice is a pure function of its word and position, so what is remembered changes only the time,
 * never a score.
 *
 * <p>Thread-safe: the weights are only read; the cache is concurrent. Prediction only: training uses
 * {@link Classifier} itself.
 */
public final class InterleavedClassifier extends Classifier {

    private final float[][] w1;
    /** The hidden layer's weights transposed: {@code w1t[column * hiddenSize + row] = W1[row][column]}. */
    private final float[] w1t;
    /** The output layer's weights transposed and widened: {@code w2t[k * labels + row] = (double) W2[row][k]}. */
    private final double[] w2t;
    private final int labels;
    private final float[][] e;
    private final float[] b1;
    private final double[][] saved;
    private final int hiddenSize;
    private final int embeddingSize;
    private final int numCached;
    /** The precomputed table's index, open addressing: key {@code token * numTokens + position}, or -1 when free. */
    private final int[] preKeys;
    private final int[] preValues;
    private final int preMask;
    private final ConcurrentHashMap<Integer, float[]> cache = new ConcurrentHashMap<>();

    private InterleavedClassifier(Config config, Classifier original, double[][] saved, Map<Integer, Integer> preMap) {
        // the superclass's own arrays are never read (computeScores is overridden): tiny ones keep it from
        // allocating gradient histories the size of the real weights
        super(config, new float[1][1], new float[1][1], new float[1], new float[1][1], List.of());
        this.w1 = original.getW1();
        float[][] w2 = original.getW2();
        this.e = original.getE();
        this.b1 = original.getb1();
        this.saved = saved;
        this.hiddenSize = config.hiddenSize;
        this.embeddingSize = config.embeddingSize;
        this.numCached = config.numCached;
        this.labels = w2.length;
        this.w2t = new double[labels * hiddenSize];
        for (int r = 0; r < labels; r++) {
            if (w2[r].length != hiddenSize) {
                throw new IllegalStateException("output row " + r + " has " + w2[r].length + " weights, not "
                        + hiddenSize);
            }
            for (int k = 0; k < hiddenSize; k++) {
                w2t[k * labels + r] = w2[r][k];
            }
        }
        int columns = w1.length == 0 ? 0 : w1[0].length;
        this.w1t = new float[columns * hiddenSize];
        for (int r = 0; r < hiddenSize; r++) {
            for (int c = 0; c < columns; c++) {
                w1t[c * hiddenSize + r] = w1[r][c];
            }
        }
        int capacity = Integer.highestOneBit(Math.max(4, preMap.size() * 2 + 1)) << 1;
        this.preKeys = new int[capacity];
        this.preValues = new int[capacity];
        this.preMask = capacity - 1;
        java.util.Arrays.fill(preKeys, -1);
        for (Map.Entry<Integer, Integer> entry : preMap.entrySet()) {
            int key = entry.getKey();
            if (key < 0) {
                throw new IllegalStateException("negative precomputed feature index " + key);
            }
            int slot = slot(key);
            while (preKeys[slot] != -1) {
                slot = (slot + 1) & preMask;
            }
            preKeys[slot] = key;
            preValues[slot] = entry.getValue();
        }
    }

    /**
     * Loads a dependency parser of its own from {@code model} (a class-path resource or file) and gives it this
     * scorer. It is not CoreNLP's shared instance ({@code DependencyParser.loadFromModelFile} hands one parser per
     * model to every caller, the stock {@code depparse} annotator included), so nothing else is changed.
     *
     * @throws IllegalStateException when this CoreNLP's parser does not have the fields this class reads (another
     *     CoreNLP version)
     */
    public static DependencyParser load(String model, Properties properties) {
        Objects.requireNonNull(model, "model");
        DependencyParser parser = new DependencyParser(Objects.requireNonNull(properties, "properties"));
        parser.loadModelFile(model, false);
        install(parser);
        return parser;
    }

    /** Replaces {@code parser}'s scorer by one that computes the same scores faster (once; again is a no-op). */
    static void install(DependencyParser parser) {
        Objects.requireNonNull(parser, "parser");
        try {
            Field classifierField = DependencyParser.class.getDeclaredField("classifier");
            classifierField.setAccessible(true);
            Classifier original = (Classifier) classifierField.get(parser);
            if (original instanceof InterleavedClassifier) {
                return;
            }
            Config config = (Config) read(original, "config");
            if ((Boolean) read(original, "isTraining")) {
                throw new IllegalStateException("the parser's classifier is training");
            }
            @SuppressWarnings("unchecked")
            Map<Integer, Integer> preMap = (Map<Integer, Integer>) read(original, "preMap");
            double[][] saved = (double[][]) read(original, "saved");
            if (saved == null) {
                throw new IllegalStateException("the parser's classifier has no precomputed table");
            }
            classifierField.set(parser, new InterleavedClassifier(config, original, saved, preMap));
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("cannot install the interleaved scorer into CoreNLP's dependency parser "
                    + "(a CoreNLP version other than 4.5.x?): " + e, e);
        }
    }

    private static Object read(Classifier classifier, String name) throws ReflectiveOperationException {
        Field f = Classifier.class.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(classifier);
    }

    private int slot(int key) {
        int h = key * 0x9E3779B9;
        return (h ^ (h >>> 16)) & preMask;
    }

    private int precomputed(int key) {
        for (int slot = slot(key); ; slot = (slot + 1) & preMask) {
            int k = preKeys[slot];
            if (k == key) {
                return preValues[slot];
            }
            if (k == -1) {
                return -1;
            }
        }
    }

    /** The same as {@code Classifier.computeScores(int[])} (numTokens 48, not training), bit for bit. */
    @Override
    double[] computeScores(int[] feature) {
        double[] hidden = new double[hiddenSize];
        int offset = 0;
        for (int j = 0; j < feature.length; j++) {
            int tok = feature[j];
            int index = tok * Config.numTokens + j;
            int id = index < 0 ? -1 : precomputed(index);
            if (id >= 0) {
                double[] row = saved[id];
                for (int i = 0; i < hidden.length; i++) {
                    hidden[i] += row[i];
                }
            } else if (numCached == 0) {
                sliceSum(hidden, w1, e[tok], offset);
            } else {
                float[] slice = cache.get(index);
                if (slice == null) {
                    slice = slice(e[tok], offset);
                    if (cache.size() >= 2 * numCached) {
                        cache.clear();
                    }
                    cache.put(index, slice);
                }
                for (int i = 0; i < hidden.length; i++) {
                    hidden[i] += slice[i];
                }
            }
            offset += embeddingSize;
        }
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] += b1[i];
            hidden[i] = hidden[i] * hidden[i] * hidden[i];
        }
        return output(hidden);
    }

    /**
     * The output layer, {@code W2 × hidden}: each row's sum taken in index order from 0.0, as CoreNLP's
     * {@code ArrayMath.dotProduct}, but all rows advanced together one term at a time (the transposed weights make
     * the inner loop run over rows, which the compiler turns into vector instructions without reordering any
     * row's sum).
     */
    private double[] output(double[] hidden) {
        double[] out = new double[labels];
        for (int k = 0; k < hiddenSize; k++) {
            double xk = hidden[k];
            int base = k * labels;
            for (int r = 0; r < labels; r++) {
                out[r] += xk * w2t[base + r];
            }
        }
        return out;
    }

    /**
     * One feature's slice of the hidden layer, as CoreNLP's {@code matrixMultiplySlice}: for each row, the float
     * products {@code W1[row][offset + k] * v[k]} summed in a double in index order, stored as a float; all rows
     * advanced together, as in {@link #output}.
     */
    private float[] slice(float[] v, int offset) {
        double[] sums = new double[hiddenSize];
        for (int k = 0; k < v.length; k++) {
            float vk = v[k];
            int base = (offset + k) * hiddenSize;
            for (int r = 0; r < hiddenSize; r++) {
                sums[r] += w1t[base + r] * vk;
            }
        }
        float[] out = new float[hiddenSize];
        for (int r = 0; r < hiddenSize; r++) {
            out[r] = (float) sums[r];
        }
        return out;
    }

    /** As CoreNLP's {@code matrixMultiplySliceSum}: each row's products added to {@code hidden[row]} in order. */
    static void sliceSum(double[] hidden, float[][] w, float[] v, int offset) {
        for (int r = 0; r < w.length; r++) {
            float[] a = w[r];
            double s = hidden[r];
            for (int k = 0; k < v.length; k++) {
                s += a[offset + k] * v[k];
            }
            hidden[r] = s;
        }
    }
}
