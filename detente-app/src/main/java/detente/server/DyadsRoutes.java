package detente.server;

import static detente.server.Api.path;
import static detente.server.Api.query;

/** {@code /api/dyads}: a dyad's timeline and tension, and the top dyads. */
final class DyadsRoutes {

    private DyadsRoutes() {
    }

    static void register(Api api, Services s) {
        Api.Param a = path("a", "actor (country, group or code by level)");
        Api.Param b = path("b", "other actor");
        Api.Param from = query("from", "YYYY-MM-DD");
        Api.Param to = query("to", "YYYY-MM-DD");
        Api.Param level = query("level", "country (default), group or code");
        Api.Param by = query("by", "day, week (default) or month");
        api.tag("dyads")
                .get("/api/dyads/top", "Top dyads of a window by volume or by recent change in tension",
                        ctx -> s.cache().json(ctx, () -> s.analysis().top(ctx)), from, to, query("order", "volume (default) or change"),
                        query("limit", "how many (default 10)"))
                .get("/api/dyads/{a}/{b}", "A dyad's timeline: cooperation, conflict, Goldstein, tension, event ids",
                        ctx -> s.cache().json(ctx, () -> s.analysis().timeline(ctx)), a, b, from, to, level, by,
                        query("directed", "true: only a acting on b"))
                .get("/api/dyads/{a}/{b}/tension", "A dyad's tension index (0-100) per period",
                        ctx -> s.cache().json(ctx, () -> s.analysis().tension(ctx)), a, b, from, to, level, by);
    }
}
