package org.saydo.dict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A prefix tree over words. Built while reading, then only read: safe to share between threads
 * once construction has finished and the owner has published it safely (final fields).
 */
final class WordTrie<T> {

    private final Node<T> root = new Node<>();

    private static final class Node<T> {
        private Map<String, Node<T>> next;
        private List<T> values;
    }

    void put(List<String> words, T value) {
        Node<T> n = root;
        for (String w : words) {
            if (n.next == null) {
                n.next = new HashMap<>(4);
            }
            n = n.next.computeIfAbsent(w, k -> new Node<>());
        }
        if (n.values == null) {
            n.values = new ArrayList<>(1);
        }
        n.values.add(value);
    }

    /** A match: how many words, and the values stored at its end (later-added last). */
    record Hit<T>(int length, List<T> values) {
    }

    /** The longest stored phrase starting at {@code start}, or null. */
    Hit<T> longest(List<String> words, int start) {
        Node<T> n = root;
        Hit<T> best = null;
        for (int i = start; i < words.size(); i++) {
            if (n.next == null) {
                break;
            }
            n = n.next.get(words.get(i));
            if (n == null) {
                break;
            }
            if (n.values != null) {
                best = new Hit<>(i - start + 1, n.values);
            }
        }
        return best;
    }
}
