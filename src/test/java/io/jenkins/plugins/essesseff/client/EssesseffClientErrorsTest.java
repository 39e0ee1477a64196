package io.jenkins.plugins.essesseff.client;

import static io.jenkins.plugins.essesseff.client.ClientFixture.ACCOUNT;
import static io.jenkins.plugins.essesseff.client.ClientFixture.APP;
import static io.jenkins.plugins.essesseff.client.ClientFixture.ORGANIZATION;
import static io.jenkins.plugins.essesseff.client.ClientFixture.appPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.essesseff.sandbox.SandboxFault;
import io.jenkins.plugins.essesseff.sandbox.SandboxRequest;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Each documented error status, and each fault a proxy or the network can produce, ends in a readable error. */
@Timeout(30)
class EssesseffClientErrorsTest {

    private ClientFixture fixture;
    private EssesseffClient client;
    private final List<Throwable> failures = new ArrayList<>();

    @BeforeEach
    void start() {
        fixture = ClientFixture.withoutRateLimit();
        client = fixture.client();
        fixture.build("v1.2.3");
    }

    @AfterEach
    void stop() {
        fixture.close();
        // the key never appears in any failure, whatever the test provoked
        String key = fixture.sandbox.defaultApiKey();
        assertThat(failures).allSatisfy(failure -> {
            assertThat(failure.getMessage()).doesNotContain(key);
            assertThat(failure.toString()).doesNotContain(key);
            if (failure.getCause() != null) {
                assertThat(failure.getCause().toString()).doesNotContain(key);
            }
        });
        assertThat(fixture.warnings).allSatisfy(warning -> assertThat(warning).doesNotContain(key));
        assertThat(client.toString()).doesNotContain(key);
    }

    private <T extends Throwable> T failure(Class<T> type, Runnable call) {
        T failure = catchThrowableOfType(type, call::run);
        assertThat(failure).as("expected a failure").isNotNull();
        failures.add(failure);
        return failure;
    }

    @Test
    void shouldReportA400WithEssesseffsErrorAndMessage() {
        // when the image is in DEV, it cannot be accepted into QA
        EssesseffApiException failure = failure(EssesseffApiException.class, () -> client.acceptRc(APP, "v1.2.3"));

        // then
        assertThat(failure.getStatus()).isEqualTo(400);
        assertThat(failure.getError()).isNotBlank();
        assertThat(failure.getApiMessage()).isNotBlank();
        assertThat(failure.getMethod()).isEqualTo("POST");
        assertThat(failure.getPath()).isEqualTo(appPath() + "/environments/QA/accept-rc");
        assertThat(failure.getMessage()).startsWith("essesseff answered 400");
        assertThat(fixture.requests()).hasSize(1);
    }

    @Test
    void shouldReportA401ForAnUnknownKey() {
        // given
        EssesseffClient stranger =
                fixture.builder("ess_0123456789abcdefghijABCDEFGHIJ99").build();

        // when
        EssesseffApiException failure = failure(EssesseffApiException.class, () -> stranger.getApp(APP));

        // then
        assertThat(failure.getStatus()).isEqualTo(401);
        assertThat(failure.getMessage()).contains("invalid API key").doesNotContain("0123456789abcdefghijABCDEFGHIJ99");
    }

    @Test
    void shouldReportA403ForAKeyOfAnotherAccount() {
        // given
        String otherKey = fixture.sandbox.addApiKey("other-team");
        EssesseffClient other = fixture.builder(otherKey).build();

        // when
        EssesseffApiException failure = failure(EssesseffApiException.class, () -> other.getApp(APP));

        // then
        assertThat(failure.getStatus()).isEqualTo(403);
        assertThat(failure.getMessage()).contains("other-team").doesNotContain(otherKey);
    }

    @Test
    void shouldReportA404ForAnUnknownApp() {
        // when
        EssesseffApiException failure = failure(
                EssesseffApiException.class, () -> client.getApp(new AppRef(ACCOUNT, ORGANIZATION, "no-such-app")));

        // then
        assertThat(failure.getStatus()).isEqualTo(404);
        assertThat(failure.getPath()).endsWith("/apps/no-such-app");
        assertThat(fixture.requests()).hasSize(1);
    }

    @Test
    void shouldWaitOutA429AndSendTheSameRequestAgain() {
        // given
        fixture.sandbox.addFault(SandboxFault.status("POST", "/declare-rc$", 1, 429, false));

        // when
        StateChange change = client.declareRc(APP);

        // then it waited the conservative 10 s (the fault carries no rate-limit headers), then succeeded
        assertThat(change.state()).isEqualTo(LifecycleState.RC);
        assertThat(fixture.sleeps).containsExactly(Duration.ofSeconds(10));
        assertThat(fixture.requests()).extracting(SandboxRequest::status).containsExactly(429, 200);
        assertThat(fixture.warnings).anySatisfy(warning -> assertThat(warning).contains("429"));
    }

    @Test
    void shouldReportA429ThatDoesNotGoAway() {
        // given
        fixture.sandbox.addFault(SandboxFault.status("GET", "/apps/my-app$", 100, 429, false));

        // when
        EssesseffApiException failure = failure(EssesseffApiException.class, () -> client.getApp(APP));

        // then
        assertThat(failure.getStatus()).isEqualTo(429);
        assertThat(failure.getError()).isEqualTo("rate_limit_exceeded");
        assertThat(fixture.requests()).hasSize(1 + Transport.MAX_RATE_LIMITED_RETRIES);
    }

    @Test
    void shouldRetryAReadAfterA502AndSucceed() {
        // given
        fixture.sandbox.addFault(SandboxFault.status("GET", "/apps/my-app$", 2, 502, true));

        // when
        App app = client.getApp(APP);

        // then
        assertThat(app.appName()).isEqualTo("my-app");
        assertThat(fixture.requests()).extracting(SandboxRequest::status).containsExactly(502, 502, 200);
        assertThat(fixture.sleeps).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
    }

    @Test
    void shouldReportAnHtml502Readably() {
        // given a proxy answering with its own page, every time
        fixture.sandbox.addFault(SandboxFault.status("GET", "/apps/my-app$", 100, 502, true));

        // when
        EssesseffApiException failure = failure(EssesseffApiException.class, () -> client.getApp(APP));

        // then
        assertThat(failure.getStatus()).isEqualTo(502);
        assertThat(failure.getError()).isNull();
        assertThat(failure.getApiMessage()).isEqualTo("502 Bad Gateway 502 Bad Gateway nginx");
        assertThat(failure.getMessage())
                .isEqualTo("essesseff answered 502: 502 Bad Gateway 502 Bad Gateway nginx (GET " + appPath() + ")")
                .doesNotContain("<", ">");
        assertThat(fixture.requests()).hasSize(RetryPolicy.DEFAULT.maxAttempts());
    }

    @Test
    void shouldNotRepeatAWriteAfterA502() {
        // given
        fixture.sandbox.addFault(SandboxFault.status("POST", "/set-argocd-application-url$", 1, 502, true));

        // when
        EssesseffApiException failure = failure(
                EssesseffApiException.class,
                () -> client.setArgoCdApplicationUrl(APP, Environment.QA, "https://argocd.example.com/a"));

        // then
        assertThat(failure.getStatus()).isEqualTo(502);
        assertThat(fixture.requests()).hasSize(1);
    }

    @Test
    void shouldReportATruncatedAnswerReadably() {
        // given the answer breaks off every time
        fixture.sandbox.addFault(SandboxFault.truncatedBody("GET", "/apps/my-app$", 100));

        // when
        EssesseffException failure = failure(EssesseffException.class, () -> client.getApp(APP));

        // then
        assertThat(failure).isNotInstanceOf(EssesseffApiException.class);
        assertThat(failure.getMessage())
                .contains("answered GET " + appPath() + " with 200")
                .contains("could not be read")
                .contains("127.0.0.1:");
        assertThat(fixture.requests()).hasSize(RetryPolicy.DEFAULT.maxAttempts());
    }

    @Test
    void shouldRetryAReadWhoseAnswerBrokeOffOnce() {
        // given
        fixture.sandbox.addFault(SandboxFault.truncatedBody("GET", "/apps/my-app$", 1));

        // when
        App app = client.getApp(APP);

        // then
        assertThat(app.appName()).isEqualTo("my-app");
        assertThat(fixture.requests()).hasSize(2);
    }

    @Test
    void shouldFailInTimeWhenTheAnswerIsSlowerThanTheRequestTimeout() {
        // given
        fixture.sandbox.addFault(SandboxFault.delay("GET", "/apps/my-app$", 1, Duration.ofMillis(1500)));
        EssesseffClient impatient = fixture.builder()
                .requestTimeout(Duration.ofMillis(300))
                .retryPolicy(RetryPolicy.none())
                .build();

        // when
        long start = System.nanoTime();
        EssesseffException failure = failure(EssesseffException.class, () -> impatient.getApp(APP));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        // then
        assertThat(elapsed).isLessThan(Duration.ofMillis(1200));
        assertThat(failure.getMessage())
                .contains("did not answer GET " + appPath() + " within 300 ms")
                .contains("127.0.0.1:" + fixture.sandbox.apiBaseUrl().getPort())
                .contains("waiting for the answer timed out");
    }

    @Test
    void shouldRetryAReadThatTimedOutOnce() {
        // given
        fixture.sandbox.addFault(SandboxFault.delay("GET", "/apps/my-app$", 1, Duration.ofMillis(1500)));
        EssesseffClient impatient =
                fixture.builder().requestTimeout(Duration.ofMillis(300)).build();

        // when
        App app = impatient.getApp(APP);

        // then
        assertThat(app.appName()).isEqualTo("my-app");
        assertThat(fixture.warnings).anySatisfy(warning -> assertThat(warning).contains("within 300 ms"));
    }

    @Test
    void shouldSayWhichHostCouldNotBeReached() throws Exception {
        // given a port nobody listens on
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        EssesseffClient unreachable = fixture.builder()
                .baseUrl(URI.create("http://127.0.0.1:" + port + "/api/v1"))
                .retryPolicy(new RetryPolicy(2, Duration.ofMillis(100), Duration.ofMillis(100)))
                .build();

        // when
        EssesseffException failure = failure(EssesseffException.class, () -> unreachable.getApp(APP));

        // then
        assertThat(failure.getMessage()).contains("could not connect to essesseff at 127.0.0.1:" + port);
        assertThat(fixture.sleeps).containsExactly(Duration.ofMillis(50));
    }
}
