package org.saydo.dict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Folds the spelling variants of English words onto one form, so that a dictionary word and a word of
 * the text compare equal whichever variant each uses: {@code DEFENCE}/{@code DEFENSE},
 * {@code PROGRAMME}/{@code PROGRAM}, {@code CRITICISED}/{@code CRITICIZED},
 * {@code CEASE-FIRE}/{@code CEASEFIRE}. Both sides must be folded; the folded form is a key, not
 * necessarily a word ({@code SILENCE} folds to {@code SILENSE}).
 *
 * <p>The rules only rewrite word endings whose British and American forms are the same word, and each asks
 * for a stem long enough that short unrelated words stay apart ({@code PRISE} is not {@code PRIZE},
 * {@code FOUR} is not {@code FOR}, {@code HOUR} is not {@code HOR}). Stateless; thread-safe.
 */
public final class Spelling {

    /** British ending, American ending, shortest stem before the ending. Longer endings first. */
    private static final Ending[] ENDINGS = {
        new Ending("ISATIONS", "IZATIONS", 3), new Ending("ISATION", "IZATION", 3), new Ending("ISING", "IZING", 3),
        new Ending("ISERS", "IZERS", 3), new Ending("ISER", "IZER", 3), new Ending("ISED", "IZED", 3),
        new Ending("ISES", "IZES", 3), new Ending("ISE", "IZE", 3), new Ending("YSING", "YZING", 3),
        new Ending("YSED", "YZED", 3), new Ending("YSES", "YZES", 3), new Ending("YSE", "YZE", 3),
        new Ending("OURABLE", "ORABLE", 3), new Ending("OURITES", "ORITES", 3), new Ending("OURITE", "ORITE", 3),
        new Ending("OURING", "ORING", 3), new Ending("OURERS", "ORERS", 3), new Ending("OURER", "ORER", 3),
        new Ending("OURED", "ORED", 3), new Ending("OURS", "ORS", 3), new Ending("OUR", "OR", 3),
        new Ending("ENCES", "ENSES", 3), new Ending("ENCE", "ENSE", 3), new Ending("AMMES", "AMS", 3),
        new Ending("AMME", "AM", 3), new Ending("DGEMENTS", "DGMENTS", 2), new Ending("DGEMENT", "DGMENT", 2),
        new Ending("OGUES", "OGS", 3), new Ending("OGUE", "OG", 3), new Ending("TRES", "TERS", 3),
        new Ending("TRE", "TER", 3), new Ending("BRES", "BERS", 3), new Ending("BRE", "BER", 3),
    };

    /**
     * The endings by their last two letters, in the order of {@link #ENDINGS}: a word is tried only against the
     * few endings it could have (two endings with different last letters never both fit a word).
     */
    private static final Map<String, List<Ending>> BY_LAST_TWO = new HashMap<>();

    /** The last letters of the endings (all ASCII): a word that ends otherwise keeps its spelling. */
    private static final boolean[] ENDS_IN = new boolean[128];

    static {
        for (Ending e : ENDINGS) {
            ENDS_IN[e.british().charAt(e.british().length() - 1)] = true;
            BY_LAST_TWO.computeIfAbsent(lastTwo(e.british()), k -> new ArrayList<>()).add(e);
        }
    }

    private record Ending(String british, String american, int shortestStem) {
    }

    private Spelling() {
    }

    /**
     * @param upper an upper-case word or phrase (words separated by blanks)
     * @return the phrase with each word folded: hyphens between letters dropped, then a British ending
     *     replaced by the American one
     */
    public static String fold(String upper) {
        Objects.requireNonNull(upper, "upper");
        if (upper.indexOf(' ') < 0) {
            return foldWord(upper);
        }
        StringBuilder sb = new StringBuilder(upper.length());
        int start = 0;
        for (int i = 0; i <= upper.length(); i++) {
            if (i == upper.length() || upper.charAt(i) == ' ') {
                sb.append(foldWord(upper.substring(start, i)));
                if (i < upper.length()) {
                    sb.append(' ');
                }
                start = i + 1;
            }
        }
        return sb.toString();
    }

    private static String foldWord(String w) {
        String word = w;
        int hyphen = word.indexOf('-');
        while (hyphen > 0 && hyphen < word.length() - 1) {
            if (Character.isLetter(word.charAt(hyphen - 1)) && Character.isLetter(word.charAt(hyphen + 1))) {
                word = word.substring(0, hyphen) + word.substring(hyphen + 1);
                hyphen = word.indexOf('-', hyphen);
            } else {
                hyphen = word.indexOf('-', hyphen + 1);
            }
        }
        if (word.length() < 2) {
            return word;
        }
        char last = word.charAt(word.length() - 1);
        if (last >= ENDS_IN.length || !ENDS_IN[last]) {
            return word; // no ending ends in this letter: nothing to look up
        }
        for (Ending e : BY_LAST_TWO.getOrDefault(lastTwo(word), List.of())) {
            int stem = word.length() - e.british().length();
            if (word.endsWith(e.british()) && stem >= e.shortestStem() && allLetters(word, stem)) {
                return word.substring(0, stem) + e.american();
            }
        }
        return word;
    }

    private static String lastTwo(String word) {
        return word.substring(word.length() - 2);
    }

    private static boolean allLetters(String word, int stem) {
        for (int i = 0; i < stem; i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
