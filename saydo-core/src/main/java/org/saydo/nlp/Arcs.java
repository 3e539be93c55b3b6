package org.saydo.nlp;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;

/**
 * The arcs of one sentence, unmodifiable, with each token's head arc and dependents indexed, so that
 * {@link ParsedSentence#headArc} and {@link ParsedSentence#children} cost O(1) and O(dependents) instead of a scan
 * of every arc (the coder walks subtrees recursively, which made long sentences quadratic or worse). Equal, as a
 * {@link List}, to any list of the same arcs in the same order.
 */
final class Arcs extends AbstractList<Dependency> implements RandomAccess {

    private final Dependency[] arcs;
    private final Dependency[] head;
    private final List<List<Dependency>> children;
    private final List<Integer> roots;

    /**
     * @param tokens the sentence's token count; every arc's ends are below it (checked by the caller)
     * @param dependencies the arcs, in the parser's order
     */
    Arcs(int tokens, List<Dependency> dependencies) {
        this.arcs = dependencies.toArray(new Dependency[0]);
        this.head = new Dependency[tokens];
        List<List<Dependency>> kids = new ArrayList<>(tokens);
        for (int i = 0; i < tokens; i++) {
            kids.add(new ArrayList<>(2));
        }
        List<Integer> rootList = new ArrayList<>(1);
        for (Dependency d : arcs) {
            if (d.dependent() < tokens && head[d.dependent()] == null) {
                head[d.dependent()] = d;
            }
            if (d.governor() == -1) {
                rootList.add(d.dependent());
            } else if (d.governor() < tokens) {
                kids.get(d.governor()).add(d);
            }
        }
        List<List<Dependency>> frozen = new ArrayList<>(tokens);
        for (List<Dependency> k : kids) {
            k.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
            frozen.add(k.isEmpty() ? List.of() : Collections.unmodifiableList(k));
        }
        this.children = frozen;
        this.roots = List.copyOf(rootList);
    }

    @Override
    public Dependency get(int index) {
        return arcs[index];
    }

    @Override
    public int size() {
        return arcs.length;
    }

    /** The first arc whose dependent is {@code i}, or null. */
    Dependency headArc(int i) {
        return i >= 0 && i < head.length ? head[i] : null;
    }

    /** Arcs from {@code i} to its dependents, in token order (stable for equal dependents). */
    List<Dependency> children(int i) {
        return i >= 0 && i < children.size() ? children.get(i) : List.of();
    }

    /** Dependents of the root pseudo-token, in arc order. */
    List<Integer> roots() {
        return roots;
    }

    @Override
    public String toString() {
        return Arrays.toString(arcs);
    }
}
