package detente.server;

import static detente.server.Api.path;

/** Watched sources, what changed lately, the alerts feed and muting: {@code /api/sources}, {@code /api/live}... */
final class WatchRoutes {

    private WatchRoutes() {
    }

    static void register(Api api, WatchService w) {
        api.tag("watch")
                .get("/api/sources", "Watched sources and their health (detente watch / serve --watch)",
                        ctx -> ctx.json(w.sources()))
                .get("/api/live", "When the store last changed, its size, and the newest events (the dashboard polls it)",
                        ctx -> ctx.json(w.live()))
                .get("/api/alerts.atom", "Alerts sent, as an Atom feed; each entry links to its dyad and events",
                        ctx -> ctx.contentType("application/atom+xml; charset=utf-8")
                                .result(w.atom(ctx.scheme() + "://" + ctx.host())))
                .get("/api/alerts/mutes", "Dyads whose alerts are muted", ctx -> ctx.json(w.mutes()))
                .adminPost("/api/alerts/mute/{a}/{b}", "Mute a dyad's alerts (admin)", null,
                        ctx -> ctx.json(w.mute(Params.checkCode("a", ctx.pathParam("a")),
                                Params.checkCode("b", ctx.pathParam("b")), true)),
                        path("a", "actor code"), path("b", "actor code"))
                .adminPost("/api/alerts/unmute/{a}/{b}", "Unmute a dyad's alerts (admin)", null,
                        ctx -> ctx.json(w.mute(Params.checkCode("a", ctx.pathParam("a")),
                                Params.checkCode("b", ctx.pathParam("b")), false)),
                        path("a", "actor code"), path("b", "actor code"));
    }
}
