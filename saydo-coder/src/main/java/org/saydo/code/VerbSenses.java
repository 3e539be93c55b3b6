package org.saydo.code;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.saydo.nlp.ParsedSentence;

/**
 * Argument-aware verb senses, from {@code senses.txt}: semantic classes of nouns and what a verb coded with a
 * code of a CAMEO root needs of its arguments ("take" as a seizure needs an object that can be seized: not
 * "questions", not "a central role"). Immutable and thread-safe.
 */
final class VerbSenses {

    /**
     * One requirement: the role and its constraints, with where it was written. {@code classes}: when filled, the
     * role's head is of one of them (none: any); {@code notClasses}: it is of none of them.
     */
    record Need(String role, boolean some, Set<String> classes, Set<String> notClasses, String where) {
        Need {
            Objects.requireNonNull(role, "role");
            classes = Set.copyOf(classes);
            notClasses = Set.copyOf(notClasses);
            Objects.requireNonNull(where, "where");
        }
    }

    /**
     * One change of sense: the verb coded with a code under {@code prefix} whose role is of the class has
     * {@code code} instead ("seized Crimea" is 192, occupying territory, not 171, seizing property).
     */
    record Shift(String prefix, String role, String cls, String code, String where) {
        Shift {
            Objects.requireNonNull(prefix, "prefix");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(cls, "cls");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(where, "where");
        }
    }

    private static final Set<String> KINDS = Set.of("class", "need", "sense", "named");
    private static final VerbSenses DEFAULTS = of(CueFile.resource("senses.txt", KINDS));

    private final Map<String, Set<String>> classesOfWord;
    private final Map<String, List<Need>> needs;
    private final Map<String, List<Shift>> shifts;
    /** The classes that also hold a proper noun naming a place or a country ({@code named}). */
    private final Set<String> named;

    private VerbSenses(Map<String, Set<String>> classesOfWord, Map<String, List<Need>> needs,
            Map<String, List<Shift>> shifts, Set<String> named) {
        this.classesOfWord = Map.copyOf(classesOfWord);
        this.needs = Map.copyOf(needs);
        this.shifts = Map.copyOf(shifts);
        this.named = Set.copyOf(named);
    }

    /** The senses shipped with Saydo. */
    static VerbSenses defaults() {
        return DEFAULTS;
    }

    static VerbSenses of(CueFile file) {
        Map<String, Set<String>> classes = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (CueFile.Cue c : file.of("class")) {
            String[] f = c.value().split("\\s+");
            if (f.length < 2) {
                throw c.error("expected 'class NAME LEMMA ...', got 'class " + c.value() + "'");
            }
            names.add(f[0]);
            for (int i = 1; i < f.length; i++) {
                classes.computeIfAbsent(f[i].toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(f[0]);
            }
        }
        Map<String, List<Need>> needs = new HashMap<>();
        for (CueFile.Cue c : file.of("need")) {
            String[] f = c.value().split("\\s+");
            if (f.length < 4 || !f[1].matches("\\d{2}")
                    || !(f[2].equals("object") || f[2].equals("subject") || f[2].matches("oblique:[a-z]+"))) {
                throw c.error("expected 'need VERB ROOT object|subject|oblique:PREP CONSTRAINT ...', got 'need "
                        + c.value() + "'");
            }
            boolean some = false;
            Set<String> is = new HashSet<>();
            Set<String> not = new HashSet<>();
            for (int i = 3; i < f.length; i++) {
                if (f[i].equals("some")) {
                    some = true;
                } else if (f[i].startsWith("!") && names.contains(f[i].substring(1))) {
                    not.add(f[i].substring(1));
                } else if (names.contains(f[i])) {
                    is.add(f[i]);
                } else {
                    throw c.error("unknown constraint '" + f[i]
                            + "' (expected some, CLASS or !CLASS of a class above)");
                }
            }
            needs.computeIfAbsent(f[0].toLowerCase(Locale.ROOT) + "|" + f[1], k -> new ArrayList<>())
                    .add(new Need(f[2], some, is, not, c.where()));
        }
        Set<String> named = new HashSet<>();
        for (CueFile.Cue c : file.of("named")) {
            if (!names.contains(c.value())) {
                throw c.error("unknown class '" + c.value() + "' (expected 'named CLASS' of a class above)");
            }
            named.add(c.value());
        }
        Map<String, List<Shift>> shifts = new HashMap<>();
        for (CueFile.Cue c : file.of("sense")) {
            String[] f = c.value().split("\\s+");
            if (f.length != 5 || !f[1].matches("\\d{2,4}") || !f[4].matches("\\d{2,4}")
                    || !(f[2].equals("object") || f[2].equals("subject") || f[2].matches("oblique:[a-z]+"))) {
                throw c.error("expected 'sense VERB CODE object|subject|oblique:PREP CLASS CODE', got 'sense "
                        + c.value() + "'");
            }
            if (!names.contains(f[3])) {
                throw c.error("unknown class '" + f[3] + "' (expected a class above)");
            }
            shifts.computeIfAbsent(f[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(new Shift(f[1], f[2], f[3], f[4], c.where()));
        }
        return new VerbSenses(classes, needs, shifts, named);
    }


    /**
     * The requirement of this sense that the verb's arguments break, or null when they meet them all.
     *
     * @param s the sentence
     * @param v the verb
     * @param root the CAMEO root of the code it would be coded with
     * @param namedPlace whether a proper noun at a token names a place or a country (for {@code named} classes:
     *        "held Crimea" meets "need hold 19 object territory")
     */
    Need broken(ParsedSentence s, int v, String root, java.util.function.IntPredicate namedPlace) {
        List<Need> list = needs.get(Syntax.lower(s.token(v)) + "|" + root);
        if (list == null) {
            return null;
        }
        for (Need n : list) {
            int filler = filler(s, v, n.role());
            if (filler < 0 ? n.some() : of(s, filler, n.notClasses())
                    || !n.classes().isEmpty() && !of(s, filler, n.classes()) && !named(s, filler, n.classes(),
                            namedPlace)) {
                return n;
            }
        }
        return null;
    }

    /** Whether the token at {@code i} is a proper noun naming a place, and one of the classes holds such names. */
    private boolean named(ParsedSentence s, int i, Set<String> classes, java.util.function.IntPredicate namedPlace) {
        return classes.stream().anyMatch(named::contains) && s.token(i).isProperNoun() && namedPlace.test(i);
    }

    /**
     * The code of the verb's sense its arguments select ({@code sense}): "seized Crimea", "took much of the
     * territory" are 192, not 171; the code itself when no sense applies.
     *
     * @param s the sentence
     * @param v the verb
     * @param code the code the verb would be coded with
     * @param namedPlace whether a proper noun at a token names a place or a country (for {@code named} classes)
     */
    String sense(ParsedSentence s, int v, String code, java.util.function.IntPredicate namedPlace) {
        for (Shift shift : shifts.getOrDefault(Syntax.lower(s.token(v)), List.of())) {
            if (!code.startsWith(shift.prefix())) {
                continue;
            }
            int filler = filler(s, v, shift.role());
            if (filler >= 0 && (of(s, filler, Set.of(shift.cls())) || named.contains(shift.cls())
                    && s.token(filler).isProperNoun() && namedPlace.test(filler))) {
                return shift.code();
            }
        }
        return code;
    }

    /**
     * Whether the noun at {@code i} is of one of the classes, or a quantity of such nouns ("dozens of drones", "most
     * of the missiles": its "of" phrase).
     */
    private boolean of(ParsedSentence s, int i, Set<String> classes) {
        if (ofClass(s, i, classes)) {
            return true;
        }
        for (int c : s.children(i, "nmod")) {
            if (Syntax.preposition(s, c).equals("of") && ofClass(s, c, classes)) {
                return true;
            }
        }
        return false;
    }

    private boolean ofClass(ParsedSentence s, int i, Set<String> classes) {
        for (String w : List.of(Syntax.lower(s.token(i)), s.token(i).word().toLowerCase(Locale.ROOT))) {
            Set<String> cs = classesOfWord.get(w);
            if (cs != null && cs.stream().anyMatch(classes::contains)) {
                return true;
            }
        }
        return false;
    }

    /** The head token that fills a role of the verb, or -1. */
    private static int filler(ParsedSentence s, int v, String role) {
        boolean passive = Syntax.passive(s, v);
        String rel = s.relation(v);
        if (role.equals("object")) {
            if (passive) {
                for (int c : s.children(v, "nsubj:pass")) {
                    return relative(s, c, v);
                }
                if (rel.equals("acl") && s.head(v) >= 0) {
                    return s.head(v); // "the compromises hammered out by negotiators"
                }
            }
            for (int c : s.children(v, "obj")) {
                return relative(s, c, v);
            }
            return Syntax.partitiveObject(s, v); // "shot down 25 of the drones", misparsed
        }
        if (role.equals("subject")) {
            for (int c : s.children(v, "nsubj")) {
                return relative(s, c, v);
            }
            return -1;
        }
        String prep = role.substring("oblique:".length());
        List<Integer> phrases = s.children(v, s.token(v).isNoun() ? "nmod" : "obl");
        for (int c : phrases) {
            if (Syntax.preposition(s, c).equals(prep)) {
                return c; // of a noun: its prepositional phrase ("the seizure of Crimea")
            }
        }
        List<Integer> nominals = new ArrayList<>(phrases);
        nominals.addAll(s.children(v, "obj"));
        for (int n : nominals) {
            for (int c : s.children(n, "nmod")) {
                if (Syntax.preposition(s, c).equals(prep)) {
                    return c; // hung on the verb's own phrase: "came under fire (from Armenian positions)"
                }
            }
        }
        return -1;
    }

    /** A relative pronoun stands for the noun its clause modifies ("the region, which surrounds"). */
    private static int relative(ParsedSentence s, int c, int v) {
        String pos = s.token(c).pos();
        if ((pos.equals("WDT") || pos.equals("WP")) && s.relation(v).equals("acl:relcl") && s.head(v) >= 0) {
            return s.head(v);
        }
        return c;
    }
}
