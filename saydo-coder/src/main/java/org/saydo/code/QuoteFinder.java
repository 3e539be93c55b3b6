package org.saydo.code;

import static org.saydo.code.EventCoder.SPEECH;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.saydo.code.ModalityRules.Modal;
import org.saydo.dict.VerbEntry;
import org.saydo.nlp.ParsedSentence;
import org.saydo.nlp.TimeExpression;
import org.saydo.nlp.Token;
import org.saydo.ontology.CameoOntology;
import org.saydo.record.DateBasis;
import org.saydo.record.Modality;
import org.saydo.record.ActorRef;
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
                if (speakers.isEmpty()) {
                    speakers = speakersOfNoun(c); // "according to officials", "according to Sharif's office"
                }
                List<Integer> clause = new ArrayList<>(Syntax.subtree(s, root));
                clause.removeAll(Syntax.subtree(s, c));
                clause.removeIf(i -> s.token(i).pos().equals(",") && i < root
                        || s.token(i).pos().equals(".") && i == s.tokens().size() - 1);
                while (!clause.isEmpty() && s.token(clause.get(clause.size() - 1)).pos().equals(",")) {
                    clause.remove(clause.size() - 1); // "X, according to Y": the comma before the attribution
                }
                if (!speakers.isEmpty() && !clause.isEmpty()) {
                    int b = s.token(clause.get(0)).begin();
                    int e = s.token(clause.get(clause.size() - 1)).end();
                    int according = s.children(c, "case").get(0); // the trigger: "According"
                    for (Arg speaker : distinct(speakers)) {
                        addQuote(speaker, according, ctx.doc.text().substring(b, e), false, b, e);
                    }
                }
            }
        }
        for (Token t : s.tokens()) {
            int v = t.index();
            if (!t.isVerb() || !SPEECH.contains(Syntax.lower(t)) || inDirect.contains(v)
                    || ctx.quotedSpeechVerbs.contains(v) || negated(v)) {
                continue;
            }
            List<Integer> relative = relativeSurface(v);
            if (!relative.isEmpty()) {
                emit(speakersOf(v), v, relative); // "drones it said were heading for Kyiv", however parsed
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
            if (!complements.isEmpty() && complements.get(0) > v) {
                for (int k : s.children(v, "conj")) {
                    if (k > complements.get(0) && Syntax.hasChildWord(s, k, "mark", "that")
                            && !complements.contains(k) && !SPEECH.contains(Syntax.lower(s.token(k)))) {
                        // "said the tanker had been hit, and that nobody was hurt": the parser joined the second
                        // reported clause to the speech verb; it is a quote of its own
                        complements.add(k);
                        coordinated.add(k);
                    }
                }
            }
            for (int c : s.children(v, "dep")) {
                if (c > v && complements.isEmpty() && pastActive(c)) {
                    complements.add(c); // "said his troops controlled ...": the past verb read as a participle
                }
            }
            if (complements.isEmpty()) {
                int nested = nestedThatClause(v);
                if (nested < 0) {
                    nested = relativeReport(v);
                }
                if (nested >= 0) {
                    complements.add(nested);
                }
            }
            int cut = -1; // "..., the Ukrainian Air Force said": the reported clause ends at the comma before it
            if (complements.isEmpty()) {
                cut = attributionComma(v);
                int c = cut < 0 ? -1 : reportedBefore(v, cut);
                if (c >= 0) {
                    complements.add(c);
                } else if (s.relation(v).equals("parataxis") && s.head(v) >= 0 && s.head(v) < v
                        && s.children(v, "obj").isEmpty() && hasSubject(s.head(v))) {
                    complements.add(s.head(v)); // "Russia attacked; Kyiv declares martial law" reports nothing
                    cut = v;
                } else if (inserted(v)) {
                    complements.add(s.head(v)); // "The army, a spokesman said, had pulled back"
                } else if (!conjoinedAttribution(v)) {
                    if (!surfaceQuote(v, cut) && !appealQuote(v)) {
                        surfaceQuote(v);
                    }
                    cut = -1;
                }
            }
            if (!complements.isEmpty() && complements.get(0) < v) {
                // "..., Peskov said, and the withdrawal did not alter its status": what follows is his too, whether
                // the parser hung the clause before on the verb or the attribution was found by its comma
                // the reporter's own news of a third party ("..., officials said, and Jordan's air force
                // intercepted ...") is not
                for (int k : s.children(v, "conj")) {
                    if (k > v && !reportsOwnClause(k) && Syntax.hasChild(s, k, "cc")
                            && (Syntax.hasChild(s, k, "nsubj") || Syntax.hasChild(s, k, "nsubj:pass"))
                            && !thirdParty(k, v)) {
                        complements.add(k);
                        coordinated.add(k);
                    }
                }
            }
            List<Integer> tail = complements.isEmpty() || complements.get(0) > v
                    || coordinated.stream().anyMatch(k -> k > v) ? List.of() : tailAfterAttribution(v);
            if (!tail.isEmpty() && !inDirect.contains(tail.get(0))) {
                emit(speakersOf(v), v, tail);
            }
            for (int c : complements) {
                if (inDirect.contains(c) || question(c)) {
                    continue;
                }
                List<Arg> speakers = speakersOf(v);
                if (speakers.isEmpty() || passesOn(speakers, c)) {
                    continue;
                }
                List<Integer> clause = new ArrayList<>(Syntax.subtree(s, c));
                if (c < v && cut >= 0) {
                    // the words before the attribution's comma, whatever the parser hung them on ("in Tacna" on
                    // "said" when the verb hangs on the clause it reports)
                    int from = clause.get(0);
                    clause.clear();
                    for (int i = from; i < cut; i++) {
                        clause.add(i);
                    }
                    dropLabel(clause);
                }
                for (int k : coordinated) {
                    if (k != c) {
                        clause.removeAll(Syntax.subtree(s, k));
                    }
                }
                for (int k : s.children(c, "conj")) {
                    if (secondReport(k)) {
                        clause.removeAll(Syntax.subtree(s, k)); // "... and warned that ...": a quote of its own
                    }
                }
                if (c > v && s.head(v) == c) {
                    clause.removeAll(Syntax.subtree(s, v)); // the inserted attribution is not what it reports
                }
                dropLabel(clause); // "RIYADH, Sept 15 (Saydo wire) - Drones struck ..., the ministry said"
                int named = speakers.get(0).first();
                if (c < v && !clause.isEmpty() && named > clause.get(0) && named < v && s.token(named - 1).pos().equals(",")) {
                    // "..., days after its army said ..., the South's military said": the speaker the parser hung
                    // inside the clause it reports is not part of it
                    clause.removeIf(i -> i >= named - 1 && i <= v);
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
                for (Arg speaker : distinct(speakers)) {
                    addQuote(speaker, v, ctx.doc.text().substring(b, e), false, b, e); // "X and Y said": each did
                }
            }
        }
        for (Token t : s.tokens()) {
            boolean naming = NAMING.contains(Syntax.lower(t));
            if ((naming || NAMING_AS.contains(Syntax.lower(t))) && t.isVerb() && !inDirect.contains(t.index())
                    && !negated(t.index())) {
                namingQuote(t.index(), inDirect, !naming);
            }
        }
        for (Token t : s.tokens()) {
            if (t.isVerb() && SPEECH.contains(Syntax.lower(t)) && !inDirect.contains(t.index()) && !negated(t.index())) {
                relativeSpeaker(t.index());
            }
        }
        labelledAnswer();
    }

    /**
     * "A Western diplomat who asked not to be identified said Russia had rejected the proposal": the parser reads
     * "who ... said" as the speaker's relative clause, with the relative verb as the speech verb's subject, the
     * relative word as its object and the speaker as the reported verb's subject. The words from the speech verb's
     * object after it to the end of the reported verb's phrase are the speaker's. The parse is left as it is for
     * events (mending it there cost blind P 53.2 -> 52.7).
     */
    private void relativeSpeaker(int v) {
        int n = s.head(v);
        if (!Syntax.is(s.relation(v), "acl:relcl") || n < 0 || !s.token(n).isNoun() || n > v) {
            return;
        }
        int r = s.head(n);
        if (r <= v || !s.token(r).isVerb() || !Syntax.is(s.relation(n), "nsubj")) {
            return;
        }
        int wh = -1;
        int rel = -1;
        int o = -1;
        for (var d : s.children(v)) {
            int c = d.dependent();
            if (d.relation().equals("obj") && c > n && c < v && s.token(c).pos().startsWith("W")) {
                wh = c;
            } else if (d.relation().equals("nsubj") && c > n && c < v && s.token(c).isVerb()) {
                rel = c;
            } else if (d.relation().equals("obj") && c > v && c < r) {
                o = c;
            }
        }
        if (wh < 0 || rel < wh || o < 0) {
            return;
        }
        for (var d : s.children(r)) {
            int k = d.dependent();
            if (k != n && (Syntax.is(d.relation(), "nsubj") || Syntax.is(d.relation(), "csubj"))) {
                return; // the reported verb has a subject of its own: not this misreading
            }
        }
        List<Arg> speakers = speakersOfNoun(n);
        if (speakers.isEmpty()) {
            return;
        }
        List<Integer> phrase = Syntax.subtree(s, r);
        int last = phrase.get(phrase.size() - 1);
        while (last > r && (s.token(last).pos().equals(".") || s.token(last).pos().equals(","))) {
            last--;
        }
        int from = Syntax.subtree(s, o).get(0);
        int b = s.token(from).begin();
        int e = s.token(last).end();
        addQuote(speakers.get(0), v, ctx.doc.text().substring(b, e), false, b, e);
    }

    /**
     * Whether the speech verb is an attribution set off by commas inside the clause it reports: "The army, a
     * spokesman said, had pulled back to the river", "Kyiv, he added, would not give up the city". The parser hangs
     * it on that clause's verb ({@code parataxis}); the clause's subject stands before the attribution.
     */
    private boolean inserted(int v) {
        int h = s.head(v);
        if (!s.relation(v).equals("parataxis") || h <= v || !s.children(v, "obj").isEmpty()
                || s.children(v, "nsubj").size() != 1) {
            return false;
        }
        List<Integer> own = Syntax.subtree(s, v);
        int first = own.get(0);
        int last = own.get(own.size() - 1);
        boolean commas = s.token(first).pos().equals(",") && s.token(last).pos().equals(",");
        boolean subjectBefore = false;
        for (var d : s.children(h)) {
            subjectBefore |= d.dependent() < first
                    && (Syntax.is(d.relation(), "nsubj") || Syntax.is(d.relation(), "csubj"));
        }
        return commas && subjectBefore;
    }

    /** Verbs that name what their object is (words.txt {@code naming-speech}). */
    private static final Set<String> NAMING = WordLists.words("naming-speech");
    /** Verbs of judging that name what their object is through an "as" phrase only ({@code naming-as-speech}). */
    private static final Set<String> NAMING_AS = WordLists.words("naming-as-speech");

    /**
     * What a verb of naming says its object is: "called the launches a clear breach of international law",
     * "described the vote as a sovereign decision", "branded the strike a war crime": the predicate (the verb's open
     * complement, a second object, an "as" phrase, or the noun the parser hung on the object) is the subject's words.
     * Nothing for an object alone ("called the president") or words already in quotation marks. In a free relative
     * that a verb of judging governs ("condemned what it called an act of terrorism") the object is the relative word
     * before the verb and the name follows the verb; a free relative of any other verb ("launched what he called a
     * march of justice") only names the act (in corpus/dev 2 of 30 were annotated as quotes). A verb of judging
     * ({@code asOnly}: "denounced the strikes as a flagrant attack") names only through its "as" phrase.
     */
    private void namingQuote(int v, Set<Integer> inDirect, boolean asOnly) {
        int object = -1;
        int small = -1; // "called it a necessary operation": the parser's small clause, its subject the object
        for (var d : s.children(v)) {
            int o = d.dependent();
            if (o > v && (d.relation().equals("obj") || d.relation().equals("iobj")) && (object < 0 || o < object)) {
                object = o;
            }
            if (!asOnly && o > v && d.relation().equals("xcomp") && s.token(o).isNoun()
                    && !s.children(o, "nsubj").isEmpty()) {
                small = o;
            }
        }
        int relative = asOnly ? -1 : freeRelative(v);
        int governor = relative < 0 ? -1 : s.head(relative == s.head(v) ? relative : v);
        if (governor < 0 || !s.token(governor).isVerb() || !NAMING_AS.contains(Syntax.lower(s.token(governor)))) {
            relative = -1; // "launched what he called a march of justice" gives the act its name, no quote
        }
        if (relative >= 0) {
            object = relative; // "what he called radical terrorists": the name is the verb's first noun after it
            small = -1;
            for (var d : s.children(v)) {
                int c = d.dependent();
                if (c > v && (d.relation().equals("xcomp") || d.relation().equals("obj")
                        || Syntax.is(d.relation(), "obl") && "as".equals(Syntax.preposition(s, c)))
                        && (s.token(c).isNoun() || s.token(c).pos().startsWith("JJ"))) {
                    small = c;
                    break;
                }
            }
            if (small < 0) {
                return;
            }
        }
        if (object < 0 && small >= 0) {
            object = s.children(small, "nsubj").get(0);
        }
        if (object < 0) {
            return;
        }
        int predicate = small;
        for (var d : predicate >= 0 ? List.<org.saydo.nlp.Dependency>of() : s.children(v)) {
            int c = d.dependent();
            String rel = d.relation();
            boolean name = s.token(c).isNoun() || s.token(c).pos().startsWith("JJ");
            if (c > object && name && (!asOnly && (rel.equals("xcomp") || rel.equals("obj"))
                    || Syntax.is(rel, "obl") && "as".equals(Syntax.preposition(s, c)))) {
                predicate = c;
                break;
            }
        }
        for (var d : predicate >= 0 || asOnly ? List.<org.saydo.nlp.Dependency>of() : s.children(object)) {
            int c = d.dependent();
            if (c > object && d.relation().equals("dep") && (s.token(c).isNoun() || s.token(c).pos().startsWith("JJ"))) {
                predicate = c; // "called the troop movements a grave threat": the parser's dep of the object
                break;
            }
        }
        if (predicate < 0 || inDirect.contains(predicate)) {
            return;
        }
        List<Arg> speakers = speakersOf(v);
        if (relative >= 0 && s.children(v, "nsubj").stream()
                .anyMatch(i -> s.token(i).pos().equals("PRP"))) {
            // "Blinken condemned what he called a reckless attack": the pronoun is the governing verb's subject
            List<Arg> governing = speakersOf(governor);
            speakers = governing.isEmpty() ? speakers : governing;
        }
        if (speakers.isEmpty()) {
            return;
        }
        List<Integer> clause = new ArrayList<>(Syntax.subtree(s, predicate));
        int named = object;
        clause.removeIf(i -> i <= named || i <= v);
        while (!clause.isEmpty() && s.relation(clause.get(0)).equals("case")) {
            clause.remove(0); // "as"
        }
        emit(speakers, v, clause);
    }

    /**
     * The relative word of a free relative the naming verb is in ("condemned what it called ...", "what Kyiv
     * described as ..."): "what" before the verb that is its object or that the verb's relative clause hangs on; -1
     * for none.
     */
    private int freeRelative(int v) {
        for (var d : s.children(v)) {
            if (d.dependent() < v && d.relation().equals("obj") && Syntax.lower(s.token(d.dependent())).equals("what")) {
                return d.dependent();
            }
        }
        int h = s.head(v);
        return h >= 0 && h < v && s.relation(v).startsWith("acl") && Syntax.lower(s.token(h)).equals("what") ? h : -1;
    }

    /**
     * The clause after an attribution set between two clauses, when the parser did not coordinate it with either
     * ("Air defences shot down most of the missiles, the military said, but the ones that got through hit
     * substations"): from after ", and" or ", but" (a comma within a few words after the verb, nothing but the
     * attribution's own words before it) to the sentence's end, when it has a finite verb, reports nothing of its
     * own (no verb of speech) and names no party other than the speaker's before its verb (the reporter's news of
     * a third party: "..., officials said, and Jordan's air force intercepted ..."). Empty otherwise.
     */
    private List<Integer> tailAfterAttribution(int v) {
        int n = s.tokens().size();
        int comma = -1;
        for (int i = v + 1; i < n && i <= v + 6; i++) {
            Token t = s.token(i);
            if (t.pos().equals(",")) {
                comma = i;
                break;
            }
            if (t.isVerb() && !s.relation(i).equals("amod") || t.pos().equals(".") || t.pos().equals(":")
                    || t.pos().equals("CC")) {
                return List.of(); // "said in a televised address," goes on to the comma: "televised" is no verb
            }
        }
        if (comma < 0 || comma + 2 >= n || !Set.of("and", "but").contains(s.token(comma + 1).word().toLowerCase(
                java.util.Locale.ROOT)) || newlineBefore(comma + 1)) {
            return List.of();
        }
        Set<String> speakers = new HashSet<>();
        for (Arg a : speakersOf(v)) {
            speakers.add(ActorResolver.countryOf(a.actor().code()));
        }
        List<Integer> clause = new ArrayList<>();
        boolean finite = false;
        for (int i = comma + 2; i < n; i++) {
            Token t = s.token(i);
            if (newlineBefore(i) || t.isVerb() && reportsOwnClause(i)) {
                return List.of();
            }
            if (!finite && actors.actorOf(i, 0) != null
                    && !speakers.contains(ActorResolver.countryOf(actors.actorOf(i, 0).actor().code()))) {
                return List.of();
            }
            finite |= FINITE.contains(t.pos());
            clause.add(i);
        }
        return finite && !speakers.isEmpty() ? clause : List.of();
    }

    /**
     * A "that" clause the parser hung below a phrase after the speech verb instead of on the verb: "said in a
     * statement posted online that its fighters would march", "said in a statement that ...". The clause must have a
     * subject, follow the verb, and every word on the way up to the verb lie between them and be no clause of its own
     * (no subject, no verb of speech). -1 for none.
     */
    private int nestedThatClause(int v) {
        for (int c : Syntax.subtree(s, v)) {
            if (c <= v || !s.relation(c).equals("ccomp") || !Syntax.hasChildWord(s, c, "mark", "that")
                    || !hasSubject(c)) {
                continue;
            }
            int up = s.head(c);
            boolean clear = true;
            while (up != v && up >= 0 && clear) {
                // "a statement posted online": a participle of speech with no subject, object or conjunct is no report
                boolean report = (SPEECH.contains(Syntax.lower(s.token(up))) || QUOTING.contains(Syntax.lower(s.token(up))))
                        && (s.token(up).pos().equals("VBG") || Syntax.hasChild(s, up, "obj")
                        || Syntax.is(s.relation(up), "conj"));
                clear = up > v && up < c && !hasSubject(up) && !report;
                up = s.head(up);
            }
            if (clear && up == v) {
                return c;
            }
        }
        return -1;
    }

    /**
     * What a speech verb inside a relative clause reports: "a rocket that it said could reach the region", "a drone
     * that officials said had flown over the river": the parser hangs the reported verb on the speech verb as
     * {@code dep} or {@code xcomp} with no subject (the relative word is its subject). The verb must follow, be
     * finite (a tense or an auxiliary of its own) and not be an infinitive or a participle of manner. -1 for none.
     */
    private int relativeReport(int v) {
        if (!Syntax.hasChild(s, v, "nsubj") || s.head(v) < 0 || !s.token(s.head(v)).isNoun()) {
            return -1;
        }
        for (var d : s.children(v)) {
            int c = d.dependent();
            Token t = s.token(c);
            if (c > v && (d.relation().equals("dep") || d.relation().equals("xcomp")) && t.isVerb()
                    && !t.pos().equals("VBG") && !hasSubject(c) && !Syntax.hasChildWord(s, c, "mark", "to")
                    && (FINITE.contains(t.pos()) || Syntax.hasChild(s, c, "aux") || Syntax.hasChild(s, c, "aux:pass"))) {
                return c;
            }
        }
        return -1;
    }

    /** Relative words a report inside a relative clause follows ("a rocket that it said put ..."). */
    private static final Set<String> RELATIVE_WORDS = Set.of("that", "which", "who");
    /** Parts of speech of the words of the speaker's noun phrase between a relative word and its speech verb. */
    private static final Set<String> SPEAKER_WORDS = Set.of("NNP", "NNPS", "NN", "NNS", "PRP", "DT", "JJ", "POS");

    /**
     * What a speech verb inside a relative clause reports, by the words' surface, where the parser loses the
     * reported verb or takes the noun the clause describes for it: "a rocket that it said put a spy satellite into
     * orbit", "targets that it said were used to make missiles", "drones it said were heading for Moscow". A relative
     * word (or, for a pronoun speaker, the noun it describes), the speaker's noun phrase, the speech verb, and a verb
     * right after it; the reported words run from that verb to the next comma or the sentence's end. Checked before
     * the parse's complements, which take such a clause's head noun for the reported words. Empty for none.
     */
    private List<Integer> relativeSurface(int v) {
        int n = s.tokens().size();
        Token t = s.token(v);
        if (!CLAUSE_SPEECH.contains(Syntax.lower(t)) || !Set.of("VBD", "VBZ", "VBP").contains(t.pos()) || v + 1 >= n
                || !Set.of("VBD", "VBZ", "VBP", "VBN", "VB", "MD").contains(s.token(v + 1).pos())) {
            return List.of();
        }
        int r = v - 1;
        if (r >= 0 && s.token(r).pos().equals("PRP")) {
            r--; // a pronoun is the whole speaker
        } else {
            while (r >= 0 && v - r <= 4 && SPEAKER_WORDS.contains(s.token(r).pos()) && !s.token(r).pos().equals("PRP")) {
                r--;
            }
        }
        if (r < 0 || r == v - 1 || v - r > 4) {
            return List.of();
        }
        boolean relative = RELATIVE_WORDS.contains(Syntax.lower(s.token(r)));
        boolean zero = r + 1 == v - 1 && s.token(v - 1).pos().equals("PRP") && s.token(r).pos().startsWith("NN");
        if (!relative && !zero) {
            return List.of();
        }
        List<Integer> clause = new ArrayList<>();
        for (int k = v + 1; k < n; k++) {
            String pos = s.token(k).pos();
            if (pos.equals(",") || pos.equals(":") || pos.equals(".") || pos.equals("-LRB-") || newlineBefore(k)) {
                break;
            }
            clause.add(k);
        }
        return clause;
    }

    /**
     * Whether a verb is a speech verb that reports something of its own ("..., he said, and added that ...",
     * "... and warned of more attacks"): one that reports a clause ({@code clause-speech}) or has a clausal
     * complement. "and Russia would respond" is the first speaker's words, not another report.
     */
    private boolean reportsOwnClause(int k) {
        String lemma = Syntax.lower(s.token(k));
        return SPEECH.contains(lemma) && (CLAUSE_SPEECH.contains(lemma) || Syntax.hasChild(s, k, "ccomp")
                || Syntax.hasChild(s, k, "obj") || Syntax.hasChild(s, k, "xcomp"));
    }

    /** Whether the subject of clause {@code k} names a party other than the speakers of verb {@code v}. */
    private boolean thirdParty(int k, int v) {
        List<Integer> subjects = new ArrayList<>(s.children(k, "nsubj"));
        subjects.addAll(s.children(k, "nsubj:pass"));
        Set<String> speakers = new HashSet<>();
        for (Arg a : speakersOf(v)) {
            speakers.add(ActorResolver.countryOf(a.actor().code()));
        }
        for (int subject : subjects) {
            Arg a = actors.actorOf(subject, 0);
            if (a != null && !speakers.contains(ActorResolver.countryOf(a.actor().code()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A transcript's speaker label at the start of a line: one to five capitalised words and a colon ("MAO NING:",
     * "Foreign Ministry Spokesperson Mao Ning:").
     */
    private static final Pattern LABEL = Pattern.compile("^(\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){0,4}):[ \\t]+");

    /**
     * A transcript's answer ("MAO NING: China firmly opposes ...") is the words of the person its label names, when
     * the report named that person before by a name the label repeats or the dictionaries know the label's name:
     * a direct quote of each sentence of the labelled line that quotes no one else. A label that names no one the
     * report introduced (the outlet's own "Q:", "CORRESPONDENT:", an analyst) or names a place ("ISLAMABAD:")
     * gives nothing.
     */
    private void labelledAnswer() {
        if (!ctx.quotes.isEmpty()) {
            return;
        }
        String text = ctx.doc.text();
        int lineStart = text.lastIndexOf('\n', Math.max(0, s.begin() - 1)) + 1;
        if (s.begin() == 0) {
            lineStart = 0;
        }
        int lineEnd = text.indexOf('\n', lineStart);
        java.util.regex.Matcher m = LABEL.matcher(text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd));
        if (!m.find()) {
            return;
        }
        int labelEnd = lineStart + m.end();
        int b = Math.max(labelEnd, s.begin());
        int e = s.end();
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e - b < 2) {
            return;
        }
        Arg speaker = labelSpeaker(m.group(1), lineStart);
        if (speaker != null) {
            addQuote(speaker, -1, text.substring(b, e), true, b, e);
        }
    }

    /**
     * statement34: the body a transcript's labelled answer on this sentence's line speaks for, as a party and not a
     * person ("GHAI: Our forces responded ..." after "Director General of Military Operations Lieutenant General
     * Rajiv Ghai": INDMIL): the party of the label's speaker ({@link #labelSpeaker}); null for a line with no label,
     * a label naming no one, or a speaker of the media.
     */
    Arg answerVoice() {
        String text = ctx.doc.text();
        int lineStart = s.begin() == 0 ? 0 : text.lastIndexOf('\n', Math.max(0, s.begin() - 1)) + 1;
        int lineEnd = text.indexOf('\n', lineStart);
        java.util.regex.Matcher m = LABEL.matcher(text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd));
        if (!m.find() || lineStart + m.end() > s.end()) {
            return null;
        }
        Arg speaker = labelSpeaker(m.group(1), lineStart);
        if (speaker == null || media(speaker.actor().code())) {
            return null;
        }
        return new Arg(speaker.actor(), speaker.first(), speaker.last(), false);
    }

    /**
     * Whether an outlet only passes on what another speaker said: "Kim said the South had sent leaflets, KCNA
     * reported": the clause the outlet reports is itself an attribution with a subject of its own, which is quoted.
     */
    private boolean passesOn(List<Arg> speakers, int clause) {
        return speakers.stream().allMatch(a -> a.actor().code().equals("MED") || media(a.actor().code()))
                && s.token(clause).isVerb() && SPEECH.contains(Syntax.lower(s.token(clause)))
                && Syntax.hasChild(s, clause, "nsubj") && !negated(clause);
    }

    /** Whether a code is of the media: an outlet's staff speak with its voice, not as a party quoted. */
    private static boolean media(String code) {
        return code.length() >= 6 && code.substring(3).contains("MED");
    }

    /**
     * The person a transcript label names: a person the dictionaries know under the label in this sentence, else
     * the last party named before by a longer name that holds the label's last word ("Foreign ministry spokesperson
     * Mao Ning" for "MAO NING:" or "MAO:"); null otherwise.
     */
    private Arg labelSpeaker(String label, int lineStart) {
        for (Mention m : ctx.mentions) {
            if (m.isActor() && m.person() && !media(m.code()) && s.token(m.first()).begin() >= lineStart
                    && s.token(m.last()).end() <= lineStart + label.length()) {
                return new Arg(new ActorRef(m.code(), m.name(), label), m.first(), m.last(), true);
            }
        }
        String[] words = label.split(" ");
        String last = words[words.length - 1];
        if (last.length() < 3) {
            // "Q:" names no one; "A:" is the person the interview is with; "WU:" may name someone
            return last.equals("A") ? introducedPerson(null, false) : last.length() < 2 ? null
                    : introducedPerson(last, true);
        }
        // the label repeats a word of a longer name given before ("Mao Ning", "spokesperson", a list of the
        // transcript's speakers); the outlet's own staff ("ANCHOR (Saydo)") are the media, not a party quoted
        Pattern word = Pattern.compile("(?iu)\\b" + Pattern.quote(last) + "\\b");
        List<ActorRef> named = ctx.discourse.named;
        for (int i = named.size() - 1; i >= 0; i--) {
            String t = named.get(i).text().strip();
            if (word.matcher(t).find() && !t.equalsIgnoreCase(label) && t.contains(" ")
                    && !media(named.get(i).code())) {
                ActorRef a = named.get(i);
                return new Arg(new ActorRef(a.code(), a.name(), label), 0, 0, true);
            }
        }
        return introducedPerson(last, true);
    }

    /** Whether a noun phrase names an office: its head or a modifier is a title or an official's noun. */
    private static boolean titled(ParsedSentence p, int head) {
        List<Integer> np = new ArrayList<>(List.of(head));
        for (var d : p.children(head)) {
            if (NAME_LINKS.contains(d.relation()) || d.relation().equals("amod")) {
                np.add(d.dependent());
            }
        }
        for (int i : np) {
            String w = Syntax.lower(p.token(i));
            if (TITLES.contains(w) || MILITARY_TITLES.contains(w) || OFFICIAL_SPEAKERS.contains(w)
                    || MILITARY_SPEAKERS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Relations that join a name to the rest of its noun phrase ("foreign minister Joseph Wu", "minister, Wu"; the
     * parser's {@code dep} from a title noun too).
     */
    private static final Set<String> NAME_LINKS = Set.of("compound", "flat", "appos");

    /**
     * A person a transcript's label names whom the report introduced by a name the dictionaries lack, with an office
     * of a party ("Taiwan's foreign minister Joseph Wu" for "WU:", "President Abdel Fattah al-Sisi" for "SISI:"):
     * the party of the noun phrase that holds the name, in the nearest sentence before the label that introduced
     * it, else (when {@code ahead}) in the first one after it (an interview's closing note); an office with no party named is of the
     * country the report is filed from (its dateline). With a null name, the person an interview's "A:" answers
     * are of: the last person introduced so before the label. The name must be written there as a name (not the
     * capitals of another label or of a list of speakers, "CORRESPONDENT (Saydo staff)"); the outlet's own staff
     * are not quoted. Null for none.
     */
    private Arg introducedPerson(String name, boolean ahead) {
        List<Integer> order = new ArrayList<>();
        for (int k = s.index() - 1; k >= 0; k--) {
            order.add(k);
        }
        for (int k = s.index() + 1; ahead && k < ctx.all.size(); k++) {
            order.add(k);
        }
        for (int k : order) {
            ParsedSentence earlier = ctx.all.get(k);
            if (name == null && LABEL.matcher(lineOf(earlier)).find()) {
                continue; // an earlier question or answer introduces no one
            }
            for (Token t : earlier.tokens()) {
                String w = t.word();
                if (!t.isProperNoun() || w.equals(w.toUpperCase(java.util.Locale.ROOT))
                        || name != null && !w.equalsIgnoreCase(name)
                        && !w.toLowerCase(java.util.Locale.ROOT).endsWith("-" + name.toLowerCase(java.util.Locale.ROOT))) {
                    continue;
                }
                int h = t.index();
                while (earlier.head(h) >= 0 && (NAME_LINKS.contains(earlier.relation(h))
                        || earlier.relation(h).equals("dep") && earlier.token(earlier.head(h)).isNoun())) {
                    h = earlier.head(h);
                }
                if (!titled(earlier, h)) {
                    continue; // "Islamabad, how is Pakistan describing it?": a place, not a person with an office
                }
                ActorResolver there = new ActorResolver(ctx.coder, ctx.doc, earlier,
                        ctx.coder.finder.find(earlier, EventCoder.dateOf(ctx.doc)), ctx.discourse, List.of());
                List<Arg> found = there.actorsOf(h);
                String label = name == null ? "A" : name;
                if (found.size() == 1 && !media(found.get(0).actor().code())) {
                    ActorRef a = found.get(0).actor();
                    return new Arg(new ActorRef(a.code(), a.name(), label), 0, 0, true);
                }
                if (found.isEmpty() && ctx.discourse.home != null) {
                    // "Foreign Ministry spokesperson Zhao Lijian" in a report filed from Beijing
                    return new Arg(new ActorRef(ctx.discourse.home + "GOV", ctx.discourse.home, label), 0, 0, true);
                }
            }
        }
        return null;
    }

    /** The text of the line a sentence starts on. */
    private String lineOf(ParsedSentence p) {
        String text = ctx.doc.text();
        int start = p.begin() == 0 ? 0 : text.lastIndexOf('\n', Math.max(0, p.begin() - 1)) + 1;
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    /**
     * The comma that sets off an attribution after what it reports ("..., the military said", "..., said the
     * military"): the token before the verb's subject, or before the verb when the subject follows it; -1 for none.
     */
    private int attributionComma(int v) {
        List<Integer> subjects = s.children(v, "nsubj");
        if (subjects.size() != 1) {
            return -1;
        }
        int first = Math.min(v, Syntax.subtree(s, subjects.get(0)).get(0));
        return first > 1 && s.token(first - 1).pos().equals(",") ? first - 1 : -1;
    }

    /**
     * The head of the clause an attribution reports when the clause comes first: the verb's clausal dependent
     * before the comma (the parser hangs it as {@code advcl}, {@code dep}, {@code parataxis}), or, when the
     * parser made the verb hang on the clause ("..., the regional governor said" as {@code ccomp} of "died"), the
     * highest clause with a subject above it before the comma. A dependent with a subordinator ("If war broke out, he said, ...") reports nothing. -1 for
     * none.
     */
    private int reportedBefore(int v, int comma) {
        if (s.head(v) >= 0) {
            // the highest clause above the verb before the comma ("SEOUL, June 3 (Saydo wire) - North Korea fired
            // ..., the military said": the parser's root is the dateline's city, the clause below it is reported)
            int found = -1;
            for (int up = s.head(v); up >= 0; up = s.head(up)) {
                if (up < comma && hasSubject(up)) {
                    found = up;
                }
            }
            return found;
        }
        for (var d : s.children(v)) {
            int c = d.dependent();
            String rel = d.relation();
            if (c < comma && (rel.equals("dep") || rel.equals("parataxis") || Syntax.is(rel, "csubj")
                    || rel.equals("advcl") && !Syntax.hasChild(s, c, "mark"))
                    && (s.token(c).isVerb() || Syntax.hasChild(s, c, "cop")) && hasSubject(c)) {
                return c;
            }
        }
        return -1;
    }

    /**
     * Whether a clause has a subject of its own: what an attribution reports is a finite clause ("..., the
     * governor said"), not a participle setting the scene ("Speaking by video ..., Zelensky said") nor a label.
     */
    private boolean hasSubject(int c) {
        for (var d : s.children(c)) {
            if (Syntax.is(d.relation(), "nsubj") || Syntax.is(d.relation(), "csubj") || d.relation().equals("expl")) {
                return true;
            }
        }
        return false;
    }

    /** Words that make a speech verb say nothing: "has not said", "cannot confirm", "never said". */
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");

    /** Whether the speech verb is negated: "Kyiv has not said whether ...", "Israel has not confirmed that ...". */
    private boolean negated(int v) {
        for (var d : s.children(v)) {
            if ((d.relation().equals("advmod") || d.relation().equals("neg") || Syntax.is(d.relation(), "aux"))
                    && NEGATIONS.contains(Syntax.lower(s.token(d.dependent())))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a reported clause is an open question ("said whether it would ..."): no claim is quoted. */
    private boolean question(int c) {
        for (var d : s.children(c)) {
            if (d.relation().equals("mark") && Set.of("whether", "if").contains(Syntax.lower(s.token(d.dependent())))) {
                return true;
            }
        }
        return false;
    }

    /** Speech verbs whose addressee may stand between them and what they report ("told reporters the ..."). */
    private static final Set<String> ADDRESSED = WordLists.words("speech-addressed");
    /** Parts of speech a reported clause without "that" can start with: its subject's first word. */
    private static final Set<String> CLAUSE_STARTS = Set.of("DT", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "JJ",
            "CD", "EX", "VBG");
    /** Subordinators: a finite verb after one belongs to a clause inside the object ("denied launching anything
     * after the ceasefire began"), not to a reported clause. */
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "when", "while", "because", "since",
            "if", "unless", "until", "although", "though", "as", "once");
    /** Speech verbs that report a clause (words.txt {@code clause-speech}). */
    private static final Set<String> CLAUSE_SPEECH = WordLists.words("clause-speech");
    /** Finite verb forms: a reported clause has one. */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

    /**
     * An attribution that ends its sentence when the parser lost what it reports ("..., killing several people,
     * local officials said", "..., near Zaporizhzhia, the regional governor said" with the governor read as an
     * apposition): the words before the comma that sets the attribution off are the reported clause, when they
     * hold a finite verb. The speaker is the verb's subject or, when the parser gave it none, the noun phrase
     * between the comma and the verb. False when the sentence has no such shape.
     */
    private boolean surfaceQuote(int v, int comma) {
        int n = s.tokens().size();
        if (n - v > ATTRIBUTION_TAIL) {
            return false;
        }
        for (int i = v + 1; i < n; i++) {
            Token t = s.token(i);
            if (!t.pos().equals(".") && (t.isVerb() || t.pos().equals(":") || !Syntax.subtree(s, v).contains(i))) {
                return false; // the attribution does not end the sentence
            }
        }
        int subject = -1;
        if (comma < 0) {
            for (int i = v - 1; i > 0 && v - i <= 8; i--) {
                String pos = s.token(i).pos();
                if (pos.equals(",")) {
                    comma = i;
                    break;
                }
                if (!(pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("POS")
                        || pos.equals("PRP$") || pos.equals("CD") || pos.equals("HYPH") || pos.equals("IN"))) {
                    return false;
                }
            }
            if (comma < 0 || comma + 1 >= v) {
                return false;
            }
            for (int i = comma + 1; i < v; i++) {
                int h = s.head(i);
                if (h <= comma || h >= v) {
                    subject = i; // the noun phrase's head: the one word whose head is outside it
                }
            }
        }
        List<Arg> speakers = subject >= 0 ? speakersOfNoun(subject) : speakersOf(v);
        List<Integer> clause = new ArrayList<>();
        for (int i = 0; i < comma; i++) {
            if (newlineBefore(i)) {
                clause.clear(); // the reported words start on the attribution's line
            }
            clause.add(i);
        }
        dropLabel(clause);
        if (speakers.isEmpty() || clause.stream().noneMatch(i -> FINITE.contains(s.token(i).pos()) || pastActive(i))) {
            return false;
        }
        emit(speakers, v, clause);
        return true;
    }

    /**
     * How many tokens an attribution that ends its sentence may take from its verb on: "..., the military said in a
     * text message to reporters."
     */
    private static final int ATTRIBUTION_TAIL = 9;

    /**
     * Whether a past participle is a finite past verb the tagger misread: it has a subject of its own and no
     * auxiliary ("The strike targeted the group's headquarters, the military said", tagged as a participle when the
     * attribution follows).
     */
    private boolean pastActive(int i) {
        return s.token(i).pos().equals("VBN") && s.children(i).stream().anyMatch(d -> d.relation().equals("nsubj"))
                && !Syntax.hasChild(s, i, "aux");
    }

    /**
     * A speech verb followed by what it reports when the parser did not make it the verb's complement: "said that
     * plunging millions into darkness was a crime", "told reporters the destruction was deliberate sabotage":
     * from after the verb (its addressee, "that", and phrases of time or manner skipped) to the sentence's end or
     * to a verb coordinated with it ("... and warned that ..."). Only a clause with a finite verb of its own
     * before any comma or relative word; nothing for an object ("announced what he called ...", "denied the
     * claim").
     */
    private void surfaceQuote(int v) {
        String lemma = Syntax.lower(s.token(v));
        if (!CLAUSE_SPEECH.contains(lemma) && !ADDRESSED.contains(lemma)) {
            return; // "called the images a provocation", "urged Kyiv to ...": no reported clause
        }
        List<Arg> speakers = speakersOf(v);
        if (speakers.isEmpty()) {
            return;
        }
        int n = s.tokens().size();
        boolean addressed = ADDRESSED.contains(Syntax.lower(s.token(v)));
        int i = v + 1;
        boolean that = false;
        boolean skipped = true;
        while (skipped && i < n) {
            skipped = false;
            if (Syntax.lower(s.token(i)).equals("that")) {
                that = true;
                i++;
                break;
            }
            for (var d : s.children(v)) {
                int c = d.dependent();
                String rel = d.relation();
                List<Integer> sub = Syntax.subtree(s, c);
                if (sub.get(0) == i && (Syntax.is(rel, "obl") || rel.equals("advmod") || rel.equals("iobj")
                        || addressed && rel.equals("obj") && s.token(c).pos().startsWith("NN") && laterObject(v, c))) {
                    i = sub.get(sub.size() - 1) + 1;
                    skipped = true;
                    break;
                }
            }
        }
        if (i >= n || !that && !CLAUSE_STARTS.contains(s.token(i).pos())) {
            return;
        }
        int end = n;
        for (int k : s.children(v, "conj")) {
            if (k > i && k < end) {
                end = k;
            }
        }
        List<Integer> clause = new ArrayList<>();
        boolean finite = false;
        for (int k = i; k < end; k++) {
            Token t = s.token(k);
            if (t.pos().equals(":") || newlineBefore(k)) {
                break; // a headline's second half, a standfirst
            }
            if (!finite && (t.pos().equals(",") || t.pos().equals("WDT") || t.pos().equals("WP")
                    || t.pos().equals("TO") || SUBORDINATORS.contains(Syntax.lower(t)))) {
                return; // "denied the claim, which ...", "told residents to take cover": no reported clause
            }
            if (k > i && t.isVerb() && SPEECH.contains(Syntax.lower(t)) && attributionStarts(k)) {
                // "... and warned that ...", "..., the South's military said": another report begins
                while (!clause.isEmpty() && !s.token(clause.get(clause.size() - 1)).pos().equals(",")
                        && !s.token(clause.get(clause.size() - 1)).pos().equals("CC")) {
                    clause.remove(clause.size() - 1);
                }
                break;
            }
            finite |= FINITE.contains(t.pos()) || misreadPast(k, v);
            clause.add(k);
        }
        if (finite) {
            emit(speakers, v, clause);
        }
    }

    /**
     * Whether a past participle the parser hung on the speech verb's object is the reported clause's own past verb:
     * "said the incursion aimed to create a buffer zone" (read as "the incursion [that was] aimed"). It is when it
     * takes an object or an open complement of its own and has no auxiliary; "said the man wounded in the strike
     * was a commander" keeps its participle.
     */
    private boolean misreadPast(int k, int v) {
        int noun = s.head(k);
        return s.token(k).pos().equals("VBN") && s.relation(k).equals("acl") && noun >= 0 && s.head(noun) == v
                && s.relation(noun).equals("obj") && !Syntax.hasChild(s, k, "aux")
                && (Syntax.hasChild(s, k, "xcomp") || Syntax.hasChild(s, k, "obj") || Syntax.hasChild(s, k, "ccomp"));
    }

    /** Speech verbs that ask an addressee for an act (words.txt {@code appeal-speech}). */
    private static final Set<String> APPEAL_SPEECH = WordLists.words("appeal-speech");
    /** The prepositions of an appeal's addressee: "called on Kyiv", "called for Israel to halt" (words.txt). */
    private static final Set<String> APPEAL_PREPOSITIONS = WordLists.words("appeal-on-prepositions");
    /** Speech verbs that commit their speaker to an act (words.txt {@code appeal-speech-own}). */
    private static final Set<String> OWN_ACT_SPEECH = WordLists.words("appeal-speech-own");

    /**
     * An appeal, demand or warning to an addressee to act ("urged the parties to return to talks", "called on Kyiv
     * to withdraw", as AppealReparse leaves it; "warned Hanoi not to send ships"): the addressee and the act asked
     * for, from the first word of the addressee to the last of the infinitive, are the verb's subject's words; a
     * promise or threat of the speaker's own act ("vowed to retaliate") gives the act. False when the verb has no
     * such addressee and infinitive ("called for restraint").
     */
    private boolean appealQuote(int v) {
        boolean own = OWN_ACT_SPEECH.contains(Syntax.lower(s.token(v)));
        if (!APPEAL_SPEECH.contains(Syntax.lower(s.token(v))) && !own) {
            return false;
        }
        int act = -1;
        for (int c : s.children(v, "xcomp")) {
            if (c > v && Syntax.hasChildWord(s, c, "mark", "to")) {
                act = c;
                break;
            }
        }
        if (act < 0) {
            return false;
        }
        int from = -1;
        for (var d : s.children(v)) {
            int c = d.dependent();
            String rel = d.relation();
            boolean time = s.times().stream().anyMatch(te -> te.firstToken() <= c && c <= te.lastToken());
            if (c > v && c < act && !time && (rel.equals("obj") || rel.equals("iobj") || Syntax.is(rel, "obl")
                    && APPEAL_PREPOSITIONS.contains(Syntax.preposition(s, c)))) {
                List<Integer> np = Syntax.subtree(s, c);
                int first = np.get(0);
                while (first < c && s.relation(first).equals("case")) {
                    first++; // "on Kyiv": the addressee, not its preposition
                }
                from = from < 0 ? first : Math.min(from, first);
            }
        }
        if (own && from < 0) {
            from = act; // "vowed to retaliate": the act alone ("to" is dropped with the clause's mark)
            for (int i : Syntax.subtree(s, act)) {
                from = Math.min(from, i);
            }
        }
        List<Arg> speakers = from < 0 ? List.of() : speakersOf(v);
        if (speakers.isEmpty()) {
            return false;
        }
        List<Integer> sub = Syntax.subtree(s, act);
        List<Integer> clause = new ArrayList<>();
        for (int i = from; i <= sub.get(sub.size() - 1); i++) {
            clause.add(i);
        }
        emit(speakers, v, clause);
        return true;
    }

    /** Whether a line break stands between this token and the one before it. */
    private boolean newlineBefore(int i) {
        return i > 0 && ctx.doc.text().substring(s.token(i - 1).end(), s.token(i).begin()).indexOf('\n') >= 0;
    }

    /** Whether the verb has another object after this one: "told reporters the army ..." read as two objects. */
    private boolean laterObject(int v, int object) {
        for (var d : s.children(v)) {
            if ((d.relation().equals("obj") || d.relation().equals("iobj")) && d.dependent() > object) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a speech verb inside a span starts another report: set off by a comma or a conjunction before it or
     * before its subject ("... and warned that", "..., the South's military said"), not a verb of the reported
     * clause itself ("Russia would respond").
     */
    private boolean attributionStarts(int k) {
        int j = k - 1;
        while (j > 0 && (s.token(j).pos().startsWith("NN") || s.token(j).pos().startsWith("JJ")
                || s.token(j).pos().equals("DT") || s.token(j).pos().equals("POS") || s.token(j).pos().equals("PRP"))) {
            j--;
        }
        return j >= 0 && (s.token(j).pos().equals(",") || s.token(j).pos().equals("CC"));
    }

    /** Quotes the clause's words, trimmed of a leading mark or conjunction and of trailing punctuation. */
    private void emit(List<Arg> speakers, int v, List<Integer> clause) {
        clause = new ArrayList<>(clause);
        dropLabel(clause);
        while (!clause.isEmpty() && (s.relation(clause.get(0)).equals("mark") || s.relation(clause.get(0)).equals("cc")
                || s.token(clause.get(0)).pos().equals(","))) {
            clause.remove(0);
        }
        while (!clause.isEmpty() && (s.token(clause.get(clause.size() - 1)).pos().equals(".")
                || s.token(clause.get(clause.size() - 1)).pos().equals(",")
                || s.token(clause.get(clause.size() - 1)).pos().equals("CC"))) {
            clause.remove(clause.size() - 1);
        }
        if (clause.isEmpty()) {
            return;
        }
        int b = s.token(clause.get(0)).begin();
        int e = s.token(clause.get(clause.size() - 1)).end();
        for (Arg speaker : distinct(speakers)) {
            addQuote(speaker, v, ctx.doc.text().substring(b, e), false, b, e);
        }
    }

    /** A live blog's time stamp: "09:30", "10.42". */
    private static final Pattern TIME_STAMP = Pattern.compile("\\d{1,2}[:.]\\d{2}");

    /**
     * An attribution by several parties at the end of a sentence whose names the parser joined to a phrase of the
     * clause they report, leaving the verb of speech with no subject ("North Korea fired a missile on Friday, Japan
     * and South Korea said": "Japan" and "South Korea" conjuncts of "Friday"): the words before the comma are each
     * named party's quote. False, quoting nothing, for any other shape.
     */
    private boolean conjoinedAttribution(int v) {
        if (!s.children(v, "nsubj").isEmpty() || v < 4 || !s.token(v - 1).isProperNoun()
                || v + 1 < s.tokens().size() && !s.token(v + 1).pos().equals(".")) {
            return false;
        }
        int last = v - 1;
        while (s.relation(last).equals("compound") && s.head(last) > last && s.head(last) < v) {
            last = s.head(last);
        }
        if (!s.relation(last).equals("conj") || s.head(last) >= v) {
            return false;
        }
        int joined = s.head(last);
        List<Integer> names = new ArrayList<>();
        for (int k : s.children(joined, "conj")) {
            if (k > joined) {
                names.add(k);
            }
        }
        int first = names.get(0);
        List<Integer> np = Syntax.subtree(s, first);
        int comma = np.get(0) - 1;
        if (comma <= joined || !s.token(comma).pos().equals(",") || !Syntax.hasChild(s, last, "cc")
                && !Syntax.hasChild(s, s.head(last), "cc")) {
            return false;
        }
        List<Arg> speakers = new ArrayList<>();
        for (int k : names) {
            List<Arg> found = actors.actorsOf(k);
            if (found.size() != 1) {
                return false;
            }
            speakers.add(found.get(0));
        }
        if (speakers.size() < 2) {
            return false;
        }
        List<Integer> clause = new ArrayList<>();
        for (int i = 0; i < comma; i++) {
            clause.add(i);
        }
        emit(speakers, v, clause);
        return true;
    }

    /**
     * The index of the dash that ends a dateline the sentence opens with ("SEOUL, Dec 27 (Saydo wire) -"), whose
     * city the parser may take for a second subject of the attribution at the sentence's end; -1 for none.
     */
    private int datelineEnd() {
        for (int k = 1; k < Math.min(s.tokens().size(), 12); k++) {
            String w = s.token(k).word();
            if (w.equals("-") || w.equals("--") || w.equals("\u2013") || w.equals("\u2014")) {
                return s.token(k - 1).word().equals(")") ? k : -1;
            }
        }
        return -1;
    }

    /**
     * Drops what stands before the reported words in a transcript or a live blog: a speaker label
     * ("CORRESPONDENT:"), a dateline ("SEOUL, May 29 (Saydo wire) -") or a time stamp ("09:30 -", "10:42 GMT -").
     */
    private void dropLabel(List<Integer> clause) {
        for (int k = 0; k < Math.min(clause.size() - 1, 10); k++) {
            String w = s.token(clause.get(k)).word();
            boolean label = w.equals(":") && k <= 3;
            boolean dash = w.equals("-") || w.equals("--") || w.equals("\u2013") || w.equals("\u2014");
            boolean dateline = dash && k > 0 && (s.token(clause.get(k - 1)).word().equals(")")
                    || k <= 2 && TIME_STAMP.matcher(s.token(clause.get(0)).word()).matches());
            if (label || dateline) {
                clause.subList(0, k + 1).clear();
                return;
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
            int quoting = quotingVerb(v);
            if (attached(inside, v) || quoting >= 0 && attached(inside, quoting)) {
                speechVerb = v; // "..., KCNA quoted General Kim as saying": the quoted words hang on "quoted"
                break;
            }
        }
        Arg speaker = null;
        boolean attachedVerb = speechVerb >= 0;
        if (speechVerb >= 0) {
            List<Arg> subjects = speakersOf(speechVerb);
            speaker = subjects.isEmpty() ? null : subjects.get(0);
        } else {
            boolean wholeSentence = inside.size() + 2 >= s.tokens().size() || q.end() > s.end();
            if (wholeSentence && inside.get(0) == 2) {
                speaker = colonSpeaker(inside); // "Kremlin: "The provocation will receive a response""
            } else if (!wholeSentence) {
                int governing = governingSpeech(inside);
                List<Arg> subjects = governing < 0 ? List.of() : speakersOf(governing);
                if (subjects.isEmpty()) {
                    speaker = colonSpeaker(inside);
                    if (speaker == null) {
                        return;
                    }
                } else {
                    speechVerb = governing;
                    speaker = subjects.get(0);
                }
            }
        }
        char closing = ctx.doc.text().charAt(q.end() - 1);
        boolean runsOn = closing != '"' && closing != '\u201d' && closing != '\u00bb' && q.end() < ctx.doc.text().length()
                && s.index() + 1 < ctx.all.size();
        if (speaker == null && speechVerb < 0 && runsOn) {
            // a quote that runs on into the next paragraph ("...ours.\n\n"We have patrolled them ...," Huerta
            // said) is the words of whoever the paragraphs it runs on into name as its speaker
            speaker = speakerAhead();
        }
        if (speaker == null && speechVerb < 0) {
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
        if (attachedVerb) {
            ctx.quotedSpeechVerbs.add(speechVerb);
        }
        addQuote(speaker, speechVerb, ctx.doc.text().substring(b, e).strip(), true, b, e);
    }

    /**
     * The speaker of a quotation that a colon introduces after a clause with no verb of speech ("Speaking in
     * Donetsk, he was blunt: "..."", "The minister had a message for Moscow: "...""): the subject of the clause
     * the colon ends, when it names a party or continues a speaker; null otherwise ("The sign read: "..."").
     */
    private Arg colonSpeaker(List<Integer> inside) {
        int colon = inside.get(0) - 1;
        if (colon < 1 || !s.token(colon).word().equals(":")) {
            return null;
        }
        int clause = s.head(colon);
        if (clause < 0 || clause >= colon) {
            return headlineSpeaker(colon);
        }
        List<Integer> subjects = s.children(clause, "nsubj");
        if (subjects.size() != 1 || subjects.get(0) >= colon) {
            return subjects.isEmpty() ? headlineSpeaker(colon) : null;
        }
        List<Arg> speakers = speakersOfNoun(subjects.get(0));
        return speakers.isEmpty() ? null : speakers.get(0);
    }

    /**
     * The speaker a headline names before a colon and a quotation ("Iran's UN mission: "The matter can be deemed
     * concluded""): the words from the sentence's start to the colon are one noun phrase with no verb, whose head
     * names a party; null otherwise ("Photo: ...", "Q: ...").
     */
    private Arg headlineSpeaker(int colon) {
        int head = -1;
        for (int i = 0; i < colon; i++) {
            if (s.token(i).isVerb()) {
                return null;
            }
            int h = s.head(i);
            if (h < 0 || h >= colon) {
                if (head >= 0) {
                    return null;
                }
                head = i;
            }
        }
        if (head < 0 || !s.token(head).isNoun()) {
            return null;
        }
        List<Arg> speakers = speakersOfNoun(head);
        return speakers.size() == 1 ? speakers.get(0) : null;
    }

    /**
     * The verb "quote" of a "saying" that tells whose words a report passes on: "KCNA quoted General Kim as saying
     * ...", "Lavrov was quoted by RIA as saying ..."; -1 for any other verb. Only a noun phrase (and the agent of a
     * passive) may stand between "quoted" and "as saying".
     */
    private int quotingVerb(int v) {
        if (v < 2 || !Syntax.lower(s.token(v)).equals("say") || !s.token(v).pos().equals("VBG")
                || !s.token(v - 1).word().equalsIgnoreCase("as")) {
            return -1;
        }
        for (int q = v - 2; q >= 0 && v - q <= 12; q--) {
            Token t = s.token(q);
            if (t.isVerb() && Syntax.lower(t).equals("quote")) {
                return q;
            }
            if (t.isVerb() || t.pos().equals(":") || t.pos().equals(".")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whose words "quoted ... as saying" passes on: the subject of the passive ("Lavrov was quoted as saying"), else
     * the verb's object ("quoted General Kim as saying"), else the head of the noun phrase between "quoted" and
     * "as" when the parser hung it elsewhere; not the outlet that quotes. Empty when none names a speaker.
     */
    private List<Arg> quotedSpeakers(int q, int v) {
        List<Integer> subjects = s.children(q, "nsubj:pass");
        if (subjects.size() == 1) {
            return speakersOfNoun(subjects.get(0));
        }
        for (int o : s.children(q, "obj")) {
            if (o > q && o < v) {
                return speakersOfNoun(o);
            }
        }
        for (int i = q + 1; i < v - 1; i++) {
            int h = s.head(i);
            if (s.token(i).isNoun() && (h <= q || h >= v - 1) && !Syntax.hasChild(s, i, "case")) {
                return speakersOfNoun(i);
            }
        }
        return List.of();
    }

    /** Verbs whose subject's words a short quotation inside their clause gives: speech, blame, naming. */
    private static final Set<String> QUOTING = WordLists.words("quoting");

    /**
     * The verb of speech (or of blaming, naming: words.txt {@code quoting}) whose clause holds a quotation of a
     * few words, with a subject of its own: "Putin said the operation aimed to "demilitarise" Ukraine", "He urged
     * the council to condemn "energy terror"" (the council does not speak: "urged" does), "Hamas blamed "technical
     * reasons"". Looks up to five heads up from the quoted words; -1 for none.
     */
    private int governingSpeech(List<Integer> inside) {
        if (inside.isEmpty()) {
            return -1;
        }
        int top = inside.get(0);
        while (s.head(top) >= 0 && inside.contains(s.head(top))) {
            top = s.head(top);
        }
        int up = s.head(top);
        for (int step = 0; step < 5 && up >= 0; step++, up = s.head(up)) {
            Token t = s.token(up);
            if (t.isVerb() && (SPEECH.contains(Syntax.lower(t)) || QUOTING.contains(Syntax.lower(t)))
                    && Syntax.hasChild(s, up, "nsubj")) {
                return up;
            }
        }
        return -1;
    }

    /** True when the quoted words are a dependent of the speech verb or govern it ("..., he said"). */
    private boolean attached(List<Integer> inside, int v) {
        if (s.head(v) >= 0 && inside.contains(s.head(v))) {
            return true; // "..., to answer," Lavrov said": the parser hung the attribution on a quoted word
        }
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
        int quoting = quotingVerb(v);
        List<Arg> quoted = quoting >= 0 ? quotedSpeakers(quoting, v) : List.of();
        if (!quoted.isEmpty()) {
            return quoted; // "KCNA quoted General Kim as saying": the general speaks, the agency passes it on
        }
        List<Integer> subjects = new ArrayList<>(s.children(v, "nsubj"));
        int dateline = datelineEnd();
        if (subjects.size() > 1) {
            subjects.removeIf(i -> i < dateline); // "SEOUL, Dec 27 (Saydo wire) - ..., the military said"
        }
        int subject = subjects.size() == 1 ? subjects.get(0) : subjects.isEmpty() ? inheritedSubject(v, 0) : -1;
        if (subject < 0 && subjects.isEmpty()) {
            subject = participleSubject(v);
        }
        if (subject < 0 && subjects.isEmpty()) {
            subject = timedSubject(v);
        }
        Arg continued = subject >= 0 ? continuedSpeaker(subject) : null;
        if (continued != null) {
            return List.of(continued);
        }
        int titled = subject >= 0 ? nameInOffice(subject) : -1;
        if (titled >= 0) {
            // "Chief of the General Staff Valery Gerasimov said": the person the name is, not a body of the phrase
            // ("the Security Council" in "Secretary of the Security Council Armen Grigoryan")
            String surname = Syntax.upper(s.token(titled));
            List<Arg> named = actors.actorsOf(titled).stream()
                    .filter(a -> a.actor().name() != null && a.actor().name().contains(surname)).toList();
            if (named.size() == 1) {
                return named;
            }
        }
        List<Arg> speakers = actors.subjectsOf(v, 0);
        if (speakers.isEmpty() && subject >= 0 && subjects.isEmpty()) {
            speakers = actors.actorsOf(subject); // a subject shared with another verb
        }
        if (speakers.size() == 1 && subject >= 0) {
            return List.of(fronted(speakers.get(0), subject));
        }
        if (!speakers.isEmpty()) {
            return speakers;
        }
        Arg unnamed = subject >= 0 ? unnamedSpeaker(subject) : null;
        if (unnamed != null) {
            unnamed = fronted(unnamed, subject);
        }
        if (unnamed == null && subject >= 0) {
            unnamed = shortName(subject);
        }
        if (unnamed == null && subject >= 0) {
            unnamed = introducedName(subject);
        }
        if (unnamed == null && subject >= 0) {
            unnamed = appositiveSpeaker(subject);
        }
        if (unnamed != null) {
            return List.of(unnamed);
        }
        if (subjects.isEmpty() && (Syntax.is(s.relation(v), "advcl") || s.relation(v).equals("dep"))
                && s.token(v).pos().equals("VBG") && s.head(v) >= 0 && s.token(s.head(v)).isVerb()) {
            return actors.subjectsOf(s.head(v), 0);
        }
        int issued = subjects.isEmpty() ? issuerOf(v) : -1;
        if (issued >= 0) {
            return actors.subjectsOf(issued, 0); // "the ministry put out a statement saying ..."
        }
        if (subject >= 0 && s.token(subject).pos().equals("PRP")
                && ctx.discourse.lastSpeaker != null && ctx.discourse.lastSpeakerSentence >= s.index() - 1) {
            return List.of(ctx.discourse.lastSpeaker);
        }
        Arg office = ctx.discourse.lastOffice;
        if (subject >= 0 && Set.of("he", "she").contains(Syntax.lower(s.token(subject))) && office != null
                && ctx.discourse.lastOfficeSentence >= s.index() - SPEAKER_REACH) {
            // "Army spokesman Nabil Abdallah blamed the RSF. "...," he said": the person the report named by office
            return List.of(new Arg(new ActorRef(office.actor().code(), office.actor().name(), s.token(subject).word()),
                    subject, subject, true));
        }
        if (subject >= 0 && actors.namesSides(subject)) {
            // "Ethiopia and Eritrea held talks ... The two sides said ...": a report of talks or a deal has no
            // conflict's sides; the two sides are the parties its acts involve, whatever their kind
            List<Arg> sides = new ArrayList<>();
            for (ActorRef a : ctx.discourse.sides(ctx.events.values(), 1)) {
                sides.add(new Arg(new ActorRef(a.code(), a.name(), s.token(subject).word()), subject, subject, false));
            }
            // each side's words in the order the report first named the sides ("The US side was led by Witkoff and
            // the Iranian side by Araghchi ... both sides say"), as mutual acts are told from the first-named party
            sides.sort(java.util.Comparator.comparingInt(a -> firstNamed(a.actor().code())));
            return sides;
        }
        return List.of();
    }


    /**
     * speaker33: "In Islamabad, the military said ...", "In Seoul, the Joint Chiefs of Staff said ...": a sentence that
     * opens on a country or its capital alone ("In X,") sets where its unowned state office speaks from. A speaker
     * read as a state's body whose own words name no country (no name but a generic body's, no possessor) is that
     * country's body, with its role, whatever country the report named last. A town or a region ("In Kharkiv", "In
     * southern Lebanon") tells where an act was, not who speaks, and leaves the speaker alone.
     */
    private Arg fronted(Arg speaker, int subject) {
        String country = frontedCountry(subject);
        String code = speaker.actor().code();
        if (country == null || !ActorResolver.stateBody(code) || code.length() < 6 || code.startsWith(country)
                || speaker.person() || !s.children(subject, "nmod:poss").isEmpty()) {
            return speaker;
        }
        List<Integer> np = Syntax.subtree(s, subject, Set.of("compound", "amod", "det", "nmod:poss", "flat"));
        for (Mention m : ctx.mentions) {
            if (m.isActor() && !m.generic() && m.first() >= np.get(0) && m.last() <= np.get(np.size() - 1)) {
                return speaker; // "In Kyiv, Russia's ambassador said": the words name the speaker's country
            }
        }
        return new Arg(new ActorRef(country + code.substring(3), country, speaker.actor().text()), speaker.first(),
                speaker.last(), speaker.person());
    }

    /**
     * The country of a country's or capital's name that alone fills a sentence's opening "In X," before the token
     * {@code before}; null for none, for a town or region (a place entry) and for a name with other words.
     */
    private String frontedCountry(int before) {
        if (s.tokens().isEmpty() || !Syntax.lower(s.token(0)).equals("in")) {
            return null;
        }
        int comma = -1;
        for (int i = 1; i < Math.min(before, 6); i++) {
            if (s.token(i).pos().equals(",")) {
                comma = i;
                break;
            }
        }
        if (comma < 2) {
            return null;
        }
        for (Mention m : ctx.mentions) {
            if (m.isActor() && m.first() == 1 && m.last() == comma - 1 && !m.place() && !m.person()
                    && m.code().length() == 3 && ActorResolver.isCountry(m.code())) {
                return m.code();
            }
        }
        return null;
    }

    /** Where the report first named an actor of this code's country or organisation; MAX_VALUE when it did not. */
    private int firstNamed(String code) {
        String key = Discourse.primary(code);
        List<ActorRef> named = ctx.discourse.named;
        for (int i = 0; i < named.size(); i++) {
            if (Discourse.primary(named.get(i).code()).equals(key)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * The person's name the parser took into an office's "of" phrase: in "Chief of the General Staff Valery Gerasimov
     * said" or "Secretary of the Security Council Armen Grigoryan said" the subject is the title, and the name,
     * given first name and surname, is the head of its "of" phrase ("the General Staff Valery Gerasimov"). The name
     * must close the phrase, right after a capitalised given name; -1 for none.
     */
    private int nameInOffice(int subject) {
        if (!s.token(subject).isProperNoun()) {
            return -1;
        }
        for (var d : s.children(subject)) {
            int n = d.dependent();
            if (n > subject + 2 && d.relation().startsWith("nmod") && s.token(n).isProperNoun()
                    && Syntax.hasChildWord(s, n, "case", "of") && s.token(n - 1).isProperNoun()
                    && s.relation(n - 1).equals("compound") && s.head(n - 1) == n
                    && Syntax.subtree(s, n).get(Syntax.subtree(s, n).size() - 1) == n) {
                return n;
            }
        }
        return -1;
    }

    /**
     * The subject of an inverted attribution that the parser gave to a participle after it: in ""...," said Colonel
     * Amadou Abdramane, a spokesman for the junta, reading a statement" the name is the participle's subject and
     * "said" has none. The participle must hang on the speech verb as an adverbial after a comma, with no auxiliary
     * (not a reported clause: "claiming that Ukraine was planning"), and its subject stand between them; -1 for none.
     */
    private int participleSubject(int v) {
        for (var d : s.children(v)) {
            int p = d.dependent();
            if (p > v && s.token(p).pos().equals("VBG") && (d.relation().equals("dep") || Syntax.is(d.relation(), "advcl"))
                    && s.token(p - 1).pos().equals(",") && !Syntax.hasChild(s, p, "aux")) {
                List<Integer> subjects = s.children(p, "nsubj");
                if (subjects.size() == 1 && subjects.get(0) > v && subjects.get(0) < p
                        && s.token(subjects.get(0)).isNoun()) {
                    return subjects.get(0);
                }
            }
        }
        return -1;
    }

    /**
     * "By Monday President Zelensky said ...", "In February Khamenei said ...": the parser reads the time word and the
     * name after it as one noun phrase of the preposition and hangs it on the speech verb as an oblique, leaving the
     * verb without a subject. A proper name right before such a verb, in an oblique phrase that opens with a
     * preposition and a time expression, is who speaks; -1 otherwise. The parse is left as it is for events (mending
     * it there cost blind P 57.2 -> 57.1).
     */
    private int timedSubject(int v) {
        int o = v - 1;
        if (o < 2 || s.head(o) != v || !Syntax.is(s.relation(o), "obl") || !s.token(o).isProperNoun()) {
            return -1;
        }
        int first = Syntax.subtree(s, o).get(0);
        if (!s.relation(first).equals("case") || s.head(first) != o) {
            return -1;
        }
        for (TimeExpression t : s.times()) {
            if (t.firstToken() == first + 1 && t.lastToken() < o) {
                return o;
            }
        }
        return -1;
    }

    /**
     * The verb whose object a participle of speech describes: "put out a statement saying ...", "sent a letter
     * saying ...", "released a video saying ...": the words are the issuer's, the verb's subject. -1 for none.
     */
    private int issuerOf(int v) {
        int noun = s.head(v);
        if (!s.token(v).pos().equals("VBG") || !Syntax.is(s.relation(v), "acl") || noun < 0
                || !s.token(noun).isNoun() || !s.relation(noun).equals("obj")) {
            return -1;
        }
        int verb = s.head(noun);
        return verb >= 0 && s.token(verb).isVerb() && Syntax.hasChild(s, verb, "nsubj") ? verb : -1;
    }

    /**
     * The subject a speech verb without one of its own shares: the subject of the verb it is coordinated with ("The
     * committee rejected the decision and said ..."), or of the clause a participle of speech hangs on ("The army
     * closed the crossing, saying ..."); -1 for none.
     */
    private int inheritedSubject(int v, int depth) {
        int h = s.head(v);
        String rel = s.relation(v);
        if (depth > 3 || h < 0 || !s.token(h).isVerb() && !Syntax.hasChild(s, h, "cop")) {
            return -1;
        }
        if ((Syntax.is(rel, "csubj") || Syntax.is(rel, "nsubj")) && s.token(v).pos().equals("VBG") && h > v && v > 0
                && s.token(v - 1).pos().equals(",")) {
            // "urged Beijing to stop its intimidation, saying peace was the only option": the parser made the
            // participle of speech the subject of the clause it reports; it shares the subject of the clause
            // the comma sets it after
            int g = s.head(h);
            List<Integer> subjects = g >= 0 && g < v && s.token(g).isVerb() ? s.children(g, "nsubj") : List.of();
            return subjects.size() == 1 ? subjects.get(0) : -1;
        }
        boolean shares = Syntax.is(rel, "conj") && h < v || rel.equals("xcomp")
                || (Syntax.is(rel, "advcl") || rel.equals("dep")) && s.token(v).pos().equals("VBG")
                // speaker33: "The junta rejected the report, insisted that its forces had respected the law and
                // called for an inquiry": the parser hangs the second of listed predicates on the first as a bare
                // dependent after the comma; it shares the first one's subject
                || rel.equals("dep") && s.token(v).pos().equals("VBD") && h < v && s.token(v - 1).pos().equals(",")
                        && !s.children(v, "ccomp").isEmpty();
        if (!shares) {
            return -1;
        }
        int reporting = s.head(h);
        if (!Syntax.is(rel, "conj") && s.relation(h).equals("ccomp") && reporting >= 0 && reporting < h
                && SPEECH.contains(Syntax.lower(s.token(reporting))) && s.children(reporting, "nsubj").size() == 1) {
            // "Netanyahu said Israel would keep fighting, adding that ...": the parser hung the participle of speech
            // on the clause reported; it is the reporter's, not the reported clause's subject's
            return s.children(reporting, "nsubj").get(0);
        }
        if (secondReport(v)) {
            return s.children(reporting, "nsubj").get(0);
        }
        if (!Syntax.is(rel, "conj")) {
            for (int p : s.children(h, "parataxis")) {
                if (p > h && p < v && SPEECH.contains(Syntax.lower(s.token(p))) && s.children(p, "nsubj").size() == 1) {
                    // "Three drones were shot down, the air force said, adding that ...": the parser hung the
                    // participle of speech on the clause reported before the attribution; it is the attribution's
                    return s.children(p, "nsubj").get(0);
                }
            }
        }
        List<Integer> subjects = s.children(h, "nsubj");
        if (subjects.isEmpty()) {
            // "Putin said arming Ukraine would be a mistake and warned that ...": the parser made the first speech
            // verb the clausal subject of the clause it reports; the second verb shares its subject
            for (int c : s.children(h, "csubj")) {
                if (SPEECH.contains(Syntax.lower(s.token(c))) && s.children(c, "nsubj").size() == 1) {
                    return s.children(c, "nsubj").get(0);
                }
            }
        }
        return subjects.size() == 1 ? subjects.get(0) : subjects.isEmpty() ? inheritedSubject(h, depth + 1) : -1;
    }

    /**
     * Whether a speech verb is a second report of the speaker before, which the parser joined to the clause that
     * speaker reports: in "Beijing said the sale interfered in its affairs and warned that it would respond" the
     * verb "warned", with a reported clause of its own and no subject, hangs on "interfered"; it is Beijing's, and
     * what it reports is not part of the first quote.
     */
    private boolean secondReport(int v) {
        int h = s.head(v);
        if (h < 0 || h > v || !Syntax.is(s.relation(v), "conj") || !SPEECH.contains(Syntax.lower(s.token(v)))
                || !s.children(v, "nsubj").isEmpty() || !s.children(v, "nsubj:pass").isEmpty()
                || s.children(v, "ccomp").isEmpty() || !s.relation(h).equals("ccomp")) {
            return false;
        }
        int reporting = s.head(h);
        return reporting >= 0 && reporting < h && SPEECH.contains(Syntax.lower(s.token(reporting)))
                && s.children(reporting, "nsubj").size() == 1;
    }

    /** Who speaks as the given noun phrase: the actors it names, else a continued, unnamed or short-named speaker. */
    private List<Arg> speakersOfNoun(int subject) {
        Arg continued = continuedSpeaker(subject);
        if (continued != null) {
            return List.of(continued);
        }
        List<Arg> named = actors.actorsOf(subject);
        if (!named.isEmpty()) {
            return named;
        }
        Arg unnamed = unnamedSpeaker(subject);
        if (unnamed == null) {
            unnamed = shortName(subject);
        }
        if (unnamed == null) {
            unnamed = introducedName(subject);
        }
        if (unnamed == null) {
            unnamed = appositiveSpeaker(subject);
        }
        return unnamed == null ? List.of() : List.of(unnamed);
    }

    /**
     * A person the dictionaries do not know, named with an apposition that gives the office or the party they
     * speak for ("Maria Kovalenko, a spokeswoman for the Ukrainian army, said", "said Nabil Abdallah, the army's
     * spokesman", "Anna X, Ukraine's ambassador to the UN"): the apposition's party with its role, as for a speaker
     * named by office alone. The whole phrase is remembered as named, so a later "Kovalenko said" is the same
     * person's. Null for a subject that is no proper name or has no such apposition.
     */
    private Arg appositiveSpeaker(int subject) {
        if (!s.token(subject).isProperNoun()) {
            return null;
        }
        for (int a : s.children(subject, "appos")) {
            Token t = s.token(a);
            if (!t.isNoun() || t.isProperNoun()) {
                continue; // "Zelensky, Ukraine's president" is known by name; "Kyiv, Ukraine" is a place
            }
            // the office's own reading first: "a spokeswoman for the army" speaks for the military
            Arg office = unnamedSpeaker(a);
            if (office == null) {
                List<Arg> named = actors.actorsOf(a); // "a member of Hamas's political bureau"
                office = named.size() == 1 ? named.get(0) : null;
            }
            if (office == null) {
                continue;
            }
            List<Integer> np = Syntax.subtree(s, subject);
            int last = np.get(np.size() - 1);
            while (last > subject && s.token(last).pos().equals(",")) {
                last--;
            }
            String text = ctx.doc.text().substring(s.token(np.get(0)).begin(), s.token(last).end());
            ActorRef speaker = new ActorRef(office.actor().code(), office.actor().name(), text);
            ctx.discourse.named.add(speaker);
            return new Arg(speaker, np.get(0), last, true);
        }
        return null;
    }

    /**
     * The person a proper name the dictionaries lack stands for when the report gives the office with it, as a
     * title ("Army spokesman Nabil Abdallah blamed the RSF") or an apposition ("Anna X, a spokeswoman for the
     * army"): the party of that office, as a speaker so named would be, marked a person so that a later "he said"
     * continues it (Sentence.remember, Discourse.lastOffice). Null for a subject that is no proper name or names no
     * office.
     */
    Arg titledPerson(int subject) {
        if (!s.token(subject).isProperNoun()) {
            return null;
        }
        int known = ctx.discourse.named.size();
        Arg office = titleOf(subject) != null ? unnamedSpeaker(subject) : appositiveSpeaker(subject);
        while (ctx.discourse.named.size() > known) {
            ctx.discourse.named.remove(ctx.discourse.named.size() - 1); // what events see is left as it was
        }
        return office == null ? null : new Arg(office.actor(), office.first(), office.last(), true);
    }

    /** How many sentences back "he said", "it added" and "officials said" continue the last speaker. */
    private static final int SPEAKER_REACH = 2;

    /**
     * "he", "she" or "it" as the subject of a speech verb, the first subject of its sentence, continues the
     * speaker of one of the two sentences before when that speaker is of its kind (a person for "he" and "she",
     * an organisation or state for "it"): "The military said ... It added that ..."; null otherwise.
     */
    private Arg continuedSpeaker(int subject) {
        Token t = s.token(subject);
        String w = t.word().toLowerCase(java.util.Locale.ROOT);
        boolean person = w.equals("he") || w.equals("she");
        Arg last = ctx.discourse.lastSpeaker;
        if (!t.pos().equals("PRP") || !person && !w.equals("it") || last == null || last.person() != person
                || ctx.discourse.lastSpeakerSentence < s.index() - SPEAKER_REACH) {
            return null;
        }
        // "..., it added": a pronoun after what it reports stands for the speaker before unless the reported
        // clause's own subject can be "it" ("The army answered with fire, it said")
        boolean after = subject > 0 && s.token(subject - 1).pos().equals(",");
        for (int i = 0; i < subject; i++) {
            if (Syntax.is(s.relation(i), "nsubj") && (!after || !person && !s.token(i).pos().endsWith("S")
                    && !s.token(i).pos().startsWith("PRP") && actors.actorOf(i, 0) != null)) {
                return null; // "Russia said it ...": the pronoun may stand for a subject before it
            }
        }
        return new Arg(new ActorRef(last.actor().code(), last.actor().name(), t.word()), subject, subject, person);
    }

    /** Speaker nouns that name no party by themselves, by the role of the party they speak for (words.txt). */
    private static final Set<String> OFFICIAL_SPEAKERS = WordLists.words("speaker-official");
    private static final Set<String> MILITARY_SPEAKERS = WordLists.words("speaker-military");
    private static final Set<String> PUBLIC_SPEAKERS = WordLists.words("speaker-public");
    /** Speaker nouns of a place's police ("police said"): the police of the place the act struck. */
    private static final Set<String> POLICE_SPEAKERS = WordLists.words("speaker-police");
    /** Speaker nouns and modifiers of an armed group that is not a state's ("the rebels", "the rebel group"). */
    private static final Set<String> REBEL_SPEAKERS = WordLists.words("speaker-rebel");
    /** Modifiers that make such a speaker a non-governmental organisation's ("aid agencies"). */
    private static final Set<String> NGO_MODIFIERS = WordLists.words("speaker-ngo");
    /** Speaker nouns only a state has ("the army", "the ministry"): no armed group's or organisation's. */
    private static final Set<String> STATE_SPEAKERS = WordLists.words("speaker-state");
    /** Speaker nouns of a body that is no state's ("the group", "the movement"): the last such party. */
    private static final Set<String> GROUP_SPEAKERS = WordLists.words("speaker-group");
    /** Speaker nouns of a country's media ("state media said", "state television reported"). */
    private static final Set<String> MEDIA_SPEAKERS = WordLists.words("speaker-media");
    /** Speaker nouns of someone who serves a party named with "to" ("an aide to the president"). */
    private static final Set<String> SERVING_SPEAKERS = WordLists.words("speaker-serving");
    /** Modifiers of an office of a place's own administration ({@code speaker-local-office}: "local officials"). */
    private static final Set<String> LOCAL_OFFICE = WordLists.words("speaker-local-office");

    /**
     * A speaker the text names only by office or kind ("officials said", "the ministry said", "its spokesman
     * said", "witnesses said"): the party of the possessor or of the body or place it is of, in, for, at, with or from
     * ("its officials", "the health ministry in Gaza", "an official at the Pentagon"); for a definite singular
     * ("the ministry") the last party named by the same noun ("North Korea's defence ministry"); else the party whose words the report gave in this sentence or the two
     * before; else the last party named by the same noun; else the last party named earlier in the sentence or
     * before it. Witnesses speak for the public of the last place named. The role follows the noun: officials
     * speak for the government, a military spokesman for the military. Null for any other noun.
     */
    private Arg unnamedSpeaker(int subject) {
        Token t = s.token(subject);
        String noun = Syntax.lower(t);
        String initial = t.isProperNoun() ? initialLocal(subject) : null;
        if (initial != null) {
            noun = initial; // "Residents said ...", "Rescuers said ..." opening a sentence, tagged as a name
        }
        String role = OFFICIAL_SPEAKERS.contains(noun) ? "GOV" : MILITARY_SPEAKERS.contains(noun) ? "MIL"
                : PUBLIC_SPEAKERS.contains(noun) ? "CVL" : POLICE_SPEAKERS.contains(noun) ? "COP"
                : REBEL_SPEAKERS.contains(noun) ? "REB"
                : MEDIA_SPEAKERS.contains(noun) && !t.isProperNoun() ? "MED" : null;
        // people of the place an act struck speak of it: witnesses, rescuers, medics, the police
        boolean local = "CVL".equals(role) || "COP".equals(role);
        // "..., killing several people in Mykolaiv, local officials said": the place's own officials
        boolean localOffice = "GOV".equals(role) && s.children(subject).stream().anyMatch(d -> d.relation().equals("amod")
                && LOCAL_OFFICE.contains(Syntax.lower(s.token(d.dependent()))));
        if (role == null && !t.isProperNoun()) {
            // "the Kurdish regional president Masoud Barzani", "the envoy": an office by its title
            role = MILITARY_TITLES.contains(noun) ? "MIL" : TITLES.contains(noun) ? "GOV" : null;
        }
        if (role == null && s.children(subject).stream().anyMatch(d -> (d.relation().equals("amod")
                || d.relation().equals("compound")) && REBEL_SPEAKERS.contains(Syntax.lower(s.token(d.dependent()))))) {
            role = "REB"; // "the rebel group", "the militant movement"
        }
        if (role == null && !t.isProperNoun() && GROUP_SPEAKERS.contains(noun)) {
            return groupSpeaker(subject); // "The group said", "the Iran-backed movement said"
        }
        // "Foreign Minister Annalena Baerbock", "General Sergei Surovikin": a name the dictionaries lack, with a title
        String title = t.isProperNoun() ? titleOf(subject) : null;
        if (title != null) {
            role = MILITARY_SPEAKERS.contains(title) || MILITARY_TITLES.contains(title) ? "MIL" : "GOV";
        }
        if (role == null || t.isProperNoun() && initial == null && title == null && local) {
            return null; // a proper name of an office the dictionaries lack ("the Sovereign Council") is kept
        }
        ActorRef party = null;
        for (var d : s.children(subject)) {
            String mod = Syntax.lower(s.token(d.dependent()));
            if (REBEL_SPEAKERS.contains(mod) && !role.equals("CVL")) {
                role = "REB"; // "the rebel group", "a militant spokesman"
            } else if (MILITARY_SPEAKERS.contains(mod) && !role.equals("CVL") && !role.equals("REB")) {
                role = "MIL"; // "the military spokesman", "the defence ministry"
            } else if (NGO_MODIFIERS.contains(mod)) {
                party = new ActorRef("NGO", mod, mod); // "aid officials", "aid agencies"
            }
        }
        if (party == null && (local || localOffice)) {
            // witnesses speak of where they are: the last place named
            party = ctx.discourse.lastPlace(actors.placesBefore(subject), s.index(), List.of());
            for (Mention m : party != null ? List.<Mention>of() : ctx.mentions) {
                if (m.isActor() && m.code().length() == 3 && m.first() > subject && s.token(m.first()).isProperNoun()) {
                    // speaker32: "Local officials said a drone hit a house in Kharkiv" with no place before: the
                    // place their words name
                    party = new ActorRef(m.code(), m.name(), s.token(m.first()).word());
                    break;
                }
            }
        }
        for (var d : party != null ? List.<org.saydo.nlp.Dependency>of() : s.children(subject)) {
            String rel = d.relation();
            if (rel.equals("nmod:poss") || Syntax.is(rel, "nmod")
                    && (Set.of("of", "in", "for", "at", "with", "from").contains(Syntax.preposition(s, d.dependent()))
                    || "to".equals(Syntax.preposition(s, d.dependent())) && SERVING_SPEAKERS.contains(noun))) {
                ActorRef own = possessorBefore(d.dependent(), subject);
                if (own == null && rel.equals("nmod:poss")) {
                    own = armedOwner(d.dependent()); // "the group's spokesman said" after "Hezbollah fired ..."
                }
                if (own != null) {
                    party = own; // "Guterres condemned the detentions, his spokesman said"
                    break;
                }
                Arg owner = actors.actorOf(d.dependent(), 0);
                if (owner == null) {
                    // "the South's military" after "South Korea", "a spokesman for the office" after "South Korea's
                    // presidential office"
                    owner = shortName(d.dependent());
                }
                if (owner != null) {
                    party = owner.actor();
                    break;
                }
            }
        }
        if (party == null && title != null) {
            party = titledParty(subject);
            if (party != null && media(party.code()) && ActorResolver.isCountry(ActorResolver.countryOf(party.code()))) {
                // "KCNA quoted General Kim": an official the outlet quotes is of its country, not of the outlet
                party = new ActorRef(ActorResolver.countryOf(party.code()), party.name(), party.text());
            }
        }
        // "the ministry" refers back to a ministry named before; bare "officials" to whoever was speaking
        boolean definite = Syntax.hasChildWord(s, subject, "det", "the") && !t.pos().endsWith("S");
        Pattern same = sameBody(subject, noun);
        Arg speaking = ctx.discourse.lastSpeaker;
        if (party == null && definite && STATE_SPEAKERS.contains(noun) && (role.equals("MIL") || role.equals("GOV"))) {
            // speaker33: "Bangkok has closed all border crossings, the interior ministry says" after "Cambodia's
            // defence ministry says ...": the state whose own deed the words tell, not the last speaker
            party = ownDeedState(subject);
        }
        if (party == null && definite && !local && speaking != null
                && ctx.discourse.lastSpeakerSentence >= s.index() - SPEAKER_REACH && same.matcher(speaking.actor().text()).find()) {
            // "Taiwan's coast guard said four Chinese coast guard ships ... "...," the coast guard said": the body
            // that was speaking, not the last one named with the noun
            party = speaking.actor();
        }
        if (party == null && definite && !local) {
            party = lastNamed(same);
        }
        if (party == null && !local) {
            party = mainClauseParty(subject); // "The North had signalled the move, when a vice minister said ..."
        }
        String own = ownSide(subject, definite, role, noun);
        if (party == null && own != null) {
            // speaker32: "SEOUL - ... China's foreign ministry said ... The defence ministry said ...": a state's office
            // no party owns and the report did not name before is the report's own state's, not the last speaker's
            party = new ActorRef(own, own, t.word());
        }
        if (party == null && ctx.discourse.lastSpeaker != null
                && ctx.discourse.lastSpeakerSentence >= s.index() - SPEAKER_REACH) {
            party = ctx.discourse.lastSpeaker.actor();
        }
        if (party == null && !local) {
            party = lastNamed(same);
        }
        ActorRef before = null; // the last party named earlier in the sentence
        ActorRef homeBefore = null; // the report's own state among them
        String dateline = ctx.discourse.home;
        for (Mention m : ctx.mentions) {
            if (m.isActor() && m.last() < subject) {
                before = new ActorRef(m.code(), m.name(), s.token(m.first()).word());
                if (homeBefore == null && dateline != null && !local
                        && ActorResolver.countryOf(m.code()).equals(dateline) && ActorResolver.stateBody(m.code())) {
                    homeBefore = before;
                }
            }
        }
        // "JERUSALEM - Israel is preparing for an attack by Iran, officials said": officials the text gives no party
        // speak for the state the report is filed from when the clause names it, not for the last party it names
        if (party == null && homeBefore == null && dateline != null && definite && STATE_SPEAKERS.contains(noun)
                && (role.equals("MIL") || role.equals("GOV")) && ActorResolver.stateBody(dateline)) {
            // "SEOUL, May 29 (Saydo wire) - North Korean drones crossed the border, the military said": the army or
            // ministry no party named before owns is of the state the report is filed from
            homeBefore = new ActorRef(dateline, dateline, t.word());
        }
        if (party == null && homeBefore == null && definite && STATE_SPEAKERS.contains(noun)
                && (role.equals("MIL") || role.equals("GOV"))) {
            // "Russia expelled ten Polish diplomats, the foreign ministry said": a state's office with no party named
            // after the words it reports speaks for the state that does the reported act, not for the last party
            party = reportedSubjectState(subject);
        }
        party = party != null ? party : homeBefore != null ? homeBefore : before;
        if (party == null && !ctx.discourse.named.isEmpty()) {
            party = ctx.discourse.named.get(ctx.discourse.named.size() - 1);
        }
        if (party != null && definite && STATE_SPEAKERS.contains(noun) && (role.equals("MIL") || role.equals("GOV"))
                && !ActorResolver.stateBody(party.code())) {
            // "JNIM said it had seized weapons ... The army said it had repelled the assault": only a state has an
            // army or a ministry; the last state named with one, else the report's own state
            party = ctx.discourse.lastWithRole(role, noun);
            if (party != null && !ActorResolver.stateBody(party.code())) {
                party = null;
            }
        }
        String home = ctx.discourse.homeCountry();
        if (party == null && home != null && !local) {
            // "ISLAMABAD (...) - The military spokesman said ...": an office no party named before owns speaks for
            // the state the report is filed from or told from
            party = new ActorRef(home, home, t.word());
        }
        if (party == null) {
            return null;
        }
        List<Integer> np = Syntax.subtree(s, subject, Set.of("compound", "amod", "det", "nmod:poss", "flat"));
        String text = ctx.doc.text().substring(s.token(np.get(0)).begin(), s.token(np.get(np.size() - 1)).end());
        ActorRef speaker = new ActorRef(withRole(party.code(), role), party.name(), text);
        if (title != null) {
            ctx.discourse.named.add(speaker); // "Baerbock said" later is the same minister's
        }
        return new Arg(speaker, np.get(0), np.get(np.size() - 1), title != null);
    }

    /**
     * speaker32: the words a definite office must share with a party named before to be that party's: its noun and
     * the modifiers before it ("the defence ministry" is not "China's foreign ministry"; "the ministry" is any
     * ministry).
     */
    private Pattern sameBody(int subject, String noun) {
        StringBuilder re = new StringBuilder("(?i)");
        for (var d : s.children(subject)) {
            Token m = s.token(d.dependent());
            if (d.dependent() < subject && (d.relation().equals("amod") || d.relation().equals("compound"))
                    && !m.isProperNoun() && m.word().chars().allMatch(Character::isLetter)) {
                re.append("(?=.*\\b").append(Pattern.quote(Syntax.lower(m))).append(")");
            }
        }
        return Pattern.compile(re.append(".*?\\b").append(Pattern.quote(noun)).toString());
    }

    /**
     * speaker32: the country a definite state office no party owns ("the defence ministry", "the army", "the
     * government") speaks for in a report told from one state's side (its dateline's, else its lead's) when the last
     * speaker is another country's and no party of that office was named before it: the report's own. Null
     * otherwise (the last speaker and the last body named with the noun keep their claim).
     */
    private String ownSide(int subject, boolean definite, String role, String noun) {
        String home = ctx.discourse.homeCountry();
        Arg speaking = ctx.discourse.lastSpeaker;
        if (!definite || !STATE_SPEAKERS.contains(noun) || !role.equals("MIL") && !role.equals("GOV") || home == null
                || !ActorResolver.stateBody(home) || speaking == null
                || ctx.discourse.lastSpeakerSentence < s.index() - SPEAKER_REACH
                || ActorResolver.countryOf(speaking.actor().code()).equals(home)) {
            return null;
        }
        for (Mention m : ctx.mentions) {
            if (m.isActor() && m.last() < subject) {
                return null; // "Russia expelled ten diplomats, the foreign ministry said": the clause names its party
            }
        }
        return home;
    }

    /**
     * speaker33: the state that is the subject of the clause a state office's words follow ({@link
     * #reportedSubjectState}) when that clause names no other party: a state's deed of its own ("Kyiv ordered the
     * evacuation of three towns, the interior ministry said") is told by its own office. A clause that names another
     * party ("Russia launched 40 drones at Ukraine, the air force said") may be the other side's account and gives
     * null, as does a clause after the speaker.
     */
    private ActorRef ownDeedState(int subject) {
        ActorRef state = reportedSubjectState(subject);
        int v = s.head(subject);
        if (state == null && v >= 0 && s.relation(subject).startsWith("nsubj") && s.token(v - 1).pos().equals(",")) {
            // "Bangkok has shut all crossings, the interior ministry says": the parser hung the attribution on a noun
            // of the clause before it; that clause's verb, the first verb above, reports
            int up = s.head(v);
            for (int step = 0; step < 3 && up >= 0 && !s.token(up).isVerb(); step++) {
                up = s.head(up);
            }
            for (int doer : up >= 0 && up < subject ? s.children(up, "nsubj") : List.<Integer>of()) {
                Arg a = actors.actorOf(doer, 0);
                if (a != null && ActorResolver.stateBody(a.actor().code())) {
                    state = a.actor();
                }
            }
        }
        if (state == null) {
            return null;
        }
        String country = ActorResolver.countryOf(state.code());
        for (Mention m : ctx.mentions) {
            if (m.isActor() && m.last() < subject && ActorResolver.isCountry(m.code())
                    && !ActorResolver.countryOf(m.code()).equals(country)) {
                return null;
            }
        }
        return state;
    }

    /**
     * The common noun of the people or police of a place ({@code speaker-public}, {@code speaker-police}) that a
     * sentence or line opens with and the tagger read as a name ("Residents said ...", "Rescuers said ..."), in the
     * lists' singular form; null for any other word.
     */
    private String initialLocal(int subject) {
        if (subject != 0 && !newlineBefore(subject)) {
            return null;
        }
        String w = s.token(subject).word().toLowerCase(java.util.Locale.ROOT);
        for (String form : List.of(w, w.replaceAll("s$", ""), w.replaceAll("es$", ""))) {
            if (PUBLIC_SPEAKERS.contains(form) || POLICE_SPEAKERS.contains(form)) {
                return form;
            }
        }
        return null;
    }

    /**
     * The state (a country or one of its bodies) that is the subject of the clause a speaker's words follow
     * ("Russia expelled ten Polish diplomats, the foreign ministry said": Russia): the clause before the speaker
     * that the speech verb governs or hangs on. Null when there is none or its subject is no state's.
     */
    private ActorRef reportedSubjectState(int subject) {
        int v = s.head(subject);
        if (v < 0 || !s.relation(subject).startsWith("nsubj")) {
            return null;
        }
        List<Integer> clauses = new ArrayList<>();
        for (var d : s.children(v)) {
            if ((Syntax.is(d.relation(), "ccomp") || Syntax.is(d.relation(), "parataxis")) && d.dependent() < subject) {
                clauses.add(d.dependent());
            }
        }
        int up = s.head(v);
        if (up >= 0 && up < subject && (Syntax.is(s.relation(v), "parataxis") || Syntax.is(s.relation(v), "ccomp"))) {
            clauses.add(up);
        }
        for (int c : clauses) {
            for (int doer : s.children(c, "nsubj")) {
                Arg a = actors.actorOf(doer, 0);
                if (a != null && ActorResolver.stateBody(a.actor().code())) {
                    return a.actor();
                }
            }
        }
        return null;
    }

    /**
     * A body named by a noun of a group that is no state ("The group said it would continue its battle" after
     * "Hezbollah", "the movement said" after "the Houthis"): the party of the group's possessor or "of" phrase, else
     * the last speaker of the sentences before that is no state's body, else the last such party named; with its
     * own code. Null when the report named none.
     */
    private Arg groupSpeaker(int subject) {
        ActorRef party = null;
        for (var d : s.children(subject)) {
            if (d.relation().equals("nmod:poss") || Syntax.is(d.relation(), "nmod")
                    && "of".equals(Syntax.preposition(s, d.dependent()))) {
                Arg owner = actors.actorOf(d.dependent(), 0);
                party = owner == null ? null : owner.actor();
            }
        }
        Arg speaking = ctx.discourse.lastSpeaker;
        if (party == null && speaking != null && ctx.discourse.lastSpeakerSentence >= s.index() - SPEAKER_REACH
                && group(speaking.actor().code())) {
            party = speaking.actor();
        }
        for (Mention m : ctx.mentions) {
            if (m.isActor() && m.last() < subject && !m.person() && group(m.code())) {
                party = party != null ? party : new ActorRef(m.code(), m.name(), s.token(m.first()).word());
            }
        }
        List<ActorRef> named = ctx.discourse.named;
        for (int i = named.size() - 1; party == null && i >= 0; i--) {
            ActorRef a = named.get(i);
            if (group(a.code())) {
                party = a;
            }
        }
        if (party == null) {
            return null;
        }
        List<Integer> np = Syntax.subtree(s, subject, Set.of("compound", "amod", "det", "nmod:poss", "flat"));
        String text = ctx.doc.text().substring(s.token(np.get(0)).begin(), s.token(np.get(np.size() - 1)).end());
        return new Arg(new ActorRef(party.code(), party.name(), text), np.get(0), np.get(np.size() - 1), false);
    }

    /** Nouns that, owning a speaker, stand for an armed group named before ("the group's spokesman"). */
    private static final Set<String> ARMED_OWNERS = WordLists.words("speaker-armed-owner");

    /**
     * speaker33: the armed group a common noun that owns a speaker stands for ("The group's spokesman said",
     * "the movement's military spokesman", "the group's military wing warned" after "Hezbollah", "the Houthis",
     * "Hamas"): the last armed group named earlier in the sentence, else in the report; not the last speaker, who
     * may be a state or the UN. Null for another possessor, a proper name, or no armed group named.
     */
    private ActorRef armedOwner(int possessor) {
        Token t = s.token(possessor);
        if (t.isProperNoun() || !ARMED_OWNERS.contains(Syntax.lower(t))
                || !Syntax.hasChildWord(s, possessor, "det", "the")) {
            return null;
        }
        ActorRef party = null;
        for (Mention m : ctx.mentions) {
            if (m.isActor() && m.last() < possessor && !m.person() && ActorResolver.armedGroup(m.code())) {
                party = new ActorRef(m.code(), m.name(), s.token(m.first()).word());
            }
        }
        List<ActorRef> named = ctx.discourse.named;
        for (int i = named.size() - 1; party == null && i >= 0; i--) {
            if (ActorResolver.armedGroup(named.get(i).code())) {
                party = named.get(i);
            }
        }
        return party;
    }

    /** Whether a code is of a group that is no state's body: an armed or political group, an organisation. */
    private static boolean group(String code) {
        String role = code.length() >= 6 ? code.substring(3, 6) : "";
        return !media(code) && (code.startsWith("IGO") || code.startsWith("IMG") || code.startsWith("NGO")
                && code.length() > 3 || Set.of("REB", "INS", "OPP", "SEP", "PTY").contains(role));
    }

    /**
     * The party a possessive pronoun before a speaker noun stands for when the speaker follows what it reports
     * ("The Secretary-General condemned the detentions, his spokesman said", "..., its spokesman said"): the last
     * party named earlier in the sentence, a person for "his" and "her", not a person for "its". Null for any other
     * possessor or when the sentence names no such party before it.
     */
    private ActorRef possessorBefore(int possessor, int subject) {
        String w = s.token(possessor).word().toLowerCase(java.util.Locale.ROOT);
        if (!s.token(possessor).pos().equals("PRP$") || !Set.of("his", "her", "its", "their").contains(w)) {
            return null;
        }
        ActorRef found = null;
        for (Mention m : ctx.mentions) {
            boolean kind = w.equals("their") || m.person() == !w.equals("its");
            if (m.isActor() && m.last() < possessor && kind && !media(m.code())) {
                found = new ActorRef(m.code(), m.name(), s.token(m.first()).word());
            }
        }
        return found;
    }

    /**
     * The party that is the subject of the clause an unnamed speaker's words are set in, when the speech verb is an
     * adverbial or relative clause within it: "The North had signalled the move on Sunday, when a vice defence minister said ...".
     * Null otherwise.
     */
    private ActorRef mainClauseParty(int subject) {
        int v = s.head(subject);
        if (v < 0 || !Syntax.is(s.relation(v), "advcl") && !s.relation(v).equals("acl:relcl")) {
            return null;
        }
        int up = s.head(v); // "on Sunday, when a minister said": the clause hangs on the day, the day on the verb
        for (int step = 0; step < 3 && up >= 0 && !(s.token(up).isVerb() && Syntax.hasChild(s, up, "nsubj")); step++) {
            up = s.head(up);
        }
        if (up < 0) {
            return null;
        }
        for (int main : s.children(up, "nsubj")) {
            Arg a = actors.actorOf(main, 0);
            if (a == null) {
                a = shortName(main); // "The North" after "North Korea"
            }
            if (a != null && main < subject) {
                return a.actor();
            }
        }
        return null;
    }

    /** Titles before a name, of an office (words.txt {@code speaker-title}) or a military rank. */
    private static final Set<String> TITLES = WordLists.words("speaker-title");
    private static final Set<String> MILITARY_TITLES = WordLists.words("speaker-title-military");

    /** The title word among a proper name's modifiers ("Foreign Minister", "War cabinet minister"), or null. */
    private String titleOf(int name) {
        for (var d : s.children(name)) {
            String w = Syntax.lower(s.token(d.dependent()));
            if ((d.relation().equals("compound") || d.relation().equals("amod")) && (TITLES.contains(w)
                    || MILITARY_TITLES.contains(w) || OFFICIAL_SPEAKERS.contains(w) || MILITARY_SPEAKERS.contains(w))) {
                return w;
            }
        }
        return null;
    }

    /**
     * The party of an official named by title and name alone: of the candidates (the last party named earlier in
     * the sentence, the last speaker, the last parties named before), the one whose country is the subject of a
     * clause of the sentence ("minister Benny Gantz said Israel would ...": an official speaks of his own state by
     * its name), else the first of them. Null for none.
     */
    private ActorRef titledParty(int subject) {
        List<ActorRef> candidates = new ArrayList<>();
        for (Mention m : ctx.mentions) {
            if (m.isActor() && m.last() < subject) {
                candidates.add(0, new ActorRef(m.code(), m.name(), s.token(m.first()).word()));
            }
        }
        if (ctx.discourse.lastSpeaker != null && ctx.discourse.lastSpeakerSentence >= s.index() - SPEAKER_REACH) {
            candidates.add(ctx.discourse.lastSpeaker.actor());
        }
        List<ActorRef> named = ctx.discourse.named;
        for (int i = named.size() - 1; i >= Math.max(0, named.size() - 5); i--) {
            candidates.add(named.get(i));
        }
        Set<String> subjects = new HashSet<>();
        for (Token t : s.tokens()) {
            if (t.index() != subject && Syntax.is(s.relation(t.index()), "nsubj")) {
                Arg a = actors.actorOf(t.index(), 0);
                if (a != null) {
                    subjects.add(ActorResolver.countryOf(a.actor().code()));
                }
            }
        }
        String title = titleOf(subject);
        if (title != null && (title.equals("minister") || MILITARY_TITLES.contains(title))) {
            // "Deputy Foreign Minister Vahan Kostanyan" after "the Security Council": a minister or an officer is a
            // state's, not an organisation's the report named before; the report's own state last
            candidates.removeIf(c -> !ActorResolver.isCountry(c.code()));
            String home = ctx.discourse.homeCountry();
            if (home != null) {
                candidates.add(new ActorRef(home, home, s.token(subject).word()));
            }
        }
        for (ActorRef c : candidates) {
            if (subjects.contains(ActorResolver.countryOf(c.code()))) {
                return c;
            }
        }
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    /** The last party named whose words match: "the ministry" is the last ministry named. */
    private ActorRef lastNamed(Pattern words) {
        List<ActorRef> named = ctx.discourse.named;
        for (int i = named.size() - 1; i >= 0; i--) {
            if (words.matcher(named.get(i).text()).find()) {
                return named.get(i);
            }
        }
        return null;
    }

    /**
     * A speaker named by a name the dictionaries do not know alone, which the report gave in full before:
     * "Tokayev said" after "President Kassym-Jomart Tokayev", "Kim said" after "Kim Jong Un", "the South's
     * military" after "South Korea" (earlier in the sentence or before). Null otherwise.
     */
    private Arg shortName(int subject) {
        Token t = s.token(subject);
        // "Kim", "the Guards" after "Iran's Revolutionary Guards", "the coalition" after "the Arab coalition"
        boolean name = t.pos().equals("NNP") || t.pos().equals("NNPS");
        boolean definite = t.isNoun() && Syntax.hasChildWord(s, subject, "det", "the");
        int from = surnameStart(subject);
        if (!name && !definite || from < 0 || t.word().length() < 3) {
            return null;
        }
        String surname = ctx.doc.text().substring(s.token(from).begin(), t.end());
        Pattern word = Pattern.compile("\\b" + Pattern.quote(surname) + "\\b");
        ActorRef earlier = null; // named earlier in this sentence ("... with South Korea, the South's military said")
        boolean person = true;
        for (Mention m : ctx.mentions) {
            String text = ctx.doc.text().substring(s.token(m.first()).begin(), s.token(m.last()).end());
            if (m.isActor() && m.last() < subject && word.matcher(text).find()) {
                earlier = new ActorRef(m.code(), m.name(), text);
                person = m.person();
            }
        }
        if (earlier == null) {
            earlier = lastNamed(word);
            person = earlier == null || !(earlier.code().length() == 3 && ActorResolver.isCountry(earlier.code()));
        }
        return earlier == null ? null : new Arg(new ActorRef(earlier.code(), earlier.name(), surname), from,
                subject, person && t.pos().equals("NNP"));
    }

    /**
     * Where a surname the subject ends starts: the subject itself when it has no compound, else its first word when
     * every compound is a capitalised word right before it that is no title ("Le Drian", "Abu Obeida", not
     * "Minister Le Drian"); -1 for any other subject.
     */
    private int surnameStart(int subject) {
        List<Integer> compounds = s.children(subject, "compound");
        int from = subject;
        for (int i = compounds.size() - 1; i >= 0; i--) {
            int c = compounds.get(i);
            Token w = s.token(c);
            String lower = Syntax.lower(w);
            if (c != from - 1 || !w.pos().equals("NNP") || !Character.isUpperCase(w.word().charAt(0))
                    || TITLES.contains(lower) || MILITARY_TITLES.contains(lower) || OFFICIAL_SPEAKERS.contains(lower)
                    || MILITARY_SPEAKERS.contains(lower) || !s.children(c).isEmpty()) {
                return -1;
            }
            from = c;
        }
        return from;
    }

    /**
     * A speaker named by a surname alone whom the report introduced before with an office but a name the
     * dictionaries lack ("Molano said" after "Colombia's defence minister Diego Molano blamed ..."): that office's
     * party. Null for any other subject.
     */
    private Arg introducedName(int subject) {
        Token t = s.token(subject);
        int from = surnameStart(subject);
        if (!t.pos().equals("NNP") || from < 0 || t.word().length() < 3) {
            return null;
        }
        Arg found = introducedPerson(t.word(), false);
        String surname = ctx.doc.text().substring(s.token(from).begin(), t.end());
        return found == null ? null
                : new Arg(new ActorRef(found.actor().code(), found.actor().name(), surname), from, subject, true);
    }

    /**
     * A state's code with the given role ({@code RUS} → {@code RUSMIL}; its media's too: "the country's ministry"
     * after "State media said" is PRKGOV); any other party's code as it is.
     */
    private static String withRole(String code, String role) {
        boolean stateMedia = ActorResolver.isCountry(code) && code.length() >= 6 && code.substring(3, 6).equals("MED");
        return ActorResolver.stateBody(code) || stateMedia ? ActorResolver.countryOf(code) + role : code;
    }

    /** How many sentences on a quote that runs on over paragraphs may name its speaker. */
    private static final int RUN_ON_REACH = 3;

    /**
     * The speaker of a quote that runs on into the next paragraphs: the first speech verb outside quotation marks in
     * the sentences after it whose subject the dictionaries name (a pronoun continues the speaker before and is
     * left to the usual reading); null for none.
     */
    private Arg speakerAhead() {
        for (int k = s.index() + 1; k < ctx.all.size() && k <= s.index() + RUN_ON_REACH; k++) {
            ParsedSentence next = ctx.all.get(k);
            ActorResolver other = new ActorResolver(ctx.coder, ctx.doc, next,
                    ctx.coder.finder.find(next, EventCoder.dateOf(ctx.doc)), ctx.discourse, List.of());
            for (Token t : next.tokens()) {
                if (!t.isVerb() || !SPEECH.contains(Syntax.lower(t)) || QuoteSpan.covers(ctx.spans, t.begin())) {
                    continue;
                }
                List<Integer> subjects = next.children(t.index(), "nsubj");
                if (subjects.size() != 1 || next.token(subjects.get(0)).pos().startsWith("PRP")) {
                    return null;
                }
                List<Arg> found = other.subjectsOf(t.index(), 0);
                return found.size() == 1 ? found.get(0) : null;
            }
        }
        return null;
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

    /** Nouns of a person who speaks for a party (words.txt {@code speaker-person}). */
    private static final Set<String> PERSON_NOUNS = WordLists.words("speaker-person");

    /**
     * Whether a speaker's words in this sentence name a person by office ("Iran's foreign ministry spokesman Abbas
     * Mousavi", "the justice minister"), whatever party the dictionaries gave it: a later "he said" is that person.
     */
    private boolean personNamed(Arg speaker) {
        if (speaker.first() < 0 || speaker.last() >= s.tokens().size() || speaker.first() > speaker.last()
                || !s.token(speaker.first()).word().equals(speaker.actor().text().split("\\s+")[0])
                && !speaker.actor().text().contains(s.token(speaker.first()).word())) {
            return false; // not named in this sentence
        }
        for (int i = speaker.first(); i <= speaker.last(); i++) {
            String w = Syntax.lower(s.token(i));
            if (PERSON_NOUNS.contains(w) || TITLES.contains(w) || MILITARY_TITLES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The speakers with one entry per actor code, in order. */
    private static List<Arg> distinct(List<Arg> speakers) {
        List<Arg> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Arg a : speakers) {
            if (seen.add(a.actor().code())) {
                out.add(a);
            }
        }
        return out;
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
        // a weekday or a month alone is the last such day or month up to the report, as for events
        LocalDate date = Sentence.dayOf(time) != null ? DateSanity.day(Sentence.dayOf(time), modal.modality(),
                ctx.doc.published(), time.text()) : ctx.doc.published();
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
        ctx.discourse.lastSpeaker = speaker.person() || !personNamed(speaker) ? speaker
                : new Arg(speaker.actor(), speaker.first(), speaker.last(), true);
        ctx.discourse.lastSpeakerSentence = s.index();
    }
}
