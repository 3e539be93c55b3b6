package org.saydo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saydo.record.Quote;
import org.saydo.store.CameoTable;
import org.saydo.store.FakeCoder;
import org.saydo.store.StoredNarratives;
import picocli.CommandLine;

/** {@code saydo narratives} without a subcommand: the record's narratives by actor, outlet, dates; the echo. */
class NarrativesQueryTest {

    static final String NARRATIVE = "URW: Russia is the Victim";
    static final String SUB = NARRATIVE + ": The West is russophobic";

    @TempDir
    Path dir;

    StringWriter out;
    StringWriter err;

    /** A report whose text holds #victim carries SUB, each quote a claim of it; the others are Other. */
    static StoredNarratives label(org.saydo.record.CodedDocument coded) {
        if (!coded.document().text().contains("#victim")) {
            return new StoredNarratives("m", List.of(new StoredNarratives.Label("Other", "Other", false),
                    new StoredNarratives.Label("Other", "Other", true)), List.of());
        }
        List<StoredNarratives.Claim> claims = new ArrayList<>();
        for (Quote q : coded.quotes()) {
            claims.add(new StoredNarratives.Claim(SUB, NARRATIVE, q.provenance().sentence(), q.provenance().start(),
                    q.provenance().end(), q.text(), 0.8, q.speaker()));
        }
        return new StoredNarratives("m", List.of(new StoredNarratives.Label(NARRATIVE, NARRATIVE, false),
                new StoredNarratives.Label(SUB, NARRATIVE, true)), claims);
    }

    private int run(Object command, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = command == null ? Saydo.commandLine() : new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private String record(boolean labelled) throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "date 2024-04-01\nA minister spoke in Moscow. #victim {RUSGOV says} "
                + "[RUSMIL 190 UKR 2024-04-01]");
        Files.writeString(docs.resolve("b.txt"), "date 2024-04-10\nA minister spoke in Minsk. #victim {BLRGOV says}");
        Files.writeString(docs.resolve("c.txt"), "date 2024-04-11\nThe river flooded a village. {RUSGOV says}");
        Path db = dir.resolve(labelled ? "n.duckdb" : "plain.duckdb");
        IngestCommand ingest = new IngestCommand(budget -> new FakeCoder(), CameoTable.standard());
        if (labelled) {
            ingest.withNarratives(NarrativesQueryTest::label);
        }
        assertThat(run(ingest, "--db", db.toString(), docs.toString())).as(err.toString()).isZero();
        return db.toString();
    }

    @Test
    void tableListsEachNarrativeSinceWhenAndHowOftenAndTheEcho() throws Exception {
        String db = record(true);
        assertThat(run(null, "narratives", "--db", db)).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("narratives: 3 labelled documents in the record\n")
                .contains("        2      0 2024-04-01 2024-04-10 " + NARRATIVE + "\n")
                .contains("        2      2 2024-04-01 2024-04-10   " + SUB + "\n")
                // Belarus voiced it nine days after Russia's first claim
                .contains("  2024-04-01 RUSGOV       first\n")
                .contains("  2024-04-10 BLRGOV       after RUSGOV (2024-04-01, 9 days)\n");
    }

    @Test
    void csvHasOneRowPerLabelAndWeekAndJsonFollowsTheFilters() throws Exception {
        String db = record(true);
        assertThat(run(null, "narratives", "--db", db, "--actor", "BLR", "--format", "csv")).isZero();
        assertThat(out.toString().lines().toList()).containsExactly(
                "label,narrative,level,documents,claims,first_seen,last_seen,week,week_documents",
                NARRATIVE + "," + NARRATIVE + ",narrative,1,1,2024-04-10,2024-04-10,2024-04-08,1",
                SUB + "," + NARRATIVE + ",subnarrative,1,1,2024-04-10,2024-04-10,2024-04-08,1");
        assertThat(run(null, "narratives", "--db", db, "--format", "json", "--from", "2024-04-05")).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertThat(j.get("labels").get(0).get("documents").asLong()).isEqualTo(1);
        assertThat(j.get("labels").get(0).get("first_seen").asText()).isEqualTo("2024-04-10");
        assertThat(run(null, "narratives", "--db", db, "--format", "json", "--outlet", "nobody")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("labels")).isEmpty();
        Path svg = dir.resolve("n.svg");
        assertThat(run(null, "narratives", "--db", db, "--plot", svg.toString())).isZero();
        assertThat(Files.readString(svg)).startsWith("<svg").contains(NARRATIVE);
    }

    @Test
    void profileShowsTheNarrativesOfItsQuotesBesideItsDeeds() throws Exception {
        String db = record(true);
        assertThat(run(null, "profile", "--db", db, "--actor", "RUS")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Narratives in its quotes beside its deeds")
                .containsPattern("  2024-04-01 +1 +1 +-?\\d+\\.\\d  " + java.util.regex.Pattern.quote(NARRATIVE + " 1"));
        // the same section in JSON: the week of 2024-04-01 holds a.txt's deed (190, material conflict) and its
        // RUSGOV quote carrying the narrative; b.txt's quote is Belarus's, c.txt's carries none
        assertThat(run(null, "profile", "--db", db, "--actor", "RUS", "--format", "json")).as(err.toString()).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toString());
        assertThat(j.get("gap")).isNotNull();
        JsonNode rows = j.get("narratives");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("period").asText()).isEqualTo("2024-04-01");
        assertThat(rows.get(0).get("deeds").asLong()).isEqualTo(1);
        assertThat(rows.get(0).get("material_conflict").asLong()).isEqualTo(1);
        assertThat(rows.get(0).get("narratives").get(NARRATIVE).asLong()).isEqualTo(1);
        assertThat(rows.get(0).get("narratives").size()).isEqualTo(1);
    }

    @Test
    void badUsageIs2AndAnUnlabelledRecordIsSaid() throws Exception {
        String db = record(false);
        assertThat(run(null, "narratives", "--db", db)).isZero();
        assertThat(err.toString()).contains("no document has narrative labels");
        assertThat(out.toString()).contains("(no narrative)");
        assertThat(run(null, "narratives", "--db", db, "--from", "2024-13-01")).isEqualTo(2);
        assertThat(err.toString()).contains("--from").contains("2024-13-01");
        assertThat(run(null, "narratives", "--db", db, "--format", "xml")).isEqualTo(2);
        assertThat(run(null, "narratives", "--db", db, "--from", "2024-05-01", "--to", "2024-04-01")).isEqualTo(2);
        assertThat(run(null, "narratives", "--db", dir.resolve("missing.duckdb").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("missing.duckdb");
    }
}
