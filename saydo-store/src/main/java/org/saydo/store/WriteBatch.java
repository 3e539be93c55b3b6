package org.saydo.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The write side of one store transaction: what the transaction reads of the record before it writes (which of
 * its documents are stored, the earlier documents that share a MinHash band with them, the event keys their
 * events may join), read in a few queries for the whole batch, and the rows it decides, written in bulk in one
 * go ({@link #flush}, by the store's {@link Dialect}). Lookups answer as the record would with the staged rows in it: a document
 * staged earlier in the batch is stored, clusters and event keys staged earlier are candidates, in the order the
 * per-statement writes used (stored order for clusters, key order for event keys), so a batch writes what one
 * transaction per document would.
 *
 * <p>Not thread-safe: owned by the store's one writer, for one transaction (after {@link #flush}, a new batch
 * must be read before the record is looked up again through SQL that changes it, as {@code recode} does).
 */
final class WriteBatch {

    /** A document that may be a syndication candidate: stored before, or staged. */
    private static final class Doc {
        final long seq;
        final String id;
        final String cluster;
        final long[] shingles;
        /** The last {@link #visits} round that found this document a candidate: a set without hashing. */
        long visit;

        Doc(long seq, String id, String cluster, long[] shingles) {
            this.seq = seq;
            this.id = id;
            this.cluster = cluster;
            this.shingles = shingles;
        }
    }

    /** Rounds of candidate search, one per document clustered. */
    private long visits;

    /** An event key that events may join. */
    record Key(long key, LinkRule.Anchor anchor) {
    }

    private final Connection connection;
    private final Map<String, long[]> shingleCache;
    private final Set<String> stored = new HashSet<>();
    private final Set<String> staged = new HashSet<>();
    private final Map<Long, List<Doc>> bands = new HashMap<>();
    private final Map<String, TreeMap<Long, Key>> keys = new HashMap<>();
    private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();

    /** Tables in the order their staged rows are appended. */
    private static final List<String> TABLES = List.of("documents", "syndication", "syndication_bands", "event_keys",
            "events", "reports", "quotes");

    private WriteBatch(Connection connection, Map<String, long[]> shingleCache) {
        this.connection = connection;
        this.shingleCache = shingleCache;
        for (String t : TABLES) {
            rows.put(t, new ArrayList<>());
        }
    }

    /**
     * Reads what writing these documents needs: which are stored, the stored documents sharing a band with them
     * (with their shingles, from {@code shingleCache} or the record), the stored event keys their events may join.
     *
     * @param texts document ids and texts
     * @param anchors the events' anchors (undated ones are ignored)
     * @param mergeDays the link rule's tolerance
     */
    static WriteBatch read(Connection c, Map<String, long[]> shingleCache, Map<String, String> texts,
            Collection<LinkRule.Anchor> anchors, int mergeDays) throws SQLException {
        WriteBatch b = new WriteBatch(c, shingleCache);
        if (!texts.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM documents WHERE id IN "
                    + "(SELECT unnest(?::VARCHAR[]))")) {
                s.setObject(1, c.createArrayOf("VARCHAR", texts.keySet().toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        b.stored.add(rs.getString(1));
                    }
                }
            }
            Set<Long> wanted = new HashSet<>();
            for (Map.Entry<String, String> t : texts.entrySet()) {
                for (long k : Syndication.bandKeys(b.shingles(t.getKey(), t.getValue()))) {
                    wanted.add(k);
                }
            }
            if (!wanted.isEmpty()) {
                Map<String, Doc> docs = new HashMap<>();
                List<long[]> pairs = new ArrayList<>();
                List<String> pairDocs = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement("SELECT b.band_key, d.seq, d.id, s.cluster FROM "
                        + "syndication_bands b JOIN documents d ON d.id = b.doc_id JOIN syndication s ON s.doc_id = "
                        + "d.id WHERE b.band_key IN (SELECT unnest(?::BIGINT[]))")) {
                    s.setObject(1, c.createArrayOf("BIGINT", wanted.toArray()));
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            String id = rs.getString(3);
                            docs.putIfAbsent(id, new Doc(rs.getLong(2), id, rs.getString(4), null));
                            pairs.add(new long[] {rs.getLong(1)});
                            pairDocs.add(id);
                        }
                    }
                }
                List<String> missing = docs.keySet().stream().filter(id -> !shingleCache.containsKey(id)).toList();
                if (!missing.isEmpty()) {
                    try (PreparedStatement s = c.prepareStatement("SELECT id, text FROM documents WHERE id IN "
                            + "(SELECT unnest(?::VARCHAR[]))")) {
                        s.setObject(1, c.createArrayOf("VARCHAR", missing.toArray()));
                        try (ResultSet rs = s.executeQuery()) {
                            while (rs.next()) {
                                b.shingles(rs.getString(1), rs.getString(2));
                            }
                        }
                    }
                }
                Map<String, Doc> full = new HashMap<>();
                for (Doc d : docs.values()) {
                    full.put(d.id, new Doc(d.seq, d.id, d.cluster, shingleCache.get(d.id)));
                }
                for (int i = 0; i < pairs.size(); i++) {
                    b.bands.computeIfAbsent(pairs.get(i)[0], k -> new ArrayList<>()).add(full.get(pairDocs.get(i)));
                }
            }
        }
        List<String> roots = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        List<String> lows = new ArrayList<>();
        List<String> highs = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (LinkRule.Anchor a : anchors) {
            if (a.date() != null && seen.add(List.of(a.root(), a.modalityClass(), a.date()))) {
                roots.add(a.root());
                classes.add(a.modalityClass());
                lows.add(a.date().minusDays(mergeDays).toString());
                highs.add(a.date().plusDays(mergeDays).toString());
            }
        }
        if (!roots.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT k.event_key, k.source_code, k.target_code, "
                    + "k.cameo_root, k.event_date, k.modality_class FROM event_keys k JOIN (SELECT unnest(?::VARCHAR[]) "
                    + "AS r, unnest(?::VARCHAR[]) AS m, unnest(?::VARCHAR[])::DATE AS lo, unnest(?::VARCHAR[])::DATE "
                    + "AS hi) q ON k.cameo_root = q.r AND k.modality_class = q.m AND k.event_date BETWEEN q.lo AND q.hi "
                    + "WHERE k.origin = 'saydo'")) {
                s.setObject(1, c.createArrayOf("VARCHAR", roots.toArray()));
                s.setObject(2, c.createArrayOf("VARCHAR", classes.toArray()));
                s.setObject(3, c.createArrayOf("VARCHAR", lows.toArray()));
                s.setObject(4, c.createArrayOf("VARCHAR", highs.toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        b.addKey(rs.getLong(1), new LinkRule.Anchor(rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getObject(5, LocalDate.class), rs.getString(6)));
                    }
                }
            }
        }
        return b;
    }

    /** The shingles of a document, from the cache or computed (and cached). */
    long[] shingles(String id, String text) {
        long[] s = shingleCache.get(id);
        if (s == null) {
            s = Syndication.shingles(text);
            shingleCache.put(id, s);
        }
        return s;
    }

    /** Whether a document is stored or staged. */
    boolean contains(String id) {
        return stored.contains(id) || staged.contains(id);
    }

    /**
     * The syndication cluster of a document of stored order {@code seq}: the cluster of the most similar document
     * before it (ties: the earliest) among those sharing a band, at Jaccard {@link Syndication#THRESHOLD} or more;
     * else its own id. Stages its band keys and cluster row and makes it a candidate for later documents.
     */
    String cluster(String id, long seq, String text) {
        long[] shingles = shingles(id, text);
        long[] keys = Syndication.bandKeys(shingles);
        long round = ++visits;
        List<Doc> ordered = new ArrayList<>();
        for (long k : keys) {
            for (Doc d : bands.getOrDefault(k, List.of())) {
                if (d.seq < seq && d.visit != round) {
                    d.visit = round;
                    ordered.add(d);
                }
            }
        }
        ordered.sort(Comparator.comparingLong(d -> d.seq));
        String cluster = id;
        double best = Syndication.THRESHOLD;
        for (Doc d : ordered) {
            double jaccard = Syndication.jaccard(shingles, d.shingles);
            if (jaccard > best || (jaccard == best && cluster.equals(id))) {
                best = jaccard;
                cluster = d.cluster;
            }
        }
        Doc me = new Doc(seq, id, cluster, shingles);
        Set<Long> distinct = new HashSet<>();
        for (long k : keys) {
            if (distinct.add(k)) {
                bands.computeIfAbsent(k, x -> new ArrayList<>()).add(me);
            }
            stage("syndication_bands", k, id);
        }
        stage("syndication", id, cluster);
        return cluster;
    }

    /** Stages a document row and marks it stored. */
    void document(long seq, org.saydo.doc.Document d, int sentences, String pipeline) {
        staged.add(d.id());
        stage("documents", seq, d.id(), d.source(), d.url(), d.outlet(), d.title(), d.published(), d.text(), sentences,
                LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS), pipeline);
    }

    /** The event key an event joins by {@code rule}: the closest in date, then the oldest; null for none. */
    Long findKey(LinkRule.Anchor event, LinkRule rule) {
        if (event.date() == null) {
            return null;
        }
        TreeMap<Long, Key> candidates = keys.get(event.root() + "|" + event.modalityClass());
        if (candidates == null) {
            return null;
        }
        List<Long> ids = new ArrayList<>();
        List<LinkRule.Anchor> anchors = new ArrayList<>();
        for (Key k : candidates.values()) { // oldest key first: LinkRule.choose keeps the first of equals
            ids.add(k.key());
            anchors.add(k.anchor());
        }
        int best = rule.choose(event, anchors);
        return best < 0 ? null : ids.get(best);
    }

    /** Stages a new event key of origin {@code saydo} and makes it a candidate for later events. */
    void newKey(long key, LinkRule.Anchor anchor) {
        addKey(key, anchor);
        stage("event_keys", key, "saydo", anchor.source(), anchor.target(), anchor.root(), anchor.date(),
                anchor.modalityClass());
    }

    private void addKey(long key, LinkRule.Anchor anchor) {
        if (anchor.date() != null) {
            keys.computeIfAbsent(anchor.root() + "|" + anchor.modalityClass(), x -> new TreeMap<>())
                    .put(key, new Key(key, anchor));
        }
    }

    /** Stages a row of {@code table}, values in column order. */
    void stage(String table, Object... values) {
        List<Object[]> list = rows.get(table);
        if (list == null) {
            throw new IllegalArgumentException("not a staged table: " + table);
        }
        list.add(values);
    }

    /**
     * Writes the staged rows to their tables (within the connection's transaction) and forgets them.
     *
     * @return the rows written
     */
    long flush() throws SQLException {
        Dialect dialect = Dialect.of(connection);
        long n = 0;
        for (Map.Entry<String, List<Object[]>> e : rows.entrySet()) {
            dialect.insert(connection, e.getKey(), e.getValue());
            n += e.getValue().size();
            e.getValue().clear();
        }
        return n;
    }
}
