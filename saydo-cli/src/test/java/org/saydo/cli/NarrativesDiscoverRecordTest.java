package org.saydo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.judge.MiniLmEmbedder;
import org.saydo.narratives.Taxonomy;
import org.saydo.store.CameoTable;
import org.saydo.store.FakeCoder;
import picocli.CommandLine;

/** {@code narratives discover --db}: the record's claims clustered, with who voices them; a cluster promoted. */
class NarrativesDiscoverRecordTest {

    @TempDir
    Path dir;

    StringWriter out;
    StringWriter err;

    private int run(Object command, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private NarrativesDiscoverCommand discover() {
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        return new NarrativesDiscoverCommand(() -> NarrativesCommandsTest.SPLITTER, () -> embedder);
    }

    /**
     * Three outlets quote RUSGOV saying the same thing (the fake coder's quote sentence, "{RUSGOV says}"; the
     * classifier's sentence, "{RUSGOV says}."), one quotes UKRGOV.
     */
    private String record() throws Exception {
        return record(null);
    }

    /** The record of {@link #record()}, its documents labelled by {@code labeller} (null: not labelled). */
    private String record(org.saydo.store.StoredNarratives.Labeller labeller) throws Exception {
        String db = dir.resolve("r.duckdb").toString();
        String[][] docs = {{"a", "2024-02-05", "Tass"}, {"b", "2024-02-06", "RIA"}, {"c", "2024-02-14", "Tass"},
            {"d", "2024-02-15", "Ukrinform"}};
        for (String[] d : docs) {
            Path f = Files.createDirectories(dir.resolve(d[0])).resolve(d[0] + ".txt");
            Files.writeString(f, "date " + d[1] + "\nAn official spoke to reporters on " + d[0] + ". "
                    + (d[0].equals("d") ? "{UKRGOV says}." : "{RUSGOV says}."));
            assertThat(run(new IngestCommand(budget -> new FakeCoder(), CameoTable.NONE).withNarratives(labeller),
                    "--db", db, "--outlet", d[2],
                    f.toString())).as(err.toString()).isZero();
        }
        return db;
    }

    @Test
    void clustersTheRecordsClaimsWithTheirActorsAndOutletsAndPromotesANamedOne() throws Exception {
        String db = record();
        assertThat(run(discover(), "--db", db, "--min-docs", "3", "--format", "jsonl")).as(err.toString()).isZero();
        List<JsonNode> clusters = out.toString().lines().map(l -> {
            try {
                return new ObjectMapper().readTree(l);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(clusters).hasSize(1);
        JsonNode c = clusters.get(0);
        assertThat(c.get("name").asText()).isEqualTo("{RUSGOV says}");
        assertThat(c.get("documents").asInt()).isEqualTo(3);
        assertThat(c.get("first_seen").asText()).isEqualTo("2024-02-05");
        assertThat(c.get("actors").toString()).isEqualTo("{\"RUSGOV\":3}");
        assertThat(c.get("outlets").toString()).isEqualTo("{\"Tass\":2,\"RIA\":1}");
        assertThat(err.toString()).contains("narratives discover: 4 documents, 4 claims, 1 clusters");

        String id = c.get("id").asText();
        Path mine = dir.resolve("mine.txt");
        assertThat(run(discover(), "--db", db, "--min-docs", "3", "--to", "2024-02-20", "--promote",
                id + "=USR: Official statements: The officials repeat themselves", "--into", mine.toString()))
                .as(err.toString()).isZero();
        assertThat(err.toString()).contains("added 'USR: Official statements: The officials repeat themselves'");
        Taxonomy t = Taxonomy.read(mine);
        assertThat(t.narrativeOf("USR: Official statements: The officials repeat themselves"))
                .isEqualTo("USR: Official statements");
        assertThat(Files.readString(mine)).contains("# promoted from cluster " + id + " (3 documents, first seen "
                + "2024-02-05): \"{RUSGOV says}\"");

        // the dates filter the claims: before the 10th only two documents say it
        assertThat(run(discover(), "--db", db, "--min-docs", "3", "--to", "2024-02-10", "--promote", id + "=USR: X",
                "--into", mine.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no cluster " + id);
    }

    @Test
    void aVectorFileSparesTheNextRunTheEmbedding() throws Exception {
        String db = record();
        MiniLmEmbedder model = new MiniLmEmbedder();
        List<String> embedded = new java.util.ArrayList<>();
        org.saydo.judge.Embedder counting = counting(model, embedded);
        String vectors = dir.resolve("claims.vectors").toString();
        NarrativesDiscoverCommand first = new NarrativesDiscoverCommand(() -> NarrativesCommandsTest.SPLITTER,
                () -> counting);
        assertThat(run(first, "--db", db, "--format", "jsonl", "--vectors", vectors)).as(err.toString()).isZero();
        String clusters = out.toString();
        // four claims, two texts: three outlets quote the same sentence
        assertThat(err.toString()).contains("claims.vectors: 0 vectors read, 2 embedded and added");
        embedded.clear();
        NarrativesDiscoverCommand second = new NarrativesDiscoverCommand(() -> NarrativesCommandsTest.SPLITTER,
                () -> counting);
        assertThat(run(second, "--db", db, "--format", "jsonl", "--vectors", vectors)).as(err.toString()).isZero();
        assertThat(embedded).isEmpty();
        assertThat(err.toString()).contains("claims.vectors: 2 vectors read, 0 embedded and added");
        assertThat(out.toString()).isEqualTo(clusters);

        Path notes = Files.writeString(dir.resolve("notes.txt"), "not vectors");
        assertThat(run(discover(), "--db", db, "--vectors", notes.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(notes + ": not a vector file");
    }

    @Test
    void aLabelledRecordsClaimsAreClusteredOnTheirStoredVectorsWithoutEmbedding() throws Exception {
        MiniLmEmbedder model = new MiniLmEmbedder();
        String db = record(new RecordNarratives(new org.saydo.narratives.NarrativeClassifier(Taxonomy.standard(),
                org.saydo.narratives.NarrativeModel.standard(), NarrativesCommandsTest.SPLITTER, model, null),
                MiniLmEmbedder.NAME));
        List<String> embedded = new java.util.ArrayList<>();
        org.saydo.judge.Embedder counting = counting(model, embedded);
        assertThat(run(new NarrativesDiscoverCommand(() -> NarrativesCommandsTest.SPLITTER, () -> counting), "--db",
                db, "--min-docs", "3", "--format", "jsonl")).as(err.toString()).isZero();
        assertThat(embedded).as(err.toString()).isEmpty();
        // the four quote sentences; "An official spoke to reporters on a." carries no narrative, is no claim
        assertThat(err.toString()).contains("4 claims' vectors read from the record, 0 embedded");
        // the same cluster as when the claims are embedded afresh: three outlets quote RUSGOV (in the classifier's
        // sentence, with its full stop)
        assertThat(out.toString().lines()).hasSize(1);
        JsonNode c = new ObjectMapper().readTree(out.toString().lines().findFirst().orElseThrow());
        assertThat(c.get("name").asText()).isEqualTo("{RUSGOV says}.");
        assertThat(c.get("documents").asInt()).isEqualTo(3);
        assertThat(c.get("actors").toString()).isEqualTo("{\"RUSGOV\":3}");
        assertThat(c.get("outlets").toString()).isEqualTo("{\"Tass\":2,\"RIA\":1}");
    }

    @Test
    void usageErrors() throws Exception {
        assertThat(run(discover(), "--min-docs", "3")).isEqualTo(2);
        assertThat(err.toString()).contains("either PATH... or --db");
        assertThat(run(discover(), "--db", "x.duckdb", "--promote", "c1=USR: X")).isEqualTo(2);
        assertThat(err.toString()).contains("--promote needs --into");
        assertThat(run(discover(), "--db", dir.resolve("none.duckdb").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("none.duckdb");
    }

    /** The model, noting every sentence it is asked to embed in {@code embedded}. */
    private static org.saydo.judge.Embedder counting(MiniLmEmbedder model, List<String> embedded) {
        return new org.saydo.judge.Embedder() {
            @Override
            public int dimension() {
                return model.dimension();
            }

            @Override
            public List<float[]> embed(List<String> sentences) {
                synchronized (embedded) {
                    embedded.addAll(sentences);
                }
                return model.embed(sentences);
            }
        };
    }
}
