package org.saydo.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.openapi.plugin.OpenApiPlugin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI document at {@value #PATH}: Javalin's OpenAPI plugin serves what its annotation processor wrote at
 * compile time from the handlers' {@link io.javalin.openapi.OpenApi} declarations ({@link Routes}). Only what no
 * single handler says is here: the title, version and description of the API, and the bearer security scheme.
 */
final class OpenApiDocument {

    /** Where the document is served. */
    static final String PATH = "/openapi.json";

    /** The name of the security scheme of the writes ({@code security = @OpenApiSecurity(name = BEARER)}). */
    static final String BEARER = "bearer";

    /** What every operation may answer when a parameter is malformed. */
    static final String BAD_PARAMETER = "a parameter is malformed; the message names it";

    private OpenApiDocument() {
    }

    /** The plugin that serves the document at {@link #PATH}. */
    static OpenApiPlugin plugin() {
        return new OpenApiPlugin(config -> config.withDocumentationPath(PATH)
                .withDefinitionConfiguration((version, definition) -> definition
                        .withInfo(info -> info.title("Saydo API").version(org.saydo.Version.PIPELINE)
                                .description("Who said what and who did what to whom, and when: the sourced record of "
                                        + "events and quotes. Lists answer JSON ({items, next_cursor}) or CSV (Accept: "
                                        + "text/csv or format=csv; the next cursor is then in the X-Next-Cursor "
                                        + "header); the analyses (gap, around, ledger, profile) answer CSV too, as "
                                        + "saydo ... --format csv writes it. Errors are {status, error, parameter}.")
                                .license("GPL-3.0-or-later"))
                        .withSecurity(security -> security.withBearerAuth(BEARER))
                        .withDefinitionProcessor(OpenApiDocument::javalinPaths)));
    }

    /**
     * Writes Javalin's slash-accepting path parameters ({@code /api/narratives/<label>}) as OpenAPI spells every
     * path parameter ({@code /api/narratives/{label}}), keeping the order of the paths.
     */
    static String javalinPaths(ObjectNode document) {
        JsonNode paths = document.get("paths");
        if (paths instanceof ObjectNode p) {
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
            entries.addAll(p.properties());
            p.removeAll();
            for (Map.Entry<String, JsonNode> e : entries) {
                p.set(e.getKey().replaceAll("<([^>/]+)>", "{$1}"), e.getValue());
            }
        }
        return document.toString();
    }
}
