package org.saydo.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sentence with its tokens, its dependency parse and its time expressions.
 *
 * @param index position in the document, from 0
 * @param begin document offset of its first character
 * @param end document offset one past its last character
 * @param text the sentence as it stands in the document
 * @param tokens its tokens, in order
 * @param dependencies its dependency arcs (basic or enhanced++ UD, whichever the parser gives)
 * @param times the time expressions found in it
 */
public record ParsedSentence(int index, int begin, int end, String text, List<Token> tokens,
        List<Dependency> dependencies, List<TimeExpression> times) {

    public ParsedSentence {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        times = List.copyOf(times);
        if (begin < 0 || begin > end) {
            throw new IllegalArgumentException("bad span: begin=" + begin + ", end=" + end);
        }
        for (Dependency d : dependencies) {
            if (Objects.requireNonNull(d, "dependency").dependent() >= tokens.size()
                    || d.governor() >= tokens.size()) {
                throw new IllegalArgumentException("arc outside the sentence of " + tokens.size() + " tokens: " + d);
            }
        }
        dependencies = new Arcs(tokens.size(), dependencies);
    }

    private Arcs arcs() {
        return (Arcs) dependencies;
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** The arc whose dependent is {@code i}, or {@code null} for a token with no head. */
    public Dependency headArc(int i) {
        return arcs().headArc(i);
    }

    /** Index of the head of {@code i}, -1 for the root or a token with no head. */
    public int head(int i) {
        Dependency d = headArc(i);
        return d == null ? -1 : d.governor();
    }

    /** The relation that attaches {@code i} to its head, or {@code ""}. */
    public String relation(int i) {
        Dependency d = headArc(i);
        return d == null ? "" : d.relation();
    }

    /** Arcs from {@code i} to its dependents, in token order. */
    public List<Dependency> children(int i) {
        return arcs().children(i);
    }

    /** Dependents of {@code i} whose relation is {@code relation} or starts with {@code relation + ":"}. */
    public List<Integer> children(int i, String relation) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : children(i)) {
            String r = d.relation();
            // "relation" or "relation:subtype", without building the prefix for every arc
            if (r.startsWith(relation) && (r.length() == relation.length() || r.charAt(relation.length()) == ':')) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /** Indexes of the tokens that have no head (normally one). */
    public List<Integer> roots() {
        return arcs().roots();
    }
}
