package org.saydo.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
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
        NarrativeRoutes r = new NarrativeRoutes(analyses);
        app.get("/api/narratives", r::all);
        // <label>: a label may hold a slash ("Diplomacy does/will not work")
        app.get("/api/narratives/<label>", r::one);
        app.get("/api/actors/{code}/narratives", r::actor);
    }

    private void all(Context ctx) {
        NarrativeReads.Filter f = filter(ctx, actorParam(ctx), null);
        write(ctx, analyses.narratives(a -> a.run(f)));
    }

    private void actor(Context ctx) {
        String code = ctx.pathParamAsClass("code", String.class).check(a -> ACTOR.matcher(a).matches(),
                "an actor code is upper-case letters and digits, like RUS or USAGOV").get();
        NarrativeReads.Filter f = filter(ctx, code, null);
        write(ctx, analyses.narratives(a -> a.run(f)));
    }

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
        LocalDate from = ctx.queryParamAsClass("from", LocalDate.class).allowNullable().get();
        LocalDate to = ctx.queryParamAsClass("to", LocalDate.class).allowNullable().get();
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequest("from", "from " + from + " is after to " + to);
        }
        String outlet = ctx.queryParamAsClass("outlet", String.class).allowNullable()
                .check(s -> s == null || s.length() <= 200, "at most 200 characters").get();
        return new NarrativeReads.Filter(actor, outlet, from, to, label);
    }

    private static void write(Context ctx, Object result) {
        ctx.contentType("application/json; charset=utf-8")
                .result(AnalysisJson.write(result).getBytes(StandardCharsets.UTF_8));
    }
}
