package org.saydo.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.saydo.doc.Document;
import org.saydo.store.Cursor;
import org.saydo.store.RecordReader;

/**
 * Full-text search over the sentences of stored documents (Lucene, in memory, English stemming). Each sentence
 * (split with the JDK's sentence {@link BreakIterator}) is one Lucene document carrying its document id, its
 * offsets, the document's title, outlet and date, and the actor codes and dates of the claims coded inside it,
 * so that a search can be narrowed by actor (code prefix) and by date (publication or claim date).
 *
 * <p>Built from the store when the server starts; documents ingested through the API are added as they come.
 * Thread-safe: searches run concurrently; additions are serialised.
 */
public final class SearchIndex implements AutoCloseable {

    /**
     * One matching sentence.
     *
     * @param docId the document's id
     * @param title the document's title, or null
     * @param outlet its outlet, or null
     * @param published its publication date, or null
     * @param start document offset of the sentence
     * @param end offset one past its end
     * @param text the sentence
     * @param actors actor codes of the claims in it
     * @param score Lucene's score
     */
    public record Hit(String docId, String title, String outlet, LocalDate published, int start, int end,
            String text, List<String> actors, float score) {
        public Hit {
            actors = List.copyOf(actors);
        }
    }

    /**
     * A page of hits.
     *
     * @param total how many sentences match in all
     * @param hits this page, best first
     * @param next the cursor of the next page, or null
     */
    public record Result(long total, List<Hit> hits, Cursor next) {
        public Result {
            hits = List.copyOf(hits);
        }
    }

    /** The deepest hit a page may reach (offset + limit), to keep deep paging bounded. */
    public static final int MAX_DEPTH = 10_000;

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private long sentences;

    private SearchIndex() throws IOException {
        writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        writer.commit();
        searchers = new SearcherManager(writer, null);
    }

    /** An index of every document of the record as {@code reader} sees it now. */
    public static SearchIndex build(RecordReader reader) {
        Objects.requireNonNull(reader, "reader");
        try {
            SearchIndex index = new SearchIndex();
            reader.forEachDocument(index::addUnrefreshed);
            index.refresh();
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index", e);
        }
    }

    /** Adds (or replaces) one document's sentences; searches see them when this returns. */
    public synchronized void add(Document document, List<RecordReader.Claim> claims) {
        addUnrefreshed(document, claims);
        refresh();
    }

    /** How many sentences are indexed. */
    public synchronized long sentences() {
        return sentences;
    }

    private synchronized void addUnrefreshed(Document document, List<RecordReader.Claim> claims) {
        try {
            writer.deleteDocuments(new Term("doc_id", document.id()));
            String text = document.text();
            BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
            it.setText(text);
            for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                int s = start;
                int e = end;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (s == e) {
                    continue;
                }
                writer.addDocument(sentence(document, s, e, claims));
                sentences++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index document " + document.id(), e);
        }
    }

    private static List<org.apache.lucene.index.IndexableField> sentence(Document d, int start, int end,
            List<RecordReader.Claim> claims) {
        List<org.apache.lucene.index.IndexableField> f = new ArrayList<>();
        f.add(new StringField("doc_id", d.id(), Field.Store.YES));
        f.add(new StoredField("start", start));
        f.add(new StoredField("end", end));
        f.add(new TextField("text", d.text().substring(start, end), Field.Store.YES));
        if (d.title() != null) {
            f.add(new StoredField("title", d.title()));
        }
        if (d.outlet() != null) {
            f.add(new StoredField("outlet", d.outlet()));
        }
        Set<Long> days = new LinkedHashSet<>();
        if (d.published() != null) {
            f.add(new StoredField("published", d.published().toString()));
            days.add(d.published().toEpochDay());
        }
        Set<String> actors = new LinkedHashSet<>();
        for (RecordReader.Claim c : claims) {
            if (c.start() >= start && c.start() < end) {
                actors.addAll(c.actors());
                if (c.date() != null) {
                    days.add(c.date().toEpochDay());
                }
            }
        }
        for (String a : actors) {
            f.add(new StringField("actor", a, Field.Store.YES));
        }
        for (long day : days) {
            f.add(new LongPoint("day", day));
        }
        return f;
    }

    private void refresh() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the search index", e);
        }
    }

    /**
     * Sentences matching {@code q} (Lucene query syntax over the sentence text), narrowed by actor code prefix
     * and dates when given, best first.
     *
     * @throws BadRequest naming {@code q} when the query does not parse, {@code cursor} when the page is too deep
     */
    public Result search(String q, String actor, LocalDate from, LocalDate to, Cursor after, int limit) {
        Objects.requireNonNull(q, "q");
        int offset = after == null ? 0 : (int) Math.min(Integer.MAX_VALUE, after.id());
        if (offset < 0 || (long) offset + limit > MAX_DEPTH) {
            throw new BadRequest("cursor", "pages end at hit " + MAX_DEPTH + "; narrow the search");
        }
        Query text;
        try {
            text = new QueryParser("text", analyzer).parse(q);
        } catch (ParseException | IllegalArgumentException e) {
            // Lucene's message starts "Cannot parse '<the whole query>': ": quote the query's prefix only
            throw new BadRequest("q", "not a valid search: " + firstLine(e.getMessage()).replace("'" + q + "'",
                    BadRequest.quote(q)));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadRequest("q", "too many terms");
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        if (actor != null) {
            b.add(new PrefixQuery(new Term("actor", actor)), BooleanClause.Occur.FILTER);
        }
        if (from != null || to != null) {
            b.add(LongPoint.newRangeQuery("day", from == null ? Long.MIN_VALUE : from.toEpochDay(),
                    to == null ? Long.MAX_VALUE : to.toEpochDay()), BooleanClause.Occur.FILTER);
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(b.build(), offset + limit + 1);
                List<Hit> hits = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = offset; i < Math.min(docs.length, offset + limit); i++) {
                    org.apache.lucene.document.Document d = searcher.storedFields().document(docs[i].doc);
                    String published = d.get("published");
                    hits.add(new Hit(d.get("doc_id"), d.get("title"), d.get("outlet"),
                            published == null ? null : LocalDate.parse(published),
                            d.getField("start").numericValue().intValue(), d.getField("end").numericValue().intValue(),
                            d.get("text"), List.of(d.getValues("actor")), docs[i].score));
                }
                Cursor next = docs.length > offset + limit ? new Cursor(null, offset + limit) : null;
                return new Result(top.totalHits.value, hits, next);
            } finally {
                searchers.release(searcher);
            }
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadRequest("q", "too many terms");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search", e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index", e);
        }
    }
}
