package io.jenkins.plugins.essesseff.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManualClockTest {

    @Test
    void shouldStandStillUntilAdvanced() {
        ManualClock clock = new ManualClock(Instant.parse("2025-01-01T00:00:00Z"));

        Instant before = clock.instant();
        Instant after = clock.advance(Duration.ofMillis(1500));

        assertThat(before).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(after).isEqualTo(Instant.parse("2025-01-01T00:00:01.500Z"));
        assertThat(clock.instant()).isEqualTo(after);
        assertThat(clock.millis()).isEqualTo(after.toEpochMilli());
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void shouldStartAtTheDefaultInstantAndBeSettable() {
        ManualClock clock = new ManualClock();

        assertThat(clock.instant()).isEqualTo(ManualClock.DEFAULT_START);
        clock.set(Instant.EPOCH);
        assertThat(clock.instant()).isEqualTo(Instant.EPOCH);
    }

    @Test
    void shouldShareItsTimeWithAZonedCopy() {
        ManualClock clock = new ManualClock();
        ManualClock paris = clock.withZone(ZoneId.of("Europe/Paris"));

        clock.advance(Duration.ofHours(1));

        assertThat(paris.instant()).isEqualTo(clock.instant());
        assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }

    @Test
    void shouldLoseNoAdvanceUnderConcurrency() throws InterruptedException {
        ManualClock clock = new ManualClock(Instant.EPOCH);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 1000; i++) {
                    clock.advance(Duration.ofMillis(1));
                }
            });
            threads.add(thread);
            thread.start();
        }

        for (Thread thread : threads) {
            thread.join(10_000);
        }

        assertThat(clock.instant()).isEqualTo(Instant.EPOCH.plusMillis(8000));
    }
}
