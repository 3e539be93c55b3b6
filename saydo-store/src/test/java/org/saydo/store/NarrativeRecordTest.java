package org.saydo.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.record.Quote;

/** Narratives are written with their document, by ingest and by recode, and read back by actor, outlet and week. */
class NarrativeRecordTest {

    static final String NARRATIVE = "URW: Blaming the war on others";
    static final String SUB = NARRATIVE + ": The West are the aggressors";

    @TempDir
    Path dir;

    /** The test's record, on the engine of its case (the store contract: {@link StoreBackend}). */
    private StoreLocation location;

    /**
     * Labels a document whose text holds {@code #blame} with the sub-narrative, each of its quotes a claim of it
     * spoken by the quote's speaker (and the first sentence, unspoken); other documents are {@code Other}. A text
     * with {@code #crash} makes it throw.
     */
    static final StoredNarratives.Labeller LABELLER = coded -> {
        String text = coded.document().text();
        if (text.contains("#crash")) {
            throw new IllegalStateException("labeller told to fail");
        }
        if (!text.contains("#blame")) {
            return new StoredNarratives("m1", List.of(new StoredNarratives.Label("Other", "Other", false),
                    new StoredNarratives.Label("Other", "Other", true)), List.of());
        }
        List<StoredNarratives.Claim> claims = new ArrayList<>();
        claims.add(new StoredNarratives.Claim(SUB, NARRATIVE, 0, 0, 6, text.substring(0, 6), 0.7, null));
        for (Quote q : coded.quotes()) {
            claims.add(new StoredNarratives.Claim(SUB, NARRATIVE, q.provenance().sentence(), q.provenance().start(),
                    q.provenance().end(), q.text(), 0.9, q.speaker()));
        }
        return new StoredNarratives("m1", List.of(new StoredNarratives.Label(NARRATIVE, NARRATIVE, false),
                new StoredNarratives.Label(SUB, NARRATIVE, true)), claims);
    };

    private Path write(String name, String text) throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Path p = docs.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private Ingester.Summary ingest(RecordStore store, boolean recode, List<String> errors, Path... files) {
        Ingester i = new Ingester(store, new FakeCoder(), LABELLER, new Ingester.Options(2, LinkRule.standard(), null),
                Progress.NONE, errors::add);
        return recode ? i.recode() : i.ingest(List.of(files));
    }

    private NarrativeReads reads(RecordReader reader) {
        return reader.narratives();
    }

    private RecordReader connect() {
        return RecordReader.open(location);
    }

    private Connection sql() {
        return location.dialect().connect(location, true);
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void labelsAreStoredWithTheDocumentAndReadByActorOutletAndWeek(StoreBackend backend) throws Exception {
        location = backend.fresh(dir);
        Path a = write("a.txt", "date 2025-03-03\nIntro. The West started it #blame {RUSGOV says}");
        Path b = write("b.txt", "date 2025-03-12\nIntro. They provoked us #blame {RUSMIL says} {BLRGOV says}");
        Path c = write("c.txt", "date 2025-03-13\nA report on the weather in Minsk. {BLRGOV says}");
        Path bad = write("d.txt", "date 2025-03-14\nIntro. #blame #crash {RUSGOV says}");
        List<String> errors = new ArrayList<>();
        try (RecordStore store = RecordStore.open(location, StoreFixtures.CAMEO)) {
            Ingester.Summary s = ingest(store, false, errors, a, b, c, bad);
            assertThat(s.failed()).isEqualTo(1);
            assertThat(errors).singleElement().asString().contains("d.txt").contains("narratives failed")
                    .contains("labeller told to fail");
            assertThat(store.counts().documents()).as("the failed document is not half stored").isEqualTo(3);
            ingest(store, false, errors, a, b, c); // a rerun
            ingest(store, true, errors); // recode relabels in place
        }
        try (RecordReader conn = connect()) {
            NarrativeReads r = reads(conn);
            assertThat(r.labelledDocuments()).isEqualTo(3);
            assertThat(r.pushed(NarrativeReads.Filter.ALL)).as("no duplicates after a rerun and a recode")
                    .containsExactly(
                            new NarrativeReads.Pushed(NARRATIVE, NARRATIVE, false, 2, 0, LocalDate.of(2025, 3, 3),
                                    LocalDate.of(2025, 3, 12)),
                            new NarrativeReads.Pushed(SUB, NARRATIVE, true, 2, 5, LocalDate.of(2025, 3, 3),
                                    LocalDate.of(2025, 3, 12)));
            // RUS: RUSGOV in a, RUSMIL in b; BLR spoke only in b's labelled quote (c is Other)
            NarrativeReads.Filter rus = NarrativeReads.Filter.ALL.withActor("RUS");
            assertThat(r.pushed(rus)).extracting(NarrativeReads.Pushed::label, NarrativeReads.Pushed::documents,
                    NarrativeReads.Pushed::claims).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(NARRATIVE, 2L, 2L),
                            org.assertj.core.groups.Tuple.tuple(SUB, 2L, 2L));
            assertThat(r.pushed(NarrativeReads.Filter.ALL.withActor("BLRGOV"))).extracting(
                    NarrativeReads.Pushed::label, NarrativeReads.Pushed::firstSeen).contains(
                            org.assertj.core.groups.Tuple.tuple(SUB, LocalDate.of(2025, 3, 12)));
            assertThat(r.weekly(NarrativeReads.Filter.ALL.withLabel(SUB))).containsExactly(
                    new NarrativeReads.Week(SUB, LocalDate.of(2025, 3, 3), 1),
                    new NarrativeReads.Week(SUB, LocalDate.of(2025, 3, 10), 1));
            assertThat(r.pushed(new NarrativeReads.Filter(null, null, LocalDate.of(2025, 3, 10), null, null)))
                    .allSatisfy(p -> assertThat(p.documents()).isEqualTo(1));
            assertThat(r.pushed(new NarrativeReads.Filter(null, "no such outlet", null, null, null))).isEmpty();
            assertThat(r.voicings(NarrativeReads.Filter.ALL.withLabel(NARRATIVE))).extracting(
                    NarrativeReads.Voicing::actor).containsExactly("RUSGOV", "BLRGOV", "RUSMIL");
            List<NarrativeReads.Claim> claims = r.claims(NarrativeReads.Filter.ALL.withLabel(NARRATIVE), 10);
            assertThat(claims).hasSize(5);
            assertThat(claims.get(0).published()).as("newest first").isEqualTo(LocalDate.of(2025, 3, 12));
            assertThat(claims).filteredOn(x -> x.speakerCode() != null).allSatisfy(x -> assertThat(x.text())
                    .isEqualTo("{" + x.speakerCode() + " says}"));
        }
        try (Connection conn = sql()) {
            try (Statement st = conn.createStatement();
                    ResultSet rs = st.executeQuery("SELECT count(*) FROM narrative_labels WHERE label = 'Other'")) {
                rs.next();
                assertThat(rs.getLong(1)).as("c is Other at both levels").isEqualTo(2);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void withoutALabellerNothingIsLabelledAndRecodeKeepsTheLabels(StoreBackend backend) throws Exception {
        location = backend.fresh(dir);
        Path a = write("a.txt", "date 2025-03-03\nIntro. The West started it #blame {RUSGOV says}");
        try (RecordStore store = RecordStore.open(location, StoreFixtures.CAMEO)) {
            ingest(store, false, new ArrayList<>(), a);
            new Ingester(store, new FakeCoder(), new Ingester.Options(1, LinkRule.standard(), null), Progress.NONE,
                    e -> { }).recode();
        }
        try (RecordReader conn = connect()) {
            assertThat(reads(conn).labelledDocuments()).isEqualTo(1);
            assertThat(reads(conn).claims(NarrativeReads.Filter.ALL, 10)).hasSize(2);
        }
    }

    /**
     * The labeller of {@link #LABELLER} that also gives claim sentences: each quote of a {@code #blame} document
     * a reported claim of its speaker, and the first sentence ("Intro.") an opinion, each with a vector that names
     * it: {sentence, start, end}.
     */
    static final StoredNarratives.Labeller WITH_CLAIMS = coded -> {
        StoredNarratives n = LABELLER.label(coded);
        if (!coded.document().text().contains("#blame")) {
            return n;
        }
        List<StoredNarratives.ClaimSentence> said = new ArrayList<>();
        said.add(new StoredNarratives.ClaimSentence(0, 0, 6, "Intro.", StoredNarratives.Kind.OPINION, null,
                new float[] {0, 0, 6}));
        for (Quote q : coded.quotes()) {
            org.saydo.record.Provenance p = q.provenance();
            said.add(new StoredNarratives.ClaimSentence(p.sentence() + 1, p.start(), p.end(), q.text(),
                    StoredNarratives.Kind.REPORTED, q.speaker(), new float[] {p.sentence() + 1, p.start(), p.end()}));
        }
        return new StoredNarratives(n.model(), n.labels(), n.claims(), "test-embedder", said);
    };

    @ParameterizedTest
    @EnumSource(StoreBackend.class)
    void claimSentencesAreStoredWithTheirVectorsOnceAndDocumentsWithoutThemGiveTheirQuotes(StoreBackend backend)
            throws Exception {
        location = backend.fresh(dir);
        Path a = write("a.txt", "date 2025-03-03\nIntro. The West started it #blame {RUSGOV says}");
        Path b = write("b.txt", "date 2025-03-12\nIntro. They provoked us #blame {RUSMIL says} {BLRGOV says}");
        Path c = write("c.txt", "date 2025-03-13\nA report on the weather in Minsk. {BLRGOV says}");
        try (RecordStore store = RecordStore.open(location, StoreFixtures.CAMEO)) {
            Ingester labelling = new Ingester(store, new FakeCoder(), WITH_CLAIMS,
                    new Ingester.Options(1, LinkRule.standard(), null), Progress.NONE, e -> { });
            labelling.ingest(List.of(a, b));
            // c stored without narratives, as by an older Saydo or --no-narratives
            new Ingester(store, new FakeCoder(), new Ingester.Options(1, LinkRule.standard(), null), Progress.NONE,
                    e -> { }).ingest(List.of(c));
            labelling.ingest(List.of(a, b)); // a rerun adds nothing
            new Ingester(store, new FakeCoder(), WITH_CLAIMS, new Ingester.Options(1, LinkRule.standard(), null),
                    Progress.NONE, e -> { }).recode(); // recode replaces them (and labels c: Other, no claims)
        }
        try (RecordReader conn = connect()) {
            List<NarrativeReads.RecordClaim> all = reads(conn).recordClaims(null, null);
            assertThat(all).extracting(NarrativeReads.RecordClaim::text, NarrativeReads.RecordClaim::kind,
                    NarrativeReads.RecordClaim::speakerCode, NarrativeReads.RecordClaim::embedder).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Intro.", "opinion", null, "test-embedder"),
                            org.assertj.core.groups.Tuple.tuple("{RUSGOV says}", "reported", "RUSGOV", "test-embedder"),
                            org.assertj.core.groups.Tuple.tuple("Intro.", "opinion", null, "test-embedder"),
                            org.assertj.core.groups.Tuple.tuple("{RUSMIL says}", "reported", "RUSMIL", "test-embedder"),
                            org.assertj.core.groups.Tuple.tuple("{BLRGOV says}", "reported", "BLRGOV", "test-embedder"),
                            // c: recoded as Other, no claim sentences stored: its quote sentence, no vector
                            org.assertj.core.groups.Tuple.tuple("{BLRGOV says}", "reported", "BLRGOV", null));
            // the vectors come back as written: {sentence, start, end} of a's quote, offsets in the document's text
            // (the "date" line is a header, not text: the quote starts at 34)
            int start = "Intro. The West started it #blame ".length();
            assertThat(all.get(1).vector()).containsExactly(1, start, start + "{RUSGOV says}".length());
            assertThat(all.get(1).sentence()).isEqualTo(1);
            assertThat(all.get(5).vector()).isNull();
            assertThat(reads(conn).recordClaims(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 12)))
                    .extracting(NarrativeReads.RecordClaim::doc).containsOnly(b.toString());
        }
    }

    @org.junit.jupiter.api.Test
    void aVectorSurvivesItsStoredFormExactly() {
        float[] v = {0f, -1.5f, Float.MIN_VALUE, 3.4028235e38f, 0.123456789f};
        assertThat(StoredNarratives.decode(StoredNarratives.encode(v))).containsExactly(v);
        // four bytes a number, little-endian: 1.0f is 00 00 80 3F
        assertThat(java.util.Base64.getDecoder().decode(StoredNarratives.encode(new float[] {1f})))
                .containsExactly(0, 0, (byte) 0x80, 0x3F);
    }
}
