package org.saydo.code;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * CAMEO's verb combinations: a speech act that embeds another act is one event whose code says both. "Russia
 * promised to provide aid" is an intent to give aid (033), not a promise (030) plus an aid event; "refused to meet"
 * is a rejection of talks (125); "threatened to attack" a threat of force (138); "urged Kyiv to cease fire" an appeal
 * for de-escalation (0256); "demanded that Japan withdraw" a demand to yield (105).
 *
 * <p>CAMEO gives the appeal (02), intent (03), demand (10) and rejection (12) families one parallel set of
 * sub-codes — material cooperation, diplomatic cooperation, aid, political reform, yielding, meeting, settling,
 * mediation — and the threat family (13) its own for sanctions, repression and force. The table below follows the
 * CAMEO codebook's definitions. Stateless; thread-safe.
 */
final class Combination {

    /** The speech-act family of an embedding verb. */
    enum Family {
        /** 02: make an appeal or request. */
        APPEAL("02", "020"),
        /** 03: express intent to cooperate (promise, pledge, agree, offer). */
        INTEND("03", "030"),
        /** 10: demand. */
        DEMAND("10", "100"),
        /** 12: reject, refuse. */
        REJECT("12", "120"),
        /** 13: threaten. */
        THREATEN("13", "130");

        private final String root;
        private final String generic;

        Family(String root, String generic) {
            this.root = root;
            this.generic = generic;
        }

        /** @return the family's two-digit CAMEO root */
        String root() {
            return root;
        }

        /** @return the family's own code, used when the embedded act has no sub-code of its own here */
        String generic() {
            return generic;
        }

        /** Whether the addressee of the speech act is its target ("urged Kyiv to"), rather than the act's. */
        boolean addressed() {
            return this == APPEAL || this == DEMAND;
        }
    }

    /** Lemmas whose family the verb's own dictionary code does not say ("agree" is 050, "call" 041, "vow" ---). */
    private static final Map<String, Family> LEMMAS = families();

    /**
     * Passive verbs that put an act on its subject as an obligation or an expectation, a promise made for it
     * ("Israel is expected to free 90 prisoners", "Hezbollah is required to pull its fighters out"): the
     * {@link Family#INTEND} family, as "is to" is ("Hamas is to release 33 hostages"). {@code words.txt}:
     * {@code obliged}.
     */
    private static final Set<String> OBLIGED = WordLists.words("obliged");

    /**
     * statement31: verbs of deciding (words.txt decision-verbs), whose dictionary code (DECIDE [030]) names no speech
     * act: what a party decides to do is that act, told as intended ("The Government has decided to expel the French
     * ambassador" is an expulsion, 161, not a threat to cut relations, 1313).
     */
    private static final Set<String> DECISIONS = WordLists.words("decision-verbs");

    /** Families that may embed a finite clause ("warned that it would strike", "demanded that Japan withdraw"). */
    private static final Set<Family> CLAUSAL = Set.of(Family.APPEAL, Family.INTEND, Family.DEMAND, Family.THREATEN);

    /** Roots of the acts a speech act can be about: meeting, cooperation, aid, yielding, force and coercion. */
    private static final Set<String> DEEDS = Set.of("04", "05", "06", "07", "08", "09", "15", "16", "17", "18",
            "19", "20");

    /** What a complement verb the dictionaries do not code names ({@code contents.txt}): lemma to entries. */
    private static final Map<String, java.util.List<Content>> CONTENTS = contents(
            CueFile.resource("contents.txt", Set.of("act")), "act");

    /**
     * One entry of {@code contents.txt} (a verb's lemma, a word one of its dependents must be, or null, the act) or
     * of {@code intents.txt} {@code content} (a noun, a modifier it must have, or null, the act).
     */
    record Content(String lemma, String word, String code, String where) {
    }

    private Combination() {
    }

    /**
     * The entries {@code key WORD [WORD] [CODE]} of a cue file, by their first word, those that name a second word
     * first; the code must be a deed's (04-09, 15-20).
     */
    static Map<String, java.util.List<Content>> contents(CueFile file, String key) {
        Map<String, java.util.List<Content>> map = new java.util.HashMap<>();
        for (CueFile.Cue c : file.of(key)) {
            String[] f = c.value().toLowerCase(Locale.ROOT).split("\\s+");
            String last = f[f.length - 1];
            if (f.length < 2 || f.length > 3 || !last.matches("\\[(0[4-9]|1[5-9]|20)\\d{0,2}\\]")) {
                throw c.error("expected '" + key + " WORD [WORD] [CODE]' with the CAMEO code of a deed (04-09, 15-20), "
                        + "got '" + key + " " + c.value() + "'");
            }
            Content content = new Content(f[0], f.length == 3 ? f[1] : null, last.substring(1, last.length() - 1),
                    c.where());
            java.util.List<Content> entries = map.computeIfAbsent(f[0], k -> new java.util.ArrayList<>());
            entries.add(content.word() == null ? entries.size() : 0, content); // with a word first
        }
        map.replaceAll((k, v) -> java.util.List.copyOf(v));
        return Map.copyOf(map);
    }

    /**
     * The act a complement verb names when the dictionaries code none for it ("stay calm", "return to talks",
     * "let monitors in"), given the lower-cased words and lemmas of its dependents; empty for none.
     */
    static Optional<Content> content(String lemma, Set<String> dependents) {
        for (Content c : CONTENTS.getOrDefault(lemma.toLowerCase(Locale.ROOT), java.util.List.of())) {
            if (c.word() == null || dependents.contains(c.word())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The lemmas of each family ({@code words.txt}: {@code family-appeal}, ...); a lemma is in one at most. */
    private static Map<String, Family> families() {
        Map<String, Family> map = new java.util.HashMap<>();
        for (Family f : Family.values()) {
            String list = "family-" + f.name().toLowerCase(java.util.Locale.ROOT);
            for (String lemma : WordLists.words(list)) {
                Family other = map.put(lemma, f);
                if (other != null) {
                    throw new IllegalStateException("words.txt: '" + lemma + "' is in two families, " + list
                            + " and family-" + other.name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return Map.copyOf(map);
    }

    /**
     * The family of an embedding verb: by its lemma, else by the root of the code its dictionary gives it.
     *
     * @param lemma the verb's lemma
     * @param ownCode the code the verb was coded with on its own, when it was
     */
    static Optional<Family> family(String lemma, Optional<String> ownCode) {
        if (DECISIONS.contains(lemma.toLowerCase(Locale.ROOT))) {
            return Optional.empty(); // statement31: "has decided to expel the ambassador" is the expulsion, decided
        }
        Family f = LEMMAS.get(lemma.toLowerCase(Locale.ROOT));
        if (f != null) {
            return Optional.of(f);
        }
        if (ownCode.isPresent()) {
            for (Family x : Family.values()) {
                if (ownCode.get().startsWith(x.root())) {
                    return Optional.of(x);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a passive verb of this lemma puts the act it embeds on its subject ("is expected to free"). */
    static boolean obliges(String lemma) {
        return OBLIGED.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /**
     * The code of an obligation put on a party ("is to release", "is expected to withdraw"): a promise of
     * cooperation or yielding (03x) when the act is one, else the act's own code — an act of force that a party "is
     * to" do is an intended act, not a threat made by anyone.
     */
    static String obligation(String embedded) {
        String root = embedded.substring(0, 2);
        boolean cooperative = Set.of("04", "05", "06", "07", "08").contains(root);
        return cooperative ? code(Family.INTEND, embedded).orElse(embedded) : embedded;
    }

    /**
     * Whether an act a speaker foretells of its own side ("Pakistan said it would expel the Indian high commissioner",
     * "India will withdraw its advisers") is a decision announced, coded as the act itself with modality intent, rather
     * than a threat (131x, 132, 137): reducing relations (16) and coercion (17) are done by the state that says so, to
     * no one it must sway (corpus/README.md: "India will withdraw its own defence advisers" is 161 intent). A verb of
     * threatening or warning still makes a threat, and so do sanctions (163) foretold, which are imposed to sway the
     * party they are on ("said Washington and its allies would impose severe sanctions on Moscow": 1312, as the
     * corpus codes it). A show of force or a deployment (15) foretold is one too, not an intent to cooperate (030):
     * "Pyongyang said it would send up more satellites" is 150 intent in the corpus, and so is "China said it would
     * hold drills around Taiwan" (CAMEO 150 "demonstrate military or police power", no cooperation with anyone).
     */
    static boolean decision(String embedded) {
        return Set.of("15", "16", "17").contains(embedded.substring(0, 2)) && !embedded.startsWith("163");
    }

    /**
     * The code of a speech act of family {@code f} about the act {@code embedded} negated: promising, urging or
     * demanding not to attack ("undertook not to attack the ships", "urged them not to strike") is about
     * de-escalation (0356, 0256, 1056); empty for other families and other acts.
     */
    static Optional<String> notToAct(Family f, String embedded) {
        String root = embedded.substring(0, 2);
        if (!Set.of("18", "19", "20").contains(root) || f == Family.REJECT || f == Family.THREATEN) {
            return Optional.empty();
        }
        return Optional.of(yielding(f, "087"));
    }

    /** Whether the family may embed a finite ("that") clause rather than only an infinitive. */
    static boolean clausal(Family f) {
        return CLAUSAL.contains(f);
    }

    /**
     * The code of a speech act of family {@code f} whose content is the act {@code embedded}: the family's
     * sub-code for the act's kind, else the family's own code; empty when the act is itself a speech act
     * (01–03, 10–14: "declined to comment" is not a rejection, "promised to criticise" still a promise).
     */
    static Optional<String> code(Family f, String embedded) {
        String root = embedded.substring(0, 2);
        if (!DEEDS.contains(root)) {
            return Optional.empty();
        }
        String sub = embedded.length() == 2 ? embedded + "0" : embedded; // "08" (a root) is "080"
        Optional<String> specific = switch (f) {
            case THREATEN -> threat(root, sub);
            // an intent to harm is a threat; an intent to deploy is not ("pledged to deploy police to Haiti")
            case INTEND -> (root.equals("15") ? Optional.<String>empty() : threat(root, sub))
                    .or(() -> cooperation(f, root, sub));
            default -> cooperation(f, root, sub);
        };
        return specific.or(() -> Optional.of(f.generic()));
    }

    /** 13x: what a threat (or an intent to do harm) is a threat of. */
    private static Optional<String> threat(String root, String sub) {
        return Optional.ofNullable(switch (root) {
            case "18" -> "1383"; // unconventional violence
            case "19" -> sub.startsWith("191") ? "1381" : sub.startsWith("192") ? "1382" : "1384";
            case "20" -> "1385";
            case "16" -> sub.startsWith("162") ? "1311" : sub.startsWith("163") ? "1312" : "1313";
            case "17" -> sub.startsWith("172") ? "132" : sub.startsWith("173") || sub.startsWith("175") ? "137"
                    : "130";
            case "15" -> "138"; // "threatened to deploy troops": a show of force threatened
            default -> null;
        });
    }

    /** The parallel sub-codes of 02x, 03x, 10x and 12x. */
    private static Optional<String> cooperation(Family f, String root, String sub) {
        String p = f.root();
        String code = switch (root) {
            case "04" -> sub.startsWith("045") ? mediation(f) : f == Family.REJECT ? "125" : p + "6";
            case "05" -> f == Family.REJECT ? (sub.startsWith("057") ? "127" : null) : p + "2";
            case "06" -> {
                String base = f == Family.APPEAL ? "021" : f == Family.INTEND ? "031" : f == Family.DEMAND ? "101"
                        : "121";
                int n = sub.charAt(2) - '0'; // 061 economic .. 064 intelligence
                boolean narrower = n >= 1 && n <= 4 && (f != Family.REJECT || n <= 2);
                yield narrower ? base + n : base;
            }
            case "07" -> {
                String base = f == Family.APPEAL ? "023" : f == Family.INTEND ? "033" : f == Family.DEMAND ? "103"
                        : "122";
                int n = sub.charAt(2) - '0'; // 071 economic .. 074 protection
                yield n >= 1 && n <= 4 ? base + n : base;
            }
            case "08" -> yielding(f, sub);
            default -> null;
        };
        return Optional.ofNullable(code);
    }

    private static String mediation(Family f) {
        return switch (f) {
            case APPEAL -> "028";
            case INTEND -> "039";
            case DEMAND -> "108";
            case REJECT -> "126";
            case THREATEN -> "135";
        };
    }

    /**
     * 025x/035x/105x/124x: yielding. CAMEO numbers the yields 081 administrative sanctions, 082 dissent, 083
     * political reform, 084 release, 085 economic sanctions, 086 international involvement, 087 de-escalation;
     * the speech families number them 1 sanctions, 2 dissent, 3 release, 4 economic sanctions, 5 involvement,
     * 6 de-escalation, with reform a sub-code of its own (024, 034, 104, 123).
     */
    private static String yielding(Family f, String sub) {
        String base = switch (f) {
            case APPEAL -> "025";
            case INTEND -> "035";
            case DEMAND -> "105";
            case REJECT -> "124";
            case THREATEN -> "130";
        };
        if (f == Family.THREATEN) {
            return base;
        }
        return switch (sub.substring(0, 3)) {
            case "081" -> base + "1";
            case "082" -> base + "2";
            case "083" -> switch (f) {
                case APPEAL -> "024";
                case INTEND -> "034";
                case DEMAND -> "104";
                default -> "123";
            } + sub.substring(3); // silentverbal26: the reform's own kind carries over ("demanded that he step down":
                                  // 0831 leadership, so 1041; 0832 policy 1042, 0833 rights 1043, 0834 regime 1044)
            case "084" -> base + "3";
            case "085" -> base + "4";
            case "086" -> base + "5";
            case "087" -> base + "6";
            default -> base;
        };
    }
}
