package org.saydo.code;

import static org.saydo.code.Sentence.trigger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.saydo.code.ModalityRules.Modal;
import org.saydo.nlp.TimeExpression;
import org.saydo.nlp.Token;
import org.saydo.record.ActorRef;
import org.saydo.record.DateBasis;
import org.saydo.record.Event;
import org.saydo.record.Modality;
import org.saydo.record.Provenance;

/**
 * Joins a speech act and the act it embeds into one event ({@link Combination}): "Russia promised to provide
 * aid to Syria" is one event with the promise's modality, not a promise beside an intended aid event.
 *
 * <p>Not thread-safe; one per {@link Sentence}.
 */
final class EventCombiner extends SentencePass {

    /** The actors the sentence names. */
    private final ActorResolver actors;
    /** The modality of what is coded. */
    private final ModalityRules modals;

    EventCombiner(Sentence ctx, ActorResolver actors, ModalityRules modals) {
        super(ctx);
        this.actors = java.util.Objects.requireNonNull(actors, "actors");
        this.modals = java.util.Objects.requireNonNull(modals, "modals");
    }

    /**
     * Replaces each speech act and the act it embeds by one event: RUS SYR 033 for "Russia promised to provide
     * aid to Syria". The trigger is the speech verb, the rule names both parts.
     */
    void combine() {
        Map<Integer, List<String>> byTrigger = new LinkedHashMap<>();
        for (String key : ctx.events.keySet()) {
            byTrigger.computeIfAbsent(trigger(key),
                    k -> new ArrayList<>()).add(key);
        }
        for (var lowerEntry : byTrigger.entrySet()) {
            int lower = lowerEntry.getKey();
            int upper = embedding(lower, 0);
            if (upper < 0 && obligation(lower, 0)) {
                oblige(lower, lowerEntry.getValue()); // "Hamas is to release 33 hostages"
                continue;
            }
            List<Event> lowers = upper < 0 ? List.of() : present(lowerEntry.getValue());
            if (lowers.isEmpty()) {
                continue;
            }
            List<Event> uppers = present(byTrigger.getOrDefault(upper, List.of()));
            boolean nounUpper = s.token(upper).isNoun();
            Optional<Combination.Family> family = nounUpper ? nounFamily(upper)
                    : Combination.family(Syntax.lower(s.token(upper)),
                    uppers.isEmpty() ? Optional.empty() : Optional.of(uppers.get(0).cameo()));
            // "Lavrov said Russia would strike Kyiv": a speaker foretelling its own side's act states an intent
            // (a threat, when the act does harm), not the act
            boolean foretold = family.isEmpty() && foretells(upper, lower, lowers);
            if (foretold) {
                family = Optional.of(Combination.Family.INTEND);
            }
            // "Israel is expected to free 90 prisoners": an obligation put on the subject, which promises the act
            boolean obliged = family.isEmpty() && Syntax.passive(s, upper)
                    && Combination.obliges(Syntax.lower(s.token(upper)));
            if (obliged) {
                family = Optional.of(Combination.Family.INTEND);
            }
            boolean negated = modals.negated(lower, Set.of());
            // a pattern of the speech verb that names the embedded verb ("WANT * ATTACK" [138]) has already
            // said what the whole means
            boolean patterned = !uppers.isEmpty() && ctx.patternVerbs.getOrDefault(upper, Set.of()).contains(lower);
            Optional<String> code = patterned ? Optional.of(uppers.get(0).cameo())
                    : family.isEmpty() || Syntax.is(s.relation(lower), "ccomp") && !Combination.clausal(family.get())
                    ? Optional.empty()
                    : negated ? Combination.notToAct(family.get(), lowers.get(0).cameo()) // "undertook not to attack"
                    : obliged ? Optional.of(Combination.obligation(lowers.get(0).cameo()))
                    : foretold && Combination.decision(lowers.get(0).cameo()) ? Optional.of(lowers.get(0).cameo())
                    : Combination.code(family.get(), lowers.get(0).cameo());
            code = code.flatMap(c -> ctx.coder.eventCode(c));
            if (code.isEmpty()) {
                continue; // "promised not to criticise" is a promise, not about the act
            }
            List<ActorRef> sources = new ArrayList<>();
            uppers.forEach(e -> addDistinct(sources, e.source()));
            if (sources.isEmpty()) {
                actors.subjectsOf(upper, 0).forEach(a -> addDistinct(sources, a.actor()));
            }
            if (sources.isEmpty() && nounUpper) {
                nounMakers(upper).forEach(a -> addDistinct(sources, a.actor()));
            }
            if (sources.isEmpty() && obliged) {
                lowers.forEach(e -> addDistinct(sources, e.source())); // whoever is obliged does the act
            }
            // one's own side's act, whatever the agent: "Trump warned that the United States would strike" (USAGOV
            // for USAMIL), "Lavrov promised that Russia would not attack"
            boolean ownAct = family.isPresent() && !family.get().addressed();
            boolean own = lowers.stream().anyMatch(e -> sources.stream()
                    .anyMatch(x -> x.code().equals(e.source().code()) || foretold && sameSide(x, e.source())
                    || ownAct && Discourse.primary(x.code()).equals(Discourse.primary(e.source().code()))));
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
            int unknown = family.isPresent() && family.get() == Combination.Family.APPEAL ? unknownAddressee(upper) : -1;
            List<ActorRef> targets = family.isPresent() && family.get().addressed()
                    ? (unknown >= 0 ? List.of(new ActorRef(ImplicitTargets.NO_PARTY_CODE, "no party",
                            s.token(unknown).word()))
                    : !addressees.isEmpty() ? addressees : !actors.isEmpty() ? actors : parties)
                    : (!parties.isEmpty() ? parties : addressees);
            Modal modal = modals.modality(upper, 0);
            if (obliged && modal.modality() == Modality.HYPOTHETICAL && !modals.conditional(lower)) {
                modal = new Modal(Modality.INTENT, modal.reportedBy()); // "is expected to free": expected of it
            }
            if ((foretold || obliged || nounUpper)
                    && (modal.modality() == Modality.ASSERTED || modal.modality() == Modality.REPORTED)) {
                modal = new Modal(modals.conditional(lower) ? Modality.HYPOTHETICAL : Modality.INTENT, null);
            }
            TimeExpression time = ctx.timeOf(upper);
            if (Sentence.dayOf(time) == null) {
                time = ctx.timeOf(lower);
            }
            boolean dated = Sentence.dayOf(time) != null;
            // neither verb dated by its own clause: the day the upper act was told on (Sentence.emit: its saying's,
            // its paragraph's or its actor's last day; "Blinken said on Wednesday ...\nHe urged both forces to stop
            // the fighting")
            Event toldOn = dated ? null : uppers.stream().filter(e -> e.dateBasis() == DateBasis.TEXT
                    && e.date() != null && e.dateText() != null).findFirst().orElse(null);
            if ((modal.modality() == Modality.ASSERTED || modal.modality() == Modality.REPORTED)
                    && ctx.background.background(upper, time)) {
                // "has repeatedly promised to protect civilians", "threatened in 2022 to cut off the gas": a
                // standing or past speech act, as any other act (Sentence.emit): dated by the text or not at all
                modal = new Modal(Modality.BACKGROUND, null);
            }
            boolean undated = !dated && modal.modality() == Modality.BACKGROUND;
            // the day the words name for an act of this modality, as Sentence.emit takes it ("three months ago" is
            // the first of its month, "on Saturday" the last Saturday up to the report)
            LocalDate day = dated ? DateSanity.day(Sentence.dayOf(time), modal.modality(), ctx.doc.published(),
                    time.text()) : null;
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
            Provenance p = new Provenance(ctx.doc.id(), ctx.doc.source(), s.index(), s.begin(), s.end(), start, end,
                    triggerText, ut.begin(), ut.end(), rule, ctx.coder.pipeline);
            byTrigger.getOrDefault(upper, List.of()).forEach(ctx.events::remove);
            lowerEntry.getValue().forEach(ctx.events::remove);
            List<ActorRef> targetList = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
            for (ActorRef src : sources) {
                for (ActorRef tgt : targetList) {
                    if (tgt != null && tgt.code().equals(src.code())) {
                        continue;
                    }
                    String key = src.code() + "|" + (tgt == null ? "" : tgt.code()) + "|" + code.get() + "|" + upper;
                    boolean inherits = toldOn != null && !undated && (modal.modality() == Modality.ASSERTED
                            || modal.modality() == Modality.REPORTED || modal.modality() == Modality.NEGATED);
                    ctx.events.putIfAbsent(key, inherits
                            ? new Event(src, tgt, code.get(), modal.modality(),
                                    modal.reportedBy() == null ? null : modal.reportedBy().actor(), toldOn.date(),
                                    toldOn.dateBasis(), toldOn.dateText(), s.text(), p)
                            : new Event(src, tgt, code.get(), modal.modality(),
                            modal.reportedBy() == null ? null : modal.reportedBy().actor(),
                            dated ? day : undated ? null : ctx.doc.published(),
                            DateSanity.check(day, dated ? DateBasis.TEXT
                                    : undated ? DateBasis.NONE : DateBasis.PUBLICATION,
                                    modal.modality(), ctx.doc.published(), dated ? time.text() : null),
                            dated ? time.text() : null, s.text(), p));
                }
            }
        }
        namings();
        unknownAddressees();
        unaddressed();
    }

    /** What the rule adds to an act made to an addressee ({@code targets.txt} {@code addressed}) naming none. */
    static final String UNADDRESSED_RULE = " + addressee: none named";

    /**
     * Marks the acts made to an addressee ({@code targets.txt} {@code addressed}: appeals) whose verb names no one they
     * are made to ({@link #namesAddressee}: "said he hoped the truce would hold", "called for calm", "urged
     * restraint"). {@link ImplicitTargets#fill} leaves such an act out unless it fills in a target for
     * it (the other side of a side's appeal, both sides of a call for de-escalation); an appeal to a party the text
     * names but no dictionary knows ("urged the council to act", "urged both sides" in a report of no two sides) is
     * made to someone and stays.
     */
    private void unaddressed() {
        for (String key : new ArrayList<>(ctx.events.keySet())) {
            Event e = ctx.events.get(key);
            int v = trigger(key);
            if (e.target() != null || !ctx.coder.implicitTargets.addressed(e.cameo()) || !s.token(v).isVerb()
                    || e.provenance().rule().contains(UNADDRESSED_RULE) || namesAddressee(v)) {
                continue;
            }
            ctx.events.put(key, ImplicitTargets.with(e, e.source(), null, UNADDRESSED_RULE));
        }
    }

    /**
     * Whether the verb at {@code v} names whom it is addressed to: a party, the sides or a population as its object or
     * indirect object, an object it asks to act ("urged the council to act"), an "on", "upon" or "to" party, or a
     * passive's subject. An object that is a thing is what is asked for or hoped ("urged restraint", "hoped the
     * declaration would hold" as the parser reads it), not whom.
     */
    private boolean namesAddressee(int v) {
        if (!s.children(v, "nsubj:pass").isEmpty()) {
            return true;
        }
        List<Integer> objects = new ArrayList<>(s.children(v, "obj"));
        objects.addAll(s.children(v, "iobj"));
        for (int c : objects) {
            boolean asked = s.children(v, "xcomp").stream().anyMatch(x -> x > c && s.token(x).isVerb());
            if (!actors.actorsOf(c).isEmpty() || actors.namesSides(c) || asked
                    || ctx.coder.implicitTargets.population(Syntax.lower(s.token(c)))) {
                return true;
            }
        }
        for (int c : s.children(v, "obl")) {
            if (Set.of("on", "upon", "to").contains(Syntax.preposition(s, c))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs whose appeal is told with "on" or "for" ("called on Iran to", "called for talks"). */
    private static final Set<String> APPEAL_ON = WordLists.words("appeal-on-verbs");

    /**
     * A verb that appeals with "on" or "for" ({@code words.txt} {@code appeal-on-verbs}) appeals to no one when it
     * has a direct object: "called the accord a turning point", "what it calls the facts on the ground" name
     * something (an "on" phrase further on is no "call on"), and the appeal (02) the dictionary's "CALL * (ON)" made
     * of them is dropped; so is the telephone call (04) that "CALL" [041] made of "call" naming something
     * ({@link #names}).
     */
    private void namings() {
        ctx.events.entrySet().removeIf(en -> {
            int v = trigger(en.getKey());
            if (!s.token(v).isVerb() || !APPEAL_ON.contains(Syntax.lower(s.token(v)))) {
                return false;
            }
            String cameo = en.getValue().cameo();
            return cameo.startsWith("02") && !s.children(v, "obj").isEmpty() || cameo.startsWith("04") && names(v);
        });
    }

    /** Words that, as the object of "call", are the thing named: "calling it a historic day". */
    private static final Set<String> NAMED = Set.of("it", "this", "that", "these", "those");

    /**
     * Whether "call" at {@code v} names something rather than telephones someone: "what Azerbaijan calls the
     * reintegration" (a wh-word object, or two objects), "was calling it a historic day" (a pronoun of a thing as
     * its object), "called the talks useful" (an object and a predicate that is no verb). The call (041) that
     * CAMEO.2.0.txt's CALL [041] made of it is dropped; "Trump called Modi" stays.
     */
    private boolean names(int v) {
        List<Integer> objects = s.children(v, "obj");
        for (int o : objects) {
            String pos = s.token(o).pos();
            String word = s.token(o).word().toLowerCase(java.util.Locale.ROOT);
            if (pos.equals("WP") || pos.equals("WDT") || NAMED.contains(word)) {
                return true;
            }
        }
        return objects.size() > 1 || !objects.isEmpty()
                && s.children(v, "xcomp").stream().anyMatch(x -> !s.token(x).isVerb());
    }

    /**
     * An appeal (CAMEO 02) whose verb names its addressee by a noun of no known party ("urged the mediators to
     * condemn Bolivia", "called on the international community to act") is addressed to no party: not to the
     * party of its complement that the verb coder took for its target (Bolivia), and with no other side filled in
     * ({@link ImplicitTargets#NO_PARTY_CODE}; rule "... + addressee: no party").
     */
    private void unknownAddressees() {
        for (String key : new ArrayList<>(ctx.events.keySet())) {
            Event e = ctx.events.get(key);
            int v = trigger(key);
            if (e == null || ImplicitTargets.addressee(e.target()) || !s.token(v).isVerb()) {
                continue;
            }
            int unknown = e.cameo().startsWith("02") ? unknownAddressee(v) : -1;
            if (unknown < 0) {
                continue;
            }
            ctx.events.remove(key);
            ActorRef none = new ActorRef(ImplicitTargets.NO_PARTY_CODE, "no party", s.token(unknown).word());
            ctx.events.putIfAbsent(e.source().code() + "|" + none.code() + "|" + e.cameo() + "|" + v,
                    ImplicitTargets.with(e, e.source(), none, " + addressee: no party"));
        }
    }

    /**
     * Recodes a speech act by what its complement asks, promises, demands or refuses when the dictionaries code no
     * act for the complement ({@link Combination#content}): "urged both sides to stay calm" is an appeal for
     * de-escalation (0256), "encouraged Poland to work with Lithuania to reduce tensions" too (through the verb
     * the act completes), "urged Iran to return to talks" an appeal to negotiate (026). The speech act keeps its
     * parties; its code and rule change; one addressed to no party keeps its code. Run after {@link #combine()}.
     */
    void recodeByContent() {
        for (var t : s.tokens()) {
            int c = t.index();
            if (!t.isVerb() || !(s.relation(c).equals("xcomp") || Syntax.is(s.relation(c), "ccomp")
                    || s.relation(c).equals("advcl") && Syntax.hasTo(s, c)) || triggered(c)) {
                continue;
            }
            Set<String> deps = new java.util.HashSet<>();
            for (var d : s.children(c)) {
                deps.add(s.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT));
                deps.add(Syntax.lower(s.token(d.dependent())));
            }
            Optional<Combination.Content> content = Combination.content(Syntax.lower(t), deps);
            if (content.isEmpty()) {
                continue;
            }
            int upper = embedding(c, 0);
            Optional<Combination.Family> family = upper < 0 ? Optional.empty() : familyAt(upper);
            if (upper >= 0 && family.isEmpty() && !triggered(upper)) {
                upper = embedding(upper, 0); // "encouraged Poland to work with Lithuania to reduce tensions"
                family = upper < 0 ? Optional.empty() : familyAt(upper);
            }
            if (family.isEmpty() || Syntax.is(s.relation(c), "ccomp") && !Combination.clausal(family.get())) {
                continue;
            }
            Optional<String> code = (modals.negated(c, Set.of())
                    ? Combination.notToAct(family.get(), content.get().code())
                    : Combination.code(family.get(), content.get().code())).flatMap(x -> ctx.coder.eventCode(x));
            if (code.isEmpty()) {
                continue;
            }
            int at = upper;
            // an act addressed to no party the coder knows keeps its code ("Egypt urged both sides to show
            // restraint" in a report without two sides): what it asks does not say to whom
            List<String> keys = ctx.events.entrySet().stream()
                    .filter(en -> trigger(en.getKey()) == at && en.getValue().target() != null)
                    // verbal33: an act the combination already coded so ("urged Kyiv to release the prisoners", 0253)
                    // keeps its own provenance
                    .filter(en -> !en.getValue().cameo().equals(code.get()))
                    .map(Map.Entry::getKey).toList();
            Modal modal = modals.modality(upper, 0);
            for (String key : keys) {
                Event e = ctx.events.remove(key);
                Provenance p = e.provenance();
                Combination.Content ct = content.get();
                String rule = "content " + code.get() + " = " + p.rule() + " + contents.txt:"
                        + ct.where().substring(ct.where().lastIndexOf(':') + 1) + " act " + ct.lemma()
                        + (ct.word() == null ? "" : " " + ct.word()) + " [" + ct.code() + "]";
                Provenance q = new Provenance(p.docId(), p.doc(), p.sentence(), p.sentenceStart(), p.sentenceEnd(),
                        Math.min(p.start(), t.begin()), Math.max(p.end(), t.end()), p.trigger() + " ... " + t.word(),
                        p.triggerStart(), p.triggerEnd(), rule, p.pipeline());
                Modality modality = e.modality() == Modality.BACKGROUND ? modal.modality() : e.modality();
                String newKey = e.source().code() + "|" + (e.target() == null ? "" : e.target().code()) + "|"
                        + code.get() + "|" + upper;
                ctx.events.putIfAbsent(newKey, new Event(e.source(), e.target(), code.get(), modality,
                        e.reportedBy(), e.date(), DateSanity.check(e.date(), e.dateBasis(), modality,
                        ctx.doc.published(), e.dateText()), e.dateText(), e.text(), q));
            }
        }
    }

    /**
     * A verb of meeting (its own dictionary code a consultation, 04) that one of its patterns codes as an intent
     * ("met the Peruvian president at the border", CAMEO.2.0.txt MEET "(AT)" and "(FOR TALKS)" [036:036]) tells a
     * meeting when nothing in the sentence makes it future or intended: it is coded with the verb's own code
     * (040), not as an intent to meet. "Was due to meet", "will meet" keep the intent. Run before {@link #oneWay()}.
     */
    void meetings() {
        List<String> keys = new ArrayList<>(ctx.events.keySet());
        for (String key : keys) {
            Event e = ctx.events.get(key);
            int v = trigger(key);
            Token t = s.token(v);
            if (e == null || !e.cameo().startsWith("03") || !t.isVerb()
                    || e.modality() != Modality.ASSERTED && e.modality() != Modality.REPORTED) {
                continue;
            }
            Optional<String> own = Optional.empty();
            for (org.saydo.dict.VerbEntry entry : ctx.coder.dictionaries.verbs().lookupLemma(Syntax.upperLemma(t))) {
                if (entry.after().isEmpty() && entry.before().isEmpty()) {
                    own = ctx.coder.eventCode(entry.code());
                    break;
                }
            }
            if (own.isEmpty() || !own.get().startsWith("04")) {
                continue;
            }
            Provenance p = e.provenance();
            Provenance q = p.withRule(p.rule() + " + told as done: " + own.get());
            ctx.events.remove(key);
            String newKey = e.source().code() + "|" + (e.target() == null ? "" : e.target().code()) + "|" + own.get()
                    + "|" + v;
            ctx.events.putIfAbsent(newKey, new Event(e.source(), e.target(), own.get(), e.modality(), e.reportedBy(),
                    e.date(), e.dateBasis(), e.dateText(), e.text(), q));
        }
    }

    /**
     * An agreement to a truce told as made is the truce declared: "Ethiopia and Eritrea agreed to a ceasefire",
     * "both sides had agreed to stop firing" are CAMEO 0871 ("Declare truce, ceasefire"), not an intent to
     * de-escalate (0356, as CAMEO.2.0.txt's AGREE (TO &amp;CEASEFIRE) and the intent family code them). An
     * agreement is a verb whose own dictionary code is diplomatic cooperation (05: AGREE [050]); what it agrees to is
     * an event noun it governs, as object or in a prepositional phrase ("agreed on a truce", which keeps AGREE's
     * own 050 where no pattern reads it), that the noun dictionary codes as a truce (0871: "ceasefire", "truce") or its
     * open complement that {@code contents.txt} does ("stop firing"). Other de-escalation agreed to ("refrain from attacks
     * on civilians", "withdraw troops", 087 and 0874) is a commitment about later conduct and stays the intent, and
     * so does a truce told as future or intended ("will agree"); "has not agreed" is the truce negated. A truce the
     * parties coordinated as the verb's subjects agreed is one act, told once from the party named first
     * (corpus/README.md, mutual acts): "Israel and Hezbollah agreed to a ceasefire" is Israel's truce with Hezbollah,
     * not also Hezbollah's with Israel, which the pledge each party makes (03, coded each way) had given. Run after
     * {@link #recodeByContent()}.
     */
    void truces() {
        List<String> keys = new ArrayList<>(ctx.events.keySet());
        List<String> recoded = new ArrayList<>();
        for (String key : keys) {
            Event e = ctx.events.get(key);
            int v = trigger(key);
            // "agreed to a ceasefire" (035, the intent to yield the dictionaries make of it) or "agreed on a truce"
            // (AGREE's own 050, an "on" phrase no pattern knows)
            boolean agreed = e != null && (e.cameo().startsWith("035") || e.cameo().equals("050"));
            if (e == null || !agreed || !s.token(v).isVerb()
                    || e.modality() != Modality.ASSERTED && e.modality() != Modality.REPORTED
                    && e.modality() != Modality.NEGATED || !ownRoot(v).equals("05")) {
                continue;
            }
            Optional<String> code = truceIn(v, 0).flatMap(x -> ctx.coder.eventCode(x));
            if (code.isEmpty()) {
                continue;
            }
            Provenance p = e.provenance();
            Provenance q = p.withRule(p.rule() + " + agreed as made: " + code.get());
            ctx.events.remove(key);
            String newKey = e.source().code() + "|" + (e.target() == null ? "" : e.target().code()) + "|"
                    + code.get() + "|" + v;
            ctx.events.putIfAbsent(newKey, new Event(e.source(), e.target(), code.get(), e.modality(),
                    e.reportedBy(), e.date(), e.dateBasis(), e.dateText(), e.text(), q));
            recoded.add(newKey);
        }
        onceFromFirst(recoded);
    }

    /**
     * An agreement to do something the coder reads no act in is a commitment to cooperate, not cooperation done:
     * "Baku and Yerevan agreed to start demarcating the border", "Seoul and Tokyo agreed to share warning data" are
     * CAMEO 030 ("Express intent to cooperate: offer, promise, agree to, or otherwise indicate willingness or
     * commitment to cooperate"), modality intent, not the diplomatic cooperation (050) that AGREE's own dictionary code
     * made of them. The verb must be of the intent family ({@code words.txt} {@code family-intend}) with its own code
     * in 05 and keep that code (no pattern, content or truce recoded it), and have an infinitive open complement that no
     * event stands on ({@link #combine()} turns a coded one into its own intent: "agreed to swap prisoners", 0353).
     * A negated or past agreement keeps its modality. Run after {@link #truces()}.
     */
    void agreementsToAct() {
        List<String> keys = new ArrayList<>(ctx.events.keySet());
        for (String key : keys) {
            Event e = ctx.events.get(key);
            int v = trigger(key);
            if (e == null || !e.cameo().equals("050") || !s.token(v).isVerb() || !ownRoot(v).equals("05")
                    || Combination.family(Syntax.lower(s.token(v)), Optional.empty())
                            .filter(f -> f == Combination.Family.INTEND).isEmpty()) {
                continue;
            }
            boolean toAct = s.children(v, "xcomp").stream()
                    .anyMatch(c -> s.token(c).isVerb() && Syntax.hasTo(s, c) && !triggered(c));
            Optional<String> code = ctx.coder.eventCode("030");
            if (!toAct || code.isEmpty()) {
                continue;
            }
            Modality modality = e.modality() == Modality.ASSERTED || e.modality() == Modality.REPORTED
                    ? Modality.INTENT : e.modality();
            Provenance p = e.provenance();
            Provenance q = p.withRule(p.rule() + " + agreed to an act: " + code.get());
            ctx.events.remove(key);
            String newKey = e.source().code() + "|" + (e.target() == null ? "" : e.target().code()) + "|"
                    + code.get() + "|" + v;
            ctx.events.putIfAbsent(newKey, new Event(e.source(), e.target(), code.get(), modality, e.reportedBy(),
                    e.date(), DateSanity.check(e.date(), e.dateBasis(), modality, ctx.doc.published(),
                    e.dateText()), e.dateText(), e.text(), q));
        }
    }

    /**
     * Of the truces {@link #truces()} made, drops the one each later-named subject of the verb agreed with an earlier
     * one when that earlier one's truce with it is there too: a mutual act is told once, from the party named first.
     */
    private void onceFromFirst(List<String> recoded) {
        List<String> drop = new ArrayList<>();
        for (String key : recoded) {
            Event e = ctx.events.get(key);
            if (e == null || e.target() == null) {
                continue;
            }
            int v = trigger(key);
            List<String> order = new ArrayList<>();
            List<Arg> subjects = actors.subjectsOf(v, 0);
            if (subjects.stream().map(Arg::first).distinct().count() < subjects.size()) {
                continue; // "both sides agreed": one phrase names them all, in no order of its own
            }
            subjects.stream().sorted(java.util.Comparator.comparingInt(Arg::first)).forEach(a -> {
                if (!order.contains(a.actor().code())) {
                    order.add(a.actor().code());
                }
            });
            int source = order.indexOf(e.source().code());
            int target = order.indexOf(e.target().code());
            if (source < 0 || target < 0 || source <= target) {
                continue;
            }
            boolean reverse = recoded.stream().filter(k -> !k.equals(key) && trigger(k) == v).map(ctx.events::get)
                    .anyMatch(o -> o != null && o.target() != null && o.cameo().equals(e.cameo())
                            && o.source().code().equals(e.target().code())
                            && o.target().code().equals(e.source().code()));
            if (reverse) {
                drop.add(key);
            }
        }
        drop.forEach(ctx.events::remove);
    }

    /** The root of the code the verb's dictionary entry gives it on its own (no pattern), or "" for none. */
    private String ownRoot(int v) {
        for (org.saydo.dict.VerbEntry entry : ctx.coder.dictionaries.verbs().lookupLemma(
                Syntax.upperLemma(s.token(v)))) {
            if (entry.after().isEmpty() && entry.before().isEmpty()) {
                return ctx.coder.eventCode(entry.code()).map(c -> c.substring(0, 2)).orElse("");
            }
        }
        return "";
    }

    /**
     * The truce (CAMEO 0871) a word's object, prepositional object or open complement names: an event noun the noun
     * dictionary codes so ("a ceasefire"), or a complement verb {@code contents.txt} does ("stop firing"); a
     * complement's own objects are searched too ("agreed to declare a truce").
     */
    private Optional<String> truceIn(int w, int depth) {
        for (var d : s.children(w)) {
            int c = d.dependent();
            String rel = d.relation();
            Token t = s.token(c);
            if (t.isNoun() && (rel.equals("obj") || Syntax.is(rel, "obl") || Syntax.is(rel, "nmod"))) {
                Optional<NominalDictionary.Entry> entry = ctx.coder.nouns.lookup(s, c);
                if (entry.isPresent() && entry.get().code().equals("0871")) {
                    return Optional.of(entry.get().code());
                }
            } else if (t.isVerb() && rel.equals("xcomp") && depth == 0) {
                Set<String> deps = new java.util.HashSet<>();
                for (var x : s.children(c)) {
                    deps.add(s.token(x.dependent()).word().toLowerCase(java.util.Locale.ROOT));
                    deps.add(Syntax.lower(s.token(x.dependent())));
                }
                Optional<Combination.Content> content = Combination.content(Syntax.lower(t), deps);
                if (content.isPresent() && content.get().code().equals("0871")) {
                    return Optional.of(content.get().code());
                }
                Optional<String> inner = truceIn(c, depth + 1);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * CAMEO codes (prefixes) of the acts told once, as the subject's, when the verb codes them both ways: consultation,
     * and talks to come put on the subject ("Russia is to hold talks with Ukraine", "Russia to hold talks with Ukraine":
     * 036 each way from TALKS [046:046], intent25).
     */
    private static final Set<String> TWO_WAY_CODES = Set.of("04", "036");

    private static boolean twoWay(String cameo) {
        return TWO_WAY_CODES.stream().anyMatch(cameo::startsWith);
    }

    /**
     * One direction for a consultation that its verb tells as done by its subject to another party: "Biden spoke
     * with Netanyahu", "Trump called Modi", "Kim visited Putin" are the subject's call, meeting or visit, once
     * (corpus/README.md: a meeting or a call is annotated once, from the party named first), not also the other
     * party's call, meeting or hosting, which the dictionaries' two-way codes ([041:041], [046:046], [042:043])
     * add. Parties the verb coordinates as its subjects ("Putin and Xi met") and the parties of an event noun ("the
     * meeting between Putin and Witkoff") keep both directions; so does a passive verb, whose subject is not the
     * actor. Agreements and other cooperation keep both directions (measured: "X signed an agreement with Y" is
     * annotated both ways often enough that one way lost true events). Run after {@link #combine()}.
     */
    void oneWay() {
        List<String> reverse = new ArrayList<>();
        for (var en : ctx.events.entrySet()) {
            Event e = en.getValue();
            int v = trigger(en.getKey());
            if (e.target() == null || !twoWay(e.cameo()) || !s.token(v).isVerb()
                    || Syntax.passive(s, v) || ctx.events.entrySet().stream().noneMatch(o -> trigger(o.getKey()) == v
                    && o.getValue().target() != null && twoWay(o.getValue().cameo())
                    && o.getValue().source().code().equals(e.target().code())
                    && o.getValue().target().code().equals(e.source().code()))) {
                continue;
            }
            Set<String> subjects = new java.util.HashSet<>();
            actors.subjectsOf(v, 0).forEach(a -> subjects.add(a.actor().code()));
            if (!subjects.contains(e.source().code()) && subjects.contains(e.target().code())) {
                reverse.add(en.getKey()); // Netanyahu>Biden of "Biden spoke with Netanyahu"
            }
        }
        reverse.forEach(ctx.events::remove);
    }

    /** What the venue rule adds to the provenance rule of an act between the parties coordinated as its subject. */
    static final String VENUE_RULE = " + venue: not a partner";

    /** Prepositions of place: a party named after one is where an act is done ("signed in Jeddah"), not with whom. */
    private static final Set<String> VENUE_PREPOSITIONS = Set.of("in", "at");

    /**
     * The place an act of cooperation is done in is not its partner ({@code targets.txt} {@code venue}): "Ethiopia
     * and Eritrea signed a peace agreement in Jeddah" is an agreement of Ethiopia with Eritrea, not of either with
     * Saudi Arabia, and "the two ministers held talks in Geneva" is no consultation with Switzerland. An event of such
     * a code whose target or source is named only as a place after "in" or "at" is replaced: by the act of the first
     * party coordinated as its subject with each other one when there are two or more (a mutual act is told once,
     * from the party named first: corpus/README.md), else by the act with no partner
     * (which {@link ImplicitTargets#fill} then codes or leaves out as for any act of cooperation named without one;
     * a consultation, 04, with no counterpart is no event). Run after {@link #combine()}.
     */
    void venues() {
        Map<Integer, List<String>> byTrigger = new LinkedHashMap<>();
        for (var en : ctx.events.entrySet()) {
            if (ctx.coder.implicitTargets.venue(en.getValue().cameo())) {
                byTrigger.computeIfAbsent(trigger(en.getKey()), k -> new ArrayList<>()).add(en.getKey());
            }
        }
        for (var en : byTrigger.entrySet()) {
            List<String> venued = en.getValue().stream().filter(k -> venue(ctx.events.get(k).source(), en.getKey())
                    || venue(ctx.events.get(k).target(), en.getKey())).toList();
            if (venued.isEmpty()) {
                continue;
            }
            List<ActorRef> parties = new ArrayList<>();
            List<Event> acts = new ArrayList<>();
            for (String k : venued) {
                Event e = ctx.events.get(k);
                if (!venue(e.source(), en.getKey())) {
                    addDistinct(parties, e.source());
                    acts.add(e);
                }
            }
            venued.forEach(ctx.events::remove);
            boolean partnered = en.getValue().stream().anyMatch(ctx.events::containsKey);
            if (partnered || acts.isEmpty()) {
                continue; // "signed an agreement with Turkey in Istanbul": the partner is named
            }
            for (Event e : acts) {
                // an agreement among the parties is told once, from the first named to each other one
                // (corpus/README.md, mutual acts)
                List<ActorRef> others = new ArrayList<>(parties);
                if (!others.get(0).code().equals(e.source().code())) {
                    continue;
                }
                others.remove(0);
                if (others.isEmpty() && e.cameo().startsWith("04") && !ctx.coder.implicitTargets.toBoth(e.cameo())) {
                    continue; // consulting needs a counterpart: "held talks in Geneva"
                }
                for (ActorRef other : others.isEmpty() ? java.util.Collections.<ActorRef>singletonList(null) : others) {
                    String key = e.source().code() + "|" + (other == null ? "" : other.code()) + "|" + e.cameo()
                            + "|" + en.getKey();
                    ctx.events.putIfAbsent(key, ImplicitTargets.with(e, e.source(), other, VENUE_RULE));
                }
            }
        }
    }

    /**
     * Whether the actor is named only as the place of the act at {@code v}: a mention of it is a phrase after "in" or
     * "at" that the trigger or its object governs ("signed a peace agreement in Jeddah", "talks at Camp David"; not "activists in
     * Arnor"), and no other mention of it in the trigger's clause names it otherwise ("signed a deal with Sudan in
     * Khartoum" names Sudan as the partner).
     */
    private boolean venue(ActorRef a, int v) {
        if (a == null) {
            return false;
        }
        Set<Integer> clause = new java.util.HashSet<>(Syntax.subtree(s, v));
        boolean place = false;
        for (Mention m : ctx.mentions) {
            if (!m.isActor() || !m.code().equals(a.code())) {
                continue;
            }
            boolean there = false;
            for (int c = m.first(); c <= m.last(); c++) {
                // the place's own noun, or a word that names it inside the noun ("in the Turkish resort of Antalya")
                for (int n : s.head(c) >= 0 ? List.of(c, s.head(c)) : List.of(c)) {
                    int h = s.head(n);
                    boolean governed = h == v || h >= 0 && s.head(h) == v && Syntax.is(s.relation(h), "obj");
                    there |= governed && VENUE_PREPOSITIONS.contains(Syntax.preposition(s, n));
                }
            }
            if (there) {
                place = true;
            } else if (clause.contains(m.last())) {
                return false;
            }
        }
        return place;
    }

    /**
     * Leaves out the bare intent to cooperate (030) of a verb that commits its subject to nothing by itself: a
     * wish, a decision, a vote, an expectation or a plan ("wants investigators involved", "voted to declare Russia
     * a sponsor of terrorism", "expects a major offensive", "has determined that both forces committed war
     * crimes"). CAMEO.2.0.txt codes WANT, DECIDE, VOTE, EXPECT, SEEK, DETERMINE, PREPARE ... 030 whatever follows;
     * they express an intent to cooperate only through the act they are about, which {@link #combine()} has
     * already coded when the dictionaries know it ("decided to send aid" 033). Verbs of commitment (words.txt
     * {@code family-intend}: promise, pledge, offer, agree ...) keep their 030, and so does a pattern that named
     * what is intended ("offered support", "took part"). Run after {@link #combine()}.
     */
    void wishes() {
        ctx.events.entrySet().removeIf(en -> {
            Event e = en.getValue();
            Token t = s.token(trigger(en.getKey()));
            return e.cameo().equals("030") && t.isVerb() && e.provenance().trigger().equals(t.word())
                    && Combination.family(Syntax.lower(t), Optional.empty()).isEmpty();
        });
    }

    /**
     * The noun an appeal at {@code v} that asks for an act (a verb as its open complement) is addressed to when it
     * names no actor: its object or its "on" party ("called on the mediators to hold Israel responsible", "urged the
     * committee to act"); -1 for none. Such an appeal is addressed to no party the coder knows, not to the party of
     * the act it asks for (Israel). A noun that is itself an act is what is asked, not whom.
     */
    private int unknownAddressee(int v) {
        if (s.children(v, "xcomp").stream().noneMatch(c -> s.token(c).isVerb())) {
            return -1; // no act asked for: "called the strikes revenge" names, "urged restraint" asks for a thing
        }
        List<Integer> nouns = new ArrayList<>(s.children(v, "obj"));
        nouns.addAll(s.children(v, "iobj"));
        for (int c : s.children(v, "obl")) {
            if (Set.of("on", "upon").contains(Syntax.preposition(s, c))) {
                nouns.add(c);
            }
        }
        for (int n : nouns) {
            if (s.token(n).isNoun() && !s.token(n).isProperNoun() && !triggered(n) && !actors.namesSides(n)
                    && actors.actorsOf(n).isEmpty()) {
                return n;
            }
        }
        return -1;
    }

    /** The family of the speech verb at {@code v}, by its lemma or the code the sentence gave it. */
    private Optional<Combination.Family> familyAt(int v) {
        Optional<String> own = ctx.events.entrySet().stream().filter(en -> trigger(en.getKey()) == v)
                .map(en -> en.getValue().cameo()).findFirst();
        return Combination.family(Syntax.lower(s.token(v)), own);
    }

    /** Whether some event of the sentence has its trigger at {@code t}. */
    private boolean triggered(int t) {
        return ctx.events.keySet().stream().anyMatch(k -> trigger(k) == t);
    }

    /**
     * Whether the verb at {@code t} is put on its subject as an obligation by "be to" ("Hamas is to release 33
     * hostages"; "... and Israel to withdraw its troops", coordinated with one), or told by a headline's infinitive
     * with its subject and no verb above it ("Russia to hold talks with Ukraine in Istanbul", "US to send more air
     * defence systems to Kyiv"): the headline's "is to" left out (intent25).
     */
    private boolean obligation(int t, int depth) {
        if (!s.token(t).isVerb() || !Syntax.hasTo(s, t) || depth > 2) {
            return false;
        }
        if (s.children(t, "aux").stream().anyMatch(a -> Syntax.lower(s.token(a)).equals("be"))) {
            return true;
        }
        if (headlineInfinitive(t)) {
            return true; // "Russia to hold talks with Ukraine": a headline's infinitive of its subject's act to come
        }
        return Syntax.is(s.relation(t), "conj") && s.head(t) >= 0 && obligation(s.head(t), depth + 1);
    }

    /**
     * Whether the infinitive at {@code t} heads its sentence with a subject before it and nothing else between them but
     * its "to": a headline's "X to do Y". "Arnor is about to restore ties", whose parse may hang "is" and "about" on
     * the infinitive, is not one.
     */
    private boolean headlineInfinitive(int t) {
        if (s.head(t) >= 0 || s.children(t, "nsubj").stream().noneMatch(n -> n < t)) {
            return false;
        }
        for (var d : s.children(t)) {
            int c = d.dependent();
            if (c < t && !Syntax.is(d.relation(), "nsubj") && !(d.relation().equals("mark")
                    && s.token(c).word().equalsIgnoreCase("to"))) {
                return false; // "is about to": an auxiliary, a copula or an adverb before the infinitive
            }
        }
        return true;
    }

    /**
     * Recodes the acts of a verb under "be to" as promised: cooperation and yielding as the intent family's code
     * (0841 release → 0353), other acts with their own code; modality intent (hypothetical under a condition).
     */
    private void oblige(int verb, List<String> keys) {
        for (String key : keys) {
            Event e = ctx.events.get(key);
            if (e == null || e.modality() != Modality.ASSERTED && e.modality() != Modality.REPORTED) {
                continue;
            }
            String code = ctx.coder.eventCode(Combination.obligation(e.cameo())).orElse(e.cameo());
            Modality modality = modals.conditional(verb) ? Modality.HYPOTHETICAL : Modality.INTENT;
            Provenance p = e.provenance();
            String rule = code.equals(e.cameo()) ? p.rule() + " + obligation: intent"
                    : "obligation " + code + " = " + p.rule();
            Provenance q = p.withRule(rule);
            ctx.events.remove(key);
            String newKey = e.source().code() + "|" + (e.target() == null ? "" : e.target().code()) + "|" + code
                    + "|" + verb;
            ctx.events.putIfAbsent(newKey, new Event(e.source(), e.target(), code, modality, e.reportedBy(),
                    e.date(), DateSanity.check(e.date(), e.dateBasis(), modality, ctx.doc.published(), e.dateText()),
                    e.dateText(), e.text(), q));
        }
    }

    /**
     * The verb whose speech act embeds the act at {@code t}: the head of an infinitive ("promised to
     * withdraw"), of a finite complement ("demanded that Japan withdraw") or of an event noun it takes as
     * object or asks for ("called for talks"); coordinated acts share it ("to withdraw and release").
     */
    private int embedding(int t, int depth) {
        int told = nounOfInfinitive(t);
        if (told >= 0) {
            return told;
        }
        int h = s.head(t);
        if (h < 0 || depth > 2) {
            return -1;
        }
        String rel = s.relation(t);
        if (Syntax.is(rel, "conj")) {
            return embedding(h, depth + 1);
        }
        if (s.token(t).isNoun() && Syntax.is(rel, "nsubj") && lasting(h) && Syntax.is(s.relation(h), "ccomp")) {
            return embedding(h, depth + 1); // intent31: "said its strikes would continue", "the operation would go on"
        }
        if (s.token(h).isNoun() && rel.equals("acl") && Syntax.hasTo(s, t) && nounFamily(h).isPresent()) {
            return h; // "Iran's vow to retaliate against Israel", "Moscow's threat to cut off the gas" (intent23)
        }
        if (!s.token(h).isVerb()) {
            return -1;
        }
        if (rel.equals("xcomp") || rel.equals("advcl") && Syntax.hasTo(s, t) || Syntax.is(rel, "ccomp")) {
            return through(h, depth);
        }
        if (s.token(t).isNoun() && (rel.equals("obj") || Syntax.is(rel, "obl")
                && Syntax.preposition(s, t).equals("for"))) {
            return through(h, depth);
        }
        return -1;
    }

    /**
     * The verb that embeds an act, seen through a verb of aspect that codes nothing of its own (intent17): "vowed to
     * keep fighting", "pledged to continue its battle against Israel", "promised to resume talks" are a vow of the
     * act, which the aspect verb only keeps up or starts again; "said it would keep up its attacks" foretells them ({@code words.txt} {@code aspect-verbs}).
     */
    private int through(int h, int depth) {
        if (!ASPECT.contains(Syntax.lower(s.token(h)))
                || !(Syntax.is(s.relation(h), "xcomp") || Syntax.is(s.relation(h), "ccomp"))
                || ctx.events.keySet().stream().anyMatch(k -> trigger(k) == h)) {
            return h;
        }
        int up = embedding(h, depth + 1);
        return up >= 0 ? up : h;
    }

    /** Nouns of a promise whose infinitive is the act promised ({@code words.txt} {@code noun-family-intend}). */
    private static final Set<String> PROMISE_NOUNS = WordLists.words("noun-family-intend");
    /** Nouns of a threat whose infinitive is the act threatened ({@code words.txt} {@code noun-family-threaten}). */
    private static final Set<String> THREAT_NOUNS = WordLists.words("noun-family-threaten");

    /**
     * The speech-act family of a noun of promise or threat whose infinitive is the act it commits to ("Iran's vow to
     * retaliate", "Russia's threat to cut off the gas"; intent23), or none.
     */
    private Optional<Combination.Family> nounFamily(int n) {
        String lemma = Syntax.lower(s.token(n));
        return PROMISE_NOUNS.contains(lemma) ? Optional.of(Combination.Family.INTEND)
                : THREAT_NOUNS.contains(lemma) ? Optional.of(Combination.Family.THREATEN) : Optional.empty();
    }

    /**
     * The noun of promise or threat whose act the infinitive at {@code t} is, as the parser hangs it (intent23): the
     * noun made the infinitive's subject ("Iran's vow to retaliate against Israel raised fears": "vow" the subject of
     * "retaliate"), or the object of the verb whose open complement the infinitive became ("Putin renewed his threat
     * to use nuclear weapons", "Turkey repeated its offer to mediate"); else -1.
     */
    private int nounOfInfinitive(int t) {
        if (!s.token(t).isVerb() || !Syntax.hasTo(s, t)) {
            return -1;
        }
        for (int n : s.children(t, "nsubj")) {
            if (n < t && s.token(n).isNoun() && nounFamily(n).isPresent()) {
                return n;
            }
        }
        int h = s.head(t);
        if (h >= 0 && s.relation(t).equals("xcomp") && s.token(h).isVerb()) {
            for (int n : s.children(h, "obj")) {
                if (n < t && s.token(n).isNoun() && nounFamily(n).isPresent()) {
                    return n;
                }
            }
        }
        return -1;
    }

    /**
     * Who makes the promise or threat a noun tells: its possessor ("Iran's vow"), its "by" or "from" phrase ("a
     * threat by Moscow"), else the subject of the verb whose object it is ("Moscow repeated its threat to").
     */
    private List<Arg> nounMakers(int n) {
        List<Arg> out = new ArrayList<>();
        s.children(n, "nmod:poss").forEach(p -> out.addAll(actors.actorsOf(p)));
        for (int c : s.children(n, "nmod")) {
            String prep = Syntax.preposition(s, c);
            if (out.isEmpty() && (prep.equals("by") || prep.equals("from"))) {
                out.addAll(actors.actorsOf(c));
            }
        }
        int h = s.head(n);
        if (out.isEmpty() && h >= 0 && s.relation(n).equals("obj") && s.token(h).isVerb()) {
            out.addAll(actors.subjectsOf(h, 0));
        }
        return out;
    }

    /** Verbs of aspect that an act's embedding is seen through ({@code words.txt} {@code aspect-verbs}). */
    private static final Set<String> ASPECT = WordLists.words("aspect-verbs");

    /**
     * Whether a plain speech verb ("said", "told", "announced") reports a future or conditional act of the
     * speaker's side in its complement clause ("said Russia would strike", "told reporters Ukraine will attack").
     */
    private boolean foretells(int upper, int lower, List<Event> lowers) {
        int clause = clauseOf(lower);
        while (Syntax.is(s.relation(clause), "xcomp") && s.head(clause) >= 0 && lasting(s.head(clause))) {
            clause = s.head(clause); // intent31: "said they would keep attacking ships": the aspect verb's future
        }
        // "said Putin was a war criminal and that Washington would impose sanctions": a second reported clause
        boolean reported = Syntax.is(s.relation(clause), "ccomp") || Syntax.is(s.relation(clause), "conj")
                && Syntax.hasChildWord(s, clause, "mark", "that") && Syntax.is(s.relation(s.head(clause)), "ccomp");
        if (!EventCoder.SPEECH.contains(Syntax.lower(s.token(upper))) || !reported
                || lowers.stream().noneMatch(e -> e.modality() == Modality.INTENT
                || e.modality() == Modality.HYPOTHETICAL)) {
            return false;
        }
        for (int a : s.children(clause, "aux")) {
            String w = s.token(a).word().toLowerCase(java.util.Locale.ROOT);
            if (Intents.FORETELLING.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Particles that make a verb one of aspect ({@code words.txt} {@code aspect-phrasal}: "go on", "carry on"). */
    private static final Set<String> ASPECT_PHRASAL = WordLists.words("aspect-phrasal");

    /**
     * Whether the verb at {@code v} only keeps up, starts or resumes an act (intent31): a verb of {@code
     * aspect-verbs}, or one of {@code aspect-phrasal} with its particle ("go on", "carry on").
     */
    private boolean lasting(int v) {
        String lemma = Syntax.lower(s.token(v));
        if (!s.token(v).isVerb()) {
            return false;
        }
        if (ASPECT.contains(lemma)) {
            return true;
        }
        for (int c : s.children(v, "compound:prt")) {
            if (ASPECT_PHRASAL.contains(lemma + ":" + Syntax.lower(s.token(c)))) {
                return true;
            }
        }
        return false;
    }

    /** The verb of the clause an act is in: itself, or the verb that takes a nominal act as object. */
    private int clauseOf(int t) {
        if (s.token(t).isNoun() && s.head(t) >= 0 && s.token(s.head(t)).isVerb()) {
            return s.head(t);
        }
        return Syntax.is(s.relation(t), "conj") && s.head(t) >= 0 && !Syntax.hasChild(s, t, "aux") ? s.head(t) : t;
    }

    /** The same country or organisation, whatever the agent ("Lavrov" RUSGOV speaking for "Russia" RUS). */
    private static boolean sameSide(ActorRef a, ActorRef b) {
        return a.code().startsWith(b.code()) || b.code().startsWith(a.code());
    }

    /** The events of these keys that an earlier combination has not replaced. */
    private List<Event> present(List<String> keys) {
        List<Event> out = new ArrayList<>();
        for (String k : keys) {
            if (ctx.events.containsKey(k)) {
                out.add(ctx.events.get(k));
            }
        }
        return out;
    }

    private static void addDistinct(List<ActorRef> out, ActorRef a) {
        if (a != null && out.stream().noneMatch(x -> x.code().equals(a.code()))) {
            out.add(a);
        }
    }
}
