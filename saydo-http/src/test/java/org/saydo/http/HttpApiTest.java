package org.saydo.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.saydo.store.FakeCoder;

/** A real server on a free port over a real store file: every endpoint's codes, bodies and messages. */
class HttpApiTest {

    static final String TOKEN = "t0ken-for-tests";
    static final ObjectMapper JSON = TestServer.JSON;
    static final HttpClient CLIENT = TestServer.CLIENT;

    @TempDir
    static Path dir;

    static TestServer http;

    @BeforeAll
    static void start() throws IOException {
        http = TestServer.start(dir, FakeCoder::new, o -> o.withToken(TOKEN));
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.get(pathAndQuery, "application/json");
    }

    static HttpResponse<String> get(String pathAndQuery, String accept) throws Exception {
        return http.get(pathAndQuery, accept);
    }

    static HttpResponse<String> post(String path, String body, String authorization) throws Exception {
        return CLIENT.send(http.post(path, body, authorization), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(
                "application/json"));
        return JSON.readTree(r.body());
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void healthzCountsTheRecord() throws Exception {
        HttpResponse<String> r = get("/healthz");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode b = json(r);
        assertThat(b.get("status").asText()).isEqualTo("ok");
        assertThat(b.get("documents").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(b.get("sentences_indexed").asLong()).isGreaterThan(4);
    }

    @Test
    void eventsFilterByActorPrefixAndComeInDateOrder() throws Exception {
        JsonNode b = json(get("/api/events?actor=RUS"));
        List<String> codes = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        b.get("items").forEach(e -> {
            codes.add(e.get("source").get("code").asText() + " " + e.get("cameo").asText());
            dates.add(e.get("date").asText());
        });
        // RUSGOV 040 (12-02), RUSMIL 190 (12-03), RUSGOV 138 and 190 (12-04), by event key within a day
        assertThat(codes).containsExactly("RUSGOV 040", "RUSMIL 190", "RUSGOV 138", "RUSGOV 190");
        assertThat(dates).isSorted();
        assertThat(b.get("next_cursor").isNull()).isTrue();
        JsonNode first = b.get("items").get(0);
        assertThat(first.get("quad").asInt()).isEqualTo(1);
        assertThat(first.get("trigger").asText()).isEqualTo("040");
        assertThat(first.get("sentence_start").asInt()).isEqualTo(TestRecord.GENEVA.indexOf("[RUSGOV 040"));
        assertThat(first.get("trigger_start").asInt()).isEqualTo(TestRecord.GENEVA.indexOf("040"));
    }

    @Test
    void eventsCombineFilters() throws Exception {
        JsonNode b = json(get("/api/events?actor=RUS&target=UKR&cameo=19&from=2025-12-04&to=2025-12-31"
                + "&modality=asserted"));
        assertThat(b.get("items")).hasSize(1);
        assertThat(b.get("items").get(0).get("source").get("code").asText()).isEqualTo("RUSGOV");
        JsonNode intents = json(get("/api/events?modality=intent"));
        assertThat(intents.get("items")).hasSize(1);
        assertThat(intents.get("items").get(0).get("cameo").asText()).isEqualTo("138");
        JsonNode outlet = json(get("/api/events?outlet=" + q("Kyiv Independent")));
        assertThat(outlet.get("items")).hasSize(1);
        JsonNode quad4 = json(get("/api/events?quad=4"));
        assertThat(quad4.get("items")).hasSize(2);
    }

    @Test
    void eventsPageWithACursorInBothOrders() throws Exception {
        for (String order : new String[] {"asc", "desc"}) {
            List<Long> paged = new ArrayList<>();
            String cursor = "";
            int pages = 0;
            do {
                JsonNode b = json(get("/api/events?limit=2&order=" + order + (cursor.isEmpty() ? "" : "&cursor="
                        + cursor)));
                b.get("items").forEach(e -> paged.add(e.get("event_key").asLong()));
                cursor = b.get("next_cursor").isNull() ? "" : b.get("next_cursor").asText();
                pages++;
            } while (!cursor.isEmpty() && pages < 20);
            List<Long> all = new ArrayList<>();
            json(get("/api/events?limit=1000&order=" + order)).get("items").forEach(e -> all.add(e.get("event_key")
                    .asLong()));
            assertThat(paged).as(order).isEqualTo(all).doesNotHaveDuplicates();
            assertThat(all).hasSizeGreaterThanOrEqualTo(6);
            assertThat(pages).isEqualTo((all.size() + 1) / 2);
        }
    }

    @Test
    void eventsAsCsv() throws Exception {
        HttpResponse<String> r = get("/api/events?actor=RUSMIL", "text/csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String[] lines = r.body().split("\r\n");
        assertThat(lines[0]).startsWith("event_key,date,source,target,cameo,");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains(",2025-12-03,RUSMIL,UKR,190,").contains("Kyiv Independent");
    }

    @ParameterizedTest
    @CsvSource({
        "/api/events?limit=-1, limit",
        "/api/events?limit=0, limit",
        "/api/events?limit=1001, limit",
        "/api/events?limit=ten, limit",
        "/api/events?from=2025-13-01, from",
        "/api/events?to=yesterday, to",
        "/api/events?from=2025-12-05&to=2025-12-01, from",
        "/api/events?modality=certain, modality",
        "/api/events?cameo=abc, cameo",
        "/api/events?quad=5, quad",
        "/api/events?order=sideways, order",
        "/api/events?cursor=%25%25%25, cursor",
        "/api/quotes?limit=-5, limit",
        "/api/quotes?from=2025-02-30, from",
        "/api/search?q=kyiv&limit=-1, limit",
        "/api/search?q=, q",
        "/api/search?q=%2A, q",
        "/api/search?q=kyiv&to=notadate, to",
        "/api/actors/rus, code",
        "/api/actors/R%27S, code",
        "/api/actors/R%27S/gap, code",
        "/api/actors/RUS/gap?by=year, by",
        "/api/actors/RUS/gap?from=2025-12-40, from",
        "/api/actors/RUS/gap?pairs=-1, pairs",
        "/api/actors/RUS/gap?evidence=yes, evidence",
        "/api/actors/RUS/around, with",
        "/api/actors/RUS/around?with=USA&window=-3d, window",
        "/api/actors/RUS/around?with=USA&permutations=0, permutations",
        "/api/actors/RUS/ledger?horizon=0, horizon",
        "/api/actors/RUS/ledger?status=forgotten, status",
        "/api/actors/RUS/ledger?to=2025-01-01&from=2025-02-01, from",
        "/api/actors/RUS?top=-1, top",
    })
    void badParametersAre400NamingTheParameter(String path, String parameter) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(400);
        JsonNode b = json(r);
        assertThat(b.get("parameter").asText()).isEqualTo(parameter);
        assertThat(b.get("error").asText()).contains("'" + parameter + "'");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void badDateMessageSaysWhatIsExpected() throws Exception {
        JsonNode b = json(get("/api/events?from=2025-13-01"));
        assertThat(b.get("error").asText()).isEqualTo("parameter 'from': cannot read '2025-13-01' as a date "
                + "(YYYY-MM-DD)");
        JsonNode l = json(get("/api/events?limit=-3"));
        assertThat(l.get("error").asText()).isEqualTo("parameter 'limit': must be at least 1: '-3'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"RUS' OR '1'='1", "RUS%'; DROP TABLE events; --", "\" OR 1=1 --", "*", "%"})
    void injectionLikeFilterValuesMatchNothing(String value) throws Exception {
        for (String param : new String[] {"actor", "target", "outlet"}) {
            HttpResponse<String> r = get("/api/events?" + param + "=" + q(value));
            assertThat(r.statusCode()).as(param + "=" + value).isEqualTo(200);
            assertThat(json(r).get("items")).isEmpty();
        }
        assertThat(json(get("/api/quotes?actor=" + q(value))).get("items")).isEmpty();
        assertThat(json(get("/api/events")).get("items")).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void quotesWithFiltersAndCsv() throws Exception {
        JsonNode b = json(get("/api/quotes?actor=RUS"));
        assertThat(b.get("items")).hasSize(1);
        JsonNode quote = b.get("items").get(0);
        assertThat(quote.get("speaker").get("code").asText()).isEqualTo("RUSGOV");
        assertThat(quote.get("quote").asText()).isEqualTo("{RUSGOV says}");
        assertThat(quote.get("date").asText()).isEqualTo("2025-12-03");
        String csv = get("/api/quotes", "text/csv").body();
        assertThat(csv.split("\r\n")[0]).isEqualTo(String.join(",", Views.QUOTE_COLUMNS));
        assertThat(csv.split("\r\n")).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void documentHasTextAndTheSpansOfItsClaims() throws Exception {
        String id = org.saydo.doc.Document.idOf(TestRecord.GENEVA);
        HttpResponse<String> r = get("/api/documents/" + id);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode b = json(r);
        assertThat(b.get("text").asText()).isEqualTo(TestRecord.GENEVA);
        assertThat(b.get("title").asText()).isEqualTo("Talks in Geneva");
        assertThat(b.get("events")).hasSize(1);
        JsonNode e = b.get("events").get(0);
        String text = b.get("text").asText();
        assertThat(text.substring(e.get("trigger_start").asInt(), e.get("trigger_end").asInt())).isEqualTo("040");
        assertThat(text.substring(e.get("sentence_start").asInt(), e.get("sentence_end").asInt()))
                .isEqualTo("[RUSGOV 040 USAGOV 2025-12-02]");
        assertThat(b.get("quotes")).hasSize(1);
        JsonNode quote = b.get("quotes").get(0);
        assertThat(text.substring(quote.get("start").asInt(), quote.get("end").asInt())).isEqualTo("{RUSGOV says}");
    }

    @Test
    void unknownDocumentIs404() throws Exception {
        HttpResponse<String> r = get("/api/documents/0123456789abcdef0123456789abcdef");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(json(r).get("error").asText()).contains("no document with id 0123456789abcdef");
    }

    @ParameterizedTest
    @ValueSource(strings = {"..%2F..%2Fetc%2Fpasswd", "%2E%2E", "ABCDEF", "abc%00", "abc.txt", "g0"})
    void documentIdsThatAreNotHexAre400(String id) throws Exception {
        HttpResponse<String> r = get("/api/documents/" + id);
        assertThat(r.statusCode()).as(id).isIn(400, 404);
        assertThat(r.body()).doesNotContain("root:").doesNotContain("\tat ");
        if (r.statusCode() == 400 && r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            assertThat(json(r).get("parameter").asText()).isEqualTo("id");
        }
    }

    @Test
    void pathTraversalOutsideTheApiDoesNotReachTheFileSystem() throws Exception {
        for (String p : new String[] {"/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
            "/api/documents/../../../etc/passwd", "/..%2f..%2fetc%2fpasswd"}) {
            HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(http.uri(p)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(p).isIn(400, 404);
            assertThat(r.body()).as(p).doesNotContain("root:");
        }
    }

    @Test
    void searchFindsSentencesAndCombinesFilters() throws Exception {
        JsonNode b = json(get("/api/search?q=" + q("missiles kyiv")));
        assertThat(b.get("total").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode hit = b.get("items").get(0);
        assertThat(hit.get("text").asText()).isEqualTo("Missiles struck Kyiv overnight and the energy grid failed.");
        assertThat(hit.get("doc_id").asText()).isEqualTo(org.saydo.doc.Document.idOf(TestRecord.KYIV));
        assertThat(hit.get("start").asInt()).isEqualTo(0);
        // English stemming: "talk" finds "talks"
        assertThat(json(get("/api/search?q=talk")).get("items")).isNotEmpty();
        // filters: the sentence with the RUSMIL marker has actors RUSMIL and UKR (source and target)
        assertThat(json(get("/api/search?q=RUSMIL&actor=RUS")).get("items")).hasSize(1);
        assertThat(json(get("/api/search?q=RUSMIL&actor=UKR")).get("items")).hasSize(1);
        assertThat(json(get("/api/search?q=RUSMIL&actor=USA")).get("items")).isEmpty();
        assertThat(json(get("/api/search?q=geneva&from=2025-12-03&to=2025-12-03")).get("items")).hasSize(1);
        assertThat(json(get("/api/search?q=geneva&from=2025-12-05")).get("items")).isEmpty();
        assertThat(json(get("/api/search?q=" + q("nothing-like-this"))).get("items")).isEmpty();
        assertThat(json(get("/api/search?q=" + q("RUS' OR '1'='1"))).get("items")).isNotNull();
    }

    @Test
    void actorSummaryCountsByQuadClass() throws Exception {
        JsonNode b = json(get("/api/actors/RUS/summary"));
        assertThat(b.get("code").asText()).isEqualTo("RUS");
        assertThat(b.get("events").asLong()).isEqualTo(4);
        List<String> quads = new ArrayList<>();
        b.get("quads").forEach(q -> quads.add(q.get("quad").asInt() + ":" + q.get("events").asLong()));
        // 040 verbal coop; 138 verbal conflict; two 190s material conflict
        assertThat(quads).containsExactly("1:1", "3:1", "4:2");
        assertThat(b.get("top_events")).hasSize(4);
        assertThat(b.get("top_quotes")).hasSize(1);
        JsonNode none = json(get("/api/actors/ZZZ/summary"));
        assertThat(none.get("events").asLong()).isZero();
    }

    /**
     * The API's analyses are the service classes' results: the JSON the CLI's --format json writes, sent without its
     * indentation (a third fewer bytes).
     */
    @Test
    void analysesAreTheCliServiceResults() throws Exception {
        try (org.saydo.store.RecordReader reader = org.saydo.store.RecordReader.openBesideWriter(
                new org.saydo.store.StoreLocation(http.store.file()), 1)) {
            sameJson(get("/api/actors/RUS/gap").body(), org.saydo.analysis.AnalysisJson.write(
                    new org.saydo.analysis.GapAnalysis(reader).run(org.saydo.analysis.GapAnalysis.Request.of("RUS"))));
            sameJson(get("/api/actors/RUS/gap?target=UKR&by=day&from=2025-12-01&to=2025-12-31&pairs=1&evidence=true")
                    .body(), org.saydo.analysis.AnalysisJson.write(new org.saydo.analysis.GapAnalysis(reader)
                    .run(new org.saydo.analysis.GapAnalysis.Request("RUS", "UKR", org.saydo.analysis.Period.DAY,
                            java.time.LocalDate.of(2025, 12, 1), java.time.LocalDate.of(2025, 12, 31), 1, true))));
            sameJson(get("/api/actors/RUS/around?with=USA&window=2d&permutations=500&seed=7").body(),
                    org.saydo.analysis.AnalysisJson.write(new org.saydo.analysis.AroundTalks(reader).run(
                            new org.saydo.analysis.AroundTalks.Request(List.of("RUS", "USA"), "RUS", 2, null, null,
                                    500, 7, false))));
            sameJson(get("/api/actors/RUS/ledger?horizon=10").body(), org.saydo.analysis.AnalysisJson
                    .write(new org.saydo.analysis.Ledger(reader).run(new org.saydo.analysis.Ledger.Request("RUS", 10,
                            null, null, null))));
            var profile = new org.saydo.analysis.Profile(reader).run(new org.saydo.analysis.Profile.Request("RUS",
                    org.saydo.analysis.Period.WEEK, 3, 30, 200, 42, 10));
            // as saydo profile --format json: the profile and its narratives beside its deeds
            sameJson(get("/api/actors/RUS?permutations=200").body(), org.saydo.analysis.AnalysisJson
                    .write(profile, java.util.Map.of("narratives", new org.saydo.analysis.NarrativeAnalysis(reader)
                            .besideDeeds(profile.gap()))));
        }
        JsonNode gap = json(get("/api/actors/RUS/gap"));
        JsonNode total = gap.get("total");
        // words: 040, intent 138 and the RUSGOV quote (quotes are words); deeds: two 190s (-10.0)
        assertThat(total.get("words").asLong()).isEqualTo(3);
        assertThat(total.get("deeds").asLong()).isEqualTo(2);
        assertThat(total.get("deeds_goldstein").asDouble()).isEqualTo(-10.0);
    }

    @Test
    void analysesAnswerCsvAsTheCliWritesIt() throws Exception {
        HttpResponse<String> r = get("/api/actors/RUS/gap?format=csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<String> lines = List.of(r.body().split("\r\n"));
        List<String> header = List.of(lines.get(0).split(","));
        assertThat(header).startsWith("period", "verbal_cooperation", "verbal_conflict", "words");
        String[] all = lines.get(lines.size() - 1).split(",", -1);
        assertThat(all[0]).isEqualTo("all");
        // the figures of the JSON total (analysesAreTheCliServiceResults): 3 words, 2 deeds at -10.0
        assertThat(all[header.indexOf("words")]).isEqualTo("3");
        assertThat(all[header.indexOf("deeds")]).isEqualTo("2");
        assertThat(all[header.indexOf("deeds_goldstein")]).isEqualTo("-10.0");
        // Accept: text/csv works as format=csv, on every analysis
        assertThat(get("/api/actors/RUS/ledger", "text/csv").body()).startsWith("event_key,date,cameo,target,rule,"
                + "status,until,kept_by,broken_by,doc,sentence,text\r\n");
        assertThat(get("/api/actors/RUS/around?with=USA&permutations=100", "text/csv").body())
                .startsWith("talk_date,before,during,after,talk_events\r\n");
        assertThat(get("/api/actors/RUS?permutations=100", "text/csv").body()).startsWith("period,");
        // and JSON stays the default
        assertThat(json(get("/api/actors/RUS/gap")).has("total")).isTrue();
        JsonNode ok = json(get("/openapi.json")).get("paths").get("/api/actors/{code}/gap").get("get")
                .get("responses").get("200").get("content");
        assertThat(ok.has("text/csv")).isTrue();
    }

    /** The same JSON document as the CLI's, on one line. */
    private static void sameJson(String api, String cli) throws IOException {
        assertThat(api).doesNotContain("\n").hasSizeLessThan(cli.length());
        assertThat(JSON.readTree(api)).isEqualTo(JSON.readTree(cli));
    }

    @Test
    void analysesAreSentGzippedToClientsThatAcceptIt() throws Exception {
        String plain = get("/api/actors/RUS/ledger").body();
        HttpResponse<byte[]> r = CLIENT.send(HttpRequest.newBuilder(http.uri("/api/actors/RUS/ledger"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(r.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain);
        }
    }

    @Test
    void wordsAndDeedsPerWeek() throws Exception {
        JsonNode b = json(get("/api/actors/RUS/weekly"));
        assertThat(b.get("items")).hasSize(1);
        JsonNode w = b.get("items").get(0);
        assertThat(w.get("week").asText()).isEqualTo("2025-12-01");
        // words as saydo gap counts them: 040 (+1.0), the quote of RUSGOV (010, 0.0) and 138 (intent, -7.0)
        // -> mean -2.0; deeds: two 190s (-10)
        assertThat(w.get("verbal_events").asLong()).isEqualTo(3);
        assertThat(w.get("verbal_mean_goldstein").asDouble()).isEqualTo(-2.0);
        assertThat(w.get("material_events").asLong()).isEqualTo(2);
        assertThat(w.get("material_mean_goldstein").asDouble()).isEqualTo(-10.0);
    }

    @Test
    void dyadsAndTheirTimeline() throws Exception {
        JsonNode b = json(get("/api/dyads"));
        JsonNode top = b.get("items").get(0);
        assertThat(top.get("source").asText() + ">" + top.get("target").asText()).isEqualTo("RUSGOV>UKR");
        assertThat(top.get("events").asLong()).isEqualTo(2);
        JsonNode t = json(get("/api/dyads/RUS/UKR/weekly"));
        assertThat(t.get("items")).hasSize(1);
        assertThat(t.get("items").get(0).get("quad4").asLong()).isEqualTo(2);
        assertThat(t.get("items").get(0).get("quad3").asLong()).isEqualTo(1);
    }

    @Test
    void openApiDescribesEveryRegisteredRouteAndNoOther() throws Exception {
        JsonNode paths = json(get("/openapi.json")).get("paths");
        java.util.Set<String> documented = new java.util.TreeSet<>();
        paths.fieldNames().forEachRemaining(p -> paths.get(p).fieldNames().forEachRemaining(m -> documented.add(
                m.toUpperCase(java.util.Locale.ROOT) + " " + p)));
        java.util.Set<String> registered = new java.util.TreeSet<>();
        for (String route : http.server.registeredRoutes()) {
            if (!route.equals("GET /openapi.json")) {
                registered.add(route.replaceAll("<([^>]+)>", "{$1}"));
            }
        }
        assertThat(registered).contains("GET /api/events", "POST /api/documents", "GET /api/narratives/{label}");
        assertThat(documented).isEqualTo(registered);
    }

    @Test
    void openApiDescribesTheEndpoints() throws Exception {
        JsonNode b = json(get("/openapi.json"));
        assertThat(b.get("openapi").asText()).startsWith("3.");
        assertThat(b.get("paths").has("/api/events")).isTrue();
        assertThat(b.get("paths").get("/api/documents").has("post")).isTrue();
        for (String path : new String[] {"/healthz", "/api/quotes", "/api/documents/{id}", "/api/search",
            "/api/actors/{code}", "/api/actors/{code}/gap", "/api/actors/{code}/around", "/api/actors/{code}/ledger",
            "/api/actors/{code}/summary", "/api/actors/{code}/weekly", "/api/dyads", "/api/dyads/{actor}/{target}/weekly"}) {
            assertThat(b.get("paths").has(path)).as(path).isTrue();
        }
    }

    /** The parameters of /api/events, as its handler reads them (checked by hand against {@code events}). */
    @Test
    void openApiGivesTheParametersOfEvents() throws Exception {
        JsonNode op = json(get("/openapi.json")).get("paths").get("/api/events").get("get");
        assertThat(parameters(op)).containsExactly("actor query string", "target query string", "cameo query string",
                "from query string/date", "to query string/date", "modality query string", "outlet query string",
                "origin query string", "quad query integer", "order query string", "limit query integer",
                "cursor query string", "format query string");
        assertThat(op.get("responses").get("200").get("content").get("application/json").get("schema").get("$ref")
                .asText()).isEqualTo("#/components/schemas/Page");
        assertThat(op.get("responses").get("400").get("content").get("application/json").get("schema").get("$ref")
                .asText()).isEqualTo("#/components/schemas/ApiError");
    }

    /** The parameters of /api/actors/{code}/around: the path's code and the required with (checked by hand). */
    @Test
    void openApiGivesTheParametersOfAround() throws Exception {
        JsonNode op = json(get("/openapi.json")).get("paths").get("/api/actors/{code}/around").get("get");
        assertThat(parameters(op)).containsExactly("code path string required", "with query string required",
                "window query string", "from query string/date", "to query string/date",
                "permutations query integer", "seed query integer", "evidence query boolean", "format query string");
        // and the server does require with
        HttpResponse<String> r = get("/api/actors/RUS/around");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("parameter").asText()).isEqualTo("with");
    }

    /** "name in type[/format][ required]" of each parameter of an operation, in order. */
    static List<String> parameters(JsonNode operation) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : operation.get("parameters")) {
            JsonNode schema = p.get("schema");
            String format = schema.has("format") && schema.get("format").asText().equals("date") ? "/date" : "";
            out.add(p.get("name").asText() + " " + p.get("in").asText() + " " + schema.get("type").asText() + format
                    + (p.get("required").asBoolean() ? " required" : ""));
        }
        return out;
    }

    /** The schemas are the records the handlers write: an error, a page, and what a POST answers and takes. */
    @Test
    void openApiSchemasAreTheRecordsTheHandlersWrite() throws Exception {
        JsonNode b = json(get("/openapi.json"));
        JsonNode schemas = b.get("components").get("schemas");
        assertThat(names(schemas.get("ApiError").get("properties"))).containsExactly("status", "error", "parameter");
        // an error as the server writes it has exactly those fields
        JsonNode error = json(get("/api/events?quad=9"));
        assertThat(names(error)).containsExactly("status", "error", "parameter");
        assertThat(names(schemas.get("Page").get("properties"))).containsExactly("items", "next_cursor");
        assertThat(names(json(get("/api/events?limit=1")))).containsExactly("items", "next_cursor");
        assertThat(names(schemas.get("Hits").get("properties"))).containsExactly("items", "next_cursor", "total");
        JsonNode post = b.get("paths").get("/api/documents").get("post");
        assertThat(post.get("security").get(0).has("bearer")).isTrue();
        assertThat(b.get("components").get("securitySchemes").get("bearer").get("scheme").asText()).isEqualTo("bearer");
        JsonNode body = schemas.get("NewDocument");
        assertThat(names(body.get("properties"))).containsExactly("text", "date", "title", "outlet", "url");
        assertThat(body.get("required")).containsExactly(JSON.getNodeFactory().textNode("text"));
        assertThat(names(schemas.get("Ingested").get("properties"))).containsExactly("id", "added", "events",
                "quotes", "warnings");
        assertThat(b.get("info").get("title").asText()).isEqualTo("Saydo API");
        assertThat(b.get("info").get("version").asText()).isEqualTo(org.saydo.Version.PIPELINE);
    }

    static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void writesNeedTheBearerToken() throws Exception {
        String body = "{\"text\": \"Envoys met in Abu Dhabi. [USAGOV 040 RUSGOV 2025-12-05]\", \"date\": \"2025-12-05\"}";
        HttpResponse<String> none = post("/api/documents", body, null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(json(none).get("error").asText()).contains("missing bearer token");
        HttpResponse<String> wrong = post("/api/documents", body, "Bearer not-the-token");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(json(wrong).get("error").asText()).isEqualTo("wrong bearer token");
        assertThat(post("/api/documents", body, "Basic " + TOKEN).statusCode()).isEqualTo(401);
        assertThat(json(get("/api/search?q=" + q("abu dhabi"))).get("items")).isEmpty();
    }

    @Test
    void postIngestsCodesAndIndexesADocument() throws Exception {
        String text = "Negotiators gathered in Riyadh for a second round. [USAGOV 040 RUSGOV 2025-12-06]";
        String body = JSON.writeValueAsString(java.util.Map.of("text", text, "date", "2025-12-06", "title", "Riyadh",
                "outlet", "Al Arabiya", "url", "https://example.org/riyadh"));
        long wordsBefore = json(get("/api/actors/USA/gap")).get("total").get("words").asLong();
        // pages are kept too until the record changes: asked before the ingest, they are asked again after it
        assertThat(json(get("/api/events?outlet=" + q("Al Arabiya"))).get("items")).isEmpty();
        assertThat(get("/api/documents/" + org.saydo.doc.Document.idOf(text)).statusCode()).isEqualTo(404);
        HttpResponse<String> r = post("/api/documents", body, "Bearer " + TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        // kept analysis results are dropped when the record changes
        assertThat(json(get("/api/actors/USA/gap")).get("total").get("words").asLong()).isEqualTo(wordsBefore + 1);
        JsonNode b = json(r);
        assertThat(b.get("id").asText()).isEqualTo(org.saydo.doc.Document.idOf(text));
        assertThat(b.get("events").asLong()).isEqualTo(1);
        assertThat(json(get("/api/events?outlet=" + q("Al Arabiya"))).get("items")).hasSize(1);
        assertThat(json(get("/api/search?q=riyadh")).get("items")).hasSize(1);
        assertThat(get("/api/documents/" + b.get("id").asText()).statusCode()).isEqualTo(200);
        HttpResponse<String> again = post("/api/documents", body, "Bearer " + TOKEN);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("added").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"date\": \"2025-12-06\"}|text",
        "{\"text\": \"  \"}|text",
        "{\"text\": \"Talks resumed.\", \"date\": \"6 Dec\"}|date",
        "{\"text\": \"Talks resumed.\", \"author\": \"x\"}|author",
        "{\"text\": 5}|text",
        "not json|body",
        "[1, 2]|body",
    })
    void badPostedDocumentsAre400NamingTheField(String body, String field) throws Exception {
        HttpResponse<String> r = post("/api/documents", body, "Bearer " + TOKEN);
        assertThat(r.statusCode()).as(body).isEqualTo(400);
        assertThat(json(r).get("parameter").asText()).isEqualTo(field);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Negotiators gathered\u0000 in Riyadh.|text|binary text (NUL character at character 20)",
        "Negotiators gathered\u001b[2J in Riyadh.|text|binary text (control character U+001B (ESC) at character 20)",
    })
    void postedBinaryTextIs400AndNotStored(String text, String field, String reason) throws Exception {
        String body = JSON.writeValueAsString(java.util.Map.of("text", text));
        HttpResponse<String> r = post("/api/documents", body, "Bearer " + TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(json(r).get("parameter").asText()).isEqualTo(field);
        assertThat(r.body()).contains(reason);
        String id = org.saydo.doc.Document.idOf(text);
        assertThat(get("/api/documents/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void aPostedBodyThatIsNotUtf8Is400NotStoredWithReplacementCharacters() throws Exception {
        byte[] head = "{\"text\": \"Negotiators gathered in Riyadh on Saturday, caf".getBytes(StandardCharsets.UTF_8);
        byte[] body = java.util.Arrays.copyOf(head, head.length + 3);
        body[head.length] = (byte) 0xE9; // Latin-1 'é'
        body[head.length + 1] = '"';
        body[head.length + 2] = '}';
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(http.uri("/api/documents"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(json(r).get("parameter").asText()).isEqualTo("body");
        assertThat(r.body()).contains("not UTF-8 (malformed byte at offset " + head.length + ")");
    }

    @Test
    void serverWithoutTokenRefusesEveryWrite() throws Exception {
        SaydoServer open = SaydoServer.start(http.service, SaydoServer.Options.local(0).withLog(s -> { }));
        try {
            HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + open.port()
                    + "/api/documents")).header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"x\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(json(r).get("error").asText()).contains("started without --token-file");
        } finally {
            open.stop();
        }
    }

    @Test
    void bindingBeyondLoopbackNeedsAToken() {
        assertThatThrownBy(() -> new SaydoServer.Options("0.0.0.0", 0, null, s -> { }, 1000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requires --token-file");
        assertThat(new SaydoServer.Options("0.0.0.0", 0, "tok", s -> { }, 1000).bind()).isEqualTo("0.0.0.0");
        assertThat(new SaydoServer.Options("localhost", 0, null, s -> { }, 1000).bind()).isEqualTo("localhost");
        assertThat(new SaydoServer.Options("::1", 0, null, s -> { }, 1000).bind()).isEqualTo("::1");
    }

    @Test
    void unknownEndpointIs404AndEveryRequestIsLogged() throws Exception {
        HttpResponse<String> r = get("/api/nothing-here");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).doesNotContain("\tat ");
        get("/healthz");
        http.awaitLog("GET /healthz 200");
        http.awaitLog("GET /api/nothing-here 404");
    }

    @Test
    void dashboardIsServedFromTheClasspath() throws Exception {
        HttpResponse<String> r = get("/", "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Saydo");
    }
}
