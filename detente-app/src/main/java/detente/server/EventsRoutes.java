package detente.server;

import java.util.Arrays;
import java.util.List;

import static detente.server.Api.LIMIT;
import static detente.server.Api.OFFSET;
import static detente.server.Api.path;
import static detente.server.Api.query;

/**
 * {@code /api/events}: stored events filtered as in {@code detente events}, counts over time, one event with its
 * reports, the reports behind a chart point, why an event was coded, and replies (with verdicts) to a coded event.
 */
final class EventsRoutes {

    private EventsRoutes() {
    }

    static void register(Api api, Services s) {
        api.tag("events")
                .get("/api/events", "Events (one per real-world event), filtered", ctx -> ctx.json(s.events().list(
                                new EventService.Filter(Params.code(ctx, "actor"), Params.code(ctx, "a"),
                                        Params.code(ctx, "b"), Params.date(ctx, "from"), Params.date(ctx, "to"),
                                        Params.code(ctx, "code"), Params.text(ctx, "q"), Params.text(ctx, "reading")),
                                Paging.of(ctx, s.config()))),
                        query("actor", "actor code, code prefix, country or group"),
                        query("a", "one end of a dyad (with b; either direction)"), query("b", "other end of the dyad"),
                        query("from", "YYYY-MM-DD"), query("to", "YYYY-MM-DD"), query("code", "CAMEO code or prefix"),
                        query("q", "words in a report's sentence"),
                        query("reading", "patterns or model: events a dictionary pattern or the learned reading coded"),
                        LIMIT, OFFSET)
                .get("/api/events/counts", "Events per period and QuadClass", ctx -> s.cache().json(ctx, () -> s.events().counts(
                                ctx.queryParamAsClass("by", String.class).getOrDefault("week"),
                                Params.date(ctx, "from"), Params.date(ctx, "to"))),
                        query("by", "day, week (default) or month"), query("from", "YYYY-MM-DD"),
                        query("to", "YYYY-MM-DD"))
                .get("/api/events/{id}", "One event with its reports (by event or report id)",
                        ctx -> ctx.json(s.events().event(ctx.pathParam("id"))), path("id", "event or report id"))
                .get("/api/reports", "The coded reports (sentence, trigger, article) behind events",
                        ctx -> ctx.json(s.events().reports(ids(Params.required(ctx, "events")), s.config().maxLimit)),
                        query("events", "comma-separated event ids"))
                .get("/api/reports/{id}/explain", "Why this event was coded: the output of detente explain",
                        ctx -> ctx.json(s.coding().explain(s.events().report(ctx.pathParam("id")))),
                        path("id", "report id"))
                .get("/api/reports/{id}/replies", "Approved replies to a coded event",
                        ctx -> ctx.json(s.replies().approved("event", s.events().report(ctx.pathParam("id")).get("id")
                                .toString())), path("id", "report id"))
                .post("/api/reports/{id}/replies", "Reply to a coded event, optionally with a verdict: correct, wrong,"
                                + " or fix with code/source/target", "Reply",
                        ctx -> ctx.status(201).json(s.replies().post("event", s.events().report(ctx.pathParam("id"))
                                .get("id").toString(), ctx)), path("id", "report id"));
    }

    private static List<String> ids(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).filter(x -> !x.isEmpty()).distinct().toList();
    }
}
