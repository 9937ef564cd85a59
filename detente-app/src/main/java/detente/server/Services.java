package detente.server;

/** What the routes hand requests to. */
record Services(ServerConfig config, ArticleService articles, EventService events, ReplyService replies,
                CodingService coding, ActorService actors, AnalysisService analysis, CsrfGuard csrf,
                ResponseCache cache, PlaceService places) {
}
