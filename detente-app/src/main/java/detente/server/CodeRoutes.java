package detente.server;

/** {@code POST /api/code} (code without storing) and {@code POST /api/ingest} (store; admin). */
final class CodeRoutes {

    private CodeRoutes() {
    }

    static void register(Api api, Services s) {
        api.tag("coding")
                .post("/api/code", "Code a posted text or URL without storing it; returns the document JSON", "Text",
                        ctx -> ctx.json(s.coding().code(Params.body(ctx), ctx.ip(), ClientWatch.start(ctx))))
                .adminPost("/api/ingest", "Code and store a text or URL", "Text",
                        ctx -> ctx.status(201).json(s.coding().ingest(Params.body(ctx))));
    }
}
