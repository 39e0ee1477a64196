package io.jenkins.plugins.essesseff.sandbox;

import static io.jenkins.plugins.essesseff.sandbox.SandboxHttp.APP_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxDeploymentProgressTest {

    private final ManualClock clock = new ManualClock();
    private EssesseffSandbox sandbox;
    private SandboxHttp http;

    @BeforeEach
    void startSandbox() {
        sandbox = EssesseffSandbox.start(
                SandboxOptions.defaults().withClock(clock).withoutRateLimit());
        sandbox.registerBuild("my-team", "my-apps-org", "my-app", "v1");
        http = new SandboxHttp(sandbox);
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    private JsonNode latest(String environment) {
        return http.get(APP_PATH + "/deployments?environment=" + environment)
                .data()
                .get(0);
    }

    @Test
    void shouldMoveFromPendingThroughInProgressToTheOutcome() {
        sandbox.configureEnvironment("QA", Duration.ofSeconds(30), "failed", "Degraded");
        http.moveThrough("v1", "RC", "QA");

        JsonNode pending = latest("qa");
        clock.advance(Duration.ofSeconds(9));
        JsonNode stillPending = latest("qa");
        clock.advance(Duration.ofSeconds(1));
        JsonNode inProgress = latest("qa");
        clock.advance(Duration.ofMillis(19_999));
        JsonNode almost = latest("qa");
        clock.advance(Duration.ofMillis(1));
        JsonNode done = latest("qa");

        assertThat(pending.get("status").asText()).isEqualTo("pending");
        assertThat(pending.get("completed_at").isNull()).isTrue();
        assertThat(pending.get("metadata").get("deployment_conclusion").isNull())
                .isTrue();
        assertThat(pending.get("metadata").get("health_status").asText()).isEqualTo("Progressing");
        assertThat(stillPending.get("status").asText()).isEqualTo("pending");
        assertThat(inProgress.get("status").asText()).isEqualTo("in_progress");
        assertThat(almost.get("status").asText()).isEqualTo("in_progress");
        assertThat(done.get("status").asText()).isEqualTo("failed");
        assertThat(done.get("deployed_at").asText()).isEqualTo("2025-09-30T12:00:00Z");
        assertThat(done.get("completed_at").asText()).isEqualTo("2025-09-30T12:00:30Z");
        assertThat(done.get("metadata").get("deployment_conclusion").asText()).isEqualTo("failure");
        assertThat(done.get("metadata").get("health_status").asText()).isEqualTo("Degraded");
    }

    @Test
    void shouldFilterByTheStatusAtTheTimeOfTheRequest() {
        sandbox.configureEnvironment("dev", Duration.ofMinutes(1), "succeeded", "Healthy");
        sandbox.registerBuild("my-team", "my-apps-org", "my-app", "v2");

        assertThat(http.get(APP_PATH + "/deployments?status=pending").data()).hasSize(1);
        assertThat(http.get(APP_PATH + "/deployments?status=succeeded").data()).hasSize(1);

        clock.advance(Duration.ofMinutes(1));

        assertThat(http.get(APP_PATH + "/deployments?status=pending").data()).isEmpty();
        assertThat(http.get(APP_PATH + "/deployments?status=succeeded").data()).hasSize(2);
    }

    @Test
    void shouldKeepTheBehaviourADeploymentStartedWith() {
        sandbox.configureEnvironment("DEV", Duration.ofSeconds(10), "succeeded", null);
        sandbox.registerBuild("my-team", "my-apps-org", "my-app", "v2");
        sandbox.configureEnvironment("DEV", Duration.ZERO, "failed", "Degraded");

        clock.advance(Duration.ofSeconds(10));
        JsonNode deployment = latest("dev");

        assertThat(deployment.get("status").asText()).isEqualTo("succeeded");
        assertThat(deployment.get("metadata").get("health_status").isNull()).isTrue();
    }

    @Test
    void shouldSucceedImmediatelyAndHealthyByDefault() {
        JsonNode deployment = latest("dev");

        assertThat(deployment.get("status").asText()).isEqualTo("succeeded");
        assertThat(deployment.get("metadata").get("health_status").asText()).isEqualTo("Healthy");
    }

    @Test
    void shouldGoBackToImmediateSuccessAfterAReset() {
        sandbox.configureEnvironment("DEV", Duration.ofSeconds(10), "failed", "Degraded");

        sandbox.reset();
        sandbox.registerBuild("my-team", "my-apps-org", "my-app", "v1");

        assertThat(latest("dev").get("status").asText()).isEqualTo("succeeded");
    }

    @Test
    void shouldRefuseAnInvalidEnvironmentBehaviour() {
        assertThatThrownBy(() -> sandbox.configureEnvironment("TEST", Duration.ZERO, "succeeded", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DEV, QA, STAGING, PROD");
        assertThatThrownBy(() -> sandbox.configureEnvironment("QA", Duration.ZERO, "maybe", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("succeeded or failed");
        assertThatThrownBy(() -> sandbox.configureEnvironment("QA", Duration.ofSeconds(-1), "failed", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
