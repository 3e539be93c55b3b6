package org.saydo.nlp;

import java.util.Objects;

/**
 * One token of a parsed sentence.
 *
 * @param index position in its sentence, from 0
 * @param word the token as written
 * @param lemma its lemma (lower case for common words)
 * @param pos Penn Treebank part-of-speech tag
 * @param begin character offset of its first character in the document
 * @param end character offset one past its last character in the document
 */
public record Token(int index, String word, String lemma, String pos, int begin, int end) {

    public Token {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(pos, "pos");
        if (index < 0) {
            throw new IllegalArgumentException("index < 0: " + index);
        }
        if (begin < 0 || begin > end) {
            throw new IllegalArgumentException("bad span: begin=" + begin + ", end=" + end);
        }
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }
}
