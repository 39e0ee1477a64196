package io.jenkins.plugins.essesseff.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that only moves when told to: tests share one instance between the code under test (its
 * pacing, its deadlines) and the {@link EssesseffSandbox} (its rate-limit windows, its deployment
 * progress), so both see the same time. Thread-safe; clocks derived with {@link #withZone(ZoneId)}
 * share the same time.
 */
public final class ManualClock extends Clock {

    /** The instant a {@code new ManualClock()} starts at. */
    public static final Instant DEFAULT_START = Instant.parse("2025-09-30T12:00:00Z");

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    /** A clock at {@link #DEFAULT_START}, in UTC. */
    public ManualClock() {
        this(DEFAULT_START);
    }

    /** A clock at {@code start}, in UTC. */
    public ManualClock(Instant start) {
        this(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
    }

    private ManualClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** Moves the time forward (or backward, for a negative amount); returns the new time. */
    public Instant advance(Duration amount) {
        Objects.requireNonNull(amount, "amount");
        return now.updateAndGet(instant -> instant.plus(amount));
    }

    /** Sets the time. */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public ManualClock withZone(ZoneId newZone) {
        return new ManualClock(now, Objects.requireNonNull(newZone, "zone"));
    }

    @Override
    public String toString() {
        return "ManualClock[" + now.get() + ", " + zone + "]";
    }
}
