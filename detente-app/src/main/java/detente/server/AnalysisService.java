package detente.server;

import detente.analysis.ActorLevel;
import detente.analysis.ActorMatch;
import detente.analysis.ActorNetwork;
import detente.analysis.ActorProfile;
import detente.analysis.Alert;
import detente.analysis.Analysis;
import detente.analysis.DyadQuery;
import detente.analysis.DyadTimeline;
import detente.analysis.Period;
import detente.analysis.TopDyad;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns query parameters into {@link Analysis} calls; 400 on bad values. */
final class AnalysisService {

    private final Analysis analysis;
    private final ServerConfig config;

    AnalysisService(Analysis analysis, ServerConfig config) {
        this.analysis = analysis;
        this.config = config;
    }

    DyadTimeline timeline(Context ctx) {
        return analysis.dyad(new DyadQuery(Params.checkCode("a", ctx.pathParam("a")),
                Params.checkCode("b", ctx.pathParam("b")), Params.date(ctx, "from"), Params.date(ctx, "to"),
                level(ctx), "true".equals(Params.text(ctx, "directed")), period(ctx)));
    }

    List<Map<String, Object>> tension(Context ctx) {
        return timeline(ctx).points().stream().map(p -> Map.<String, Object>of("period", p.period().toString(),
                "tension", p.tension(), "events", p.events())).toList();
    }

    List<TopDyad> top(Context ctx) {
        String order = ctx.queryParamAsClass("order", String.class).getOrDefault("volume");
        TopDyad.Order o = switch (order) {
            case "volume" -> TopDyad.Order.VOLUME;
            case "change" -> TopDyad.Order.CHANGE;
            default -> throw ApiException.badRequest("order must be volume or change");
        };
        int limit = Params.integer(ctx, "limit", 10);
        if (limit < 1 || limit > config.maxLimit) {
            throw ApiException.badRequest("limit must be between 1 and " + config.maxLimit);
        }
        return analysis.topDyads(Params.date(ctx, "from"), Params.date(ctx, "to"), limit, o);
    }

    List<Alert> alerts(Context ctx) {
        return analysis.alerts(Params.date(ctx, "since"));
    }

    ActorNetwork network(Context ctx) {
        LocalDate from = Params.date(ctx, "from");
        LocalDate to = Params.date(ctx, "to");
        return Params.text(ctx, "level") == null ? analysis.network(from, to) : analysis.network(from, to, level(ctx));
    }

    /** An actor the store has no events for at the level is a 404 naming close codes, as the CLI's refusal is. */
    ActorProfile profile(Context ctx) {
        String actor = Params.checkCode("actor", ctx.pathParam("actor"));
        ActorLevel level = level(ctx);
        ActorMatch match = analysis.actorMatch(actor, level);
        if (match.events() == 0) {
            throw new ApiException(404, match.unknown(level));
        }
        return analysis.actor(actor, Params.date(ctx, "from"), Params.date(ctx, "to"), level);
    }

    private static ActorLevel level(Context ctx) {
        String v = Params.text(ctx, "level");
        if (v == null) {
            return ActorLevel.COUNTRY;
        }
        try {
            return ActorLevel.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("level must be country, group or code");
        }
    }

    private static Period period(Context ctx) {
        String v = Params.text(ctx, "by");
        if (v == null) {
            return Period.WEEK;
        }
        try {
            return Period.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("by must be day, week or month");
        }
    }

}
