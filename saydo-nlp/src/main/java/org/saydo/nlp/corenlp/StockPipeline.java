package org.saydo.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Objects;
import java.util.Properties;

/**
 * CoreNLP's stock {@code tokenize,ssplit,pos,lemma,ner,depparse} pipeline, untouched: the reference that
 * {@code saydo bench} measures Saydo's NLP stage against. Thread-safe.
 */
public final class StockPipeline {

    private final StanfordCoreNLP pipeline;

    public StockPipeline() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        this.pipeline = new StanfordCoreNLP(props);
    }

    /** Annotates a text and returns its number of sentences. */
    public int annotate(String text) {
        Objects.requireNonNull(text, "text");
        Annotation annotation = new Annotation(text);
        pipeline.annotate(annotation);
        return annotation.get(CoreAnnotations.SentencesAnnotation.class).size();
    }
}
