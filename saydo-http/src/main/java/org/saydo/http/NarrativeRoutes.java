package org.saydo.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.saydo.analysis.AnalysisJson;
import org.saydo.analysis.NarrativeAnalysis;
import org.saydo.store.NarrativeReads;

/**
 * The narrative endpoints: {@code /api/narratives} (the record's narratives, as {@code saydo narratives --format
 * json}), {@code /api/narratives/{label}} (one label: its figures, weekly series, echo and evidence sentences),
 * {@code /api/actors/{code}/narratives} (as {@code saydo narratives --actor CODE}). Thin handlers: parameters are
 * checked here, the figures come from {@link NarrativeAnalysis}; bad parameters are {@link BadRequest}s.
 */
final class NarrativeRoutes {

    /** The most evidence sentences {@code /api/narratives/{label}} returns. */
    static final int MAX_EVIDENCE = 200;

    private static final Pattern ACTOR = Pattern.compile("[A-Z0-9]{1,40}");

    private final Analyses analyses;

    private NarrativeRoutes(Analyses analyses) {
        this.analyses = Objects.requireNonNull(analyses, "analyses");
    }

    /** Adds the routes to {@code app}. */
    static void register(Javalin app, Analyses analyses) {
        Routes.register(app, new NarrativeRoutes(analyses));
    }

    private static final String ACTOR_PARAM = "only claims quoting this actor (code prefix)";
    private static final String OUTLET = "only this outlet's documents";
    private static final String FROM = "first publication date, inclusive (YYYY-MM-DD)";
    private static final String TO = "last publication date, inclusive (YYYY-MM-DD)";
    private static final String JSON_TYPE = "application/json";
    private static final String FIGURES = "per label documents, claims, first and last seen, documents per week; "
            + "echo: who voiced each after whom, lag in days";

    @OpenApi(path = "/api/narratives", methods = HttpMethod.GET, summary = "Narratives in the record (saydo "
            + "narratives --format json)", description = FIGURES,
            queryParams = {
                @OpenApiParam(name = "actor", description = ACTOR_PARAM),
                @OpenApiParam(name = "outlet", description = OUTLET),
                @OpenApiParam(name = "from", type = LocalDate.class, description = FROM),
                @OpenApiParam(name = "to", type = LocalDate.class, description = TO)},
            responses = {
                @OpenApiResponse(status = "200", description = "{labelled, labels, echo, ...}",
                        content = @OpenApiContent(mimeType = JSON_TYPE, type = "object")),
                @OpenApiResponse(status = "400", description = OpenApiDocument.BAD_PARAMETER,
                        content = @OpenApiContent(from = SaydoServer.ApiError.class))})
    private void all(Context ctx) {
        NarrativeReads.Filter f = filter(ctx, actorParam(ctx), null);
        write(ctx, analyses.narratives(a -> a.run(f)));
    }

    @OpenApi(path = "/api/actors/{code}/narratives", methods = HttpMethod.GET, summary = "The narratives an actor's "
            + "quotes carry (saydo narratives --actor CODE --format json)", description = FIGURES,
            pathParams = @OpenApiParam(name = "code", required = true, description = "actor code (prefix), upper-case "
                    + "letters and digits, like RUS or USAGOV"),
            queryParams = {
                @OpenApiParam(name = "outlet", description = OUTLET),
                @OpenApiParam(name = "from", type = LocalDate.class, description = FROM),
                @OpenApiParam(name = "to", type = LocalDate.class, description = TO)},
            responses = {
                @OpenApiResponse(status = "200", description = "{labelled, labels, echo, ...}",
                        content = @OpenApiContent(mimeType = JSON_TYPE, type = "object")),
                @OpenApiResponse(status = "400", description = OpenApiDocument.BAD_PARAMETER,
                        content = @OpenApiContent(from = SaydoServer.ApiError.class))})
    private void actor(Context ctx) {
        String code = ctx.pathParamAsClass("code", String.class).check(a -> ACTOR.matcher(a).matches(),
                "an actor code is upper-case letters and digits, like RUS or USAGOV").get();
        NarrativeReads.Filter f = filter(ctx, code, null);
        write(ctx, analyses.narratives(a -> a.run(f)));
    }

    // <label>: a label may hold a slash ("Diplomacy does/will not work"); the document writes {label}
    @OpenApi(path = "/api/narratives/<label>", methods = HttpMethod.GET, summary = "One narrative or "
            + "sub-narrative: its figures, sub-narratives, echo, and the evidence sentences (newest first)",
            pathParams = @OpenApiParam(name = "label", required = true, description = "the label as the taxonomy "
                    + "spells it, URL-encoded (a slash in it may stay), 1 to 300 characters"),
            queryParams = {
                @OpenApiParam(name = "actor", description = ACTOR_PARAM),
                @OpenApiParam(name = "outlet", description = OUTLET),
                @OpenApiParam(name = "from", type = LocalDate.class, description = FROM),
                @OpenApiParam(name = "to", type = LocalDate.class, description = TO),
                @OpenApiParam(name = "limit", type = Integer.class, description = "evidence sentences, 0 to "
                        + MAX_EVIDENCE + " (default 50)")},
            responses = {
                @OpenApiResponse(status = "200", description = "{label, labels, echo, evidence}",
                        content = @OpenApiContent(mimeType = JSON_TYPE, type = "object")),
                @OpenApiResponse(status = "400", description = OpenApiDocument.BAD_PARAMETER,
                        content = @OpenApiContent(from = SaydoServer.ApiError.class)),
                @OpenApiResponse(status = "404", description = "no document carries the label",
                        content = @OpenApiContent(from = SaydoServer.ApiError.class))})
    private void one(Context ctx) {
        String label = ctx.pathParam("label").strip();
        if (label.isEmpty() || label.length() > 300) {
            throw new BadRequest("label", "a label is 1 to 300 characters");
        }
        int limit = ctx.queryParamAsClass("limit", Integer.class).check(n -> n >= 0 && n <= MAX_EVIDENCE,
                "must be 0 to " + MAX_EVIDENCE).getOrDefault(50);
        NarrativeReads.Filter f = filter(ctx, actorParam(ctx), label);
        Map<String, Object> out = analyses.narratives(a -> {
            NarrativeAnalysis.Result r = a.run(f);
            if (r.labels().isEmpty()) {
                throw new NotFound("no document " + (f.actor() == null ? "" : "quoting " + f.actor() + " ")
                        + "carries the label " + BadRequest.quote(label));
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", label);
            m.put("labels", r.labels());
            m.put("echo", r.echo());
            m.put("evidence", a.evidence(f, limit));
            return m;
        });
        write(ctx, out);
    }

    private static String actorParam(Context ctx) {
        return ctx.queryParamAsClass("actor", String.class).allowNullable()
                .check(a -> a == null || ACTOR.matcher(a).matches(), "an actor code like RUS or USAGOV").get();
    }

    private static NarrativeReads.Filter filter(Context ctx, String actor, String label) {
        LocalDate[] range = SaydoServer.range(ctx);
        return new NarrativeReads.Filter(actor, SaydoServer.text(ctx, "outlet"), range[0], range[1], label);
    }

    private static void write(Context ctx, Object result) {
        ctx.contentType("application/json; charset=utf-8").result(AnalysisJson.compact(result, Map.of()));
    }
}
