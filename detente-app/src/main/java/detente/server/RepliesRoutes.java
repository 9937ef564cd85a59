package detente.server;

import detente.store.Reply;

import static detente.server.Api.LIMIT;
import static detente.server.Api.OFFSET;
import static detente.server.Api.path;
import static detente.server.Api.query;

/** {@code /api/replies}: the accuracy reviewers' verdicts imply, and moderation (admin). */
final class RepliesRoutes {

    private RepliesRoutes() {
    }

    static void register(Api api, Services s) {
        api.tag("replies")
                .get("/api/replies/accuracy", "Accuracy implied by approved verdicts: correct / reviewed",
                        ctx -> s.cache().json(ctx, () -> s.replies().accuracy()))
                .adminGet("/api/replies", "Replies by moderation status (admin)", ctx -> ctx.json(s.replies()
                                .withStatus(ctx.queryParamAsClass("status", String.class).getOrDefault(Reply.PENDING),
                                        Paging.of(ctx, s.config()))),
                        query("status", "pending (default), approved or rejected"), LIMIT, OFFSET)
                .adminPost("/api/replies/{id}/approve", "Approve a reply (admin)", null,
                        ctx -> ctx.json(s.replies().moderate(Params.pathLong(ctx, "id"), Reply.APPROVED)),
                        path("id", "reply id"))
                .adminPost("/api/replies/{id}/reject", "Reject a reply (admin)", null,
                        ctx -> ctx.json(s.replies().moderate(Params.pathLong(ctx, "id"), Reply.REJECTED)),
                        path("id", "reply id"));
    }
}
