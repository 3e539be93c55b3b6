package org.saydo.judge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.saydo.record.Event;

/**
 * The features the judge sees of one candidate event: its sentence's embedding and what the dictionaries said
 * of it (CAMEO root and QuadClass, modality, the kind of rule that fired, the trigger's first word, whether it
 * has a target and whether the target is the source's own country, how far the event's date lies before the
 * publication date). Names are stable: they are the model's feature names. Stateless, thread-safe.
 */
public final class CandidateFeatures {

    /** The prefix of an embedding dimension's feature name ({@code e000} ...). */
    public static final String EMBEDDING = "e";

    private CandidateFeatures() {
    }

    /** One candidate's features, names and values in the same order. */
    public record Features(String[] names, double[] values) {

        public Features {
            Objects.requireNonNull(names, "names");
            Objects.requireNonNull(values, "values");
            if (names.length != values.length) {
                throw new IllegalArgumentException(names.length + " names but " + values.length + " values");
            }
        }
    }

    /**
     * The features of {@code event}, a candidate of a document published on {@code published}, whose sentence
     * embeds as {@code embedding}.
     */
    public static Features of(Event event, LocalDate published, float[] embedding) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(embedding, "embedding");
        String root = event.cameo().substring(0, 2);
        List<String> flags = new ArrayList<>();
        flags.add("root=" + root);
        flags.add("quad=" + quad(root));
        flags.add("modality=" + event.modality().label());
        flags.add("rule=" + ruleKind(event.provenance().rule()));
        flags.add("trigger=" + firstWord(event.provenance().trigger()));
        flags.add("date=" + event.dateBasis().label());
        if (event.target() == null) {
            flags.add("target=none");
        } else if (country(event.target().code()).equals(country(event.source().code()))) {
            flags.add("target=own");
        } else {
            flags.add("target=other");
        }
        if (event.source().code().length() > 3) {
            flags.add("source.role=" + event.source().code().substring(3, Math.min(6, event.source().code().length())));
        }
        if (published != null && event.date() != null) {
            long days = ChronoUnit.DAYS.between(event.date(), published);
            flags.add(days > 365 ? "age=years" : days > 30 ? "age=months" : days > 7 ? "age=weeks" : "age=days");
        }
        return features(embedding, flags);
    }

    /**
     * Features of a sentence's {@code embedding} ({@code e000} ...) and of {@code flags}, each a feature of value 1
     * (the judge's and the proposer's, {@link ProposalFeatures}).
     */
    static Features features(float[] embedding, List<String> flags) {
        String[] names = new String[embedding.length + flags.size()];
        double[] values = new double[names.length];
        System.arraycopy(embeddingNames(embedding.length), 0, names, 0, embedding.length);
        for (int i = 0; i < embedding.length; i++) {
            values[i] = embedding[i];
        }
        for (int i = 0; i < flags.size(); i++) {
            names[embedding.length + i] = flags.get(i);
            values[embedding.length + i] = 1.0;
        }
        return new Features(names, values);
    }

    /** The names {@code e000} ... of the embedding's dimensions, made once: every candidate has them all. */
    private static volatile String[] embeddingNames = new String[0];

    /** At least {@code n} embedding dimensions' names ({@code e000} ...), the same strings as formatted per call. */
    private static String[] embeddingNames(int n) {
        String[] names = embeddingNames;
        if (names.length < n) {
            names = new String[n];
            for (int i = 0; i < n; i++) {
                names[i] = String.format(Locale.ROOT, "%s%03d", EMBEDDING, i);
            }
            embeddingNames = names;
        }
        return names;
    }

    /** The file (or mechanism) a rule came from: {@code CAMEO.2.0.txt:3090 - * TALKS} → {@code CAMEO.2.0.txt}. */
    static String ruleKind(String rule) {
        int end = rule.length();
        for (int i = 0; i < rule.length(); i++) {
            char c = rule.charAt(i);
            if (c == ':' || c == ' ') {
                end = i;
                break;
            }
        }
        return rule.substring(0, end).toLowerCase(Locale.ROOT);
    }

    private static String firstWord(String trigger) {
        String t = trigger.strip().toLowerCase(Locale.ROOT);
        int space = t.indexOf(' ');
        return space < 0 ? t : t.substring(0, space);
    }

    /** The QuadClass of a two-digit CAMEO root. */
    static int quad(String root) {
        int r = Integer.parseInt(root);
        return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
    }

    private static String country(String code) {
        return code.length() <= 3 ? code : code.substring(0, 3);
    }
}
