package io.jenkins.plugins.essesseff.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How reads (GET) are retried after a connection failure, a timeout, or a 502, 503 or 504: at most
 * {@code maxAttempts} attempts in all, waiting a random time between zero and
 * {@code min(maxDelay, baseDelay × 2^(n-1))} after the n-th failed attempt ("full jitter").
 *
 * <p>Writes (POST, PATCH) are never repeated on this policy: see {@link EssesseffClient}.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    /** 4 attempts, 500 ms base, 8 s cap. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8));

    public RetryPolicy {
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1) {
            throw new InvalidInputException("maxAttempts", "must be at least 1, was " + maxAttempts);
        }
        if (baseDelay.isNegative()) {
            throw new InvalidInputException("baseDelay", "must not be negative, was " + baseDelay);
        }
        if (maxDelay.compareTo(baseDelay) < 0) {
            throw new InvalidInputException("maxDelay", "must not be shorter than baseDelay (" + baseDelay + ")");
        }
    }

    /** No retries: every read is tried once. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
    }

    /**
     * The wait after the {@code failedAttempt}-th failure (1-based).
     *
     * @param jitter a number in [0, 1)
     */
    Duration backoff(int failedAttempt, double jitter) {
        int doublings = Math.min(Math.max(failedAttempt - 1, 0), 30);
        long ceiling = baseDelay.toMillis() * (1L << doublings);
        if (ceiling < 0 || ceiling > maxDelay.toMillis()) {
            ceiling = maxDelay.toMillis();
        }
        return Duration.ofMillis((long) (ceiling * Math.min(Math.max(jitter, 0.0), 1.0)));
    }
}
