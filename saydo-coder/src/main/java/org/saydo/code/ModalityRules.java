package org.saydo.code;

import static org.saydo.code.EventCoder.SPEECH;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.saydo.nlp.Token;
import org.saydo.record.Event;
import org.saydo.record.Modality;

/**
 * The modality of an event or quote at a trigger word: negation, modal auxiliaries, hedges, conditionals and
 * the subjunctive, and what embeds it (speech verbs and "according to" report it and name who reports it; verbs
 * of thinking, verbs of persuading and claim nouns make it hypothetical; intent verbs and plan nouns make it an
 * intent; verbs of failing and denying negate it).
 *
 * <p>Not thread-safe; one per {@link Sentence}.
 */
final class ModalityRules extends SentencePass {

    /** Verbs whose speech content is denied. */
    private static final Set<String> DENY = WordLists.words("deny");

    /** Verbs of thinking and seeming: what they embed is not asserted. */
    static final Set<String> COGNITION = WordLists.words("cognition");

    /** Verbs that make what they control an intent. */
    private static final Set<String> INTENT = WordLists.words("intent");

    /** Verbs whose object is to do what they control: it has not happened ("persuade Trump to accept"). */
    private static final Set<String> DESIRE = WordLists.words("desire");

    /** Nouns whose clause is a claim, not a fact the text asserts ("the narrative that Kyiv is losing"). */
    static final Set<String> CLAIM_NOUNS = WordLists.words("claim-nouns");

    /** Nouns whose clause is an intent ("a plan to attack"). */
    static final Set<String> PLAN_NOUNS = WordLists.words("plan-nouns");

    /** Verbs that make what they control not happen. */
    private static final Set<String> FAIL = WordLists.words("fail");

    private static final Set<String> MODAL_HYPOTHETICAL = WordLists.words("modal-hypothetical");

    private static final Set<String> MODAL_INTENT = WordLists.words("modal-intent");

    /**
     * statement34: verbs of deciding (words.txt decision-verbs): in an official text, what its issuer decides in its
     * own voice ("The Authority further decides to impose sanctions", "the Government has decided to recall its
     * ambassadors") is its act, asserted (corpus README: the issuer's own acts are asserted), not an intent.
     */
    private static final Set<String> DECISIONS = WordLists.words("decision-verbs");

    /** Auxiliaries that, put first, ask a yes/no question ({@link #polarQuestion}). */
    private static final Set<String> QUESTION_AUXILIARIES = WordLists.words("question-auxiliary");

    private static final Set<String> CONDITIONAL = WordLists.words("conditional");

    private static final Set<String> HEDGES = WordLists.words("hedges");

    /**
     * Nouns of people who tell what happened without naming a party ("according to witnesses", "according to
     * officials"; words.txt {@code speaker-official}, {@code speaker-military}, {@code speaker-public}), and
     * {@code intents.txt} {@code according} ("according to sources", "according to reports"): what they tell is
     * reported. "According to the plan" tells nothing reported.
     */
    private static final Set<String> SPEAKERS = speakers();

    private static Set<String> speakers() {
        Set<String> out = new java.util.HashSet<>(WordLists.words("speaker-official"));
        out.addAll(WordLists.words("speaker-military"));
        out.addAll(WordLists.words("speaker-public"));
        out.addAll(Intents.ACCORDING);
        return Set.copyOf(out);
    }

    /** Determiners that make an event noun any act of its kind, not one that happened ("any attack"). */
    private static final Set<String> ANY = Intents.ANY;

    /** The actors the sentence names. */
    private final ActorResolver actors;

    ModalityRules(Sentence ctx, ActorResolver actors) {
        super(ctx);
        this.actors = java.util.Objects.requireNonNull(actors, "actors");
    }

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
        if (polarQuestion()) {
            return new Modal(Modality.HYPOTHETICAL, null); // "Will Russia attack NATO?" asks; it tells no intent
        }
        if (tok.isNoun() && s.children(t, "det").stream().anyMatch(d -> ANY.contains(Syntax.lower(s.token(d))))) {
            return new Modal(Modality.HYPOTHETICAL, null); // "would respond to any attack": no attack has been made
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
        if (Syntax.auxiliaries(s, t).isEmpty() && !Syntax.hasTo(s, t) && subjunctive(t)) {
            return new Modal(Modality.HYPOTHETICAL, null); // subjunctive: "asks that Trump stop aiding"
        }
        Modal inherited = null;
        int head = s.head(t);
        String rel = s.relation(t);
        for (int c : s.children(t, "obl")) {
            // "According to Zelensky, Russia launched ..."
            if (accordingTo(c)) {
                List<Arg> speaker = actors.actorsOf(c);
                if (!speaker.isEmpty()) {
                    inherited = new Modal(Modality.REPORTED, speaker.get(0));
                } else if (SPEAKERS.contains(Syntax.lower(s.token(c)))) {
                    // "according to witnesses", "according to local officials": told by someone of no known party
                    inherited = new Modal(Modality.REPORTED, null);
                }
            }
        }
        for (int c : s.children(t, "parataxis")) {
            // "Russian forces launched 653 drones, the Ukrainian Air Force said"
            if (c > t && SPEECH.contains(Syntax.lower(s.token(c))) && s.token(c).isVerb()) {
                List<Arg> speaker = actors.subjectsOf(c, 0);
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
            if (rel.equals("xcomp") || rel.equals("advcl") && Syntax.hasTo(s, t)) {
                if (FAIL.contains(hl)) {
                    return new Modal(Modality.NEGATED, null);
                }
                if (Intents.UNHESITATING.contains(hl)) {
                    // "would not hesitate to strike": the act intended (intent19); "hesitated to strike": none yet
                    Modal up = modality(head, depth + 1, explained);
                    return up.modality == Modality.NEGATED ? new Modal(Modality.INTENT, null)
                            : new Modal(Modality.HYPOTHETICAL, null);
                }
                boolean objectControl = s.children(head, "obj").stream().anyMatch(o -> o < t);
                if (COGNITION.contains(hl) || DESIRE.contains(hl) && objectControl) {
                    return new Modal(Modality.HYPOTHETICAL, null);
                }
                if (INTENT.contains(hl) || s.token(head).pos().startsWith("JJ")) {
                    Modal up = modality(head, depth + 1, explained);
                    if (up.modality == Modality.ASSERTED && DECISIONS.contains(hl) && ctx.discourse.official) {
                        return up; // statement34: "The Authority decides to impose sanctions": the issuer's act, done
                    }
                    return up.modality == Modality.ASSERTED || up.modality == Modality.REPORTED
                            ? new Modal(Modality.INTENT, up.reportedBy) : up;
                }
                inherited = modality(head, depth + 1, explained);
            } else if (Syntax.is(rel, "ccomp") || rel.equals("parataxis") || rel.equals("advcl")
                    && s.children(t, "mark").stream().anyMatch(m -> Syntax.lower(s.token(m)).equals("that"))
                    || misreadReport(t, head)) {
                int gov = speechConjunct(head, t);
                String gl = Syntax.lower(s.token(gov));
                if (COGNITION.contains(gl)) {
                    return new Modal(Modality.HYPOTHETICAL, null);
                }
                if (DENY.contains(gl)) {
                    return new Modal(Modality.NEGATED, null);
                }
                Modal up = modality(gov, depth + 1, explained);
                if (up.modality == Modality.NEGATED || up.modality == Modality.HYPOTHETICAL) {
                    return up;
                }
                if (SPEECH.contains(gl)) {
                    List<Arg> speaker = actors.subjectsOf(gov, 0);
                    inherited = new Modal(Modality.REPORTED, speaker.isEmpty() ? up.reportedBy : speaker.get(0));
                } else {
                    inherited = up;
                }
            } else if (Syntax.is(rel, "conj") && !Syntax.hasChild(s, t, "nsubj")) {
                int shared = misattachedConjunct(t, head) ? activeAncestor(head) : head;
                if (shared < 0) {
                    return new Modal(Modality.ASSERTED, null);
                }
                return modality(shared, depth + 1, explained); // "stop aiding and supporting": one clause, one modality
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
            } else if (tok.isNoun() && s.token(head).isNoun() && Syntax.is(rel, "nmod") && !rel.equals("nmod:poss")) {
                // "It says the operation is a response to Indian missile attacks": an act named in what a speaker
                // says is the speaker's account, however deep in its noun phrases
                Modal up = modality(head, depth + 1, explained);
                if (up.modality == Modality.REPORTED) {
                    inherited = up;
                }
            }
        }
        if ((inherited == null || inherited.modality == Modality.ASSERTED) && depth == 0) {
            Modal closing = closingAttribution(t); // "..., days after ..., the South's military said."
            inherited = closing != null ? closing : inherited;
        }
        if (will || goingTo(t)) {
            return new Modal(Modality.INTENT, inherited == null ? null : inherited.reportedBy);
        }
        if (inherited != null) {
            return inherited;
        }
        return new Modal(Modality.ASSERTED, null);
    }

    /**
     * A sentence that closes with its attribution ("..., killing several people, local officials said.", "...,
     * said the military."): the last verb of the sentence, after the act, a verb of speech with a subject and nothing
     * said of its own (no object or clause), followed by nothing but its own words and punctuation, reports every
     * act before it, however the parser hung it; by its subject, or by no known party ("officials said"). Null
     * when the sentence does not close so.
     */
    private Modal closingAttribution(int t) {
        int v = -1;
        for (int i = s.tokens().size() - 1; i > t; i--) {
            if (s.token(i).isVerb()) {
                v = i;
                break;
            }
        }
        if (v < 0 || !SPEECH.contains(Syntax.lower(s.token(v))) || s.children(v, "nsubj").isEmpty()
                || Syntax.passive(s, v)) {
            return null;
        }
        for (String rel : List.of("obj", "ccomp", "xcomp", "iobj")) {
            if (s.children(v, rel).stream().anyMatch(c -> !rel.endsWith("obj") || !audience(c))) {
                return null; // "... and later said the talks had failed": a statement of its own
            }
        }
        Set<Integer> own = new java.util.HashSet<>(Syntax.subtree(s, v));
        int subj = -1;
        for (int c : s.children(v, "nsubj")) {
            if (c < v || subj < 0) {
                subj = c; // the subject next to the verb: "the military said", "said the military"
            }
        }
        Set<Integer> subject = new java.util.HashSet<>(Syntax.subtree(s, subj));
        int from = Math.min(v, java.util.Collections.min(subject));
        for (int i = from; i < s.tokens().size(); i++) {
            boolean punct = !Character.isLetterOrDigit(s.token(i).word().charAt(0));
            if (!punct && !subject.contains(i) && i != v && !(own.contains(i) && i > v)) {
                return null; // "the army said" must close the sentence
            }
        }
        if (from <= t || from > 0 && s.token(from - 1).word().matches("[,;\u2014\u2013-]") == false) {
            return null; // set off from what it reports by a comma or a dash
        }
        List<Arg> speaker = actors.actorsOf(subj);
        return new Modal(Modality.REPORTED, speaker.isEmpty() ? null : speaker.get(0));
    }

    /** Nouns of the audience a closing attribution may name ("told reporters"; intents.txt audience). */
    private static final Set<String> AUDIENCE = Intents.AUDIENCE;

    /**
     * Whether the object of a verb of speech is only whom it was said to: a noun of audience ("told reporters", "told
     * state media") or a proper noun that names no party the coder knows (an outlet: "told Reuters").
     */
    private boolean audience(int o) {
        Token t = s.token(o);
        return AUDIENCE.contains(Syntax.lower(t)) || t.pos().startsWith("NNP") && actors.actorsOf(o).isEmpty();
    }

    /** CAMEO roots of acts done by saying or announcing them: statements, appeals, criticism, reduced relations. */
    private static final Set<String> PERFORMED_ROOTS = WordLists.words("performed-roots");

    /**
     * An act its own maker reports: "Biden said he condemned the attack", "Lithuania said it was expelling Russia's
     * ambassador". A verbal act toward another party, or a cut in relations, is done by the saying itself: asserted,
     * not reported. An act with no party addressed ("Tehran insists on ...") and a deed the maker claims ("the army
     * said its aircraft struck ...") stay reported. Run on the document's events once their targets are known
     * (an implicit target counts).
     */
    static Event performed(Event e) {
        if (e.modality() != Modality.REPORTED || e.reportedBy() == null || e.target() == null
                || !PERFORMED_ROOTS.contains(e.cameo().substring(0, 2))) {
            return e;
        }
        String speaker = e.reportedBy().code();
        String maker = e.source().code();
        boolean own = speaker.startsWith(maker) || maker.startsWith(speaker)
                || ActorResolver.countryOf(speaker).equals(ActorResolver.countryOf(maker));
        return own ? new Event(e.source(), e.target(), e.cameo(), Modality.ASSERTED, null, e.date(), e.dateBasis(),
                e.dateText(), e.text(), e.provenance(), e.judge()) : e;
    }

    /** CAMEO roots of commitments: promises (03) and threats (13). */
    private static final Set<String> COMMITMENT_ROOTS = WordLists.words("commitment-roots");

    /**
     * A promise or a threat told as made ("Russia promised to withdraw its troops", "Iran warned that Israel would
     * pay a heavy price") is an intent: what it commits its maker to has not happened (the gold's convention,
     * corpus/README.md). The analyses count it as a word either way. Run after {@link #performed}.
     */
    static Event committed(Event e) {
        if ((e.modality() != Modality.ASSERTED && e.modality() != Modality.REPORTED)
                || !COMMITMENT_ROOTS.contains(e.cameo().substring(0, 2))) {
            return e;
        }
        return new Event(e.source(), e.target(), e.cameo(), Modality.INTENT, e.reportedBy(), e.date(),
                e.dateBasis(), e.dateText(), e.text(), e.provenance(), e.judge());
    }

    /**
     * Whether the sentence is a yes/no question: it ends with a question mark and opens (after any quotation mark) with
     * an auxiliary before its subject ({@code words.txt} {@code question-auxiliary}: "Will Russia attack NATO?",
     * "Could Iran close the Strait?"). What it asks about is hypothetical, whatever its auxiliary says; a question
     * with a question word ("Why did Russia strike the dam?") takes the act as told and is left as it is.
     */
    private boolean polarQuestion() {
        return polarQuestion(s);
    }

    /** {@link #polarQuestion()} of a sentence, for the passes that settle modality after this one. */
    static boolean polarQuestion(org.saydo.nlp.ParsedSentence s) {
        List<Token> tokens = s.tokens();
        int first = 0;
        while (first < tokens.size() && !Character.isLetter(tokens.get(first).word().charAt(0))) {
            first++;
        }
        int last = tokens.size() - 1;
        while (last > first && !Character.isLetterOrDigit(tokens.get(last).word().charAt(0))
                && !tokens.get(last).word().equals("?")) {
            last--;
        }
        if (first >= last || !tokens.get(last).word().equals("?")
                || !QUESTION_AUXILIARIES.contains(Syntax.lower(tokens.get(first)))) {
            return false;
        }
        return Syntax.is(s.relation(first), "aux") || Syntax.is(s.relation(first), "cop");
    }

    /**
     * Whether the clause of {@code t} is conditional: introduced by "if", "unless" ..., or with such a clause of
     * its own ("would strike Kyiv if the West sent missiles").
     */
    boolean conditional(int t) {
        List<Integer> clauses = new ArrayList<>(List.of(t));
        clauses.addAll(s.children(t, "advcl"));
        return clauses.stream().anyMatch(c -> s.children(c, "mark").stream()
                .anyMatch(m -> CONDITIONAL.contains(Syntax.lower(s.token(m)))));
    }

    /**
     * The verb a "that" clause reports: its head, or, when the head cannot take a clause (it is no verb of speech,
     * thought or denial) and has a speech verb as a later conjunct with no clause of its own, that conjunct: the
     * parse "only if its objectives are met(head) and reiterated that Moscow insists" hangs the clause on "met".
     */
    private int speechConjunct(int head, int clause) {
        String hl = Syntax.lower(s.token(head));
        if (SPEECH.contains(hl) || COGNITION.contains(hl) || DENY.contains(hl)) {
            return head;
        }
        for (int c : s.children(head, "conj")) {
            if (c < clause && s.token(c).isVerb() && SPEECH.contains(Syntax.lower(s.token(c)))
                    && s.children(c, "ccomp").isEmpty()) {
                return c;
            }
        }
        return head;
    }

    /**
     * An active conjunct without a subject of its own coordinated with a passive verb: it cannot share that verb's
     * subject (the objectives do not reiterate), so it does not share its clause's conditions either ("only if
     * its objectives are met and reiterated that ...": the parse coordinates at the wrong level).
     */
    private boolean misattachedConjunct(int t, int head) {
        return s.token(t).isVerb() && s.token(head).isVerb() && Syntax.passive(s, head) && !Syntax.passive(s, t);
    }

    /** The nearest verb above {@code v} in the active voice, or -1. */
    private int activeAncestor(int v) {
        for (int at = s.head(v), steps = 0; at >= 0 && steps < 8; at = s.head(at), steps++) {
            if (s.token(at).isVerb() && !Syntax.passive(s, at)) {
                return at;
            }
        }
        return -1;
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
    boolean accordingTo(int nominal) {
        return Syntax.hasChildWord(s, nominal, "case", "according");
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

    /**
     * Whether a verb is the clause a speech verb reports though the parser read its past tense as a participle and
     * hung it on the speech verb as {@code dep}: "Syrsky said his troops controlled 1,000 square kilometres". It
     * follows the speech verb, has a subject of its own and no auxiliary.
     */
    private boolean misreadReport(int t, int head) {
        return s.relation(t).equals("dep") && head < t && SPEECH.contains(Syntax.lower(s.token(head)))
                && s.token(head).isVerb() && s.token(t).pos().equals("VBN") && Syntax.hasChild(s, t, "nsubj")
                && !Syntax.hasChild(s, t, "aux");
    }
}
