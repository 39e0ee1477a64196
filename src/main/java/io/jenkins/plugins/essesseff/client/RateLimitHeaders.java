package io.jenkins.plugins.essesseff.client;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@code X-RateLimit-Limit}, {@code -Remaining} and {@code -Reset} headers of one response; each may be absent.
 * {@code reset} is read as epoch seconds.
 */
record RateLimitHeaders(
        @CheckForNull Integer limit,
        @CheckForNull Integer remaining,
        @CheckForNull Instant reset) {

    static final RateLimitHeaders NONE = new RateLimitHeaders(null, null, null);

    static RateLimitHeaders of(HttpHeaders headers) {
        OptionalLong limit = number(headers, "X-RateLimit-Limit");
        OptionalLong remaining = number(headers, "X-RateLimit-Remaining");
        OptionalLong reset = number(headers, "X-RateLimit-Reset");
        return new RateLimitHeaders(
                limit.isPresent() ? (int) Math.min(limit.getAsLong(), Integer.MAX_VALUE) : null,
                remaining.isPresent() ? (int) Math.min(remaining.getAsLong(), Integer.MAX_VALUE) : null,
                reset.isPresent() ? Instant.ofEpochSecond(reset.getAsLong()) : null);
    }

    private static OptionalLong number(HttpHeaders headers, String name) {
        Optional<String> value = headers.firstValue(name);
        if (value.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            long parsed = Long.parseLong(value.get().trim());
            return parsed < 0 ? OptionalLong.empty() : OptionalLong.of(parsed);
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
