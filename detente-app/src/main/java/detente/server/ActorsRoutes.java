package detente.server;

import static detente.server.Api.path;
import static detente.server.Api.query;
import static detente.server.Api.requiredQuery;

/** {@code /api/actors}: dictionary lookup and an actor's profile. */
final class ActorsRoutes {

    private ActorsRoutes() {
    }

    static void register(Api api, Services s) {
        api.tag("actors")
                .get("/api/actors", "What a name means in the actor dictionary on a date",
                        ctx -> ctx.json(s.actors().lookup(Params.required(ctx, "name"), Params.date(ctx, "date"))),
                        requiredQuery("name", "a name, e.g. Erdogan or Ankara"), query("date", "YYYY-MM-DD"))
                .get("/api/actors/{actor}/profile", "Partners, adversaries, event mix and trend of an actor",
                        ctx -> s.cache().json(ctx, () -> s.analysis().profile(ctx)), path("actor", "actor at the level"),
                        query("from", "YYYY-MM-DD"), query("to", "YYYY-MM-DD"),
                        query("level", "country (default), group or code"));
    }
}
