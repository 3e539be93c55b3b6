package org.saydo.dict;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One word slot of a verb pattern: a literal word or a synset reference. Immutable.
 */
public sealed interface Term permits Term.Word, Term.Synset {

    /**
     * @return true if {@code phraseUpper} (upper case, words separated by one blank) fills this slot; spelling
     *     variants count as the same word on both sides ({@link Spelling#fold})
     */
    boolean matches(String phraseUpper);

    /**
     * A literal upper-case word, e.g. {@code AID}. As the PETRARCH manual writes pattern nouns in the singular
     * ("singular nouns are left bare"), the word's regular plural fills it too: {@code TROOP} takes "troops"
     * even when the lemmatizer leaves "troops" as it is. A plural pattern word ({@code TROOPS}) takes only
     * itself.
     */
    final class Word implements Term {
        private final String word;
        // the forms matches() compares with, computed once: a pattern's word is tried against every candidate
        // word of every sentence
        private final String plural;
        private final String folded;
        private final String foldedPlural;

        /**
         * @param word the word
         */
        public Word(String word) {
            Objects.requireNonNull(word, "word");
            if (word.isEmpty() || word.contains(" ")) {
                throw new IllegalArgumentException("bad word: '" + word + "'");
            }
            this.word = word;
            this.plural = Words.pluralPhrase(word);
            this.folded = Spelling.fold(word);
            this.foldedPlural = Words.pluralPhrase(folded);
        }

        /**
         * @return the word
         */
        public String word() {
            return word;
        }

        @Override
        public boolean matches(String phraseUpper) {
            if (word.equals(phraseUpper) || plural.equals(phraseUpper)) {
                return true;
            }
            String text = Spelling.fold(phraseUpper);
            return folded.equals(text) || foldedPlural.equals(text);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Word w && w.word.equals(word);
        }

        @Override
        public int hashCode() {
            return word.hashCode();
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
     * @param members the synset's phrases and their spelling-folded forms
     */
    record Synset(String name, Set<String> members) implements Term {
        public Synset {
            Objects.requireNonNull(name, "name");
            Set<String> all = new HashSet<>(members);
            for (String m : members) {
                all.add(Spelling.fold(m));
            }
            members = Set.copyOf(all);
        }

        @Override
        public boolean matches(String phraseUpper) {
            return members.contains(phraseUpper) || members.contains(Spelling.fold(phraseUpper));
        }

        @Override
        public String toString() {
            return "&" + name;
        }
    }
}
