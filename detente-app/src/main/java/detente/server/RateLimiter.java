package detente.server;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

/** At most {@code perMinute} requests per key (a client IP) in any sliding minute; 429 beyond. */
final class RateLimiter {

    private final int perMinute;
    private final Clock clock;
    private final ConcurrentHashMap<String, Deque<Long>> recent = new ConcurrentHashMap<>();

    RateLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    void check(String key, String what) {
        long now = clock.millis();
        Deque<Long> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - 60_000) {
                times.pollFirst();
            }
            if (times.size() >= perMinute) {
                throw new ApiException(429, "too many " + what + " from your address; try again in a minute");
            }
            times.addLast(now);
        }
        if (recent.size() > 10_000) {
            recent.entrySet().removeIf(e -> e.getValue().isEmpty());
        }
    }
}
