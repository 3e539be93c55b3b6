package org.saydo.code;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.saydo.dict.Dictionaries;
import org.saydo.doc.Document;
import org.saydo.nlp.ParsedDocument;
import org.saydo.nlp.ParsedSentence;
import org.saydo.nlp.TimeExpression;
import org.saydo.ontology.CameoCode;
import org.saydo.ontology.CameoOntology;
import org.saydo.record.ActorRef;
import org.saydo.record.CodedDocument;
import org.saydo.record.DateBasis;
import org.saydo.record.Event;
import org.saydo.record.Modality;
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
 * <p>This class drops the sentences the discard list names (in ontology codes not those it names only for telling
 * history, {@code background.txt} {@code history}) and the lines that are not prose ({@link NonProse}:
 * bylines, captions, datelines ...; a headline's events only when the body lacks them; the quotes of headlines
 * and captions are kept), and keeps the discourse
 * between sentences; the coding of each sentence is a {@link Sentence} (its state, actors and emitted events),
 * whose passes are
 * {@link PredicateCoder} (verbs, with {@link PatternMatcher}), {@link NominalCoder} (event nouns),
 * {@link EventCombiner} (a speech act with the act it embeds) and {@link QuoteFinder}, with {@link ModalityRules} for modality.
 *
 * <p>Immutable and thread-safe.
 */
public final class EventCoder implements DocumentCoder {

    /** Verbs that report speech: their complements are quotes, and events in them are reported. */
    static final Set<String> SPEECH = WordLists.words("speech");

    /** Which codes the coder emits: the dictionary's own codes are not changed by senses ({@link VerbSenses}). */
    final Codes codes;
    final Dictionaries dictionaries;
    final NominalDictionary nouns;
    private final CameoOntology ontology;
    final ActorFinder finder;
    final String pipeline;
    final BackgroundRules.Cues backgroundCues = BackgroundRules.Cues.defaults();
    final NominalCoder.Cues nominalCues = NominalCoder.Cues.defaults();
    private final NonProse nonProse = NonProse.defaults();
    final VerbSenses senses = VerbSenses.defaults();
    final EventReferences references = EventReferences.defaults();
    final Sides sides = Sides.defaults();
    final ImplicitTargets implicitTargets = ImplicitTargets.defaults();
    final ImplicitSources implicitSources = ImplicitSources.defaults();
    final Reprisals reprisals = Reprisals.defaults();
    final Accusations.Cues accusations = Accusations.Cues.defaults();
    final Definites definites = Definites.defaults();
    private final ActorRoles roles = ActorRoles.defaults();
    final Labels labels = Labels.defaults();
    /** Mends "began striking targets" read as a modifier of the object. */
    private final AspectReparse aspects;
    final Posture posture = Posture.defaults();

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
        this.aspects = new AspectReparse(dictionaries.verbs());
    }

    @Override
    public CodedDocument code(ParsedDocument parsed) {
        Objects.requireNonNull(parsed, "parsed");
        Document doc = parsed.document();
        Discourse discourse = new Discourse();
        List<Event> events = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        List<QuoteSpan> spans = QuoteSpan.find(doc.text());
        discourse.quoteSpans = spans;
        NonProse.Layout layout = nonProse.layout(doc.text());
        LocalDate copyDay = wireDay(parsed, layout);
        copyDay = copyDay != null ? copyDay : issueDay(parsed);
        java.util.NavigableMap<Integer, LocalDate> entryDays = entryDays(parsed, layout);
        List<Event> headline = new ArrayList<>();
        List<Event> open = new ArrayList<>();
        List<ParsedSentence> told = parsed.sentences().stream().map(x -> withoutMaskedTimes(x, layout)).toList();
        for (ParsedSentence parsedSentence : parsed.sentences()) {
            // a live blog's entry is told on the day stamped above it, a copy's acts on its wire's day
            var entry = entryDays.floorEntry(parsedSentence.begin());
            LocalDate wireDay = entry != null ? entry.getValue() : copyDay;
            ParsedSentence repaired = aspects.repair(AppealReparse.repair(WithReparse.repair(LinkedReparse.repair(
                    HeadlinePassiveReparse.repair(SpeechReparse.repair(withoutMaskedTimes(parsedSentence, layout)))))));
            List<Mention> found = finder.find(repaired, dateOf(doc));
            ParsedSentence s = withoutNameTimes(repaired, found);
            // PETRARCH drops a sentence that names a year or "years ago" as history; in ontology codes its
            // background references are kept ("Israel withdrew from Gaza in 2005"), its other events are not
            // (background.txt history)
            var discard = dictionaries.discards().match(s.text(),
                    d -> codes == Codes.ONTOLOGY && backgroundCues.history(d));
            boolean history = discard.isEmpty() && dictionaries.discards().match(s.text()).isPresent();
            if (discard.isPresent()) {
                if (discard.get().wholeStory()) {
                    return new CodedDocument(doc, parsed.sentences().size(), List.of(), List.of());
                }
                continue;
            }
            if (s.tokens().stream().allMatch(t -> layout.masked(t.begin()))) {
                continue; // a byline, a caption, a time stamp: nothing to code
            }
            List<Mention> mentions = new ArrayList<>(found);
            for (Mention m : mentions) {
                // "SEOUL, Oct 15 (Reuters) -": the country the report is filed from (ActorResolver.ownOrgan)
                if (discourse.home == null && m.isActor() && !m.person()
                        && layout.masked(s.token(m.first()).begin(), "dateline")
                        && ActorResolver.isCountry(ActorResolver.countryOf(m.code()))) {
                    discourse.home = ActorResolver.countryOf(m.code());
                }
            }
            // the city of a dateline, the agency of a credit: not actors of the sentence
            mentions.removeIf(m -> layout.masked(s.token(m.first()).begin()));
            Sentence ctx = new Sentence(this, doc, s, mentions, discourse, spans, parsed.sentences(), told);
            ctx.code();
            if (history) {
                ctx.events.values().removeIf(e -> e.modality() != Modality.BACKGROUND);
            } else if (ctx.events.isEmpty()) {
                // for a learned proposer only; the actors it resolves must leave no trace on later sentences
                var states = new java.util.HashSet<>(discourse.states);
                var organs = new java.util.HashMap<>(discourse.organs);
                for (Event candidate : new OpenCandidates(ctx).propose()) {
                    if (!layout.masked(candidate.provenance().triggerStart())) {
                        open.add(onWireDay(candidate, wireDay, doc.published()));
                    }
                }
                discourse.states.clear();
                discourse.states.addAll(states);
                discourse.organs.clear();
                discourse.organs.putAll(organs);
            }
            for (Event event : ctx.events.values()) {
                Event e = onWireDay(event, wireDay, doc.published());
                int at = e.provenance().triggerStart();
                if (layout.headline(at)) {
                    headline.add(e);
                } else if (!layout.masked(at)) {
                    events.add(e);
                }
            }
            discourse.told.addAll(ctx.events.values());
            for (ActorRef place : ctx.actors.placesBefore(s.tokens().size())) {
                discourse.places.add(new Discourse.Place(place, s.index()));
            }
            discourse.quoted.addAll(ctx.quotes);
            for (Quote quote : ctx.quotes) {
                Quote q = onWireDay(quote, wireDay, doc.published());
                int at = q.provenance().triggerStart();
                // words reported in a headline or a caption are quoted there ("Israel said it hit ..." under a
                // photo); only credits, bylines and the like are not
                if (!layout.masked(at)) {
                    quotes.add(q);
                }
            }
        }
        // a headline is coded once, and only for what the body does not tell (same parties, same CAMEO root)
        List<Event> all = new ArrayList<>();
        for (Event h : headline) {
            if (events.stream().noneMatch(e -> tells(e, h)) && all.stream().noneMatch(e -> tells(e, h))) {
                all.add(h);
            }
        }
        all.addAll(events);
        // "a hospital was hit", "shells fell on the town": by the side that is not the town's (deeds.txt)
        all = implicitSources.fill(all, discourse.sides(List.of()));
        // "North Korea fired two missiles" in a report where nothing was struck: a display of force (posture.txt)
        all = Posture.displays(all, discourse.sides(List.of()));
        // "Armenia declared martial law": on its own country, not the other side (posture.txt home)
        all = posture.home(all, discourse.states);
        // "Russia launched 80 missiles" in a report of its war with Ukraine: at Ukraine (targets.txt)
        all = implicitTargets.fill(all, discourse.sides(List.of()), discourse.sides(List.of(), 18));
        // "said it would launch more satellites": an own act promised to no one is no intent to cooperate
        all = Commitments.partnered(all);
        // "Kyiv said it was cutting ties with Moscow": done by the saying (its target may be implicit)
        all = all.stream().map(ModalityRules::performed).toList();
        // "Iran warned that Israel would pay": a threat or promise commits to what has not happened
        all = all.stream().map(ModalityRules::committed).toList();
        if (codes == Codes.ONTOLOGY) {
            // one role after a country, and the role a named state acts through (roles.txt); the validation
            // suites score the dictionary's own codes
            all = roles.apply(all, discourse.states);
            // "the president visited the flooded region": cooperation is with another party (targets.txt other)
            all = implicitTargets.withOthers(all);
            List<ActorRef> reportSides = discourse.sides(List.of());
            // in a report of two sides, "froze its cooperation" with no one the coder can name: not coded
            // (targets.txt needs)
            all = implicitTargets.addressedDeeds(all, reportSides);
            // rulesA30: "NATO would send troops to Kosovo": protection of a side, not mobilisation against it
            all = ImplicitTargets.protections(all, reportSides);
            quotes = roles.apply(quotes);
        }
        return new CodedDocument(doc, parsed.sentences().size(), all, quotes, List.of(), open);
    }

    /**
     * In a copy of a wire story (a credit line says so: "Wire copy", "Reprinted from Saydo wire", {@code nonprose.txt}
     * label {@code syndication}), the day of its wire dateline ("LVIV, Feb 24 (Saydo wire) -") when it is a day
     * before the copy's publication, up to {@value #WIRE_DAYS} days: the copy tells its acts as of the wire's day.
     * A report with no such credit is taken as a copy when its dateline lies one or {@value #UNCREDITED_WIRE_DAYS}
     * days before its publication (a wire's own dateline is its publication day). Null without a dateline or a day
     * in it, or on the publication's day.
     */
    private static LocalDate wireDay(ParsedDocument parsed, NonProse.Layout layout) {
        LocalDate published = parsed.document().published();
        if (published == null) {
            return null;
        }
        // a copy says so in a credit line; without one, a dateline before the publication still tells a copy (or a
        // later edition) of a wire story of that day: a wire's own dateline is its publication day
        boolean credited = layout.has("syndication");
        for (ParsedSentence s : parsed.sentences()) {
            for (TimeExpression te : s.times()) {
                LocalDate day = te.date();
                if (day != null && layout.masked(te.begin(), "dateline")
                        && te.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
                    int most = credited ? WIRE_DAYS : UNCREDITED_WIRE_DAYS;
                    return day.isBefore(published) && !day.isBefore(published.minusDays(most)) ? day : null;
                }
            }
        }
        return null;
    }

    /**
     * The days a live blog stamps on its entries ({@code nonprose.txt} label {@code daystamp}: "Saturday, 13 April",
     * "April 14, 2024 21:40"), by the offset of the stamp's line: a day from one to {@value #WIRE_DAYS} days before
     * the publication, or the publication's day (which ends an earlier day's entries). Empty for a report without
     * a publication date or without such lines.
     */
    private static java.util.NavigableMap<Integer, LocalDate> entryDays(ParsedDocument parsed,
            NonProse.Layout layout) {
        java.util.NavigableMap<Integer, LocalDate> days = new java.util.TreeMap<>();
        LocalDate published = parsed.document().published();
        if (published == null) {
            return days;
        }
        for (ParsedSentence s : parsed.sentences()) {
            for (TimeExpression te : s.times()) {
                LocalDate day = te.date();
                if (day != null && layout.masked(te.begin(), "daystamp")
                        && te.value().matches("\\d{4}-\\d{2}-\\d{2}.*") && !day.isAfter(published)
                        && !day.isBefore(published.minusDays(WIRE_DAYS))) {
                    days.put(te.begin(), day.equals(published) ? null : day);
                }
            }
        }
        return days;
    }

    /** Words that name a report's heading an official text ({@code words.txt} official-headings). */
    private static final Set<String> OFFICIAL_HEADINGS = WordLists.words("official-headings");

    /**
     * dates33: the day an official text was issued, when its report is published later: in a report whose first line
     * names an official text ("STATEMENT SUMMARY: ...", "READOUT: ..."), a full date with its year in the lines above
     * the first blank line ("Source: Prime Minister's Office, statement issued on 24 April 2025", "Summary of two
     * readouts released on 30 April 2025") one or {@value #UNCREDITED_WIRE_DAYS} days before the publication. The
     * text tells the acts it does not date as of that day, as a copy tells them as of its wire's. Null otherwise.
     */
    private static LocalDate issueDay(ParsedDocument parsed) {
        LocalDate published = parsed.document().published();
        List<ParsedSentence> sentences = parsed.sentences();
        if (published == null || sentences.isEmpty() || sentences.get(0).tokens().stream()
                .noneMatch(t -> OFFICIAL_HEADINGS.contains(t.word().toLowerCase(java.util.Locale.ROOT)))) {
            return null;
        }
        String text = parsed.document().text();
        int head = text.indexOf("\n\n", sentences.get(0).begin());
        head = head < 0 ? text.length() : head;
        for (ParsedSentence s : sentences) {
            if (s.begin() >= head) {
                break;
            }
            for (TimeExpression te : s.times()) {
                LocalDate day = te.date();
                if (day != null && te.value().matches("\\d{4}-\\d{2}-\\d{2}")
                        && te.text().matches("(?s).*\\b\\d{4}\\b.*") && day.isBefore(published)
                        && !day.isBefore(published.minusDays(UNCREDITED_WIRE_DAYS))) {
                    return day;
                }
            }
        }
        return null;
    }

    /** How many days a wire's dateline may precede the publication of its copy. */
    static final int WIRE_DAYS = 7;

    /**
     * How many days a dateline may precede the publication of a report with no credit line for it to be taken as a
     * copy of a wire story: the next day's edition.
     */
    static final int UNCREDITED_WIRE_DAYS = 2;

    /**
     * An event the text does not date, or dates only by the report's own day ("later in the day"), on the wire's
     * day rather than the copy's publication day.
     */
    private static Event onWireDay(Event e, LocalDate wireDay, LocalDate published) {
        if (wireDay == null || !undated(e.dateBasis(), e.date(), published, e.dateText())) {
            return e;
        }
        return new Event(e.source(), e.target(), e.cameo(), e.modality(), e.reportedBy(), wireDay, DateBasis.DATELINE,
                null, e.text(), e.provenance(), e.judge());
    }

    /** A quote the text does not date, or dates only by the report's own day, on the wire's day. */
    private static Quote onWireDay(Quote q, LocalDate wireDay, LocalDate published) {
        if (wireDay == null || !undated(q.dateBasis(), q.date(), published, q.dateText())) {
            return q;
        }
        return new Quote(q.speaker(), q.target(), q.quote(), q.direct(), q.verb(), q.cameo(), q.modality(), wireDay,
                DateBasis.DATELINE, null, q.text(), q.provenance());
    }

    /** Whether a date is the publication's, or the report's own day in the text's words ("today"). */
    private static boolean undated(DateBasis basis, LocalDate date, LocalDate published, String text) {
        return basis == DateBasis.PUBLICATION
                || basis == DateBasis.TEXT && DateSanity.reportsDay(date, published, text);
    }

    /** The sentence without the time expressions of its non-prose parts ("KYIV, Dec 2 (Saydo wire) -"). */
    private static ParsedSentence withoutMaskedTimes(ParsedSentence s, NonProse.Layout layout) {
        if (s.times().stream().noneMatch(te -> layout.masked(te.begin()))) {
            return s;
        }
        return new ParsedSentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), s.dependencies(),
                s.times().stream().filter(te -> !layout.masked(te.begin())).toList());
    }

    /**
     * The sentence without the time expressions the parser found inside a person's name: "Dong Jun said on Monday"
     * is not June, "Theresa May" not May.
     */
    private static ParsedSentence withoutNameTimes(ParsedSentence s, List<Mention> mentions) {
        java.util.function.Predicate<TimeExpression> inName = te -> mentions.stream().anyMatch(m -> m.isActor()
                && m.person() && m.first() <= te.lastToken() && te.firstToken() <= m.last());
        if (s.times().stream().noneMatch(inName)) {
            return s;
        }
        return new ParsedSentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), s.dependencies(),
                s.times().stream().filter(inName.negate()).toList());
    }

    /**
     * Whether event {@code a} tells what headline event {@code h} tells: the same CAMEO root between the same
     * parties up to the actor hierarchy ("Russia" in a headline, "Russian forces" in the lead); a headline
     * without a target ("Missiles hit Odesa port") says less than a lead with one, not the other way round.
     */
    private static boolean tells(Event a, Event h) {
        return related(a.source().code(), h.source().code())
                && (h.target() == null || a.target() != null && related(a.target().code(), h.target().code()))
                && a.cameo().substring(0, 2).equals(h.cameo().substring(0, 2));
    }

    /** One code is the other or part of it ({@code RUSMIL} is part of {@code RUS}). */
    private static boolean related(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
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
        /**
         * Codes of the CAMEO ontology (unknown sub-codes climb to their parent), and actor codes in the one-role
         * form with the roles named states act through ({@code roles.txt}).
         */
        ONTOLOGY,
        /** The dictionary's own codes as written, when they are 2–4 digits, and its actor codes. */
        DICTIONARY
    }

    static LocalDate dateOf(Document doc) {
        return doc.published() != null ? doc.published() : LocalDate.now();
    }
}
