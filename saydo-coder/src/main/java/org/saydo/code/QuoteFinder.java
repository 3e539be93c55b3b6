package org.saydo.code;

import static org.saydo.code.EventCoder.SPEECH;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.saydo.code.ModalityRules.Modal;
import org.saydo.dict.VerbEntry;
import org.saydo.nlp.ParsedSentence;
import org.saydo.nlp.TimeExpression;
import org.saydo.nlp.Token;
import org.saydo.ontology.CameoOntology;
import org.saydo.record.DateBasis;
import org.saydo.record.Modality;
import org.saydo.record.Provenance;
import org.saydo.record.Quote;

/**
 * Finds the quotes of a sentence: direct quotes in quotation marks ({@link QuoteSpan}), "according to"
 * attributions and the complements of speech verbs, with their speaker: the speech verb's subject or, for a quote
 * that stands alone, a speaker from the discourse or the next sentence.
 *
 * <p>Not thread-safe; one per {@link Sentence}.
 */
final class QuoteFinder extends SentencePass {

    /** The actors the sentence names. */
    private final ActorResolver actors;
    /** The modality of what is coded. */
    private final ModalityRules modals;

    QuoteFinder(Sentence ctx, ActorResolver actors, ModalityRules modals) {
        super(ctx);
        this.actors = java.util.Objects.requireNonNull(actors, "actors");
        this.modals = java.util.Objects.requireNonNull(modals, "modals");
    }

    void findQuotes() {
        Set<Integer> inDirect = new HashSet<>();
        for (QuoteSpan q : ctx.spans) {
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
                if (!modals.accordingTo(c) || inDirect.contains(root)) {
                    continue;
                }
                List<Arg> speakers = actors.actorsOf(c);
                List<Integer> clause = new ArrayList<>(Syntax.subtree(s, root));
                clause.removeAll(Syntax.subtree(s, c));
                clause.removeIf(i -> s.token(i).pos().equals(",") && i < root
                        || s.token(i).pos().equals(".") && i == s.tokens().size() - 1);
                if (!speakers.isEmpty() && !clause.isEmpty()) {
                    int b = s.token(clause.get(0)).begin();
                    int e = s.token(clause.get(clause.size() - 1)).end();
                    int according = s.children(c, "case").get(0); // the trigger: "According"
                    addQuote(speakers.get(0), according, ctx.doc.text().substring(b, e), false, b, e);
                }
            }
        }
        for (Token t : s.tokens()) {
            int v = t.index();
            if (!t.isVerb() || !SPEECH.contains(Syntax.lower(t)) || inDirect.contains(v)
                    || ctx.quotedSpeechVerbs.contains(v)) {
                continue;
            }
            List<Integer> complements = new ArrayList<>();
            List<Integer> coordinated = new ArrayList<>();
            for (int c : s.children(v, "ccomp")) {
                complements.add(c);
                // "said X and that Y": a second reported clause coordinated with the first is a quote of its own
                for (int k : s.children(c, "conj")) {
                    if (Syntax.hasChildWord(s, k, "mark", "that")) {
                        complements.add(k);
                        coordinated.add(k);
                    }
                }
            }
            boolean reversed = false;
            if (complements.isEmpty() && s.relation(v).equals("parataxis") && s.head(v) >= 0 && s.head(v) < v) {
                complements.add(s.head(v)); // "..., the Ukrainian Air Force said": the clause governs the verb
                reversed = true;
            }
            for (int c : complements) {
                if (inDirect.contains(c)) {
                    continue;
                }
                List<Arg> speakers = speakersOf(v);
                if (speakers.isEmpty()) {
                    continue;
                }
                List<Integer> clause = new ArrayList<>(Syntax.subtree(s, c));
                if (reversed) {
                    clause.removeAll(Syntax.subtree(s, v));
                    clause.removeIf(i -> i > v);
                }
                for (int k : coordinated) {
                    if (k != c) {
                        clause.removeAll(Syntax.subtree(s, k));
                    }
                }
                while (!clause.isEmpty() && (s.relation(clause.get(0)).equals("mark")
                        || s.relation(clause.get(0)).equals("cc")
                        || s.token(clause.get(0)).pos().equals(","))) {
                    clause.remove(0);
                }
                while (!clause.isEmpty() && (s.token(clause.get(clause.size() - 1)).pos().equals(".")
                        || s.token(clause.get(clause.size() - 1)).pos().equals(",")
                        || s.relation(clause.get(clause.size() - 1)).equals("cc"))) {
                    clause.remove(clause.size() - 1);
                }
                if (clause.isEmpty()) {
                    continue;
                }
                int b = s.token(clause.get(0)).begin();
                int e = s.token(clause.get(clause.size() - 1)).end();
                addQuote(speakers.get(0), v, ctx.doc.text().substring(b, e), false, b, e);
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
            List<Arg> subjects = speakersOf(speechVerb);
            speaker = subjects.isEmpty() ? null : subjects.get(0);
        } else {
            boolean wholeSentence = inside.size() + 2 >= s.tokens().size() || q.end() > s.end();
            if (!wholeSentence) {
                return;
            }
            if (ctx.discourse.lastSpeaker != null && ctx.discourse.lastSpeakerSentence >= s.index() - 1) {
                speaker = ctx.discourse.lastSpeaker;
            } else {
                speaker = speakerOfNext();
            }
            if (speaker == null && ctx.discourse.lastSubject != null && ctx.discourse.lastSubject.person()
                    && ctx.discourse.lastSubjectSentence == s.index() - 1) {
                speaker = ctx.discourse.lastSubject;
            }
        }
        if (speaker == null) {
            return;
        }
        int b = q.begin() + 1;
        char last = ctx.doc.text().charAt(q.end() - 1);
        int e = last == '"' || last == '\u201d' || last == '\u00bb' ? q.end() - 1 : q.end();
        if (e <= b) {
            return;
        }
        ctx.quotedSpeechVerbs.add(speechVerb);
        addQuote(speaker, speechVerb, ctx.doc.text().substring(b, e).strip(), true, b, e);
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

    /**
     * Who speaks through a speech verb: its subjects; for a participle with no subject of its own ("..., the
     * ministry said, adding that ..."), its clause's subjects; for a pronoun the dictionaries leave unresolved ("He
     * said ..." after a spokesman's words), the speaker of this or the previous sentence.
     */
    private List<Arg> speakersOf(int v) {
        List<Arg> speakers = actors.subjectsOf(v, 0);
        if (!speakers.isEmpty()) {
            return speakers;
        }
        List<Integer> subjects = s.children(v, "nsubj");
        if (subjects.isEmpty() && (Syntax.is(s.relation(v), "advcl") || s.relation(v).equals("dep"))
                && s.token(v).pos().equals("VBG") && s.head(v) >= 0 && s.token(s.head(v)).isVerb()) {
            return actors.subjectsOf(s.head(v), 0);
        }
        if (subjects.size() == 1 && s.token(subjects.get(0)).pos().equals("PRP")
                && ctx.discourse.lastSpeaker != null && ctx.discourse.lastSpeakerSentence >= s.index() - 1) {
            return List.of(ctx.discourse.lastSpeaker);
        }
        return List.of();
    }

    /** The speaker of the next sentence's speech verb, for a quote whose speaker is named after it. */
    private Arg speakerOfNext() {
        if (s.index() + 1 >= ctx.all.size()) {
            return null;
        }
        ParsedSentence next = ctx.all.get(s.index() + 1);
        ActorResolver other = new ActorResolver(ctx.coder, ctx.doc, next,
                ctx.coder.finder.find(next, EventCoder.dateOf(ctx.doc)), ctx.discourse, List.of());
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
            for (VerbEntry entry : ctx.coder.dictionaries.verbs().lookupLemma(Syntax.upperLemma(vt))) {
                Optional<String> c = ctx.coder.eventCode(entry.code());
                if (c.isPresent() && CameoOntology.isVerbal(c.get())) {
                    cameo = c.get();
                    break;
                }
            }
        }
        Modal modal = vt == null ? new Modal(Modality.ASSERTED, null) : modals.modality(verb, 0);
        TimeExpression time = vt == null ? null : ctx.timeOf(verb);
        LocalDate date = Sentence.dayOf(time) != null ? Sentence.dayOf(time) : ctx.doc.published();
        DateBasis basis = DateSanity.check(date, Sentence.dayOf(time) != null ? DateBasis.TEXT
                : DateBasis.PUBLICATION, modal.modality(), ctx.doc.published(), time == null ? null : time.text());
        int start = Math.min(b, vt == null ? b : vt.begin());
        int end = Math.max(e, vt == null ? e : vt.end());
        // a quote with no speech verb in its sentence is triggered by its opening quotation mark
        int tb = vt == null ? Math.max(0, b - 1) : vt.begin();
        int te = vt == null ? tb + 1 : vt.end();
        Provenance p = new Provenance(ctx.doc.id(), ctx.doc.source(), s.index(), s.begin(), s.end(), b, e,
                ctx.doc.text().substring(tb, te), tb, te, rule, ctx.coder.pipeline);
        if (start > end) {
            return;
        }
        ctx.quotes.add(new Quote(speaker.actor(), null, text, direct, lemma, cameo, modal.modality(), date, basis,
                time == null ? null : time.text(), s.text(), p));
        ctx.discourse.lastSpeaker = speaker;
        ctx.discourse.lastSpeakerSentence = s.index();
    }
}
