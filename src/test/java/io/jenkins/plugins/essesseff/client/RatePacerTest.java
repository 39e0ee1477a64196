package io.jenkins.plugins.essesseff.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.essesseff.sandbox.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class RatePacerTest {

    private static final ApiKey KEY = ApiKey.of("ess_ABCDEFGHIJKLMNOPQRSTUVWXYZ012345");

    private final ManualClock clock = new ManualClock();
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final Sleeper sleeper = duration -> {
        sleeps.add(duration);
        clock.advance(duration);
    };
    private final RatePacer pacer = new RatePacers().pacerFor(KEY, "www.essesseff.com");

    private RateLimitHeaders headers(int remaining, Duration untilReset) {
        Instant reset = clock.instant().plus(untilReset);
        return new RateLimitHeaders(3, remaining, reset);
    }

    @Test
    void shouldLetTheFirstRequestGoAtOnce() throws InterruptedException {
        // when
        pacer.acquire(clock, sleeper);

        // then
        assertThat(sleeps).isEmpty();
        assertThat(pacer.inFlight()).isEqualTo(1);
    }

    @Test
    void shouldSleepUntilTheResetOnceTheBudgetIsUsedUp() throws InterruptedException {
        // given essesseff said nothing remains for 10 s
        pacer.acquire(clock, sleeper);
        pacer.release(headers(0, Duration.ofSeconds(10)), true, clock);

        // when
        pacer.acquire(clock, sleeper);

        // then
        assertThat(sleeps).containsExactly(Duration.ofSeconds(10));
    }

    @Test
    void shouldCountRequestsInFlightAgainstTheBudget() throws InterruptedException {
        // given two requests remain, and two are on their way
        pacer.acquire(clock, sleeper);
        pacer.release(headers(2, Duration.ofSeconds(7)), true, clock);
        pacer.acquire(clock, sleeper);
        pacer.acquire(clock, sleeper);
        assertThat(sleeps).isEmpty();

        // when a third wants to go
        pacer.acquire(clock, sleeper);

        // then it waits for the next window
        assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
        assertThat(pacer.inFlight()).isEqualTo(3);
    }

    @Test
    void shouldKeepTheLowestRemainingOfAWindowWhenAnswersArriveOutOfOrder() throws InterruptedException {
        // given
        Instant reset = clock.instant().plusSeconds(10);
        pacer.acquire(clock, sleeper);
        pacer.release(new RateLimitHeaders(3, 2, reset), true, clock);
        pacer.acquire(clock, sleeper);
        pacer.acquire(clock, sleeper);

        // when the later answer arrives first
        pacer.release(new RateLimitHeaders(3, 0, reset), true, clock);
        pacer.release(new RateLimitHeaders(3, 1, reset), true, clock);

        // then
        assertThat(pacer.remaining()).isZero();
    }

    @Test
    void shouldIgnoreAnAnswerFromAnEarlierWindow() throws InterruptedException {
        // given
        Instant earlier = clock.instant().plusSeconds(5);
        Instant later = clock.instant().plusSeconds(15);
        pacer.acquire(clock, sleeper);
        pacer.release(new RateLimitHeaders(3, 2, later), true, clock);
        pacer.acquire(clock, sleeper);

        // when
        pacer.release(new RateLimitHeaders(3, 0, earlier), true, clock);

        // then
        assertThat(pacer.remaining()).isEqualTo(2);
        assertThat(pacer.resetAt()).isEqualTo(later);
    }

    @Test
    void shouldStartAFullWindowOnceTheResetHasPassed() throws InterruptedException {
        // given
        pacer.acquire(clock, sleeper);
        pacer.release(headers(0, Duration.ofSeconds(10)), true, clock);
        clock.advance(Duration.ofSeconds(11));

        // when
        pacer.acquire(clock, sleeper);
        pacer.acquire(clock, sleeper);
        pacer.acquire(clock, sleeper);

        // then
        assertThat(sleeps).isEmpty();
    }

    @Test
    void shouldWaitForTheNewWindowsAnswersInsteadOfGuessingItsReset() throws Exception {
        // given a window that has ended, and the new window's three requests on their way
        pacer.acquire(clock, sleeper);
        pacer.release(headers(0, Duration.ofSeconds(1)), true, clock);
        clock.advance(Duration.ofSeconds(1));
        pacer.acquire(clock, sleeper);
        pacer.acquire(clock, sleeper);
        pacer.acquire(clock, sleeper);

        // when a fourth wants to go before any of them is answered
        CountDownLatch sent = new CountDownLatch(1);
        Thread fourth = new Thread(() -> {
            try {
                pacer.acquire(clock, sleeper);
                sent.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        fourth.start();

        // then it waits for an answer instead of guessing when the window ends
        assertThat(sent.await(200, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(sleeps).isEmpty();

        // and once essesseff says the window ends in 4 s, it goes then
        pacer.release(headers(0, Duration.ofSeconds(4)), true, clock);
        assertThat(sent.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(sleeps).containsExactly(Duration.ofSeconds(4));
        fourth.join(1_000);
    }

    @Test
    void shouldTakeTheResetEssesseffStatesOverAGuessedOne() throws InterruptedException {
        // given a 429 without headers made the pacer guess the reset
        pacer.acquire(clock, sleeper);
        pacer.rateLimited(clock);
        assertThat(pacer.resetAt()).isEqualTo(clock.instant().plus(RatePacer.UNKNOWN_RESET_WAIT));

        // when an answer states an earlier reset
        Instant stated = clock.instant().plusSeconds(3);
        pacer.release(new RateLimitHeaders(3, 0, stated), true, clock);

        // then that is the reset
        assertThat(pacer.resetAt()).isEqualTo(stated);
    }

    @Test
    void shouldWaitTenSecondsAfterA429WithoutHeaders() throws InterruptedException {
        // given
        pacer.acquire(clock, sleeper);
        pacer.release(RateLimitHeaders.NONE, true, clock);
        pacer.rateLimited(clock);

        // when
        pacer.acquire(clock, sleeper);

        // then
        assertThat(sleeps).containsExactly(Duration.ofSeconds(10));
    }

    @Test
    void shouldWaitAMomentAfterA429WhoseResetHasPassedOnOurClock() throws InterruptedException {
        // given the clocks disagree: the reset essesseff gave is already behind us
        pacer.acquire(clock, sleeper);
        pacer.release(headers(0, Duration.ofSeconds(-2)), true, clock);
        pacer.rateLimited(clock);

        // when
        pacer.acquire(clock, sleeper);

        // then
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void shouldNotPaceWhenAnswersCarryNoRateLimitHeaders() throws InterruptedException {
        // given
        pacer.acquire(clock, sleeper);
        pacer.release(RateLimitHeaders.NONE, true, clock);

        // when
        for (int i = 0; i < 20; i++) {
            pacer.acquire(clock, sleeper);
        }

        // then
        assertThat(sleeps).isEmpty();
    }

    @Test
    void shouldHoldASecondRequestUntilTheFirstIsAnswered() throws Exception {
        // given a first request on its way, nothing known yet
        pacer.acquire(clock, sleeper);
        CountDownLatch acquired = new CountDownLatch(1);
        AtomicBoolean failed = new AtomicBoolean();
        Thread second = new Thread(() -> {
            try {
                pacer.acquire(clock, sleeper);
                acquired.countDown();
            } catch (InterruptedException e) {
                failed.set(true);
            }
        });

        // when
        second.start();

        // then it waits for the first answer, and goes once it arrives
        assertThat(acquired.await(200, TimeUnit.MILLISECONDS)).isFalse();
        pacer.release(headers(2, Duration.ofSeconds(10)), true, clock);
        assertThat(acquired.await(5, TimeUnit.SECONDS)).isTrue();
        second.join(5000);
        assertThat(failed).isFalse();
        assertThat(sleeps).isEmpty();
    }

    @Test
    void shouldShareOnePacerPerKeyAndHost() {
        // given
        RatePacers pacers = new RatePacers();

        // then
        assertThat(pacers.pacerFor(KEY, "www.essesseff.com"))
                .isSameAs(pacers.pacerFor(ApiKey.of(" ess_ABCDEFGHIJKLMNOPQRSTUVWXYZ012345 "), "WWW.essesseff.com"));
        assertThat(pacers.pacerFor(KEY, "www.essesseff.com")).isNotSameAs(pacers.pacerFor(KEY, "127.0.0.1:8080"));
        assertThat(pacers.pacerFor(KEY, "x").toString()).doesNotContain("ABCDEFGHIJ");
        assertThat(RatePacers.shared()).isSameAs(RatePacers.shared());
    }
}
