package detente.server;

import io.javalin.http.Context;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * JSON answers of read-only endpoints, kept as UTF-8 bytes until the store changes. Every write through the server (an ingest,
 * a reply, a moderation) calls {@link #invalidate()}; an answer computed from an older state is never served
 * after it. Requests that ask the same thing at the same time wait for one computation instead of each running
 * the query, so a write does not set off a stampede of identical queries.
 */
final class ResponseCache {

    /** Past this many answers the cache starts again empty: a bound on memory, not an eviction policy. */
    static final int MAX_ENTRIES = 2_000;

    private record Entry(long version, CompletableFuture<byte[]> json) {
    }

    private final boolean enabled;
    private final AtomicLong version = new AtomicLong();

    /** A cache; a disabled one computes every answer (for measuring what the cache saves). */
    ResponseCache(boolean enabled) {
        this.enabled = enabled;
    }
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    /** Forgets every answer; call after each write to the store. */
    void invalidate() {
        version.incrementAndGet();
        entries.clear();
    }

    /** Answers {@code ctx} with the JSON of {@code answer}, computed once per request URL and store state. */
    void json(Context ctx, Supplier<Object> answer) {
        if (!enabled) {
            ctx.json(answer.get());
            return;
        }
        String key = ctx.path() + "?" + Objects.toString(ctx.queryString(), "");
        long current = version.get();
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        Entry entry = entries.compute(key, (k, old) -> old != null && old.version() == current ? old
                : new Entry(current, mine));
        if (entry.json() == mine) {
            try {
                Object value = answer.get();
                mine.complete(ctx.jsonMapper().toJsonString(value, value.getClass())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                entries.remove(key, entry);
                mine.completeExceptionally(e);
            }
            if (entries.size() > MAX_ENTRIES) {
                entries.clear();
            }
        }
        byte[] json;
        try {
            json = entry.json().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        ctx.contentType("application/json").result(json);
    }
}
