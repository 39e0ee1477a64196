package io.jenkins.plugins.essesseff.client;

import static io.jenkins.plugins.essesseff.client.ClientFixture.APP;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.essesseff.sandbox.SandboxRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Under essesseff's documented limit (3 requests per 10 s per key): no 429, and no longer than the limit requires. */
@Timeout(60)
class EssesseffClientPacingTest {

    private ClientFixture fixture;

    @BeforeEach
    void start() {
        fixture = ClientFixture.withDocumentedRateLimit();
        fixture.build("v1.2.3");
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private List<Integer> statuses() {
        return fixture.requests().stream().map(SandboxRequest::status).toList();
    }

    @Test
    void shouldMakeThirtyCallsWithoutA429InNoMoreTimeThanTheLimitRequires() {
        // given
        EssesseffClient client = fixture.client();
        Instant start = fixture.clock.instant();

        // when
        for (int i = 0; i < 30; i++) {
            client.getApp(APP);
        }

        // then 10 windows of 3: the last starts 90 s after the first
        Duration elapsed = Duration.between(start, fixture.clock.instant());
        assertThat(statuses()).hasSize(30).containsOnly(200);
        assertThat(elapsed).isBetween(Duration.ofSeconds(90), Duration.ofSeconds(91));
        assertThat(fixture.sleeps).hasSize(9);
    }

    @Test
    void shouldMakeTheFirstCallAtOnce() {
        // when
        fixture.client().getApp(APP);

        // then
        assertThat(fixture.sleeps).isEmpty();
    }

    @Test
    void shouldKeepTwoThreadsSharingAKeyWithinTheLimit() throws Exception {
        // given two clients (as two parallel pipeline branches would build) sharing the key's pacer
        EssesseffClient first = fixture.client();
        EssesseffClient second = fixture.client();
        ExecutorService threads = Executors.newFixedThreadPool(2);

        // when
        try {
            List<Future<?>> done = new ArrayList<>();
            for (EssesseffClient client : List.of(first, second)) {
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 12; i++) {
                        client.getApp(APP);
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        // then
        assertThat(statuses()).hasSize(24).containsOnly(200);
        assertThat(fixture.warnings).noneSatisfy(warning -> assertThat(warning).contains("429"));
    }

    @Test
    void shouldWaitUntilTheResetAfterA429FromAnotherUserOfTheKey() {
        // given someone else (another JVM, its own pacer) used up the window
        EssesseffClient elsewhere = fixture.builder().pacers(new RatePacers()).build();
        Instant start = fixture.clock.instant();
        for (int i = 0; i < 3; i++) {
            elsewhere.getApp(APP);
        }
        EssesseffClient client = fixture.client();

        // when
        App app = client.getApp(APP);

        // then it got a 429, waited for the reset the headers gave, and went on
        assertThat(app.appName()).isEqualTo("my-app");
        assertThat(statuses()).containsExactly(200, 200, 200, 429, 200);
        assertThat(fixture.sleeps).containsExactly(Duration.ofSeconds(10));
        assertThat(Duration.between(start, fixture.clock.instant())).isEqualTo(Duration.ofSeconds(10));
        assertThat(fixture.warnings).singleElement().asString().contains("429");
    }
}
