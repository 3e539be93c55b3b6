package org.saydo.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Random;

/**
 * Seeded mutations of byte strings, the way a careless scraper, a broken disk or a hostile user changes a file.
 * The same seed gives the same mutations. Not thread-safe (one {@link Random}).
 */
public final class Mutator {

    /** The kinds of damage. */
    public enum Kind {
        /** 1–8 bits flipped at random places. */
        BIT_FLIP,
        /** Cut at a random place. */
        TRUNCATE,
        /** 1–3 control characters inserted: NUL, ESC, BEL, DEL, backspace, vertical tab, C1 NEL and CSI. */
        CONTROL,
        /** A byte sequence that is not UTF-8 inserted (a lone continuation, a lead without its tail, ...). */
        INVALID_UTF8,
        /** 20,000–200,000 bytes inserted without a line break (words, or one letter repeated). */
        HUGE_LINE,
        /** 100–20,000 levels of nesting inserted ({@code <div>}, {@code [}, <code>{"a":</code>, ...). */
        NESTED_MARKUP,
        /** A random slice copied to a random place. */
        SPLICE,
        /** The whole input replaced by 0–4,096 random bytes. */
        RANDOM_BYTES
    }

    private static final byte[][] CONTROLS = {{0}, {0x1B}, {0x07}, {0x7F}, {0x08}, {0x0B}, {(byte) 0xC2, (byte) 0x85},
        {(byte) 0xC2, (byte) 0x9B}, {0x1B, '[', '3', '1', 'm'}};

    private static final byte[][] NOT_UTF8 = {{(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xE9, ' '}, {(byte) 0xC0,
        (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80,
        (byte) 0x80}, {(byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};

    private static final String[] NESTING = {"<div>", "<b><i>", "[", "{\"a\":", "<p><span>", "<![CDATA[", "<!--",
        "<item><description>"};

    private final Random random;

    /** @param random the source of every choice (seeded by the caller) */
    public Mutator(Random random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A kind of damage, each equally likely. */
    public Kind pick() {
        return Kind.values()[random.nextInt(Kind.values().length)];
    }

    /**
     * A damaged copy of {@code in}.
     *
     * @param keepLines when true no line break is added (bytes {@code \n} and {@code \r} the damage makes are
     *                  turned into spaces), so that the damage stays on one line
     */
    public byte[] mutate(byte[] in, Kind kind, boolean keepLines) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(kind, "kind");
        byte[] out = switch (kind) {
            case BIT_FLIP -> flip(in);
            case TRUNCATE -> Arrays.copyOf(in, random.nextInt(in.length + 1));
            case CONTROL -> {
                byte[] b = in;
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    b = insert(b, CONTROLS[random.nextInt(CONTROLS.length)]);
                }
                yield b;
            }
            case INVALID_UTF8 -> insert(in, NOT_UTF8[random.nextInt(NOT_UTF8.length)]);
            case HUGE_LINE -> insert(in, hugeLine());
            case NESTED_MARKUP -> {
                String open = NESTING[random.nextInt(NESTING.length)];
                yield insert(in, open.repeat(100 + random.nextInt(19_901)).getBytes(StandardCharsets.UTF_8));
            }
            case SPLICE -> {
                if (in.length == 0) {
                    yield in;
                }
                int from = random.nextInt(in.length);
                int to = from + random.nextInt(Math.min(in.length - from, 4096) + 1);
                yield insert(in, Arrays.copyOfRange(in, from, to));
            }
            case RANDOM_BYTES -> {
                byte[] b = new byte[random.nextInt(4097)];
                random.nextBytes(b);
                yield b;
            }
        };
        if (keepLines) {
            out = out == in ? in.clone() : out;
            for (int i = 0; i < out.length; i++) {
                if (out[i] == '\n' || out[i] == '\r') {
                    out[i] = ' ';
                }
            }
        }
        return out;
    }

    private byte[] flip(byte[] in) {
        if (in.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        byte[] b = in.clone();
        for (int n = 1 + random.nextInt(8); n > 0; n--) {
            int at = random.nextInt(b.length);
            b[at] ^= (byte) (1 << random.nextInt(8));
        }
        return b;
    }

    private byte[] hugeLine() {
        int length = 20_000 + random.nextInt(180_001);
        if (random.nextBoolean()) {
            byte[] b = new byte[length];
            Arrays.fill(b, (byte) ('a' + random.nextInt(26)));
            return b;
        }
        byte[] words = "the talks in the Kremlin lasted five hours and no compromise was reached "
                .getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = words[i % words.length];
        }
        return b;
    }

    private byte[] insert(byte[] in, byte[] what) {
        int at = random.nextInt(in.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + what.length);
        out.write(in, 0, at);
        out.write(what, 0, what.length);
        out.write(in, at, in.length - at);
        return out.toByteArray();
    }
}
