package io.jenkins.plugins.essesseff.client;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps one API key within essesseff's rate limit (documented: 3 requests per 10 s per key) at one host, for every
 * thread that uses the key.
 *
 * <p>It learns the budget from the {@code X-RateLimit-*} headers of every response: the limit, what remains of the
 * current window, and when the window resets. Before a request it counts the requests in flight against what
 * remains, and when the budget is used up it sleeps (through the caller's {@link Sleeper}) until the reset. Until a
 * first answer arrives only one request is in flight; if answers carry no rate-limit headers, nothing is paced.
 * After a 429 it waits until the reset, or 10 s when essesseff gave none.
 *
 * <p>A reset it had to guess (no answer had said one) gives way to the first reset essesseff states. When a new
 * window's budget is handed out and used up before any of its answers is back, the next request waits for those
 * answers, which say when the window ends, rather than guessing.
 */
public final class RatePacer {
    /** How long to wait when the budget is used up but essesseff gave no reset. */
    static final Duration UNKNOWN_RESET_WAIT = Duration.ofSeconds(10);
    /** How long to wait after a 429 whose reset has already passed on our clock (the clocks disagree). */
    static final Duration PASSED_RESET_WAIT = Duration.ofSeconds(1);

    private final String host;
    private int limit = -1;
    private int remaining = -1;

    @CheckForNull
    private Instant resetAt;

    /** Whether {@link #resetAt} is our guess rather than what essesseff said. */
    private boolean resetGuessed;

    private int inFlight;
    private boolean answered;

    RatePacer(String host) {
        this.host = host;
    }

    /**
     * Waits until a request may be sent and counts it as in flight; every call must be followed by one
     * {@link #release}.
     */
    void acquire(Clock clock, Sleeper sleeper) throws InterruptedException {
        while (true) {
            Instant wakeAt;
            synchronized (this) {
                Instant now = clock.instant();
                if (resetAt != null && !now.isBefore(resetAt)) {
                    remaining = limit;
                    resetAt = null;
                    resetGuessed = false;
                }
                if (!answered && inFlight > 0) {
                    wait(50);
                    continue;
                }
                if (remaining < 0 || remaining - inFlight > 0) {
                    inFlight++;
                    return;
                }
                if (resetAt == null && inFlight > 0) {
                    wait(50);
                    continue;
                }
                if (resetAt == null) {
                    guessReset(now.plus(UNKNOWN_RESET_WAIT));
                }
                wakeAt = resetAt;
            }
            Duration wait = Duration.between(clock.instant(), wakeAt);
            if (!wait.isNegative() && !wait.isZero()) {
                sleeper.sleep(wait);
            }
        }
    }

    /**
     * Ends a request: {@code headers} are those of its answer ({@link RateLimitHeaders#NONE} when there was none).
     *
     * @param gotAnswer whether essesseff answered at all
     */
    synchronized void release(RateLimitHeaders headers, boolean gotAnswer, Clock clock) {
        inFlight = Math.max(0, inFlight - 1);
        answered |= gotAnswer;
        Integer reportedRemaining = headers.remaining();
        if (reportedRemaining != null) {
            learn(headers, reportedRemaining, clock.instant());
        }
        notifyAll();
    }

    /** Notes a 429: nothing more goes out until the reset it gave, or for a while if it gave none. */
    synchronized void rateLimited(Clock clock) {
        Instant now = clock.instant();
        remaining = 0;
        if (resetAt == null) {
            guessReset(now.plus(UNKNOWN_RESET_WAIT));
        } else if (!resetAt.isAfter(now)) {
            guessReset(now.plus(PASSED_RESET_WAIT));
        }
    }

    private void guessReset(Instant guess) {
        resetAt = guess;
        resetGuessed = true;
    }

    /** Learns the budget from an answer that carried rate-limit headers: {@code reportedRemaining} is theirs. */
    private void learn(RateLimitHeaders headers, int reportedRemaining, Instant now) {
        Integer reportedLimit = headers.limit();
        if (reportedLimit != null) {
            limit = reportedLimit;
        }
        Instant reset = headers.reset();
        if (reset == null) {
            if (resetAt == null || !resetAt.isAfter(now)) {
                guessReset(now.plus(UNKNOWN_RESET_WAIT));
            }
            remaining = remaining < 0 ? reportedRemaining : Math.min(remaining, reportedRemaining);
            return;
        }
        if (resetAt == null || resetGuessed || reset.isAfter(resetAt)) {
            resetAt = reset;
            resetGuessed = false;
            remaining = reportedRemaining;
        } else if (reset.equals(resetAt)) {
            remaining = remaining < 0 ? reportedRemaining : Math.min(remaining, reportedRemaining);
        }
        // otherwise an answer from an earlier window: what it says is out of date
    }

    synchronized int remaining() {
        return remaining;
    }

    @CheckForNull
    synchronized Instant resetAt() {
        return resetAt;
    }

    synchronized int inFlight() {
        return inFlight;
    }

    @Override
    public synchronized String toString() {
        return "RatePacer[" + host + ", remaining " + remaining + " of " + limit + ", reset " + resetAt + ", "
                + inFlight + " in flight]";
    }
}
