package io.jenkins.plugins.essesseff.benchmark;

import io.jenkins.plugins.essesseff.client.Sleeper;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Really sleeps, and counts how often it was asked to, and how often for less than a millisecond. */
final class RecordingSleeper implements Sleeper {
    private final AtomicLong sleeps = new AtomicLong();
    private final AtomicLong underOneMillisecond = new AtomicLong();

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        sleeps.incrementAndGet();
        if (duration.toNanos() < 1_000_000) {
            underOneMillisecond.incrementAndGet();
        }
        Sleeper.REAL.sleep(duration);
    }

    long sleeps() {
        return sleeps.get();
    }

    /** Sleeps asked for less than a millisecond, which {@link Sleeper#REAL} turns into {@code Thread.sleep(0)}. */
    long underOneMillisecond() {
        return underOneMillisecond.get();
    }
}
