package org.saydo.code;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Definite agents with no country ("the army", "the junta") and the role of the actor they stand for, and short
 * definite names ("the council" after "the UN Security Council"), from {@code definites.txt}. Immutable and
 * thread-safe.
 */
final class Definites {

    private static final Definites DEFAULTS = of(CueFile.resource("definites.txt", Set.of("role", "named",
            "short", "enemy", "title", "member", "group", "armed", "regime", "roaming", "roamland", "phrase", "home")));

    private final Map<String, String> roleByNoun;
    private final Set<String> namedNouns;
    private final Set<String> shortWords;
    private final Set<String> enemyWords;
    private final Set<String> titleNouns;
    private final Map<String, String> memberRoleByNoun;
    private final Set<String> groupNouns;
    private final Set<String> armedWords;
    private final Map<String, Set<String>> regimeCountries;
    private final Set<String> roamingGroups;
    private final Set<String> roamingLands;
    private final Map<String, String> roleByPhrase;
    private final Map<String, String> homeRoleByNoun;

    private Definites(Map<String, String> roleByNoun, Set<String> namedNouns, Set<String> shortWords,
            Set<String> enemyWords, Set<String> titleNouns, Map<String, String> memberRoleByNoun,
            Set<String> groupNouns, Set<String> armedWords, Map<String, Set<String>> regimeCountries,
            Set<String> roamingGroups, Set<String> roamingLands, Map<String, String> roleByPhrase,
            Map<String, String> homeRoleByNoun) {
        this.homeRoleByNoun = Map.copyOf(homeRoleByNoun);
        this.roamingLands = Set.copyOf(roamingLands);
        this.roleByPhrase = Map.copyOf(roleByPhrase);
        this.regimeCountries = Map.copyOf(regimeCountries);
        this.roamingGroups = Set.copyOf(roamingGroups);
        this.roleByNoun = Map.copyOf(roleByNoun);
        this.memberRoleByNoun = Map.copyOf(memberRoleByNoun);
        this.groupNouns = Set.copyOf(groupNouns);
        this.armedWords = Set.copyOf(armedWords);
        this.namedNouns = Set.copyOf(namedNouns);
        this.shortWords = Set.copyOf(shortWords);
        this.enemyWords = Set.copyOf(enemyWords);
        this.titleNouns = Set.copyOf(titleNouns);
    }

    /** The nouns shipped with Saydo. */
    static Definites defaults() {
        return DEFAULTS;
    }

    static Definites of(CueFile file) {
        return new Definites(roles(file, "role"), words(file, "named"), words(file, "short"), words(file, "enemy"),
                words(file, "title"), roles(file, "member"), words(file, "group"), words(file, "armed"), regimes(file),
                names(file, "roaming"), names(file, "roamland"), phrases(file), roles(file, "home"));
    }

    /** The entries "KIND NAME ...": actor entry names as the dictionaries write them, {@code _} read as a blank. */
    private static Set<String> names(CueFile file, String kind) {
        Set<String> out = new java.util.HashSet<>();
        for (CueFile.Cue c : file.of(kind)) {
            for (String name : c.value().strip().split("\\s+")) {
                out.add(normalName(name));
            }
        }
        return out;
    }

    private static String normalName(String name) {
        return name.replace('_', ' ').strip().toUpperCase(Locale.ROOT);
    }

    /**
     * Whether the actor entry of this name is an armed group that fights in several countries and is, acting in one
     * of them, that country's rebels ("JNIM attacked a base in Burkina Faso": BFAREB; definites.txt roaming).
     */
    boolean roaming(String entryName) {
        return entryName != null && roamingGroups.contains(normalName(entryName));
    }

    /** Whether a roaming group acting in this country is that country's rebels (definites.txt roamland). */
    boolean roamingLand(String country) {
        return country != null && roamingLands.contains(country);
    }

    /** The entries "regime NOUN CCC ...": the countries each noun of a kind of rule can name. */
    private static Map<String, Set<String>> regimes(CueFile file) {
        Map<String, Set<String>> map = new HashMap<>();
        for (CueFile.Cue c : file.of("regime")) {
            String[] f = c.value().strip().split("\\s+");
            if (f.length < 2) {
                throw c.error("'regime' needs a noun and at least one country code, got 'regime " + c.value() + "'");
            }
            Set<String> countries = new java.util.HashSet<>();
            for (int i = 1; i < f.length; i++) {
                if (!f[i].matches("[A-Z]{3}")) {
                    throw c.error("'regime' needs three-letter country codes, got '" + f[i] + "'");
                }
                countries.add(f[i]);
            }
            map.put(f[0].toLowerCase(Locale.ROOT), Set.copyOf(countries));
        }
        return map;
    }

    /**
     * The countries a noun of a kind of rule can name ("the junta": the states a junta ruled in the years the
     * reports cover), empty when the noun names any state's body.
     */
    Set<String> regimeCountries(String word, String lemma) {
        Set<String> r = regimeCountries.get(word.toLowerCase(Locale.ROOT));
        return r != null ? r : regimeCountries.getOrDefault(lemma.toLowerCase(Locale.ROOT), Set.of());
    }

    /** The entries "KIND ROLE NOUN ...": each noun's role. */
    private static Map<String, String> roles(CueFile file, String kind) {
        Map<String, String> map = new HashMap<>();
        for (CueFile.Cue c : file.of(kind)) {
            String[] f = c.value().split("\\s+");
            if (f.length < 2 || f[0].length() != 3) {
                throw c.error("'" + kind + "' needs a three-letter role and at least one noun, got '" + kind + " "
                        + c.value() + "'");
            }
            for (int i = 1; i < f.length; i++) {
                map.put(f[i].toLowerCase(Locale.ROOT), f[0].toUpperCase(Locale.ROOT));
            }
        }
        return map;
    }

    /** The entries "phrase ROLE MODIFIER NOUN": each two-word phrase's role, keyed by its words in lower case. */
    private static Map<String, String> phrases(CueFile file) {
        Map<String, String> map = new HashMap<>();
        for (CueFile.Cue c : file.of("phrase")) {
            String[] f = c.value().strip().split("\\s+");
            if (f.length != 3 || f[0].length() != 3) {
                throw c.error("'phrase' needs a three-letter role, a modifier and a noun, got 'phrase " + c.value()
                        + "'");
            }
            map.put((f[1] + " " + f[2]).toLowerCase(Locale.ROOT), f[0].toUpperCase(Locale.ROOT));
        }
        return map;
    }

    private static Set<String> words(CueFile file, String list) {
        Set<String> out = new java.util.HashSet<>();
        for (CueFile.Cue c : file.of(list)) {
            for (String word : c.value().strip().split("\\s+")) {
                out.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /**
     * The role of a bare plural of a state's forces with no country ("Soldiers detained the president", "Security
     * forces killed six militants": definites.txt home, a two-word noun written with {@code _}), or null for none.
     *
     * @param modifier the word right before the noun, or null
     */
    String homeRole(String modifier, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return modifier != null ? homeRoleByNoun.get(modifier.toLowerCase(Locale.ROOT) + "_" + w)
                : homeRoleByNoun.get(w);
    }

    /**
     * Whether the capitalised word, alone, is a short name of a country whose name begins with it: "the North"
     * after "North Korea".
     */
    boolean shortName(String word) {
        return shortWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the noun (its word or lemma) is a short definite name: "the council" stands for the last actor named
     * with "council" among its words, whatever its code.
     */
    boolean named(String word, String lemma) {
        return namedNouns.contains(word.toLowerCase(Locale.ROOT))
                || namedNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the word (or its lemma) is a side's word for the other side: "the enemy", "the occupiers", "enemy
     * drones".
     */
    boolean enemy(String word, String lemma) {
        return enemyWords.contains(word.toLowerCase(Locale.ROOT))
                || enemyWords.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the noun (its word or lemma) heads an office's title ("the foreign minister", "the army chief"):
     * with "the" and no country, the last person named with that title, else the report's home country's office.
     */
    boolean title(String word, String lemma) {
        return titleNouns.contains(word.toLowerCase(Locale.ROOT))
                || titleNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /**
     * The role of the armed group whose members a definite plural noun names ("the gunmen", "the militants", "the
     * jihadists" after "Hamas", "JNIM"): the last actor of that role the report named; null for any other noun.
     */
    String memberRole(String word, String lemma) {
        String r = memberRoleByNoun.get(word.toLowerCase(Locale.ROOT));
        return r != null ? r : memberRoleByNoun.get(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether a member noun names the group itself in the singular ("the group", "the militia"). */
    boolean groupNoun(String word, String lemma) {
        return groupNouns.contains(word.toLowerCase(Locale.ROOT)) || groupNouns.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether a modifier word tells an armed group's kind ("paramilitary", "militant"), not its name or country. */
    boolean armed(String word) {
        return armedWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The role a noun with the one modifier before it stands for ("the Transition authorities", "the General Staff":
     * definites.txt phrase), or null when the two words are no such phrase.
     */
    String phraseRole(String modifier, String word, String lemma) {
        String m = modifier.toLowerCase(Locale.ROOT) + " ";
        String r = roleByPhrase.get(m + word.toLowerCase(Locale.ROOT));
        return r != null ? r : roleByPhrase.get(m + lemma.toLowerCase(Locale.ROOT));
    }

    /** The role the noun (its word or lemma) stands for, or null when it is none of these nouns. */
    String role(String word, String lemma) {
        String r = roleByNoun.get(word.toLowerCase(Locale.ROOT));
        return r != null ? r : roleByNoun.get(lemma.toLowerCase(Locale.ROOT));
    }
}
