package io.jenkins.plugins.essesseff.sandbox;

import static io.jenkins.plugins.essesseff.sandbox.SandboxHttp.APP_PATH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.essesseff.sandbox.SandboxHttp.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SandboxLifecycleTest {

    /** The lifecycle states an image passes through on its way to each state, after BUILD. */
    private static final Map<String, List<String>> ROUTES = Map.of(
            "BUILD", List.of(),
            "DEV", List.of("DEV"),
            "RC", List.of("DEV", "RC"),
            "QA", List.of("DEV", "RC", "QA"),
            "STABLE", List.of("DEV", "RC", "QA", "STABLE"),
            "STAGING", List.of("DEV", "RC", "QA", "STABLE", "STAGING"),
            "PROD", List.of("DEV", "RC", "QA", "STABLE", "STAGING", "PROD"),
            "REJECTED", List.of("DEV", "RC", "REJECTED"));

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

    /** Registers v1 in BUILD and walks it to {@code state}, one clock minute per step. */
    private void imageIn(String state) {
        http.registerBuild("v1", false);
        for (String step : ROUTES.get(state)) {
            clock.advance(Duration.ofMinutes(1));
            http.moveThrough("v1", step);
        }
        assertThat(http.stateOf("v1")).isEqualTo(state);
    }

    private Reply post(String state) {
        return http.post(APP_PATH + "/images/v1/lifecycle", "{\"state\": \"" + state + "\"}");
    }

    static Stream<Arguments> allowedEdges() {
        return SandboxLifecycle.allowedTransitions().entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(to -> Arguments.of(entry.getKey(), to)));
    }

    @Test
    void shouldHoldExactlyTheInferredEdges() {
        assertThat(SandboxLifecycle.allowedTransitions())
                .containsOnly(
                        Map.entry("BUILD", Set.of("DEV")),
                        Map.entry("DEV", Set.of("RC")),
                        Map.entry("RC", Set.of("QA", "REJECTED")),
                        Map.entry("QA", Set.of("STABLE", "REJECTED")),
                        Map.entry("STABLE", Set.of("STAGING", "PROD")),
                        Map.entry("STAGING", Set.of("PROD")));
        assertThat(allowedEdges()).hasSize(9);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allowedEdges")
    void shouldAllowEveryEdgeOfTheTable(String from, String to) {
        imageIn(from);

        Reply reply = post(to);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("state").asText()).isEqualTo(to);
        assertThat(reply.json().get("state_timestamp").asText()).isEqualTo(SandboxJson.timestamp(clock.instant()));
        assertThat(http.stateOf("v1")).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "BUILD, BUILD",
        "BUILD, RC",
        "BUILD, PROD",
        "DEV, DEV",
        "DEV, QA",
        "DEV, PROD",
        "DEV, BUILD",
        "RC, DEV",
        "RC, STABLE",
        "QA, RC",
        "QA, PROD",
        "STABLE, QA",
        "STABLE, REJECTED",
        "STAGING, STABLE",
        "STAGING, STAGING",
        "PROD, STAGING",
        "PROD, PROD",
        "REJECTED, DEV",
        "REJECTED, RC",
        "REJECTED, QA",
        "QA, EXPIRED"
    })
    void shouldRefuseTransitionsOutsideTheTable(String from, String to) {
        imageIn(from);

        Reply reply = post(to);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("invalid_transition");
        assertThat(reply.json().get("message").asText())
                .contains("cannot move image v1 from " + from + " to " + to)
                .contains("allowed from " + from + ":");
        assertThat(http.stateOf("v1")).isEqualTo(from);
    }

    @Test
    void shouldNameTheAllowedNextStatesInTheRefusal() {
        imageIn("DEV");

        assertThat(post("QA").json().get("message").asText())
                .isEqualTo("cannot move image v1 from DEV to QA; allowed from DEV: RC");
        assertThat(post("DEV").json().get("message").asText()).contains("already in DEV");
    }

    @Test
    void shouldKeepTheHistoryWithTheActiveStateLast() {
        imageIn("RC");

        JsonNode withHistory =
                http.get(APP_PATH + "/images/v1/lifecycle?history=true").json();
        JsonNode withOne = http.get(APP_PATH + "/images/v1/lifecycle?history=1").json();
        JsonNode without = http.get(APP_PATH + "/images/v1/lifecycle").json();

        List<String> states = new ArrayList<>();
        List<Boolean> active = new ArrayList<>();
        withHistory.get("history").forEach(entry -> {
            states.add(entry.get("state").asText());
            active.add(entry.get("is_active").asBoolean());
        });
        assertThat(states).containsExactly("BUILD", "DEV", "RC");
        assertThat(active).containsExactly(false, false, true);
        assertThat(withHistory.get("current_state").asText()).isEqualTo("RC");
        assertThat(withHistory.get("history").get(2).get("state_timestamp").asText())
                .isEqualTo(withHistory.get("state_timestamp").asText())
                .isEqualTo("2025-09-30T12:02:00Z");
        assertThat(withOne.get("history")).hasSize(3);
        assertThat(without.has("history")).isFalse();
        assertThat(http.get(APP_PATH + "/images/v1/lifecycle?history=false")
                        .json()
                        .has("history"))
                .isFalse();
    }

    @Test
    void shouldRefuseAnUnknownHistoryValue() {
        imageIn("DEV");

        assertThat(http.get(APP_PATH + "/images/v1/lifecycle?history=yes").status())
                .isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"state\": \"QA_TESTING\"}", "{\"state\": \"qa\"}", "{\"state\": \"LIVE\"}", "{}"})
    void shouldRefuseAnUnknownOrMissingState(String body) {
        imageIn("RC");

        Reply reply = http.post(APP_PATH + "/images/v1/lifecycle", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isIn("invalid_state", "invalid_parameter");
        assertThat(http.stateOf("v1")).isEqualTo("RC");
    }

    @Test
    void shouldExplainTheOlderQaTestingSpelling() {
        imageIn("RC");

        assertThat(post("QA_TESTING").json().get("message").asText()).contains("use \"QA\"");
    }

    @Test
    void shouldDeployWhenTheNewStateIsAnEnvironment() {
        imageIn("RC");

        post("QA");

        JsonNode qa = http.get(APP_PATH + "/environments/QA").json();
        assertThat(qa.get("image_tag").asText()).isEqualTo("v1");
        assertThat(qa.get("state_timestamp").asText()).isEqualTo(SandboxJson.timestamp(clock.instant()));
        JsonNode deployment =
                http.get(APP_PATH + "/deployments?environment=qa").data().get(0);
        assertThat(deployment.get("image_tag").asText()).isEqualTo("v1");
        assertThat(deployment.get("metadata").get("deployment_method").asText()).isEqualTo("manual_promote");
    }

    @Test
    void shouldNotDeployForStatesThatAreNoEnvironment() {
        imageIn("QA");

        post("STABLE");

        assertThat(http.get(APP_PATH + "/deployments")
                        .json()
                        .get("pagination")
                        .get("total")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void shouldCarryTheDeploymentNoteToProd() {
        imageIn("STABLE");

        Reply reply = http.post(
                APP_PATH + "/images/v1/lifecycle", "{\"state\": \"PROD\", \"deployment_note\": \"CR#12345\"}");

        assertThat(reply.json().get("deployment_note").asText()).isEqualTo("CR#12345");
        JsonNode deployment =
                http.get(APP_PATH + "/deployments?environment=prod").data().get(0);
        assertThat(deployment.get("metadata").get("deployment_note").asText()).isEqualTo("CR#12345");
    }

    @Test
    void shouldAnswerNotFoundForTheLifecycleOfAnUnknownImage() {
        imageIn("DEV");

        assertThat(http.get(APP_PATH + "/images/v2/lifecycle").status()).isEqualTo(404);
        assertThat(http.post(APP_PATH + "/images/v2/lifecycle", "{\"state\": \"RC\"}")
                        .status())
                .isEqualTo(404);
        assertThat(http.api("DELETE", APP_PATH + "/images/v1/lifecycle", null).status())
                .isEqualTo(405);
    }
}
