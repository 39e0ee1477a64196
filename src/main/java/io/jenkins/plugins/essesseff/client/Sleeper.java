package io.jenkins.plugins.essesseff.client;

import java.time.Duration;

/** Waits; injected so that pacing, backoff and polling are tested without waiting for real time. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    /** @throws InterruptedException when the thread is interrupted (a Jenkins build being aborted) */
    void sleep(Duration duration) throws InterruptedException;
}
