package org.saydo.store;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Shows how an ingest is going. Called from the single writer thread only; implementations need not be
 * thread-safe.
 */
public interface Progress {

    /** Shows nothing. */
    Progress NONE = snapshot -> { };

    /**
     * Called after each document or batch of GDELT rows is handled, and about once a second while the writer
     * waits for a document still being coded. Coded documents count once their batch is committed.
     */
    void update(Snapshot snapshot);

    /** Called once when the run is over. */
    default void done() {
    }

    /**
     * Where a run stands.
     *
     * @param documents documents handled so far: committed to the store, unchanged, or failed
     * @param failed documents (or files) that failed so far
     * @param expected documents expected in all, or -1 when unknown
     * @param sentences sentences coded so far
     * @param elapsed time since the start
     */
    record Snapshot(long documents, long failed, long expected, long sentences, Duration elapsed) {

        public Snapshot {
            Objects.requireNonNull(elapsed, "elapsed");
        }

        double seconds() {
            return Math.max(elapsed.toNanos() / 1e9, 1e-9);
        }

        String rates() {
            return String.format(Locale.ROOT, "%.1f documents/s, %.0f sentences/s", documents / seconds(),
                    sentences / seconds());
        }

        String done() {
            return documents + (expected > 0 ? "/" + expected : "") + " documents (" + failed + " failed)";
        }

        String eta() {
            if (expected <= 0 || documents == 0 || documents >= expected) {
                return "";
            }
            long seconds = Math.round((expected - documents) * seconds() / documents);
            return String.format(Locale.ROOT, ", ETA %d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
        }
    }

    /** A bar redrawn in place with a carriage return: for a terminal. */
    static Progress bar(PrintWriter out) {
        Objects.requireNonNull(out, "out");
        return new Progress() {
            private long lastDraw;

            @Override
            public void update(Snapshot s) {
                long now = System.nanoTime();
                if (now - lastDraw < 100_000_000L && s.documents() < s.expected()) {
                    return;
                }
                lastDraw = now;
                int width = 30;
                String bar;
                if (s.expected() > 0) {
                    int filled = (int) Math.min(width, width * s.documents() / s.expected());
                    bar = "[" + "#".repeat(filled) + ".".repeat(width - filled) + "] ";
                } else {
                    bar = "";
                }
                out.print("\r" + bar + s.done() + ", " + s.rates() + s.eta() + "   ");
                out.flush();
            }

            @Override
            public void done() {
                out.println();
                out.flush();
            }
        };
    }

    /** A plain line every {@code every}, headed by the command's name ({@code recode:}): for logs and pipes. */
    static Progress lines(String command, PrintWriter out, Duration every) {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(every, "every");
        return new Progress() {
            private long lastLine = System.nanoTime();

            @Override
            public void update(Snapshot s) {
                long now = System.nanoTime();
                if (now - lastLine >= every.toNanos()) {
                    lastLine = now;
                    out.println(command + ": " + s.done() + ", " + s.rates() + s.eta());
                    out.flush();
                }
            }
        };
    }
}
