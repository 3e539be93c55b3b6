package org.saydo.nlp;

import java.util.Objects;

/**
 * One Universal Dependencies arc: {@code relation(governor, dependent)}.
 *
 * @param governor token index of the head, or -1 for the root
 * @param dependent token index of the dependent
 * @param relation the relation with its subtype, e.g. {@code nsubj}, {@code obl:agent}, {@code nmod:poss}
 */
public record Dependency(int governor, int dependent, String relation) {

    public Dependency {
        Objects.requireNonNull(relation, "relation");
        if (governor < -1 || dependent < 0) {
            throw new IllegalArgumentException("bad arc: " + relation + "(" + governor + ", " + dependent + ")");
        }
    }
}
