package org.saydo.code;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.saydo.dict.ActorDictionary;
import org.saydo.dict.ActorMatch;
import org.saydo.dict.AgentDictionary;
import org.saydo.dict.AgentMatch;
import org.saydo.nlp.ParsedSentence;
import org.saydo.nlp.Token;

/**
 * Finds the actors and agents a sentence names, by longest match of its words against the actor and agent
 * dictionaries. Person roles are chosen by date: "Putin" is {@code RUSGOV} in 2025. Immutable; thread-safe.
 */
final class ActorFinder {

    private final ActorDictionary actors;
    private final AgentDictionary agents;

    ActorFinder(ActorDictionary actors, AgentDictionary agents) {
        this.actors = Objects.requireNonNull(actors, "actors");
        this.agents = Objects.requireNonNull(agents, "agents");
    }

    /** The mentions of a sentence, left to right, not overlapping; longest match first. */
    List<Mention> find(ParsedSentence s, LocalDate date) {
        List<String> words = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) {
            words.add(Syntax.upper(t));
        }
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Mention m = at(s, words, i, date);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.last() + 1;
            }
        }
        return out;
    }

    private Mention at(ParsedSentence s, List<String> words, int i, LocalDate date) {
        Token t = s.token(i);
        if (!Character.isLetter(t.word().charAt(0)) && !t.word().equals("U.S.")) {
            return null;
        }
        Optional<ActorMatch> actor = actors.longestMatch(words, i);
        Optional<AgentMatch> agent = agents.longestMatch(words, i);
        int actorLength = actor.map(ActorMatch::length).orElse(0);
        int agentLength = agent.map(AgentMatch::length).orElse(0);
        if (Syntax.hyphenated(s, i + 2) != null) {
            // the tokenizer splits "peace-keepers" into three tokens; the dictionaries spell it as one word, with
            // or without the hyphen ("PEACE-KEEPER", "PEACEKEEPER")
            for (String joined : List.of(words.get(i) + "-" + words.get(i + 2), words.get(i) + words.get(i + 2))) {
                List<String> rest = new ArrayList<>();
                rest.add(joined);
                rest.addAll(words.subList(i + 3, words.size()));
                Optional<ActorMatch> a = actors.longestMatch(rest, 0);
                if (a.isPresent() && a.get().length() + 2 > actorLength) {
                    actor = a;
                    actorLength = a.get().length() + 2;
                }
                Optional<AgentMatch> g = agents.longestMatch(rest, 0);
                if (g.isPresent() && g.get().length() + 2 > agentLength) {
                    agent = g;
                    agentLength = g.get().length() + 2;
                }
            }
        }
        if (actorLength > 0 && actorLength >= agentLength) {
            var entry = actor.get().entry();
            Optional<String> code = entry.codeOn(date);
            if (code.isEmpty() || !plausibleActor(s, i, actorLength)) {
                return null;
            }
            return new Mention(i, i + actorLength - 1, code.get(), entry.name(), entry.isPerson(),
                    entry.type() == org.saydo.dict.ActorType.PLACE, null);
        }
        if (agentLength > 0 && (t.isNoun() || agentLength > 1)) { // "main opposition group" starts with an adjective
            var entry = agent.get().entry();
            return new Mention(i, i + agentLength - 1, null, entry.phrase(),
                    false, false, entry);
        }
        return null;
    }

    /**
     * A one-word match on a lower-case common word that is not a noun or adjective ("us", "turkey" as a verb)
     * is not an actor.
     */
    private static boolean plausibleActor(ParsedSentence s, int i, int length) {
        if (length > 1) {
            return true;
        }
        Token t = s.token(i);
        if (Character.isUpperCase(t.word().charAt(0))) {
            return !t.pos().equals("PRP");
        }
        return t.pos().startsWith("NN") || t.pos().startsWith("JJ");
    }
}
