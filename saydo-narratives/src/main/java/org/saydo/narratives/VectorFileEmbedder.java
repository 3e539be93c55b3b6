package org.saydo.narratives;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.saydo.judge.Embedder;

/**
 * An embedder that keeps the vectors it computes in a file, so that a sentence is embedded once across runs
 * ({@code narratives discover --vectors FILE} over a record that grows: only its new claims are embedded).
 *
 * <p>The file: the bytes {@code SAYDOVEC}, a format version (int), the sentence model's name (UTF), the
 * dimension (int); then one record per sentence: the SHA-256 of its UTF-8 text (32 bytes) and its vector
 * ({@code dimension} big-endian floats). A file of a newer version, of another model or dimension, or that is not
 * such a file is an error naming it; a last record cut short (a run killed while writing) is dropped and written
 * again; a missing or empty file starts afresh. New vectors are appended by {@link #save()}. Thread-safe; one
 * process at a time per file.
 */
public final class VectorFileEmbedder implements Embedder {

    /** The format version this class writes and the newest it reads. */
    public static final int VERSION = 1;

    private static final byte[] MAGIC = "SAYDOVEC".getBytes(StandardCharsets.US_ASCII);

    private final Embedder inner;
    private final Path file;
    private final String model;
    private final Map<ByteKey, float[]> known = new HashMap<>();
    private final Map<ByteKey, float[]> fresh = new LinkedHashMap<>();
    /** Bytes of the file up to its last whole record (0: no file yet). */
    private long whole;

    /**
     * Reads the vectors the file holds, if it exists and is not empty.
     *
     * @param inner embeds the sentences the file lacks
     * @param file the file
     * @param model the sentence model's name, recorded in the file (vectors of another model are not mixed in)
     * @throws NarrativeException when the file cannot be read or is not one of this model's vector files
     */
    public VectorFileEmbedder(Embedder inner, Path file, String model) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.file = Objects.requireNonNull(file, "file");
        this.model = Objects.requireNonNull(model, "model");
        try {
            if (Files.exists(file) && Files.size(file) > 0) {
                read();
            }
        } catch (IOException e) {
            throw new NarrativeException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private void read() {
        int dim = inner.dimension();
        try (InputStream raw = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw, 1 << 16))) {
            byte[] magic = new byte[MAGIC.length];
            int version;
            String name;
            int dimension;
            try {
                in.readFully(magic);
                version = in.readInt();
                if (!java.util.Arrays.equals(magic, MAGIC)) {
                    throw new NarrativeException(file + ": not a vector file of Saydo");
                }
                name = in.readUTF();
                dimension = in.readInt();
            } catch (EOFException e) {
                throw new NarrativeException(file + ": not a vector file of Saydo (too short)", e);
            }
            if (version > VERSION || version < 1) {
                throw new NarrativeException(file + ": unknown version " + version + ", this class supports at most "
                        + "version " + VERSION);
            }
            if (!name.equals(model) || dimension != dim) {
                throw new NarrativeException(file + ": holds vectors of " + name + " (" + dimension
                        + " numbers), not of " + model + " (" + dim + "); give another file or delete it");
            }
            whole = MAGIC.length + 4 + utfLength(name) + 4;
            byte[] record = new byte[32 + 4 * dim];
            while (true) {
                try {
                    in.readFully(record);
                } catch (EOFException e) {
                    break; // the end, or a record cut short: dropped
                }
                ByteBuffer b = ByteBuffer.wrap(record);
                byte[] hash = new byte[32];
                b.get(hash);
                float[] v = new float[dim];
                b.asFloatBuffer().get(v);
                known.put(new ByteKey(hash), v);
                whole += record.length;
            }
        } catch (IOException e) {
            throw new NarrativeException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static int utfLength(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.size();
    }

    @Override
    public int dimension() {
        return inner.dimension();
    }

    @Override
    public List<float[]> embed(List<String> sentences) {
        Objects.requireNonNull(sentences, "sentences");
        float[][] out = new float[sentences.size()][];
        List<String> missing = new ArrayList<>();
        List<ByteKey> keys = new ArrayList<>(sentences.size());
        synchronized (known) {
            for (int i = 0; i < out.length; i++) {
                ByteKey key = ByteKey.of(Objects.requireNonNull(sentences.get(i), "sentence"));
                keys.add(key);
                out[i] = known.get(key);
                if (out[i] == null) {
                    missing.add(sentences.get(i));
                }
            }
        }
        if (missing.isEmpty()) {
            return List.of(out);
        }
        List<float[]> computed = inner.embed(missing);
        synchronized (known) {
            for (int i = 0, m = 0; i < out.length; i++) {
                if (out[i] == null) {
                    out[i] = computed.get(m++);
                    if (known.putIfAbsent(keys.get(i), out[i]) == null) {
                        fresh.put(keys.get(i), out[i]);
                    }
                }
            }
        }
        return List.of(out);
    }

    /** Sentences whose vectors came from the file or were embedded already. */
    public int size() {
        synchronized (known) {
            return known.size();
        }
    }

    /**
     * Appends the vectors embedded since the file was read or last saved (creating the file when missing).
     *
     * @return how many were appended
     */
    public int save() {
        synchronized (known) {
            if (fresh.isEmpty()) {
                return 0;
            }
            int dim = inner.dimension();
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                ch.truncate(whole);
                ch.position(whole);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                DataOutputStream out = new DataOutputStream(bytes);
                if (whole == 0) {
                    out.write(MAGIC);
                    out.writeInt(VERSION);
                    out.writeUTF(model);
                    out.writeInt(dim);
                }
                for (Map.Entry<ByteKey, float[]> e : fresh.entrySet()) {
                    out.write(e.getKey().bytes());
                    for (float x : e.getValue()) {
                        out.writeFloat(x);
                    }
                }
                out.flush();
                ByteBuffer b = ByteBuffer.wrap(bytes.toByteArray());
                while (b.hasRemaining()) {
                    ch.write(b);
                }
                whole += bytes.size();
            } catch (IOException e) {
                throw new NarrativeException(file + ": cannot write: " + e.getMessage(), e);
            }
            int n = fresh.size();
            fresh.clear();
            return n;
        }
    }

    /** A sentence's SHA-256, as a map key. */
    private record ByteKey(byte[] bytes) {

        static ByteKey of(String text) {
            try {
                return new ByteKey(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this Java", e);
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ByteKey k && java.util.Arrays.equals(bytes, k.bytes);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return java.util.HexFormat.of().formatHex(bytes);
        }
    }
}
