package io.jenkins.plugins.essesseff.sandbox;

import static io.jenkins.plugins.essesseff.sandbox.SandboxHttp.APP_PATH;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.essesseff.sandbox.SandboxHttp.Reply;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SandboxAuthAndRateLimitTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2025-09-30T12:00:00.250Z"));
    private EssesseffSandbox sandbox;

    private SandboxHttp start(SandboxOptions options) {
        sandbox = EssesseffSandbox.start(options.withClock(clock));
        sandbox.registerBuild("my-team", "my-apps-org", "my-app", "v1.2.3");
        return new SandboxHttp(sandbox);
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void shouldIssueKeysOfTheDocumentedShape() {
        start(SandboxOptions.defaults());

        assertThat(sandbox.defaultApiKey()).matches("ess_[A-Za-z0-9]{32}");
        assertThat(sandbox.addApiKey("other-team"))
                .matches("ess_[A-Za-z0-9]{32}")
                .isNotEqualTo(sandbox.defaultApiKey());
    }

    @Test
    void shouldUseAConfiguredDefaultKeyAndAccount() {
        String key = "ess_" + "a".repeat(32);
        SandboxHttp http =
                start(SandboxOptions.defaults().withDefaultApiKey(key).withDefaultAccount("acme"));

        assertThat(sandbox.defaultApiKey()).isEqualTo(key);
        assertThat(http.get("/accounts/acme/organizations/my-apps-org/apps").status())
                .isEqualTo(200);
        assertThat(http.get(APP_PATH).status()).isEqualTo(403);
    }

    @Test
    void shouldAnswerUnauthorizedWithoutAKey() {
        SandboxHttp http = start(SandboxOptions.defaults());

        Reply reply = http.withKey(null).get(APP_PATH);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.error()).isEqualTo("unauthorized");
        assertThat(reply.json().get("message").asText()).contains("X-API-Key");
        assertThat(reply.header("X-RateLimit-Limit")).isNull();
    }

    @Test
    void shouldAnswerUnauthorizedForAnUnknownKey() {
        SandboxHttp http = start(SandboxOptions.defaults());

        Reply reply = http.withKey("ess_" + "b".repeat(32)).get(APP_PATH);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("message").asText()).isEqualTo("invalid API key");
    }

    @Test
    void shouldRefuseTheOldBearerHeader() throws Exception {
        start(SandboxOptions.defaults());
        var request = java.net.http.HttpRequest.newBuilder(uriOf(sandbox, APP_PATH))
                .header("Authorization", "Bearer " + sandbox.defaultApiKey())
                .build();

        var response = SandboxHttp.SHARED_CLIENT.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("no longer accepted").contains("X-API-Key");
    }

    private static java.net.URI uriOf(EssesseffSandbox sandbox, String path) {
        return java.net.URI.create(sandbox.apiBaseUrl() + path);
    }

    @Test
    void shouldForbidAKeyOfAnotherAccount() {
        SandboxHttp http = start(SandboxOptions.defaults());
        String otherKey = sandbox.addApiKey("other-team");

        Reply reply = http.withKey(otherKey).get(APP_PATH);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.error()).isEqualTo("forbidden");
        assertThat(reply.json().get("message").asText()).contains("other-team").contains("my-team");
    }

    @Test
    void shouldForbidBeforeRoutingOrValidating() {
        SandboxHttp http = start(SandboxOptions.defaults().withoutRateLimit());

        Reply unknownRoute = http.get("/accounts/other-team/no/such/route");
        Reply invalid = http.get("/accounts/other-team/organizations/o/apps?limit=0");

        assertThat(unknownRoute.status()).isEqualTo(403);
        assertThat(invalid.status()).isEqualTo(403);
    }

    @Test
    void shouldAnswerNotFoundForUnknownRoutesWithJson() {
        SandboxHttp http = start(SandboxOptions.defaults().withoutRateLimit());

        Reply underApi = http.get("/accounts/my-team/organizations/my-apps-org/widgets");
        Reply deeper = http.get(APP_PATH + "/images/v1.2.3/lifecycle/extra");
        Reply outside = http.send("GET", "/index.html", null, false);

        assertThat(underApi.status()).isEqualTo(404);
        assertThat(underApi.error()).isEqualTo("not_found");
        assertThat(deeper.status()).isEqualTo(404);
        assertThat(outside.status()).isEqualTo(404);
        assertThat(outside.json().get("message").asText()).contains("/api/v1");
    }

    @Test
    void shouldLetThreeRequestsThroughThenAnswer429() {
        SandboxHttp http = start(SandboxOptions.defaults());

        Reply first = http.get(APP_PATH);
        Reply second = http.get(APP_PATH);
        Reply third = http.get(APP_PATH);
        Reply fourth = http.get(APP_PATH);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("X-RateLimit-Limit")).isEqualTo("3");
        assertThat(first.header("X-RateLimit-Remaining")).isEqualTo("2");
        assertThat(second.header("X-RateLimit-Remaining")).isEqualTo("1");
        assertThat(third.header("X-RateLimit-Remaining")).isEqualTo("0");
        // the window started at 12:00:00.250 and ends at 12:00:10.250, rounded up to whole seconds
        long reset = Instant.parse("2025-09-30T12:00:11Z").getEpochSecond();
        assertThat(first.header("X-RateLimit-Reset")).isEqualTo(Long.toString(reset));
        assertThat(third.header("X-RateLimit-Reset")).isEqualTo(Long.toString(reset));
        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.error()).isEqualTo("rate_limit_exceeded");
        assertThat(fourth.json().get("message").asText()).isNotBlank();
        assertThat(fourth.header("X-RateLimit-Remaining")).isEqualTo("0");
        assertThat(fourth.header("X-RateLimit-Reset")).isEqualTo(Long.toString(reset));
    }

    @Test
    void shouldOpenANewWindowWhenTheClockPassesTheReset() {
        SandboxHttp http = start(SandboxOptions.defaults());
        for (int i = 0; i < 3; i++) {
            http.get(APP_PATH);
        }
        clock.advance(Duration.ofMillis(9_999));
        assertThat(http.get(APP_PATH).status()).isEqualTo(429);

        clock.advance(Duration.ofMillis(1));
        Reply reply = http.get(APP_PATH);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("X-RateLimit-Remaining")).isEqualTo("2");
        assertThat(reply.header("X-RateLimit-Reset"))
                .isEqualTo(Long.toString(Instant.parse("2025-09-30T12:00:21Z").getEpochSecond()));
    }

    @Test
    void shouldNotCountRefusedRequests() {
        SandboxHttp http = start(SandboxOptions.defaults());
        for (int i = 0; i < 10; i++) {
            http.get(APP_PATH);
        }

        clock.advance(Duration.ofSeconds(10));

        assertThat(http.get(APP_PATH).status()).isEqualTo(200);
        assertThat(http.get(APP_PATH).status()).isEqualTo(200);
        assertThat(http.get(APP_PATH).status()).isEqualTo(200);
        assertThat(http.get(APP_PATH).status()).isEqualTo(429);
    }

    @Test
    void shouldCountEachKeyOnItsOwn() {
        SandboxHttp http = start(SandboxOptions.defaults());
        String second = sandbox.addApiKey("my-team");
        for (int i = 0; i < 3; i++) {
            http.get(APP_PATH);
        }

        Reply reply = new SandboxHttp(sandbox).withKey(second).get(APP_PATH);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("X-RateLimit-Remaining")).isEqualTo("2");
    }

    @Test
    void shouldCheckTheKeyBeforeTheRateLimitAndTheRateLimitBeforeTheAccount() {
        SandboxHttp http = start(SandboxOptions.defaults());
        for (int i = 0; i < 3; i++) {
            http.get(APP_PATH);
        }

        Reply noKey = new SandboxHttp(sandbox).withKey(null).get(APP_PATH);
        Reply otherAccount = http.get("/accounts/other-team/organizations/o/apps");

        assertThat(noKey.status()).isEqualTo(401);
        assertThat(otherAccount.status()).isEqualTo(429);
    }

    @Test
    void shouldPutRateLimitHeadersOnErrorsToo() {
        SandboxHttp http = start(SandboxOptions.defaults());

        Reply notFound = http.get(APP_PATH + "/images/nope");
        Reply forbidden = http.get("/accounts/other-team/organizations/o/apps");

        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.header("X-RateLimit-Remaining")).isEqualTo("2");
        assertThat(forbidden.header("X-RateLimit-Remaining")).isEqualTo("1");
    }

    @Test
    void shouldFollowAConfiguredRateLimit() {
        SandboxHttp http = start(SandboxOptions.defaults().withRateLimit(5, Duration.ofMinutes(1)));
        for (int i = 0; i < 5; i++) {
            assertThat(http.get(APP_PATH).status()).isEqualTo(200);
        }

        Reply sixth = http.get(APP_PATH);

        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.header("X-RateLimit-Limit")).isEqualTo("5");
        assertThat(sixth.header("X-RateLimit-Reset"))
                .isEqualTo(Long.toString(Instant.parse("2025-09-30T12:01:01Z").getEpochSecond()));
    }

    @Test
    void shouldNotLimitNorSendHeadersWhenTurnedOff() {
        SandboxHttp http = start(SandboxOptions.defaults().withoutRateLimit());

        for (int i = 0; i < 20; i++) {
            Reply reply = http.get(APP_PATH);
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.header("X-RateLimit-Limit")).isNull();
        }
    }
}
