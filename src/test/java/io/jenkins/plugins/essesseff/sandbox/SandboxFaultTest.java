package io.jenkins.plugins.essesseff.sandbox;

import static io.jenkins.plugins.essesseff.sandbox.SandboxHttp.APP_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.essesseff.sandbox.SandboxHttp.Reply;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxFaultTest {

    private static final String DECLARE_RC = "/api/v1" + APP_PATH + "/environments/DEV/declare-rc";
    private static final String IMAGE = "/api/v1" + APP_PATH + "/images/v1.2.3";

    private EssesseffSandbox sandbox;
    private SandboxHttp http;

    @BeforeEach
    void startSandbox() {
        sandbox = EssesseffSandbox.start(SandboxOptions.defaults().withoutRateLimit());
        sandbox.registerBuild("my-team", "my-apps-org", "my-app", "v1.2.3");
        http = new SandboxHttp(sandbox);
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void shouldAnswerLikeAProxyWithAnHtmlPage() {
        sandbox.addFault(SandboxFault.status("POST", "/declare-rc$", 1, 502, true));

        Reply reply = http.post(APP_PATH + "/environments/DEV/declare-rc", "{}");

        assertThat(reply.status()).isEqualTo(502);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        assertThat(reply.body()).contains("<html>").contains("502 Bad Gateway");
        assertThat(http.stateOf("v1.2.3")).isEqualTo("DEV");
    }

    @Test
    void shouldAnswerAStatusWithAJsonErrorAsOftenAsAsked() {
        sandbox.addFault(SandboxFault.status("GET", "/images/", 2, 503, false));

        Reply first = http.get(APP_PATH + "/images/v1.2.3");
        Reply second = http.get(APP_PATH + "/images/v1.2.3");
        Reply third = http.get(APP_PATH + "/images/v1.2.3");

        assertThat(first.status()).isEqualTo(503);
        assertThat(first.error()).isEqualTo("service_unavailable");
        assertThat(first.json().get("message").asText()).contains("fault");
        assertThat(second.status()).isEqualTo(503);
        assertThat(third.status()).isEqualTo(200);
    }

    @Test
    void shouldAnswerAnInjected429AsTheApiWould() {
        sandbox.addFault(SandboxFault.status(null, ".", 1, 429, false));

        Reply reply = http.get(APP_PATH);

        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.error()).isEqualTo("rate_limit_exceeded");
    }

    @Test
    void shouldOnlyMatchTheGivenMethodAndPath() {
        sandbox.addFault(SandboxFault.status("POST", "/images/", 1, 500, false));
        sandbox.addFault(SandboxFault.status("GET", "/deployments$", 1, 500, false));

        assertThat(http.get(APP_PATH + "/images/v1.2.3").status()).isEqualTo(200);
        assertThat(http.get(APP_PATH).status()).isEqualTo(200);
        assertThat(http.get(APP_PATH + "/deployments").status()).isEqualTo(500);
    }

    @Test
    void shouldWaitInRealTimeBeforeHandling() {
        sandbox.addFault(SandboxFault.delay("GET", "/images/", 1, Duration.ofMillis(300)));

        long start = System.nanoTime();
        Reply reply = http.get(APP_PATH + "/images/v1.2.3");
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(reply.status()).isEqualTo(200);
        assertThat(elapsedMillis).isGreaterThanOrEqualTo(300);
    }

    @Test
    void shouldLetAClientTimeOutOnADelay() throws Exception {
        sandbox.addFault(SandboxFault.delay("POST", "/declare-rc$", 1, Duration.ofMillis(800)));
        HttpRequest request = HttpRequest.newBuilder(sandbox.rootUrl().resolve(DECLARE_RC))
                .timeout(Duration.ofMillis(200))
                .header("X-API-Key", sandbox.defaultApiKey())
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        http.get(APP_PATH); // a warm connection, so that the timeout measures the delay only

        assertThatThrownBy(() -> SandboxHttp.SHARED_CLIENT.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);

        for (int i = 0; i < 150 && sandbox.requests().size() < 2; i++) {
            Thread.sleep(20); // the delayed request is still applied, after the client gave up
        }
        assertThat(http.stateOf("v1.2.3")).isEqualTo("RC");
    }

    @Test
    void shouldDropTheConnectionBeforeApplyingARequest() {
        sandbox.addFault(SandboxFault.resetBeforeApplying("POST", "/declare-rc$", 1));

        assertThatThrownBy(() -> http.sendOrThrow("POST", DECLARE_RC, "{}", true))
                .isInstanceOf(IOException.class);

        assertThat(http.stateOf("v1.2.3")).isEqualTo("DEV");
        assertThat(sandbox.requests().get(0).status()).isZero();
    }

    @Test
    void shouldDropTheConnectionAfterApplyingARequest() {
        sandbox.addFault(SandboxFault.resetAfterApplying("POST", "/declare-rc$", 1));

        assertThatThrownBy(() -> http.sendOrThrow("POST", DECLARE_RC, "{}", true))
                .isInstanceOf(IOException.class);

        assertThat(http.stateOf("v1.2.3")).isEqualTo("RC");
        assertThat(sandbox.requests().get(0).status()).isEqualTo(200);
    }

    @Test
    void shouldSeeTheJdkClientRetryAGetOnceAfterAReset() {
        // java.net.http.HttpClient silently retries an idempotent request once when the connection
        // closes before any response byte; a GET needs the fault twice to surface as an IOException
        sandbox.addFault(SandboxFault.resetBeforeApplying("GET", "/images/", 1));
        Reply retried = http.get(APP_PATH + "/images/v1.2.3");
        sandbox.addFault(SandboxFault.resetBeforeApplying("GET", "/images/", 2));

        assertThat(retried.status()).isEqualTo(200);
        assertThatThrownBy(() -> http.sendOrThrow("GET", IMAGE, null, true)).isInstanceOf(IOException.class);
        assertThat(sandbox.requests()).extracting(SandboxRequest::status).containsExactly(0, 200, 0, 0);
    }

    @Test
    void shouldTruncateTheBodyAfterApplying() {
        sandbox.addFault(SandboxFault.truncatedBody("POST", "/declare-rc$", 1));

        assertThatThrownBy(() -> http.sendOrThrow("POST", DECLARE_RC, "{}", true))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("content-length");

        assertThat(http.stateOf("v1.2.3")).isEqualTo("RC");
    }

    @Test
    void shouldTruncateAGetWithoutARetry() {
        sandbox.addFault(SandboxFault.truncatedBody("GET", "/images/v1\\.2\\.3$", 1));

        assertThatThrownBy(() -> http.sendOrThrow("GET", IMAGE, null, true)).isInstanceOf(IOException.class);

        assertThat(http.get(APP_PATH + "/images/v1.2.3").status()).isEqualTo(200);
    }

    @Test
    void shouldKeepServingOtherConnectionsAfterFaults() throws Exception {
        sandbox.addFault(SandboxFault.resetBeforeApplying("POST", "/declare-rc$", 1));
        HttpClient fresh = HttpClient.newHttpClient();

        assertThatThrownBy(() -> http.sendOrThrow("POST", DECLARE_RC, "{}", true))
                .isInstanceOf(IOException.class);
        HttpResponse<String> response = fresh.send(
                HttpRequest.newBuilder(sandbox.rootUrl().resolve(IMAGE))
                        .header("X-API-Key", sandbox.defaultApiKey())
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void shouldForgetFaultsOnReset() {
        sandbox.addFault(SandboxFault.status(null, ".", 5, 500, false));

        sandbox.reset();
        sandbox.registerBuild("my-team", "my-apps-org", "my-app", "v1.2.3");

        assertThat(http.get(APP_PATH).status()).isEqualTo(200);
    }

    @Test
    void shouldRefuseAnInvalidFault() {
        assertThatThrownBy(() -> SandboxFault.status("GET", "(", 1, 500, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SandboxFault.status("GET", ".", 0, 500, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SandboxFault.status("GET", ".", 1, 99, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SandboxFault.delay("GET", ".", 1, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
