package org.saydo.dict;

import java.util.Objects;
import java.util.Set;

/**
 * One word slot of a verb pattern: a literal word or a synset reference. Immutable.
 */
public sealed interface Term permits Term.Word, Term.Synset {

    /** @return true if {@code phraseUpper} (upper case, words separated by one blank) fills this slot */
    boolean matches(String phraseUpper);

    /**
     * A literal upper-case word, e.g. {@code AID}.
     *
     * @param word the word
     */
    record Word(String word) implements Term {
        public Word {
            Objects.requireNonNull(word, "word");
            if (word.isEmpty() || word.contains(" ")) {
                throw new IllegalArgumentException("bad word: '" + word + "'");
            }
        }

        @Override
        public boolean matches(String phraseUpper) {
            return word.equals(phraseUpper);
        }

        @Override
        public String toString() {
            return word;
        }
    }

    /**
     * A reference {@code &NAME} to a synset, with its members (phrases with single blanks between
     * words, plurals included).
     *
     * @param name the synset name without {@code &} and without a trailing {@code _}
     * @param members the synset's phrases
     */
    record Synset(String name, Set<String> members) implements Term {
        public Synset {
            Objects.requireNonNull(name, "name");
            members = Set.copyOf(members);
        }

        @Override
        public boolean matches(String phraseUpper) {
            return members.contains(phraseUpper);
        }

        @Override
        public String toString() {
            return "&" + name;
        }
    }
}
