package detente.server;

import static detente.server.Api.query;

/** {@code /api/network}: the signed actor network of a period. */
final class NetworkRoutes {

    private NetworkRoutes() {
    }

    static void register(Api api, Services s) {
        api.tag("network").get("/api/network", "Signed alliance graph: blocs, balance, brokers (mediators)",
                ctx -> s.cache().json(ctx, () -> s.analysis().network(ctx)), query("from", "YYYY-MM-DD"), query("to", "YYYY-MM-DD"),
                query("level", "group (default), country or code"));
    }
}
