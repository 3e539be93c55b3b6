package org.saydo.nlp.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a single line break ends a sentence. CoreNLP's splitter, as Saydo runs it, breaks at a blank line and at
 * sentence-final punctuation; a report's first lines — headline, byline, "Published on ..." line, live-blog time
 * stamp, section title — end in neither, so they would run together with each other and with the lead into one
 * "sentence" that the coder then reads as prose. A line ends its sentence when:
 *
 * <ul>
 *   <li>it ends in neither sentence-final punctuation (CoreNLP splits there anyway) nor a mark that carries the
 *       sentence on ({@code , ; : - ( /} ...): it ends in a word, a number or a closing quotation mark;</li>
 *   <li>the next line is not blank (a blank line is CoreNLP's own break) and does not start with a lower-case
 *       letter (which continues the sentence);</li>
 *   <li>and, in a hard-wrapped text, the line is short. A text is hard-wrapped when
 *       {@link #WRAPPED_LINES a line} of it runs on into a next line that starts in lower case; its wrap width is the
 *       longest such line, and a line of at most {@link #SHORT_SHARE} of that width is a title, a byline or a time
 *       stamp, while a longer one is prose cut by the wrap (however its next line starts: "said President" /
 *       "Zelensky").</li>
 * </ul>
 *
 * <p>Stateless and thread-safe; null text is rejected.
 */
final class LineBreaks {

    /**
     * Lines running on into a lower-case line that make a text hard-wrapped: one is enough (a short wrapped
     * paragraph has one), and a text written a paragraph a line has none but by accident.
     */
    static final int WRAPPED_LINES = 1;

    /** In a hard-wrapped text, the share of the wrap width up to which a line is short enough to stand alone. */
    static final double SHORT_SHARE = 0.6;

    private static final String FINAL = ".!?";
    private static final String CLOSING = "\"'\u201d\u2019)]";
    private static final String CARRY_ON = ",;:-\u2013\u2014(/&+";

    private LineBreaks() {
    }

    /**
     * The offsets of the line breaks ({@code '\n'} characters) of {@code text} that end a sentence, ascending.
     */
    static List<Integer> of(String text) {
        Objects.requireNonNull(text, "text");
        List<int[]> lines = new ArrayList<>(); // {start, end (exclusive, before '\n' or end of text)}
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                lines.add(new int[] {start, i});
                start = i + 1;
            }
        }
        int runOn = 0;
        int width = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = text.substring(lines.get(i)[0], lines.get(i)[1]).strip();
            String next = text.substring(lines.get(i + 1)[0], lines.get(i + 1)[1]).strip();
            if (!line.isEmpty() && !next.isEmpty() && !endsSentence(line) && Character.isLowerCase(next.charAt(0))) {
                runOn++;
                width = Math.max(width, line.length());
            }
        }
        boolean wrapped = runOn >= WRAPPED_LINES;
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = text.substring(lines.get(i)[0], lines.get(i)[1]).strip();
            String next = text.substring(lines.get(i + 1)[0], lines.get(i + 1)[1]).strip();
            if (line.isEmpty() || next.isEmpty() || Character.isLowerCase(next.charAt(0)) || !standsAlone(line)) {
                continue;
            }
            if (!wrapped || line.length() <= SHORT_SHARE * width) {
                out.add(lines.get(i)[1]);
            }
        }
        return out;
    }

    /** Whether a line ends with sentence-final punctuation, perhaps inside closing quotation marks or brackets. */
    private static boolean endsSentence(String line) {
        int i = line.length() - 1;
        while (i > 0 && CLOSING.indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return FINAL.indexOf(line.charAt(i)) >= 0;
    }

    /** Whether a line ends neither a sentence (CoreNLP's own break) nor with a mark that carries it on. */
    private static boolean standsAlone(String line) {
        return !endsSentence(line) && CARRY_ON.indexOf(line.charAt(line.length() - 1)) < 0;
    }
}
