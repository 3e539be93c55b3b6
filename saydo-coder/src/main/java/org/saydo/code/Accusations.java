package org.saydo.code;

import static org.saydo.code.Sentence.trigger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.saydo.record.ActorRef;
import org.saydo.record.Event;
import org.saydo.record.Modality;

/**
 * Codes an accusation carried by what is said (CAMEO 11x): a speaker who calls a party or its act by a word of
 * blame accuses or denounces that party, whatever the verb of saying — "Ethiopia called the incursion a war crime"
 * (1124), "said the strike was an act of aggression" (1123), "described Somalia as a hostile state" (111), "The
 * president is a war criminal, the minister said", "said the raid amounted to a war crime". The words of blame,
 * the naming verbs, the verbs that say a word of their subject as "be" does and the verbs of denial are data
 * ({@link Cues}, {@code accusations.txt}).
 *
 * <p>The word must be said of something: the predicate of a clause a speech verb reports (or of a sentence that a
 * speech verb comments on, "X is a Y, Z said"), or the name a naming verb gives its object. The accuser is the
 * speech or naming verb's subject; the accused is the party named (the object of the naming verb, the subject of
 * "be"), else the possessor or "by" party of the thing named, else the doer of the act named when the sentence
 * coded one. Negated or denied, of one's own side, or of no party named: nothing (the other side of the report's
 * conflict is no safe guess: on the blind half it cost precision). A speaker who says another party committed a
 * wrong ("said the militia had committed war crimes") or broke an undertaking ("Lebanon says Israel breached the
 * truce", {@code commit}, {@code breach}, {@code pact}) accuses that verb's subject, once: not again when the
 * sentence's own verb of accusing already accuses it. The naming verb's other codings (a statement, an appeal the
 * parser took "called the attack a crime" for) give way to the accusation.
 *
 * <p>Not thread-safe; one per {@link Sentence}.
 */
final class Accusations extends SentencePass {

    /**
     * The cues of {@code accusations.txt}.
     *
     * @param blame words of blame by lemma: each lemma's entries, the ones that need a dependent word first
     * @param naming verbs whose subject calls their object by a word
     * @param copulas verbs that say a word of their subject as "be" does
     * @param denials verbs of saying that take their clause back
     * @param commits verbs whose subject did the wrong their object names, by lemma ("commit"), or lemma and
     *     particle ("carry out")
     * @param breaches verbs of breaking an undertaking ("violate") and the 11x code of saying a party did
     * @param pacts the undertakings a breach verb breaks ("ceasefire", "agreement")
     * @param participleRoots CAMEO roots of the verbs whose participle after a comma is said by its clause's subject
     * @param rebuffs words of refusal by lemma, which said of an offer reject it ("said the demands were
     *     unacceptable"), each with the rejection code of an offer of no listed kind; one with a word refuses only
     *     with that word among its dependents ("not acceptable", "out of the question"; "not" also stands for "n't"
     *     and "never")
     * @param offers nouns of offers, proposals and demands by lemma, with the CAMEO 12x code of rejecting them
     */
    record Cues(Map<String, List<Blame>> blame, Set<String> naming, Set<String> copulas, Set<String> denials,
            Set<String> commits, Map<String, Blame> breaches, Set<String> pacts, Set<String> participleRoots,
            Map<String, Blame> rebuffs, Map<String, String> offers) {

        static final Set<String> KINDS = Set.of("blame", "naming", "copula", "denial", "commit", "breach", "pact",
                "participle", "rebuff", "rebuffwith", "offer", "disclaim", "linkattempt", "linking", "referring",
                "referred");

        private static final Cues DEFAULTS = of(CueFile.resource("accusations.txt", KINDS));

        Cues {
            Map<String, List<Blame>> copy = new java.util.HashMap<>();
            Objects.requireNonNull(blame, "blame").forEach((k, v) -> copy.put(k, List.copyOf(v)));
            blame = Map.copyOf(copy);
            naming = Set.copyOf(naming);
            copulas = Set.copyOf(copulas);
            denials = Set.copyOf(denials);
            commits = Set.copyOf(commits);
            breaches = Map.copyOf(breaches);
            pacts = Set.copyOf(pacts);
            participleRoots = Set.copyOf(participleRoots);
            rebuffs = Map.copyOf(rebuffs);
            offers = Map.copyOf(offers);
        }

        /** The cues shipped with Saydo. */
        static Cues defaults() {
            return DEFAULTS;
        }

        static Cues of(CueFile file) {
            Map<String, List<Blame>> blame = new java.util.HashMap<>();
            for (CueFile.Cue c : file.of("blame")) {
                String[] f = c.value().toLowerCase(Locale.ROOT).split("\\s+");
                String code = "111";
                if (f.length > 1 && f[f.length - 1].matches("\\[11\\d{0,2}\\]")) {
                    code = f[f.length - 1].substring(1, f[f.length - 1].length() - 1);
                    f = java.util.Arrays.copyOf(f, f.length - 1);
                }
                if (f.length > 2 || code.length() < 3) {
                    throw c.error("expected 'blame LEMMA [WORD] [[CODE]]' with a CAMEO 11x code, got 'blame " + c.value()
                            + "'");
                }
                List<Blame> entries = blame.computeIfAbsent(f[0], k -> new ArrayList<>());
                Blame b = new Blame(f[0], f.length > 1 ? f[1] : null, code, c.where());
                if (b.word() != null) {
                    entries.add(0, b); // "war crime" before "crime"
                } else {
                    entries.add(b);
                }
            }
            Set<String> commits = new java.util.HashSet<>();
            for (CueFile.Cue c : file.of("commit")) {
                String[] f = c.value().toLowerCase(Locale.ROOT).split("\\s+");
                if (f.length > 2) {
                    throw c.error("expected 'commit LEMMA [PARTICLE]', got 'commit " + c.value() + "'");
                }
                commits.add(String.join(" ", f));
            }
            Map<String, Blame> breaches = new java.util.HashMap<>();
            for (CueFile.Cue c : file.of("breach")) {
                String[] f = c.value().toLowerCase(Locale.ROOT).split("\\s+");
                if (f.length != 2 || !f[1].matches("\\[11\\d{1,2}\\]")) {
                    throw c.error("expected 'breach LEMMA [CODE]' with a CAMEO 11x code, got 'breach " + c.value()
                            + "'");
                }
                breaches.put(f[0], new Blame(f[0], null, f[1].substring(1, f[1].length() - 1), c.where()));
            }
            Set<String> roots = new java.util.HashSet<>();
            for (CueFile.Cue c : file.of("participle")) {
                for (String r : c.value().split("\\s+")) {
                    if (!r.matches("\\d\\d")) {
                        throw c.error("expected 'participle ROOT ...' with two-digit CAMEO roots, got 'participle "
                                + c.value() + "'");
                    }
                    roots.add(r);
                }
            }
            Map<String, Blame> rebuffs = new java.util.HashMap<>();
            for (CueFile.Cue c : file.of("rebuff")) {
                for (String w : c.value().toLowerCase(Locale.ROOT).split("\\s+")) {
                    rebuffs.put(w, new Blame(w, null, "120", c.where()));
                }
            }
            for (CueFile.Cue c : file.of("rebuffwith")) {
                String[] f = c.value().toLowerCase(Locale.ROOT).split("\\s+");
                if (f.length != 2) {
                    throw c.error("expected 'rebuffwith LEMMA WORD', got 'rebuffwith " + c.value() + "'");
                }
                rebuffs.put(f[0], new Blame(f[0], f[1], "120", c.where()));
            }
            Map<String, String> offers = new java.util.HashMap<>();
            for (CueFile.Cue c : file.of("offer")) {
                String[] f = c.value().toLowerCase(Locale.ROOT).split("\\s+");
                if (f.length != 2 || !f[1].matches("\\[12\\d{1,2}\\]|\\[016\\]")) {
                    throw c.error("expected 'offer NOUN [CODE]' with a CAMEO 12x code or 016, got 'offer " + c.value()
                            + "'");
                }
                offers.put(f[0], f[1].substring(1, f[1].length() - 1));
            }
            return new Cues(blame, file.words("naming"), file.words("copula"), file.words("denial"), commits,
                    breaches, file.words("pact"), roots, rebuffs, offers);
        }

        /** The entry a word of this lemma fits, given the lower-cased words and lemmas of its dependents. */
        Blame lookup(String lemma, Set<String> dependents) {
            for (Blame b : blame.getOrDefault(lemma, List.of())) {
                if (b.word() == null || dependents.contains(b.word())) {
                    return b;
                }
            }
            return null;
        }
    }

    /** A word of blame: its lemma, a word that must depend on it (or null), its 11x code and where it is written. */
    record Blame(String lemma, String word, String code, String where) {
        Blame {
            Objects.requireNonNull(lemma, "lemma");
            Objects.requireNonNull(code, "code");
        }
    }

    /** Roots of the naming or speech verb's own coding the accusation replaces: a statement, an appeal, talk. */
    private static final Set<String> REPLACED_ROOTS = Set.of("01", "02", "04");

    /** Relations by which a naming verb takes the word it calls its object by. */
    private static final Set<String> NAME_RELATIONS = Set.of("obj", "obl", "xcomp", "dep", "ccomp", "advcl",
            "iobj");

    private final ActorResolver actors;
    private final ModalityRules modals;
    private final Cues cues;

    Accusations(Sentence ctx, ActorResolver actors, ModalityRules modals, Cues cues) {
        super(ctx);
        this.actors = Objects.requireNonNull(actors, "actors");
        this.modals = Objects.requireNonNull(modals, "modals");
        this.cues = Objects.requireNonNull(cues, "cues");
    }

    /**
     * The disclaimers of {@code accusations.txt}: each a verb, its object, the verb of the object's clause and that
     * verb's preposition, lower-case ("have nothing do with": "said it had nothing to do with the attack").
     */
    private static final List<List<String>> DISCLAIMERS = CueFile.resource("accusations.txt", Cues.KINDS)
            .of("disclaim").stream().map(c -> {
                List<String> f = List.of(c.value().toLowerCase(Locale.ROOT).split("\\s+"));
                if (f.size() != 4) {
                    throw c.error("expected 'disclaim VERB OBJECT VERB PREPOSITION', got 'disclaim " + c.value() + "'");
                }
                return f;
            }).toList();

    /** Verbs (lemmas) of telling whose object a disclaimer told in their clause is made to. */
    private static final Set<String> ADDRESSED = Set.of("tell", "inform", "assure");

    /** Verbs (lemmas) whose complement a disclaimer with a negative polarity item ("anything") completes. */
    private static final Set<String> DENYING = Set.of("deny");

    /**
     * reject21: a party that says it has nothing to do with something ({@code disclaim}), or denies having anything
     * to do with it, denies responsibility (016) with no one named as the accuser: "Pakistan said it had nothing to
     * do with the attack", "Moscow denies having anything to do with the collapse".
     */
    private void disclaimers() {
        for (var t : s.tokens()) {
            int v = t.index();
            if (!t.isVerb()) {
                continue;
            }
            for (List<String> d : DISCLAIMERS) {
                if (!Syntax.lower(t).equals(d.get(0))) {
                    continue;
                }
                for (int o : s.children(v, "obj")) {
                    String object = Syntax.lower(s.token(o));
                    boolean none = object.equals(d.get(1));
                    boolean any = object.equals("any" + d.get(1).substring(2)); // "nothing": "anything"
                    if (!none && !any) {
                        continue;
                    }
                    // the object's clause, which the parser hangs on the object or on the verb ("had nothing [to do
                    // with]")
                    boolean told = java.util.stream.Stream.concat(s.children(o).stream(), s.children(v).stream())
                            .anyMatch(c -> c.dependent() > o && Syntax.lower(s.token(c.dependent())).equals(d.get(2))
                                    && s.children(c.dependent()).stream().anyMatch(
                                            p -> Syntax.preposition(s, p.dependent()).equals(d.get(3))));
                    int head = s.head(v);
                    boolean denied = head >= 0 && DENYING.contains(Syntax.lower(s.token(head)));
                    boolean negated = modals.negated(v, Set.of());
                    if (!told || none && negated || any && !negated && !denied) {
                        continue; // "has nothing to lose"; "did not have nothing"; "had anything to do"
                    }
                    List<Arg> parties = actors.subjectsOf(v, 0);
                    if (parties.isEmpty() && denied) {
                        parties = actors.subjectsOf(head, 0);
                    }
                    // the denial is the teller's own act when the teller is the party ("Pakistan said it had nothing
                    // to do with it" is Pakistan's denial, not one Pakistan reports), so told by the telling verb
                    List<Arg> party = parties;
                    boolean own = head >= 0 && s.token(head).isVerb() && !party.isEmpty() && actors.subjectsOf(head, 0)
                            .stream().anyMatch(a -> ActorResolver.countryOf(a.actor().code())
                                    .equals(ActorResolver.countryOf(party.get(0).actor().code())));
                    int at = any && denied || own ? head : v;
                    if (!parties.isEmpty() && ctx.events.values().stream().noneMatch(e -> e.cameo().equals("016"))) {
                        Set<Integer> not = new java.util.HashSet<>(); // "did not have anything": no negated denial
                        s.children(v, "advmod").forEach(c -> not.add(c));
                        // "had told Ankara that Russia had nothing to do with it": the denial is made to the told
                        List<Arg> hearers = new ArrayList<>();
                        if (own && ADDRESSED.contains(Syntax.lower(s.token(head)))) {
                            for (var c : s.children(head)) {
                                if (Set.of("obj", "iobj").contains(c.relation())) {
                                    hearers.addAll(actors.actorsOf(c.dependent()));
                                }
                            }
                            hearers.removeIf(a -> ActorResolver.countryOf(a.actor().code())
                                    .equals(ActorResolver.countryOf(party.get(0).actor().code())));
                        }
                        ctx.emit(List.of(parties.get(0)), hearers.isEmpty() ? List.of() : List.of(hearers.get(0)), "016",
                                at, s.token(at).word() + " ... "
                                + s.token(o).word(), "denial 016 = accusations.txt disclaim " + String.join(" ", d),
                                not);
                    }
                }
            }
        }
    }

    /** reject23: nouns (lemmas) of attempts whose refusal, when they tie a party to a deed, is a denial. */
    private static final Set<String> LINK_ATTEMPTS = WordLists.words(CueFile.resource("accusations.txt", Cues.KINDS),
            "linkattempt");

    /** reject23: verbs (lemmas) that tie a party to a deed ("to link Pakistan to the attack"). */
    private static final Set<String> LINKING = WordLists.words(CueFile.resource("accusations.txt", Cues.KINDS),
            "linking");

    /**
     * reject23: a denial verb ({@code denial}) whose object is an attempt ({@code linkattempt}) to tie a party to a
     * deed ({@code linking}: "rejected any attempt to link it to the attack", "Sharif rejected India's attempts to link
     * Pakistan to the attack") denies responsibility (016), toward the attempt's maker (its possessor, adjective,
     * compound or "by" party) when one is named, in place of the rejection the verb's patterns coded.
     */
    private void linkDenials() {
        for (var t : s.tokens()) {
            int v = t.index();
            if (!t.isVerb() || !cues.denials().contains(Syntax.lower(t)) || modals.negated(v, Set.of())) {
                continue;
            }
            for (int o : s.children(v, "obj")) {
                if (!LINK_ATTEMPTS.contains(Syntax.lower(s.token(o)))) {
                    continue;
                }
                int link = -1;
                // the attempt's infinitive, which the parser may hang on the verb ("rejected attempts [to link]")
                for (var c : java.util.stream.Stream.concat(s.children(o).stream(), s.children(v).stream()).toList()) {
                    if ((Syntax.is(c.relation(), "acl") || c.relation().equals("xcomp")) && c.dependent() > o
                            && LINKING.contains(Syntax.lower(s.token(c.dependent())))) {
                        link = c.dependent();
                    }
                }
                List<Arg> deniers = actors.subjectsOf(v, 0);
                if (link < 0 || deniers.isEmpty()) {
                    continue;
                }
                Arg denier = deniers.get(0);
                List<Arg> makers = new ArrayList<>();
                for (var c : s.children(o)) {
                    if (Set.of("nmod:poss", "amod", "compound").contains(c.relation())
                            || Syntax.is(c.relation(), "nmod") && Syntax.preposition(s, c.dependent()).equals("by")) {
                        makers.addAll(actors.actorsOf(c.dependent()));
                    }
                }
                makers.removeIf(a -> sameSide(a.actor(), denier.actor()));
                var code = ctx.coder.eventCode("016");
                if (code.isEmpty()) {
                    continue;
                }
                int at = o;
                int tie = link;
                ctx.events.keySet().removeIf(k -> trigger(k) == v || trigger(k) == at || trigger(k) == tie);
                ctx.emit(List.of(denier), makers.isEmpty() ? List.of() : List.of(makers.get(0)), code.get(), v,
                        t.word() + " ... " + s.token(o).word() + " ... " + s.token(link).word(),
                        "denial 016 = accusations.txt denial " + Syntax.lower(t) + " + linkattempt "
                        + Syntax.lower(s.token(o)) + " + linking " + Syntax.lower(s.token(link)));
            }
        }
    }

    /** Adds an accusation for each word of blame said of a party, replacing the codings it explains. */
    void findAccusations() {
        purposes();
        participles();
        condemnedDoers();
        disclaimers();
        linkDenials();
        Set<Integer> done = new java.util.HashSet<>(); // one accusation a verb: the first word of blame
        for (var t : s.tokens()) {
            int w = t.index();
            boolean place = t.pos().equals("IN") && s.relation(w).equals("case"); // accuse17: "was behind the attack"
            if (!t.isNoun() && !t.pos().startsWith("JJ") && !t.pos().equals("VBN") && !place
                    || t.isVerb() && cues.breaches().containsKey(Syntax.lower(t))) {
                continue; // a verb of breach ("breached") is read below, with its object
            }
            Set<String> deps = new java.util.HashSet<>();
            for (var d : s.children(w)) {
                deps.add(s.token(d.dependent()).word().toLowerCase(Locale.ROOT));
                deps.add(Syntax.lower(s.token(d.dependent())));
            }
            Blame blame = cues.lookup(Syntax.lower(t), deps);
            if (blame == null) {
                blame = cues.lookup(t.word().toLowerCase(Locale.ROOT), deps); // "staged", lemma "stage"
            }
            if (blame == null) {
                blame = cues.rebuffs().get(Syntax.lower(t)); // "unrealistic": only of an offer, below
                if (blame != null && blame.word() != null && !deps.contains(blame.word())
                        && !(blame.word().equals("not") && (deps.contains("n't") || deps.contains("never")))) {
                    blame = null; // reject21: "acceptable" only with "not", "question" only with "out"
                }
            }
            if (blame == null) {
                continue;
            }
            // the word, or the noun it modifies ("a terrorist attack", "a staged provocation")
            int word = w;
            String rel = s.relation(w);
            if (place) {
                // a preposition of blame heads a predicate ("said Ukraine was behind the attack"): the noun it
                // governs, which must name an act the report codes or refers back to, not a place ("behind the
                // front line")
                int act = s.head(w);
                if (act < 0 || !s.token(act).isNoun() || !Syntax.hasChild(s, act, "cop")
                        || ctx.coder.references.roots(Syntax.lower(s.token(act))).isEmpty()
                        && ctx.events.keySet().stream().noneMatch(k -> trigger(k) == act)) {
                    continue;
                }
                accuse(act, blame, done);
                continue;
            }
            if ((rel.equals("amod") || rel.equals("compound")
                    || Syntax.is(rel, "nmod") && Syntax.preposition(s, w).equals("of"))
                    && s.head(w) >= 0 && s.token(s.head(w)).isNoun()) {
                word = s.head(w); // "a terrorist attack", "an act of aggression"
            }
            accuse(word, blame, done);
        }
        for (var t : s.tokens()) {
            int v = t.index();
            Blame breach = t.isVerb() ? cues.breaches().get(Syntax.lower(t)) : null;
            if (breach != null && s.children(v, Syntax.passive(s, v) ? "nsubj:pass" : "obj").stream()
                    .anyMatch(o -> cues.pacts().contains(Syntax.lower(s.token(o))))) {
                // "Lebanon says Israel breached the truce": the speaker accuses the breaker
                accuse(v, breach, done);
            }
        }
    }

    /**
     * Codes a denial of one's own deed ("Russia denied that its troops had killed civilians", or as a gerund
     * whose doer is the denier: "Hezbollah denied firing the rocket"): 016, deny
     * responsibility, by the denier toward its accuser — whoever the report last told accusing the denier's side
     * (CAMEO 11), else the party the denied deed was done to, else the other side of the report's conflict. The denied deed keeps its own, negated, coding;
     * a self-accusation the denial takes back ("denied that it was to blame") gives way to it. A denial of what
     * another party did ("denied that talks had begun") is no denial of responsibility.
     */
    void findDenials() {
        for (var t : s.tokens()) {
            int v = t.index();
            if (!t.isVerb() || !cues.denials().contains(Syntax.lower(t)) || modals.negated(v, Set.of())) {
                continue;
            }
            List<Integer> clauses = new ArrayList<>(s.children(v, "ccomp"));
            boolean gerund = false;
            if (clauses.isEmpty()) {
                // reject23: a deed of one's own denied as a gerund ("Tehran denied supplying drones to Russia",
                // "Hezbollah denied firing the rocket"): the gerund's doer is the denier
                for (int x : s.children(v, "xcomp")) {
                    if (clauses.isEmpty() && s.token(x).pos().equals("VBG") && x > v) {
                        clauses.add(x);
                        gerund = true;
                    }
                }
            }
            if (clauses.isEmpty()) {
                continue;
            }
            List<Arg> deniers = actors.subjectsOf(v, 0);
            if (deniers.isEmpty()) {
                continue;
            }
            Arg denier = deniers.get(0);
            int clause = clauses.get(0);
            Set<Integer> inside = new java.util.HashSet<>(Syntax.subtree(s, clause));
            List<Arg> doers = new ArrayList<>(actors.subjectsOf(clause, 0));
            if (gerund) {
                doers.add(denier);
            }
            for (int sub : s.children(clause, "nsubj")) {
                doers.addAll(actors.actorsOf(sub));
            }
            List<String> selfBlame = new ArrayList<>();
            for (var en : ctx.events.entrySet()) {
                if (inside.contains(trigger(en.getKey()))) {
                    doers.add(new Arg(en.getValue().source(), clause, clause, false));
                    if (en.getValue().cameo().startsWith("11") && sameSide(en.getValue().source(), denier.actor())) {
                        selfBlame.add(en.getKey()); // "denied that it was to blame"
                    }
                }
            }
            if (doers.stream().noneMatch(d -> sameSide(d.actor(), denier.actor()))) {
                continue;
            }
            ActorRef accuser = lastAccuser(denier.actor());
            for (var en : ctx.events.entrySet()) {
                Event e = en.getValue();
                if (accuser == null && inside.contains(trigger(en.getKey())) && e.target() != null
                        && !ImplicitTargets.isPopulation(e.target())
                        && sameSide(e.source(), denier.actor()) && !sameSide(e.target(), denier.actor())) {
                    // whom the denied deed was done to ("denied its troops had shelled Gori"); people of no named
                    // place are whoever the report's other side is, found below
                    accuser = e.target();
                }
            }
            if (accuser == null) {
                accuser = ctx.discourse.otherSide(ctx.events.values(), denier);
            }
            var code = ctx.coder.eventCode("016");
            if (accuser == null || code.isEmpty()) {
                continue;
            }
            selfBlame.forEach(ctx.events::remove);
            ctx.events.entrySet().removeIf(en -> trigger(en.getKey()) == v
                    && REPLACED_ROOTS.contains(en.getValue().cameo().substring(0, 2)));
            String rule = "denial 016 = accusations.txt denial " + Syntax.lower(t) + " + a deed of the denier's side";
            ctx.emit(List.of(denier), List.of(new Arg(accuser, v, v, false)), code.get(), v,
                    t.word() + " ... " + s.token(clause).word(), rule);
        }
    }

    /**
     * A protest or an act of disapproval told by an infinitive of purpose after a summons or a call to a party
     * (accuse23: "Moscow summoned the U.S. ambassador to protest the strike", "Trump called Modi to condemn the
     * killings") is the summoner's or the caller's: the parser gives such an infinitive its governor's object, as it
     * does the act asked of a party ("urged Russia to resume talks"), and the summoned envoy protested or the party
     * called condemned. The governor is a summons (a complaint, 114) or a contact (CAMEO 04: a call, a meeting) made to
     * the party the infinitive was given. A protest or complaint (14, 110, 114) so told is the summons' own complaint
     * and goes; disapproval is coded again from the governor's subject as {@link #participles} code it, with the
     * governor's modality and date (the call condemns). A demand or disapproval asked of the party an appeal or a
     * demand is made to ("urged the council to condemn the strikes", "asked Washington to press India") is no act of
     * that party: the corpus codes the appeal, not the words asked for, and it goes.
     */
    private void purposes() {
        for (String key : List.copyOf(ctx.events.keySet())) {
            Event e = ctx.events.get(key);
            int v = trigger(key);
            int head = s.head(v);
            if (e == null || e.source() == null || !e.cameo().startsWith("10") && !e.cameo().startsWith("11")
                    && !e.cameo().startsWith("14") || head < 0 || !s.token(v).isVerb()
                    || !s.relation(v).equals("xcomp")) {
                continue;
            }
            for (var en : List.copyOf(ctx.events.entrySet())) {
                Event h = en.getValue();
                if (trigger(en.getKey()) != head || h.target() == null || h.source() == null
                        || !Discourse.primary(h.target().code()).equals(Discourse.primary(e.source().code()))) {
                    continue;
                }
                if (h.cameo().startsWith("02") || h.cameo().startsWith("10")) {
                    if (!e.cameo().startsWith("14")) {
                        ctx.events.remove(key); // "urged the council to condemn": words asked for, not said
                    }
                    break;
                }
                if (!h.cameo().equals("114") && !h.cameo().startsWith("04") || e.cameo().startsWith("10")) {
                    continue;
                }
                ctx.events.remove(key);
                boolean complaint = e.cameo().startsWith("14") || e.cameo().equals("110") || e.cameo().equals("114");
                if (!complaint || !h.cameo().equals("114")) {
                    List<Arg> callers = new ArrayList<>(actors.subjectsOf(head, 0));
                    callers.removeIf(a -> !a.actor().code().equals(h.source().code()));
                    saidBy(v, callers, "purpose", "said by the party that summoned or called");
                    for (var said : List.copyOf(ctx.events.entrySet())) {
                        Event x = said.getValue();
                        if (trigger(said.getKey()) == v && x.provenance().rule().startsWith("purpose: ")) {
                            // told as the call is, not as an infinitive's intent: "called Modi to condemn" condemns
                            ctx.events.put(said.getKey(), new Event(x.source(), x.target(), x.cameo(), h.modality(),
                                    h.reportedBy(), h.date(), h.dateBasis(), h.dateText(), x.text(), x.provenance(),
                                    x.judge()));
                        }
                    }
                }
                break;
            }
        }
    }

    /**
     * A verb of demand or disapproval told as a participle set off by a comma after its clause (accuse15: "The army
     * returned fire, accusing Eritrea of breaking the truce", "Manila summoned the Chinese ambassador, accusing
     * Beijing of dangerous manoeuvres", "Protesters marched on parliament, demanding ...") is said by the clause's
     * subject, which the participle has none of its own: coded with its verb entry's code (roots of {@code
     * accusations.txt} {@code participle}) at the participle's object, or the doer of the act its object names.
     * Not when the dictionaries coded it already, when it is negated, or with no one it is said of.
     */
    private void participles() {
        for (var t : s.tokens()) {
            int v = t.index();
            String rel = baseRelation(s.relation(v));
            int head = s.head(v);
            if (!t.pos().equals("VBG") || head < 0 || v == 0 || !s.token(v - 1).word().equals(",")
                    || !Set.of("dep", "advcl", "acl", "parataxis", "xcomp", "conj").contains(rel)
                    || ctx.events.keySet().stream().anyMatch(k -> trigger(k) == v) || modals.negated(v, Set.of())) {
                continue;
            }
            int governor = head;
            if (rel.equals("acl")) {
                String nounRel = baseRelation(s.relation(head));
                if (!Set.of("obj", "obl", "iobj").contains(nounRel) || s.head(head) < 0) {
                    continue; // "China's envoy, accusing Manila of lies, said ...": the noun's own words
                }
                governor = s.head(head); // "summoned the Chinese ambassador, accusing Beijing ..."
            }
            if (!s.token(governor).isVerb() || !s.children(v, "nsubj").isEmpty()) {
                continue;
            }
            saidBy(v, actors.subjectsOf(governor, 0), "participle", "said by its clause's subject");
        }
        quotedFirstPerson();
    }

    /**
     * A verb of demand or disapproval whose subject is the first person ("we", "I") inside quotation marks is said by
     * the quote's speaker: the subject of a speech verb outside the marks in the same sentence ("We condemn this
     * attack by Eritrea," the Ethiopian foreign minister said), coded as {@link #participles} codes, with the same
     * roots.
     */
    private void quotedFirstPerson() {
        for (var t : s.tokens()) {
            int v = t.index();
            if (!t.isVerb() || !quoted(v) || ctx.events.keySet().stream().anyMatch(k -> trigger(k) == v)
                    || modals.negated(v, Set.of()) || s.children(v, "nsubj").stream().noneMatch(
                            c -> Set.of("we", "i").contains(s.token(c).word().toLowerCase(Locale.ROOT)))) {
                continue;
            }
            for (var speech : s.tokens()) {
                int w = speech.index();
                if (speech.isVerb() && !quoted(w) && EventCoder.SPEECH.contains(Syntax.lower(speech))
                        && !cues.denials().contains(Syntax.lower(speech))) {
                    List<Arg> speakers = actors.subjectsOf(w, 0);
                    if (!speakers.isEmpty()) {
                        saidBy(v, speakers, "quoted", "said by the quote's speaker");
                        break;
                    }
                }
            }
        }
    }

    /** Whether the token at {@code i} stands between quotation marks of its sentence. */
    private boolean quoted(int i) {
        int marks = 0;
        for (int j = 0; j < i; j++) {
            String w = s.token(j).word();
            if (w.equals("``") || w.equals("''") || w.equals("\"") || w.equals("\u201c") || w.equals("\u201d")) {
                marks++;
            }
        }
        return marks % 2 == 1;
    }

    /**
     * Codes the verb at {@code v}, whose subject the sentence does not give, as said by {@code sources}: its verb
     * entry's code when that is of a root of {@code accusations.txt} {@code participle}, at its object's party or the
     * doer of the act its object names; nothing with no source or no one it is said of.
     */
    private void saidBy(int v, List<Arg> sources, String how, String why) {
        var t = s.token(v);
        List<org.saydo.dict.VerbEntry> entries = ctx.coder.dictionaries.verbs().lookupLemma(Syntax.upperLemma(t));
        if (entries.isEmpty() || entries.get(0).code() == null) {
            return;
        }
        var code = ctx.coder.eventCode(entries.get(0).code());
        if (code.isEmpty() || !cues.participleRoots().contains(code.get().substring(0, 2))) {
            return;
        }
        if (sources.isEmpty()) {
            return;
        }
        List<Arg> targets = new ArrayList<>();
        for (int o : s.children(v, "obj")) {
            targets.addAll(actors.actorsOf(o));
            if (targets.isEmpty()) {
                targets.addAll(doersOf(o, v, sources.get(0).actor()));
            }
        }
        targets.removeIf(a -> sources.stream().anyMatch(x -> sameSide(a.actor(), x.actor())));
        if (targets.isEmpty()) {
            return;
        }
        org.saydo.dict.VerbEntry entry = entries.get(0);
        String rule = how + ": " + entry.source() + " " + entry.phrase() + " [" + entry.code() + "] + " + why
                + " (accusations.txt participle)";
        ctx.emit(sources, targets, code.get(), v, t.word(), rule);
    }

    /** Prepositions by which a word of disapproval names the act it is aimed at ("angry at the visit"). */
    private static final Set<String> AIMED = Set.of("to", "at", "against", "with");

    /**
     * A party that condemns, criticises or accuses an act condemns whoever did it (accuse15): the object of a verb of
     * disapproval (CAMEO 11) that names an act ("condemned the attack by Rwandan troops on Goma", "criticised the
     * attack as a violation of the Algiers accord", "condemned the overflights by Turkish jets") targets the act's
     * doer, not the place or the victim the act names, nor a party of the name it is given. The doer is the act's
     * "by" party, its possessor or a party its adjective names ("the Eritrean shelling"), the source of the act the
     * sentence coded on that noun, or, for a definite noun that refers back to an act ({@code eventrefs.txt}), the
     * doer of the first such act the report told. Of the condemning side itself, or with none found, the event is
     * left as it is.
     */
    private void condemnedDoers() {
        for (String key : List.copyOf(ctx.events.keySet())) {
            Event e = ctx.events.get(key);
            int v = trigger(key);
            if (e == null || !e.cameo().startsWith("11") || e.source() == null
                    || !s.token(v).isVerb() && e.target() != null) {
                continue;
            }
            List<Integer> objects = new ArrayList<>(s.children(v, Syntax.passive(s, v) ? "nsubj:pass" : "obj"));
            if (e.target() == null) {
                for (int c : s.children(v, "obl")) {
                    if (Syntax.preposition(s, c).equals("on")) {
                        objects.add(c); // "blamed the deaths on Eritrean shelling"
                    }
                }
                // accuse23: what anger is aimed at, of a verb or of its object's noun ("reacted angrily to the visit
                // by the U.S. speaker", "expressed indignation at the remarks by the Japanese minister")
                List<Integer> heads = new ArrayList<>(List.of(v));
                heads.addAll(s.children(v, "obj"));
                for (int h : heads) {
                    for (var d : s.children(h)) {
                        if ((Syntax.is(d.relation(), "obl") || Syntax.is(d.relation(), "nmod"))
                                && AIMED.contains(Syntax.preposition(s, d.dependent()))) {
                            objects.add(d.dependent());
                        }
                    }
                }
            }
            List<Arg> doers = List.of();
            for (int n : objects) {
                doers = doersOf(n, v, e.source());
                if (!doers.isEmpty()) {
                    break;
                }
            }
            if (doers.isEmpty() && e.target() == null) {
                // "repeated its accusation that Rwanda arms the rebels": the party the clause tells of
                List<Integer> nouns = s.token(v).isVerb() ? s.children(v, "obj") : List.of(v);
                for (int n : nouns) {
                    int clause = Demands.thatClause(s, n);
                    if (clause >= 0 && doers.isEmpty()) {
                        doers = actors.subjectsOf(clause, 0);
                    }
                }
            }
            List<Arg> found = doers;
            if (found.isEmpty() || found.stream().anyMatch(a -> sameSide(a.actor(), e.source()))
                    || e.target() != null && found.stream().anyMatch(a -> sameSide(a.actor(), e.target()))) {
                continue;
            }
            List<Arg> sources = new ArrayList<>(actors.subjectsOf(v, 0));
            sources.removeIf(a -> !a.actor().code().equals(e.source().code()));
            if (sources.isEmpty() && !s.token(v).isVerb()) {
                sources.addAll(Demands.owners(s, actors, v, e.source())); // "Congo's accusation that ..."
            }
            if (sources.isEmpty()) {
                sources.add(new Arg(e.source(), v, v, false));
            }
            ctx.events.remove(key);
            ctx.emit(sources, found, e.cameo(), v, e.provenance().trigger(),
                    e.provenance().rule() + " + target: the doer of the act condemned (accusations.txt)");
        }
    }

    /**
     * The doers of the act the noun {@code n} names, as the object of the verb {@code v} said by {@code speaker}:
     * its "by" party (or the active verb's, where the parser hangs "by" on it), its possessor or adjective's party,
     * the source of the act coded on it, or the doer of the act a definite noun refers back to. Empty when the noun
     * names no act ("criticised the Turkish government") or no doer is found.
     */
    private List<Arg> doersOf(int n, int v, ActorRef speaker) {
        if (!s.token(n).isNoun()) {
            return List.of();
        }
        String lemma = Syntax.lower(s.token(n));
        Set<String> roots = ctx.coder.references.roots(lemma);
        List<Arg> coded = new ArrayList<>();
        for (var en : ctx.events.entrySet()) {
            if (trigger(en.getKey()) == n && en.getValue().source() != null
                    && !ImplicitTargets.standIn(en.getValue().source())
                    && !ImplicitSources.standIn(en.getValue().source())) {
                coded.add(new Arg(en.getValue().source(), n, n, false));
            }
        }
        List<Arg> by = new ArrayList<>();
        for (var d : s.children(n)) {
            int c = d.dependent();
            if (Syntax.is(s.relation(c), "nmod") && Syntax.preposition(s, c).equals("by")) {
                by.addAll(actors.actorsOf(c));
            }
        }
        if (by.isEmpty() && !Syntax.passive(s, v) && (!roots.isEmpty() || !coded.isEmpty() || s.token(n).pos()
                .equals("NNS"))) {
            for (int c : s.children(v, "obl")) {
                if (Syntax.preposition(s, c).equals("by") && c > n) {
                    by.addAll(actors.actorsOf(c)); // "condemned the overflights [by Turkish jets]"
                }
            }
        }
        if (!by.isEmpty()) {
            return by;
        }
        if (roots.isEmpty() && coded.isEmpty()) {
            return List.of(); // no act named
        }
        List<Arg> owners = new ArrayList<>();
        for (var d : s.children(n)) {
            int c = d.dependent();
            String rel = s.relation(c);
            if (rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound")) {
                owners.addAll(actors.actorsOf(c));
            }
        }
        if (!owners.isEmpty()) {
            return owners;
        }
        if (!coded.isEmpty()) {
            return coded;
        }
        if (s.children(n, "det").stream().anyMatch(d -> ctx.coder.references.determiner(s.token(d).word()))) {
            ActorRef agent = ctx.discourse.agentOfFirst(ctx.events.values(), roots,
                    List.of(new Arg(speaker, v, v, false)));
            if (agent != null) {
                return List.of(new Arg(agent, n, n, false)); // "condemned the attack": whoever attacked
            }
        }
        return List.of();
    }

    private void accuse(int word, Blame blame, Set<Integer> done) {
        if (modals.negated(word, Set.of()) && !"not".equals(blame.word())) {
            return; // "said it was not a crime"; "not acceptable" is a refusal's own word (rebuffwith)
        }
        int speech = -1;
        int named = -1;
        int doer = -1; // a verb whose subject did the wrong named
        int head = s.head(word);
        String rel = s.relation(word);
        boolean copular = Syntax.hasChild(s, word, "cop");
        if (s.token(word).isVerb() && cues.breaches().containsKey(Syntax.lower(s.token(word)))) {
            doer = word; // "said Israel had violated the ceasefire"
            speech = reporter(word);
        } else if (rel.equals("obj") && head >= 0 && committing(head)) {
            // "said the militias had committed war crimes", "carried out ethnic cleansing"
            if (modals.negated(head, Set.of())) {
                return;
            }
            doer = head;
            speech = reporter(head);
        } else if (!copular && head >= 0 && cues.copulas().contains(Syntax.lower(s.token(head)))
                && (rel.equals("obj") || Syntax.is(rel, "obl"))) {
            // "the raid amounted to a war crime": the verb stands for "be"
            if (modals.negated(head, Set.of())) {
                return;
            }
            named = subjectNoun(head);
            speech = reporter(head);
        } else if (copular) {
            named = subjectNoun(word);
            speech = reporter(word);
            if (named < 0 && speech < 0) {
                // accuse17: "Pyongyang said [the drills] were a provocation", parsed with "said" as the clausal
                // subject of "provocation" and "drills" as its object (SpeechReparse leaves copular heads alone)
                for (int c : s.children(word, "csubj")) {
                    int o = c < word && s.token(c).isVerb() && speaking(c) ? SpeechReparse.reportedSubject(s, c, word)
                            : -1;
                    if (o >= 0) {
                        named = o;
                        speech = c;
                    }
                }
            }
            int subject = named;
            if (subject >= 0 && s.children(subject).stream().anyMatch(d -> d.dependent() < subject
                    && s.token(d.dependent()).pos().equals("VBG"))) {
                return; // "said arming Ukraine would be a mistake": the party is what the act is done to
            }
        } else if (head >= 0 && naming(head) && NAME_RELATIONS.contains(baseRelation(rel))) {
            // "called the shelling a war crime", "described Somalia as a hostile state", "what it called X's attack"
            speech = head;
            named = namedObject(head, word);
        } else if (head >= 0 && (rel.equals("dep") || rel.equals("appos") || Syntax.is(rel, "nmod")
                && !Syntax.preposition(s, word).equals("of")) && Set.of("obj", "iobj").contains(s.relation(head))
                && s.head(head) >= 0 && naming(s.head(head))) {
            speech = s.head(head); // the parser hangs "a war crime" on the object: "called [the incursion a war crime]"
            named = head;
        } else if (head >= 0 && (rel.equals("dep") || rel.equals("appos")) && Syntax.is(s.relation(head), "nmod")) {
            // accuse17: or on a noun inside the object's phrase: "called [the RSF's siege of [the city] a war crime]"
            int object = head;
            while (object >= 0 && Syntax.is(s.relation(object), "nmod")) {
                object = s.head(object);
            }
            if (object >= 0 && s.relation(object).equals("obj") && s.head(object) >= 0 && naming(s.head(object))) {
                speech = s.head(object);
                named = object;
            }
        }
        // accuse17: a word of refusal said of an offer, a proposal or a demand rejects it ("said the Russian demands
        // were unacceptable", "called Kyiv's proposal unrealistic"): 12x at the offer's party, not blame
        String offer = named >= 0 && doer < 0 && cues.rebuffs().containsKey(Syntax.lower(s.token(word)))
                ? cues.offers().get(Syntax.lower(s.token(named))) : null;
        if (offer == null && blame.code().startsWith("12")) {
            return; // a word of refusal only (rebuff, not blame) said of no offer
        }
        // the code the verb's own coding may already give: the root, but for a denial (016) that code itself, as the
        // speech verb's plain statement (010) gives way to it below
        String root = offer == null ? "11" : offer.startsWith("01") ? offer : offer.substring(0, 2);
        int verb = speech;
        if (speech < 0 || modals.negated(speech, Set.of()) || ctx.events.entrySet().stream()
                .anyMatch(en -> trigger(en.getKey()) == verb && en.getValue().cameo().startsWith(root))) {
            return; // a name of wrongdoing the verb's own coding gave (labels.txt) is not told twice
        }
        List<Arg> accusers = actors.subjectsOf(speech, 0);
        int governor = s.head(speech);
        if (accusers.isEmpty() && governor >= 0 && s.token(governor).isVerb() && s.token(speech).pos().equals("VBG")
                && Set.of("dep", "advcl", "parataxis", "xcomp").contains(baseRelation(s.relation(speech)))) {
            // "It blames Seoul for the collapse, calling the suspension a reckless provocation": the participle
            // says what its governor's subject says
            accusers = actors.subjectsOf(governor, 0);
        }
        if (accusers.isEmpty()) {
            return;
        }
        Arg accuser = accusers.get(0);
        List<Arg> accused = new ArrayList<>(doer >= 0 ? actors.subjectsOf(doer, 0) : List.of());
        if (accused.isEmpty()) {
            accused = accusedOf(doer >= 0 ? subjectNoun(doer) : named, word, accuser);
        }
        if (accused.isEmpty() && doer < 0 && named >= 0 && s.token(named).pos().startsWith("W")
                && s.relation(speech).equals("acl:relcl") && s.head(speech) >= 0) {
            accused = antecedentParty(s.head(speech), word, accuser);
        }
        if (accused.isEmpty() && offer != null && offer.startsWith("01")) {
            // accuse19: "said the accusations were baseless": whoever the report last told accusing the speaker's side
            ActorRef last = lastAccuser(accuser.actor());
            if (last != null) {
                accused = new ArrayList<>(List.of(new Arg(last, named, named, false)));
            }
        }
        accused.removeIf(a -> sameSide(a.actor(), accuser.actor()));
        if (accused.isEmpty() && doer < 0 && named >= 0) {
            accused = referredAct(named, accuser); // verbal27: "Seoul called it a provocation"
        }
        if (accused.isEmpty()) {
            return; // "said the killings were war crimes" names no one: guessing the other side cost precision
        }
        var code = ctx.coder.eventCode(offer != null ? offer : blame.code());
        List<Arg> blamed = accused;
        if (code.isEmpty() || doer >= 0 && ctx.events.values().stream().anyMatch(e -> e.cameo().startsWith("11")
                && e.target() != null && sameSide(e.source(), accuser.actor())
                && blamed.stream().anyMatch(a -> sameSide(e.target(), a.actor())))) {
            return; // "accused Seoul of breaking the pact, saying it had violated it": the deed told once (a name
                    // of blame given beside an accusation, "blamed X, calling it a provocation", is one more)
        }
        if (!done.add(speech)) {
            return;
        }
        int at = speech;
        ctx.events.entrySet().removeIf(en -> trigger(en.getKey()) == at
                && REPLACED_ROOTS.contains(en.getValue().cameo().substring(0, 2)));
        String rule = (offer == null ? "accusation " : root.startsWith("01") ? "denial " : "rejection ") + code.get()
                + " = accusations.txt:"
                + blame.where().substring(blame.where().lastIndexOf(':') + 1)
                + (doer == word ? " breach " : offer != null ? " rebuff " : " blame ")
                + blame.lemma()
                + (blame.word() == null ? "" : " " + blame.word()) + " + verb " + Syntax.upperLemma(s.token(speech));
        String trigger = s.token(speech).word() + (word > speech ? " ... " : " ") + s.token(word).word();
        ctx.emit(List.of(accuser), accused, code.get(), speech, trigger, rule);
    }

    /** verbal27: pronouns (as written, lower case) that, named by a word of blame, stand for the act told before. */
    private static final Set<String> REFERRING = WordLists.words(CueFile.resource("accusations.txt", Cues.KINDS),
            "referring");

    /** verbal27: CAMEO roots of the acts such a pronoun stands for. */
    private static final Set<String> REFERRED = WordLists.words(CueFile.resource("accusations.txt", Cues.KINDS),
            "referred");

    /**
     * verbal27: how many sentences back the act such a pronoun stands for may have been told (the sentence between may
     * tell what a speaker said of it).
     */
    private static final int REFERRED_REACH = 2;

    /**
     * verbal27: the doer of the act a pronoun of blame stands for ("North Korea fired a missile over Japan. Tokyo
     * called it a reckless provocation", "Russian missiles hit Odesa. Zelensky said this was terrorism"): the last act
     * of an {@code accusations.txt} {@code referred} root the report told as news in the two sentences before, or in
     * this one before the pronoun, by a side other than the accuser's. Empty when {@code named} is no such pronoun or
     * no such act was told, or when the last such act is the accuser's side's own.
     */
    private List<Arg> referredAct(int named, Arg accuser) {
        if (!REFERRING.contains(s.token(named).word().toLowerCase(Locale.ROOT))) {
            return new ArrayList<>();
        }
        List<Event> before = ctx.toldBefore(REFERRED_REACH, named);
        for (int i = before.size() - 1; i >= 0; i--) {
            Event e = before.get(i);
            if (e.source() == null || ImplicitTargets.standIn(e.source()) || ImplicitSources.standIn(e.source())
                    || !REFERRED.contains(e.cameo().substring(0, 2))
                    || e.modality() != Modality.ASSERTED && e.modality() != Modality.REPORTED) {
                continue;
            }
            if (sameSide(e.source(), accuser.actor())) {
                return new ArrayList<>(); // the last act told is the accuser's own: "it" is something else
            }
            return new ArrayList<>(List.of(new Arg(e.source(), named, named, false)));
        }
        return new ArrayList<>();
    }

    /**
     * The source of the last accusation (CAMEO 11) the report told of this party's side by another side, in this
     * sentence or before it, or null: whom a denial with no accuser named answers.
     */
    private ActorRef lastAccuser(ActorRef party) {
        ActorRef accuser = null;
        List<Event> before = new ArrayList<>(ctx.discourse.told);
        before.addAll(ctx.events.values());
        for (Event e : before) {
            if (e.cameo().startsWith("11") && e.target() != null && sameSide(e.target(), party)
                    && !sameSide(e.source(), party)) {
                accuser = e.source();
            }
        }
        return accuser;
    }

    /** Whether the verb at {@code v} says its subject did the wrong its object names ("committed", "carried out"). */
    private boolean committing(int v) {
        if (!s.token(v).isVerb()) {
            return false;
        }
        String lemma = Syntax.lower(s.token(v));
        if (cues.commits().contains(lemma)) {
            return true;
        }
        for (int p : s.children(v, "compound:prt")) {
            if (cues.commits().contains(lemma + " " + s.token(p).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the verb at {@code v} is a verb of saying that is no denial. */
    private boolean speaking(int v) {
        String lemma = Syntax.lower(s.token(v));
        return EventCoder.SPEECH.contains(lemma) && !cues.denials().contains(lemma);
    }

    /** Whether the verb at {@code v} names its object: a naming verb, in no sense of denial. */
    private boolean naming(int v) {
        return s.token(v).isVerb() && cues.naming().contains(Syntax.lower(s.token(v)));
    }

    /** The relation without its subtype ("obl:as" is "obl"). */
    private static String baseRelation(String rel) {
        int colon = rel.indexOf(':');
        return colon < 0 ? rel : rel.substring(0, colon);
    }

    /** The subject of a predicate, or -1. */
    private int subjectNoun(int predicate) {
        List<Integer> subjects = s.children(predicate, "nsubj");
        return subjects.isEmpty() ? -1 : subjects.get(0);
    }

    /** The thing a naming verb names: its object other than the word itself; the word when it is the object. */
    private int namedObject(int verb, int word) {
        for (int o : s.children(verb, "obj")) {
            if (o != word) {
                return o;
            }
        }
        for (int o : s.children(verb, "nsubj:pass")) {
            return o; // "the attack was described as a war crime"
        }
        for (int o : s.children(word, "nsubj")) {
            return o; // a small clause: "calling [the Eritrean shelling a provocation]"
        }
        if (s.relation(word).equals("obj")) {
            return word; // "what it called Ukraine's terrorist attack"
        }
        return -1;
    }

    /**
     * The speech verb that reports the clause of {@code predicate}: its head when the clause is its complement,
     * or a speech verb commenting on it ("X is a war criminal, the minister said"); -1 for none or for a denial.
     */
    private int reporter(int predicate) {
        int at = predicate;
        for (int step = 0; step < 3; step++) {
            int head = s.head(at);
            String rel = s.relation(at);
            if (head >= 0 && Syntax.is(rel, "conj")) {
                at = head;
                continue;
            }
            if (head >= 0 && Syntax.is(rel, "ccomp") && s.token(head).isVerb()) {
                String lemma = Syntax.lower(s.token(head));
                return EventCoder.SPEECH.contains(lemma) && !cues.denials().contains(lemma) ? head : -1;
            }
            break;
        }
        if (s.head(at) < 0) {
            for (int c : s.children(at, "parataxis")) {
                String lemma = Syntax.lower(s.token(c));
                if (EventCoder.SPEECH.contains(lemma) && !cues.denials().contains(lemma)) {
                    return c;
                }
            }
        }
        return -1;
    }

    /**
     * The party accused through the thing named: the thing itself when it is an actor ("Somalia", "he"); else the
     * possessor or "by" party of the thing or of the word of blame ("Argentina's blockade", "a provocation by
     * Kosovo"); else the doer of the act the sentence coded on the thing.
     */
    private List<Arg> accusedOf(int named, int word, Arg accuser) {
        List<Arg> out = new ArrayList<>();
        if (named >= 0 && !s.token(named).pos().equals("WP")) {
            out.addAll(actors.actorsOf(named));
            if (!out.isEmpty()) {
                return out;
            }
        }
        for (int n : new int[] {named, word}) {
            if (n < 0) {
                continue;
            }
            for (int p : s.children(n, "nmod:poss")) {
                out.addAll(actors.actorsOf(p));
            }
            for (var dep : s.children(n)) {
                int m = dep.dependent();
                if (Syntax.is(s.relation(m), "nmod") && Syntax.preposition(s, m).equals("by")) {
                    out.addAll(actors.actorsOf(m));
                }
                if (s.relation(m).equals("amod") || s.relation(m).equals("compound")) {
                    out.addAll(actors.actorsOf(m)); // "the Eritrean incursion"
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        if (named >= 0) {
            for (var en : ctx.events.entrySet()) {
                if (trigger(en.getKey()) == named && en.getValue().source() != null) {
                    out.add(new Arg(en.getValue().source(), named, named, false)); // "the killings" coded as RUS's
                }
            }
        }
        // accuse15: "said the shelling was a provocation", "the demolition broke the accord": a definite noun that
        // refers back to an act the report told (eventrefs.txt) accuses whoever did it
        ActorRef agent = out.isEmpty() && named >= 0 && s.token(named).isNoun() ? ctx.referredAgent(named, accuser)
                : null;
        if (agent != null) {
            out.add(new Arg(agent, named, named, false));
        }
        return out;
    }

    /**
     * silentverbal26: the party a relative clause of naming accuses through its antecedent ("held votes in four
     * regions, which Kyiv dismissed as a sham", "fired a missile over Japan, which Tokyo called a provocation"): the
     * antecedent's own party, as {@link #accusedOf} finds it, else the subject of the verb the antecedent (or the
     * phrase it ends) is the object or an oblique of: whoever did the act it names.
     */
    private static final Set<String> SCENES = Set.of("in", "at", "near", "around", "over", "across", "into", "on");

    private List<Arg> antecedentParty(int antecedent, int word, Arg accuser) {
        boolean where = (Syntax.is(s.relation(antecedent), "nmod") || Syntax.is(s.relation(antecedent), "obl"))
                && SCENES.contains(Syntax.preposition(s, antecedent));
        List<Arg> out = where ? new ArrayList<>() : accusedOf(antecedent, word, accuser);
        if (!out.isEmpty() || !s.token(antecedent).isNoun()) {
            return out; // the place an act was done in is not what the clause names ("its operation in Rafah, which")
        }
        int n = antecedent;
        while (n >= 0 && Syntax.is(s.relation(n), "nmod")) {
            n = s.head(n);
            if (n >= 0 && s.token(n).isNoun()) {
                out.addAll(accusedOf(n, -1, accuser)); // "Russia's annexation of four regions, which ..."
                if (!out.isEmpty()) {
                    return out;
                }
            }
        }
        int verb = n >= 0 ? s.head(n) : -1;
        if (verb >= 0 && s.token(verb).isVerb() && (s.relation(n).equals("obj") || Syntax.is(s.relation(n), "obl"))
                && !modals.negated(verb, Set.of())) {
            out.addAll(actors.subjectsOf(verb, 0));
        }
        return out;
    }

    /**
     * Whether two parties are one side for blame (accuse17): of one country or organisation, as {@link
     * ActorResolver#sameSide} says, unless one of them is that country's rebels, opposition or insurgents and the
     * other is not (the corpus's own rule, {@link Discourse#primary}): the army that blames the RSF, the government
     * that calls Wagner's mutiny treason and the opposition that calls the government's deal a surrender accuse
     * another side.
     */
    private static boolean sameSide(ActorRef a, ActorRef b) {
        return ActorResolver.sameSide(a, b) && Discourse.primary(a.code()).equals(Discourse.primary(b.code()));
    }
}
