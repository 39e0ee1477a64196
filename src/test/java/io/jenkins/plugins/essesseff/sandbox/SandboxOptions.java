package io.jenkins.plugins.essesseff.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How an {@link EssesseffSandbox} starts. Start from {@link #defaults()} and use the withers.
 *
 * @param port the loopback port; {@code 0} picks a free one
 * @param clock the time source for everything time-based (rate-limit windows, {@code X-RateLimit-Reset},
 *     deployment progress, timestamps); share a {@link ManualClock} with the code under test
 * @param rateLimited whether the rate limit applies at all
 * @param rateLimitRequests requests allowed per window and key
 * @param rateLimitWindow the window length
 * @param defaultAccount the account slug the default key belongs to
 * @param defaultApiKey the default key, or {@code null} for a generated one ({@code ess_} and 32
 *     alphanumerics)
 */
public record SandboxOptions(
        int port,
        Clock clock,
        boolean rateLimited,
        int rateLimitRequests,
        Duration rateLimitWindow,
        String defaultAccount,
        String defaultApiKey) {

    public SandboxOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(rateLimitWindow, "rateLimitWindow");
        if (rateLimitRequests < 1) {
            throw new IllegalArgumentException("rateLimitRequests must be at least 1, was " + rateLimitRequests);
        }
        if (rateLimitWindow.isZero() || rateLimitWindow.isNegative()) {
            throw new IllegalArgumentException("rateLimitWindow must be positive, was " + rateLimitWindow);
        }
        Objects.requireNonNull(defaultAccount, "defaultAccount");
        if (defaultAccount.isBlank()) {
            throw new IllegalArgumentException("defaultAccount must not be blank");
        }
        if (defaultApiKey != null && defaultApiKey.isBlank()) {
            throw new IllegalArgumentException("defaultApiKey must not be blank (use null for a generated one)");
        }
    }

    /** A free port, the system clock, the documented rate limit (3 requests per 10 s per key), account {@code my-team}. */
    public static SandboxOptions defaults() {
        return new SandboxOptions(0, Clock.systemUTC(), true, 3, Duration.ofSeconds(10), "my-team", null);
    }

    public SandboxOptions withPort(int newPort) {
        return new SandboxOptions(
                newPort, clock, rateLimited, rateLimitRequests, rateLimitWindow, defaultAccount, defaultApiKey);
    }

    public SandboxOptions withClock(Clock newClock) {
        return new SandboxOptions(
                port, newClock, rateLimited, rateLimitRequests, rateLimitWindow, defaultAccount, defaultApiKey);
    }

    /** Turns the rate limit on with {@code requests} per {@code window} and key. */
    public SandboxOptions withRateLimit(int requests, Duration window) {
        return new SandboxOptions(port, clock, true, requests, window, defaultAccount, defaultApiKey);
    }

    /** Turns the rate limit off: no 429, no {@code X-RateLimit-*} headers. */
    public SandboxOptions withoutRateLimit() {
        return new SandboxOptions(
                port, clock, false, rateLimitRequests, rateLimitWindow, defaultAccount, defaultApiKey);
    }

    public SandboxOptions withDefaultAccount(String account) {
        return new SandboxOptions(port, clock, rateLimited, rateLimitRequests, rateLimitWindow, account, defaultApiKey);
    }

    /** Uses a fixed default key (any non-blank string; the sandbox does not insist on the {@code ess_} shape). */
    public SandboxOptions withDefaultApiKey(String apiKey) {
        return new SandboxOptions(port, clock, rateLimited, rateLimitRequests, rateLimitWindow, defaultAccount, apiKey);
    }
}
