package org.saydo.http;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.Javalin;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiContentProperty;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiRequired;
import io.javalin.openapi.OpenApiResponse;
import io.javalin.openapi.OpenApiSecurity;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.handler.StatisticsHandler;
import org.saydo.analysis.AnalysisCsv;
import org.saydo.analysis.AroundTalks;
import org.saydo.analysis.GapAnalysis;
import org.saydo.analysis.Ledger;
import org.saydo.analysis.Period;
import org.saydo.analysis.Profile;
import org.saydo.doc.BadDocumentException;
import org.saydo.doc.TextReader;
import org.saydo.record.Modality;
import org.saydo.store.Cursor;
import org.saydo.store.EventQuery;
import org.saydo.store.RecordReader;
import org.saydo.store.StoreException;

/**
 * Saydo's HTTP server: the JSON/CSV API over a {@link RecordService}, {@code /openapi.json}, {@code /healthz}
 * and the dashboard (static files from the classpath). Handlers only parse and validate parameters, call one
 * service method and write the result; exceptions become status codes in {@link #errors(Javalin)} alone. Each
 * handler declares its route, parameters and responses once, in its {@link OpenApi} annotation: {@link Routes}
 * registers it there and the OpenAPI document ({@link OpenApiDocument}) is generated from it.
 *
 * <p><b>Security.</b> Binds to 127.0.0.1 unless told otherwise; any other address needs a token
 * ({@link Options} refuses to be built without one). Every POST needs {@code Authorization: Bearer TOKEN}: none
 * gives 401, a wrong one 403, and a server without a token refuses every write with 403.
 *
 * <p><b>Parameters.</b> A query parameter given twice is a 400 naming it; an error message quotes at most
 * {@value BadRequest#QUOTED} characters of a bad value ({@link BadRequest#quote}).
 *
 * <p><b>Writes.</b> Posted documents are coded one at a time; at most {@link Options#writeQueue} wait, and a POST
 * beyond that is a 503 with {@code Retry-After} at once.
 *
 * <p><b>Operations.</b> One log line per request ({@code METHOD PATH STATUS MS}) to the log sink, including the
 * requests Jetty rejects before a handler runs (400, 414, 431); {@link #stop()}
 * stops accepting, lets requests in flight finish (up to {@link Options#stopTimeoutMillis}) and then closes.
 */
public final class SaydoServer implements AutoCloseable {

    /** The largest page a list endpoint returns. */
    public static final int MAX_LIMIT = 1000;

    /** The page size when none is asked for. */
    public static final int DEFAULT_LIMIT = 100;

    private static final Pattern DOC_ID = Pattern.compile("[0-9a-f]{1,64}");
    private static final Pattern ACTOR = Pattern.compile("[A-Z0-9]{1,40}");
    private static final Pattern CAMEO = Pattern.compile("\\d{1,4}");

    /**
     * How the server runs.
     *
     * @param bind the address to listen on
     * @param port the port (0 for any free one)
     * @param token the bearer token writes need, or null (then every write is refused)
     * @param log receives one line per request and server-side error reports
     * @param stopTimeoutMillis how long {@link #stop()} waits for requests in flight
     * @param writeQueue how many {@code POST /api/documents} may wait while one is coded (writes are coded and
     *     stored one at a time); a POST beyond that is answered 503 with {@code Retry-After} at once instead of
     *     holding a connection and a server thread. Default {@value #DEFAULT_WRITE_QUEUE}.
     */
    public record Options(String bind, int port, String token, Consumer<String> log, long stopTimeoutMillis,
            int writeQueue) {

        /** The default number of writes that may wait. */
        public static final int DEFAULT_WRITE_QUEUE = 8;

        public Options {
            if (writeQueue < 0) {
                throw new IllegalArgumentException("writeQueue < 0: " + writeQueue);
            }
            Objects.requireNonNull(bind, "bind");
            Objects.requireNonNull(log, "log");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            if (token != null && token.isBlank()) {
                throw new IllegalArgumentException("empty token");
            }
            if (!isLoopback(bind) && token == null) {
                throw new IllegalArgumentException("binding to " + bind + " (not loopback) requires --token-file: "
                        + "anyone who can reach the port could otherwise use the server");
            }
        }

        /** The options with the default write queue. */
        public Options(String bind, int port, String token, Consumer<String> log, long stopTimeoutMillis) {
            this(bind, port, token, log, stopTimeoutMillis, DEFAULT_WRITE_QUEUE);
        }

        /** Loopback on the given port, no token, log to standard error, 30 s to finish requests on stop. */
        public static Options local(int port) {
            return new Options("127.0.0.1", port, null, System.err::println, 30_000);
        }

        public Options withToken(String t) {
            return new Options(bind, port, t, log, stopTimeoutMillis, writeQueue);
        }

        public Options withLog(Consumer<String> sink) {
            return new Options(bind, port, token, sink, stopTimeoutMillis, writeQueue);
        }

        public Options withWriteQueue(int n) {
            return new Options(bind, port, token, log, stopTimeoutMillis, n);
        }
    }

    /** Whether an address is a loopback address (127.0.0.0/8, ::1, localhost). */
    public static boolean isLoopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Reads a token file: its content without surrounding white space.
     *
     * @throws IllegalArgumentException naming the file when it cannot be read or is empty
     */
    public static String readToken(Path file) {
        String token;
        try {
            token = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read the token file: " + e.getMessage(), e);
        }
        if (token.isEmpty()) {
            throw new IllegalArgumentException(file + ": the token file is empty");
        }
        if (token.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(file + ": the token must be one word");
        }
        return token;
    }

    /** What a 503 for a full write queue tells the client to wait, in seconds. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final RecordService service;
    private final Options options;
    private final Semaphore writes;
    private final Javalin app;

    /** JSON bodies of pages kept at most (all are dropped when full). */
    static final int RENDERED = 256;

    /**
     * The JSON bodies of the pages of events and quotes and of documents, by the page's value: a body is a pure
     * function of its page, so a page asked again (pages are kept by {@link RecordService} until the record
     * changes) costs a lookup instead of building and writing its JSON tree again (~1 ms of CPU for a page of 50
     * events, which 200 clients asking on 2 cores turned into most of the server's work). Keys compare by value: a
     * changed record gives other pages, hence other bodies; nothing needs forgetting.
     */
    private final Memo<Rendering, byte[]> rendered = new Memo<>(SaydoServer::write, RENDERED);

    /** A body to write: {@code kind} and {@code value} decide it; {@code view} builds it (and is not compared). */
    private record Rendering(String kind, Object value, java.util.function.Supplier<JsonNode> view) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Rendering r && kind.equals(r.kind) && value.equals(r.value);
        }

        @Override
        public int hashCode() {
            return 31 * kind.hashCode() + value.hashCode();
        }
    }

    private static byte[] write(Rendering r) {
        try {
            return Views.JSON.writeValueAsBytes(r.view().get());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private SaydoServer(RecordService service, Options options) {
        this.service = service;
        this.options = options;
        this.writes = new Semaphore(1 + options.writeQueue());
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.validation.register(LocalDate.class, LocalDate::parse);
            config.registerPlugin(OpenApiDocument.plugin());
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/org/saydo/http/web";
                sf.location = Location.CLASSPATH;
            });
            config.jetty.modifyServer(server -> {
                // Graceful stop: the statistics handler tracks requests in flight and lets them finish.
                server.setHandler(new StatisticsHandler());
                server.setStopTimeout(options.stopTimeoutMillis());
                server.setStopAtShutdown(false);
                // Jetty's request log, not Javalin's: it also sees what Jetty rejects before any handler runs
                // (400 for a malformed request, 414 for a URI too long, 431 for headers too large).
                server.setRequestLog(this::logRequest);
            });
        });
        routes();
        errors(app);
    }

    private static final String STARTED = "saydo.started";

    /** One line per request, whoever answered it: {@code METHOD PATH STATUS MS}. */
    private void logRequest(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response) {
        Object started = request.getAttribute(STARTED);
        double ms = started instanceof Long nanos ? (System.nanoTime() - nanos) / 1e6
                : request.getTimeStamp() > 0 ? System.currentTimeMillis() - request.getTimeStamp() : 0;
        String method = request.getMethod() == null ? "-" : request.getMethod();
        String path = request.getRequestURI() == null ? "-" : request.getRequestURI();
        if (path.length() > 200) {
            path = path.substring(0, 200) + "... (" + path.length() + " characters)";
        }
        options.log().accept(String.format(Locale.ROOT, "%s %s %d %.1fms", method, path,
                response.getCommittedMetaData() != null ? response.getCommittedMetaData().getStatus()
                        : response.getStatus(), ms));
    }

    /** Starts a server; returns when it is listening. */
    public static SaydoServer start(RecordService service, Options options) {
        SaydoServer s = new SaydoServer(Objects.requireNonNull(service, "service"),
                Objects.requireNonNull(options, "options"));
        s.app.start(options.bind(), options.port());
        return s;
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    /**
     * Every HTTP route the server registered, as {@code "GET /api/events"} (path parameters as Javalin writes them,
     * {@code {code}} or {@code <label>}), so a test can hold the OpenAPI document to them.
     */
    List<String> registeredRoutes() {
        return app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream().map(e -> e.getEndpoint())
                .filter(e -> e.getMethod().isHttpMethod())
                .map(e -> e.getMethod().name() + " " + e.getPath()).sorted().toList();
    }

    /** Stops accepting connections, finishes requests in flight, then stops. */
    public void stop() {
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }

    // ---------------------------------------------------------------- routes

    private void routes() {
        app.before(ctx -> {
            ctx.attribute(STARTED, System.nanoTime());
            for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet()) {
                if (p.getValue().size() > 1) {
                    throw new BadRequest(p.getKey(), "given " + p.getValue().size() + " times; give it once");
                }
            }
        });
        app.before(ctx -> {
            if (!ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD")
                    && !ctx.method().name().equals("OPTIONS")) {
                authorize(ctx);
            }
        });
        Routes.register(app, this);
        NarrativeRoutes.register(app, service.analyses());
    }

    /** Every error's answer; {@code parameter} names the bad parameter, when one is (else it is left out). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ApiError(int status, @OpenApiRequired String error, String parameter) {
    }

    // Descriptions of the parameters several handlers take (annotation values must be constants).
    private static final String CODE = "actor code (prefix), upper-case letters and digits, like RUS or USAGOV";
    private static final String FROM = "first date, inclusive (YYYY-MM-DD)";
    private static final String TO = "last date, inclusive (YYYY-MM-DD)";
    private static final String LIMIT = "rows per page, 1 to " + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ")";
    private static final String CURSOR = "next_cursor of the previous page (or its X-Next-Cursor header)";
    private static final String ORDER = "asc (default) or desc by date";
    private static final String FORMAT = "csv for CSV (or Accept: text/csv); default JSON";
    private static final String MODALITY = "comma-separated: asserted, reported, intent, hypothetical, negated, "
            + "background";
    private static final String PERMUTATIONS = "permutation test draws, 1 to 100000 (default 10000)";
    private static final String SEED = "random seed of the permutation test (default 42)";
    private static final String EVIDENCE = "true: attach the events and quotes behind each figure";
    private static final String ANALYSIS = "the analysis as its command's --format json writes it, or its CSV "
            + "when asked";
    private static final String BAD = OpenApiDocument.BAD_PARAMETER;
    private static final String LIST = "{items, next_cursor} (next_cursor null on the last page), or CSV when asked";
    private static final String JSON_TYPE = "application/json";
    private static final String CSV_TYPE = "text/csv";

    @OpenApi(path = "/healthz", methods = HttpMethod.GET, summary = "Liveness and record counts",
            responses = @OpenApiResponse(status = "200", description = "{status: ok, documents, events, reports, "
                    + "quotes, sentences_indexed}", content = @OpenApiContent(mimeType = JSON_TYPE, type = "object",
                            properties = {
                                @OpenApiContentProperty(name = "status", type = "string"),
                                @OpenApiContentProperty(name = "documents", type = "integer"),
                                @OpenApiContentProperty(name = "events", type = "integer"),
                                @OpenApiContentProperty(name = "reports", type = "integer"),
                                @OpenApiContentProperty(name = "quotes", type = "integer"),
                                @OpenApiContentProperty(name = "sentences_indexed", type = "integer")})))
    private void health(Context ctx) {
        json(ctx, service.health());
    }

    @OpenApi(path = "/api/events", methods = HttpMethod.GET,
            summary = "Events (one per real-world event), with the filters of saydo events",
            queryParams = {
                @OpenApiParam(name = "actor", description = "source actor code prefix (RUS matches RUSGOV)"),
                @OpenApiParam(name = "target", description = "target actor code prefix"),
                @OpenApiParam(name = "cameo", description = "CAMEO code prefix, 1 to 4 digits"),
                @OpenApiParam(name = "from", type = LocalDate.class, description = FROM),
                @OpenApiParam(name = "to", type = LocalDate.class, description = TO),
                @OpenApiParam(name = "modality", description = MODALITY),
                @OpenApiParam(name = "outlet", description = "an outlet among the event's reports"),
                @OpenApiParam(name = "origin", description = "saydo or gdelt"),
                @OpenApiParam(name = "quad", type = Integer.class, description = "QuadClass, 1 to 4"),
                @OpenApiParam(name = "order", description = ORDER),
                @OpenApiParam(name = "limit", type = Integer.class, description = LIMIT),
                @OpenApiParam(name = "cursor", description = CURSOR),
                @OpenApiParam(name = "format", description = FORMAT)},
            responses = {
                @OpenApiResponse(status = "200", description = LIST, content = {
                    @OpenApiContent(from = Views.Page.class, mimeType = JSON_TYPE),
                    @OpenApiContent(from = String.class, mimeType = CSV_TYPE)}),
                @OpenApiResponse(status = "400", description = BAD, content = @OpenApiContent(from = ApiError.class))})
    private void events(Context ctx) {
        LocalDate[] range = range(ctx);
        LocalDate from = range[0];
        LocalDate to = range[1];
        String cameo = ctx.queryParamAsClass("cameo", String.class).allowNullable()
                .check(c -> c == null || CAMEO.matcher(c).matches(), "not a CAMEO code prefix (1 to 4 digits)").get();
        Integer quad = ctx.queryParamAsClass("quad", Integer.class).allowNullable()
                .check(q -> q == null || (q >= 1 && q <= 4), "QuadClass is 1 to 4").get();
        EventQuery q = new EventQuery(text(ctx, "actor"), text(ctx, "target"), cameo, from, to, modalities(ctx),
                text(ctx, "outlet"), origin(ctx), 0);
        var page = service.events(q, quad, order(ctx), cursor(ctx), limit(ctx,
                DEFAULT_LIMIT));
        list(ctx, "events", page.items(), Views::event, page.next(), Views.EVENT_COLUMNS, Views::eventCells);
    }

    @OpenApi(path = "/api/quotes", methods = HttpMethod.GET, summary = "Quotes, with the filters of saydo quotes",
            queryParams = {
                @OpenApiParam(name = "actor", description = "speaker code prefix"),
                @OpenApiParam(name = "target", description = "target code prefix"),
                @OpenApiParam(name = "from", type = LocalDate.class, description = FROM),
                @OpenApiParam(name = "to", type = LocalDate.class, description = TO),
                @OpenApiParam(name = "modality", description = MODALITY),
                @OpenApiParam(name = "order", description = ORDER),
                @OpenApiParam(name = "limit", type = Integer.class, description = LIMIT),
                @OpenApiParam(name = "cursor", description = CURSOR),
                @OpenApiParam(name = "format", description = FORMAT)},
            responses = {
                @OpenApiResponse(status = "200", description = LIST, content = {
                    @OpenApiContent(from = Views.Page.class, mimeType = JSON_TYPE),
                    @OpenApiContent(from = String.class, mimeType = CSV_TYPE)}),
                @OpenApiResponse(status = "400", description = BAD, content = @OpenApiContent(from = ApiError.class))})
    private void quotes(Context ctx) {
        LocalDate[] range = range(ctx);
        LocalDate from = range[0];
        LocalDate to = range[1];
        var f = new RecordReader.QuoteFilter(text(ctx, "actor"), text(ctx, "target"), from, to, modalities(ctx));
        var page = service.quotes(f, order(ctx), cursor(ctx), limit(ctx, DEFAULT_LIMIT));
        list(ctx, "quotes", page.items(), Views::quote, page.next(), Views.QUOTE_COLUMNS, Views::quoteCells);
    }

    @OpenApi(path = "/api/search", methods = HttpMethod.GET,
            summary = "Full-text search over the stored sentences (Lucene query syntax)",
            queryParams = {
                @OpenApiParam(name = "q", required = true, description = "the search, 1 to 1000 characters"),
                @OpenApiParam(name = "actor", description = "actor code prefix of a claim in the sentence"),
                @OpenApiParam(name = "from", type = LocalDate.class, description = "publication or claim date, "
                        + "inclusive"),
                @OpenApiParam(name = "to", type = LocalDate.class, description = "publication or claim date, "
                        + "inclusive"),
                @OpenApiParam(name = "limit", type = Integer.class, description = "hits per page, 1 to " + MAX_LIMIT
                        + " (default 20)"),
                @OpenApiParam(name = "cursor", description = CURSOR),
                @OpenApiParam(name = "format", description = FORMAT)},
            responses = {
                @OpenApiResponse(status = "200", description = "{items, next_cursor, total}, or CSV when asked",
                        content = {
                            @OpenApiContent(from = Views.Hits.class, mimeType = JSON_TYPE),
                            @OpenApiContent(from = String.class, mimeType = CSV_TYPE)}),
                @OpenApiResponse(status = "400", description = BAD, content = @OpenApiContent(from = ApiError.class))})
    private void search(Context ctx) {
        String q = ctx.queryParamAsClass("q", String.class).check(s -> !s.isBlank(), "must not be blank")
                .check(s -> s.length() <= 1000, "at most 1000 characters").get();
        var r = service.search(q, text(ctx, "actor"), date(ctx, "from"), date(ctx, "to"),
                cursor(ctx), limit(ctx, 20));
        if (wantsCsv(ctx)) {
            csv(ctx, Views.csv(Views.HIT_COLUMNS, r.hits(), Views::hitCells), r.next());
        } else {
            json(ctx, Views.hits(r.hits(), Views::hit, r.next(), r.total()));
        }
    }

    @OpenApi(path = "/api/documents/{id}", methods = HttpMethod.GET, summary = "A document: its text and metadata, "
            + "and every event and quote coded from it with their offsets",
            pathParams = @OpenApiParam(name = "id", required = true, description = "the document's content id "
                    + "(lower-case hex, at most 64 digits)"),
            responses = {
                @OpenApiResponse(status = "200", description = "the document",
                        content = @OpenApiContent(mimeType = JSON_TYPE, type = "object")),
                @OpenApiResponse(status = "400", description = BAD, content = @OpenApiContent(from = ApiError.class)),
                @OpenApiResponse(status = "404", description = "no such document",
                        content = @OpenApiContent(from = ApiError.class))})
    private void document(Context ctx) {
        document(ctx, service.document(docId(ctx)));
    }

    @OpenApi(path = "/api/dyads", methods = HttpMethod.GET, summary = "The busiest source-target pairs",
            queryParams = {
                @OpenApiParam(name = "limit", type = Integer.class, description = "how many, 1 to " + MAX_LIMIT
                        + " (default 20)"),
                @OpenApiParam(name = "format", description = FORMAT)},
            responses = {
                @OpenApiResponse(status = "200", description = LIST, content = {
                    @OpenApiContent(from = Views.Page.class, mimeType = JSON_TYPE),
                    @OpenApiContent(from = String.class, mimeType = CSV_TYPE)}),
                @OpenApiResponse(status = "400", description = BAD, content = @OpenApiContent(from = ApiError.class))})
    private void dyads(Context ctx) {
        list(ctx, service.busiestDyads(limit(ctx, 20)), Views::dyad, null, Views.DYAD_COLUMNS, Views::dyadCells);
    }

    @OpenApi(path = "/api/dyads/{actor}/{target}/weekly", methods = HttpMethod.GET,
            summary = "The events of a dyad per week, by QuadClass",
            pathParams = {
                @OpenApiParam(name = "actor", required = true, description = "source code prefix"),
                @OpenApiParam(name = "target", required = true, description = "target code prefix")},
            queryParams = @OpenApiParam(name = "format", description = FORMAT),
            responses = {
                @OpenApiResponse(status = "200", description = LIST, content = {
                    @OpenApiContent(from = Views.Page.class, mimeType = JSON_TYPE),
                    @OpenApiContent(from = String.class, mimeType = CSV_TYPE)}),
                @OpenApiResponse(status = "400", description = BAD, content = @OpenApiContent(from = ApiError.class))})
    private void dyadWeekly(Context ctx) {
        list(ctx, service.dyadTimeline(actor(ctx, "actor"), actor(ctx, "target")), Views::dyadWeek, null,
                Views.DYAD_WEEK_COLUMNS, Views::dyadWeekCells);
    }

    @OpenApi(path = "/api/actors/{code}/summary", methods = HttpMethod.GET, summary = "A small profile: events (as "
            + "source) by QuadClass, most reported events, newest quotes",
            pathParams = @OpenApiParam(name = "code", required = true, description = CODE),
            responses = {
                @OpenApiResponse(status = "200", description = "the summary",
                        content = @OpenApiContent(mimeType = JSON_TYPE, type = "object")),
                @OpenApiResponse(status = "400", description = BAD, content = @OpenApiContent(from = ApiError.class))})
    private void summary(Context ctx) {
        json(ctx, Views.summary(service.summary(actor(ctx, "code"))));
    }

    @OpenApi(path = "/api/actors/{code}/weekly", methods = HttpMethod.GET, summary = "Words against deeds per week "
            + "(as saydo gap --by week counts them): events and mean Goldstein of each",
            pathParams = @OpenApiParam(name = "code", required = true, description = CODE),
            queryParams = @OpenApiParam(name = "format", description = FORMAT),
            responses = {
                @OpenApiResponse(status = "200", description = LIST, content = {
                    @OpenApiContent(from = Views.Page.class, mimeType = JSON_TYPE),
                    @OpenApiContent(from = String.class, mimeType = CSV_TYPE)}),
                @OpenApiResponse(status = "400", description = BAD, content = @OpenApiContent(from = ApiError.class))})
    private void weekly(Context ctx) {
        list(ctx, service.wordsAndDeeds(actor(ctx, "code")), Views::week, null, Views.WEEK_COLUMNS, Views::weekCells);
    }

    // ---------------------------------------------------------------- analyses (the CLI's service classes)

    @OpenApi(path = "/api/actors/{code}/gap", methods = HttpMethod.GET, summary = "Say-do gap (saydo gap --format "
            + "json): words against deeds per period, with contradicting pairs",
            pathParams = @OpenApiParam(name = "code", required = true, description = CODE),
            queryParams = {
                @OpenApiParam(name = "target", description = "target code prefix"),
                @OpenApiParam(name = "by", description = "period: day, week (default) or month"),
                @OpenApiParam(name = "from", type = LocalDate.class, description = FROM),
                @OpenApiParam(name = "to", type = LocalDate.class, description = TO),
                @OpenApiParam(name = "pairs", type = Integer.class, description = "contradicting pairs per period, 0 "
                        + "to 100 (default 3)"),
                @OpenApiParam(name = "evidence", type = Boolean.class, description = EVIDENCE),
                @OpenApiParam(name = "format", description = FORMAT)},
            responses = {
                @OpenApiResponse(status = "200", description = ANALYSIS, content = {
                    @OpenApiContent(mimeType = JSON_TYPE, type = "object"),
                    @OpenApiContent(from = String.class, mimeType = CSV_TYPE)}),
                @OpenApiResponse(status = "400", description = BAD, content = @OpenApiContent(from = ApiError.class))})
    private void gap(Context ctx) {
        String code = actor(ctx, "code");
        LocalDate[] range = range(ctx);
        var q = new GapAnalysis.Request(code, text(ctx, "target"), period(ctx), range[0], range[1],
                ctx.queryParamAsClass("pairs", Integer.class).check(n -> n >= 0 && n <= 100, "must be 0 to 100")
                        .getOrDefault(3), flag(ctx, "evidence"));
        analysis(ctx, service.analyses().gap(q));
    }

    @OpenApi(path = "/api/actors/{code}/around", methods = HttpMethod.GET, summary = "Deeds around talks (saydo "
            + "around --talks CODE,WITH --actor CODE --format json)",
            pathParams = @OpenApiParam(name = "code", required = true, description = "one party of the talks, and "
                    + "whose deeds are counted: " + CODE),
            queryParams = {
                @OpenApiParam(name = "with", required = true, description = "the other party of the talks, an actor "
                        + "code like USA"),
                @OpenApiParam(name = "window", description = "days before and after, 3 or 3d, 0 to 365 (default 3)"),
                @OpenApiParam(name = "from", type = LocalDate.class, description = FROM),
                @OpenApiParam(name = "to", type = LocalDate.class, description = TO),
                @OpenApiParam(name = "permutations", type = Integer.class, description = PERMUTATIONS),
                @OpenApiParam(name = "seed", type = Long.class, description = SEED),
                @OpenApiParam(name = "evidence", type = Boolean.class, description = "true: attach the talk events "
                        + "and the deeds"),
                @OpenApiParam(name = "format", description = FORMAT)},
            responses = {
                @OpenApiResponse(status = "200", description = ANALYSIS, content = {
                    @OpenApiContent(mimeType = JSON_TYPE, type = "object"),
                    @OpenApiContent(from = String.class, mimeType = CSV_TYPE)}),
                @OpenApiResponse(status = "400", description = BAD, content = @OpenApiContent(from = ApiError.class))})
    private void around(Context ctx) {
        String code = actor(ctx, "code");
        String with = ctx.queryParamAsClass("with", String.class).check(a -> ACTOR.matcher(a).matches(),
                "the other party of the talks, an actor code like USA").get();
        LocalDate[] range = range(ctx);
        var q = new AroundTalks.Request(List.of(code, with), code, days(ctx, "window", 3, 0, 365), range[0], range[1],
                ctx.queryParamAsClass("permutations", Integer.class).check(n -> n >= 1 && n <= 100_000,
                        "must be 1 to 100000").getOrDefault(10_000),
                ctx.queryParamAsClass("seed", Long.class).getOrDefault(42L), flag(ctx, "evidence"));
        analysis(ctx, service.analyses().around(q));
    }

    @OpenApi(path = "/api/actors/{code}/ledger", methods = HttpMethod.GET, summary = "Commitments and what became of "
            + "them (saydo ledger --format json)",
            pathParams = @OpenApiParam(name = "code", required = true, description = CODE),
            queryParams = {
                @OpenApiParam(name = "horizon", description = "days to keep a commitment, 30 or 30d, 1 to 3650 "
                        + "(default 30)"),
                @OpenApiParam(name = "status", description = "kept, broken, pending, inconclusive or unspecified"),
                @OpenApiParam(name = "from", type = LocalDate.class, description = "first commitment date, inclusive"),
                @OpenApiParam(name = "to", type = LocalDate.class, description = "last commitment date, inclusive"),
                @OpenApiParam(name = "format", description = FORMAT)},
            responses = {
                @OpenApiResponse(status = "200", description = ANALYSIS, content = {
                    @OpenApiContent(mimeType = JSON_TYPE, type = "object"),
                    @OpenApiContent(from = String.class, mimeType = CSV_TYPE)}),
                @OpenApiResponse(status = "400", description = BAD, content = @OpenApiContent(from = ApiError.class))})
    private void ledger(Context ctx) {
        String code = actor(ctx, "code");
        LocalDate[] range = range(ctx);
        String status = ctx.queryParamAsClass("status", String.class).allowNullable().check(s -> s == null
                || STATUSES.contains(s), "expected kept, broken, pending, inconclusive or unspecified").get();
        var q = new Ledger.Request(code, days(ctx, "horizon", 30, 1, 3650),
                status == null ? null : Ledger.Status.parse(status), range[0], range[1]);
        analysis(ctx, service.analyses().ledger(q));
    }

    @OpenApi(path = "/api/actors/{code}", methods = HttpMethod.GET, summary = "Profile (saydo profile --format json): "
            + "gap table, around talks with the most frequent partner, ledger, top quotes and events",
            pathParams = @OpenApiParam(name = "code", required = true, description = CODE),
            queryParams = {
                @OpenApiParam(name = "by", description = "gap period: day, week (default) or month"),
                @OpenApiParam(name = "window", description = "around-talks window in days, 3 or 3d, 0 to 365 "
                        + "(default 3)"),
                @OpenApiParam(name = "horizon", description = "ledger horizon in days, 30 or 30d, 1 to 3650 "
                        + "(default 30)"),
                @OpenApiParam(name = "permutations", type = Integer.class, description = PERMUTATIONS),
                @OpenApiParam(name = "seed", type = Long.class, description = SEED),
                @OpenApiParam(name = "top", type = Integer.class, description = "quotes and events listed, 0 to 100 "
                        + "(default 10)"),
                @OpenApiParam(name = "format", description = FORMAT)},
            responses = {
                @OpenApiResponse(status = "200", description = ANALYSIS + " (CSV: the gap table)", content = {
                    @OpenApiContent(mimeType = JSON_TYPE, type = "object"),
                    @OpenApiContent(from = String.class, mimeType = CSV_TYPE)}),
                @OpenApiResponse(status = "400", description = BAD, content = @OpenApiContent(from = ApiError.class))})
    private void profile(Context ctx) {
        String code = actor(ctx, "code");
        var q = new Profile.Request(code, period(ctx), days(ctx, "window", 3, 0, 365), days(ctx, "horizon", 30, 1, 3650),
                ctx.queryParamAsClass("permutations", Integer.class).check(n -> n >= 1 && n <= 100_000,
                        "must be 1 to 100000").getOrDefault(10_000),
                ctx.queryParamAsClass("seed", Long.class).getOrDefault(42L),
                ctx.queryParamAsClass("top", Integer.class).check(n -> n >= 0 && n <= 100, "must be 0 to 100")
                        .getOrDefault(10));
        analysis(ctx, service.analyses().profile(q));
    }

    private static final Set<String> STATUSES = Set.of("kept", "broken", "pending", "inconclusive", "unspecified");

    /**
     * Writes a kept analysis result: as CSV ({@link AnalysisCsv}, the CLI's {@code --format csv}) when asked with
     * {@code format=csv} or {@code Accept: text/csv}; else its JSON, the gzip bytes to clients that accept gzip
     * (compressed once, not per request).
     */
    private static void analysis(Context ctx, Analyses.Kept<?> kept) {
        if (wantsCsv(ctx)) {
            csv(ctx, AnalysisCsv.write(kept.result()), null);
            return;
        }
        ctx.contentType("application/json; charset=utf-8").header("Vary", "Accept-Encoding");
        String accept = ctx.header("Accept-Encoding");
        if (accept != null && accept.contains("gzip")) {
            ctx.header("Content-Encoding", "gzip");
            kept(ctx, kept.gzip());
        } else {
            kept(ctx, kept.json());
        }
    }

    /**
     * Writes a body kept in memory in one write with its length, straight to the servlet's stream: through
     * {@code ctx.result(bytes)} Javalin copied it in 32 KB pieces through its compression stream (which does not
     * compress bodies already encoded, nor bodies to clients that do not ask) and Jetty answered in chunks;
     * at 200 clients the 376 KB gap body made the slowest requests of the desk (issue 12).
     */
    private static void kept(Context ctx, byte[] body) {
        ctx.res().setContentLength(body.length);
        try {
            ctx.res().getOutputStream().write(body);
        } catch (IOException e) {
            // the client went away: nothing to answer it; Jetty closes the connection
            throw new java.io.UncheckedIOException("cannot write the response", e);
        }
    }

    /** The {@code from} and {@code to} dates of a request, either absent; from after to is a bad request. */
    static LocalDate[] range(Context ctx) {
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequest("from", "from " + from + " is after to " + to);
        }
        return new LocalDate[] {from, to};
    }

    private static Period period(Context ctx) {
        String by = ctx.queryParamAsClass("by", String.class).check(b -> b.equals("day") || b.equals("week")
                || b.equals("month"), "expected day, week or month").getOrDefault("week");
        return Period.parse(by);
    }

    /** A number of days, written {@code 3} or {@code 3d} as on the command line. */
    private static int days(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParamAsClass(name, String.class).allowNullable().check(d -> d == null
                || DAYS.matcher(d).matches(), "a number of days like 3 or 3d").get();
        if (v == null) {
            return dflt;
        }
        long n = Long.parseLong(v.endsWith("d") ? v.substring(0, v.length() - 1) : v);
        if (n < min || n > max) {
            throw new BadRequest(name, "must be " + min + " to " + max + " days: '" + v + "'");
        }
        return (int) n;
    }

    private static final Pattern DAYS = Pattern.compile("\\d{1,6}d?");

    private static boolean flag(Context ctx, String name) {
        String v = ctx.queryParamAsClass(name, String.class).check(b -> b.equals("true") || b.equals("false"),
                "expected true or false").getOrDefault("false");
        return v.equals("true");
    }

    @OpenApi(path = "/api/documents", methods = HttpMethod.POST, summary = "Ingest one document through the coder",
            security = @OpenApiSecurity(name = OpenApiDocument.BEARER),
            requestBody = @OpenApiRequestBody(required = true, description = "only text is required; any other "
                    + "field is a 400", content = @OpenApiContent(from = RecordService.NewDocument.class)),
            responses = {
                @OpenApiResponse(status = "201", description = "stored",
                        content = @OpenApiContent(from = RecordService.Ingested.class)),
                @OpenApiResponse(status = "200", description = "already stored",
                        content = @OpenApiContent(from = RecordService.Ingested.class)),
                @OpenApiResponse(status = "400", description = "not a JSON object, missing text, bad date, unknown "
                        + "field, or text the coder cannot read or finish within its time budget",
                        content = @OpenApiContent(from = ApiError.class)),
                @OpenApiResponse(status = "401", description = "no bearer token",
                        content = @OpenApiContent(from = ApiError.class)),
                @OpenApiResponse(status = "403", description = "wrong token, or the server has no token file",
                        content = @OpenApiContent(from = ApiError.class)),
                @OpenApiResponse(status = "503", description = "the write queue is full; retry after the seconds in "
                        + "Retry-After", content = @OpenApiContent(from = ApiError.class))})
    private void ingest(Context ctx) {
        if (!writes.tryAcquire()) {
            throw new Busy("too many documents waiting to be coded (" + options.writeQueue() + " queued and one "
                    + "being coded); retry in " + RETRY_AFTER_SECONDS + " s");
        }
        try {
            ingestOne(ctx);
        } finally {
            writes.release();
        }
    }

    private void ingestOne(Context ctx) {
        JsonNode body;
        try {
            body = BODY.readTree(TextReader.decode("body", ctx.bodyAsBytes()));
        } catch (BadDocumentException e) {
            throw new BadRequest("body", e.reason());
        } catch (JsonProcessingException e) {
            throw new BadRequest("body", "not JSON: " + e.getOriginalMessage());
        }
        if (body == null || !body.isObject()) {
            throw new BadRequest("body", "expected a JSON object {text, date, title, outlet, url}");
        }
        Set<String> known = Set.of("text", "date", "title", "outlet", "url");
        for (var it = body.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!known.contains(name)) {
                throw new BadRequest(name, "unknown field (expected text, date, title, outlet, url)");
            }
        }
        var d = new RecordService.NewDocument(field(body, "text"), field(body, "date"), field(body, "title"),
                field(body, "outlet"), field(body, "url"));
        RecordService.Ingested r = service.ingest(d);
        ctx.status(r.added() ? 201 : 200);
        json(ctx, Views.JSON.valueToTree(r));
    }

    // ---------------------------------------------------------------- parameters

    private static String field(JsonNode body, String name) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new BadRequest(name, "must be a string");
        }
        return v.asText();
    }

    private static int limit(Context ctx, int dflt) {
        return ctx.queryParamAsClass("limit", Integer.class).check(l -> l >= 1, "must be at least 1")
                .check(l -> l <= MAX_LIMIT, "must be at most " + MAX_LIMIT).getOrDefault(dflt);
    }

    private static LocalDate date(Context ctx, String name) {
        return ctx.queryParamAsClass(name, LocalDate.class).allowNullable().get();
    }

    /** A text parameter of at most 200 characters; empty is absent. */
    static String text(Context ctx, String name) {
        String v = ctx.queryParamAsClass(name, String.class).allowNullable()
                .check(s -> s == null || s.length() <= 200, "at most 200 characters").get();
        return v == null || v.isEmpty() ? null : v;
    }

    private static Set<Modality> modalities(Context ctx) {
        String v = ctx.queryParamAsClass("modality", String.class).allowNullable().check(m -> m == null
                || modalitiesValid(m), "unknown modality (expected a comma-separated list of asserted, reported, "
                + "intent, hypothetical, negated, background)").get();
        if (v == null || v.isEmpty()) {
            return Set.of();
        }
        Set<Modality> set = EnumSet.noneOf(Modality.class);
        for (String label : v.split(",")) {
            set.add(Modality.parse(label.strip()));
        }
        return set;
    }

    private static boolean modalitiesValid(String v) {
        for (String label : v.split(",")) {
            try {
                Modality.parse(label.strip());
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return true;
    }

    private static String origin(Context ctx) {
        return ctx.queryParamAsClass("origin", String.class).allowNullable().check(o -> o == null || o.equals("saydo")
                || o.equals("gdelt"), "expected saydo or gdelt").get();
    }

    /** The {@code cursor} parameter: null for the first page; a token this server did not write is a bad request. */
    private static Cursor cursor(Context ctx) {
        String token = ctx.queryParam("cursor");
        try {
            return Cursor.parse(token);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("cursor", "not a cursor returned by this server: " + BadRequest.quote(token));
        }
    }

    private static RecordReader.Order order(Context ctx) {
        String o = ctx.queryParamAsClass("order", String.class).check(s -> s.equals("asc") || s.equals("desc"),
                "expected asc or desc").getOrDefault("asc");
        return o.equals("asc") ? RecordReader.Order.ASC : RecordReader.Order.DESC;
    }

    private static String docId(Context ctx) {
        return ctx.pathParamAsClass("id", String.class).check(id -> DOC_ID.matcher(id).matches(),
                "a document id is lower-case hex (at most 64 digits)").get();
    }

    private static String actor(Context ctx, String name) {
        return ctx.pathParamAsClass(name, String.class).check(a -> ACTOR.matcher(a).matches(),
                "an actor code is upper-case letters and digits, like RUS or USAGOV").get();
    }

    // ---------------------------------------------------------------- security

    private void authorize(Context ctx) {
        if (options.token() == null) {
            throw new Denied(403, "writes are disabled: this server was started without --token-file");
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            throw new Denied(401, "missing bearer token: send 'Authorization: Bearer <token>'");
        }
        byte[] given = header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, options.token().getBytes(StandardCharsets.UTF_8))) {
            throw new Denied(403, "wrong bearer token");
        }
    }

    /** Reads posted bodies; a parse error quotes at most {@link BadRequest#QUOTED} characters of a bad token. */
    private static final ObjectMapper BODY = new ObjectMapper(JsonFactory.builder()
            .errorReportConfiguration(ErrorReportConfiguration.builder().maxErrorTokenLength(BadRequest.QUOTED)
                    .maxRawContentLength(0).build()).build());

    /** A write refused because the write queue is full. Mapped to 503 with {@code Retry-After}. */
    static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Busy(String message) {
            super(message);
        }
    }

    /** A request refused for want of (the right) credentials. */
    static final class Denied extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        Denied(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    // ---------------------------------------------------------------- responses and errors

    /** The one place where exceptions become status codes. No stack trace ever goes to the client. */
    private void errors(Javalin javalin) {
        javalin.exception(ValidationException.class, (e, ctx) -> {
            Map.Entry<String, List<ValidationError<Object>>> first = e.getErrors().entrySet().iterator().next();
            ValidationError<Object> err = first.getValue().get(0);
            String message = switch (err.getMessage()) {
                case "TYPE_CONVERSION_FAILED" -> "cannot read " + BadRequest.quote(err.getValue()) + " as "
                        + expected(first.getKey());
                case "NULLCHECK_FAILED" -> "required";
                default -> err.getMessage() + ": " + BadRequest.quote(err.getValue());
            };
            error(ctx, 400, first.getKey(), "parameter '" + first.getKey() + "': " + message);
        });
        javalin.exception(BadRequest.class, (e, ctx) -> error(ctx, 400, e.parameter(), e.getMessage()));
        javalin.exception(Busy.class, (e, ctx) -> {
            ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            error(ctx, 503, null, e.getMessage());
        });
        javalin.exception(NotFound.class, (e, ctx) -> error(ctx, 404, null, e.getMessage()));
        javalin.exception(Denied.class, (e, ctx) -> {
            if (e.status == 401) {
                ctx.header("WWW-Authenticate", "Bearer");
            }
            error(ctx, e.status, null, e.getMessage());
        });
        javalin.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), null, e.getMessage()));
        javalin.exception(StoreException.class, (e, ctx) -> {
            options.log().accept("store error on " + ctx.method() + " " + ctx.path() + ": " + e.getMessage());
            error(ctx, 500, null, "the record could not be read; see the server log");
        });
        javalin.exception(Exception.class, (e, ctx) -> {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            options.log().accept("error on " + ctx.method() + " " + ctx.path() + ": " + trace);
            error(ctx, 500, null, "internal error; see the server log");
        });
    }

    private static String expected(String parameter) {
        return switch (parameter) {
            case "from", "to" -> "a date (YYYY-MM-DD)";
            case "limit" -> "a whole number (1 to " + MAX_LIMIT + ")";
            case "quad" -> "a QuadClass (1 to 4)";
            case "pairs", "permutations", "top" -> "a whole number";
            case "seed" -> "a whole number (a random seed)";
            default -> "the expected type";
        };
    }

    private static void error(Context ctx, int status, String parameter, String message) {
        ctx.status(status);
        json(ctx, Views.JSON.valueToTree(new ApiError(status, message, parameter)));
    }

    private static void json(Context ctx, JsonNode node) {
        try {
            ctx.contentType("application/json; charset=utf-8").result(Views.JSON.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static boolean wantsCsv(Context ctx) {
        String accept = ctx.header("Accept");
        return "csv".equals(ctx.queryParam("format")) || (accept != null && accept.contains("text/csv"));
    }

    private static void csv(Context ctx, String body, Cursor next) {
        if (next != null) {
            ctx.header("X-Next-Cursor", next.token());
        }
        ctx.contentType("text/csv; charset=utf-8").result(body);
    }

    private void document(Context ctx, RecordReader.DocumentView document) {
        ctx.contentType("application/json; charset=utf-8");
        kept(ctx, rendered.get(new Rendering("document", document, () -> Views.document(document))));
    }

    /** As {@link #list(Context, List, Function, Cursor, List, Function)}, the JSON body kept by the page's value. */
    private <T> void list(Context ctx, String kind, List<T> items, Function<T, ObjectNode> view, Cursor next,
            List<String> columns, Function<T, List<Object>> cells) {
        if (wantsCsv(ctx)) {
            csv(ctx, Views.csv(columns, items, cells), next);
        } else {
            ctx.contentType("application/json; charset=utf-8");
            kept(ctx, rendered.get(new Rendering(kind, java.util.Arrays.asList(items, next),
                    () -> Views.list(items, view, next))));
        }
    }

    private static <T> void list(Context ctx, List<T> items, Function<T, ObjectNode> view, Cursor next,
            List<String> columns, Function<T, List<Object>> cells) {
        if (wantsCsv(ctx)) {
            csv(ctx, Views.csv(columns, items, cells), next);
        } else {
            json(ctx, Views.list(items, view, next));
        }
    }
}
