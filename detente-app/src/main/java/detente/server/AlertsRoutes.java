package detente.server;

import static detente.server.Api.query;

/** {@code /api/alerts}: escalation and de-escalation alerts. */
final class AlertsRoutes {

    private AlertsRoutes() {
    }

    static void register(Api api, Services s) {
        api.tag("alerts").get("/api/alerts", "Escalation and de-escalation alerts",
                ctx -> s.cache().json(ctx, () -> s.analysis().alerts(ctx)), query("since", "YYYY-MM-DD: weeks from this date"));
    }
}
