package org.saydo.dict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** English word-form rules shared by the readers. */
final class Words {

    private Words() {
    }

    /** Splits a phrase on blanks and underscores, dropping empty parts. */
    static List<String> split(String phrase) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= phrase.length(); i++) {
            boolean sep = i == phrase.length() || phrase.charAt(i) == '_' || Character.isWhitespace(phrase.charAt(i));
            if (sep) {
                if (start >= 0) {
                    out.add(phrase.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
        }
        return out;
    }

    /**
     * Splits a possessive off its word as the tokenizer does ("PEOPLE'S" becomes "PEOPLE", "'S"; "ALLIES'"
     * becomes "ALLIES", "'"), so that a dictionary phrase spelt with one matches the sentence's tokens.
     */
    static List<String> possessivesApart(List<String> words) {
        List<String> out = new ArrayList<>(words.size() + 1);
        for (String w : words) {
            if (w.length() > 2 && w.endsWith("'S")) {
                out.add(w.substring(0, w.length() - 2));
                out.add("'S");
            } else if (w.length() > 2 && w.endsWith("S'")) {
                out.add(w.substring(0, w.length() - 1));
                out.add("'");
            } else {
                out.add(w);
            }
        }
        return out;
    }

    /** Upper-cases with the root locale. */
    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    /**
     * The regular plural of a noun, as the PETRARCH manual gives it: {@code Y} becomes {@code IES},
     * a root ending in {@code SS} takes {@code ES}, otherwise {@code S} is added. Saydo deviation:
     * a vowel before a final {@code Y} keeps it ({@code DAY} becomes {@code DAYS}, not {@code DAIES}).
     */
    static String plural(String word) {
        if (word.endsWith("Y") && word.length() > 1 && !isVowel(word.charAt(word.length() - 2))) {
            return word.substring(0, word.length() - 1) + "IES";
        }
        if (word.endsWith("SS")) {
            return word + "ES";
        }
        return word + "S";
    }

    /** Plural of the last word of a space-separated phrase. */
    static String pluralPhrase(String phrase) {
        int sp = phrase.lastIndexOf(' ');
        return phrase.substring(0, sp + 1) + plural(phrase.substring(sp + 1));
    }

    /**
     * The regular forms of a verb: base, third person ({@code S}), past ({@code ED}) and present
     * participle ({@code ING}). Final consonants are never doubled (PETRARCH's convention: verbs such
     * as {@code STOP} list their forms in {@code {...}}).
     *
     * <ul>
     * <li>S: {@code S X Z CH SH} take {@code ES}; consonant + {@code Y} becomes {@code IES}; else {@code S}.</li>
     * <li>ED: final {@code E} takes {@code D}; consonant + {@code Y} becomes {@code IED}; else {@code ED}.</li>
     * <li>ING: final {@code IE} becomes {@code YING}; final {@code E} after a consonant is dropped
     * ({@code RAISE → RAISING}, but {@code AGREE → AGREEING}); else {@code ING}.</li>
     * </ul>
     */
    static List<String> verbForms(String v) {
        int n = v.length();
        char last = v.charAt(n - 1);
        char prev = n > 1 ? v.charAt(n - 2) : ' ';
        boolean consonantY = last == 'Y' && n > 1 && !isVowel(prev);
        String s;
        if (last == 'S' || last == 'X' || last == 'Z' || v.endsWith("CH") || v.endsWith("SH")) {
            s = v + "ES";
        } else if (consonantY) {
            s = v.substring(0, n - 1) + "IES";
        } else {
            s = v + "S";
        }
        String ed;
        if (last == 'E') {
            ed = v + "D";
        } else if (consonantY) {
            ed = v.substring(0, n - 1) + "IED";
        } else {
            ed = v + "ED";
        }
        String ing;
        if (v.endsWith("IE")) {
            ing = v.substring(0, n - 2) + "YING";
        } else if (last == 'E' && n > 1 && !isVowel(prev)) {
            ing = v.substring(0, n - 1) + "ING";
        } else {
            ing = v + "ING";
        }
        return Arrays.asList(v, s, ed, ing);
    }

    static boolean isVowel(char c) {
        return "AEIOU".indexOf(c) >= 0;
    }
}
