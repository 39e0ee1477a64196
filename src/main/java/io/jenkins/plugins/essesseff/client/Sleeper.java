package io.jenkins.plugins.essesseff.client;

import java.time.Duration;

/** Waits; injected so that pacing, backoff and polling are tested without waiting for real time. */
@FunctionalInterface
public interface Sleeper {
    /** Sleeps at least {@code duration}, rounded up to whole milliseconds, so that waking never comes early. */
    Sleeper REAL = duration -> Thread.sleep(duration.plusNanos(999_999).toMillis());

    /** @throws InterruptedException when the thread is interrupted (a Jenkins build being aborted) */
    void sleep(Duration duration) throws InterruptedException;
}
