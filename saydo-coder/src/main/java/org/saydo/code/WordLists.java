package org.saydo.code;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The coder's word lists (the verbs, nouns, modal words and prepositions its passes react to), from
 * {@code words.txt}: {@code LIST WORD ...} a line, read by {@link CueFile}. A pass asks for a list by name when it
 * is loaded; a list name the file does not know is an error naming file and line, and a list a pass asks for that
 * the file lacks stops the coder at start naming file and list. Immutable and thread-safe.
 */
final class WordLists {

    /** The lists the passes ask for; {@code words.txt} may hold no other. */
    static final Set<String> NAMES = Set.of(
            "speech", "clause-speech", "deny", "cognition", "intent", "desire", "claim-nouns", "plan-nouns", "fail",
            "modal-hypothetical", "modal-intent", "conditional", "hedges", "reprisal-future",
            "reprisal-party-prepositions", "reprisal-agent-prepositions", "directive", "light",
            "verb-party-prepositions", "setting-prepositions", "meeting-party-prepositions", "quantifiers",
            "place-features", "plural-pronouns", "starters", "family-appeal", "family-intend", "family-demand",
            "family-reject", "family-threaten", "obliged",
            "speaker-official", "speaker-military", "speaker-public", "speaker-ngo", "quoting",
            "simultaneous-marks", "sequence-marks", "hour-measures", "performed-roots", "commitment-roots",
            "speech-addressed", "speaker-title", "speaker-title-military", "speaker-person", "speaker-rebel",
            "naming-speech", "aspect-verbs", "linked", "gerund-claim-verbs",
            "reprisal-orders", "reprisal-readiness", "partnered-codes",
            "reprisal-giving", "reprisal-forceful", "appeal-on-verbs", "appeal-on-prepositions",
            "appeal-speech", "appeal-speech-own", "gerund-marks", "speaker-state", "speaker-group", "speaker-media", "speaker-serving", "speaker-police",
            "installed", "place-kinds", "blame-verbs", "delegations",
            "currency", "noun-family-intend", "noun-family-threaten",
            "reaction-nouns", "meeting-scene",
            "question-auxiliary", "weapon-launchers", "backing", "headline-passive", "means-verbs", "visit-governors",
            "visit-scene", "claimed-deeds",
            "official-headings", // statement29
            "omitting-speech", "protection-codes", "silent-perfect", // rulesA30
            "armed-grounds", "owning", // freshH31
            "naming-as-speech", "speaker-local-office", // quotes31
            "aspect-phrasal", // intent31
            "first-plural", "decision-verbs", // statement31
            "text-nouns", "issuing-verbs", // verbal33
            "speaker-armed-owner", // speaker33
            "undergone"); // force33

    private static final CueFile DEFAULTS = CueFile.resource("words.txt", NAMES);

    private WordLists() {
    }

    /** The words of one shipped list, as written (lemmas in lower case unless the file says otherwise). */
    static Set<String> words(String list) {
        return words(DEFAULTS, list);
    }

    /** The words of one list of {@code file}; an empty or missing list is an error naming the file and list. */
    static Set<String> words(CueFile file, String list) {
        Objects.requireNonNull(list, "list");
        List<CueFile.Cue> cues = file.of(list);
        if (cues.isEmpty()) {
            throw new IllegalStateException(file.name() + ": no list '" + list + "'");
        }
        Set<String> out = new java.util.LinkedHashSet<>();
        for (CueFile.Cue c : cues) {
            out.addAll(List.of(c.value().split("\\s+")));
        }
        return Set.copyOf(out);
    }
}
