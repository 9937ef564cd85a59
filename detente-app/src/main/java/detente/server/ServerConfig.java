package detente.server;

import detente.pipeline.Pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;

/** Everything the server is configured with, as code: {@code Server.create(config -> config.port = 0)}. */
public final class ServerConfig {

    /** Interface to bind; loopback unless set (the dashboard has no login). */
    public String host = "127.0.0.1";
    /** Port; 0 picks a free one. */
    public int port = 7070;
    /** The store's data directory. */
    public Path dataDir = Path.of("detente-data");
    /** Bearer token for ingest and moderation; must be set. */
    public String adminToken;
    /** The coding pipeline, built on first use (loading CoreNLP takes seconds). */
    public Supplier<Pipeline> pipeline;

    /**
     * Runs commands of the command line for other {@code detente} processes on this machine that use the same
     * store ({@link ServerFile}); null: the server neither writes {@code server.json} nor runs commands.
     */
    public LocalCommands.Runner commands;

    /** Largest request body accepted, in bytes (413 beyond). */
    public long maxRequestBytes = 1_000_000;
    /** Longest text accepted by code and ingest, in characters. */
    public int maxTextChars = 100_000;
    /** Longest reply, in characters. */
    public int maxReplyChars = 5_000;
    /** Page size when none is asked for, and the largest one allowed. */
    public int defaultLimit = 50;
    public int maxLimit = 500;
    /** Replies one client IP may post per minute (429 beyond). */
    public int repliesPerMinute = 6;
    /** Coding requests one client IP may make per minute. */
    public int codePerMinute = 30;
    public Clock clock = Clock.systemUTC();
}
