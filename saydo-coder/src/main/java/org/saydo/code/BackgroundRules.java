package org.saydo.code;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.saydo.dict.Discard;
import org.saydo.record.Modality;
import org.saydo.nlp.TimeExpression;
import org.saydo.nlp.Token;

/**
 * Whether an event the text presents as having happened is a background reference (a past or ongoing state:
 * "Russia's full-scale invasion", "the blockade of Gaza, which Israel and Egypt have enforced since 2007",
 * "regions it claims to have annexed in 2022") rather than a new occurrence the report tells of.
 *
 * <p>The mechanisms, each driven by the cues of {@code background.txt} ({@link Cues}):
 * <ul>
 *   <li>a time anchor: the text dates the act to a period that ended more than a week before publication
 *       ("in 2014", "in early March" in a November report), or a {@code since} phrase ("since 2014", "since the
 *       invasion") anchors it in the past;</li>
 *   <li>a nominalised act with a possessive or a definite determiner whose noun names a state or past act
 *       ("Russia's invasion", "the occupation"), or an event noun with a modifier of standing ("full-scale",
 *       "ongoing"), unless a verb of the sentence sets it going ("launched its invasion");</li>
 *   <li>the perfect progressive ("has been shelling"), the perfect with a duration or an adverb of standing
 *       ("have waged a shadow war for years", "has long accused"), and verbs of ongoing states in the perfect
 *       or in a relative clause ("which Russia occupies", "has occupied").</li>
 * </ul>
 * A date the text gives within a week of publication contradicts all the others: "Russia's invasion on
 * Thursday" in a report of that Friday is news, and so is "the strikes have killed 400 people since Saturday".
 *
 * <p>Not thread-safe; one per {@link Sentence}.
 */
final class BackgroundRules extends SentencePass {

    /** How many days before publication a period may end and still be news ("last week" is). */
    private static final int RECENT_DAYS = 7;

    /** Verbs that set an event noun going: "launched its invasion" reports the invasion, not a reference to it. */
    private static final Set<String> STARTERS = WordLists.words("starters");

    /** The CAMEO root of occupying territory, whose senses ({@code senses.txt}) tell what an active state holds. */
    private static final String OCCUPATION = "19";

    /**
     * The cues of {@code background.txt}.
     *
     * @param nouns nominalised acts that name a state or past act with a possessive or "the"
     * @param modifiers modifiers that make an event noun a standing reference
     * @param anchors prepositions whose phrase anchors a state in the past
     * @param states verbs of ongoing states
     * @param adverbs adverbs that make a perfect a standing state ("has long accused")
     * @param sequels prepositions or subordinators that, after a lapse, put their act that far back ("months
     *        after Russia invaded")
     * @param lapses nouns of a lapse of a week or more ("weeks", "months", "years")
     * @param history the sentence-level discards of the PETRARCH discard list that mark a sentence as telling
     *        history ("years ago"; {@value #YEAR} for the discards that are a year), lower-case
     * @param actives verbs of ongoing states only in the active voice ("which Russian troops held", "has held
     *        Crimea"; "talks held in Doha" is an event of its own)
     * @param holdings nouns of a place's being held, in a phrase of {@code holdCases} ("under Russian control", "in
     *        Russian hands"): the holder occupies the place, a standing state
     * @param holdCases the prepositions of such a phrase
     * @param origins verbs that tell what a standing state began with or after ("the war began with the attack",
     *        "the war, sparked by the attack", "the war that followed the attack")
     * @param originCases the prepositions and subordinators of the act a standing state began with or after
     * @param formers adverbs that put their verb's act in the past in any tense ("previously fired", "formerly held")
     */
    record Cues(Set<String> nouns, Set<String> modifiers, Set<String> anchors, Set<String> states,
            Set<String> adverbs, Set<String> history, Set<String> sequels, Set<String> lapses, Set<String> actives,
            Set<String> holdings, Set<String> holdCases, Set<String> origins, Set<String> originCases,
            Set<String> formers) {

        static final Set<String> KINDS = Set.of("noun", "modifier", "anchor", "state", "adverb", "history",
                "sequel", "lapse", "active", "holding", "holdcase", "origin", "origincase", "former");

        /** The {@code history} cue that stands for every discard that is a year ("2005"). */
        static final String YEAR = "year";

        private static final Cues DEFAULTS = of(CueFile.resource("background.txt", KINDS));

        Cues {
            nouns = Set.copyOf(nouns);
            modifiers = Set.copyOf(modifiers);
            anchors = Set.copyOf(anchors);
            states = Set.copyOf(states);
            adverbs = Set.copyOf(adverbs);
            history = Set.copyOf(history);
            sequels = Set.copyOf(sequels);
            lapses = Set.copyOf(lapses);
            actives = Set.copyOf(actives);
            holdings = Set.copyOf(holdings);
            holdCases = Set.copyOf(holdCases);
            origins = Set.copyOf(origins);
            originCases = Set.copyOf(originCases);
            formers = Set.copyOf(formers);
        }

        /**
         * Whether a discard of the PETRARCH discard list only marks its sentence as telling history: Saydo codes
         * such a sentence, and what it dates in the past is background ("Israel withdrew from Gaza in 2005").
         */
        boolean history(Discard discard) {
            if (discard.wholeStory()) {
                return false;
            }
            String phrase = discard.phrase().toLowerCase(java.util.Locale.ROOT);
            return history.contains(phrase) || history.contains(YEAR) && A_YEAR.matcher(phrase).matches();
        }

        /** A discard that is a year ("2005"), compiled once: {@link #history} asks for every discard of a document. */
        private static final java.util.regex.Pattern A_YEAR = java.util.regex.Pattern.compile("(1[89]|20)\\d\\d");

        /** The cues shipped with Saydo. */
        static Cues defaults() {
            return DEFAULTS;
        }

        static Cues of(CueFile file) {
            Objects.requireNonNull(file, "file");
            return new Cues(file.words("noun"), file.words("modifier"), file.words("anchor"), file.words("state"),
                    file.words("adverb"), file.words("history"), file.words("sequel"), file.words("lapse"),
                    file.words("active"), file.words("holding"), file.words("holdcase"), file.words("origin"),
                    file.words("origincase"), file.words("former"));
        }
    }

    private final Cues cues;

    BackgroundRules(Sentence ctx, Cues cues) {
        super(ctx);
        this.cues = Objects.requireNonNull(cues, "cues");
    }

    /**
     * @param t the event's trigger
     * @param time the time expression that dates it, or null
     */
    boolean background(int t, TimeExpression time) {
        LocalDate published = ctx.doc.published();
        LocalDate dated = pastDay(time, published);
        LocalDate ends = periodEnd(time, published);
        if (ends != null && published != null && ends.isBefore(published.minusDays(RECENT_DAYS))) {
            // "withdrew from Gaza in 2005", "took the city in early March" (in a November report), "On June 13
            // Israel struck Natanz" (in a report of June 26); "last week" ends within the week: news
            return true;
        }
        if (dated != null && published != null && !dated.isBefore(published.minusDays(RECENT_DAYS))) {
            // "Russia's invasion on Thursday", in that week's report, is news; so are "strikes had killed 400
            // since Saturday" and "released 13 hostages on Friday, the first since the group's attack"
            return false;
        }
        if (time != null && time.firstToken() > 0
                && cues.anchors().contains(Syntax.lower(s.token(time.firstToken() - 1)))) {
            return true; // "has occupied since 2014"
        }
        if (anchored(t) || sinceClause(t)) {
            return true; // "since the group's attack", "has occupied Crimea since the invasion", "since Russia invaded"
        }
        if (lapsed(t)) {
            return true; // "months after Russia invaded", "two years after the strikes on the grid"
        }
        if (agentive(t)) {
            return true; // "a Moscow-brokered truce", "the Russian-occupied plant"
        }
        if (origin(t)) {
            return true; // "the war began with the Hamas-led attack", "the war, sparked by Hamas's attack"
        }
        Token tok = s.token(t);
        if (tok.isNoun()) {
            return standingNoun(t) || holding(t);
        }
        return tok.isVerb() && (perfectProgressive(t) || state(t) || perfect(t) && (lasting(t) || standing(t))
                || standingSubject(t) || s.children(t, "advmod").stream()
                        .anyMatch(a -> cues.formers().contains(Syntax.lower(s.token(a)))));
    }

    /**
     * A verb of toll ({@code nominals.txt} {@code toll}) whose subject is a standing state or past act
     * ({@link #standingNoun}): "Israel's war in Gaza has killed more than 37,000 people", "Russia's full-scale
     * invasion displaced millions" tell the toll of that state, not a new occurrence.
     */
    private boolean standingSubject(int v) {
        if (!ctx.coder.nominalCues.tolls().contains(Syntax.lower(s.token(v)))) {
            return false; // "the occupation had shelled villages": a side's word for the other side acting
        }
        for (int n : s.children(v, "nsubj")) {
            if (s.token(n).isNoun() && standingNoun(n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A noun of a standing state or past act counted with a numeral ("three wars between the two countries"): past
     * instances, not a new occurrence.
     */
    private boolean counted(int n) {
        return s.token(n).pos().equals("NNS") && !s.children(n, "nummod").isEmpty()
                && cues.nouns().contains(Syntax.lower(s.token(n)));
    }

    /**
     * The last day of the period a time expression names: the day itself, the Sunday of an ISO week, the last
     * day of a month, of a season's third month or of a bare year; null for none.
     */
    static LocalDate periodEnd(TimeExpression te) {
        LocalDate first = Sentence.dayOf(te);
        if (first == null) {
            return null;
        }
        String v = te.value();
        if (v.matches("\\d{4}")) {
            return first.withDayOfYear(first.lengthOfYear());
        }
        if (v.matches("\\d{4}-\\d{2}")) {
            return first.withDayOfMonth(first.lengthOfMonth());
        }
        if (v.matches("\\d{4}-W\\d{2}")) {
            return first.plusDays(6);
        }
        if (v.matches("\\d{4}-(SP|SU|FA|WI)")) {
            return first.plusMonths(3).minusDays(1); // "last summer" ends on 31 August, "this winter" in February
        }
        return v.matches("\\d{4}-W\\d{2}-WE") ? first.plusDays(1) : first; // a weekend ends on its Sunday
    }

    /**
     * The first day a time expression names for a past act, as the coder dates it ({@link DateSanity#day}): a month
     * or a weekday without a year that the parser put after the publication is the last one before it ("since May"
     * in a November report is that year's May, not next year's); null for none.
     */
    static LocalDate pastDay(TimeExpression te, LocalDate published) {
        LocalDate first = Sentence.dayOf(te);
        return first == null ? null : DateSanity.day(first, Modality.ASSERTED, published, te.text());
    }

    /**
     * The last day of the period a time expression names for a past act ({@link #periodEnd(TimeExpression)} of the
     * day {@link #pastDay} takes back): "since May" in a November report ends on the 31st of that year's May.
     */
    static LocalDate periodEnd(TimeExpression te, LocalDate published) {
        LocalDate end = periodEnd(te);
        LocalDate first = Sentence.dayOf(te);
        LocalDate past = pastDay(te, published);
        if (end == null || past == null || past.equals(first)) {
            return end;
        }
        String v = te.value();
        if (v.matches("\\d{4}-\\d{2}")) {
            return past.withDayOfMonth(past.lengthOfMonth());
        }
        if (v.matches("\\d{4}-(SP|SU|FA|WI)")) {
            return past.plusMonths(3).minusDays(1);
        }
        return v.matches("\\d{4}-W\\d{2}") ? past.plusDays(6) : past;
    }

    /** "have waged", "has long accused": the perfect, not progressive. */
    private boolean perfect(int v) {
        return s.children(v, "aux").stream().anyMatch(a -> Syntax.lower(s.token(a)).equals("have"))
                && !s.token(v).pos().equals("VBG");
    }

    /** A duration attached to the verb: "have waged a shadow war for years", "has fought for months". */
    private boolean lasting(int v) {
        for (TimeExpression te : s.times()) {
            if (!te.value().startsWith("P")) {
                continue;
            }
            for (int i = te.firstToken(); i <= te.lastToken(); i++) {
                if (s.head(i) == v || s.head(i) >= 0 && s.head(s.head(i)) == v) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An adverb of standing on the verb: "has long accused", "have always backed". */
    private boolean standing(int v) {
        return s.children(v, "advmod").stream().anyMatch(a -> cues.adverbs().contains(Syntax.lower(s.token(a))));
    }

    /** The trigger is in, or has, a phrase introduced by an anchor ("since the invasion"). */
    private boolean anchored(int t) {
        for (int c : s.children(t, "case")) {
            if (cues.anchors().contains(Syntax.lower(s.token(c)))) {
                return true;
            }
        }
        for (var d : s.children(t)) {
            if (Syntax.is(d.relation(), "obl") || d.relation().equals("advcl") || d.relation().equals("nmod")) {
                for (var m : s.children(d.dependent())) {
                    if ((m.relation().equals("case") || m.relation().equals("mark"))
                            && cues.anchors().contains(Syntax.lower(s.token(m.dependent())))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The trigger's clause or phrase is introduced by a sequel ("after") that a lapse of a week or more precedes:
     * "months after Russia invaded", "two years after the strikes on the grid" tell an act that far back. The
     * lapse is read next to the sequel, however the parser attached it; "days after" is news.
     */
    private boolean lapsed(int t) {
        for (var d : s.children(t)) {
            int m = d.dependent();
            if ((d.relation().equals("case") || d.relation().equals("mark")) && m > 0
                    && cues.sequels().contains(s.token(m).word().toLowerCase(java.util.Locale.ROOT))
                    && cues.lapses().contains(Syntax.lower(s.token(m - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** "Russia's invasion", "the occupation of Crimea", "a full-scale invasion", "the ongoing war". */
    private boolean standingNoun(int n) {
        int head = s.head(n);
        if (head >= 0 && s.token(head).isVerb() && STARTERS.contains(Syntax.lower(s.token(head)))
                && (s.relation(n).equals("obj") || s.relation(n).equals("nsubj:pass"))) {
            return false; // "Russia launched its full-scale invasion"
        }
        if (counted(n)) {
            return true; // "has survived three wars between the two countries"
        }
        boolean definite = false;
        for (var d : s.children(n)) {
            String w = Syntax.lower(s.token(d.dependent()));
            if (d.relation().equals("amod") || d.relation().equals("compound")) {
                if (cues.modifiers().contains(w) || cues.modifiers().contains(s.token(d.dependent()).word()
                        .toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
            if (d.relation().equals("nmod:poss") || d.relation().equals("det") && Set.of("the", "this", "that")
                    .contains(s.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT))) {
                definite = true;
            }
        }
        return definite && (cues.nouns().contains(Syntax.lower(s.token(n)))
                || cues.nouns().contains(s.token(n).word().toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * The act a standing state began with or after ({@code origin}, {@code origincase}): an event noun in such a phrase
     * of an origin verb, or its clause ("when Hamas attacked"), where the verb's subject, or the noun its relative
     * clause or participle modifies, is a standing state ({@link #standingNoun}): "The war in Gaza began with the
     * Hamas-led attack", "the war, sparked by the attack on southern Israel", "the war that followed the attack".
     * The state stands, so what set it off lies before it. A date within the week still makes it news.
     */
    private boolean origin(int t) {
        int v = s.head(t);
        if (v < 0 || !s.token(v).isVerb() || !cues.origins().contains(Syntax.lower(s.token(v)))) {
            return false;
        }
        String rel = s.relation(t);
        boolean phrase = s.token(t).isNoun() && (Syntax.is(rel, "obl") || rel.equals("obj") && Syntax.lower(s.token(v))
                .equals("follow")) && (rel.equals("obj") || s.children(t, "case").stream()
                        .anyMatch(c -> cues.originCases().contains(Syntax.lower(s.token(c)))));
        boolean clause = s.token(t).isVerb() && rel.equals("advcl") && s.children(t, "mark").stream()
                .anyMatch(m -> cues.originCases().contains(Syntax.lower(s.token(m))));
        if (!phrase && !clause) {
            return false;
        }
        List<Integer> states = new java.util.ArrayList<>(s.children(v, "nsubj"));
        states.addAll(s.children(v, "nsubj:pass"));
        String vrel = s.relation(v);
        if (s.head(v) >= 0 && (vrel.equals("acl:relcl") || vrel.equals("acl"))) {
            states.add(s.head(v)); // "the war that followed the attack", "the war sparked by the attack"
        }
        return states.stream().anyMatch(n -> n != t && s.token(n).isNoun() && standingNoun(n));
    }

    /**
     * A participle written after its doer and a hyphen, modifying a noun ("a Moscow-brokered truce", "U.S.-supplied
     * launchers", "the Russian-occupied plant"): the phrase names the thing by an act done before, not a new one.
     */
    private boolean agentive(int t) {
        return s.relation(t).equals("amod") && t > 0 && s.token(t - 1).word().equals("-") && s.head(t - 1) == t
                && s.head(t) >= 0 && s.token(s.head(t)).isNoun();
    }

    /**
     * A clause introduced by an anchor whose verb is in the simple past ("two years since Russia invaded Ukraine",
     * "since the war began"): the act is where the period is counted from, a past act the report refers to. A present
     * or perfect ("since Russia refuses to talk") is left alone, as "since" may give a reason.
     */
    private boolean sinceClause(int v) {
        if (!s.token(v).pos().equals("VBD")) {
            return false;
        }
        for (int m : s.children(v, "mark")) {
            if (cues.anchors().contains(Syntax.lower(s.token(m)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb with a predicate on its object ("holds Moscow responsible", "held Kyiv accountable"): an adjective as
     * the verb's complement, or after the object as its modifier, however the parser attached it.
     */
    private boolean predicative(int v) {
        if (!s.children(v, "xcomp").isEmpty() || !s.children(v, "ccomp").isEmpty()) {
            return true;
        }
        for (int o : s.children(v, "obj")) {
            for (var d : s.children(o)) {
                if (d.dependent() > o && s.token(d.dependent()).pos().startsWith("JJ")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A noun of a place's being held in its phrase: "under Russian control", "in Russian hands". */
    boolean holding(int n) {
        if (!cues.holdings().contains(Syntax.lower(s.token(n)))) {
            return false;
        }
        for (int c : s.children(n, "case")) {
            if (cues.holdCases().contains(Syntax.lower(s.token(c)))) {
                return true;
            }
        }
        return false;
    }

    /** "has been shelling", "had been blockading". */
    private boolean perfectProgressive(int v) {
        if (!s.token(v).pos().equals("VBG")) {
            return false;
        }
        boolean have = false;
        boolean been = false;
        for (int a : s.children(v, "aux")) {
            String w = s.token(a).word().toLowerCase(java.util.Locale.ROOT);
            have |= Syntax.lower(s.token(a)).equals("have");
            been |= w.equals("been");
        }
        return have && been;
    }

    /**
     * A verb of an ongoing state in a relative clause, as a noun's participle or in the perfect; a verb of state only
     * in the active voice ({@code active}: hold) only so, with a place as what it holds.
     */
    private boolean state(int v) {
        String lemma = Syntax.lower(s.token(v));
        if (!cues.states().contains(lemma)
                && !(cues.actives().contains(lemma) && !Syntax.passive(s, v) && !s.relation(v).equals("acl")
                        && ctx.coder.senses.broken(s, v, OCCUPATION, ctx.predicates::namedPlace) == null
                        && !predicative(v))) {
            // the place held is what makes holding a state (senses.txt "need hold 19 object territory"): "holds
            // Moscow responsible", "holds hostages" are not
            return false;
        }
        String rel = s.relation(v);
        if (rel.equals("acl:relcl") || rel.equals("acl") && s.token(v).pos().equals("VBN")) {
            return true; // "Crimea, which Russia occupies", "the territories controlled by Russia"
        }
        for (int a : s.children(v, "aux")) {
            if (Syntax.lower(s.token(a)).equals("have")) {
                return true; // "Russia has occupied Crimea"
            }
        }
        return false;
    }
}
