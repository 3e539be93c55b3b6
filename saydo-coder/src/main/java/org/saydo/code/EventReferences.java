package org.saydo.code;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.saydo.nlp.ParsedSentence;

/**
 * Event nouns that refer back to an act already told ("condemned the attack"), from {@code eventrefs.txt}: for
 * each noun, the CAMEO roots of the acts it can name, and the determiners that make it refer back. Immutable and
 * thread-safe.
 */
final class EventReferences {

    private static final Set<String> KINDS =
            Set.of("refer", "determiner", "reaction", "place", "placeroot", "placeown", "when");
    private static final EventReferences DEFAULTS = of(CueFile.resource("eventrefs.txt", KINDS));

    private final Map<String, Set<String>> roots;
    private final Set<String> determiners;
    private final Set<String> reactions;
    private final Set<String> places;
    private final Set<String> placeRoots;
    private final Set<String> placeOwn;
    private final Set<String> whens;

    private EventReferences(Map<String, Set<String>> roots, Set<String> determiners, Set<String> reactions,
            Set<String> places, Set<String> placeRoots, Set<String> placeOwn, Set<String> whens) {
        this.placeOwn = Set.copyOf(placeOwn);
        this.whens = Set.copyOf(whens);
        this.roots = Map.copyOf(roots);
        this.determiners = Set.copyOf(determiners);
        this.reactions = Set.copyOf(reactions);
        this.places = Set.copyOf(places);
        this.placeRoots = Set.copyOf(placeRoots);
    }

    /** The references shipped with Saydo. */
    static EventReferences defaults() {
        return DEFAULTS;
    }

    static EventReferences of(CueFile file) {
        Map<String, Set<String>> roots = new HashMap<>();
        for (CueFile.Cue c : file.of("refer")) {
            String[] f = c.value().split("\\s+");
            if (f.length < 2) {
                throw c.error("'refer' needs roots and at least one noun");
            }
            Set<String> rs = new HashSet<>();
            for (String r : f[0].split(",")) {
                if (!r.matches("\\d\\d")) {
                    throw c.error("bad CAMEO root '" + r + "' (two digits expected)");
                }
                rs.add(r);
            }
            for (int i = 1; i < f.length; i++) {
                roots.computeIfAbsent(f[i].toLowerCase(Locale.ROOT), k -> new HashSet<>()).addAll(rs);
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        roots.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new EventReferences(frozen, split(file.words("determiner")), split(file.words("reaction")),
                split(file.words("place")), split(file.words("placeroot")), split(file.words("placeown")),
                split(file.words("when")));
    }

    private static Set<String> split(Set<String> values) {
        return values.stream().flatMap(v -> java.util.Arrays.stream(v.split("\\s+")))
                .collect(java.util.stream.Collectors.toSet());
    }


    /** The CAMEO roots an act named by this noun lemma can have; empty when the noun refers to no act. */
    Set<String> roots(String lemma) {
        return roots.getOrDefault(lemma.toLowerCase(Locale.ROOT), Set.of());
    }

    /** Whether an act of this CAMEO root (two digits) can be a reaction to an act already told. */
    boolean reaction(String root) {
        return reactions.contains(root);
    }

    /** Whether a definite noun with this lemma can stand for the last place named ("the city"). */
    boolean place(String lemma) {
        return places.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether an act of this CAMEO root (two digits) can target a place ("struck the city"). */
    boolean placeRoot(String root) {
        return placeRoots.contains(root);
    }

    /** Whether an act of this CAMEO root may target the acting side's own place ("martial law across the country"). */
    boolean placeOwn(String root) {
        return placeOwn.contains(root);
    }

    /** Whether the word makes an event noun refer back to an act already told. */
    boolean determiner(String word) {
        return determiners.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the event noun at {@code noun} refers back to an act already told: a determiner of reference goes with
     * it ("the shelling", "this attack"), or a possessive that only says when it happened ({@code when}: "Sunday's
     * test", "last week's attack", "yesterday's strike").
     */
    boolean refersBack(ParsedSentence s, int noun) {
        if (s.children(noun, "det").stream().anyMatch(d -> determiner(s.token(d).word()))) {
            return true;
        }
        return s.children(noun, "nmod:poss").stream()
                .anyMatch(p -> whens.contains(s.token(p).word().toLowerCase(Locale.ROOT)));
    }
}
