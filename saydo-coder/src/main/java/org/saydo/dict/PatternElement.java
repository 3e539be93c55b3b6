package org.saydo.dict;

import java.util.List;
import java.util.Objects;

/**
 * One element of a verb pattern, before or after the verb ({@code *}). Parse-agnostic: the coder
 * decides how a dependency parse fills each element. Immutable.
 */
public sealed interface PatternElement permits PatternElement.Noun, PatternElement.Prep, PatternElement.Actor {

    /**
     * A noun phrase: a bare head noun ({@code AID}), a braced phrase ({@code {FINANCIAL AID}}) or a
     * TABARI-style underscore phrase ({@code SPECIAL_CLAUSE}). The last term is the head; the others
     * are modifiers in written order.
     *
     * @param terms the words, head last
     */
    record Noun(List<Term> terms) implements PatternElement {
        public Noun {
            terms = List.copyOf(terms);
            if (terms.isEmpty()) {
                throw new IllegalArgumentException("empty noun phrase");
            }
        }

        /** @return the head (last) term */
        public Term head() {
            return terms.get(terms.size() - 1);
        }

        /** @return the modifiers (all terms but the last) */
        public List<Term> modifiers() {
            return terms.subList(0, terms.size() - 1);
        }

        @Override
        public String toString() {
            if (terms.size() == 1) {
                return terms.get(0).toString();
            }
            StringBuilder sb = new StringBuilder("{");
            for (Term t : terms) {
                sb.append(sb.length() > 1 ? " " : "").append(t);
            }
            return sb.append('}').toString();
        }
    }

    /**
     * A prepositional phrase {@code (PREP object...)}; the objects may be empty ({@code (TO)}). After the
     * verb, TABARI's bare form {@code OVER EFFORTS} is read as the same element.
     *
     * @param preposition the preposition (a word or synset)
     * @param objects its objects: nouns or actor markers, in written order
     */
    record Prep(Term preposition, List<PatternElement> objects) implements PatternElement {
        public Prep {
            Objects.requireNonNull(preposition, "preposition");
            objects = List.copyOf(objects);
            for (PatternElement e : objects) {
                if (e instanceof Prep) {
                    throw new IllegalArgumentException("nested prepositional phrase: " + e);
                }
            }
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("(").append(preposition);
            for (PatternElement e : objects) {
                sb.append(' ').append(e);
            }
            return sb.append(')').toString();
        }
    }

    /**
     * An actor marker.
     *
     * @param role which actor goes there
     */
    record Actor(Role role) implements PatternElement {
        public Actor {
            Objects.requireNonNull(role, "role");
        }

        @Override
        public String toString() {
            return String.valueOf(role.symbol());
        }
    }

    /** The actor markers of PETRARCH patterns. */
    enum Role {
        /** {@code $}: the source actor. */
        SOURCE('$'),
        /** {@code +}: the target actor. */
        TARGET('+'),
        /** {@code %}: a compound actor that is both source and target. */
        COMPOUND('%'),
        /** {@code ^}: skip this noun phrase (it is not an actor). */
        SKIP('^');

        private final char symbol;

        Role(char symbol) {
            this.symbol = symbol;
        }

        /** @return the marker character */
        public char symbol() {
            return symbol;
        }

        static Role of(String token) {
            if (token.length() == 1) {
                for (Role r : values()) {
                    if (r.symbol == token.charAt(0)) {
                        return r;
                    }
                }
            }
            return null;
        }
    }
}
