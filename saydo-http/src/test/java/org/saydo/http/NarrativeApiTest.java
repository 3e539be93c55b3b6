package org.saydo.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The narrative endpoints answer what {@code saydo narratives} answers, by label and by actor. */
class NarrativeApiTest {

    @TempDir
    static Path dir;

    static TestServer http;

    @BeforeAll
    static void start() throws Exception {
        http = TestServer.start(dir);
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.get(pathAndQuery, "application/json");
    }

    static String label(String label) {
        // spaces and colons encoded, the slash of "does/will" left as it is
        return URLEncoder.encode(label, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/");
    }

    @Test
    void narrativesListsEachLabelWithItsWeeksAndTheEcho() throws Exception {
        HttpResponse<String> r = get("/api/narratives");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode b = TestServer.JSON.readTree(r.body());
        assertThat(b.get("labelled").asLong()).isEqualTo(4);
        JsonNode first = b.get("labels").get(0);
        assertThat(first.get("label").asText()).isEqualTo(TestRecord.NARRATIVE);
        assertThat(first.get("documents").asLong()).isEqualTo(2);
        assertThat(first.get("first_seen").asText()).isEqualTo("2025-11-29");
        assertThat(first.get("last_seen").asText()).isEqualTo("2025-12-03");
        // the weeks of Monday 11-24 (Washington, 11-29) and Monday 12-01 (Geneva, 12-03)
        assertThat(first.get("weekly").toString()).isEqualTo(
                "[{\"week\":\"2025-11-24\",\"documents\":1},{\"week\":\"2025-12-01\",\"documents\":1}]");
        // UKRGOV voiced it first (11-29); RUSGOV four days later
        assertThat(b.get("echo").toString()).contains("\"label\":\"" + TestRecord.SUB + "\",\"actor\":\"RUSGOV\"")
                .contains("\"after\":\"UKRGOV\"").contains("\"lag_days\":4");
    }

    @Test
    void oneLabelGivesItsEvidenceSentencesWithSpeakers() throws Exception {
        HttpResponse<String> r = get("/api/narratives/" + label(TestRecord.SUB));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode b = TestServer.JSON.readTree(r.body());
        assertThat(b.get("label").asText()).isEqualTo(TestRecord.SUB);
        JsonNode evidence = b.get("evidence");
        assertThat(evidence).hasSize(2);
        assertThat(evidence.get(0).get("speaker_code").asText()).as("newest first").isEqualTo("RUSGOV");
        assertThat(evidence.get(0).get("text").asText()).isEqualTo("{RUSGOV says}");
        assertThat(evidence.get(0).get("outlet").asText()).isEqualTo("Reuters");
        assertThat(evidence.get(1).get("published").asText()).isEqualTo("2025-11-29");
        assertThat(get("/api/narratives/" + label("URW: No such narrative")).statusCode()).isEqualTo(404);
        assertThat(get("/api/narratives/" + label(TestRecord.SUB) + "?limit=1000").statusCode()).isEqualTo(400);
    }

    @Test
    void anActorsNarrativesAreThoseOfItsQuotes() throws Exception {
        JsonNode rus = TestServer.JSON.readTree(get("/api/actors/RUS/narratives").body());
        assertThat(rus.get("labels")).hasSize(2).allSatisfy(l -> {
            assertThat(l.get("documents").asLong()).isEqualTo(1);
            assertThat(l.get("first_seen").asText()).isEqualTo("2025-12-03");
        });
        assertThat(rus.toString()).isEqualTo(TestServer.JSON.readTree(get("/api/narratives?actor=RUS").body())
                .toString());
        JsonNode usa = TestServer.JSON.readTree(get("/api/actors/USA/narratives").body());
        assertThat(usa.get("labels")).isEmpty();
        assertThat(get("/api/actors/rus/narratives").statusCode()).isEqualTo(400);
        assertThat(get("/api/narratives?from=2025-12-05&to=2025-12-01").statusCode()).isEqualTo(400);
    }

    @Test
    void theOpenApiDocumentHasTheNarrativePaths() throws Exception {
        JsonNode paths = TestServer.JSON.readTree(get("/openapi.json").body()).get("paths");
        for (String p : new String[] {"/api/narratives", "/api/narratives/{label}", "/api/actors/{code}/narratives"}) {
            assertThat(paths.has(p)).as(p).isTrue();
        }
    }
}
