package org.saydo.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.saydo.doc.Document;
import org.saydo.nlp.Dependency;
import org.saydo.nlp.ParsedDocument;
import org.saydo.nlp.ParsedSentence;
import org.saydo.nlp.TimeExpression;

/**
 * Reads CoNLL-U fixtures into the coder's input ({@link ParsedDocument}), so that the passes can be tested on
 * hand-written parses without loading CoreNLP. The ten columns are CoNLL-U's; Saydo reads FORM, LEMMA, XPOS (the
 * Penn tag CoreNLP gives), HEAD and DEPREL (basic UD, as CoreNLP emits them). Comments:
 * <ul>
 * <li>{@code # newdoc id = NAME} starts a document, {@code # date = YYYY-MM-DD} gives its publication date
 * (required before its first sentence);</li>
 * <li>{@code # text = ...} is the sentence as written (required; each FORM must be found in it, in order, which
 * gives the tokens' character offsets); sentences are joined by a space, or by a blank line after
 * {@code # newpar};</li>
 * <li>{@code # time = FIRST LAST VALUE DATE} a time expression over tokens FIRST..LAST (CoNLL-U ids, from 1)
 * with its TIMEX3 value and the first day it denotes ({@code _} for none), as SUTime would resolve it.</li>
 * </ul>
 * A line that does not fit is an error naming the fixture and the line.
 */
final class ConllU {

    private ConllU() {
    }

    /** The documents of a fixture shipped beside this class, by their {@code newdoc} id, in file order. */
    static Map<String, ParsedDocument> resource(String name) {
        InputStream in = ConllU.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing fixture " + name);
        }
        return read(name, new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    static Map<String, ParsedDocument> read(String name, Reader reader) {
        Builder b = new Builder(name);
        try (BufferedReader in = new BufferedReader(reader)) {
            String line;
            while ((line = in.readLine()) != null) {
                b.line(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
        b.line("");
        b.endDocument();
        return b.documents;
    }

    /** What a document needs while its lines are read. */
    private static final class Builder {
        final String file;
        final Map<String, ParsedDocument> documents = new LinkedHashMap<>();
        int n;
        String id;
        LocalDate date;
        final StringBuilder text = new StringBuilder();
        final List<PendingSentence> sentences = new ArrayList<>();
        boolean newParagraph;
        PendingSentence current;

        Builder(String file) {
            this.file = file;
        }

        IllegalArgumentException error(String problem) {
            return new IllegalArgumentException(file + ":" + n + ": " + problem);
        }

        void line(String raw) {
            n++;
            String line = raw.strip();
            if (line.isEmpty()) {
                if (current != null) {
                    sentences.add(current);
                    current = null;
                }
                return;
            }
            if (line.startsWith("#")) {
                comment(line.substring(1).strip());
                return;
            }
            if (current == null) {
                throw error("a token line before the sentence's '# text = ...'");
            }
            current.token(raw.split("\t", -1));
        }

        void comment(String c) {
            if (c.equals("newpar")) {
                newParagraph = true;
                return;
            }
            int eq = c.indexOf('=');
            String key = eq < 0 ? "" : c.substring(0, eq).strip();
            switch (key) {
                case "newdoc id" -> newDocument(value(c));
                case "date" -> date(value(c));
                case "text" -> text(value(c));
                case "time" -> {
                    if (current == null) {
                        throw error("'# time' outside a sentence");
                    }
                    current.time(value(c).split("\\s+"));
                }
                default -> {
                    // other comments (sent_id, notes) are free
                }
            }
        }

        void newDocument(String name) {
            endDocument();
            if (documents.containsKey(name)) {
                throw error("a second document '" + name + "'");
            }
            id = name;
        }

        void date(String value) {
            try {
                date = LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw error("not a date: '" + value + "'");
            }
        }

        void text(String t) {
            if (id == null || date == null) {
                throw error("a sentence before '# newdoc id = ...' and '# date = ...'");
            }
            if (current != null) {
                throw error("a second '# text' without a blank line");
            }
            if (text.length() > 0) {
                text.append(newParagraph ? "\n\n" : " ");
            }
            newParagraph = false;
            current = new PendingSentence(this, text.length(), t);
            text.append(t);
        }

        String value(String c) {
            int eq = c.indexOf('=');
            if (eq < 0) {
                throw error("'# " + c + "' has no '='");
            }
            return c.substring(eq + 1).strip();
        }

        void endDocument() {
            if (id == null) {
                return;
            }
            if (current != null) {
                sentences.add(current);
                current = null;
            }
            Document doc = Document.of(id, date, text.toString());
            List<ParsedSentence> parsed = new ArrayList<>();
            for (PendingSentence s : sentences) {
                parsed.add(s.build(parsed.size()));
            }
            documents.put(id, new ParsedDocument(doc, parsed));
            id = null;
            date = null;
            text.setLength(0);
            sentences.clear();
            newParagraph = false;
        }
    }

    /** A sentence whose token lines are being read. */
    private static final class PendingSentence {
        final Builder b;
        final int begin;
        final String text;
        int cursor;
        final List<org.saydo.nlp.Token> tokens = new ArrayList<>();
        final List<Dependency> arcs = new ArrayList<>();
        final List<String[]> times = new ArrayList<>();

        PendingSentence(Builder b, int begin, String text) {
            this.b = b;
            this.begin = begin;
            this.text = text;
        }

        void token(String[] f) {
            if (f.length != 10) {
                throw b.error("a token line needs 10 tab-separated columns, not " + f.length);
            }
            int id;
            int head;
            try {
                id = Integer.parseInt(f[0]);
                head = Integer.parseInt(f[6]);
            } catch (NumberFormatException e) {
                throw b.error("ID and HEAD must be whole numbers (no ranges or empty nodes): '" + f[0] + "', '"
                        + f[6] + "'");
            }
            if (id != tokens.size() + 1) {
                throw b.error("token " + id + " where token " + (tokens.size() + 1) + " was due");
            }
            if (f[4].equals("_") || f[7].equals("_")) {
                throw b.error("token " + id + " needs its XPOS (Penn tag) and DEPREL");
            }
            int at = text.indexOf(f[1], cursor);
            if (at < 0 || !text.substring(cursor, at).isBlank()) {
                throw b.error("token " + id + " '" + f[1] + "' is not next in the sentence's text");
            }
            cursor = at + f[1].length();
            tokens.add(new org.saydo.nlp.Token(id - 1, f[1], f[2], f[4], begin + at, begin + cursor));
            arcs.add(new Dependency(head - 1, id - 1, f[7]));
        }

        void time(String[] f) {
            if (f.length != 4) {
                throw b.error("'# time = FIRST LAST VALUE DATE' needs four fields");
            }
            times.add(f);
        }

        ParsedSentence build(int index) {
            if (tokens.isEmpty()) {
                throw new IllegalArgumentException(b.file + ": sentence '" + text + "' has no tokens");
            }
            List<TimeExpression> ts = new ArrayList<>();
            for (String[] f : times) {
                int first = Integer.parseInt(f[0]) - 1;
                int last = Integer.parseInt(f[1]) - 1;
                org.saydo.nlp.Token a = tokens.get(first);
                org.saydo.nlp.Token z = tokens.get(last);
                String words = text.substring(a.begin() - begin, z.end() - begin);
                ts.add(new TimeExpression(words, first, last, a.begin(), z.end(),
                        f[3].equals("_") ? null : LocalDate.parse(f[3]), f[2]));
            }
            for (Dependency d : arcs) {
                if (d.governor() >= tokens.size()) {
                    throw new IllegalArgumentException(b.file + ": sentence '" + text + "': head of token "
                            + (d.dependent() + 1) + " is past its last token");
                }
            }
            return new ParsedSentence(index, begin, begin + text.length(), text, tokens, arcs, ts);
        }
    }
}
