package org.saydo.code;

import java.util.Set;

/**
 * What a reader remembers from the sentences before: the last person and the last other actor named, the last
 * singular actor in subject position that is not a person (what "it" and "its" stand for), and the last speaker.
 * Used to resolve "he said", "its troops" and quotes whose speaker is named in a neighbouring sentence. One per
 * document; not thread-safe.
 */
final class Discourse {

    Arg lastPerson;
    Arg lastOther;
    Arg lastSpeaker;
    int lastSpeakerSentence = -10;
    Arg lastSubject;
    /**
     * The office of the last person the dictionaries lack named as a main clause's subject with a title or an
     * apposition ("Army spokesman Nabil Abdallah blamed ..."), as a speaker, or null when that person gave none; and
     * its sentence. Only a speaker ("he said") continues it; events leave such a "he" unresolved.
     */
    Arg lastOffice;
    int lastOfficeSentence = -10;
    java.util.List<Arg> lastGroup = java.util.List.of();
    int lastGroupSentence = -10;
    int lastSubjectSentence = -10;
    /**
     * The last country or organisation named as the subject of a clause ("Peskov said Russia would ..."), the
     * main clause's first; null with {@link #lastThingSentence} set when the last such subject was a thing that is
     * no actor ("The resolution passed"), which "it" then stands for.
     */
    Arg lastThing;
    int lastThingSentence = -10;

    /**
     * The actors that name a state by its name, its capital or a pronoun standing for one ("Russia", "Moscow",
     * "it"): a state so named acts through its government or its forces ({@link ActorRoles}).
     */
    final Set<org.saydo.record.ActorRef> states = new java.util.HashSet<>();

    /** The country of the report's dateline city ("SEOUL, Oct 15 (Reuters) -" is KOR), or null: EventCoder. */
    String home;

    /**
     * With no dateline, the country of the first sentence's main subject when it is a state or a state's body
     * ("South Korea will resume broadcasts, the presidential office said"), or null: whose a bare body every state
     * has is in a report told from that state's side (Sentence.remember).
     */
    String lead;
    boolean leadTold;

    /**
     * statement29: whether the report is an official text, a statement or a readout by its heading (its first two
     * sentences name it so, words.txt official-headings): its agentless measures are its issuer's, the report's own
     * country's (ImplicitSources.coercer).
     */
    boolean official;

    /** statement29: the country of the first state or state body an official text's heading names, or null. */
    String issuer;

    /**
     * statement31: the party an official text speaks for in the first person ("We call on the international
     * community", "our forces responded"): the one state, state body or organisation its heading names as its issuer
     * ("Statement by the Ministry of Foreign Affairs of Ukraine"), or a first line naming only such a body above the
     * heading; null for none or for several (a joint text's "we" is each of them) (Sentence.remember).
     */
    Arg voice;

    /**
     * statement34: the party a transcript's speaker label speaks for in the answer on the current sentence's line
     * ("JCS OPERATIONS DIRECTOR: Our forces returned fire", "SPOKESPERSON: We firmly oppose ..."): its "we" and "our"
     * are the label's body, for that answer's lines only; null on any other line (Sentence.code, QuoteFinder.answerVoice).
     */
    Arg answerVoice;

    /** statement31: the one state body or organisation the report's first sentence names, when it has no verb. */
    Arg firstLine;

    /**
     * sahel33: the capitalised words of the heading's phrase that names the issuer ("Summit", "Authority", "Heads" of
     * "Final Communiqué of the Extraordinary Summit of the ECOWAS Authority of Heads of State"), lower-cased: the short
     * names the text gives its voice beside the words of the issuer's own name ("The Authority decides").
     */
    Set<String> voiceWords = Set.of();

    /**
     * statement31: the quotation marks of the report: a first-person pronoun inside them is its speaker's, not the
     * official text's voice (ActorResolver.actorOf). Set by EventCoder.
     */
    java.util.List<QuoteSpan> quoteSpans = java.util.List.of();

    /** The country an official text's agentless measures are the acts of: its issuer, else the report's own. */
    String issuerCountry() {
        return issuer != null ? issuer : homeCountry();
    }

    /** The country the report is told from: its dateline's, else its lead's; null for neither. */
    String homeCountry() {
        return home != null ? home : lead;
    }

    /** The acts coded so far, in text order: what "the attack" refers to. */
    final java.util.List<org.saydo.record.Event> told = new java.util.ArrayList<>();

    /** The quotes found so far, in text order: whose day a later sentence may continue. */
    final java.util.List<org.saydo.record.Quote> quoted = new java.util.ArrayList<>();

    /**
     * Whoever did the first act the report told (asserted or reported: news, not background) of one of these
     * CAMEO roots, skipping the acts of the given actors' own countries or organisations (what Ukraine condemns
     * as "the attack" is not its own); null for none. A report tells its main act first ("Russia attacked Ukraine ...
     * Ukraine's forces fought back ... Biden condemned the attack").
     */
    org.saydo.record.ActorRef agentOfFirst(java.util.Collection<org.saydo.record.Event> recent, Set<String> roots,
            java.util.List<Arg> reacting) {
        java.util.List<org.saydo.record.Event> all = new java.util.ArrayList<>(told);
        all.addAll(recent);
        for (org.saydo.record.Event e : all) {
            if (ImplicitTargets.standIn(e.source()) || ImplicitSources.standIn(e.source())) {
                continue; // "the fighting", "a hospital was hit": no one's act yet
            }
            String agent = primary(e.source().code());
            if (roots.contains(e.cameo().substring(0, 2)) && TOLD.contains(e.modality())
                    && reacting.stream().noneMatch(a -> primary(a.actor().code()).equals(agent))) {
                return e.source();
            }
        }
        return null;
    }

    /**
     * The sides of the report's conflict: the two actors (by country or organisation, REB apart) that the acts of
     * conflict told as news (CAMEO roots 10-20: fighting, and the threats, demands and accusations around it)
     * involve most often, the first named on a tie; empty when fewer than two.
     */
    java.util.List<org.saydo.record.ActorRef> sides(java.util.Collection<org.saydo.record.Event> recent) {
        return sides(recent, 10);
    }

    /**
     * The sides of the report's conflict as the acts of conflict of CAMEO roots from {@code least} to 20 told as
     * news involve them: from 18, the assaults and fights alone.
     */
    java.util.List<org.saydo.record.ActorRef> sides(java.util.Collection<org.saydo.record.Event> recent, int least) {
        java.util.List<org.saydo.record.Event> all = new java.util.ArrayList<>(told);
        all.addAll(recent);
        java.util.Map<String, Integer> count = new java.util.LinkedHashMap<>();
        java.util.Map<String, org.saydo.record.ActorRef> first = new java.util.HashMap<>();
        for (org.saydo.record.Event e : all) {
            int root = Integer.parseInt(e.cameo().substring(0, 2));
            if (root < least || !TOLD.contains(e.modality()) || ImplicitTargets.standIn(e.source())
                    || ImplicitSources.standIn(e.source())) {
                continue;
            }
            for (org.saydo.record.ActorRef a : java.util.Arrays.asList(e.source(), e.target())) {
                if (a != null && !ImplicitTargets.addressee(a)) {
                    String key = primary(a.code());
                    count.merge(key, 1, Integer::sum);
                    first.putIfAbsent(key, a);
                }
            }
        }
        java.util.List<String> keys = new java.util.ArrayList<>(count.keySet());
        keys.sort((x, y) -> count.get(y) - count.get(x)); // stable: the first named wins a tie
        if (keys.size() < 2) {
            return java.util.List.of();
        }
        return java.util.List.of(first.get(keys.get(0)), first.get(keys.get(1)));
    }

    /** The other side of the report's conflict from this actor's, or null when it is neither side. */
    org.saydo.record.ActorRef otherSide(java.util.Collection<org.saydo.record.Event> recent, Arg actor) {
        java.util.List<org.saydo.record.ActorRef> sides = sides(recent);
        String own = primary(actor.actor().code());
        for (int i = 0; i < sides.size(); i++) {
            if (primary(sides.get(i).code()).equals(own)) {
                return sides.get(1 - i);
            }
        }
        return null;
    }

    private static final Set<org.saydo.record.Modality> TOLD = java.util.EnumSet.of(
            org.saydo.record.Modality.ASSERTED, org.saydo.record.Modality.REPORTED);

    /** A place or country named by a proper noun ("Odesa" UKR, "Ukraine"), and the sentence it was named in. */
    record Place(org.saydo.record.ActorRef actor, int sentence) {
    }

    /** The places and countries named so far, in text order: what "the city", "the country" stand for. */
    final java.util.List<Place> places = new java.util.ArrayList<>();

    /** How many sentences back "the city" looks for the place it stands for. */
    private static final int PLACE_REACH = 3;

    /**
     * The last place or country named before (in {@code earlier}, this sentence's names before the noun, then in
     * the sentences before, up to three back) that is none of the acting actors' countries: "Russian missiles hit
     * the city" after "Odesa" is Ukraine, not Russia. Null for none.
     */
    org.saydo.record.ActorRef lastPlace(java.util.List<org.saydo.record.ActorRef> earlier, int sentence,
            java.util.List<Arg> acting) {
        java.util.List<org.saydo.record.ActorRef> all = new java.util.ArrayList<>();
        for (Place p : places) {
            if (sentence - p.sentence() <= PLACE_REACH) {
                all.add(p.actor());
            }
        }
        all.addAll(earlier);
        for (int i = all.size() - 1; i >= 0; i--) {
            String country = primary(all.get(i).code());
            if (acting.stream().noneMatch(a -> primary(a.actor().code()).equals(country))) {
                return all.get(i);
            }
        }
        return null;
    }

    /** A country's three letters (with a REB, OPP or INS role: the RSF is not Sudan), an organisation's six. */
    static String primary(String code) {
        if (code.length() >= 6 && code.startsWith("IGO")) {
            return code.substring(0, 6);
        }
        String role = code.length() >= 6 ? code.substring(3, 6) : "";
        return Set.of("REB", "OPP", "INS").contains(role) ? code.substring(0, 6) : code.substring(0, 3);
    }

    /** How many sentences back "it" looks for a subject before it falls back to the last actor named. */
    private static final int THING_REACH = 3;

    /**
     * @param sentence the index of the sentence the pronoun is in
     */
    Arg resolve(String pronoun, int sentence) {
        switch (pronoun.toLowerCase(java.util.Locale.ROOT)) {
            case "he", "him", "his", "she", "her", "himself", "herself":
                return lastPerson;
            case "it", "its", "itself":
                if (sentence - lastThingSentence <= THING_REACH) {
                    return lastThing; // null after a main subject that is no actor ("The resolution ... It calls")
                }
                return lastOther;
            default:
                return null;
        }
    }

    /**
     * States' bodies named as another state's than the dictionaries give them to ("South Korea's Joint Chiefs of
     * Staff"), by their words without the possessor: what the report's later "the Joint Chiefs of Staff" is
     * (ActorResolver.ownOrgan).
     */
    final java.util.Map<String, org.saydo.record.ActorRef> organs = new java.util.HashMap<>();

    /** The actors the sentences so far named, in text order: what "the army" stands for. */
    final java.util.List<org.saydo.record.ActorRef> named = new java.util.ArrayList<>();

    /**
     * The last actor named of one of these countries (its code's first three letters), not an organisation; null for
     * none: which state "the junta" is after "France said ... The junta rejected" (definites.txt regime).
     */
    org.saydo.record.ActorRef lastOfCountries(Set<String> countries) {
        for (int i = named.size() - 1; i >= 0; i--) {
            String code = named.get(i).code();
            if (code.length() >= 3 && countries.contains(code.substring(0, 3))) {
                return named.get(i);
            }
        }
        return null;
    }

    /**
     * The last actor named whose code has this role after its country ({@code SDNMIL} for MIL); else that role of
     * the last state named (its government, forces, parliament, courts or police); null for none.
     */
    org.saydo.record.ActorRef lastWithRole(String role) {
        return lastWithRole(role, null);
    }

    /**
     * The actor a short definite name stands for: the last actor named with that noun among its words ("the
     * council" after "the UN Security Council" is the UN); null for none.
     *
     * @param noun the noun's lemma
     */
    org.saydo.record.ActorRef lastNamedWith(String noun) {
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(noun)
                + "\\b", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
        for (int i = named.size() - 1; i >= 0; i--) {
            if (word.matcher(named.get(i).text()).find()) {
                return named.get(i);
            }
        }
        return null;
    }

    /**
     * The actor a definite noun of a role stands for: the last actor named with that noun among its words ("the
     * ministry" after "Kenya's foreign ministry summoned the Somali envoy" is Kenya's, though the envoy was named
     * after it); else {@link #lastWithRole(String)}.
     *
     * @param noun the noun's lemma, or null
     */
    org.saydo.record.ActorRef lastWithRole(String role, String noun) {
        if (noun != null) {
            java.util.regex.Pattern word = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(noun),
                    java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
            for (int i = named.size() - 1; i >= 0; i--) {
                String code = named.get(i).code();
                if (code.length() >= 6 && code.substring(3, 6).equals(role) && word.matcher(named.get(i).text()).find()) {
                    return named.get(i);
                }
            }
        }
        for (int i = named.size() - 1; i >= 0; i--) {
            String code = named.get(i).code();
            if (code.length() >= 6 && !code.startsWith("IGO") && code.substring(3, 6).equals(role)) {
                return named.get(i);
            }
        }
        // none of that role yet: the last state named has one ("Israel's security cabinet ... The military said"),
        // named as a state rather than by one of its towns ("the army walks out of Jeddah talks" in a report on Sudan
        // is not Saudi Arabia's army)
        Set<String> asStates = new java.util.HashSet<>();
        for (org.saydo.record.ActorRef a : states) {
            asStates.add(a.code().length() >= 3 ? a.code().substring(0, 3) : a.code());
        }
        for (int i = named.size() - 1; i >= 0; i--) {
            org.saydo.record.ActorRef a = named.get(i);
            if (ActorResolver.stateBody(a.code()) && asStates.contains(a.code().substring(0, 3))) {
                return new org.saydo.record.ActorRef(a.code().substring(0, 3) + role, a.name(), a.text());
            }
        }
        for (int i = named.size() - 1; i >= 0; i--) {
            org.saydo.record.ActorRef a = named.get(i);
            if (ActorResolver.stateBody(a.code())) {
                return new org.saydo.record.ActorRef(a.code().substring(0, 3) + role, a.name(), a.text());
            }
        }
        return null;
    }

    /**
     * The last actor named whose code has this role after its country ({@code PSEREBHMS}, {@code YEMREB} for REB);
     * organisations are left out; of the given country only, unless it is null; null for none.
     */
    org.saydo.record.ActorRef lastOfRole(String role, String country) {
        for (int i = named.size() - 1; i >= 0; i--) {
            String code = named.get(i).code();
            if (code.length() >= 6 && !code.startsWith("IGO") && code.substring(3, 6).equals(role)
                    && (country == null || code.startsWith(country))) {
                return named.get(i);
            }
        }
        return null;
    }

    void saw(Arg arg) {
        if (arg == null) {
            return;
        }
        if (arg.person()) {
            lastPerson = arg;
        } else {
            lastOther = arg;
        }
    }
}
