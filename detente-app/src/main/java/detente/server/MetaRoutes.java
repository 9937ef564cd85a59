package detente.server;

import java.util.Map;

/** The API's own resources: the OpenAPI document, the CSRF session token, status. */
final class MetaRoutes {

    private MetaRoutes() {
    }

    static void register(Api api, Services s, String version) {
        api.tag("meta")
                .get("/api/openapi.json", "This document", ctx -> ctx.json(OpenApi.document(api.endpoints(), version)))
                .get("/api/session", "CSRF token for unsafe requests (also set as an HttpOnly cookie)",
                        ctx -> ctx.json(Map.of("csrf", s.csrf().session(ctx), "header", CsrfGuard.HEADER)))
                .get("/api/status", "Version and whether the NLP models are loaded",
                        ctx -> ctx.json(Map.of("version", version, "modelsLoaded", s.coding().loaded())));
    }
}
