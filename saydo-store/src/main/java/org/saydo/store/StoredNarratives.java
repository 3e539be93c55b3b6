package org.saydo.store;

import java.util.List;
import java.util.Objects;
import org.saydo.record.ActorRef;

/**
 * The narratives of one document as the record keeps them: its labels, the sentences that carry each label (the
 * evidence, with the speaker where a quote carries it), and its claims — the sentences {@code narratives discover}
 * clusters — each with its sentence vector.
 *
 * @param model the version of the narrative model that gave them
 * @param labels the document's labels, narratives and sub-narratives ({@code Other} at both levels when none)
 * @param claims the sentences that carry each label
 * @param embedder the name of the sentence model that gave the claim sentences' vectors, or null when none has
 *     a vector
 * @param claimSentences the document's claims (quotes, reported speech, opinion), in sentence order, one per
 *     sentence
 */
public record StoredNarratives(String model, List<Label> labels, List<Claim> claims, String embedder,
        List<ClaimSentence> claimSentences) {

    /** The label a document with no narrative gets at both levels. */
    public static final String OTHER = "Other";

    public StoredNarratives {
        Objects.requireNonNull(model, "model");
        labels = List.copyOf(labels);
        claims = List.copyOf(claims);
        claimSentences = List.copyOf(claimSentences);
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("a labelled document has at least one label (\"Other\" when none)");
        }
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (ClaimSentence c : claimSentences) {
            if (!seen.add(c.sentence())) {
                throw new IllegalArgumentException("sentence " + c.sentence() + " is a claim twice");
            }
            if (c.vector() != null && embedder == null) {
                throw new IllegalArgumentException("sentence " + c.sentence() + " has a vector but no embedder is named");
            }
        }
    }

    /** Labels and evidence, without claim sentences. */
    public StoredNarratives(String model, List<Label> labels, List<Claim> claims) {
        this(model, labels, claims, null, List.of());
    }

    /** What makes a sentence a claim. */
    public enum Kind {
        /** it holds words in quotation marks, the coder's direct quote */
        QUOTE,
        /** it renders what someone said without quotation marks: an indirect quote, or an act the coder marks reported */
        REPORTED,
        /** no one is quoted, but the narrative model scores a label in it at its sub-narrative threshold */
        OPINION;

        /** The name stored and shown: {@code quote}, {@code reported}, {@code opinion}. */
        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A claim: a sentence that says something someone holds.
     *
     * @param sentence the sentence's index in the document, from 0
     * @param start the sentence's first character in the document
     * @param end the character after the sentence
     * @param text the sentence
     * @param kind what makes it a claim
     * @param speaker who voices it (the first quote's speaker, or the reporter of a reported act), or null
     * @param vector the sentence's vector, or null when not computed
     */
    public record ClaimSentence(int sentence, int start, int end, String text, Kind kind, ActorRef speaker,
            float[] vector) {
        public ClaimSentence {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(kind, "kind");
            if (sentence < 0 || start < 0 || start > end) {
                throw new IllegalArgumentException("bad claim offsets: sentence " + sentence + ", " + start + "-" + end);
            }
            vector = vector == null ? null : vector.clone();
        }

        @Override
        public float[] vector() {
            return vector == null ? null : vector.clone();
        }
    }

    /** A vector as the record keeps it: Base64 of its numbers as little-endian IEEE 754 single precision. */
    public static String encode(float[] vector) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(vector.length * 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(vector);
        return java.util.Base64.getEncoder().encodeToString(b.array());
    }

    /** The vector {@link #encode} wrote. */
    public static float[] decode(String stored) {
        byte[] bytes = java.util.Base64.getDecoder().decode(stored);
        if (bytes.length % 4 != 0) {
            throw new IllegalArgumentException("a stored vector of " + bytes.length + " bytes (not whole numbers)");
        }
        float[] out = new float[bytes.length / 4];
        java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
        return out;
    }

    /**
     * One label of a document.
     *
     * @param label the label as the taxonomy spells it
     * @param narrative the narrative it belongs to (itself for a narrative; {@code Other} for {@code Other})
     * @param subnarrative whether it is a sub-narrative
     */
    public record Label(String label, String narrative, boolean subnarrative) {
        public Label {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(narrative, "narrative");
        }
    }

    /**
     * A sentence that carries a label.
     *
     * @param label the label
     * @param narrative the label's narrative
     * @param sentence the sentence's index in the document, from 0
     * @param start the sentence's first character in the document
     * @param end the character after the sentence
     * @param text the sentence
     * @param score the classifier's score, 0–1
     * @param speaker the speaker of the quote in the sentence that carries it, or null
     */
    public record Claim(String label, String narrative, int sentence, int start, int end, String text, double score,
            ActorRef speaker) {
        public Claim {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(narrative, "narrative");
            Objects.requireNonNull(text, "text");
            if (sentence < 0 || start < 0 || start > end) {
                throw new IllegalArgumentException(label + ": bad claim offsets: sentence " + sentence + ", "
                        + start + "-" + end);
            }
        }
    }

    /**
     * Labels a coded document with its narratives (run by {@link Ingester}'s workers, beside the coder).
     * Implementations are thread-safe; they return null for a document they do not label.
     */
    @FunctionalInterface
    public interface Labeller {
        StoredNarratives label(org.saydo.record.CodedDocument coded);
    }
}
