package org.saydo.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saydo.doc.Document;
import org.saydo.nlp.Dependency;
import org.saydo.nlp.ParsedDocument;
import org.saydo.nlp.ParsedSentence;
import org.saydo.nlp.Parser;
import org.saydo.nlp.TimeExpression;
import org.saydo.nlp.Token;

/**
 * The one place that sees Stanford CoreNLP: runs {@code tokenize,ssplit,pos,lemma,depparse} on a document
 * and SUTime on the sentences that contain a temporal word, and returns Saydo's own records.
 *
 * <p>NER is not run: the actor dictionaries, not the CRF tagger, know the actors, and SUTime on every
 * sentence is most of NER's cost. A sentence without a word from {@link #TEMPORAL} cannot hold a time
 * expression SUTime would resolve to a day, so it is skipped.
 *
 * <p>Thread-safe: one instance serves all threads. Construction loads the models (seconds, ~700 MB heap).
 */
public final class CoreNlpParser implements Parser, org.saydo.nlp.SentenceSplitter {

    /** Words that may start or make a time expression; a sentence without one skips SUTime. */
    static final Pattern TEMPORAL = Pattern.compile("(?i)\\b(today|tonight|yesterday|tomorrow|now|"
            + "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            + "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|may|june|july|august|"
            + "september|october|november|december|week|weeks|weekend|month|months|year|years|day|days|"
            + "morning|afternoon|evening|night|overnight|ago|earlier|later|last|next|this|recently|"
            + "spring|summer|autumn|fall|winter|(19|20)\\d\\d)\\b");

    private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})");

    /** Words after which a token tagged as a base-form verb is a noun ("the largest drone and missile attacks"). */
    private static final java.util.Set<String> NOMINAL_LEFT_TAGS = java.util.Set.of("JJ", "JJS", "JJR", "PRP$", "POS");
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "a", "an", "another", "every", "no");

    private final StanfordCoreNLP tagger;
    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP parser;
    private final TimeAnnotator sutime;

    /** Loads the models from the CoreNLP models jar on the class path. */
    public CoreNlpParser() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("tokenize.options", "normalizeParentheses=false,"
                + "normalizeOtherBrackets=false,quotes=ascii,ellipses=ascii,dashes=ascii");
        this.tagger = new StanfordCoreNLP(props);
        Properties split = new Properties();
        split.putAll(props);
        split.setProperty("annotators", "tokenize,ssplit");
        this.splitter = new StanfordCoreNLP(split);
        Properties parse = new Properties();
        parse.setProperty("annotators", "depparse");
        parse.setProperty("enforceRequirements", "false");
        parse.setProperty("depparse.extradependencies", "NONE");
        this.parser = new StanfordCoreNLP(parse);
        Properties timeProps = new Properties();
        timeProps.setProperty("sutime.includeRange", "true");
        timeProps.setProperty("sutime.markTimeRanges", "true");
        this.sutime = new TimeAnnotator("sutime", timeProps);
    }

    @Override
    public ParsedDocument parse(Document document) {
        Objects.requireNonNull(document, "document");
        Annotation annotation = new Annotation(document.text());
        tagger.annotate(annotation);
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        for (CoreMap sentence : sentences) {
            repairTags(sentence.get(CoreAnnotations.TokensAnnotation.class));
        }
        parser.annotate(annotation);
        List<ParsedSentence> out = new ArrayList<>(sentences.size());
        for (CoreMap sentence : sentences) {
            out.add(convert(document, out.size(), sentence));
        }
        return new ParsedDocument(document, out);
    }

    /**
     * Sentences and tokens only (tokenize, ssplit with the same settings as {@link #parse(Document)}, so the same
     * sentences): no tags, no parse, no time expressions; a token's lemma is its word and its tag is empty.
     */
    @Override
    public List<ParsedSentence> split(Document document) {
        Objects.requireNonNull(document, "document");
        Annotation annotation = new Annotation(document.text());
        splitter.annotate(annotation);
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<ParsedSentence> out = new ArrayList<>(sentences.size());
        for (CoreMap sentence : sentences) {
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                String word = label.originalText() == null ? label.word() : label.originalText();
                tokens.add(new Token(tokens.size(), word, word, "", label.beginPosition(), label.endPosition()));
            }
            int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            out.add(new ParsedSentence(out.size(), begin, end, document.text().substring(begin, end), tokens,
                    List.of(), List.of()));
        }
        return out;
    }

    /**
     * The tagger reads "drone" in "the largest drone and missile attacks" as a verb, and the parse then goes
     * wrong around it. A base-form verb right after an article, an adjective or a possessive is a noun: retag it
     * before parsing, so the parser sees a noun phrase.
     */
    static void repairTags(List<CoreLabel> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            CoreLabel prev = tokens.get(i - 1);
            boolean baseVerb = "VB".equals(t.tag()) || "VBP".equals(t.tag());
            boolean nominalLeft = NOMINAL_LEFT_TAGS.contains(prev.tag())
                    || "DT".equals(prev.tag()) && ARTICLES.contains(prev.word().toLowerCase(java.util.Locale.ROOT));
            if (baseVerb && nominalLeft) {
                t.setTag("NN");
            }
        }
    }

    private ParsedSentence convert(Document document, int index, CoreMap sentence) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (CoreLabel label : labels) {
            String lemma = label.lemma() == null ? label.word() : label.lemma();
            tokens.add(new Token(tokens.size(), label.originalText() == null ? label.word() : label.originalText(),
                    lemma, label.tag(), label.beginPosition(), label.endPosition()));
        }
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        List<Dependency> arcs = new ArrayList<>(labels.size());
        if (graph != null) {
            for (var root : graph.getRoots()) {
                arcs.add(new Dependency(-1, root.index() - 1, "root"));
            }
            for (SemanticGraphEdge edge : graph.edgeIterable()) {
                arcs.add(new Dependency(edge.getGovernor().index() - 1, edge.getDependent().index() - 1,
                        edge.getRelation().toString()));
            }
        }
        int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        String text = document.text().substring(begin, end);
        List<TimeExpression> times = document.published() != null && TEMPORAL.matcher(text).find()
                ? times(document.published(), sentence, tokens) : List.of();
        return new ParsedSentence(index, begin, end, text, tokens, arcs, times);
    }

    private List<TimeExpression> times(LocalDate published, CoreMap sentence, List<Token> tokens) {
        Annotation one = new Annotation(sentence.get(CoreAnnotations.TextAnnotation.class));
        one.set(CoreAnnotations.TokensAnnotation.class, sentence.get(CoreAnnotations.TokensAnnotation.class));
        one.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        one.set(CoreAnnotations.DocDateAnnotation.class, published.format(DateTimeFormatter.ISO_LOCAL_DATE));
        sutime.annotate(one);
        List<CoreMap> timexes = one.get(TimeAnnotations.TimexAnnotations.class);
        List<TimeExpression> out = new ArrayList<>();
        for (CoreMap cm : timexes == null ? List.<CoreMap>of() : timexes) {
            Timex timex = cm.get(TimeAnnotations.TimexAnnotation.class);
            int b = cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int e = cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            int first = -1;
            int last = -1;
            for (Token t : tokens) {
                if (t.end() > b && t.begin() < e) {
                    first = first < 0 ? t.index() : first;
                    last = t.index();
                }
            }
            if (timex == null || first < 0 || timex.value() == null) {
                continue;
            }
            String type = timex.timexType();
            LocalDate date = "DATE".equals(type) || "TIME".equals(type) ? day(timex.value()) : null;
            String words = cm.get(CoreAnnotations.TextAnnotation.class);
            LocalDate weekday = weekday(words, published, future(tokens));
            if (weekday != null) {
                date = weekday;
            }
            out.add(new TimeExpression(cm.get(CoreAnnotations.TextAnnotation.class), first, last, b, e, date,
                    timex.value()));
        }
        // a weekday SUTime left out or folded into a duration ("met for five hours on Tuesday")
        boolean future = future(tokens);
        for (Token t : tokens) {
            boolean covered = out.stream().anyMatch(te -> te.date() != null && te.firstToken() <= t.index()
                    && t.index() <= te.lastToken());
            LocalDate day = covered ? null : weekday(t.word(), published, future);
            if (day != null) {
                out.removeIf(te -> te.firstToken() <= t.index() && t.index() <= te.lastToken());
                out.add(new TimeExpression(t.word(), t.index(), t.index(), t.begin(), t.end(), day,
                        day.toString()));
            }
        }
        out.sort((a, b) -> Integer.compare(a.firstToken(), b.firstToken()));
        return out;
    }

    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)^(?:on\\s+|last\\s+|this\\s+|next\\s+|coming\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            + "(?:\\s+(?:morning|afternoon|evening|night))?$");
    private static final Pattern FUTURE = Pattern.compile("(?i)^(will|shall|'ll|plans?|planned|scheduled|expected|next|tomorrow)$");

    /**
     * A bare weekday ("on Tuesday", "Tuesday evening") in news means the most recent such day on or before the
     * publication date ("on Tuesday" in a report of Wednesday 2025-12-03 is 2025-12-02), or the next one when
     * the sentence speaks of the future ("will meet on Friday") or says "next". SUTime's own choice varies with
     * context, so Saydo decides it here. Returns null for anything else.
     */
    static LocalDate weekday(String words, LocalDate published, boolean future) {
        Matcher m = WEEKDAY.matcher(words.strip());
        if (!m.matches()) {
            return null;
        }
        DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT));
        String lower = words.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("next") || lower.startsWith("coming") || future && !lower.startsWith("last")) {
            return published.with(TemporalAdjusters.next(day));
        }
        if (lower.startsWith("last")) {
            return published.with(TemporalAdjusters.previous(day));
        }
        return published.with(TemporalAdjusters.previousOrSame(day));
    }

    private static boolean future(List<Token> tokens) {
        for (Token t : tokens) {
            if (FUTURE.matcher(t.word()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The first day of the period a TIMEX3 value names, or null when it names none. */
    static LocalDate day(String value) {
        Matcher m = DAY.matcher(value);
        if (m.find()) {
            return safeDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = MONTH.matcher(value);
        if (m.find()) {
            return safeDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
        }
        m = WEEK.matcher(value);
        if (m.find()) {
            int year = Integer.parseInt(m.group(1));
            int week = Integer.parseInt(m.group(2));
            LocalDate jan4 = LocalDate.of(year, 1, 4);
            if (week < 1 || week > 53) {
                return null;
            }
            return jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        return null;
    }

    private static LocalDate safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
