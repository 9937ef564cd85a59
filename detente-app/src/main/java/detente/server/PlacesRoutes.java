package detente.server;

import static detente.server.Api.query;

/** {@code /api/places}: where the stored events happened, with counts, for the map page. */
final class PlacesRoutes {

    private PlacesRoutes() {
    }

    static void register(Api api, Services s) {
        api.tag("places")
                .get("/api/places", "Places of events with counts per QuadClass, filtered as /api/events",
                        ctx -> ctx.json(s.places().places(new EventService.Filter(Params.code(ctx, "actor"),
                                Params.code(ctx, "a"), Params.code(ctx, "b"), Params.date(ctx, "from"),
                                Params.date(ctx, "to"), Params.code(ctx, "code"), null, null))),
                        query("actor", "actor code, code prefix, country or group"),
                        query("a", "one end of a dyad (with b; either direction)"), query("b", "other end of the dyad"),
                        query("from", "YYYY-MM-DD"), query("to", "YYYY-MM-DD"), query("code", "CAMEO code or prefix"));
    }
}
