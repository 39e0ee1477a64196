package io.jenkins.plugins.essesseff.sandbox;

import static io.jenkins.plugins.essesseff.sandbox.SandboxHttp.APP_PATH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.essesseff.sandbox.SandboxHttp.Reply;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SandboxControlApiTest {

    private static final String BUILD = "{\"account_slug\": \"my-team\", \"organization_login\": \"my-apps-org\", "
            + "\"app_name\": \"my-app\", \"image_tag\": \"v1.2.3\"}";

    private final ManualClock clock = new ManualClock();
    private EssesseffSandbox sandbox;
    private SandboxHttp http;

    @BeforeEach
    void startSandbox() {
        sandbox = EssesseffSandbox.start(
                SandboxOptions.defaults().withClock(clock).withoutRateLimit());
        http = new SandboxHttp(sandbox);
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void shouldRegisterABuildAndDeployItToDev() {
        Reply reply = http.control("POST", "/builds", BUILD);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("current_state").asText()).isEqualTo("DEV");
        assertThat(http.get(APP_PATH + "/environments/DEV")
                        .json()
                        .get("image_tag")
                        .asText())
                .isEqualTo("v1.2.3");
        assertThat(http.get(APP_PATH + "/images/v1.2.3/lifecycle?history=true")
                        .json()
                        .get("history")
                        .get(0)
                        .get("state")
                        .asText())
                .isEqualTo("BUILD");
    }

    @Test
    void shouldRegisterABuildWithoutDeployingIt() {
        Reply reply = http.control("POST", "/builds", BUILD.replace("}", ", \"deploy_to_dev\": false}"));

        assertThat(reply.json().get("current_state").asText()).isEqualTo("BUILD");
        assertThat(http.get(APP_PATH + "/deployments").data()).isEmpty();
    }

    @Test
    void shouldRefuseADuplicateOrIncompleteBuild() {
        http.control("POST", "/builds", BUILD);

        Reply duplicate = http.control("POST", "/builds", BUILD);
        Reply incomplete = http.control("POST", "/builds", "{\"account_slug\": \"my-team\"}");
        Reply badTag = http.control("POST", "/builds", BUILD.replace("v1.2.3", "feature/x"));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.error()).isEqualTo("conflict");
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.json().get("message").asText()).contains("organization_login");
        assertThat(badTag.status()).isEqualTo(400);
    }

    @Test
    void shouldConfigureAnEnvironment() {
        Reply reply = http.control(
                "PUT",
                "/environments/QA",
                "{\"delay_ms\": 6000, \"outcome\": \"failed\", \"health_status\": \"Degraded\"}");
        http.control("POST", "/builds", BUILD);
        http.moveThrough("v1.2.3", "RC", "QA");

        JsonNode pending =
                http.get(APP_PATH + "/deployments?environment=qa").data().get(0);
        clock.advance(Duration.ofSeconds(6));
        JsonNode failed =
                http.get(APP_PATH + "/deployments?environment=qa").data().get(0);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("delay_ms").asLong()).isEqualTo(6000);
        assertThat(pending.get("status").asText()).isEqualTo("pending");
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("metadata").get("health_status").asText()).isEqualTo("Degraded");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"delay_ms\": -1}",
                "{\"delay_ms\": \"soon\"}",
                "{\"outcome\": \"maybe\"}",
                "{\"health_status\": 3}",
                "not json"
            })
    void shouldRefuseAnInvalidEnvironmentConfiguration(String body) {
        Reply reply = http.control("PUT", "/environments/QA", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).isNotBlank();
    }

    @Test
    void shouldRefuseAnUnknownEnvironment() {
        assertThat(http.control("PUT", "/environments/TEST", "{}").status()).isEqualTo(400);
    }

    @Test
    void shouldInjectAFault() {
        http.control("POST", "/builds", BUILD);

        Reply added = http.control(
                "POST",
                "/faults",
                "{\"method\": \"GET\", \"path_pattern\": \"/images/\", \"times\": 1, \"kind\": \"status\", "
                        + "\"status\": 502, \"body\": \"html\"}");
        Reply faulted = http.get(APP_PATH + "/images/v1.2.3");

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("kind").asText()).isEqualTo("status");
        assertThat(faulted.status()).isEqualTo(502);
        assertThat(faulted.body()).contains("<html>");
        assertThat(http.get(APP_PATH + "/images/v1.2.3").status()).isEqualTo(200);
    }

    @Test
    void shouldInjectEveryKindOfFault() {
        for (String kind : new String[] {"delay", "reset_before", "reset_after", "truncate"}) {
            Reply added = http.control(
                    "POST", "/faults", "{\"path_pattern\": \"/never$\", \"kind\": \"" + kind + "\", \"delay_ms\": 10}");
            assertThat(added.status()).as(kind).isEqualTo(201);
            assertThat(added.json().get("times").asInt()).isEqualTo(1);
        }

        assertThat(http.control("DELETE", "/faults", null).status()).isEqualTo(204);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"path_pattern\": \".\", \"kind\": \"explode\"}",
                "{\"path_pattern\": \"(\", \"kind\": \"reset_before\"}",
                "{\"kind\": \"reset_before\"}",
                "{\"path_pattern\": \".\", \"kind\": \"status\"}",
                "{\"path_pattern\": \".\", \"kind\": \"status\", \"status\": 502, \"body\": \"xml\"}",
                "{\"path_pattern\": \".\", \"kind\": \"truncate\", \"times\": 0}"
            })
    void shouldRefuseAnInvalidFault(String body) {
        Reply reply = http.control("POST", "/faults", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("invalid_parameter");
    }

    @Test
    void shouldListRequestsWithoutTheKey() {
        http.control("POST", "/builds", BUILD);
        http.get(APP_PATH + "/images?limit=5");
        http.get(APP_PATH + "/images/nope");
        http.get("/accounts/my-team/organizations/my-apps-org/apps/" + sandbox.defaultApiKey());

        Reply reply = http.control("GET", "/requests", null);

        JsonNode requests = reply.json().get("requests");
        assertThat(requests).hasSize(3);
        assertThat(requests.get(0).toString())
                .isEqualTo("{\"method\":\"GET\",\"path\":\"/api/v1" + APP_PATH + "/images?limit=5\",\"status\":200}");
        assertThat(requests.get(1).get("status").asInt()).isEqualTo(404);
        assertThat(reply.body()).doesNotContain(sandbox.defaultApiKey());
        assertThat(sandbox.requests()).hasSize(3);
    }

    @Test
    void shouldIssueAKeyForAnAccount() {
        Reply reply = http.control("POST", "/keys", "{\"account_slug\": \"other-team\"}");
        String key = reply.json().get("api_key").asText();

        assertThat(reply.status()).isEqualTo(201);
        assertThat(key).matches("ess_[A-Za-z0-9]{32}");
        assertThat(http.withKey(key)
                        .get("/accounts/other-team/organizations/o/apps")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void shouldResetToTheStateAfterStartKeepingKeys() {
        String extraKey = sandbox.addApiKey("other-team");
        http.control("POST", "/builds", BUILD);
        http.get(APP_PATH);

        Reply reset = http.control("POST", "/reset", null);

        assertThat(reset.status()).isEqualTo(204);
        assertThat(sandbox.requests()).isEmpty();
        assertThat(http.get(APP_PATH).status()).isEqualTo(404);
        assertThat(http.withKey(extraKey)
                        .get("/accounts/other-team/organizations/o/apps")
                        .status())
                .isEqualTo(200);
        http.control("POST", "/builds", BUILD);
        assertThat(http.withKey(sandbox.defaultApiKey())
                        .get(APP_PATH)
                        .data()
                        .get("repository_ids")
                        .get("source_repo")
                        .asLong())
                .isEqualTo(12345678L);
    }

    @Test
    void shouldAnswerUnknownControlsAndMethodsWithJson() {
        Reply unknown = http.control("GET", "/nothing", null);
        Reply wrongMethod = http.control("GET", "/reset", null);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("message").asText()).contains("docs/sandbox.md");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.error()).isEqualTo("method_not_allowed");
    }
}
