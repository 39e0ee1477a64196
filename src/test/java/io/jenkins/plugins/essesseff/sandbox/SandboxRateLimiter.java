package io.jenkins.plugins.essesseff.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The documented rate limit: a fixed window per key that starts at the key's first request (after the
 * previous window ended). Requests refused with 429 are not counted.
 */
final class SandboxRateLimiter {

    private final Clock clock;
    private final int limit;
    private final Duration window;
    private final Map<String, Window> windows = new HashMap<>();

    SandboxRateLimiter(Clock clock, int limit, Duration window) {
        this.clock = clock;
        this.limit = limit;
        this.window = window;
    }

    /** Counts one request of {@code key} if the window has room. */
    synchronized Decision acquire(String key) {
        Instant now = clock.instant();
        Window current = windows.get(key);
        if (current == null || !now.isBefore(current.start.plus(window))) {
            current = new Window(now);
            windows.put(key, current);
        }
        Instant end = current.start.plus(window);
        long resetEpochSeconds = end.getEpochSecond() + (end.getNano() > 0 ? 1 : 0);
        if (current.count >= limit) {
            return new Decision(false, limit, 0, resetEpochSeconds);
        }
        current.count++;
        return new Decision(true, limit, limit - current.count, resetEpochSeconds);
    }

    synchronized void reset() {
        windows.clear();
    }

    /** The outcome for one request, and the values of its {@code X-RateLimit-*} headers. */
    record Decision(boolean allowed, int limit, int remaining, long resetEpochSeconds) {
        Map<String, String> headers() {
            return Map.of(
                    "X-RateLimit-Limit", Integer.toString(limit),
                    "X-RateLimit-Remaining", Integer.toString(remaining),
                    "X-RateLimit-Reset", Long.toString(resetEpochSeconds));
        }
    }

    private static final class Window {
        final Instant start;
        int count;

        Window(Instant start) {
            this.start = start;
        }
    }
}
