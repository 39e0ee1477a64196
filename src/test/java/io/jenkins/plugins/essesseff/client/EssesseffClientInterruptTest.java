package io.jenkins.plugins.essesseff.client;

import static io.jenkins.plugins.essesseff.client.ClientFixture.APP;
import static io.jenkins.plugins.essesseff.client.ClientFixture.appPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.essesseff.sandbox.SandboxFault;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** An interrupt (a Jenkins abort) ends any wait at once, says so, and leaves the thread's interrupt flag set. */
@Timeout(30)
class EssesseffClientInterruptTest {

    private static final Sleeper INTERRUPTED = duration -> {
        throw new InterruptedException("aborted");
    };

    private ClientFixture fixture;

    @AfterEach
    void stop() {
        Thread.interrupted();
        fixture.close();
    }

    @Test
    void shouldStopWaitingForTheRateLimitWhenInterrupted() {
        // given the window's budget is used up
        fixture = ClientFixture.withDocumentedRateLimit();
        fixture.build("v1");
        EssesseffClient client = fixture.builder().sleeper(INTERRUPTED).build();
        for (int i = 0; i < 3; i++) {
            client.getApp(APP);
        }

        // when
        EssesseffInterruptedException failure =
                catchThrowableOfType(EssesseffInterruptedException.class, () -> client.getApp(APP));

        // then
        assertThat(Thread.interrupted()).as("interrupt flag restored").isTrue();
        assertThat(failure)
                .hasMessage("Interrupted while waiting for essesseff's rate limit before GET " + appPath()
                        + " (was the build aborted?)");
        assertThat(fixture.requests()).hasSize(3);
    }

    @Test
    void shouldStopBackingOffWhenInterrupted() {
        // given
        fixture = ClientFixture.withoutRateLimit();
        fixture.build("v1");
        fixture.sandbox.addFault(SandboxFault.status("GET", "/apps/my-app$", 1, 503, false));
        EssesseffClient client = fixture.builder().sleeper(INTERRUPTED).build();

        // when
        EssesseffInterruptedException failure =
                catchThrowableOfType(EssesseffInterruptedException.class, () -> client.getApp(APP));

        // then
        assertThat(Thread.interrupted()).isTrue();
        assertThat(failure).hasMessageContaining("Interrupted while waiting to try GET " + appPath() + " again");
        assertThat(fixture.requests()).hasSize(1);
    }

    @Test
    void shouldStopWaitingForAnAnswerWhenInterrupted() throws Exception {
        // given a slow answer
        fixture = ClientFixture.withoutRateLimit();
        fixture.build("v1");
        fixture.sandbox.addFault(SandboxFault.delay("GET", "/apps/my-app$", 1, Duration.ofMillis(1500)));
        EssesseffClient client = fixture.client();
        AtomicReference<Boolean> flagAfterwards = new AtomicReference<>();
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            try {
                client.getApp(APP);
                outcome.complete(null);
            } catch (RuntimeException e) {
                flagAfterwards.set(Thread.currentThread().isInterrupted());
                outcome.complete(e);
            }
        });

        // when the build is aborted while it waits
        long start = System.nanoTime();
        caller.start();
        Thread.sleep(200);
        caller.interrupt();
        Throwable failure = outcome.get(5, TimeUnit.SECONDS);

        // then
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1200));
        assertThat(failure)
                .isInstanceOf(EssesseffInterruptedException.class)
                .hasMessageContaining("Interrupted while waiting for essesseff's answer to GET " + appPath());
        assertThat(flagAfterwards.get()).isTrue();
    }
}
