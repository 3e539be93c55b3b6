package org.saydo.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.InterleavedClassifier;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saydo.doc.Document;
import org.saydo.nlp.Budget;
import org.saydo.nlp.BudgetExceededException;
import org.saydo.nlp.Dependency;
import org.saydo.nlp.ParsedDocument;
import org.saydo.nlp.ParsedSentence;
import org.saydo.nlp.Parser;
import org.saydo.nlp.TimeExpression;
import org.saydo.nlp.Token;

/**
 * The one place that sees Stanford CoreNLP: runs {@code tokenize,ssplit} (a line break ends a sentence unless the
 * text is hard-wrapped, see {@link #hardWrapped(String)}), then, sentence by sentence,
 * {@code pos,lemma}, the neural dependency parser (basic UD dependencies only) and SUTime on the sentences that
 * contain a temporal word, and returns Saydo's own records.
 *
 * <p>Work is bounded by a {@link Budget}: a sentence longer than its token limit is cut into pieces before the
 * tagger and parser see it, and a document that outlasts its time budget fails with a
 * {@link BudgetExceededException}.
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
    /** A season ("last summer" is {@code 2024-SU}): SUTime's SP, SU, FA and WI. */
    private static final Pattern SEASON = Pattern.compile("^(\\d{4})-(SP|SU|FA|WI)$");

    /** Words after which a token tagged as a base-form verb is a noun ("the largest drone and missile attacks"). */
    private static final java.util.Set<String> NOMINAL_LEFT_TAGS = java.util.Set.of("JJ", "JJS", "JJR", "PRP$", "POS");
    /** Tags of a word that opens a verb's object: an article, a possessive pronoun, a number. */
    private static final java.util.Set<String> OBJECT_DETERMINER_TAGS = java.util.Set.of("DT", "PRP$", "CD");
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "a", "an", "another", "every", "no");
    /**
     * Weapons whose names are also verbs ("to drone", "to shell"): before a noun they name the weapon of an act
     * ("a Russian drone attack", "US rocket fire"), not the act.
     */
    private static final java.util.Set<String> WEAPON_NOUNS = java.util.Set.of("drone", "rocket", "bomb", "shell",
            "mortar", "missile", "torpedo", "mine", "tank", "gun");
    /** Acts of force that are also verbs ("strikes", "raids"): nouns after a {@link #FORCE_KINDS} word. */
    private static final java.util.Set<String> FORCE_ACT_NOUNS = java.util.Set.of("strike", "strikes", "raid", "raids",
            "attack", "attacks");
    /**
     * Words that name the kind of an act of force before its noun ("air strikes", "air raids"); only those that never
     * do it themselves: "Russian missile strikes Kyiv" is a headline's verb.
     */
    private static final java.util.Set<String> FORCE_KINDS = java.util.Set.of("air");
    /** Plural nouns of drills that are also verbs in the third person ("exercises", "drills"). */
    private static final java.util.Set<String> DRILL_NOUNS = java.util.Set.of("exercises", "drills", "manoeuvres",
            "maneuvers");
    /** Tags of the words of a drill's name ("the Strait Thunder-2025A exercises"). */
    private static final java.util.Set<String> NAME_TAGS = java.util.Set.of("NNP", "NNPS", "CD", "HYPH");
    /** Tags after a drill noun that end its phrase: a preposition, punctuation, the end of a clause. */
    private static final java.util.Set<String> PHRASE_END_TAGS = java.util.Set.of("IN", "TO", ",", ".", ":", "CC",
            "-RRB-", "``", "''");
    /** Acts of force told by a gerund that is also their noun ("Russian shelling", "heavy fighting"). */
    private static final java.util.Set<String> FORCE_GERUNDS = java.util.Set.of("shelling", "bombing", "fighting",
            "shooting", "firing");
    /** Tags of a word that makes a force gerund right after it a noun: an adjective, a name, a possessive. */
    private static final java.util.Set<String> GERUND_NOUN_LEFT_TAGS = java.util.Set.of("JJ", "JJR", "JJS", "NNP",
            "NN", "PRP$", "POS");
    /** Tags of a verb whose subject a force gerund just before it is ("Russian shelling damaged", "... kills"). */
    private static final java.util.Set<String> GERUND_SUBJECT_VERB_TAGS = java.util.Set.of("VBD", "VBZ", "VBN");
    /** Tags of a verb whose subject a weapon's name just before it is ("a Ukrainian drone struck", "... hits"). */
    private static final java.util.Set<String> WEAPON_SUBJECT_VERB_TAGS = java.util.Set.of("VBD", "VBZ", "VBN");
    /** Nouns of an armed body the tagger also reads as adjectives ("Israel's military/JJ accused/VBN ..."). */
    private static final java.util.Set<String> BODY_ADJECTIVES = java.util.Set.of("military", "paramilitary");
    /** Tags before such a word that open its noun phrase: a possessive, an article, a nationality. */
    private static final java.util.Set<String> BODY_LEFT_TAGS = java.util.Set.of("POS", "DT", "JJ", "PRP$");
    /** Tags of the verb whose subject such a word is ("accused", "condemned", "says"). */
    private static final java.util.Set<String> BODY_VERB_TAGS = java.util.Set.of("VBD", "VBN", "VBZ");
    /** Tags of a word that may be the subject or the marker of a base-form verb ("they shell", "to bomb"). */
    private static final java.util.Set<String> VERB_LEFT_TAGS = java.util.Set.of("PRP", "NNS", "NNPS", "MD", "TO",
            "RB", "WDT", "WP", "CC", ",");

    /** Splits at every line break: a document with one paragraph, heading or time stamp per line. */
    private final StanfordCoreNLP lines;
    /** Splits at blank lines only: a hard-wrapped document, whose sentences run over line breaks. */
    private final StanfordCoreNLP paragraphs;
    private final StanfordCoreNLP tagger;
    private final DependencyParser dependencies;
    private final TimeAnnotator sutime;
    private final Budget budget;

    /** Loads the models from the CoreNLP models jar on the class path; works within {@link Budget#DEFAULT}. */
    public CoreNlpParser() {
        this(Budget.DEFAULT);
    }

    /** Loads the models from the CoreNLP models jar on the class path; works within {@code budget}. */
    public CoreNlpParser(Budget budget) {
        this.budget = Objects.requireNonNull(budget, "budget");
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        props.setProperty("tokenize.options", "normalizeParentheses=false,"
                + "normalizeOtherBrackets=false,quotes=ascii,ellipses=ascii,dashes=ascii");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        this.lines = new StanfordCoreNLP(props);
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        this.paragraphs = new StanfordCoreNLP(props);
        Properties tag = new Properties();
        tag.setProperty("annotators", "pos,lemma");
        tag.setProperty("enforceRequirements", "false");
        this.tagger = new StanfordCoreNLP(tag);
        // The parser itself, not the depparse annotator: the annotator also builds the collapsed, CC-processed,
        // enhanced and enhanced++ graphs of every sentence, which Saydo never reads and which cost more than the
        // parse on long sentences.
        // with a scorer that computes CoreNLP's scores to the last bit, several rows of the parser's matrices at a
        // time (the matrices were most of the parse's time); a parser of our own, not CoreNLP's shared instance
        this.dependencies = InterleavedClassifier.load(DEPENDENCY_MODEL, new Properties());
        Properties timeProps = new Properties();
        timeProps.setProperty("sutime.includeRange", "true");
        timeProps.setProperty("sutime.markTimeRanges", "true");
        this.sutime = new TimeAnnotator("sutime", timeProps);
    }

    private CoreNlpParser(CoreNlpParser models, Budget budget) {
        this.budget = Objects.requireNonNull(budget, "budget");
        this.lines = models.lines;
        this.paragraphs = models.paragraphs;
        this.tagger = models.tagger;
        this.dependencies = models.dependencies;
        this.sutime = models.sutime;
    }

    /** A parser that shares these models and works within another budget. */
    public CoreNlpParser withBudget(Budget other) {
        return new CoreNlpParser(this, other);
    }

    /** The budget this parser works within. */
    public Budget budget() {
        return budget;
    }

    /** A line that ends a sentence or a clause: its last character is a stop, a colon or a closing mark. */
    private static final Pattern LINE_END = Pattern.compile("[.!?:;\"'\u201d\u2019)\\]]\\s*$");

    /**
     * The splitter for a text: one that breaks sentences at every line break, unless the text is hard-wrapped.
     * Text from a feed or a scraper has one paragraph per line, and a line that ends without a stop is a headline,
     * a standfirst, a section heading or a live blog's time stamp, not the first half of the next line's sentence
     * ("09:40 GMT" above "Hezbollah said it fired rockets ..."). A text is hard-wrapped when a line that ends
     * without a stop runs on into the next line: the next line starts in lower case, or the line ends with a
     * comma or a word no headline ends with ("on", "the", "and").
     */
    private StanfordCoreNLP splitterFor(String text) {
        return hardWrapped(text) ? paragraphs : lines;
    }

    /** Words a sentence runs on after: articles, prepositions, conjunctions, possessives. */
    private static final java.util.Set<String> RUN_ON = java.util.Set.of("a", "an", "the", "of", "on", "in", "at",
            "to", "for", "with", "by", "from", "into", "and", "or", "but", "after", "before", "that", "which", "who",
            "as", "than", "its", "their", "his", "her", "was", "were", "is", "are", "had", "has", "have");

    static boolean hardWrapped(String text) {
        String[] rows = text.split("\\R");
        for (int i = 0; i + 1 < rows.length; i++) {
            String next = rows[i + 1].strip();
            String line = rows[i].strip();
            if (line.isEmpty() || next.isEmpty() || LINE_END.matcher(line).find()) {
                continue;
            }
            String last = line.substring(line.lastIndexOf(' ') + 1);
            if (Character.isLowerCase(next.codePointAt(0)) || line.endsWith(",") || RUN_ON.contains(last)) {
                return true;
            }
        }
        return false;
    }

    private static final String DEPENDENCY_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    /**
     * Parses a document within the budget: sentences longer than {@link Budget#maxSentenceTokens()} are cut into
     * pieces (with a {@link Budget#LONG_SENTENCE} warning) before tagging and parsing, and the deadline is checked
     * before each sentence.
     *
     * @throws BudgetExceededException when the document's time budget is spent
     */
    @Override
    public ParsedDocument parse(Document document) {
        Objects.requireNonNull(document, "document");
        Budget.Deadline deadline = budget.start();
        Annotation annotation = new Annotation(document.text());
        splitterFor(document.text()).annotate(annotation);
        List<String> warnings = new ArrayList<>();
        List<CoreMap> sentences = pieces(document.text(), annotation.get(CoreAnnotations.SentencesAnnotation.class),
                budget.maxSentenceTokens(), warnings);
        annotation.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        List<ParsedSentence> out = new ArrayList<>(sentences.size());
        for (CoreMap sentence : sentences) {
            deadline.check(out.size() + " of " + sentences.size() + " sentences parsed");
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            Annotation one = new Annotation(sentence.get(CoreAnnotations.TextAnnotation.class));
            one.set(CoreAnnotations.TokensAnnotation.class, tokens);
            one.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
            tagger.annotate(one);
            repairTags(tokens);
            HeadlineVerbs.repair(tokens);
            GrammaticalStructure gs = dependencies.predict(sentence);
            sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
                    SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC,
                            GrammaticalStructure.Extras.NONE, null));
            out.add(convert(document, out.size(), sentence));
        }
        return new ParsedDocument(document, out, warnings);
    }

    /**
     * Sentences and tokens only: the same sentences as {@link #parse(Document)} (the same split, long sentences cut
     * into the same pieces), without tags, parse or time expressions; a token's lemma is its word and its tag is
     * empty.
     */
    @Override
    public List<ParsedSentence> split(Document document) {
        Objects.requireNonNull(document, "document");
        Annotation annotation = new Annotation(document.text());
        splitterFor(document.text()).annotate(annotation);
        List<CoreMap> sentences = pieces(document.text(), annotation.get(CoreAnnotations.SentencesAnnotation.class),
                budget.maxSentenceTokens(), new ArrayList<>());
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
     * The sentences with each one longer than {@code max} tokens cut into pieces of at most {@code max} tokens,
     * after the last comma, semicolon, colon or dash of the second half of a piece where there is one; one warning
     * per sentence cut. Sentence and token indexes are renumbered as CoreNLP numbers them (token index from 1).
     */
    static List<CoreMap> pieces(String text, List<CoreMap> sentences, int max, List<String> warnings) {
        List<CoreMap> out = new ArrayList<>(sentences.size());
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() <= max) {
                out.add(s);
                continue;
            }
            int firstToken = s.containsKey(CoreAnnotations.TokenBeginAnnotation.class)
                    ? s.get(CoreAnnotations.TokenBeginAnnotation.class) : 0;
            int count = 0;
            for (int from = 0; from < tokens.size(); count++) {
                int to = cut(tokens, from, max);
                List<CoreLabel> piece = new ArrayList<>(tokens.subList(from, to));
                for (int i = 0; i < piece.size(); i++) {
                    piece.get(i).setIndex(i + 1);
                }
                int begin = piece.get(0).beginPosition();
                int end = piece.get(piece.size() - 1).endPosition();
                CoreMap p = new ArrayCoreMap();
                p.set(CoreAnnotations.TokensAnnotation.class, piece);
                p.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
                p.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
                p.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
                p.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken + from);
                p.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + to);
                out.add(p);
                from = to;
            }
            warnings.add(String.format(Locale.ROOT, "%s: the sentence at characters %d-%d has %d tokens, more than "
                    + "the limit of %d (maxSentenceTokens); parsed as %d pieces", Budget.LONG_SENTENCE,
                    s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), tokens.size(), max, count));
        }
        for (int i = 0; i < out.size(); i++) {
            out.get(i).set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            for (CoreLabel t : out.get(i).get(CoreAnnotations.TokensAnnotation.class)) {
                t.setSentIndex(i);
            }
        }
        return out;
    }

    private static final java.util.Set<String> CUTS = java.util.Set.of(",", ";", ":", "-", "--");

    /** Where the piece that starts at {@code from} ends (exclusive). */
    private static int cut(List<CoreLabel> tokens, int from, int max) {
        int limit = from + max;
        if (limit >= tokens.size()) {
            return tokens.size();
        }
        for (int i = limit - 1; i >= from + max / 2; i--) {
            if (CUTS.contains(tokens.get(i).word())) {
                return i + 1;
            }
        }
        return limit;
    }

    /**
     * The tagger reads "drone" in "the largest drone and missile attacks" as a verb, and the parse then goes
     * wrong around it. A base-form verb right after an article, an adjective or a possessive is a noun: retag it
     * before parsing, so the parser sees a noun phrase.
     */
    static void repairTags(List<CoreLabel> tokens) {
        // "TEL AVIV, April 14 (Saydo wire) - Iran launched ...": the words of a dateline, in capitals before its
        // comma, are a place's name. The tagger reads a multi-word one as common nouns ("TEL AVIV" NN NN) and the
        // parser then makes it the subject of the lead's verb.
        int comma = 0;
        while (comma < tokens.size() && comma < 4 && tokens.get(comma).word().matches("\\p{Lu}[\\p{Lu}/.'-]+")) {
            comma++;
        }
        if (comma > 0 && comma < tokens.size() && ",".equals(tokens.get(comma).word())) {
            for (int i = 0; i < comma; i++) {
                tokens.get(i).setTag("NNP");
            }
        }
        for (int i = 1; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            CoreLabel prev = tokens.get(i - 1);
            boolean baseVerb = "VB".equals(t.tag()) || "VBP".equals(t.tag());
            boolean nominalLeft = NOMINAL_LEFT_TAGS.contains(prev.tag())
                    || "DT".equals(prev.tag()) && ARTICLES.contains(prev.word().toLowerCase(java.util.Locale.ROOT));
            if (baseVerb && nominalLeft) {
                t.setTag("NN");
            }
            // "South Korea called the launches a clear breach of international law": the tagger reads a plural noun
            // after an article or a possessive as a verb in the third person ("the/DT launches/VBZ"), and the
            // parser then gives "called" no object. No verb follows an article or a possessive: it is a plural.
            boolean determinerLeft = "PRP$".equals(prev.tag()) || "POS".equals(prev.tag())
                    || "DT".equals(prev.tag()) && ARTICLES.contains(prev.word().toLowerCase(java.util.Locale.ROOT));
            if ("VBZ".equals(t.tag()) && determinerLeft) {
                t.setTag("NNS");
            }
            // "Air strikes on Odesa killed four people": capitalised first in the sentence, "Air" is read as a proper
            // noun and "strikes" as its verb. An act of force after the word that names its kind is a noun.
            if (t.tag().startsWith("VB") && FORCE_ACT_NOUNS.contains(t.word().toLowerCase(java.util.Locale.ROOT))
                    && FORCE_KINDS.contains(prev.word().toLowerCase(java.util.Locale.ROOT))) {
                t.setTag(t.word().toLowerCase(java.util.Locale.ROOT).endsWith("s") ? "NNS" : "NN");
                if ("NNP".equals(prev.tag())) {
                    prev.setTag("NN");
                }
            }
            // "The shelling of Kherson killed two people", "after the bombing of a police convoy": the tagger reads
            // the gerund after an article or a possessive as a verb, and the parser makes it a modifier of its own
            // "of" phrase with no head noun. A gerund between an article or a possessive and "of" is a noun.
            if ("VBG".equals(t.tag()) && i + 1 < tokens.size() && "of".equalsIgnoreCase(tokens.get(i + 1).word())
                    && ("DT".equals(prev.tag()) && ARTICLES.contains(prev.word().toLowerCase(java.util.Locale.ROOT))
                            || "PRP$".equals(prev.tag()) || "POS".equals(prev.tag()))) {
                t.setTag("NN");
                t.setLemma(t.word().toLowerCase(java.util.Locale.ROOT));
            }
            // "Russian shelling damaged a hospital", "Heavy bombing destroyed the bridge": after an adjective, a name
            // or a possessive the tagger reads the gerund of an act of force as the clause's verb, hangs the real
            // verb on it and leaves the clause with no subject. Such a gerund right before a past or third-person
            // verb is a noun, that verb's subject ("kept shelling towns" keeps its verb).
            if ("VBG".equals(t.tag()) && i + 1 < tokens.size()
                    && FORCE_GERUNDS.contains(t.word().toLowerCase(java.util.Locale.ROOT))
                    && GERUND_NOUN_LEFT_TAGS.contains(prev.tag())
                    && GERUND_SUBJECT_VERB_TAGS.contains(tokens.get(i + 1).tag())) {
                t.setTag("NN");
                t.setLemma(t.word().toLowerCase(java.util.Locale.ROOT));
            }
            // "A Russian drone attack on Odesa", "the US drone strike": the tagger reads the weapon after a proper
            // noun as a verb whose subject is the proper noun. A weapon's name in base form before a noun, with no
            // plural subject, modal or "to" before it, is the noun's modifier.
            if (baseVerb && i + 1 < tokens.size() && !VERB_LEFT_TAGS.contains(prev.tag())
                    && WEAPON_NOUNS.contains(t.word().toLowerCase(java.util.Locale.ROOT))
                    && ("NN".equals(tokens.get(i + 1).tag()) || "NNS".equals(tokens.get(i + 1).tag()))) {
                t.setTag("NN");
            }
            // "A Ukrainian drone struck a Russian air base": after a nationality the tagger reads as a proper noun,
            // the weapon is read as a verb and the real verb after it as its dependent, and the clause has no
            // subject. A weapon's name in base form right before a past or third-person verb, with no plural
            // subject, modal or "to" before it, is that verb's subject.
            if (baseVerb && i + 1 < tokens.size() && !VERB_LEFT_TAGS.contains(prev.tag())
                    && WEAPON_NOUNS.contains(t.word().toLowerCase(java.util.Locale.ROOT))
                    && WEAPON_SUBJECT_VERB_TAGS.contains(tokens.get(i + 1).tag())) {
                t.setTag("NN");
            }
            // force33: "it shot down a North Korean drone.", "intercepted an Iranian missile over Iraq": after a
            // nationality the tagger reads as a proper noun, a weapon's name in base form that ends its phrase is read
            // as a verb with the name as its subject, and the clause's verb loses its object. It is the noun.
            if (baseVerb && ("NNP".equals(prev.tag()) || "NNPS".equals(prev.tag()))
                    && WEAPON_NOUNS.contains(t.word().toLowerCase(java.util.Locale.ROOT))
                    && (i + 1 == tokens.size() || PHRASE_END_TAGS.contains(tokens.get(i + 1).tag()))) {
                t.setTag("NN");
            }
            // "China launched the Strait Thunder-2025A exercises around Taiwan": the tagger reads the drill noun after
            // the drills' name as the name's verb ("Thunder-2025A/NNP exercises/VBZ"), and the clause's verb loses
            // its object. A drill noun after a name that an article opens, itself after a verb, and before a
            // preposition or the end of its phrase, is a plural ("the Pentagon exercises caution" keeps its verb).
            if ("VBZ".equals(t.tag()) && DRILL_NOUNS.contains(t.word().toLowerCase(java.util.Locale.ROOT))
                    && namedAfterVerb(tokens, i)
                    && (i + 1 == tokens.size() || PHRASE_END_TAGS.contains(tokens.get(i + 1).tag()))) {
                t.setTag("NNS");
            }
            // "North Korea test-fired a missile": the tokenizer splits "test - fired" and the tagger reads the
            // participle as a modifier ("Moscow-backed forces"), leaving the sentence without a verb. A participle
            // after a hyphen that is followed by a determiner of its object is the past tense of a compound verb.
            if (i + 1 < tokens.size() && "VBN".equals(t.tag()) && "HYPH".equals(prev.tag())
                    && OBJECT_DETERMINER_TAGS.contains(tokens.get(i + 1).tag())) {
                t.setTag("VBD");
            }
            // "Israel's military accused Hezbollah of ...", "Sudan's paramilitary condemned the strike": the tagger
            // reads a body's noun that is also an adjective as the adjective of the word after it, and the verb as a
            // participle ("military/JJ accused/VBN"), so the sentence becomes one noun phrase headed by the object;
            // with a past form the country becomes the subject and the body is lost. Such a word after a possessive,
            // an article or an adjective, right before a verb, is the subject's noun; a participle after it with no
            // "by" phrase is the past tense ("the military backed by Moscow" keeps its participle).
            if (BODY_ADJECTIVES.contains(t.word().toLowerCase(java.util.Locale.ROOT)) && "JJ".equals(t.tag())
                    && BODY_LEFT_TAGS.contains(prev.tag()) && i + 1 < tokens.size()
                    && BODY_VERB_TAGS.contains(tokens.get(i + 1).tag())) {
                t.setTag("NN");
                CoreLabel verb = tokens.get(i + 1);
                if ("VBN".equals(verb.tag())
                        && (i + 2 == tokens.size() || !"by".equalsIgnoreCase(tokens.get(i + 2).word()))) {
                    verb.setTag("VBD");
                }
            }
            if (hyphenatedGivenName(tokens, i)) {
                tokens.get(i - 2).setTag("NNP");
                prev.setTag("HYPH");
                t.setTag("NNP");
            }
        }
    }

    /**
     * Whether the words before {@code i} are a name (proper nouns, numbers, hyphens: "Strait Thunder-2025A") opened by
     * the article "the", right after a verb ("launched the Joint Sword-2024A ...").
     */
    static boolean namedAfterVerb(List<CoreLabel> tokens, int i) {
        int j = i - 1;
        while (j >= 0 && (NAME_TAGS.contains(tokens.get(j).tag()) || "-".equals(tokens.get(j).word()))) {
            j--;
        }
        return j < i - 1 && j >= 1 && "the".equalsIgnoreCase(tokens.get(j).word())
                && tokens.get(j - 1).tag().startsWith("VB");
    }

    /**
     * "Prime Minister Han Duck-soo said", "Moon Jae-in met": the tokenizer splits a hyphenated Korean given name and
     * the tagger reads its parts as a common noun and an adverb or preposition ("Duck/NN -/: soo/RB"), so the name
     * is cut in two and the sentence loses its subject. A capitalised word after a proper noun, joined without
     * spaces by a hyphen to a short lower-case syllable the tagger does not read as a participle, adjective or
     * noun ("Moscow-backed", "Tel Aviv-area" stay), is the rest of the name.
     */
    static boolean hyphenatedGivenName(List<CoreLabel> tokens, int i) {
        if (i < 3) {
            return false;
        }
        CoreLabel family = tokens.get(i - 3);
        CoreLabel given = tokens.get(i - 2);
        CoreLabel hyphen = tokens.get(i - 1);
        CoreLabel syllable = tokens.get(i);
        return "-".equals(hyphen.word())
                && given.endPosition() == hyphen.beginPosition() && hyphen.endPosition() == syllable.beginPosition()
                && "NNP".equals(family.tag()) && family.word().matches("\\p{Lu}\\p{Ll}+")
                && given.word().matches("\\p{Lu}\\p{Ll}+") && syllable.word().matches("\\p{Ll}{2,5}")
                && !NOT_A_SYLLABLE_TAGS.contains(syllable.tag())
                && (i + 1 >= tokens.size() || !"-".equals(tokens.get(i + 1).word()));
    }

    /** Tags of a word after a hyphen that make it a word of a compound, not a syllable of a name. */
    private static final java.util.Set<String> NOT_A_SYLLABLE_TAGS =
            java.util.Set.of("VBN", "VBD", "VBG", "JJ", "NN", "NNS");

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
            String value = timex.value();
            if (weekday != null) {
                date = weekday;
            } else if (partOfDay(words)) {
                Token that = tokenAt(tokens, first - 1);
                Token the = tokenAt(tokens, first - 2);
                boolean same = that != null && that.word().equalsIgnoreCase("same") && the != null
                        && the.word().equalsIgnoreCase("the");
                if (that != null && (same || that.word().equalsIgnoreCase("that"))) {
                    // "that evening", "the same night": the day the text last named, which the coder counts from
                    // (the words say so); the report's own day until then
                    Token from = same ? the : that;
                    String told = (same ? the.word() + " " : "") + that.word() + " " + words;
                    out.add(new TimeExpression(told, from.index(), last, from.begin(), e, published,
                            published.toString()));
                    continue;
                }
                date = null; // "before dawn", "at night": which day is told elsewhere, or not at all
            } else if (date != null && date.isAfter(published) && past(tokens) && !YEAR_NAMED.matcher(words).find()
                    && !deadline(tokens, first)) {
                int back = published.getYear() - date.getYear() - (date.withYear(published.getYear()).isAfter(published) ? 1 : 0);
                LocalDate earlier = safeDate(date.getYear() + back, date.getMonthValue(), date.getDayOfMonth());
                if (DAY_NAME.matcher(words).find() && !words.matches("(?s).*\\d.*")) {
                    // a weekday in words the weekday rule does not read ("Friday before dawn"): the same weekday
                    // of an earlier week, never of an earlier year
                    earlier = date;
                    while (earlier.isAfter(published)) {
                        earlier = earlier.minusWeeks(1);
                    }
                    value = earlier.toString();
                    date = earlier;
                } else if (earlier != null) {
                    value = value.replaceFirst("^\\d{4}", Integer.toString(earlier.getYear()));
                    date = earlier;
                }
            }
            out.add(new TimeExpression(cm.get(CoreAnnotations.TextAnnotation.class), first, last, b, e, date,
                    value));
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

    /**
     * A weekday alone, with the words that place it in its week ("last", "next") or in its day ("late on Saturday
     * night", "overnight on Tuesday", "early Friday morning"). SUTime reads the last kind as the coming such day,
     * which a past-tense sentence then took back a whole year.
     */
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)^(?:(?:late|early|overnight)\\s+)?(?:on\\s+|last\\s+|this\\s+|next\\s+|coming\\s+)?"
            + "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            + "(?:\\s+(?:morning|afternoon|evening|night|overnight))?$");
    /** The token at a sentence index, or null. */
    private static Token tokenAt(List<Token> tokens, int index) {
        for (Token t : tokens) {
            if (t.index() == index) {
                return t;
            }
        }
        return null;
    }

    /** A weekday's name anywhere in a time expression's words. */
    private static final Pattern DAY_NAME = Pattern.compile(
            "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
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

    private static final Pattern PART_OF_DAY = Pattern.compile("(?i)^(?:(?:in|at|before|after|around|by|until|"
            + "through|the|early|late)\\s+)*(?:dawn|daybreak|first light|dusk|sunrise|sunset|nightfall|midnight|noon|"
            + "midday|morning|afternoon|evening|night)$");

    /**
     * A part of the day that names no day ("before dawn", "at night", "in the morning"): SUTime puts it on the
     * publication date, but a report tells of the night before as often as of its own day, and "before dawn on
     * Thursday" is Thursday. "This morning", "last night", "Tuesday evening" name their day and are not matched.
     */
    static boolean partOfDay(String words) {
        return PART_OF_DAY.matcher(words.strip()).matches();
    }

    /** A year written out, or a word that places a month or day ahead of the report ("next March"). */
    private static final Pattern YEAR_NAMED = Pattern.compile("(?i)\\b(\\d{4}|next|coming|year)\\b");

    /**
     * A sentence that tells of the past: a past-tense verb and no sign of the future. A month or day named in it
     * without a year ("in early March", "on 5 June") is the most recent one not after the publication date;
     * SUTime's own choice follows the verb it happens to see and may put it in the coming year.
     */
    private static boolean past(List<Token> tokens) {
        return !future(tokens) && tokens.stream().anyMatch(t -> t.pos().equals("VBD"));
    }

    /** Words that make the day or month after them a deadline: "ordered the troops back by May 1". */
    private static final Pattern DEADLINE = Pattern.compile("(?i)^(by|until|till|before)$");

    /**
     * Whether the time expression starting at token {@code first} is a deadline ("by May 1", "until March"): a
     * deadline looks ahead from the telling even in a past-tense sentence, so it is not moved back a year.
     */
    private static boolean deadline(List<Token> tokens, int first) {
        for (Token t : tokens) {
            if (t.index() == first - 1) {
                return DEADLINE.matcher(t.word()).matches();
            }
        }
        return false;
    }

    private static boolean future(List<Token> tokens) {
        for (Token t : tokens) {
            if (FUTURE.matcher(t.word()).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first day of the period a TIMEX3 value names, or null when it names none: a season begins on the first of
     * its first month (spring March, summer June, autumn September, winter December), as "in March" is the first of
     * the month (corpus/README.md "Dates").
     */
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
        m = SEASON.matcher(value);
        if (m.find()) {
            int month = switch (m.group(2)) {
                case "SP" -> 3;
                case "SU" -> 6;
                case "FA" -> 9;
                default -> 12;
            };
            return safeDate(Integer.parseInt(m.group(1)), month, 1);
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
