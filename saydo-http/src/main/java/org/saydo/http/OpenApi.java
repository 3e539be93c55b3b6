package org.saydo.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI 3.0 description of the API, written by hand in code so that it says exactly what the handlers do.
 * Built once; the returned node must not be modified.
 */
final class OpenApi {

    private static final ObjectNode DOCUMENT = build();

    private OpenApi() {
    }

    static ObjectNode document() {
        return DOCUMENT;
    }

    private static ObjectNode build() {
        ObjectNode root = Views.JSON.createObjectNode();
        root.put("openapi", "3.0.3");
        ObjectNode info = root.putObject("info");
        info.put("title", "Saydo API");
        info.put("version", org.saydo.Version.PIPELINE);
        info.put("description", "Who said what and who did what to whom, and when: the sourced record of events and "
                + "quotes. Lists answer JSON ({items, next_cursor}) or CSV (Accept: text/csv or format=csv; the "
                + "next cursor is then in the X-Next-Cursor header); the analyses (gap, around, ledger, profile) answer CSV too, "
                + "as saydo ... --format csv writes it. Errors are {status, error, parameter}.");
        info.putObject("license").put("name", "GPL-3.0-or-later");
        ObjectNode security = root.putObject("components").putObject("securitySchemes");
        security.putObject("bearer").put("type", "http").put("scheme", "bearer");
        ObjectNode paths = root.putObject("paths");

        get(paths, "/healthz", "Liveness and record counts", false);
        ObjectNode events = get(paths, "/api/events", "Events (one per real-world event), same filters as saydo "
                + "events", true);
        query(events, "actor", "string", "source actor code prefix (RUS matches RUSGOV)");
        query(events, "target", "string", "target actor code prefix");
        query(events, "cameo", "string", "CAMEO code prefix, 1 to 4 digits");
        query(events, "from", "date", "first event date, inclusive");
        query(events, "to", "date", "last event date, inclusive");
        query(events, "modality", "string",
                "comma-separated: asserted, reported, intent, hypothetical, negated, background");
        query(events, "outlet", "string", "an outlet among the event's reports");
        query(events, "origin", "string", "saydo or gdelt");
        query(events, "quad", "integer", "QuadClass 1 to 4");
        paging(events);
        ObjectNode quotes = get(paths, "/api/quotes", "Quotes", true);
        query(quotes, "actor", "string", "speaker code prefix");
        query(quotes, "target", "string", "target code prefix");
        query(quotes, "from", "date", "first date, inclusive");
        query(quotes, "to", "date", "last date, inclusive");
        query(quotes, "modality", "string", "comma-separated modalities");
        paging(quotes);
        ObjectNode doc = get(paths, "/api/documents/{id}", "A document: text, and the spans of its events and quotes",
                false);
        path(doc, "id", "the document's content id (lower-case hex)");
        response(doc, "404", "no such document");
        ObjectNode post = paths.putObject("/api/documents").putObject("post");
        post.put("summary", "Ingest one document through the coder");
        post.putArray("security").addObject().putArray("bearer");
        ObjectNode schema = post.putObject("requestBody").put("required", true).putObject("content")
                .putObject("application/json").putObject("schema");
        schema.put("type", "object");
        schema.putArray("required").add("text");
        ObjectNode props = schema.putObject("properties");
        for (String f : new String[] {"text", "date", "title", "outlet", "url"}) {
            props.putObject(f).put("type", "string");
        }
        response(post, "201", "stored: {id, added, events, quotes, warnings}");
        response(post, "200", "already stored");
        response(post, "400", "missing text, bad date, unknown field, text the coder cannot read or finish within "
                + "its time budget");
        response(post, "401", "no bearer token");
        response(post, "403", "wrong token, or the server has no token file");
        response(post, "503", "the write queue is full; retry after the seconds in Retry-After");
        ObjectNode search = get(paths, "/api/search", "Full-text search over stored sentences (Lucene syntax)", true);
        query(search, "q", "string", "the search (required)");
        query(search, "actor", "string", "actor code prefix of a claim in the sentence");
        query(search, "from", "date", "publication or claim date, inclusive");
        query(search, "to", "date", "publication or claim date, inclusive");
        paging(search);
        ObjectNode actor = get(paths, "/api/actors/{code}", "Profile (saydo profile --format json): gap table, "
                + "around talks with the most frequent partner, ledger, top quotes and events", true);
        path(actor, "code", "actor code (prefix), upper-case");
        query(actor, "by", "string", "gap period: day, week (default) or month");
        query(actor, "window", "string", "around-talks window in days, 3 or 3d (default 3)");
        query(actor, "horizon", "string", "ledger horizon in days (default 30)");
        query(actor, "permutations", "integer", "around-talks permutations (default 10000)");
        query(actor, "seed", "integer", "around-talks random seed (default 42)");
        query(actor, "top", "integer", "quotes and events listed (default 10)");
        ObjectNode gap = get(paths, "/api/actors/{code}/gap", "Say-do gap (saydo gap --format json)", true);
        path(gap, "code", "actor code (prefix)");
        query(gap, "target", "string", "target code prefix");
        query(gap, "by", "string", "day, week (default) or month");
        query(gap, "from", "date", "first date");
        query(gap, "to", "date", "last date");
        query(gap, "pairs", "integer", "contradicting pairs per period (default 3)");
        query(gap, "evidence", "boolean", "attach the events and quotes behind each figure");
        ObjectNode around = get(paths, "/api/actors/{code}/around", "Deeds around talks (saydo around --format json)",
                true);
        path(around, "code", "actor code (prefix): one party, and whose deeds are counted");
        param(around, "with", "query", "string", "the other party of the talks", true);
        query(around, "window", "string", "days before and after, 3 or 3d (default 3)");
        query(around, "from", "date", "first day");
        query(around, "to", "date", "last day");
        query(around, "permutations", "integer", "permutation test draws (default 10000)");
        query(around, "seed", "integer", "random seed (default 42)");
        query(around, "evidence", "boolean", "attach the talk events and deeds");
        ObjectNode ledger = get(paths, "/api/actors/{code}/ledger", "Commitments and what became of them (saydo "
                + "ledger --format json)", true);
        path(ledger, "code", "actor code (prefix)");
        query(ledger, "horizon", "string", "days, 30 or 30d (default 30)");
        query(ledger, "status", "string", "kept, broken, pending, inconclusive or unspecified");
        query(ledger, "from", "date", "first commitment date");
        query(ledger, "to", "date", "last commitment date");
        ObjectNode summary = get(paths, "/api/actors/{code}/summary", "Small profile: events by QuadClass, most "
                + "reported events, newest quotes", false);
        path(summary, "code", "actor code (prefix)");
        ObjectNode weekly = get(paths, "/api/actors/{code}/weekly", "Words against deeds per week: mean Goldstein "
                + "of verbal and of material events", true);
        path(weekly, "code", "actor code (prefix)");
        ObjectNode dyads = get(paths, "/api/dyads", "Busiest source-target pairs", true);
        query(dyads, "limit", "integer", "how many (1 to 1000, default 20)");
        ObjectNode dyad = get(paths, "/api/dyads/{actor}/{target}/weekly", "Events of a dyad per week by QuadClass",
                true);
        path(dyad, "actor", "source code prefix");
        path(dyad, "target", "target code prefix");
        narratives(paths);
        return root;
    }

    /** The narrative endpoints ({@link NarrativeRoutes}). */
    private static void narratives(ObjectNode paths) {
        ObjectNode all = get(paths, "/api/narratives", "Narratives in the record (saydo narratives --format json): "
                + "per label documents, claims, first and last seen, documents per week; echo: who voiced each "
                + "after whom, lag in days", false);
        ObjectNode one = get(paths, "/api/narratives/{label}", "One narrative or sub-narrative: its figures, "
                + "sub-narratives, echo, and the evidence sentences (newest first)", false);
        path(one, "label", "the label as the taxonomy spells it, URL-encoded (a slash in it may stay)");
        query(one, "limit", "integer", "evidence sentences, 0 to " + NarrativeRoutes.MAX_EVIDENCE + " (default 50)");
        response(one, "404", "no document carries the label");
        ObjectNode actor = get(paths, "/api/actors/{code}/narratives", "The narratives an actor's quotes carry "
                + "(saydo narratives --actor CODE --format json)", false);
        path(actor, "code", "actor code (prefix), upper-case");
        for (ObjectNode op : new ObjectNode[] {all, one, actor}) {
            if (op != actor) {
                query(op, "actor", "string", "only claims quoting this actor (code prefix)");
            }
            query(op, "outlet", "string", "only this outlet's documents");
            query(op, "from", "date", "first publication date, inclusive");
            query(op, "to", "date", "last publication date, inclusive");
        }
    }

    /** A GET operation; {@code csv}: it answers CSV too (format=csv or Accept: text/csv). */
    private static ObjectNode get(ObjectNode paths, String path, String summary, boolean csv) {
        ObjectNode op = paths.putObject(path).putObject("get");
        op.put("summary", summary);
        op.putArray("parameters");
        ObjectNode ok = op.putObject("responses").putObject("200");
        ok.put("description", "OK");
        ObjectNode content = ok.putObject("content");
        content.putObject("application/json");
        if (csv) {
            content.putObject("text/csv");
            query(op, "format", "string", "csv for CSV (or Accept: text/csv); default JSON");
        }
        response(op, "400", "a parameter is malformed; the message names it");
        return op;
    }

    private static void response(ObjectNode op, String status, String description) {
        ObjectNode responses = op.has("responses") ? (ObjectNode) op.get("responses") : op.putObject("responses");
        responses.putObject(status).put("description", description);
    }

    private static void query(ObjectNode op, String name, String type, String description) {
        param(op, name, "query", type, description, name.equals("q"));
    }

    private static void path(ObjectNode op, String name, String description) {
        param(op, name, "path", "string", description, true);
    }

    private static void paging(ObjectNode op) {
        query(op, "limit", "integer", "rows per page, 1 to " + SaydoServer.MAX_LIMIT);
        query(op, "cursor", "string", "next_cursor of the previous page");
        if (!op.get("summary").asText().startsWith("Full-text")) {
            query(op, "order", "string", "asc (default) or desc by date");
        }
    }

    private static void param(ObjectNode op, String name, String in, String type, String description,
            boolean required) {
        ArrayNode params = (ArrayNode) op.get("parameters");
        ObjectNode p = params.addObject();
        p.put("name", name);
        p.put("in", in);
        p.put("required", required);
        p.put("description", description);
        ObjectNode schema = p.putObject("schema");
        if (type.equals("boolean")) {
            schema.put("type", "boolean");
        } else if (type.equals("date")) {
            schema.put("type", "string").put("format", "date");
        } else {
            schema.put("type", type);
        }
    }
}
