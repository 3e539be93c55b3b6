package org.saydo.code;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.saydo.dict.Dictionaries;
import org.saydo.dict.PatternElement;
import org.saydo.dict.Term;
import org.saydo.dict.VerbDictionary;
import org.saydo.dict.VerbEntry;
import org.saydo.dict.VerbPattern;
import org.saydo.doc.Document;
import org.saydo.nlp.ParsedDocument;
import org.saydo.nlp.ParsedSentence;
import org.saydo.nlp.TimeExpression;
import org.saydo.nlp.Token;
import org.saydo.ontology.CameoCode;
import org.saydo.ontology.CameoOntology;
import org.saydo.record.ActorRef;
import org.saydo.record.CodedDocument;
import org.saydo.record.DateBasis;
import org.saydo.record.Event;
import org.saydo.record.Modality;
import org.saydo.record.Provenance;
import org.saydo.record.Quote;

/**
 * The event coder: reads the dependency parse of each sentence with the PETRARCH-format dictionaries and
 * Saydo's nominal-event dictionary, and emits events and quotes with modality, date and provenance.
 *
 * <p>Per sentence: find the actors the dictionaries know; for each verb in the verb dictionary, match its
 * patterns against the verb's dependents and take source and target from subject, object and obliques (passive
 * voice, coordination, relative clauses, control verbs); for each event noun not already used by a verb
 * pattern, take its parties from possessor, modifiers, "between"/"with"/"on"/"against" phrases and light verbs;
 * decide each event's modality from negation, modal auxiliaries, conditionals and the verbs that embed it;
 * find direct and indirect quotes and resolve their speakers, across sentences when needed.
 *
 * <p>Immutable and thread-safe.
 */
public final class EventCoder implements DocumentCoder {

    /** Verbs that report speech: their complements are quotes, and events in them are reported. */
    static final Set<String> SPEECH = Set.of("say", "tell", "describe", "note", "add", "state", "insist", "claim",
            "warn", "reiterate", "stress", "emphasize", "emphasise", "declare", "announce", "write", "argue",
            "assert", "explain", "remark", "comment", "acknowledge", "admit", "confirm", "respond", "reply",
            "answer", "allege", "report", "tweet", "post", "told", "repeat", "underline", "underscore", "signal",
            "accuse", "deny", "dismiss", "predict", "promise", "pledge", "vow", "threaten", "call", "urge",
            "demand", "caution", "complain", "observe", "point", "recall", "concede", "maintain", "contend");

    /** Speech verbs that direct or warn: the subject of what they say is their target ("demanded that Kyiv"). */
    private static final Set<String> DIRECTIVE = Set.of("demand", "urge", "warn", "caution", "threaten", "ask",
            "request", "call");
    /** Verbs whose speech content is denied. */
    private static final Set<String> DENY = Set.of("deny", "dismiss", "refute", "reject");
    /** Verbs of thinking and seeming: what they embed is not asserted. */
    private static final Set<String> COGNITION = Set.of("think", "believe", "suggest", "hope", "fear", "doubt",
            "expect", "speculate", "seem", "appear", "guess", "suppose", "imagine", "assume", "wonder", "rumor",
            "rumour", "predict", "estimate", "suspect");
    /** Verbs that make what they control an intent. */
    private static final Set<String> INTENT = Set.of("want", "plan", "intend", "seek", "aim", "promise", "pledge",
            "vow", "threaten", "prepare", "agree", "decide", "hope", "try", "offer", "propose", "wish", "mean",
            "expect", "ready", "resolve", "commit", "set", "attempt", "push", "move", "insist", "call", "urge");
    /** Verbs whose object is to do what they control: it has not happened ("persuade Trump to accept"). */
    private static final Set<String> DESIRE = Set.of("persuade", "convince", "urge", "ask", "encourage", "press",
            "pressure", "invite", "advise", "request", "beg", "implore", "tell", "want", "need", "expect", "allow");
    /** Nouns whose clause is a claim, not a fact the text asserts ("the narrative that Kyiv is losing"). */
    private static final Set<String> CLAIM_NOUNS = Set.of("narrative", "argument", "claim", "allegation",
            "assertion", "rumor", "rumour", "suggestion", "idea", "notion", "belief", "view", "fear", "possibility",
            "hope", "speculation", "report", "theory", "illusion", "impression", "suspicion", "ability", "capacity",
            "chance", "risk", "threat", "danger", "question", "prospect", "way", "option");
    /** Nouns whose clause is an intent ("a plan to attack"). */
    private static final Set<String> PLAN_NOUNS = Set.of("plan", "intention", "intent", "desire", "willingness",
            "readiness", "effort", "attempt", "bid", "push", "pledge", "promise", "commitment", "decision",
            "proposal", "offer", "demand", "call", "agenda", "goal", "aim", "objective", "strategy");

    /** Verbs that make what they control not happen. */
    private static final Set<String> FAIL = Set.of("fail", "refuse", "decline", "stop", "cease", "avoid", "refrain",
            "reject");
    private static final Set<String> MODAL_HYPOTHETICAL = Set.of("would", "could", "might", "may", "should", "must",
            "can", "ought", "shall've");
    private static final Set<String> MODAL_INTENT = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> CONDITIONAL = Set.of("if", "unless", "whether", "lest");
    private static final Set<String> HEDGES = Set.of("perhaps", "maybe", "possibly", "probably", "likely",
            "reportedly", "allegedly", "supposedly", "apparently", "presumably", "conceivably");
    /** Verbs that carry a nominal event as their object ("launched attacks", "held talks"). */
    private static final Set<String> LIGHT = Set.of("launch", "carry", "conduct", "stage", "hold", "mount", "unleash",
            "make", "have", "begin", "continue", "step", "intensify", "resume", "wage", "start", "escalate", "order",
            "pay", "impose", "send", "provide", "deliver", "issue", "host", "join", "open",
            "renew", "press", "announce", "sign", "extend");
    /** Relations that stay inside a verb's own clause when a broken parse is searched for its object. */
    private static final Set<String> CLAUSE_NOMINALS = Set.of("obj", "iobj", "dep", "nsubj", "nmod", "amod",
            "compound", "det", "flat", "appos", "nummod", "case");
    private static final Set<String> RELATIVE_TAGS = Set.of("WDT", "WP", "IN");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their", "theirs", "themselves");
    private static final Set<String> PARTY_PREPOSITIONS = Set.of("on", "against", "at", "into", "toward", "towards",
            "to", "with", "in", "upon", "over", "across", "for");
    /** Prepositions that name the other party of a verb's event noun ("demanded a ceasefire from Russia"). */
    private static final Set<String> VERB_PARTY_PREPOSITIONS = Set.of("on", "against", "at", "into", "toward",
            "towards", "to", "with", "in", "upon", "over", "across", "for", "from", "of", "between");

    /**
     * Prepositions of route and time that set the scene of an act: their phrases are not searched for its party
     * ("cordoned off the roads leading into Mordor along the pass of Cirith Ungol"). Places an act is aimed near
     * are kept ("fired shells near a vessel from South Korea").
     */
    private static final Set<String> SETTING_PREPOSITIONS = Set.of("along", "throughout", "via", "amid", "amidst",
            "during", "after", "before", "since", "until", "despite");

    /**
     * The verb party prepositions of a meeting (CAMEO 04): not where it takes place ("in Geneva", "at the
     * Kremlin").
     */
    private static final Set<String> MEETING_PARTY_PREPOSITIONS = Set.of("on", "against", "into", "toward",
            "towards", "to", "with", "upon", "over", "across", "for", "from", "of", "between");

    /** Relations that keep a word in its head's noun phrase (not its prepositional phrases). */
    private static final Set<String> PHRASE_WORDS = Set.of("compound", "flat", "flat:foreign", "amod", "det",
            "nummod", "appos", "cc", "case", "punct", "nmod:poss");

    /** CAMEO codes of acts the two parties do together (consult, negotiate). */
    private static final Set<String> MUTUAL_CODES = Set.of("040", "046");
    /** CAMEO roots of cooperative acts that coordinated parties do with each other. */
    private static final Set<String> RECIPROCAL_ROOTS = Set.of("03", "04", "05", "06");

    private final Codes codes;
    private final Dictionaries dictionaries;
    private final NominalDictionary nouns;
    private final CameoOntology ontology;
    private final ActorFinder finder;
    private final String pipeline;

    /**
     * @param dictionaries verbs, actors, agents and discards
     * @param nouns event nouns ({@link NominalDictionary#empty()} for none)
     * @param ontology the CAMEO ontology codes are normalised to
     * @param pipeline the pipeline version recorded in provenance
     */
    public EventCoder(Dictionaries dictionaries, NominalDictionary nouns, CameoOntology ontology, String pipeline) {
        this(dictionaries, nouns, ontology, pipeline, Codes.ONTOLOGY);
    }

    /**
     * @param codes whether events carry ontology codes or the dictionary's own
     */
    public EventCoder(Dictionaries dictionaries, NominalDictionary nouns, CameoOntology ontology, String pipeline,
            Codes codes) {
        this.codes = Objects.requireNonNull(codes, "codes");
        this.dictionaries = Objects.requireNonNull(dictionaries, "dictionaries");
        this.nouns = Objects.requireNonNull(nouns, "nouns");
        this.ontology = Objects.requireNonNull(ontology, "ontology");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.finder = new ActorFinder(dictionaries.actors(), dictionaries.agents());
    }

    @Override
    public CodedDocument code(ParsedDocument parsed) {
        Objects.requireNonNull(parsed, "parsed");
        Document doc = parsed.document();
        Discourse discourse = new Discourse();
        List<Event> events = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        List<QuoteSpan> spans = QuoteSpan.find(doc.text());
        for (ParsedSentence s : parsed.sentences()) {
            var discard = dictionaries.discards().match(s.text());
            if (discard.isPresent()) {
                if (discard.get().wholeStory()) {
                    return new CodedDocument(doc, parsed.sentences().size(), List.of(), List.of());
                }
                continue;
            }
            Sentence ctx = new Sentence(doc, s, finder.find(s, dateOf(doc)), discourse, spans, parsed.sentences());
            ctx.code();
            events.addAll(ctx.events.values());
            quotes.addAll(ctx.quotes);
        }
        return new CodedDocument(doc, parsed.sentences().size(), events, quotes);
    }

    /**
     * The event code a dictionary code stands for, or empty for the null code and for codes that cannot be
     * read. With {@link Codes#ONTOLOGY} (the default) the code is mapped into the CAMEO ontology (unknown
     * sub-codes climb to their parent); with {@link Codes#DICTIONARY} the dictionary's own 2–4 digit code is
     * kept as written (validation suites use codes of their own).
     */
    Optional<String> eventCode(String raw) {
        if (codes == Codes.DICTIONARY) {
            String c = raw.strip();
            c = c.endsWith("!") ? c.substring(0, c.length() - 1) : c;
            return c.matches("\\d{2,4}") ? Optional.of(c) : Optional.empty();
        }
        try {
            return ontology.normalize(raw).map(CameoCode::code);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a dictionary code outside CAMEO ("174L"): this pattern codes nothing
        }
    }

    /** Which event codes the coder emits. */
    public enum Codes {
        /** Codes of the CAMEO ontology (unknown sub-codes climb to their parent). */
        ONTOLOGY,
        /** The dictionary's own codes as written, when they are 2–4 digits. */
        DICTIONARY
    }

    private static LocalDate dateOf(Document doc) {
        return doc.published() != null ? doc.published() : LocalDate.now();
    }

    /** The coding of one sentence: the state that its passes share. Not thread-safe; one per sentence. */
    private final class Sentence {
        final Document doc;
        final ParsedSentence s;
        final List<Mention> mentions;
        final Discourse discourse;
        final List<QuoteSpan> spans;
        final List<ParsedSentence> all;
        final Map<String, Event> events = new LinkedHashMap<>();
        final List<Quote> quotes = new ArrayList<>();
        final Set<Integer> consumed = new HashSet<>();
        final Set<Integer> quotedSpeechVerbs = new HashSet<>();
        /** Verbs coded by a pattern that names other verbs of the sentence ("WANT * ATTACK"): those verbs. */
        final Map<Integer, Set<Integer>> patternVerbs = new HashMap<>();
        /**
         * While a verb is coded: the tokens its pattern's {@code ^} stood on ("opened talks (IN ^) Geneva"); no
         * search for that verb's source or target finds an actor there. Empty between verbs.
         */
        private Set<Integer> notActors = Set.of();

        Sentence(Document doc, ParsedSentence s, List<Mention> mentions, Discourse discourse, List<QuoteSpan> spans,
                List<ParsedSentence> all) {
            this.doc = doc;
            this.s = s;
            this.mentions = mentions;
            this.discourse = discourse;
            this.spans = spans;
            this.all = all;
        }

        void code() {
            for (Token t : s.tokens()) {
                int i = t.index();
                boolean predicate = t.isVerb() || t.isNoun() && Syntax.hasChild(s, i, "nsubj")
                        && Syntax.hasChild(s, i, "obj");
                if (predicate && !Syntax.is(s.relation(i), "aux") && !s.relation(i).equals("cop")) {
                    codeVerb(i);
                }
            }
            for (Token t : s.tokens()) {
                if (t.isNoun() && !consumed.contains(t.index())) {
                    codeNoun(t.index());
                }
            }
            combine();
            findQuotes();
            dropBareStatements();
            remember();
        }

        // ---------------------------------------------------------------- actors

        /** The actors a nominal names, one per conjunct ("Kushner and Witkoff"). */
        List<Arg> actorsOf(int head) {
            List<Arg> out = new ArrayList<>();
            if (notActors.contains(head)) {
                return out;
            }
            List<Integer> heads = new ArrayList<>();
            heads.add(head);
            for (int i = 0; i < heads.size() && i < 12; i++) {
                for (int c : s.children(heads.get(i), "conj")) {
                    if (!s.token(c).isVerb()) {
                        heads.add(c);
                    }
                }
            }
            String word = s.token(head).word().toLowerCase(java.util.Locale.ROOT);
            if (PLURAL_PRONOUNS.contains(word)) {
                List<Arg> group = new ArrayList<>();
                for (Arg a : groupFor(head)) {
                    group.add(rebase(a, head));
                }
                return group;
            }
            Mention sharedAgent = heads.size() > 1 ? agentOfLast(heads) : null;
            for (int h : heads) {
                List<Arg> found = new ArrayList<>();
                Arg a = actorOf(h, 0);
                if (a != null && sharedAgent != null && h != heads.get(heads.size() - 1) && bareDemonym(h)) {
                    // "Thai and Cambodian troops" (parsed Thai + Cambodian troops): the troops are Thai too
                    a = new Arg(new ActorRef(sharedAgent.agent().apply(a.actor().code()), a.actor().name(),
                            a.actor().text()), a.first(), a.last(), false);
                }
                List<Arg> places = a == null || !ownActor(h) ? agentsWithPlaces(h) : List.of();
                if (a != null && places.size() < 2) {
                    found.add(a);
                } else {
                    found.addAll(places); // "the ambassadors of Arnor, Osgiliath and Gondor": one actor each
                }
                if (found.isEmpty() && h != head) {
                    found.addAll(sharedPlaces(head, h)); // "Danish media and government"
                }
                if (!found.isEmpty()) {
                    found.addAll(coordinatedModifiers(h)); // "Chinese and Russian officials"
                }
                for (Arg f : found) {
                    // an entry may stand for several actors at once: [FRO/BIL/SAM]
                    if (notActors.contains(f.first()) && notActors.contains(f.last())) {
                        continue;
                    }
                    for (String code : f.actor().code().split("/")) {
                        if (!code.isEmpty() && out.stream().noneMatch(x -> x.actor().code().equals(code))) {
                            out.add(new Arg(new ActorRef(code, f.actor().name(), f.actor().text()), f.first(),
                                    f.last(), f.person()));
                        }
                    }
                }
            }
            return out;
        }

        /** The agent of the last conjunct when it has a country word of its own: "... Cambodian troops". */
        private Mention agentOfLast(List<Integer> heads) {
            int last = heads.get(heads.size() - 1);
            return ownActor(last) ? agentAt(last) : null;
        }

        /** The agent named at a token ("officials", "Kremlin spokesman"), the last such mention; null for none. */
        private Mention agentAt(int h) {
            Mention agent = null;
            for (Mention m : mentions) {
                if (!m.isActor() && m.covers(h)) {
                    agent = m;
                }
            }
            return agent;
        }

        /**
         * A conjunct that is a bare nationality word ("Thai", "Afghan", "Pakistani"): one token naming a country
         * by another form than the dictionary entry's own name, with a demonym ending or an adjective tag.
         */
        private boolean bareDemonym(int h) {
            for (var d : s.children(h)) {
                if (!Set.of("cc", "punct", "conj").contains(d.relation())) {
                    return false;
                }
            }
            Token t = s.token(h);
            String w = t.word().toLowerCase(java.util.Locale.ROOT);
            boolean form = t.pos().startsWith("JJ") || w.endsWith("an") || w.endsWith("ese") || w.endsWith("ish")
                    || w.endsWith("i") || w.endsWith("ch");
            return form && mentions.stream().anyMatch(m -> m.isActor() && m.first() == h && m.last() == h
                    && !m.person() && !m.name().equalsIgnoreCase(t.word()));
        }

        /** True when an actor is named in the nominal's own words (not in a phrase after it): "Russian officials". */
        private boolean ownActor(int h) {
            List<Integer> np = Syntax.subtree(s, h, Set.of("compound", "flat", "amod", "nmod:poss", "appos", "det",
                    "nummod", "case", "punct", "flat:foreign"));
            return mentions.stream().anyMatch(m -> m.isActor() && np.contains(m.first()) && np.contains(m.last()));
        }

        /**
         * The further countries of coordinated modifiers of a nominal, with its agent: "Chinese and Russian
         * officials" names Russian officials too (the first modifier is the nominal's own actor).
         */
        private List<Arg> coordinatedModifiers(int h) {
            Mention agent = agentAt(h);
            List<Arg> out = new ArrayList<>();
            for (var d : s.children(h)) {
                if (d.dependent() > h || !Set.of("amod", "compound").contains(d.relation())) {
                    continue;
                }
                for (int c : s.children(d.dependent(), "conj")) {
                    Arg a = c < h ? actorOf(c, 1) : null;
                    if (a != null && !a.person()) {
                        String code = agent != null ? agent.agent().apply(a.actor().code()) : a.actor().code();
                        out.add(new Arg(new ActorRef(code, a.actor().name(), a.actor().text()), a.first(), a.last(),
                                false));
                    }
                }
            }
            return out;
        }

        /**
         * The actors an agent noun shares with the first noun of its coordination when it names none itself: the
         * first noun's country modifier ("Danish media and government") or the places of a phrase that follows
         * the whole coordination ("lawmakers and officials in Fornost and Gondor"), with this noun's agent.
         */
        private List<Arg> sharedPlaces(int first, int conj) {
            Mention agent = agentAt(conj);
            List<Arg> out = new ArrayList<>();
            if (agent == null) {
                return out;
            }
            List<Arg> places = new ArrayList<>();
            for (var d : s.children(first)) {
                int c = d.dependent();
                if (c < first && Set.of("amod", "compound", "nmod:poss").contains(d.relation())) {
                    Arg a = actorOf(c, 1);
                    if (a != null) {
                        places.add(a);
                    }
                }
            }
            for (int c : s.children(first, "nmod")) {
                if (places.isEmpty() && c > conj && Set.of("of", "for", "in", "from").contains(Syntax.preposition(s, c))) {
                    List<Integer> each = new ArrayList<>(List.of(c));
                    each.addAll(s.children(c, "conj"));
                    for (int p : each) {
                        Arg a = actorOf(p, 1);
                        if (a != null) {
                            places.add(a);
                        }
                    }
                }
            }
            for (Arg p : places) {
                String code = p.person() ? p.actor().code() : agent.agent().apply(p.actor().code());
                out.add(new Arg(new ActorRef(code, p.actor().name(), p.actor().text()), p.first(), p.last(), false));
            }
            return out;
        }

        /**
         * An agent noun whose countries are named in a prepositional phrase: "lawmakers in Fornost and Gondor",
         * "soldiers from Gondor", "the ambassadors of Arnor, Osgiliath and Gondor": one actor per country, with
         * the agent applied.
         */
        List<Arg> agentsWithPlaces(int h) {
            Mention agent = agentAt(h);
            List<Arg> out = new ArrayList<>();
            if (agent == null) {
                return out;
            }
            for (int c : s.children(h, "nmod")) {
                if (!Set.of("of", "for", "in", "from").contains(Syntax.preposition(s, c))) {
                    continue;
                }
                List<Integer> places = new ArrayList<>(List.of(c));
                places.addAll(s.children(c, "conj"));
                for (int p : places) {
                    Arg inner = actorOf(p, 1);
                    if (inner != null) {
                        Arg withAgent = new Arg(new ActorRef(agent.agent().apply(inner.actor().code()),
                                inner.actor().name(), inner.actor().text()), inner.first(), inner.last(), false);
                        out.add(withAgent);
                    }
                }
                if (!out.isEmpty()) {
                    return out;
                }
            }
            return out;
        }

        /**
         * "they", "their": the plural subject of this sentence's main clause when there is one ("Kushner and
         * Witkoff ... their discussion"), else the last plural subject of the text.
         */
        List<Arg> groupFor(int pronoun) {
            for (int subj = pronoun - 1; subj >= 0; subj--) {
                if (!Syntax.is(s.relation(subj), "nsubj")
                        || PLURAL_PRONOUNS.contains(s.token(subj).word().toLowerCase(java.util.Locale.ROOT))) {
                    continue;
                }
                List<Arg> found = actorsOf(subj);
                if (found.size() > 1 || s.token(subj).pos().endsWith("S") && !found.isEmpty()) {
                    return found;
                }
            }
            return discourse.lastGroupSentence >= s.index() - 2 ? discourse.lastGroup : List.of();
        }

        /**
         * The subject of an earlier clause of the same sentence that the pronoun can stand for: "The Kremlin
         * said it was ready" ("it": an organisation or country), "Putin said he would" ("he": a person).
         */
        private Arg localAntecedent(int pronoun) {
            String w = s.token(pronoun).word().toLowerCase(java.util.Locale.ROOT);
            boolean person = Set.of("he", "him", "his", "she", "her").contains(w);
            boolean thing = Set.of("it", "its").contains(w);
            if (!person && !thing) {
                return null;
            }
            for (int i = pronoun - 1; i >= 0; i--) {
                if (!Syntax.is(s.relation(i), "nsubj") || s.token(i).pos().startsWith("PRP")) {
                    continue;
                }
                Arg a = actorOf(i, 3);
                if (a != null && a.person() == person) {
                    return a;
                }
            }
            return null;
        }

        /**
         * The antecedent's actor, named here by the pronoun at {@code pronoun}: provenance points at the pronoun
         * in this sentence, the code and name are the antecedent's.
         */
        private Arg rebase(Arg antecedent, int pronoun) {
            if (antecedent == null) {
                return null;
            }
            ActorRef a = antecedent.actor();
            return new Arg(new ActorRef(a.code(), a.name(), s.token(pronoun).word()), pronoun, pronoun,
                    antecedent.person());
        }

        Arg actorOf(int h, int depth) {
            if (depth > 3) {
                return null;
            }
            Token t = s.token(h);
            String pos = t.pos();
            if (pos.equals("PRP") || pos.equals("PRP$")) {
                Arg local = localAntecedent(h);
                return rebase(local != null ? local : discourse.resolve(t.word()), h);
            }
            if (pos.equals("WP") || pos.equals("WDT") || (pos.equals("IN") && t.word().equalsIgnoreCase("that"))) {
                int clause = s.head(h);
                if (clause >= 0 && s.relation(clause).equals("acl:relcl")) {
                    return actorOf(s.head(clause), depth + 1);
                }
                return null;
            }
            // "Ukraine's ability", "Ukraine's strikes": the possessor of an abstract or event noun does not make
            // the noun an actor (the strikes are not Ukraine); "Russia's army" does
            String headWord = Syntax.lower(t);
            boolean abstractHead = !t.isProperNoun() && (CLAIM_NOUNS.contains(headWord) || PLAN_NOUNS.contains(headWord)
                    || nouns.lookup(Syntax.upper(t), List.of()).isPresent()
                    || nouns.lookup(Syntax.upperLemma(t), List.of()).isPresent());
            List<Integer> np = Syntax.subtree(s, h, abstractHead
                    ? Set.of("compound", "flat", "amod", "appos", "det", "nummod", "case", "punct", "flat:foreign")
                    : Set.of("compound", "flat", "amod", "nmod:poss", "appos", "det", "nummod", "case", "punct",
                            "flat:foreign"));
            // a name the parser splits at a preposition ("the Prince of Dol Amroth": head "Prince", nmod "Amroth";
            // "Ministry of Defense", "Bank of England"): a mention that covers the head and ends inside the head's
            // prepositional modifier names the head
            Map<Integer, Integer> modifierOf = new java.util.HashMap<>();
            for (int c : s.children(h, "nmod")) {
                if (c > h && !Syntax.preposition(s, c).isEmpty()) {
                    for (int i : Syntax.subtree(s, c, Set.of("compound", "flat", "amod", "det", "case", "nmod",
                            "flat:foreign"))) {
                        modifierOf.put(i, c);
                    }
                }
            }
            int extra = -1;
            Mention actor = null;
            Mention agent = null;
            for (Mention m : mentions) {
                boolean split = m.isActor() && m.covers(h) && np.contains(m.first()) && modifierOf.containsKey(m.last())
                        && contiguous(m, np, modifierOf.keySet());
                if (split && (actor == null || !actor.covers(h) || m.last() > actor.last())) {
                    actor = m;
                    extra = modifierOf.get(m.last());
                    continue;
                }
                if (!np.contains(m.first()) || !np.contains(m.last())) {
                    continue;
                }
                if (m.isActor()) {
                    if (m.covers(h) || actor == null || (!actor.covers(h) && m.person() && !actor.person())) {
                        if (actor == null || !actor.covers(h)) {
                            actor = m;
                            extra = -1;
                        }
                    }
                } else if (m.covers(h) || agent == null) {
                    agent = m;
                }
            }
            if (actor == null) {
                for (int c : s.children(h, "nmod")) {
                    String prep = Syntax.preposition(s, c);
                    boolean lookThrough = Syntax.QUANTIFIERS.contains(t.word().toLowerCase(java.util.Locale.ROOT));
                    if (prep.equals("of") && (agent != null || lookThrough) || prep.equals("for") && agent != null) {
                        Arg inner = actorOf(c, depth + 1);
                        if (inner != null) {
                            String code = agent != null && agent.covers(h) ? agent.agent().apply(inner.actor().code())
                                    : inner.actor().code();
                            return arg(code, inner.actor().name(), np, c, inner.person() && agent == null);
                        }
                    }
                }
                return null;
            }
            String code = actor.code();
            // the head's title applies to a modifier country ("Russian officials") and to a person coded by
            // country only ("Bree President Romendacil" [BRE] -> BREGOV)
            if (agent != null && (!actor.covers(h) && !actor.person() || code.length() == 3)) {
                code = agent.agent().apply(code);
            }
            return arg(code, actor.name(), np, extra, actor.person() && (actor.covers(h) || agent == null));
        }

        /** True if every token of the mention is in the noun phrase or in the head's prepositional modifier. */
        private boolean contiguous(Mention m, List<Integer> np, Set<Integer> modifier) {
            for (int i = m.first(); i <= m.last(); i++) {
                if (!np.contains(i) && !modifier.contains(i)) {
                    return false;
                }
            }
            return true;
        }

        private Arg arg(String code, String name, List<Integer> np, int extra, boolean person) {
            List<Integer> span = new ArrayList<>();
            for (int i : np) {
                String rel = s.relation(i);
                if (!rel.equals("punct") && !(rel.equals("case") && s.head(i) == np.get(0))) {
                    span.add(i);
                }
            }
            if (extra >= 0) {
                span.addAll(Syntax.subtree(s, extra, Set.of("compound", "flat", "amod", "det", "case")));
            }
            span.sort(Integer::compare);
            while (span.size() > 1 && s.token(span.get(0)).pos().equals("DT")) {
                span.remove(0);
            }
            int first = span.isEmpty() ? np.get(0) : span.get(0);
            int last = span.isEmpty() ? np.get(0) : span.get(span.size() - 1);
            String text = doc.text().substring(s.token(first).begin(), s.token(last).end());
            return new Arg(new ActorRef(code, name, text), first, last, person);
        }

        /** The subject actors of a verb, inherited through control, coordination and relative clauses. */
        List<Arg> subjectsOf(int verb, int depth) {
            if (depth > 4) {
                return List.of();
            }
            boolean passive = Syntax.passive(s, verb);
            List<Arg> out = new ArrayList<>();
            if (passive) {
                for (int c : s.children(verb, "obl")) {
                    if (s.relation(c).equals("obl:agent") || Syntax.preposition(s, c).equals("by")) {
                        out.addAll(actorsOf(c));
                    }
                }
                return out;
            }
            List<Integer> subjects = s.children(verb, "nsubj");
            if (!subjects.isEmpty()) {
                for (int c : subjects) {
                    out.addAll(actorsOf(c));
                }
                return out;
            }
            String rel = s.relation(verb);
            int head = s.head(verb);
            if (head < 0) {
                return out;
            }
            if (rel.equals("xcomp")) {
                for (int obj : s.children(head, "obj")) {
                    if (obj < verb) {
                        return actorsOf(obj); // object control: "urged Russia to resume talks"
                    }
                }
            }
            if (rel.equals("xcomp") || Syntax.is(rel, "conj") || rel.equals("advcl") && hasTo(verb)) {
                if (s.token(head).isVerb() || s.token(head).pos().startsWith("JJ")) {
                    return subjectsOf(head, depth + 1);
                }
            }
            if (rel.equals("acl:relcl")) {
                return actorsOf(head);
            }
            return out;
        }

        private boolean hasTo(int verb) {
            for (int m : s.children(verb, "mark")) {
                if (s.token(m).word().equalsIgnoreCase("to")) {
                    return true;
                }
            }
            return false;
        }

        // ---------------------------------------------------------------- verbs

        void codeVerb(int v) {
            try {
                codeVerbPatterns(v);
            } finally {
                notActors = Set.of();
            }
        }

        private void codeVerbPatterns(int v) {
            VerbDictionary verbs = dictionaries.verbs();
            Token t = s.token(v);
            List<VerbEntry> entries = new ArrayList<>();
            for (VerbEntry e : verbs.lookup(Syntax.upper(t))) {
                if (multiWordFits(e, v)) {
                    entries.add(e);
                }
            }
            for (VerbEntry e : verbs.lookupLemma(Syntax.upperLemma(t))) {
                if (!entries.contains(e) && multiWordFits(e, v)) {
                    entries.add(e);
                }
            }
            if (entries.isEmpty()) {
                return;
            }
            if (entries.stream().anyMatch(VerbEntry::isMultiWord)) {
                entries.removeIf(e -> !e.isMultiWord());
            }
            boolean passive = Syntax.passive(s, v);
            PatternMatch best = null;
            VerbEntry bestEntry = entries.get(0);
            for (VerbEntry e : entries) {
                for (VerbPattern p : e.patterns()) {
                    PatternMatch m = match(p, v, passive);
                    if (m != null && (best == null || m.score > best.score)) {
                        best = m;
                        bestEntry = e;
                    }
                }
            }
            String active = best != null ? best.pattern.code() : bestEntry.code();
            String alt = best != null ? best.pattern.altCode() : bestEntry.altCode();
            String rule = best != null ? best.pattern.rule()
                    : bestEntry.source() + " " + bestEntry.phrase() + " [" + bestEntry.code() + "]";
            Optional<String> activeCode = eventCode(active);
            Optional<String> altCode = alt == null ? Optional.empty() : eventCode(alt);
            // [A:B]: B is the verb's "inherent passive" meaning. A passive verb, or one with no active code
            // ("died in a raid" [:190]), codes B with its subject as the target; an active verb codes A, and B
            // the other way round ("visited" 042 / "hosted" 043).
            boolean inherentPassive = activeCode.isEmpty() && altCode.isPresent();
            boolean usePassive = passive && altCode.isPresent() || inherentPassive;
            Optional<String> code = usePassive ? altCode : activeCode;
            if (code.isEmpty()) {
                return;
            }
            if (best != null) {
                consumed.addAll(best.consumed);
                patternVerbs.put(v, best.matchedVerbs);
                notActors = best.notActors;
            }
            // "+ * X": the pre-verb actor is the target; the source is then the pattern's "$", else another
            // subject of the verb (a passive's agent: "+ * (BY FORCES)"), else whoever's clause this one
            // completes ("Falastur noted that Cirith Ungol regretted")
            boolean subjectIsTarget = best != null && best.subjectIsTarget;
            List<Arg> sources = best != null && !best.sources.isEmpty() ? best.sources : subjectsOf(v, 0);
            if (subjectIsTarget && best.sources.isEmpty()) {
                List<Arg> made = best.targets;
                sources = new ArrayList<>(sources);
                sources.removeIf(a -> made.stream().anyMatch(x -> x.actor().code().equals(a.actor().code())));
                if (sources.isEmpty()) {
                    sources = governingSubjects(v);
                }
            }
            List<Arg> targets;
            if (inherentPassive && !passive) {
                targets = new ArrayList<>(subjectIsTarget ? best.targets : sources);
                sources = new ArrayList<>();
                for (int c : s.children(v, "obl")) {
                    if (Syntax.preposition(s, c).equals("by")) {
                        sources.addAll(actorsOf(c));
                    }
                }
            } else if (best != null && !best.targets.isEmpty()) {
                targets = best.targets;
            } else {
                targets = targetsOfVerb(v, passive, best == null ? Set.of() : best.consumed,
                        !code.get().startsWith("04") && sources.size() < 2, code.get().startsWith("04"));
                if (targets.isEmpty() && best != null) {
                    for (int m : best.matchedVerbs) {
                        for (int o : s.children(m, "obj")) {
                            targets.addAll(actorsOf(o)); // "wants to attack Ukraine"
                        }
                    }
                }
            }
            sources = withoutNotActors(sources);
            targets = withoutNotActors(targets);
            StringBuilder trigger = new StringBuilder(t.word());
            if (best != null) {
                for (int c : best.consumed) {
                    trigger.append(c > v ? " ... " : " ").append(s.token(c).word());
                }
            }
            Set<Integer> explained = best == null ? Set.of() : best.preWords;
            String root = code.get().substring(0, 2);
            if (targets.isEmpty() && sources.size() < 2 && root.equals("04")) {
                return; // consulting needs a counterpart: "he went on to note", "they think"
            }
            boolean compound = best != null && best.compound;
            // [A:A]: the dictionary's mark of an act done by both sides at once ("exchanged fire" [193:193])
            boolean mutual = activeCode.isPresent() && activeCode.equals(altCode);
            if (targets.isEmpty() && sources.size() > 1 && (compound || mutual || RECIPROCAL_ROOTS.contains(root))) {
                // "Putin and Xi signed an agreement", "India and Pakistan exchanged fire": coordinated parties of
                // a cooperative or mutual act act on each other
                for (Arg a : sources) {
                    List<Arg> others = new ArrayList<>(sources);
                    others.remove(a);
                    emit(List.of(a), others, code.get(), v, trigger.toString(), rule, explained);
                }
                return;
            }
            emit(sources, targets, code.get(), v, trigger.toString(), rule, explained);
            if (sources.isEmpty() || targets.isEmpty()) {
                return; // a reverse coding needs both parties
            }
            if (!usePassive && activeCode.isPresent() && altCode.isPresent()) {
                emit(targets, sources, altCode.get(), v, trigger.toString(), rule, explained);
            } else if (MUTUAL_CODES.contains(code.get())) {
                // meeting and negotiating are done together: "Putin met Witkoff" is also Witkoff meeting Putin,
                // so reports that name the parties in either order tell the same event
                emit(targets, sources, code.get(), v, trigger.toString(), rule, explained);
            }
        }

        /** The actors given, less those a pattern's {@code ^} ruled out. */
        private List<Arg> withoutNotActors(List<Arg> actors) {
            if (notActors.isEmpty()) {
                return actors;
            }
            List<Arg> out = new ArrayList<>();
            for (Arg a : actors) {
                if (!notActors.contains(a.first()) || !notActors.contains(a.last())) {
                    out.add(a);
                }
            }
            return out;
        }

        private boolean multiWordFits(VerbEntry e, int v) {
            for (int i = 0; i < e.after().size(); i++) {
                String want = e.after().get(i);
                boolean ok = v + 1 + i < s.tokens().size() && Syntax.upper(s.token(v + 1 + i)).equals(want);
                if (!ok) {
                    ok = s.children(v).stream().anyMatch(d -> (d.relation().equals("compound:prt")
                            || d.relation().equals("obl") || d.relation().equals("advmod"))
                            && Syntax.upper(s.token(d.dependent())).equals(want));
                    ok = ok || s.children(v).stream().anyMatch(d -> s.children(d.dependent(), "case").stream()
                            .anyMatch(c -> Syntax.upper(s.token(c)).equals(want)));
                }
                if (!ok) {
                    return false;
                }
            }
            for (int i = 0; i < e.before().size(); i++) {
                int at = v - e.before().size() + i;
                if (at < 0 || !Syntax.upper(s.token(at)).equals(e.before().get(i))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The other party of a verb's event: its object, indirect object, the actors of the nouns a pattern
         * consumed, a prepositional party, then deeper places (the object's phrase, an infinitival complement,
         * obliques' phrases) and broken-parse fallbacks.
         *
         * @param withComplement whether a "to" complement may name the party (not for meetings: "met on
         *     Tuesday to discuss Ukraine" does not meet Ukraine)
         */
        private List<Arg> targetsOfVerb(int v, boolean passive, Set<Integer> consumedNouns, boolean withComplement,
                boolean meeting) {
            // where a meeting takes place is not whom it is with: "held talks in Geneva", "met at the Kremlin"
            Set<String> parties = meeting ? MEETING_PARTY_PREPOSITIONS : VERB_PARTY_PREPOSITIONS;
            List<Arg> out = new ArrayList<>();
            if (passive) {
                for (int c : s.children(v, "nsubj:pass")) {
                    out.addAll(actorsOf(c));
                }
                if (out.isEmpty() && Syntax.reducedPassive(s, v)) {
                    // "a British couple detained in Afghanistan": the modified noun (a broken parse: the subject)
                    for (int c : s.relation(v).equals("acl") ? List.of(s.head(v)) : s.children(v, "nsubj")) {
                        out.addAll(actorsOf(c));
                    }
                }
            } else {
                for (int c : s.children(v, "obj")) {
                    if (!consumedNouns.contains(c)) {
                        out.addAll(actorsOf(c));
                    }
                }
            }
            if (out.isEmpty()) {
                for (int c : s.children(v, "iobj")) {
                    out.addAll(actorsOf(c));
                }
            }
            if (out.isEmpty()) {
                for (int n : consumedNouns) {
                    // the agent of an event noun is whom a reaction to it targets: "condemned an attack by
                    // Osgiliath soldiers"; else the actor in the noun's own phrase: "struck Ukrainian positions"
                    List<Arg> by = partiesOfNoun(n, Set.of("by"));
                    List<Arg> own = by.isEmpty() ? actorsOf(n) : by;
                    out.addAll(own.isEmpty() ? partiesOfNoun(n, parties) : own);
                }
            }
            if (out.isEmpty()) {
                for (int c : s.children(v, "obl")) {
                    String prep = Syntax.preposition(s, c);
                    if (parties.contains(prep) && !s.relation(c).equals("obl:tmod")) {
                        out.addAll(actorsOf(c));
                        if (!out.isEmpty()) {
                            break;
                        }
                    }
                }
            }
            if (out.isEmpty() && SPEECH.contains(Syntax.lower(s.token(v)))) {
                // what a speaker describes is a topic, not a target; but what a speaker vows or threatens to do,
                // and whom the words are about, are: "vowed to wage war on the rebels", "warned the people of
                // Gondor", "called for a boycott against Osgiliath", "complained about Russia"
                if (withComplement) {
                    out.addAll(complementParty(v));
                }
                if (out.isEmpty() && !passive) {
                    out.addAll(speechParty(v));
                }
                if (out.isEmpty() && DIRECTIVE.contains(Syntax.lower(s.token(v)))) {
                    out.addAll(clauseParty(v)); // "demanded that Ukraine withdraw", "warned that Iran would pay"
                }
                return out;
            }
            if (out.isEmpty()) {
                // deeper in the object: "welcomed the resumption of ties with Osgiliath", "signed an accord to
                // supply Gondor"
                List<Integer> start = new ArrayList<>(passive ? List.of() : s.children(v, "obj"));
                start.addAll(consumedNouns);
                for (int n : start) {
                    if (out.isEmpty()) {
                        out.addAll(partiesOfNoun(n, Set.of("by"))); // "condemned an attack by Osgiliath soldiers"
                    }
                }
                if (out.isEmpty()) {
                    out.addAll(deepParty(start, 3, parties, true));
                }
            }
            if (out.isEmpty() && withComplement) {
                out.addAll(complementParty(v)); // "signed an accord on Thursday to supply Gondor with wheat"
            }
            if (out.isEmpty() && !COGNITION.contains(Syntax.lower(s.token(v)))) {
                out.addAll(clauseParty(v)); // "allowed that Mordor is not a pleasant place"
            }
            if (out.isEmpty()) {
                // or in an oblique's phrase: "has risen in the dispute with Osgiliath"
                List<Integer> obliques = new ArrayList<>();
                for (int c : s.children(v, "obl")) {
                    String prep = Syntax.preposition(s, c);
                    if (!s.relation(c).equals("obl:tmod") && !s.relation(c).equals("obl:agent")
                            && !prep.equals("by") && !SETTING_PREPOSITIONS.contains(prep)) {
                        obliques.add(c);
                    }
                }
                out.addAll(deepParty(obliques, 2, parties, true));
            }
            if (out.isEmpty() && !passive && s.children(v, "obj").isEmpty() && !SPEECH.contains(Syntax.lower(s.token(v)))) {
                // a broken parse ("met the American delegation(nsubj) led(dep) by Witkoff"): the first actor
                // after the verb in its clause, outside embedded clauses of their own
                List<Integer> clause = Syntax.subtree(s, v, CLAUSE_NOMINALS);
                for (Mention m : mentions) {
                    if (m.isActor() && m.first() > v && clause.contains(m.first())) {
                        int head = m.last();
                        while (Set.of("amod", "compound", "flat", "nmod:poss", "det").contains(s.relation(head))
                                && s.head(head) > head) {
                            head = s.head(head);
                        }
                        Arg a = actorOf(head, 0);
                        if (a != null) {
                            out.add(a);
                            return out;
                        }
                    }
                }
            }
            if (out.isEmpty() && !passive && !meeting) {
                // a broken parse ("struck the(obj) Novorossiysk(dep) oil terminal(amod)"): the first actor
                // named anywhere in the object's words (not for a meeting: "held talks in Geneva")
                for (int o : s.children(v, "obj")) {
                    List<Integer> words = Syntax.subtree(s, o);
                    for (Mention m : mentions) {
                        if (m.isActor() && words.contains(m.first()) && words.contains(m.last())) {
                            out.add(arg(m.code(), m.name(), List.of(m.first(), m.last()), -1, m.person()));
                            return out;
                        }
                    }
                }
            }
            return out;
        }

        /**
         * The party of a verb's infinitival complement ("vowed to wage war on the Rohans", "signed an accord to
         * supply Gondor"): the complement's object, else its first prepositional party. What the complement's
         * own verb codes is coded there; this names whom the governing act is about.
         */
        private List<Arg> complementParty(int v) {
            for (var arc : s.children(v)) {
                int c = arc.dependent();
                boolean infinitive = arc.relation().equals("xcomp") || arc.relation().equals("advcl") && hasTo(c);
                // a complement with a subject of its own is another actor's act (a time word can be parsed as
                // one: "vowed on(mark) Thursday(nsubj) to wage")
                boolean ownSubject = s.children(c, "nsubj").stream().anyMatch(n -> !isTime(n));
                if (!infinitive || !s.token(c).isVerb() || Syntax.passive(s, c) || ownSubject) {
                    continue;
                }
                List<Arg> out = new ArrayList<>();
                for (int o : s.children(c, "obj")) {
                    out.addAll(actorsOf(o));
                }
                if (out.isEmpty()) {
                    for (int o : s.children(c, "iobj")) {
                        out.addAll(actorsOf(o));
                    }
                }
                for (int o : s.children(c, "obl")) {
                    String prep = Syntax.preposition(s, o);
                    if (out.isEmpty() && VERB_PARTY_PREPOSITIONS.contains(prep) && !s.relation(o).equals("obl:tmod")) {
                        out.addAll(actorsOf(o));
                    }
                }
                if (!out.isEmpty()) {
                    return out;
                }
            }
            return List.of();
        }

        /**
         * The subject of a verb's finite complement clause, for acts that bear on it rather than report it
         * ("allowed that Mordor is not a pleasant place", "demanded that Ukraine withdraw"); the clause's own
         * verb codes its own event.
         */
        private List<Arg> clauseParty(int v) {
            for (int c : s.children(v, "ccomp")) {
                for (int subj : s.children(c, "nsubj")) {
                    if (s.token(subj).pos().startsWith("PRP")) {
                        continue; // "warned that it would respond": the speaker itself
                    }
                    List<Arg> found = actorsOf(subj);
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
            return List.of();
        }

        /** A token inside one of the sentence's time expressions ("on Thursday to wage": a parse's subject). */
        private boolean isTime(int i) {
            return s.times().stream().anyMatch(te -> te.firstToken() <= i && i <= te.lastToken());
        }

        /**
         * Whom a speech act is about when it has no direct party: the actors in its object's phrase or in its
         * obliques' phrases introduced by a preposition of aim ("warned the population of Gondor", "called for
         * a boycott against Osgiliath", "complained about Russia"); places ("told reporters in Kyiv") and
         * clauses (what was said) are not searched.
         */
        private List<Arg> speechParty(int v) {
            Set<String> aim = Set.of("of", "about", "against", "on", "upon", "toward", "towards", "to", "with",
                    "for", "by");
            List<Integer> start = new ArrayList<>(s.children(v, "obj"));
            for (int c : s.children(v, "obl")) {
                if (aim.contains(Syntax.preposition(s, c)) && !s.relation(c).equals("obl:tmod")) {
                    List<Arg> direct = Syntax.preposition(s, c).equals("about") ? actorsOf(c) : List.of();
                    if (!direct.isEmpty()) {
                        return direct;
                    }
                    start.add(c);
                }
            }
            return deepParty(start, 2, aim, false);
        }

        /**
         * The first actor found below the given nominals, breadth first, through prepositional modifiers,
         * infinitival clauses and their objects, at most {@code depth} levels down; relative clauses and
         * finite clauses are not entered (they have events of their own).
         */
        private List<Arg> deepParty(List<Integer> start, int depth, Set<String> prepositions, boolean clauses) {
            List<Integer> level = new ArrayList<>(start);
            Set<Integer> seen = new HashSet<>(start);
            for (int d = 0; d < depth && !level.isEmpty(); d++) {
                List<Integer> next = new ArrayList<>();
                for (int n : level) {
                    for (var arc : s.children(n)) {
                        int c = arc.dependent();
                        String rel = arc.relation();
                        boolean nominal = rel.equals("nmod") && prepositions.contains(Syntax.preposition(s, c));
                        boolean infinitive = clauses && ((rel.equals("acl") || rel.equals("xcomp")) && hasTo(c)
                                || rel.equals("acl") && s.token(c).pos().equals("VBG")); // "roads leading into"
                        boolean object = rel.equals("obj") || rel.equals("conj") || rel.equals("appos")
                                || Syntax.is(rel, "obl") && s.token(n).isVerb();
                        if ((nominal || infinitive || object) && seen.add(c)) {
                            next.add(c);
                        }
                    }
                }
                for (int c : next) {
                    if (s.token(c).isNoun()) {
                        List<Arg> found = actorsOf(c);
                        if (!found.isEmpty()) {
                            return found;
                        }
                    }
                }
                level = next;
            }
            return List.of();
        }

        /** Actors in the prepositional modifiers of a noun, searched one level deep. */
        private List<Arg> partiesOfNoun(int n, Set<String> prepositions) {
            List<Arg> out = new ArrayList<>();
            // coordinated nouns share their modifiers: "drone and missile attacks on Ukraine"
            List<Integer> nouns = new ArrayList<>(List.of(n));
            if (Syntax.is(s.relation(n), "conj") && s.head(n) >= 0 && s.token(s.head(n)).isNoun()) {
                nouns.add(s.head(n));
            }
            nouns.addAll(s.children(n, "conj"));
            List<Integer> modifiers = new ArrayList<>();
            for (int noun : nouns) {
                modifiers.addAll(s.children(noun, "nmod"));
            }
            for (int c : modifiers) {
                if (prepositions.contains(Syntax.preposition(s, c))) {
                    List<Arg> found = actorsOf(c);
                    if (found.isEmpty()) {
                        for (int cc : s.children(c, "nmod")) {
                            found = actorsOf(cc);
                            if (!found.isEmpty()) {
                                break;
                            }
                        }
                        for (int conj : s.children(c, "conj")) {
                            for (int cc : s.children(conj, "nmod")) {
                                if (found.isEmpty()) {
                                    found = actorsOf(cc);
                                }
                            }
                        }
                    }
                    out.addAll(found);
                    if (!out.isEmpty()) {
                        return out;
                    }
                }
            }
            return out;
        }

        // ---------------------------------------------------------------- pattern matching

        private final class PatternMatch {
            final VerbPattern pattern;
            final int score;
            final Set<Integer> consumed;
            final Set<Integer> matchedVerbs;
            final List<Arg> sources;
            final List<Arg> targets;
            final boolean compound;
            final Set<Integer> preWords;
            /** True if a marker before the verb made the pre-verb actor (the subject) the target. */
            final boolean subjectIsTarget;
            /** Tokens of the noun phrases a {@code ^} stood on: no party of this verb is searched there. */
            final Set<Integer> notActors;

            PatternMatch(VerbPattern pattern, int score, Set<Integer> consumed, Set<Integer> matchedVerbs,
                    List<Arg> sources, List<Arg> targets, boolean compound, Set<Integer> preWords,
                    boolean subjectIsTarget, Set<Integer> notActors) {
                this.compound = compound;
                this.preWords = preWords;
                this.subjectIsTarget = subjectIsTarget;
                this.notActors = notActors;
                this.pattern = pattern;
                this.score = score;
                this.consumed = consumed;
                this.matchedVerbs = matchedVerbs;
                this.sources = sources;
                this.targets = targets;
            }
        }

        /** Tokens a post-verb noun of a pattern may match: the verb's dependents, looking through quantifiers. */
        private List<Integer> postCandidates(int v) {
            List<Integer> out = new ArrayList<>();
            if (s.relation(v).equals("acl:relcl") && s.head(v) >= 0 && s.children(v, "obj").stream()
                    .allMatch(o -> RELATIVE_TAGS.contains(s.token(o).pos()))) {
                out.add(s.head(v)); // "the narrative (that) Putin has pushed"
            }
            for (var d : s.children(v)) {
                String rel = d.relation();
                if (Syntax.is(rel, "nsubj") || Syntax.is(rel, "aux") || rel.equals("punct") || rel.equals("mark")
                        || rel.equals("cc") || Syntax.is(rel, "conj") || Syntax.is(rel, "ccomp")
                        || rel.equals("advcl") || d.dependent() < v && !rel.equals("advmod")) {
                    continue;
                }
                add(out, d.dependent());
            }
            return out;
        }

        private void add(List<Integer> out, int c) {
            if (out.contains(c)) {
                return;
            }
            out.add(c);
            if (Syntax.QUANTIFIERS.contains(s.token(c).word().toLowerCase(java.util.Locale.ROOT))) {
                // "one of the largest drone and missile attacks": the parse of such phrases is often broken
                // (nmod, acl or dep), so every noun of the quantifier's phrase is a candidate
                for (int n : Syntax.subtree(s, c)) {
                    if (n != c && s.token(n).isNoun() && !s.token(n).isProperNoun()) {
                        add(out, n);
                    }
                }
            }
            for (int conj : s.children(c, "conj")) {
                if (s.token(conj).isNoun()) {
                    add(out, conj);
                }
            }
        }

        private PatternMatch match(VerbPattern p, int v, boolean passive) {
            Set<Integer> used = new HashSet<>();
            Markers marks = new Markers(v);
            int score = 0;
            boolean compound = false;
            List<Integer> post = postCandidates(v);
            for (PatternElement e : p.post()) {
                if (e instanceof PatternElement.Noun n) {
                    Integer hit = null;
                    int points = 2 + n.modifiers().size();
                    for (int c : post) {
                        if (!used.contains(c) && nounMatches(n, c)) {
                            hit = c;
                            points += headWords(n.head(), c) - 1; // a longer phrase is more specific
                            break;
                        }
                    }
                    boolean modifier = false;
                    if (hit == null && n.modifiers().isEmpty()) {
                        // a single word may name a modifier of the object: "renewed * DIPLOMATIC ties"; the
                        // object stays free for the pattern's next word ("* DIPLOMATIC TIES")
                        for (int c : post) {
                            if (modifierMatches(n.head(), c)) {
                                hit = c;
                                points = 1;
                                modifier = true;
                                break;
                            }
                        }
                    }
                    if (hit == null) {
                        return null;
                    }
                    if (!modifier) {
                        used.add(hit);
                    }
                    marks.passed(hit);
                    score += points;
                } else if (e instanceof PatternElement.Prep pr) {
                    Integer hit = prepMatch(pr, v, post, used);
                    if (hit == null) {
                        return null;
                    }
                    score += 2;
                    // the phrase's first object stands on the nominal the preposition governs; markers after it
                    // on the noun phrases that follow ("* IFTAR IN ^ +": skip the place, the next is the target)
                    boolean bound = hit < 0;
                    for (PatternElement o : pr.objects()) {
                        if (o instanceof PatternElement.Actor a) {
                            if (bound) {
                                marks.next(a.role(), post, used);
                            } else {
                                marks.on(a.role(), hit);
                            }
                        } else if (o instanceof PatternElement.Noun && hit >= 0) {
                            used.add(hit);
                            marks.passed(hit);
                            score += 1;
                        }
                        bound = true;
                    }
                    if (hit >= 0) {
                        marks.passed(hit);
                    }
                } else if (e instanceof PatternElement.Actor a) {
                    marks.next(a.role(), post, used);
                }
            }
            Set<Integer> preWords = new HashSet<>();
            List<Integer> before = null;
            int from = 0;
            // a "$" or "+" before the verb stands on the actor of the pattern word written after it ("$ TROOP *":
            // the troops; "+ HOSTING *": who hosts), or on the verb's own subject when the verb follows ("NOTED + *")
            PatternElement.Role pending = null;
            for (PatternElement e : p.pre()) {
                if (e instanceof PatternElement.Noun n) {
                    // words before the verb in its own clause: subject, auxiliaries ("HAVE *"), adverbs
                    Integer at = null;
                    for (int c : Syntax.subtree(s, v)) {
                        if (c < v && nounMatches(n, c)) {
                            at = c;
                            preWords.add(c);
                            break;
                        }
                    }
                    if (at != null) {
                        score += 2;
                    } else {
                        // else the words as written, in order, before the verb of this clause or of the clauses
                        // it completes: "did n't clash" (&NEGATVAUXVRB *), "indicated it would act" (INDICATED WOULD *)
                        if (before == null) {
                            before = wordsBefore(v);
                        }
                        int[] span = findWords(n.terms(), before, from);
                        if (span == null) {
                            return null;
                        }
                        for (int i = span[0]; i < span[1]; i++) {
                            preWords.add(before.get(i));
                        }
                        from = span[1];
                        score += 1 + span[1] - span[0];
                        at = before.get(span[0]);
                    }
                    if (pending != null) {
                        marks.before(pending, preActors(at, v));
                        pending = null;
                    }
                } else if (e instanceof PatternElement.Prep) {
                    return null;
                } else if (e instanceof PatternElement.Actor a && a.role() == PatternElement.Role.COMPOUND) {
                    compound = true;
                } else if (e instanceof PatternElement.Actor a && a.role() != PatternElement.Role.SKIP) {
                    pending = a.role();
                }
            }
            if (pending != null) {
                marks.before(pending, surfaceSubjects(v));
            }
            Set<Integer> nounsUsed = new HashSet<>();
            Set<Integer> verbsUsed = new HashSet<>();
            for (int c : used) {
                (s.token(c).isNoun() ? nounsUsed : verbsUsed).add(c);
            }
            Set<Integer> notActors = new HashSet<>();
            for (int c : marks.skipped) {
                notActors.addAll(phraseOf(c));
            }
            for (int c : marks.bound) {
                notActors.removeAll(phraseOf(c)); // "AT ^ +": "at the Gondor of the Prince": the Prince is named
            }
            return new PatternMatch(p, score, nounsUsed, verbsUsed, marks.sources, marks.targets, compound,
                    Set.copyOf(preWords), marks.subjectIsTarget, Set.copyOf(notActors));
        }

        /**
         * The actor markers of one pattern as it is matched. After the verb a marker stands on the nominal its
         * prepositional phrase governs ("(IN ^)") or else on the next noun phrase after the last one the pattern
         * matched ("* TABASKI ^ $": skip one, the next is the source); {@code ^} marks a phrase that is no party
         * of the event, {@code $} the source, {@code +} the target.
         */
        private final class Markers {
            final List<Arg> sources = new ArrayList<>();
            final List<Arg> targets = new ArrayList<>();
            final Set<Integer> skipped = new HashSet<>();
            /** Nominals a {@code $} or {@code +} stood on. */
            final Set<Integer> bound = new HashSet<>();
            boolean subjectIsTarget;
            private int cursor;

            Markers(int verb) {
                cursor = verb;
            }

            /** The pattern has matched up to token {@code c}. */
            void passed(int c) {
                cursor = Math.max(cursor, c);
            }

            /** A marker on nominal {@code c}. */
            void on(PatternElement.Role role, int c) {
                passed(c);
                if (role == PatternElement.Role.SOURCE || role == PatternElement.Role.TARGET) {
                    bound.add(c);
                }
                switch (role) {
                    case SKIP -> skipped.add(c);
                    case TARGET -> targets.addAll(actorsOf(c));
                    case SOURCE -> sources.addAll(actorsOf(c));
                    case COMPOUND -> { }
                }
            }

            /** A marker on the next noun phrase: for {@code $} and {@code +} the next that names an actor. */
            void next(PatternElement.Role role, List<Integer> post, Set<Integer> used) {
                if (role == PatternElement.Role.COMPOUND) {
                    return;
                }
                List<Integer> phrases = phrasesAfter(cursor, post, used, skipped);
                if (role == PatternElement.Role.SKIP) {
                    if (!phrases.isEmpty()) {
                        on(role, phrases.get(0));
                    }
                    return;
                }
                for (int c : phrases) {
                    if (!actorsOf(c).isEmpty()) {
                        on(role, c);
                        return;
                    }
                }
                // the parse may put the phrase elsewhere: the first free one after the verb that names an actor
                for (int c : post) {
                    if (!used.contains(c) && !skipped.contains(c) && !actorsOf(c).isEmpty()) {
                        on(role, c);
                        return;
                    }
                }
            }

            /** A marker before the verb, on the given actors. */
            void before(PatternElement.Role role, List<Arg> actors) {
                if (role == PatternElement.Role.TARGET) {
                    targets.addAll(actors);
                    subjectIsTarget = true;
                } else if (role == PatternElement.Role.SOURCE) {
                    sources.addAll(actors);
                }
            }
        }

        /**
         * The noun phrases after token {@code cursor} that a pattern's marker may stand on, in order: the verb's
         * nominal dependents and their prepositional modifiers, less those matched, skipped, conjuncts (they share
         * their first conjunct's marker) and time expressions.
         */
        private List<Integer> phrasesAfter(int cursor, List<Integer> post, Set<Integer> used, Set<Integer> skipped) {
            java.util.TreeSet<Integer> all = new java.util.TreeSet<>(post);
            for (int c : post) {
                all.addAll(s.children(c, "nmod"));
            }
            for (int c : used) {
                all.addAll(s.children(c, "nmod"));
            }
            List<Integer> out = new ArrayList<>();
            for (int c : all.tailSet(cursor, false)) {
                Token t = s.token(c);
                boolean nominal = t.isNoun() || t.pos().startsWith("PRP");
                boolean conjunct = Syntax.is(s.relation(c), "conj") && s.head(c) >= 0 && s.token(s.head(c)).isNoun();
                if (nominal && !conjunct && !used.contains(c) && !skipped.contains(c) && !temporal(c)) {
                    out.add(c);
                }
            }
            return out;
        }

        /**
         * The tokens of the noun phrase headed by {@code c} that a {@code ^} keeps out of an event: its words,
         * conjuncts and of-phrases ("the Swiss city of Geneva"), not its other prepositional phrases.
         */
        private Set<Integer> phraseOf(int c) {
            Set<Integer> out = new HashSet<>();
            List<Integer> todo = new ArrayList<>(List.of(c));
            while (!todo.isEmpty() && out.size() <= s.tokens().size()) {
                int n = todo.remove(todo.size() - 1);
                if (!out.add(n)) {
                    continue;
                }
                for (var d : s.children(n)) {
                    String rel = d.relation();
                    if (PHRASE_WORDS.contains(rel) || Syntax.is(rel, "conj")
                            || rel.equals("nmod") && Syntax.preposition(s, d.dependent()).equals("of")) {
                        todo.add(d.dependent());
                    }
                }
            }
            return out;
        }

        /**
         * The actors a marker before the verb stands on when the pattern word after it matched token {@code w}:
         * a noun names them ("$ TROOP *"); a verb or auxiliary points at its subject ("+ HOSTING *", "+ BEEN *").
         */
        private List<Arg> preActors(int w, int v) {
            Token t = s.token(w);
            if (t.isNoun() || t.pos().startsWith("PRP")) {
                return actorsOf(w);
            }
            int verb = w;
            String rel = s.relation(w);
            if ((Syntax.is(rel, "aux") || rel.equals("cop") || rel.equals("advmod")) && s.head(w) >= 0) {
                verb = s.head(w);
            }
            return verb != v && s.token(verb).isVerb() ? subjectsOf(verb, 0) : surfaceSubjects(v);
        }

        /** The actors named before the verb as its subject: the passive's patient, else the subject. */
        private List<Arg> surfaceSubjects(int v) {
            if (!Syntax.passive(s, v)) {
                return subjectsOf(v, 0);
            }
            List<Arg> out = new ArrayList<>();
            for (int c : s.children(v, "nsubj:pass")) {
                out.addAll(actorsOf(c));
            }
            return out;
        }

        /**
         * The subjects of the clause that verb {@code v}'s clause completes ("Falastur noted that Cirith Ungol
         * regretted ...": Falastur), or none.
         */
        private List<Arg> governingSubjects(int v) {
            int h = s.head(v);
            String rel = s.relation(v);
            if (h >= 0 && s.token(h).isVerb() && (Syntax.is(rel, "ccomp") || rel.equals("xcomp")
                    || Syntax.is(rel, "parataxis"))) {
                return subjectsOf(h, 0);
            }
            return List.of();
        }

        /**
         * The tokens before verb {@code v}, in order, that pattern words written before the verb may match: those
         * of its clause and of the clauses it completes (xcomp, ccomp: "won't try to clash", "indicated it would
         * act"); nouns only in the verb's own clause (a subject of a governing clause is not this verb's).
         */
        private List<Integer> wordsBefore(int v) {
            int top = v;
            for (int step = 0; step < 4 && s.head(top) >= 0; step++) {
                String rel = s.relation(top);
                if (!rel.equals("xcomp") && !Syntax.is(rel, "ccomp")) {
                    break;
                }
                top = s.head(top);
            }
            List<Integer> own = Syntax.subtree(s, v);
            List<Integer> out = new ArrayList<>();
            for (int c : Syntax.subtree(s, top)) {
                if (c < v && (own.contains(c) || !s.token(c).isNoun())) {
                    out.add(c);
                }
            }
            out.sort(Integer::compare);
            return out;
        }

        /**
         * Finds terms as consecutive tokens (a synset member of several words takes as many tokens: "DID N'T"
         * is "did" + "n't"), at or after position {@code from} of {@code tokens}.
         *
         * @return {start, end} positions in {@code tokens} (end exclusive), or null
         */
        private int[] findWords(List<Term> terms, List<Integer> tokens, int from) {
            for (int start = from; start < tokens.size(); start++) {
                int end = wordsAt(terms, 0, tokens, start);
                if (end >= 0) {
                    return new int[] {start, end};
                }
            }
            return null;
        }

        /** The position after terms {@code ti..} matched from {@code at}, or -1; tokens must be adjacent. */
        private int wordsAt(List<Term> terms, int ti, List<Integer> tokens, int at) {
            if (ti == terms.size()) {
                return at;
            }
            if (ti > 0 && at < tokens.size() && tokens.get(at) != tokens.get(at - 1) + 1) {
                return -1;
            }
            Term term = terms.get(ti);
            StringBuilder phrase = new StringBuilder();
            for (int k = at; k < tokens.size() && k - at < 6; k++) {
                if (k > at && tokens.get(k) != tokens.get(k - 1) + 1) {
                    break;
                }
                Token tok = s.token(tokens.get(k));
                phrase.append(k > at ? " " : "").append(Syntax.upper(tok));
                boolean hit = term.matches(phrase.toString())
                        || k == at && term.matches(Syntax.upperLemma(tok));
                if (hit) {
                    int end = wordsAt(terms, ti + 1, tokens, k + 1);
                    if (end >= 0) {
                        return end;
                    }
                }
            }
            return -1;
        }

        /** A prepositional element: returns the nominal it matched, -1 for a bare preposition, null for none. */
        private Integer prepMatch(PatternElement.Prep pr, int v, List<Integer> post, Set<Integer> used) {
            List<Integer> nominals = new ArrayList<>();
            for (var d : s.children(v)) {
                if (Syntax.is(d.relation(), "obl") || d.relation().equals("advcl")) {
                    nominals.add(d.dependent());
                }
            }
            for (int c : post) {
                if (!Syntax.is(s.relation(c), "obl")) {
                    nominals.addAll(s.children(c, "nmod")); // "put pressure (on Russia)", not "after the meeting (between)"
                }
            }
            for (int c : used) {
                // a phrase that follows an element already matched may hang from it: "* OVER MEETING OF +"
                for (int m : s.children(c, "nmod")) {
                    if (!nominals.contains(m)) {
                        nominals.add(m);
                    }
                }
            }
            PatternElement.Noun noun = null;
            for (PatternElement o : pr.objects()) {
                if (o instanceof PatternElement.Noun n) {
                    noun = n;
                    break;
                }
            }
            for (int c : nominals) {
                if (used.contains(c)) {
                    continue;
                }
                String prep = Syntax.preposition(s, c);
                if (prep.isEmpty()) {
                    for (int m : s.children(c, "mark")) {
                        prep = s.token(m).word().toLowerCase(java.util.Locale.ROOT);
                    }
                }
                if (prep.isEmpty() || !termMatches(pr.preposition(), prep.toUpperCase(java.util.Locale.ROOT))) {
                    continue;
                }
                if (noun == null && pr.objects().isEmpty() && s.token(c).isProperNoun()
                        && Set.of("at", "in").contains(prep)) {
                    continue; // a bare "(AT)" is not "met at the Kremlin": a named place is where, not what
                }
                if (noun == null && temporal(c)) {
                    continue; // nor is a bare "(ON)" "demanded on Monday": a date is when, not what
                }
                if (noun == null || nounMatches(noun, c)) {
                    return c;
                }
            }
            for (var d : s.children(v)) {
                if (d.relation().equals("compound:prt") && noun == null && termMatches(pr.preposition(),
                        Syntax.upper(s.token(d.dependent())))) {
                    return -1;
                }
            }
            return null;
        }

        /** True if the nominal is part of a time expression ("on Monday", "in March"). */
        private boolean temporal(int c) {
            for (TimeExpression te : s.times()) {
                if (c >= te.firstToken() && c <= te.lastToken()) {
                    return true;
                }
            }
            return false;
        }

        private boolean termMatches(Term term, String upper) {
            return term.matches(upper);
        }

        private boolean modifierMatches(Term term, int c) {
            for (var d : s.children(c)) {
                if (d.relation().equals("compound") || d.relation().equals("amod")) {
                    Token m = s.token(d.dependent());
                    if (term.matches(Syntax.upper(m)) || term.matches(Syntax.upperLemma(m))) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean nounMatches(PatternElement.Noun n, int c) {
            if (headWords(n.head(), c) == 0) {
                return false;
            }
            List<String> mods = new ArrayList<>();
            for (var d : s.children(c)) {
                if (d.relation().equals("compound") || d.relation().equals("amod")
                        || d.relation().equals("advmod") || d.relation().equals("nummod")) {
                    mods.add(Syntax.upper(s.token(d.dependent())));
                    mods.add(Syntax.upperLemma(s.token(d.dependent())));
                    String hyphenated = Syntax.hyphenated(s, d.dependent());
                    if (hyphenated != null) {
                        mods.add(hyphenated); // "cross-border attacks": {CROSS-BORDER ATTACKS}
                    }
                }
            }
            for (Term m : n.modifiers()) {
                boolean ok = false;
                for (String w : mods) {
                    ok |= m.matches(w);
                }
                if (!ok) {
                    return false;
                }
            }
            return true;
        }

        /**
         * How many words of the text a pattern's head term matches at token {@code c}: the word or its lemma (1), or
         * a phrase of the words written right before it in its own noun phrase ("golden goblin galleons": 3,
         * "austrian gold florin" is not "AUSTRIAN FLORIN"); 0 for no match.
         */
        private int headWords(Term head, int c) {
            Token t = s.token(c);
            String word = Syntax.upper(t);
            String lemma = Syntax.upperLemma(t);
            String hyphenated = Syntax.hyphenated(s, c);
            // the tokenizer splits "cease-fire" and "pull-out": the pattern's word is the whole
            int best = head.matches(word) || head.matches(lemma) || hyphenated != null && head.matches(hyphenated)
                    ? 1 : 0;
            String words = word;
            String lemmas = lemma;
            for (int i = c - 1, n = 2; i >= 0 && n <= 4; i--, n++) {
                int h = s.head(i);
                if (h <= i || h > c || !Set.of("compound", "amod", "flat", "nummod").contains(s.relation(i))) {
                    break;
                }
                String m = Syntax.upper(s.token(i));
                words = m + " " + words;
                lemmas = m + " " + lemmas;
                if (head.matches(words) || head.matches(lemmas)) {
                    best = n;
                }
            }
            return best;
        }

        // ---------------------------------------------------------------- nouns

        void codeNoun(int n) {
            Token t = s.token(n);
            List<String> mods = new ArrayList<>();
            for (var d : s.children(n)) {
                if (d.relation().equals("compound") || d.relation().equals("amod")) {
                    mods.add(Syntax.upper(s.token(d.dependent())));
                }
            }
            Optional<NominalDictionary.Entry> entry = nouns.lookup(Syntax.upper(t), mods);
            if (entry.isEmpty() && !Syntax.upper(t).equals(Syntax.upperLemma(t))) {
                entry = nouns.lookup(Syntax.upperLemma(t), mods);
            }
            if (entry.isEmpty()) {
                return;
            }
            Optional<String> code = eventCode(entry.get().code());
            if (code.isEmpty()) {
                return;
            }
            List<Arg> sources = new ArrayList<>();
            for (var d : s.children(n)) {
                String rel = d.relation();
                if (rel.equals("nmod:poss") || rel.equals("compound") || rel.equals("amod")) {
                    for (Arg a : actorsOf(d.dependent())) {
                        if (!a.actor().text().isEmpty()) {
                            sources.add(a);
                        }
                    }
                }
                if (rel.equals("nmod") && Syntax.preposition(s, d.dependent()).equals("by")) {
                    sources.addAll(actorsOf(d.dependent()));
                }
            }
            List<Arg> mutual = new ArrayList<>();
            if (entry.get().mutual()) {
                mutual.addAll(partiesOfNoun(n, Set.of("between", "among")));
            }
            int governor = s.head(n);
            String rel = s.relation(n);
            if (sources.isEmpty() && mutual.isEmpty() && governor >= 0 && s.token(governor).isVerb()
                    && (rel.equals("obj") || rel.equals("nsubj:pass"))
                    && LIGHT.contains(Syntax.lower(s.token(governor)))) {
                sources.addAll(subjectsOf(governor, 0));
            }
            if (entry.get().mutual() && sources.isEmpty() && mutual.isEmpty()) {
                for (int c : s.children(n, "acl:relcl")) {
                    sources.addAll(subjectsOf(c, 0));
                }
            }
            List<Arg> targets = new ArrayList<>();
            if (entry.get().mutual()) {
                targets.addAll(partiesOfNoun(n, Set.of("with")));
                if (targets.isEmpty() && governor >= 0 && s.token(governor).isVerb() && rel.equals("obj")) {
                    for (int c : s.children(governor, "obl")) {
                        if (Syntax.preposition(s, c).equals("with")) {
                            targets.addAll(actorsOf(c));
                        }
                    }
                }
            } else {
                targets.addAll(partiesOfNoun(n, Set.of("on", "against", "at", "into", "toward", "towards", "to",
                        "in", "upon", "over", "across", "for", "of")));
            }
            if (mutual.size() >= 2) {
                for (Arg a : mutual) {
                    List<Arg> others = new ArrayList<>(mutual);
                    others.remove(a);
                    emit(List.of(a), others, code.get(), n, t.word(), entry.get().rule());
                }
                return;
            }
            if (!mutual.isEmpty()) {
                if (sources.isEmpty()) {
                    sources.addAll(mutual);
                } else {
                    targets.addAll(mutual);
                }
            }
            if (entry.get().mutual() && (sources.isEmpty() || targets.isEmpty())) {
                return; // a meeting needs two parties
            }
            emit(sources, targets, code.get(), n, t.word(), entry.get().rule());
            if (entry.get().mutual()) {
                emit(targets, sources, code.get(), n, t.word(), entry.get().rule());
            }
        }

        // ---------------------------------------------------------------- emitting

        void emit(List<Arg> sources, List<Arg> targets, String cameo, int trigger, String triggerText, String rule) {
            emit(sources, targets, cameo, trigger, triggerText, rule, Set.of());
        }

        /** @param explained words the verb pattern matched, which do not set the event's modality */
        void emit(List<Arg> sources, List<Arg> targets, String cameo, int trigger, String triggerText, String rule,
                Set<Integer> explained) {
            if (sources.isEmpty()) {
                return;
            }
            Modal modal = modality(trigger, 0, explained);
            TimeExpression time = timeOf(trigger);
            LocalDate date = time != null && time.date() != null ? time.date() : doc.published();
            DateBasis basis = time != null && time.date() != null ? DateBasis.TEXT : DateBasis.PUBLICATION;
            Token tt = s.token(trigger);
            List<Arg> targetList = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
            for (Arg src : sources) {
                for (Arg tgt : targetList) {
                    if (tgt != null && tgt.actor().code().equals(src.actor().code())) {
                        continue;
                    }
                    int start = Math.min(tt.begin(), s.token(src.first()).begin());
                    int end = Math.max(tt.end(), s.token(src.last()).end());
                    if (tgt != null) {
                        start = Math.min(start, s.token(tgt.first()).begin());
                        end = Math.max(end, s.token(tgt.last()).end());
                    }
                    String key = src.actor().code() + "|" + (tgt == null ? "" : tgt.actor().code()) + "|" + cameo
                            + "|" + trigger;
                    Provenance p = new Provenance(doc.id(), doc.source(), s.index(), s.begin(), s.end(), start, end,
                            triggerText, tt.begin(), tt.end(), rule, pipeline);
                    events.putIfAbsent(key, new Event(src.actor(), tgt == null ? null : tgt.actor(), cameo,
                            modal.modality, modal.reportedBy == null ? null : modal.reportedBy.actor(), date, basis,
                            time == null ? null : time.text(), s.text(), p));
                }
            }
        }

        /** The time expression that dates a trigger: one attached to it or to its clause, without crossing a verb. */
        TimeExpression timeOf(int trigger) {
            TimeExpression found = null;
            for (TimeExpression te : s.times()) {
                if (te.date() == null) {
                    continue;
                }
                // every token of the expression whose head lies outside it ("Tuesday evening, 2 December" may
                // hang from two places), climbed up to the first verb
                for (int i = te.firstToken(); i <= te.lastToken(); i++) {
                    int hd = s.head(i);
                    if (hd >= te.firstToken() && hd <= te.lastToken()) {
                        continue;
                    }
                    int steps = 0;
                    int at = hd;
                    while (at >= 0 && steps++ < 6) {
                        if (at == trigger) {
                            return te;
                        }
                        if (s.token(at).isVerb()) {
                            break;
                        }
                        at = s.head(at);
                    }
                    if (at >= 0 && at == s.head(trigger) && s.token(trigger).isNoun()) {
                        found = te;
                    }
                }
            }
            return found;
        }

        // ---------------------------------------------------------------- modality

        record Modal(Modality modality, Arg reportedBy) {
        }

        Modal modality(int t, int depth) {
            return modality(t, depth, Set.of());
        }

        /**
         * @param explained words a verb pattern matched ("- &NEGATVAUXVRB * [904]"): they are part of the coded
         *     act, so they do not make it negated or hypothetical
         */
        Modal modality(int t, int depth, Set<Integer> explained) {
            Token tok = s.token(t);
            if (negated(t, explained)) {
                return new Modal(Modality.NEGATED, null);
            }
            List<String> aux = auxiliaries(t, explained);
            if (aux.isEmpty() && Syntax.is(s.relation(t), "conj") && s.head(t) >= 0) {
                aux = auxiliaries(s.head(t), explained);
            }
            for (int m : s.children(t, "mark")) {
                if (CONDITIONAL.contains(Syntax.lower(s.token(m))) && !explained.contains(m)) {
                    return new Modal(Modality.HYPOTHETICAL, null);
                }
            }
            for (int a : s.children(t, "advmod")) {
                if (HEDGES.contains(Syntax.lower(s.token(a))) && a < t + 3 && !explained.contains(a)) {
                    return new Modal(Modality.HYPOTHETICAL, null);
                }
            }
            if (aux.stream().anyMatch(MODAL_HYPOTHETICAL::contains)) {
                return new Modal(Modality.HYPOTHETICAL, null);
            }
            boolean will = aux.stream().anyMatch(MODAL_INTENT::contains);
            if (will && (aux.contains("have") || Syntax.passive(s, t))) {
                // "will have said" is speculation; "will be broken by" a prediction, not an intent
                return new Modal(Modality.HYPOTHETICAL, null);
            }
            if (Syntax.auxiliaries(s, t).isEmpty() && !hasTo(t) && subjunctive(t)) {
                return new Modal(Modality.HYPOTHETICAL, null); // subjunctive: "asks that Trump stop aiding"
            }
            Modal inherited = null;
            int head = s.head(t);
            String rel = s.relation(t);
            for (int c : s.children(t, "obl")) {
                // "According to Zelensky, Russia launched ..."
                if (accordingTo(c)) {
                    List<Arg> speaker = actorsOf(c);
                    if (!speaker.isEmpty()) {
                        inherited = new Modal(Modality.REPORTED, speaker.get(0));
                    }
                }
            }
            for (int c : s.children(t, "parataxis")) {
                // "Russian forces launched 653 drones, the Ukrainian Air Force said"
                if (c > t && SPEECH.contains(Syntax.lower(s.token(c))) && s.token(c).isVerb()) {
                    List<Arg> speaker = subjectsOf(c, 0);
                    if (!speaker.isEmpty()) {
                        inherited = new Modal(Modality.REPORTED, speaker.get(0));
                    }
                }
            }
            if (head >= 0 && depth < 6 && s.token(head).isNoun()
                    && (rel.equals("acl") || Syntax.is(rel, "ccomp") || rel.equals("dep"))) {
                String noun = Syntax.lower(s.token(head));
                if (CLAIM_NOUNS.contains(noun)) {
                    return new Modal(Modality.HYPOTHETICAL, null); // "the narrative that Kyiv is losing"
                }
                if (PLAN_NOUNS.contains(noun)) {
                    return new Modal(Modality.INTENT, null); // "a plan to attack", "efforts to achieve"
                }
            }
            if (head >= 0 && depth < 6) {
                String hl = Syntax.lower(s.token(head));
                if (rel.equals("xcomp") || rel.equals("advcl") && hasTo(t)) {
                    if (FAIL.contains(hl)) {
                        return new Modal(Modality.NEGATED, null);
                    }
                    boolean objectControl = s.children(head, "obj").stream().anyMatch(o -> o < t);
                    if (COGNITION.contains(hl) || DESIRE.contains(hl) && objectControl) {
                        return new Modal(Modality.HYPOTHETICAL, null);
                    }
                    if (INTENT.contains(hl) || s.token(head).pos().startsWith("JJ")) {
                        Modal up = modality(head, depth + 1, explained);
                        return up.modality == Modality.ASSERTED || up.modality == Modality.REPORTED
                                ? new Modal(Modality.INTENT, up.reportedBy) : up;
                    }
                    inherited = modality(head, depth + 1, explained);
                } else if (Syntax.is(rel, "ccomp") || rel.equals("parataxis") || rel.equals("advcl")
                        && s.children(t, "mark").stream().anyMatch(m -> Syntax.lower(s.token(m)).equals("that"))) {
                    if (COGNITION.contains(hl)) {
                        return new Modal(Modality.HYPOTHETICAL, null);
                    }
                    if (DENY.contains(hl)) {
                        return new Modal(Modality.NEGATED, null);
                    }
                    Modal up = modality(head, depth + 1, explained);
                    if (up.modality == Modality.NEGATED || up.modality == Modality.HYPOTHETICAL) {
                        return up;
                    }
                    if (SPEECH.contains(hl)) {
                        List<Arg> speaker = subjectsOf(head, 0);
                        inherited = new Modal(Modality.REPORTED, speaker.isEmpty() ? up.reportedBy : speaker.get(0));
                    } else {
                        inherited = up;
                    }
                } else if (Syntax.is(rel, "conj") && !Syntax.hasChild(s, t, "nsubj")) {
                    return modality(head, depth + 1, explained); // "stop aiding and supporting": one clause, one modality
                } else if (Syntax.is(rel, "conj") || rel.equals("advcl")) {
                    Modal up = modality(head, depth + 1, explained);
                    if (up.modality == Modality.HYPOTHETICAL || up.modality == Modality.REPORTED) {
                        inherited = up;
                    }
                } else if (tok.isNoun() && s.token(head).isVerb() && !SPEECH.contains(hl)) {
                    Modal up = modality(head, depth + 1, explained);
                    if (up.modality != Modality.ASSERTED) {
                        inherited = up;
                    }
                }
            }
            if (will || goingTo(t)) {
                return new Modal(Modality.INTENT, inherited == null ? null : inherited.reportedBy);
            }
            if (inherited != null) {
                return inherited;
            }
            return new Modal(Modality.ASSERTED, null);
        }

        /** Lemmas (lower case) of the auxiliaries of {@code i} that a pattern did not match. */
        private List<String> auxiliaries(int i, Set<Integer> explained) {
            List<String> out = new ArrayList<>();
            for (var d : s.children(i)) {
                if (Syntax.is(d.relation(), "aux") && !explained.contains(d.dependent())) {
                    out.add(Syntax.lower(s.token(d.dependent())));
                }
            }
            return out;
        }

        /** An oblique introduced by "according to". */
        private boolean accordingTo(int nominal) {
            for (int c : s.children(nominal, "case")) {
                if (s.token(c).word().equalsIgnoreCase("according")) {
                    return true;
                }
            }
            return false;
        }

        /** "that Trump stop": a base-form verb, or a plural-form verb with a singular subject. */
        private boolean subjunctive(int t) {
            String pos = s.token(t).pos();
            for (int subj : s.children(t, "nsubj")) {
                String sp = s.token(subj).pos();
                if (pos.equals("VB") || pos.equals("VBP") && (sp.equals("NN") || sp.equals("NNP"))
                        && s.children(subj, "conj").isEmpty()) {
                    return true;
                }
            }
            return false;
        }

        private boolean goingTo(int t) {
            int head = s.head(t);
            return head >= 0 && s.relation(t).equals("xcomp") && Syntax.lower(s.token(head)).equals("go")
                    && s.token(head).word().equalsIgnoreCase("going");
        }

        /** Negation on the trigger, or "no" on its subject or object ("no compromise was reached"). */
        boolean negated(int t, Set<Integer> explained) {
            for (var d : s.children(t)) {
                if (explained.contains(d.dependent())) {
                    continue;
                }
                String rel = d.relation();
                Token c = s.token(d.dependent());
                String w = c.word().toLowerCase(java.util.Locale.ROOT);
                if (rel.equals("advmod") && (w.equals("not") || w.equals("n't") || w.equals("never"))
                        || rel.equals("neg")) {
                    return true;
                }
                if ((Syntax.is(rel, "nsubj") || rel.equals("obj")) && s.token(t).isVerb()) {
                    for (int det : s.children(d.dependent(), "det")) {
                        String dw = s.token(det).word().toLowerCase(java.util.Locale.ROOT);
                        if (dw.equals("no") || dw.equals("neither")) {
                            return true;
                        }
                    }
                }
                if (rel.equals("det") && (w.equals("no") || w.equals("neither")) && s.token(t).isNoun()) {
                    return true;
                }
            }
            String rel = s.relation(t);
            int head = s.head(t);
            if (s.token(t).isNoun() && head >= 0 && !s.token(head).isVerb()
                    && s.children(t, "case").stream().anyMatch(c -> s.token(c).word().equalsIgnoreCase("without"))) {
                return true;
            }
            return rel.equals("obl") && s.children(t, "case").stream()
                    .anyMatch(c -> s.token(c).word().equalsIgnoreCase("without"));
        }

        // ---------------------------------------------------------------- quotes

        void findQuotes() {
            Set<Integer> inDirect = new HashSet<>();
            for (QuoteSpan q : spans) {
                if (q.end() <= s.begin() || q.begin() >= s.end()) {
                    continue;
                }
                List<Integer> inside = new ArrayList<>();
                for (Token t : s.tokens()) {
                    if (t.begin() >= q.begin() && t.end() <= q.end()) {
                        inside.add(t.index());
                    }
                }
                inDirect.addAll(inside);
                if (q.begin() < s.begin()) {
                    continue; // a quote that began in an earlier sentence was attributed there
                }
                directQuote(q, inside);
            }
            for (int root : s.roots()) {
                for (int c : s.children(root, "obl")) {
                    if (!accordingTo(c) || inDirect.contains(root)) {
                        continue;
                    }
                    List<Arg> speakers = actorsOf(c);
                    List<Integer> clause = new ArrayList<>(Syntax.subtree(s, root));
                    clause.removeAll(Syntax.subtree(s, c));
                    clause.removeIf(i -> s.token(i).pos().equals(",") && i < root
                            || s.token(i).pos().equals(".") && i == s.tokens().size() - 1);
                    if (!speakers.isEmpty() && !clause.isEmpty()) {
                        int b = s.token(clause.get(0)).begin();
                        int e = s.token(clause.get(clause.size() - 1)).end();
                        int according = s.children(c, "case").get(0); // the trigger: "According"
                        addQuote(speakers.get(0), according, doc.text().substring(b, e), false, b, e);
                    }
                }
            }
            for (Token t : s.tokens()) {
                int v = t.index();
                if (!t.isVerb() || !SPEECH.contains(Syntax.lower(t)) || inDirect.contains(v)
                        || quotedSpeechVerbs.contains(v)) {
                    continue;
                }
                List<Integer> complements = new ArrayList<>(s.children(v, "ccomp"));
                boolean reversed = false;
                if (complements.isEmpty() && s.relation(v).equals("parataxis") && s.head(v) >= 0 && s.head(v) < v) {
                    complements.add(s.head(v)); // "..., the Ukrainian Air Force said": the clause governs the verb
                    reversed = true;
                }
                for (int c : complements) {
                    if (inDirect.contains(c)) {
                        continue;
                    }
                    List<Arg> speakers = subjectsOf(v, 0);
                    if (speakers.isEmpty()) {
                        continue;
                    }
                    List<Integer> clause = new ArrayList<>(Syntax.subtree(s, c));
                    if (reversed) {
                        clause.removeAll(Syntax.subtree(s, v));
                        clause.removeIf(i -> i > v);
                    }
                    while (!clause.isEmpty() && (s.relation(clause.get(0)).equals("mark")
                            || s.token(clause.get(0)).pos().equals(","))) {
                        clause.remove(0);
                    }
                    while (!clause.isEmpty() && (s.token(clause.get(clause.size() - 1)).pos().equals(".")
                            || s.token(clause.get(clause.size() - 1)).pos().equals(","))) {
                        clause.remove(clause.size() - 1);
                    }
                    if (clause.isEmpty()) {
                        continue;
                    }
                    int b = s.token(clause.get(0)).begin();
                    int e = s.token(clause.get(clause.size() - 1)).end();
                    addQuote(speakers.get(0), v, doc.text().substring(b, e), false, b, e);
                }
            }
        }

        private void directQuote(QuoteSpan q, List<Integer> inside) {
            int speechVerb = -1;
            for (Token t : s.tokens()) {
                int v = t.index();
                if (!t.isVerb() || !SPEECH.contains(Syntax.lower(t)) || inside.contains(v)) {
                    continue;
                }
                if (attached(inside, v)) {
                    speechVerb = v;
                    break;
                }
            }
            Arg speaker = null;
            if (speechVerb >= 0) {
                List<Arg> subjects = subjectsOf(speechVerb, 0);
                speaker = subjects.isEmpty() ? null : subjects.get(0);
            } else {
                boolean wholeSentence = inside.size() + 2 >= s.tokens().size() || q.end() > s.end();
                if (!wholeSentence) {
                    return;
                }
                if (discourse.lastSpeaker != null && discourse.lastSpeakerSentence >= s.index() - 1) {
                    speaker = discourse.lastSpeaker;
                } else {
                    speaker = speakerOfNext();
                }
                if (speaker == null && discourse.lastSubject != null && discourse.lastSubject.person()
                        && discourse.lastSubjectSentence == s.index() - 1) {
                    speaker = discourse.lastSubject;
                }
            }
            if (speaker == null) {
                return;
            }
            int b = q.begin() + 1;
            char last = doc.text().charAt(q.end() - 1);
            int e = last == '"' || last == '\u201d' || last == '\u00bb' ? q.end() - 1 : q.end();
            if (e <= b) {
                return;
            }
            quotedSpeechVerbs.add(speechVerb);
            addQuote(speaker, speechVerb, doc.text().substring(b, e).strip(), true, b, e);
        }

        /** True when the quoted words are a dependent of the speech verb or govern it ("..., he said"). */
        private boolean attached(List<Integer> inside, int v) {
            for (int i : inside) {
                int h = s.head(i);
                if (inside.contains(h)) {
                    continue;
                }
                if (h == v || inside.contains(s.head(v)) && s.head(v) == i) {
                    return true;
                }
                int up = h;
                for (int step = 0; step < 2 && up >= 0; step++) {
                    if (s.token(up).isVerb() && up != v) {
                        break;
                    }
                    up = s.head(up);
                    if (up == v) {
                        return true;
                    }
                }
                if (s.head(v) == i) {
                    return true;
                }
            }
            return false;
        }

        /** The speaker of the next sentence's speech verb, for a quote whose speaker is named after it. */
        private Arg speakerOfNext() {
            if (s.index() + 1 >= all.size()) {
                return null;
            }
            ParsedSentence next = all.get(s.index() + 1);
            Sentence other = new Sentence(doc, next, finder.find(next, dateOf(doc)), discourse, List.of(), all);
            for (Token t : next.tokens()) {
                if (t.isVerb() && SPEECH.contains(Syntax.lower(t))) {
                    List<Arg> subjects = other.subjectsOf(t.index(), 0);
                    if (!subjects.isEmpty() && !subjects.get(0).actor().text().isEmpty()) {
                        return subjects.get(0);
                    }
                }
            }
            return null;
        }

        private void addQuote(Arg speaker, int verb, String text, boolean direct, int b, int e) {
            if (text.isBlank()) {
                return;
            }
            Token vt = verb >= 0 ? s.token(verb) : null;
            String cameo = "010";
            String lemma = vt == null ? "say" : Syntax.lower(vt);
            String rule = "quote:" + (direct ? "direct" : "indirect") + " verb=" + lemma;
            if (vt != null) {
                for (VerbEntry entry : dictionaries.verbs().lookupLemma(Syntax.upperLemma(vt))) {
                    Optional<String> c = eventCode(entry.code());
                    if (c.isPresent() && CameoOntology.isVerbal(c.get())) {
                        cameo = c.get();
                        break;
                    }
                }
            }
            Modal modal = vt == null ? new Modal(Modality.ASSERTED, null) : modality(verb, 0);
            TimeExpression time = vt == null ? null : timeOf(verb);
            LocalDate date = time != null && time.date() != null ? time.date() : doc.published();
            DateBasis basis = time != null && time.date() != null ? DateBasis.TEXT : DateBasis.PUBLICATION;
            int start = Math.min(b, vt == null ? b : vt.begin());
            int end = Math.max(e, vt == null ? e : vt.end());
            // a quote with no speech verb in its sentence is triggered by its opening quotation mark
            int tb = vt == null ? Math.max(0, b - 1) : vt.begin();
            int te = vt == null ? tb + 1 : vt.end();
            Provenance p = new Provenance(doc.id(), doc.source(), s.index(), s.begin(), s.end(), b, e,
                    doc.text().substring(tb, te), tb, te, rule, pipeline);
            if (start > end) {
                return;
            }
            quotes.add(new Quote(speaker.actor(), null, text, direct, lemma, cameo, modal.modality, date, basis,
                    time == null ? null : time.text(), s.text(), p));
            discourse.lastSpeaker = speaker;
            discourse.lastSpeakerSentence = s.index();
        }

        // ---------------------------------------------------------------- combinations

        /**
         * A speech act and the act it embeds become one event ({@link Combination}): "Russia promised to provide
         * aid to Syria" is RUS SYR 033 with the promise's modality, not a promise (030) beside an intended aid
         * event. The parts are replaced; the trigger is the speech verb, the rule names both parts.
         */
        void combine() {
            Map<Integer, List<String>> byTrigger = new LinkedHashMap<>();
            for (String key : events.keySet()) {
                byTrigger.computeIfAbsent(Integer.parseInt(key.substring(key.lastIndexOf('|') + 1)),
                        k -> new ArrayList<>()).add(key);
            }
            for (var lowerEntry : byTrigger.entrySet()) {
                int lower = lowerEntry.getKey();
                int upper = embedding(lower, 0);
                if (upper < 0 || lowerEntry.getValue().stream().noneMatch(events::containsKey)) {
                    continue;
                }
                List<Event> uppers = new ArrayList<>();
                for (String k : byTrigger.getOrDefault(upper, List.of())) {
                    if (events.containsKey(k)) {
                        uppers.add(events.get(k));
                    }
                }
                Optional<Combination.Family> family = Combination.family(Syntax.lower(s.token(upper)),
                        uppers.isEmpty() ? Optional.empty() : Optional.of(uppers.get(0).cameo()));
                List<Event> lowers = new ArrayList<>();
                for (String k : lowerEntry.getValue()) {
                    if (events.containsKey(k)) {
                        lowers.add(events.get(k));
                    }
                }
                // a pattern of the speech verb that names the embedded verb ("WANT * ATTACK" [138]) has already
                // said what the whole means
                boolean patterned = !uppers.isEmpty() && patternVerbs.getOrDefault(upper, Set.of()).contains(lower);
                Optional<String> code = patterned ? Optional.of(uppers.get(0).cameo())
                        : family.isEmpty() || Syntax.is(s.relation(lower), "ccomp") && !Combination.clausal(family.get())
                        ? Optional.empty()
                        : Combination.code(family.get(), lowers.get(0).cameo()).flatMap(c -> eventCode(c));
                if (code.isEmpty() || !patterned && negated(lower, Set.of())) {
                    continue; // "promised not to attack" is no threat
                }
                List<ActorRef> sources = new ArrayList<>();
                uppers.forEach(e -> addDistinct(sources, e.source()));
                if (sources.isEmpty()) {
                    subjectsOf(upper, 0).forEach(a -> addDistinct(sources, a.actor()));
                }
                boolean own = lowers.stream().anyMatch(e -> sources.stream()
                        .anyMatch(x -> x.code().equals(e.source().code())));
                if (sources.isEmpty() || !patterned && !own && !family.get().addressed()) {
                    continue; // a promise or threat is of one's own act: "warned that Russia had not stopped"
                }
                // an appeal or demand targets its addressee ("urged Kyiv to"); other acts the embedded act's
                // party ("promised aid to Syria"), or whoever is to act ("demanded that Japan withdraw")
                List<ActorRef> addressees = new ArrayList<>();
                uppers.forEach(e -> addDistinct(addressees, e.target()));
                List<ActorRef> parties = new ArrayList<>();
                for (Event e : lowers) {
                    if (sources.stream().anyMatch(x -> x.code().equals(e.source().code()))) {
                        addDistinct(parties, e.target());
                    }
                }
                if (parties.isEmpty()) {
                    lowers.forEach(e -> addDistinct(parties, e.target()));
                }
                List<ActorRef> actors = new ArrayList<>();
                lowers.forEach(e -> addDistinct(actors, e.source()));
                actors.removeIf(a -> sources.stream().anyMatch(x -> x.code().equals(a.code())));
                List<ActorRef> targets = family.isPresent() && family.get().addressed()
                        ? (!addressees.isEmpty() ? addressees : !actors.isEmpty() ? actors : parties)
                        : (!parties.isEmpty() ? parties : addressees);
                Modal modal = modality(upper, 0);
                TimeExpression time = timeOf(upper);
                if (time == null || time.date() == null) {
                    time = timeOf(lower);
                }
                boolean dated = time != null && time.date() != null;
                Token ut = s.token(upper);
                Event low = lowers.get(0);
                int start = Math.min(ut.begin(), low.provenance().start());
                int end = Math.max(ut.end(), low.provenance().end());
                for (Event e : uppers) {
                    start = Math.min(start, e.provenance().start());
                    end = Math.max(end, e.provenance().end());
                }
                String upperRule = uppers.isEmpty() ? "verb " + Syntax.upperLemma(ut) : uppers.get(0).provenance().rule();
                String rule = "combination " + code.get() + " = " + upperRule + " + "
                        + low.provenance().rule();
                String triggerText = ut.word() + (lower > upper ? " ... " : " ") + low.provenance().trigger();
                Provenance p = new Provenance(doc.id(), doc.source(), s.index(), s.begin(), s.end(), start, end,
                        triggerText, ut.begin(), ut.end(), rule, pipeline);
                byTrigger.getOrDefault(upper, List.of()).forEach(events::remove);
                lowerEntry.getValue().forEach(events::remove);
                List<ActorRef> targetList = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
                for (ActorRef src : sources) {
                    for (ActorRef tgt : targetList) {
                        if (tgt != null && tgt.code().equals(src.code())) {
                            continue;
                        }
                        String key = src.code() + "|" + (tgt == null ? "" : tgt.code()) + "|" + code.get() + "|" + upper;
                        events.putIfAbsent(key, new Event(src, tgt, code.get(), modal.modality,
                                modal.reportedBy == null ? null : modal.reportedBy.actor(),
                                dated ? time.date() : doc.published(), dated ? DateBasis.TEXT : DateBasis.PUBLICATION,
                                dated ? time.text() : null, s.text(), p));
                    }
                }
            }
        }

        /**
         * The verb whose speech act embeds the act at {@code t}: the head of an infinitive ("promised to
         * withdraw"), of a finite complement ("demanded that Japan withdraw") or of an event noun it takes as
         * object or asks for ("called for talks"); coordinated acts share it ("to withdraw and release").
         */
        private int embedding(int t, int depth) {
            int h = s.head(t);
            if (h < 0 || depth > 2) {
                return -1;
            }
            String rel = s.relation(t);
            if (Syntax.is(rel, "conj")) {
                return embedding(h, depth + 1);
            }
            if (!s.token(h).isVerb()) {
                return -1;
            }
            if (rel.equals("xcomp") || rel.equals("advcl") && hasTo(t) || Syntax.is(rel, "ccomp")) {
                return h;
            }
            if (s.token(t).isNoun() && (rel.equals("obj") || Syntax.is(rel, "obl")
                    && Syntax.preposition(s, t).equals("for"))) {
                return h;
            }
            return -1;
        }

        private static void addDistinct(List<ActorRef> out, ActorRef a) {
            if (a != null && out.stream().noneMatch(x -> x.code().equals(a.code()))) {
                out.add(a);
            }
        }

        /** A statement event (010, no target) says no more than its quote: keep the quote only. */
        void dropBareStatements() {
            events.values().removeIf(e -> e.target() == null && e.cameo().equals("010")
                    && quotes.stream().anyMatch(q -> q.provenance().triggerStart() == e.provenance().triggerStart()));
        }

        /** Updates the discourse: the main subject of the sentence, else the last actor named. */
        void remember() {
            Arg mainSubject = null;
            boolean unknownPerson = false;
            for (int root : s.roots()) {
                List<Arg> subjects = subjectsOf(root, 0);
                if (!subjects.isEmpty()) {
                    mainSubject = subjects.get(0);
                }
                for (int subj : s.children(root, "nsubj")) {
                    unknownPerson |= subjects.isEmpty() && s.token(subj).pos().equals("NNP");
                }
            }
            for (Mention m : mentions) {
                if (m.isActor()) {
                    discourse.saw(new Arg(new ActorRef(m.code(), m.name(),
                            doc.text().substring(s.token(m.first()).begin(), s.token(m.last()).end())),
                            m.first(), m.last(), m.person()));
                }
            }
            for (int root : s.roots()) {
                for (int subj : s.children(root, "nsubj")) {
                    List<Arg> group = actorsOf(subj);
                    if (group.size() > 1 || s.token(subj).pos().endsWith("S") && !group.isEmpty()) {
                        discourse.lastGroup = group;
                        discourse.lastGroupSentence = s.index();
                    }
                }
            }
            if (unknownPerson) {
                discourse.lastPerson = null; // "Browder ... He": someone the dictionaries do not know
            }
            if (mainSubject != null) {
                discourse.saw(mainSubject);
                discourse.lastSubject = mainSubject;
                discourse.lastSubjectSentence = s.index();
            }
        }
    }
}
