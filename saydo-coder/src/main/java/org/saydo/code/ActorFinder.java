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
        List<View> views = View.of(s);
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < s.tokens().size()) {
            Mention m = at(s, views, i, date);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.last() + 1;
            }
        }
        return out;
    }

    private Mention at(ParsedSentence s, List<View> views, int i, LocalDate date) {
        Token t = s.token(i);
        if (!Character.isLetter(t.word().charAt(0)) && !t.word().equals("U.S.")) {
            return null;
        }
        Optional<ActorMatch> actor = Optional.empty();
        Optional<AgentMatch> agent = Optional.empty();
        int actorLength = 0; // in the sentence's tokens
        int agentLength = 0;
        for (View v : views) {
            int j = v.indexOf(i);
            if (j < 0) {
                continue;
            }
            Optional<ActorMatch> a = actors.longestMatch(v.words(), j);
            if (a.isPresent() && v.tokens(j, a.get().length()) > actorLength) {
                actor = a;
                actorLength = v.tokens(j, a.get().length());
            }
            Optional<AgentMatch> g = agents.longestMatch(v.words(), j);
            if (g.isPresent() && v.tokens(j, g.get().length()) > agentLength) {
                agent = g;
                agentLength = v.tokens(j, g.get().length());
            }
        }
        if (actorLength > 0 && actorLength >= agentLength) {
            var entry = actor.get().entry();
            Optional<String> code = entry.codeOn(date);
            if (code.isEmpty() || !plausibleActor(s, i, actorLength)) {
                return null;
            }
            return new Mention(i, i + actorLength - 1, code.get(), entry.name(), entry.isPerson(),
                    entry.type() == org.saydo.dict.ActorType.PLACE,
                    actorLength == agentLength ? agent.get().entry() : null, actorLength == agentLength);
        }
        if (agentLength > 0 && (t.isNoun() || agentLength > 1)) { // "main opposition group" starts with an adjective
            var entry = agent.get().entry();
            return new Mention(i, i + agentLength - 1, null, entry.phrase(),
                    false, false, entry);
        }
        return null;
    }

    /**
     * The sentence's upper-case words as a dictionary may spell them. The tokenizer splits "peace-keepers" and
     * "Ching-te" into three tokens; the dictionaries spell such a word with the hyphen ("PEACE-KEEPER",
     * "LAI_CHING-TE_"), without it ("PEACEKEEPER") or as two words ("TSAI_ING_WEN_"). Besides the tokens as
     * they are, a view joins each hyphenated word with its hyphen, one joins it without, and one drops the
     * hyphen token; a match in any view covers the tokens its words came from.
     *
     * @param words the view's words
     * @param first for each word, the first token it came from
     * @param last for each word, the last token it came from
     */
    private record View(List<String> words, int[] first, int[] last) {

        static List<View> of(ParsedSentence s) {
            int n = s.tokens().size();
            List<String> raw = new ArrayList<>(n);
            int[] same = new int[n];
            boolean hyphens = false;
            for (int i = 0; i < n; i++) {
                raw.add(Syntax.upper(s.token(i)));
                same[i] = i;
                hyphens |= Syntax.hyphenated(s, i) != null;
            }
            List<View> views = new ArrayList<>(4);
            views.add(new View(raw, same, same));
            if (hyphens) {
                views.add(joined(s, raw, "-"));
                views.add(joined(s, raw, ""));
                views.add(joined(s, raw, null));
            }
            return views;
        }

        /** The words with each "A - B" run joined by {@code glue}, or with the hyphen dropped when it is null. */
        private static View joined(ParsedSentence s, List<String> raw, String glue) {
            List<String> words = new ArrayList<>(raw.size());
            List<Integer> first = new ArrayList<>(raw.size());
            List<Integer> last = new ArrayList<>(raw.size());
            for (int i = 0; i < raw.size(); i++) {
                if (Syntax.hyphenated(s, i) == null) {
                    words.add(raw.get(i));
                    first.add(i);
                    last.add(i);
                } else if (glue == null) {
                    words.set(words.size() - 1, raw.get(i)); // in the hyphen's place
                    first.set(first.size() - 1, i);
                    last.set(last.size() - 1, i);
                } else {
                    int w = words.size() - 2; // the word before the hyphen
                    words.set(w, words.get(w) + glue + raw.get(i));
                    words.remove(w + 1);
                    first.remove(w + 1);
                    last.remove(w + 1);
                    last.set(w, i);
                }
            }
            return new View(words, first.stream().mapToInt(Integer::intValue).toArray(),
                    last.stream().mapToInt(Integer::intValue).toArray());
        }

        /** The view's word that begins at token {@code token}, or -1 ({@code first} rises word by word). */
        int indexOf(int token) {
            int j = java.util.Arrays.binarySearch(first, token);
            return j >= 0 ? j : -1;
        }

        /** The number of tokens that {@code length} words from word {@code j} cover. */
        int tokens(int j, int length) {
            return last[j + length - 1] - first[j] + 1;
        }
    }

    /**
     * A one-word match on a lower-case common word that is not a noun or adjective ("us", "turkey" as a verb)
     * is not an actor, and neither is a longer match all in lower case: the dictionaries' names are proper names,
     * and "its central command" or "the security council" written so is a common noun, not the US Central Command
     * or the UN's.
     */
    private static boolean plausibleActor(ParsedSentence s, int i, int length) {
        if (length > 1) {
            for (int k = i; k < i + length; k++) {
                String w = s.token(k).word();
                if (!w.isEmpty() && !Character.isLowerCase(w.codePointAt(0))) {
                    return true;
                }
            }
            return false;
        }
        Token t = s.token(i);
        if (Character.isUpperCase(t.word().charAt(0))) {
            return !t.pos().equals("PRP");
        }
        return t.pos().startsWith("NN") || t.pos().startsWith("JJ");
    }
}
