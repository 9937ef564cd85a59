package detente.server;

import static detente.server.Api.LIMIT;
import static detente.server.Api.OFFSET;
import static detente.server.Api.path;
import static detente.server.Api.query;

/** {@code /api/articles}: list and search, one article with its annotations, its replies. */
final class ArticlesRoutes {

    private ArticlesRoutes() {
    }

    static void register(Api api, Services s) {
        api.tag("articles")
                .get("/api/articles", "Articles, newest first; q searches title and text",
                        ctx -> ctx.json(s.articles().list(Params.text(ctx, "q"), Paging.of(ctx, s.config()))),
                        query("q", "words to search for"), LIMIT, OFFSET)
                .get("/api/articles/{seq}", "One article in the document contract: mentions, events, quotes, quantities",
                        ctx -> ctx.json(s.articles().article(Params.pathLong(ctx, "seq"))),
                        path("seq", "the article's number"))
                .get("/api/articles/{seq}/replies", "Approved replies to an article",
                        ctx -> ctx.json(s.replies().approved("article",
                                s.articles().idOf(Params.pathLong(ctx, "seq")))),
                        path("seq", "the article's number"))
                .post("/api/articles/{seq}/replies", "Reply to an article (replies wait for moderation unless from a recognised returning commenter)",
                        "Reply", ctx -> ctx.status(201).json(s.replies().post("article",
                                s.articles().idOf(Params.pathLong(ctx, "seq")), ctx)),
                        path("seq", "the article's number"));
    }
}
