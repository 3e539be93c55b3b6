package org.saydo.code;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.saydo.code.ModalityRules.Modal;
import org.saydo.doc.Document;
import org.saydo.nlp.Dependency;
import org.saydo.nlp.ParsedSentence;
import org.saydo.nlp.TimeExpression;
import org.saydo.nlp.Token;
import org.saydo.record.ActorRef;
import org.saydo.record.DateBasis;
import org.saydo.record.Event;
import org.saydo.record.Modality;
import org.saydo.record.Provenance;
import org.saydo.record.Quote;

/**
 * The coding state of one sentence, and the order of its passes.
 *
 * <p>Holds the sentence's parse, the dictionary mentions found in it, the discourse carried over from earlier
 * sentences and what the passes produce (events, quotes, the tokens verb patterns have used). The actors a
 * nominal or a verb's subject names come from its {@link ActorResolver}. Emits events with their modality, date
 * and provenance; and, once the sentence is coded, updates the discourse. The constructor gives each pass its
 * collaborators; {@link #code()} runs them in order: {@link PredicateCoder} codes verbs (with
 * {@link PatternMatcher}), {@link NominalCoder} event nouns, {@link EventCombiner} joins speech acts with the acts
 * they embed, {@link Refusals} reads negated acts that say no,
 * {@link ReprisalThreats} finds foretold reprisals, {@link Accusations} accusations carried by what is said,
 * {@link QuoteFinder} finds quotes; {@link ModalityRules} gives
 * the modality of each event and quote, and {@link BackgroundRules} tells a reference to a past or ongoing state
 * from news.
 *
 * <p>Not thread-safe; {@link EventCoder} makes one per sentence.
 */
final class Sentence {

    final Document doc;
    final ParsedSentence s;
    final List<Mention> mentions;
    final Discourse discourse;
    final List<QuoteSpan> spans;
    final List<ParsedSentence> all;
    /** The document's sentences without the time expressions of their non-prose parts (datelines, stamps). */
    private final List<ParsedSentence> told;
    final Map<String, Event> events = new LinkedHashMap<>();

    /** The trigger's token index in a key of {@link #events} ({@code source|target|cameo|trigger}). */
    static int trigger(String key) {
        return Integer.parseInt(key.substring(key.lastIndexOf('|') + 1));
    }

    /**
     * The doer of the first act told (before this sentence or in it) that the noun at {@code noun} refers back to,
     * when a determiner of reference goes with it ({@code eventrefs.txt}: "the shelling", "this attack"), skipping
     * the acts of {@code reacting}'s own side; null when the noun has no such determiner or no act fits.
     */
    org.saydo.record.ActorRef referredAgent(int noun, Arg reacting) {
        if (!coder.references.refersBack(s, noun)) {
            return null;
        }
        return discourse.agentOfFirst(events.values(), coder.references.roots(Syntax.lower(s.token(noun))),
                List.of(reacting));
    }

    /**
     * The acts told before token {@code position} of this sentence: those of the {@code reach} sentences before it
     * ({@link Discourse#told}) and this sentence's own whose trigger comes before {@code position}, in that order.
     */
    List<Event> toldBefore(int reach, int position) {
        List<Event> before = new ArrayList<>();
        for (Event e : discourse.told) {
            if (e.provenance().sentence() >= s.index() - reach && e.provenance().sentence() < s.index()) {
                before.add(e);
            }
        }
        for (var en : events.entrySet()) {
            if (trigger(en.getKey()) < position) {
                before.add(en.getValue());
            }
        }
        return before;
    }
    final List<Quote> quotes = new ArrayList<>();
    final Set<Integer> consumed = new HashSet<>();
    final Set<Integer> quotedSpeechVerbs = new HashSet<>();
    /** Verbs coded by a pattern that names other verbs of the sentence ("WANT * ATTACK"): those verbs. */
    final Map<Integer, Set<Integer>> patternVerbs = new HashMap<>();
    final EventCoder coder;
    final ActorResolver actors;
    final PredicateCoder predicates;
    final NominalCoder nominals;
    final PatternMatcher patterns;
    final ModalityRules modals;
    final QuoteFinder quoteFinder;
    final EventCombiner combiner;
    final Refusals refusals;
    final Protests protests;
    final ReprisalThreats reprisals;
    final Intents intents;
    final Accusations accusations;
    final Demands demands;
    final BackgroundRules background;

    Sentence(EventCoder coder, Document doc, ParsedSentence s, List<Mention> mentions, Discourse discourse,
            List<QuoteSpan> spans, List<ParsedSentence> all, List<ParsedSentence> told) {
        this.coder = coder;
        this.doc = doc;
        this.s = s;
        this.mentions = mentions;
        this.discourse = discourse;
        this.spans = spans;
        this.all = all;
        this.told = told;
        this.actors = new ActorResolver(coder, doc, s, mentions, discourse, events.values());
        this.patterns = new PatternMatcher(this, actors);
        this.modals = new ModalityRules(this, actors);
        this.predicates = new PredicateCoder(this, actors, patterns);
        this.nominals = new NominalCoder(this, actors, predicates, coder.nominalCues);
        this.quoteFinder = new QuoteFinder(this, actors, modals);
        this.combiner = new EventCombiner(this, actors, modals);
        this.refusals = new Refusals(this, actors, modals);
        this.protests = new Protests(this, actors);
        this.reprisals = new ReprisalThreats(this, actors, modals);
        this.intents = new Intents(this, actors, modals);
        this.accusations = new Accusations(this, actors, modals, coder.accusations);
        this.demands = new Demands(this, actors);
        this.background = new BackgroundRules(this, coder.backgroundCues);
    }

    /**
     * A gerund the parser tagged as a verb that stands as a noun, the subject of a clause with no subject or object of
     * its own: "Fighting between the army and the RSF raged in El Fasher" (fight17).
     */
    private boolean gerundSubject(int i) {
        return s.token(i).pos().equals("VBG") && Syntax.is(s.relation(i), "nsubj") && s.head(i) >= 0
                && s.token(s.head(i)).isVerb() && !Syntax.hasChild(s, i, "nsubj") && !Syntax.hasChild(s, i, "obj")
                && !Syntax.hasChild(s, i, "aux");
    }

    void code() {
        discourse.answerVoice = null;
        discourse.answerVoice = quoteFinder.answerVoice();
        for (Token t : s.tokens()) {
            int i = t.index();
            boolean predicate = t.isVerb() || t.isNoun() && Syntax.hasChild(s, i, "nsubj")
                    && Syntax.hasChild(s, i, "obj");
            if (predicate && !Syntax.is(s.relation(i), "aux") && !s.relation(i).equals("cop")) {
                predicates.codeVerb(i);
            }
        }
        for (Token t : s.tokens()) {
            if ((t.isNoun() || gerundSubject(t.index())) && !consumed.contains(t.index())) {
                nominals.codeNoun(t.index());
            }
            if (t.isNoun()) {
                nominals.codeAgents(t.index()); // "a Moscow-brokered truce", "U.S.-supplied launchers"
                nominals.codeHolding(t.index()); // "under Russian control", "in Russian hands"
            }
        }
        combiner.combine();
        combiner.recodeByContent();
        combiner.meetings();
        combiner.truces();
        combiner.agreementsToAct();
        combiner.venues();
        combiner.oneWay();
        combiner.wishes();
        intents.findIntents();
        demands.findDemands();
        refusals.findRefusals();
        protests.findMissions();
        protests.findOfficialProtests();
        reprisals.findThreats();
        intents.conditionalCommitments();
        intents.bareWarnings();
        accusations.findAccusations();
        accusations.findDenials();
        quoteFinder.findQuotes();
        settleStatements();
        shareBackgroundDates();
        datesAhead();
        remember();
    }

    // ---------------------------------------------------------------- emitting

    void emit(List<Arg> sources, List<Arg> targets, String cameo, int trigger, String triggerText, String rule) {
        emit(sources, targets, cameo, trigger, triggerText, rule, Set.of());
    }

    /** @param explained words the verb pattern matched, which do not set the event's modality */
    void emit(List<Arg> sources, List<Arg> targets, String cameo, int trigger, String triggerText, String rule,
            Set<Integer> explained) {
        emitInto(events, sources, targets, cameo, trigger, triggerText, rule, explained);
    }

    /**
     * Whether the trigger is a noun that {@code time} dates itself ("the 2018 agreement", "the 1974 accord"; not a
     * time of its clause's verb) to a period that ended before the report's week.
     */
    private boolean ownPastDate(int trigger, TimeExpression time) {
        LocalDate published = doc.published();
        LocalDate end = time == null ? null : BackgroundRules.periodEnd(time, published);
        if (!s.token(trigger).isNoun() || end == null || published == null
                || !end.isBefore(published.minusDays(7))) {
            return false;
        }
        for (int i = time.firstToken(); i <= time.lastToken(); i++) {
            int h = s.head(i);
            if (h == trigger || h >= 0 && s.head(h) == trigger && !s.token(h).isVerb()) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #emit}, into {@code into} ({@link #events}, or {@link OpenCandidates}' own map). */
    void emitInto(Map<String, Event> into, List<Arg> sources, List<Arg> targets, String cameo, int trigger,
            String triggerText, String rule, Set<Integer> explained) {
        if (sources.isEmpty()) {
            return;
        }
        Modal modal = modals.modality(trigger, 0, explained);
        TimeExpression time = timeOf(trigger);
        boolean dated = dayOf(time) != null;
        if ((modal.modality() == Modality.ASSERTED || modal.modality() == Modality.REPORTED)
                && background.background(trigger, time)) {
            modal = new Modal(Modality.BACKGROUND, null);
        } else if ((modal.modality() == Modality.INTENT || modal.modality() == Modality.HYPOTHETICAL)
                && ownPastDate(trigger, time)) {
            // fresh27: "would no longer abide by the 2018 military agreement with South Korea": the clause's modal
            // is about abiding; the accord its own year dates is a past act
            modal = new Modal(Modality.BACKGROUND, null);
        }
        // a reference to the past is dated by the text or not at all, never by the report that mentions it
        boolean undated = !dated && modal.modality() == Modality.BACKGROUND;
        if (!dated && !undated && modal.modality() != Modality.INTENT && modal.modality() != Modality.HYPOTHETICAL) {
            // "Ukraine's navy said on Tuesday it had sunk a warship": an act the clause does not date is told as of
            // the day it was said
            time = sayingDay(trigger);
            if (time == null && toldInPast(trigger)) {
                // "Moscow responded on Sunday. Its defence ministry denied that its troops had killed civilians": a
                // past act the sentence does not date happened on the day its paragraph has just named, or on the
                // day the text last named for an act of the same actor ("Blinken said on Wednesday ...\nHe urged")
                time = paragraphDay();
                time = time != null ? time : actorDay(sources, targets);
            }
            dated = time != null;
        }
        LocalDate date = dated ? DateSanity.day(dayOf(time), modal.modality(), doc.published(), time.text())
                : undated ? null : doc.published();
        DateBasis basis = DateSanity.check(date, dated ? DateBasis.TEXT : undated ? DateBasis.NONE
                : DateBasis.PUBLICATION, modal.modality(), doc.published(), time == null ? null : time.text());
        Token tt = s.token(trigger);
        List<Arg> targetList = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
        for (Arg src : sources) {
            for (Arg tgt : targetList) {
                if (tgt != null && tgt.actor().code().equals(src.actor().code()) && !coder.posture.atHome(cameo)
                        || ImplicitTargets.addressee(src.actor())
                        || ImplicitTargets.standIn(src.actor()) != (tgt != null && ImplicitTargets.standIn(tgt.actor()))) {
                    // no act on oneself (but a state of emergency a state declares in its own region: posture.txt
                    // home), nor by people of no party; the sides' stand-ins go together ("the fighting"), never alone
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
                        triggerText, tt.begin(), tt.end(), rule, coder.pipeline);
                into.putIfAbsent(key, new Event(src.actor(), tgt == null ? null : tgt.actor(), cameo,
                        modal.modality(), modal.reportedBy() == null ? null : modal.reportedBy().actor(), date, basis,
                        time == null ? null : time.text(), s.text(), p));
            }
        }
    }

    /**
     * Whether the verb a time expression of this sentence hangs from (through the nouns above it) is told in a past
     * tense: the simple past ("vowed on Monday"), or a participle with a past auxiliary ("had agreed on Monday").
     * An expression that is not one of this sentence's own counts as past.
     */
    private boolean pastTime(TimeExpression te) {
        if (!s.times().contains(te)) {
            return true; // an anchor's day, or one counted from another ("a day after"): not told by a verb here
        }
        for (int i = te.firstToken(); i <= te.lastToken(); i++) {
            int at = s.head(i);
            if (at >= te.firstToken() && at <= te.lastToken()) {
                continue;
            }
            for (int steps = 0; at >= 0 && !s.token(at).isVerb() && steps < 6; steps++) {
                at = s.head(at);
            }
            if (at < 0 || !s.token(at).isVerb()) {
                return true;
            }
            Token t = s.token(at);
            int verb = at;
            return t.pos().equals("VBD") || t.pos().equals("VBN") && s.children(verb).stream()
                    .anyMatch(d -> Syntax.is(d.relation(), "aux") && s.token(d.dependent()).pos().equals("VBD"));
        }
        return true;
    }

    /**
     * The day of the saying whose complement clause holds a trigger the clause does not date: "Ukraine's navy said on
     * Tuesday it had sunk a warship", "Pakistan denied on Monday that its troops had fired" — the act is told as of the
     * day it was said (it happened no later, and the text gives no other day). The trigger's clause is a verb's
     * {@code ccomp}, reached from an event noun through the nouns above it and through coordinated or open clauses
     * ("said it had shelled the town and seized the bridge"); a complement of an undated saying looks further up ("said
     * on Monday it had confirmed that ..."). Null when the clause is of another kind (adverbial, relative, the main
     * clause) or no saying above it names a day.
     */
    private TimeExpression sayingDay(int trigger) {
        int at = trigger;
        for (int steps = 0; at >= 0 && steps < 12; steps++) {
            int head = s.head(at);
            if (s.token(at).isVerb()) {
                String rel = s.relation(at);
                TimeExpression attributed = attributionTime(at);
                if (attributed != null) {
                    return attributed;
                }
                if (head < 0) {
                    return null;
                }
                if (rel.equals("ccomp") && s.token(head).isVerb()) {
                    TimeExpression te = timeOf(head, false);
                    if (te != null) {
                        return te;
                    }
                } else if (!rel.equals("conj") && !rel.equals("xcomp")) {
                    return null;
                }
            }
            at = head;
        }
        return null;
    }

    /**
     * The day of an attribution set beside a clause ("Iran seized a tanker, state media reported on Thursday"): a
     * verb of the clause's {@code parataxis} (or, as the parser may attach it, an {@code obl} or {@code dep} verb
     * with no mark or preposition) that has a subject and no complement of its own, and names a day; null for none.
     */
    private TimeExpression attributionTime(int verb) {
        for (Dependency d : s.children(verb)) {
            int c = d.dependent();
            String rel = d.relation();
            boolean beside = rel.equals("parataxis") || (rel.equals("obl") || rel.equals("dep"))
                    && !Syntax.hasChild(s, c, "mark") && !Syntax.hasChild(s, c, "case");
            if (beside && s.token(c).isVerb() && Syntax.hasChild(s, c, "nsubj") && !Syntax.hasChild(s, c, "ccomp")) {
                TimeExpression te = timeOf(c, false);
                if (te != null) {
                    return te;
                }
            }
        }
        return null;
    }

    /** A time told from the one the text has just named: "the next day", "four days later", "a week later". */
    private static final java.util.regex.Pattern FROM_ANCHOR = java.util.regex.Pattern.compile(
            "(?i)(?:the\\s+)?(?:next|following)\\s+(day|morning|evening|night|week)"
            + "|(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(days?|weeks?)\\s+later");

    /**
     * dates33: a time told back from the one the text has just named: "the previous day", "the day before", "two days
     * earlier", "a week earlier" (the parser counts them back from the publication date).
     */
    private static final java.util.regex.Pattern BACK_FROM_ANCHOR = java.util.regex.Pattern.compile(
            "(?i)(?:the\\s+)?(?:previous|preceding)\\s+(day|morning|evening|night|week)"
            + "|the\\s+(day|night|evening)\\s+before"
            + "|(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(days?|weeks?)\\s+(?:earlier|before)");

    /**
     * A time told as the same day as the last time the text named ("Hours later", "later that day", "that evening"),
     * which the parser resolves to the publication date.
     */
    private static final java.util.regex.Pattern SAME_DAY = java.util.regex.Pattern.compile(
            "(?i)(?:(?:a\\s+few|several|some|two|three|four|five|six|\\d+)\\s+)?(?:hours|minutes)\\s+(?:later|earlier)"
            + "|(?:later|earlier)\\s+(?:that|the\\s+same)\\s+(?:day|morning|afternoon|evening|night)"
            + "|(?:that|the\\s+same)\\s+(?:day|morning|afternoon|evening|night)");

    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten");

    /**
     * A time told from the last time the text named before it ("On September 23 ... Four days later"), which the
     * parser resolves from the publication date instead: the anchor's day moved by the measure, or the anchor's
     * month when it names only a month ("In February 2019 ... the next day"). The time as it came when it is not
     * told so, or the text names no day or month before it.
     */
    private TimeExpression anchored(TimeExpression te) {
        if (te == null) {
            return null;
        }
        java.util.regex.Matcher m = FROM_ANCHOR.matcher(te.text().strip());
        java.util.regex.Matcher back = BACK_FROM_ANCHOR.matcher(te.text().strip());
        boolean sameDay = SAME_DAY.matcher(te.text().strip()).matches();
        if (!m.matches() && !sameDay && !back.matches()) {
            return te;
        }
        int days;
        if (sameDay) {
            days = 0; // "hours later", "later that day", "hours earlier": the anchor's own day
        } else if (back.matches()) {
            // dates33: "the previous day", "the day before", "two days earlier": back from the anchor
            String unit = back.group(1) != null ? back.group(1) : back.group(2) != null ? back.group(2)
                    : back.group(4);
            int count = 1;
            if (back.group(3) != null) {
                String n = back.group(3).toLowerCase(java.util.Locale.ROOT);
                count = n.matches("\\d+") ? Integer.parseInt(n) : n.startsWith("a") ? 1 : NUMBERS.indexOf(n);
            }
            days = -count * (unit.toLowerCase(java.util.Locale.ROOT).startsWith("week") ? 7 : 1);
        } else if (m.group(1) != null) {
            days = m.group(1).equalsIgnoreCase("week") ? 7 : 1;
        } else {
            String n = m.group(2).toLowerCase(java.util.Locale.ROOT);
            int count = n.matches("\\d+") ? Integer.parseInt(n) : n.startsWith("a") ? 1 : NUMBERS.indexOf(n);
            days = count * (m.group(3).toLowerCase(java.util.Locale.ROOT).startsWith("week") ? 7 : 1);
        }
        TimeExpression anchor = null;
        for (ParsedSentence before : told.subList(0, s.index() + 1)) {
            for (TimeExpression x : before.times()) {
                if (x.end() <= te.begin() && x.date() != null && !FROM_ANCHOR.matcher(x.text().strip()).matches()
                    && !SAME_DAY.matcher(x.text().strip()).matches()
                    && !BACK_FROM_ANCHOR.matcher(x.text().strip()).matches()) {
                    anchor = x;
                }
            }
        }
        if (anchor == null) {
            return te;
        }
        LocalDate day;
        if (anchor.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
            day = anchor.date().plusDays(days);
        } else if (anchor.value().matches("\\d{4}-\\d{2}")) {
            day = anchor.date().withDayOfMonth(1);
        } else {
            return te;
        }
        // the words name the anchor too, so that the plausibility check sees its year ("March 2019") or its lack
        return new TimeExpression(te.text() + " (from " + anchor.text() + ")", te.firstToken(), te.lastToken(),
                te.begin(), te.end(), day, day.toString());
    }

    /** Days before its report a paragraph's day may lie to date the sentences after it ("on Sunday"). */
    static final int PARAGRAPH_DAYS = 7;

    /**
     * Whether a verb trigger is told in a past tense: the simple past ("denied") or a past participle with a past
     * auxiliary ("had killed", "were killed"); not the present perfect ("has opened"), which tells the news of the
     * report's day. An infinitive that completes a verb ("urged both forces to stop") is told in that verb's tense;
     * an event noun in the tense of the verb its phrase hangs from ("Their attack on the hospital forced it to
     * close", "Moscow condemned the attack").
     */
    private boolean toldInPast(int trigger) {
        int at = trigger;
        for (int steps = 0; at >= 0 && s.token(at).isNoun() && steps < 3; steps++) {
            at = s.head(at);
        }
        if (at < 0 || !s.token(at).isVerb()) {
            return false;
        }
        for (int steps = 0; steps < 3 && s.token(at).pos().equals("VB") && s.relation(at).equals("xcomp")
                && s.head(at) >= 0 && s.token(s.head(at)).isVerb(); steps++) {
            // "He urged both forces to stop the fighting": an act told by its infinitive is told in the tense of
            // the verb that governs it
            at = s.head(at);
        }
        Token t = s.token(at);
        if (t.pos().equals("VBD")) {
            return true;
        }
        int verb = at;
        return t.pos().equals("VBN") && s.children(verb).stream()
                .anyMatch(d -> Syntax.is(d.relation(), "aux") && s.token(d.dependent()).pos().equals("VBD"));
    }

    /**
     * The day the sentence's paragraph last named before it: the one day named by the nearest earlier sentence of
     * the same paragraph (no line break between them) that names any time, when that day lies up to
     * {@value #PARAGRAPH_DAYS} days before the report (or on its next day, time zones) and its words give no year
     * (a narrative's "on Sunday", not a background date); else null. The day keeps the words that named it.
     */
    private TimeExpression paragraphDay() {
        LocalDate published = doc.published();
        if (published == null) {
            return null;
        }
        int begin = s.begin();
        for (int i = s.index() - 1; i >= 0; i--) {
            ParsedSentence before = told.get(i);
            if (doc.text().substring(before.end(), begin).indexOf('\n') >= 0) {
                return null;
            }
            TimeExpression te = narrativeDay(before);
            if (te != NO_DAY) {
                return te != null && datesMainClause(before, te) ? te : null;
            }
            begin = before.begin();
        }
        return null;
    }

    /** {@link #narrativeDay}'s answer for a sentence that names no day: the walk goes on past it. */
    private static final TimeExpression NO_DAY = new TimeExpression("", 0, 0, 0, 0, null, "");

    /**
     * The day an earlier sentence names for the narrative after it: {@link #NO_DAY} when it names no day or year (a
     * duration, "for about a month", or "recently" neither sets nor breaks the day told before it); its one day
     * when that day lies up to {@value #PARAGRAPH_DAYS} days before the report (or on its next day, time zones)
     * and its words give no year (a narrative's "on Sunday", not a background date); else null.
     */
    private TimeExpression narrativeDay(ParsedSentence before) {
        // a time told as the day named before it ("that evening", "hours later") names no day of its own here
        List<TimeExpression> times = before.times().stream().filter(x -> dayOf(x) != null
                && !SAME_DAY.matcher(x.text().strip()).matches()).toList();
        if (times.isEmpty()) {
            return NO_DAY;
        }
        List<LocalDate> days = times.stream().map(TimeExpression::date).filter(Objects::nonNull).distinct().toList();
        TimeExpression te = times.stream().filter(x -> x.date() != null).findFirst().orElse(null);
        if (days.size() != 1 || te == null || YEAR.matcher(te.text()).find()) {
            return null;
        }
        long after = ChronoUnit.DAYS.between(doc.published(), days.get(0));
        return after <= DateSanity.FUTURE_TOLERANCE && after >= -PARAGRAPH_DAYS ? te : null;
    }

    /**
     * The day the text last named, when it named it for an act or a quote of one of these sources: the one day of
     * the nearest earlier sentence that names a day ({@link #narrativeDay}) for its main verb, not across a blank
     * line (a new section or entry), when an event or a quote of that sentence by the same party (primary code) is
     * dated by it and this sentence names no day of its own; for a deed of no named doer, an event of that
     * sentence on the same target. A wire
     * story tells one actor's day over several lines ("Blinken said on Wednesday ...\nHe urged both forces ...",
     * "Iran launched drones late on Saturday ...\nA few missiles struck an air base"); null otherwise.
     */
    private TimeExpression actorDay(List<Arg> sources, List<Arg> targets) {
        if (doc.published() == null || s.times().stream().anyMatch(x -> dayOf(x) != null)) {
            return null; // a sentence that names a day of its own starts a new one, though not for this act
        }
        // a deed whose doer the report leaves to be understood ("missiles struck an air base") continues the day
        // of an act on the same target
        boolean unnamed = sources.stream().allMatch(a -> ImplicitSources.standIn(a.actor()));
        Set<String> parties = new HashSet<>();
        for (Arg a : unnamed ? targets : sources) {
            parties.add(Discourse.primary(a.actor().code()));
        }
        int begin = s.begin();
        for (int i = s.index() - 1; i >= 0; i--) {
            ParsedSentence before = told.get(i);
            if (doc.text().substring(before.end(), begin).contains("\n\n")) {
                return null;
            }
            TimeExpression te = narrativeDay(before);
            if (te != NO_DAY) {
                if (te == null) {
                    return null;
                }
                int at = i;
                boolean same = discourse.told.stream().anyMatch(e -> e.provenance().sentence() == at
                        && te.date().equals(e.date()) && (unnamed ? e.target() != null
                        && parties.contains(Discourse.primary(e.target().code()))
                        : parties.contains(Discourse.primary(e.source().code()))))
                        || !unnamed && discourse.quoted.stream().anyMatch(q -> q.provenance().sentence() == at
                        && te.date().equals(q.date()) && parties.contains(Discourse.primary(q.speaker().code())));
                return same && datesMainClause(before, te) ? te : null;
            }
            begin = before.begin();
        }
        return null;
    }

    /**
     * Whether a time expression hangs from its sentence's main verb ("Moscow responded on Sunday"), not from a
     * clause or a noun below it ("a reply to the attack on the bridge on Saturday").
     */
    private static boolean datesMainClause(ParsedSentence sentence, TimeExpression te) {
        // the main verb, or a verb loosely attached to the root ("JERUSALEM, April 14 (wire) - Iran launched ...":
        // the parser may root the sentence at the dateline's city)
        for (int i = te.firstToken(); i <= te.lastToken(); i++) {
            int at = sentence.head(i);
            if (at >= te.firstToken() && at <= te.lastToken()) {
                continue;
            }
            if (at >= 0 && sentence.token(at).isVerb() && (sentence.head(at) < 0
                    || sentence.head(sentence.head(at)) < 0 && LOOSE.contains(sentence.relation(at)))) {
                return true;
            }
        }
        return false;
    }

    /** Relations by which a main clause may hang from a root that is no verb of its own clause. */
    private static final Set<String> LOOSE = Set.of("parataxis", "dep", "appos", "list");

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?<!\\d)(1[89]|20)\\d\\d(?!\\d)");

    /**
     * The first day a time expression names: its resolved day (the Saturday of a weekend), or the first of January of a
     * bare year ("in 2014", "since 2014", which the parser leaves without a day); null for none (a duration,
     * "recently") and for null.
     */
    static LocalDate dayOf(TimeExpression te) {
        if (te == null) {
            return null;
        }
        if (te.date() != null && te.value().matches("\\d{4}-W\\d{2}-WE")) {
            // "last weekend", "over the weekend": the parser gives the Monday of the weekend's week; a range takes
            // its first day, the Saturday
            return te.date().with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SATURDAY));
        }
        if (te.date() != null) {
            return te.date();
        }
        return te.value().matches("\\d{4}") ? LocalDate.of(Integer.parseInt(te.value()), 1, 1) : null;
    }

    /** Marks of an adverbial clause that tells an act at the time of its governor ("while", "when"). */
    private static final Set<String> SIMULTANEOUS = WordLists.words("simultaneous-marks");

    /**
     * statement29: whether the token stands in the phrase of the heading word at {@code heading} ("statement"), below
     * it with no verb between: "Statement by Israel's foreign ministry", "Saudi-US statement on ...".
     */
    private boolean issues(int i, int heading) {
        for (int h = s.head(i), n = 0; h >= 0 && n < 8; h = s.head(h), n++) {
            if (h == heading) {
                return true;
            }
            if (s.token(h).isVerb()) {
                return false;
            }
        }
        return false;
    }

    /**
     * statement31: the party an official text's heading names as its issuer, the voice its "we" and "our" stand for
     * ({@link Discourse#voice}): a state, state body or organisation that is the heading's main subject or is joined
     * to the heading word by "of", "by", "from" or a possessive through nouns alone ("Statement by the Ministry of
     * Foreign Affairs of Ukraine", "North Korea's defence ministry statement"; not "Statement on the North Korean
     * attack"), else the first line above it; none when they are of several parties (a joint statement).
     */
    private void voice(Arg mainSubject, int heading) {
        if (s.tokens().stream().anyMatch(t -> Syntax.lower(t).equals("joint"))) {
            return;
        }
        List<Arg> issuers = new ArrayList<>();
        for (Token u : s.tokens()) {
            for (Arg a : actors.actorsOf(u.index())) {
                if (mainSubject != null && mainSubject.first() == a.first() || ownedBy(u.index(), heading)) {
                    issuers.add(a);
                }
            }
        }
        Arg one = oneIssuer(issuers);
        discourse.voice = one != null ? one : issuers.isEmpty() ? discourse.firstLine : null;
        if (one != null) {
            // sahel33: the heading's own words around the issuer ("the ECOWAS Authority of Heads of State") are its
            // short names too
            Set<String> words = new java.util.HashSet<>();
            for (Token u : s.tokens()) {
                if (u.isNoun() && Character.isUpperCase(u.word().charAt(0)) && u.index() != heading
                        && ownedBy(u.index(), heading)) {
                    words.add(Syntax.lower(u));
                }
            }
            discourse.voiceWords = Set.copyOf(words);
        }
    }

    /** The issuer these actors name, the most specific code of one party; null for none or several parties. */
    private static Arg oneIssuer(List<Arg> found) {
        Arg best = null;
        for (Arg a : found) {
            String code = a.actor().code();
            if (!ActorResolver.stateBody(code) && !code.startsWith("IGO") || a.person()) {
                continue;
            }
            String was = best == null ? null : best.actor().code();
            if (was != null && !party(was).equals(party(code)) && !(code.startsWith("IGO")
                    && (code.startsWith(was) || was.startsWith(code)))) {
                // sahel33: "the ECOWAS Authority" (IGOWAFBUSWASGOV) is ECOWAS's (IGOWAFBUSWAS) own body
                return null;
            }
            if (best == null || code.length() > best.actor().code().length()) {
                best = a;
            }
        }
        return best;
    }

    /** A code's party: a state's country, else the organisation's whole code. */
    private static String party(String code) {
        return code.startsWith("IGO") ? code : ActorResolver.countryOf(code);
    }

    /** Whether the nominal at {@code i} is the heading word's owner, through "of", "by", "from", possessives, names. */
    private boolean ownedBy(int i, int heading) {
        for (int x = i, n = 0; x >= 0 && n < 8; x = s.head(x), n++) {
            if (x == heading) {
                return true;
            }
            String rel = s.relation(x);
            boolean owning = Syntax.is(rel, "nmod:poss") || Syntax.is(rel, "compound") || Syntax.is(rel, "flat")
                    || Syntax.is(rel, "appos") || Syntax.is(rel, "amod")
                    || rel.equals("dep") && x != i // sahel33: a heading's stacked lines, parsed loose
                    && Character.isUpperCase(s.token(x).word().charAt(0))
                    || Syntax.is(rel, "nmod") && Set.of("of", "by", "from").contains(Syntax.preposition(s, x));
            if (x != i && s.token(x).isVerb() || !owning) {
                return false;
            }
        }
        return false;
    }

    /** Words that name a report's heading an official text (words.txt official-headings, statement29). */
    private static final Set<String> OFFICIAL_HEADINGS = WordLists.words("official-headings");

    /** Marks of an adverbial clause measured from its governor's time ("a day after", "two days before"). */
    private static final Set<String> SEQUENCE = WordLists.words("sequence-marks");

    /** Measures of less than a day ("hours after"): the governor's own day. */
    private static final Set<String> HOURS = WordLists.words("hour-measures");

    private static final java.util.regex.Pattern MEASURE = java.util.regex.Pattern.compile("P(\\d+)([DWMY])");

    /** Words that make a span approximate ("more than two years", "nearly a month"): it measures no day. */
    private static final java.util.regex.Pattern APPROXIMATE = java.util.regex.Pattern.compile(
            "(?i)(more|less|fewer)\\s+than\\b|(nearly|almost|about|around|roughly|some|over|at\\s+least|up\\s+to)\\b");

    /**
     * The span a duration measures ("a day", "two weeks", "a year"): zero for hours and minutes ("hours after" is the
     * same day); null for none or an unknown amount ("several days").
     */
    private static java.time.Period period(TimeExpression te) {
        if (APPROXIMATE.matcher(te.text().strip()).lookingAt()) {
            return null; // "more than two years after the invasion", "nearly a month before": no day of its own
        }
        java.util.regex.Matcher m = MEASURE.matcher(te.value());
        if (!m.matches()) {
            return te.value().startsWith("PT") ? java.time.Period.ZERO : null;
        }
        int n = Integer.parseInt(m.group(1));
        return switch (m.group(2)) {
            case "D" -> java.time.Period.ofDays(n);
            case "W" -> java.time.Period.ofWeeks(n);
            case "M" -> java.time.Period.ofMonths(n);
            default -> java.time.Period.ofYears(n);
        };
    }

    /**
     * The day a span before or after another day: a span of months or years names only the month ("a year after
     * it was signed in July"), its first day, as the text's "in March" is.
     */
    private static LocalDate moved(LocalDate from, java.time.Period span, boolean before) {
        LocalDate day = before ? from.plus(span) : from.minus(span);
        return span.getMonths() != 0 || span.getYears() != 0 ? day.withDayOfMonth(1) : day;
    }

    /**
     * The time expression that dates a trigger: one attached to it or to its clause, without crossing a verb;
     * else the time its clause is told relative to ({@link #relativeTime}); a bare year last. One told from an
     * earlier time ("the next day") is counted from it ({@link #anchored}).
     */
    TimeExpression timeOf(int trigger) {
        return anchored(clauseTime(trigger));
    }

    private TimeExpression clauseTime(int trigger) {
        if (s.token(trigger).isNoun()) {
            // an event noun's own phrase or relative clause dates it first: "the 1971 war", "the blockade, which
            // Israel has enforced since 2007", "the attack of 7 October"
            TimeExpression own = ownTime(trigger, false);
            own = own != null ? own : ownTime(trigger, true);
            own = own != null ? own : measuredNoun(trigger);
            if (own != null) {
                return own;
            }
        }
        // a day, week or month first; a bare year only when nothing finer dates the act ("met Putin for the sixth
        // time this year on Tuesday" is Tuesday)
        TimeExpression finer = timeOf(trigger, false);
        if (finer != null) {
            return finer;
        }
        TimeExpression relative = relativeTime(trigger, 0);
        TimeExpression found = relative != null ? relative : timeOf(trigger, true);
        int head = s.head(trigger);
        if (found == null && s.relation(trigger).equals("conj") && head >= 0 && s.token(trigger).isVerb()
                && s.token(head).isVerb() && !Syntax.hasChild(s, trigger, "nsubj")
                && !Syntax.hasChild(s, trigger, "nsubj:pass")) {
            // verbs that share a subject share its time: "last year the rebels overran the town and killed
            // hundreds"
            return timeOf(head);
        }
        return found;
    }

    /**
     * A time expression in an event noun's own phrase ("the 1971 war", "the attack of 7 October") or in a relative
     * clause on it ("the war that broke out in April"), without crossing another verb; a day, week or month, or
     * with {@code years} a bare year; null for none.
     */
    private TimeExpression ownTime(int noun, boolean years) {
        for (TimeExpression te : s.times()) {
            if (dayOf(te) == null || (te.date() == null) != years) {
                continue;
            }
            for (int i = te.firstToken(); i <= te.lastToken(); i++) {
                int at = s.head(i);
                if (at >= te.firstToken() && at <= te.lastToken()) {
                    continue;
                }
                for (int steps = 0; at >= 0 && steps < 6; steps++) {
                    if (at == noun) {
                        return te;
                    }
                    if (s.token(at).isVerb()) {
                        String rel = s.relation(at);
                        if (s.head(at) == noun && (rel.equals("acl:relcl") || rel.equals("acl"))) {
                            return te; // "the war that broke out in April"
                        }
                        break;
                    }
                    at = s.head(at);
                }
            }
        }
        return null;
    }

    /**
     * The day of a clause told relative to another time of the sentence:
     * <ul>
     *   <li>an adverbial clause measured from its governor: "on Sunday, a day after Hamas attacked" is Saturday,
     *       "two days before the talks opened" two days after the governor's day (the publication date when the
     *       governor has none); "hours after" is the governor's day;</li>
     *   <li>a governor measured from its adverbial clause's own day: "struck the camp two days after Hamas fired
     *       rockets on Sunday" is Tuesday, "a day before the talks opened on Friday" Thursday;</li>
     *   <li>a clause of the same time as another: "shelled the town while people were evacuated on Wednesday" and
     *       "were evacuated on Wednesday as the town was shelled" are Wednesday.</li>
     * </ul>
     * The day is a time expression of its own whose words are the anchor's, or null. (A relative clause on a
     * dated noun, "since Friday, when Pyongyang accused Seoul", is left undated: dating it by the noun moved dev
     * dates up and the blind half's precision down.)
     */
    private TimeExpression relativeTime(int trigger, int depth) {
        int clause = clauseOf(trigger);
        if (clause < 0 || depth > 2) {
            return null;
        }
        String rel = s.relation(clause);
        int head = s.head(clause);
        List<String> marks = s.children(clause, "mark").stream().map(m -> Syntax.lower(s.token(m))).toList();
        if ((rel.equals("advcl") || rel.equals("dep")) && head >= 0 && marks.stream().anyMatch(SEQUENCE::contains)) {
            java.time.Period span = measure(clause);
            if (span == null) {
                return null;
            }
            // "on Monday, a day after ...": the day the clause hangs from, else its governor's
            TimeExpression anchor = s.times().stream().filter(te -> te.date() != null && te.firstToken() <= head
                    && head <= te.lastToken()).findFirst().orElse(null);
            anchor = anchor != null ? anchor : timeOf(head, false);
            anchor = anchor != null ? anchor : relativeTime(head, depth + 1);
            anchor = anchor != null ? anchor : asideTime(head);
            LocalDate from = anchor != null ? anchor.date() : doc.published();
            if (from == null) {
                return null;
            }
            LocalDate day = moved(from, span, marks.contains("before"));
            Token first = s.token(firstOfMeasure(clause));
            Token mark = s.token(s.children(clause, "mark").get(0));
            return new TimeExpression(doc.text().substring(first.begin(), mark.end()), first.index(), mark.index(),
                    first.begin(), mark.end(), day, day.toString());
        }
        if (rel.equals("advcl") && head >= 0 && marks.stream().anyMatch(SIMULTANEOUS::contains)) {
            TimeExpression te = timeOf(head, false);
            if (te != null) {
                return te;
            }
        }
        for (int c : s.children(clause, "advcl")) {
            List<String> its = s.children(c, "mark").stream().map(m -> Syntax.lower(s.token(m))).toList();
            java.time.Period span = its.stream().anyMatch(SEQUENCE::contains) ? measure(c) : null;
            TimeExpression own = span != null ? timeOf(c, false) : null;
            if (own != null && own.date() != null) {
                // "struck the camp two days after Hamas fired rockets on Sunday": the clause's day moved back
                LocalDate day = moved(own.date(), span, !its.contains("before"));
                Token first = s.token(firstOfMeasure(c));
                return new TimeExpression(doc.text().substring(first.begin(), own.end()), first.index(),
                        own.lastToken(), first.begin(), own.end(), day, day.toString());
            }
            if (its.stream().anyMatch(SIMULTANEOUS::contains)) {
                TimeExpression te = timeOf(c, false);
                if (te != null) {
                    return te;
                }
            }
        }
        return null;
    }

    /**
     * dates29: the day of the clause an attribution set after it tells ("The tanker caught fire on Friday, the
     * Houthis said, a day after ..."): a verb with no day of its own that is the {@code parataxis} of a clause, or
     * that has a complement clause before it, takes that clause's day; null otherwise. What is measured from such an
     * attribution ("a day after") is measured from the day it reports, not from the report's.
     */
    private TimeExpression asideTime(int verb) {
        int head = s.head(verb);
        if (s.relation(verb).equals("parataxis") && head >= 0 && head < verb && s.token(head).isVerb()) {
            return timeOf(head, false);
        }
        for (int c : s.children(verb, "ccomp")) {
            if (c < verb && s.token(c).isVerb()) {
                TimeExpression te = timeOf(c, false);
                if (te != null) {
                    return te;
                }
            }
        }
        return null;
    }

    /**
     * The day of an event noun measured from its clause's time: "opened a front on 8 October, a day after the
     * attack" dates the attack 7 October, "two days before the vote" two days after the clause's day, "hours after
     * the raid" the clause's own day. The clause's day is the time attached to the verb the measure hangs from, else
     * the publication date (as for {@link #relativeTime}); the words name the anchor too, so that the plausibility
     * check sees its year. Null when the noun is not so measured.
     */
    private TimeExpression measuredNoun(int noun) {
        int measure = s.head(noun);
        if (measure < 0 || measure > noun) {
            return null;
        }
        // "after" on the noun, or on the measure between the two ("two days before the raid" parsed either way)
        List<Integer> marks = new ArrayList<>(s.children(noun, "case"));
        marks.addAll(s.children(measure, "case").stream().filter(c -> c > measure && c < noun).toList());
        marks.removeIf(c -> !SEQUENCE.contains(Syntax.lower(s.token(c))));
        if (marks.isEmpty()) {
            return null;
        }
        java.time.Period span = null;
        int first = measure;
        for (TimeExpression te : s.times()) {
            if (te.firstToken() <= measure && measure <= te.lastToken() && te.date() == null) {
                span = period(te);
                first = te.firstToken();
            }
        }
        if (span == null && HOURS.contains(Syntax.lower(s.token(measure)))) {
            span = java.time.Period.ZERO;
        }
        int governor = s.head(measure);
        if (span == null || governor < 0 || first > marks.get(0)) {
            return null;
        }
        // the clause's day, or the day the measure stands beside ("on 5 March, a day after the attack")
        TimeExpression anchor = s.times().stream().filter(te -> te.date() != null && te.firstToken() <= governor
                && governor <= te.lastToken()).findFirst().orElse(null);
        if (anchor == null && !s.token(governor).isVerb()) {
            return null;
        }
        anchor = anchor != null ? anchor : timeOf(governor, false);
        LocalDate from = anchor != null ? anchor.date() : doc.published();
        if (from == null) {
            return null;
        }
        int mark = marks.get(0);
        LocalDate day = moved(from, span, Syntax.lower(s.token(mark)).equals("before"));
        String words = doc.text().substring(s.token(first).begin(), s.token(mark).end())
                + (anchor == null ? "" : " (from " + anchor.text() + ")");
        return new TimeExpression(words, first, mark, s.token(first).begin(), s.token(mark).end(), day,
                day.toString());
    }

    /** The verb whose clause holds the trigger: itself, the verb a noun hangs from, the first of conjoined verbs. */
    private int clauseOf(int trigger) {
        int at = trigger;
        for (int steps = 0; at >= 0 && !s.token(at).isVerb() && steps < 4; steps++) {
            at = s.head(at);
        }
        if (at < 0 || !s.token(at).isVerb()) {
            return -1;
        }
        while (s.relation(at).equals("conj") && s.head(at) >= 0 && s.token(s.head(at)).isVerb()
                && !Syntax.hasChild(s, at, "nsubj")) {
            at = s.head(at);
        }
        return at;
    }

    /**
     * The span an adverbial clause is measured by ("a day after", "two weeks before", "a year after"): from a
     * duration that hangs from it; zero for hours and minutes ("hours after"); null for none.
     */
    private java.time.Period measure(int clause) {
        for (TimeExpression te : s.times()) {
            if (s.head(te.lastToken()) != clause) {
                continue;
            }
            return period(te);
        }
        for (var d : s.children(clause)) {
            int c = d.dependent();
            if (c < clause && HOURS.contains(Syntax.lower(s.token(c)))) {
                return java.time.Period.ZERO;
            }
        }
        return null;
    }

    /** The first token of the measure of an adverbial clause ("a day after": "a"). */
    private int firstOfMeasure(int clause) {
        int first = s.children(clause, "mark").get(0);
        for (TimeExpression te : s.times()) {
            if (s.head(te.lastToken()) == clause) {
                first = Math.min(first, te.firstToken());
            }
        }
        for (var d : s.children(clause)) {
            int c = d.dependent();
            if (c < first && HOURS.contains(Syntax.lower(s.token(c)))) {
                first = c;
            }
        }
        return first;
    }

    private TimeExpression timeOf(int trigger, boolean years) {
        TimeExpression found = null;
        for (TimeExpression te : s.times()) {
            if (dayOf(te) == null || (te.date() == null) != years) {
                continue;
            }
            // every token of the expression whose head lies outside it ("Tuesday evening, 2 December" may
            // hang from two places), climbed up to the first verb
            for (int i = te.firstToken(); i <= te.lastToken(); i++) {
                int hd = s.head(i);
                if (hd >= te.firstToken() && hd <= te.lastToken()) {
                    continue;
                }
                if (hd != trigger && ATTRIBUTIVE.contains(s.relation(i)) && argumentOf(hd, trigger)) {
                    continue; // "suspended the 2018 accord": the year names the pact, not the act done to it
                }
                if (te.firstToken() > 0 && BOUNDS.contains(Syntax.lower(s.token(te.firstToken() - 1)))
                        && (hd != trigger && hd >= 0 && s.token(hd).isNoun() || ahead(te))) {
                    // dates29: "adopted sanctions including a ban on coal imports from August", "extended its ban
                    // until August" (in a June report): the start or end of a measure, a noun's or one still to
                    // come, is the measure's, not the time of the act that sets it
                    continue;
                }
                int steps = 0;
                int at = hd;
                boolean throughOther = false;
                while (at >= 0 && steps++ < 6) {
                    if (at == trigger) {
                        return te;
                    }
                    if (s.token(at).isVerb()) {
                        break;
                    }
                    throughOther |= !inTime(at);
                    at = s.head(at);
                }
                if (at >= 0 && at == s.head(trigger) && s.token(trigger).isNoun() && !throughOther) {
                    // the time of the clause an event noun stands in ("the invasion began in February"), not
                    // one of another of its nouns ("rests on a 2006 resolution")
                    found = te;
                }
            }
        }
        return found;
    }

    /** Words before a time that make it the start or end of a measure ("a ban from August", "until March"). */
    private static final Set<String> BOUNDS = Set.of("from", "starting", "effective", "until", "till");

    /** Whether the parser puts a time after the report, past the time-zone tolerance. */
    private boolean ahead(TimeExpression te) {
        return doc.published() != null && te.date() != null
                && ChronoUnit.DAYS.between(doc.published(), te.date()) > DateSanity.FUTURE_TOLERANCE;
    }

    /** Relations by which a time modifies a noun as its attribute ("the 2018 accord", "its 1960 treaty"). */
    private static final Set<String> ATTRIBUTIVE = Set.of("compound", "amod", "nummod");

    /**
     * The relations of what an act is done to, whose attributes of time are theirs, not the act's ("suspended the
     * 2018 accord", "the 2018 accord was suspended"); an active subject's are not ("the 2022 offensive killed").
     */
    private static final Set<String> CORE = Set.of("obj", "iobj", "nsubj:pass");

    /**
     * Prepositions whose phrase may set an act in its time ("in its 2022 offensive", "during the 2006 war"): a year
     * modifying their noun may date the act; the phrases of other prepositions name what the act is done to or from
     * ("withdrew from the 2015 accord"), as an object does.
     */
    private static final Set<String> SETTING = Set.of("in", "during", "since", "after", "before", "until", "by", "at",
            "on", "amid", "through", "throughout", "following", "");

    /**
     * Whether the noun at {@code n} is what the verb at {@code verb} is done to (its object, a passive's subject), or
     * a noun such an argument's "of" phrase holds ("a clause of the 2018 accord").
     */
    private boolean argumentOf(int n, int verb) {
        for (int steps = 0; n >= 0 && steps < 3 && s.token(n).isNoun(); steps++) {
            String rel = s.relation(n);
            if (CORE.contains(rel)) {
                return s.head(n) == verb;
            }
            if (Syntax.is(rel, "obl") && s.head(n) == verb && !s.children(n, "case").isEmpty()
                    && !SETTING.contains(Syntax.preposition(s, n))) {
                return true; // "withdrew from the 2015 accord in 2018", "pulled out of the 2018 deal"
            }
            if (!Syntax.is(rel, "nmod") || rel.equals("nmod:poss")) {
                return false;
            }
            n = s.head(n);
        }
        return false;
    }

    /** Whether a token is part of one of the sentence's time expressions ("the morning of 15 April"). */
    private boolean inTime(int i) {
        for (TimeExpression te : s.times()) {
            if (te.firstToken() <= i && i <= te.lastToken()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Settles the sentence's plain statements (010). A statement not made ("has not confirmed", "has not
     * commented", a verb of speech negated) is an asserted refusal to comment (011). A statement that CAMEO names
     * nothing more specific of ("told Ankara that the talks would go on", "informed the US military", "cited the
     * killings") is no act between parties, whether or not it names an addressee: what was said is a quote, kept as
     * such (corpus/README.md: a plain statement is a quote, a statement that is itself a CAMEO act an event of that
     * code).
     */
    void settleStatements() {
        for (Token t : s.tokens()) {
            int v = t.index();
            String key = "|" + v;
            if (t.isVerb() && EventCoder.SPEECH.contains(Syntax.lower(t)) && modals.negated(v, Set.of())
                    && events.keySet().stream().noneMatch(k -> k.endsWith(key))) {
                // "has not confirmed", "did not say who fired": a verb of speech with no code of its own
                emit(actors.subjectsOf(v, 0), List.of(), "010", v, t.word(), "verb " + Syntax.upperLemma(t));
            }
        }
        // rulesA30: "did not say who fired", "has not said whether it would": what was left unsaid is told, not a
        // refusal to comment; so is a clause whose own negation the verb took ("Moscow took no part, the ministry
        // said")
        events.entrySet().removeIf(en -> en.getValue().cameo().equals("010")
                && en.getValue().modality() == Modality.NEGATED && omission(en.getKey()));
        events.replaceAll((k, e) -> e.cameo().equals("010") && e.modality() == Modality.NEGATED ? declined(e) : e);
        events.values().removeIf(e -> e.cameo().equals("010"));
    }

    /** rulesA30: verbs of speech that, negated over a clause of their own, leave its content untold. */
    private static final Set<String> OMITTING_SPEECH = WordLists.words("omitting-speech");

    /**
     * Whether the event under {@code key} (its trigger last) is a verb of {@link #OMITTING_SPEECH} with a clause
     * of its own ("did not say when the sanctions would start").
     */
    private boolean omission(String key) {
        int v = trigger(key);
        String lemma = Syntax.lower(s.token(v));
        return OMITTING_SPEECH.contains(lemma) && !s.children(v, "ccomp").isEmpty()
                || SILENT_PERFECT.contains(lemma) && s.children(v, "aux").stream()
                        .anyMatch(a -> Syntax.lower(s.token(a)).equals("have"));
    }

    /**
     * rulesA30: verbs of speech whose negated perfect tells a silence the reporter observed so far ("Moscow has not
     * commented on the graves"), not an explicit refusal to comment.
     */
    private static final Set<String> SILENT_PERFECT = WordLists.words("silent-perfect");

    /**
     * A statement not made ("has not confirmed", "cannot confirm", "has not commented") is an asserted refusal to
     * comment, CAMEO 011.
     */
    private Event declined(Event e) {
        Provenance p = e.provenance();
        Provenance q = p.withRule(p.rule() + " + not said: 011");
        return new Event(e.source(), e.target(), "011", Modality.ASSERTED, null, e.date(), e.dateBasis(),
                e.dateText(), e.text(), q);
    }

    /** Prepositions of place: their nominal says where, not who. */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "across", "around",
            "within", "into", "towards", "toward", "through");

    /** A subject that can be "it": not plural ("Russian forces", "they"). */
    private static boolean singular(Token t) {
        return !t.pos().equals("NNS") && !t.pos().equals("NNPS")
                && !ActorResolver.PLURAL_PRONOUNS.contains(t.word().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether a plural proper noun ends the name of one body of several words ("the Joint Chiefs of Staff", "the
     * United States", "the Rapid Support Forces"), which "it" stands for as for any singular name.
     */
    private boolean singularName(int h) {
        return s.token(h).pos().equals("NNPS") && mentions.stream().anyMatch(m -> m.isActor() && !m.person()
                && m.covers(h) && m.first() < m.last());
    }

    /**
     * The singular subject of the sentence's first main clause that is not a person ("The resolution passed",
     * "Russia said", "The Joint Chiefs of Staff urged"), or -1 when it has none, or a plural, a person or a pronoun for one ("he", "Peskov").
     */
    private int mainSubject() {
        for (int root : s.roots()) {
            for (var d : s.children(root)) {
                int c = d.dependent();
                if (!Syntax.is(d.relation(), "nsubj")) {
                    continue;
                }
                Token t = s.token(c);
                String w = t.word().toLowerCase(java.util.Locale.ROOT);
                if (!singular(t) && !singularName(c)
                        || Set.of("he", "she", "i", "we", "you", "this", "that", "which", "who").contains(w)
                        || mentions.stream().anyMatch(m -> m.isActor() && m.person() && m.covers(c))) {
                    return -1;
                }
                return c;
            }
            return -1;
        }
        return -1;
    }

    /**
     * A background reference the sentence tells twice is one act with one date: an undated background event takes
     * the date the sentence gives another background event of the same parties ("the blockade of Gaza, which Israel
     * has enforced since 2007": the blockade is the enforcing's).
     */
    private void shareBackgroundDates() {
        for (Map.Entry<String, Event> entry : events.entrySet()) {
            Event e = entry.getValue();
            if (e.modality() != Modality.BACKGROUND || e.date() != null || e.target() == null) {
                continue;
            }
            events.values().stream().filter(o -> o.modality() == Modality.BACKGROUND && o.date() != null
                    && o.dateBasis() == DateBasis.TEXT && o.target() != null
                    && Discourse.primary(o.source().code()).equals(Discourse.primary(e.source().code()))
                    && Discourse.primary(o.target().code()).equals(Discourse.primary(e.target().code())))
                    .findFirst().ifPresent(o -> entry.setValue(new Event(e.source(), e.target(), e.cameo(),
                            e.modality(), e.reportedBy(), o.date(), o.dateBasis(), o.dateText(), e.text(),
                            e.provenance(), e.judge())));
        }
    }

    /**
     * dates29: an intent or a hypothetical dated by a weekday alone of this sentence that hangs from a verb not told
     * in a past tense ("is due to meet on Thursday", "plans to visit Berlin on Friday"; not "vowed on Monday to
     * retaliate") is dated by the next such day from the report on ({@link DateSanity#nextWeekday}): the parser
     * reads such a weekday in a present-tense clause as the last one. After every pass, as several make an act an
     * intent after dating it.
     */
    private void datesAhead() {
        // promises and threats ("plans to visit Berlin on Friday") become intents later (ModalityRules.committed)
        for (Map.Entry<String, Event> entry : events.entrySet()) {
            Event e = entry.getValue();
            boolean ahead = e.modality() == Modality.INTENT || e.modality() == Modality.HYPOTHETICAL
                    || (e.modality() == Modality.ASSERTED || e.modality() == Modality.REPORTED)
                    && COMMITMENT_ROOTS.contains(e.cameo().substring(0, 2)); // an intent once told (ModalityRules)
            if (!ahead || e.dateBasis() != DateBasis.TEXT || e.date() == null || e.dateText() == null
                    || !e.date().isBefore(doc.published())) {
                continue;
            }
            TimeExpression te = s.times().stream().filter(x -> x.text().equals(e.dateText())).findFirst()
                    .orElse(null);
            LocalDate day = te == null || pastTime(te) ? e.date()
                    : DateSanity.nextWeekday(e.date(), doc.published(), e.dateText());
            if (!day.equals(e.date())) {
                entry.setValue(new Event(e.source(), e.target(), e.cameo(), e.modality(), e.reportedBy(), day,
                        DateSanity.check(day, DateBasis.TEXT, Modality.INTENT, doc.published(), e.dateText()),
                        e.dateText(), e.text(), e.provenance(), e.judge()));
            }
        }
    }

    /** CAMEO roots of commitments, which {@link ModalityRules#committed} makes intents. */
    private static final Set<String> COMMITMENT_ROOTS = WordLists.words("commitment-roots");

    /** Updates the discourse: the main subject of the sentence, else the last actor named. */
    void remember() {
        Arg mainSubject = null;
        boolean unknownPerson = false;
        Arg titledPerson = null; // "Army spokesman Nabil Abdallah blamed ...": someone the dictionaries lack, by office
        for (int root : s.roots()) {
            List<Arg> subjects = actors.subjectsOf(root, 0);
            if (!subjects.isEmpty()) {
                mainSubject = subjects.get(0);
            }
            for (int subj : s.children(root, "nsubj")) {
                if (subjects.isEmpty() && s.token(subj).pos().equals("NNP")) {
                    unknownPerson = true;
                    if (titledPerson == null) {
                        titledPerson = quoteFinder.titledPerson(subj);
                    }
                }
            }
        }
        List<ActorRef> named = new ArrayList<>();
        for (Token t : s.tokens()) {
            String rel = s.relation(t.index());
            if (t.isNoun() && !Syntax.is(rel, "compound") && !Syntax.is(rel, "flat")
                    && !LOCATIVE.contains(Syntax.preposition(s, t.index()))) {
                // where something happened ("talks in Geneva") names no party "the army" could belong to
                for (Arg a : actors.actorsOf(t.index())) {
                    if (!ImplicitTargets.addressee(a.actor()) && !actors.enemyAt(t.index())) {
                        named.add(a.actor());
                    }
                }
            }
        }
        discourse.named.addAll(named);
        for (Mention m : mentions) {
            if (m.isActor()) {
                discourse.saw(new Arg(new ActorRef(m.code(), m.name(),
                        doc.text().substring(s.token(m.first()).begin(), s.token(m.last()).end())),
                        m.first(), m.last(), m.person()));
            }
        }
        for (int root : s.roots()) {
            for (int subj : s.children(root, "nsubj")) {
                List<Arg> group = actors.actorsOf(subj);
                Token t = s.token(subj);
                if (group.size() > 1 || t.pos().endsWith("S") && !group.isEmpty()) {
                    discourse.lastGroup = group;
                    discourse.lastGroupSentence = s.index();
                } else if (group.isEmpty() && t.pos().equals("NNS")) {
                    // "Analysts do not expect an attack. But they warn ...": people who are no actor
                    discourse.lastGroup = List.of();
                    discourse.lastGroupSentence = s.index();
                }
            }
        }
        // "it" agrees with a singular actor that is not a person, and stands for a subject rather than whatever
        // was named last: "Peskov said Russia would continue its campaign against Ukraine. It accused ..."; the
        // subject of the main clause first, when it is a singular thing: "The resolution, drafted by Britain,
        // passed; Russia abstained. It calls for ..." is the resolution, which is no actor
        int main = mainSubject();
        List<Arg> mainActors = main < 0 ? List.of() : actors.actorsOf(main);
        if (main >= 0 && mainActors.isEmpty() && s.token(main).isNoun() && !s.token(main).isProperNoun()) {
            discourse.lastThing = null; // a thing that is no actor: "it" names no one
            discourse.lastThingSentence = s.index();
        } else if (mainActors.size() == 1 && !mainActors.get(0).person()) {
            discourse.lastThing = mainActors.get(0);
            discourse.lastThingSentence = s.index();
        } else {
            for (Token t : s.tokens()) {
                int i = t.index();
                if (!Syntax.is(s.relation(i), "nsubj") || !singular(t)) {
                    continue;
                }
                List<Arg> subject = actors.actorsOf(i);
                if (subject.size() == 1 && !subject.get(0).person()) {
                    discourse.lastThing = subject.get(0);
                    discourse.lastThingSentence = s.index();
                }
            }
        }
        if (unknownPerson) {
            discourse.lastPerson = null; // "Browder ... He": someone the dictionaries do not know
            // but by office a later "he said" may be theirs: "... blamed the RSF. "The militia targeted ...," he said"
            discourse.lastOffice = titledPerson;
            discourse.lastOfficeSentence = s.index();
        }
        if (s.index() < 2 && s.tokens().stream().anyMatch(t -> OFFICIAL_HEADINGS.contains(Syntax.lower(t)))) {
            // statement29: "STATEMENT SUMMARY: Pakistan's National Security Committee answers India", "READOUT: ...":
            // an official text, whose issuer is the state or state body its heading names as the heading's subject or as
            // the heading word's own ("Statement by Israel's foreign ministry", "North Korea's defence ministry statement")
            discourse.official = true;
            int heading = s.tokens().stream().filter(t -> OFFICIAL_HEADINGS.contains(Syntax.lower(t)))
                    .findFirst().orElseThrow().index();
            voice(mainSubject, heading);
            for (Token t : s.tokens()) {
                for (Arg a : discourse.issuer == null ? actors.actorsOf(t.index()) : List.<Arg>of()) {
                    boolean subject = mainSubject != null && mainSubject.first() == a.first();
                    if (ActorResolver.stateBody(a.actor().code()) && (subject || issues(t.index(), heading))) {
                        discourse.issuer = ActorResolver.countryOf(a.actor().code());
                    }
                }
            }
        }
        if (s.index() == 0 && s.tokens().stream().noneMatch(Token::isVerb)) {
            // "Ministry of National Defense, Republic of Korea" above "Statement on the ... attack": the issuer
            discourse.firstLine = oneIssuer(s.tokens().stream().flatMap(t -> actors.actorsOf(t.index()).stream())
                    .toList());
        }
        if (!discourse.leadTold && mainSubject != null) {
            discourse.leadTold = true;
            String country = ActorResolver.countryOf(mainSubject.actor().code());
            discourse.lead = ActorResolver.stateBody(mainSubject.actor().code()) ? country : null;
        }
        if (mainSubject != null) {
            discourse.saw(mainSubject);
            discourse.lastSubject = mainSubject;
            discourse.lastSubjectSentence = s.index();
        }
    }
}
