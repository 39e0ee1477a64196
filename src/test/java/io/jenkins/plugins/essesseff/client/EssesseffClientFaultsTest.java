package io.jenkins.plugins.essesseff.client;

import static io.jenkins.plugins.essesseff.client.ClientFixture.APP;
import static io.jenkins.plugins.essesseff.client.ClientFixture.appPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.essesseff.sandbox.SandboxFault;
import io.jenkins.plugins.essesseff.sandbox.SandboxRequest;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Lifecycle changes and promotions under faults: a transition happens at most once, and an ambiguous failure is
 * settled by reading the image's lifecycle.
 */
@Timeout(30)
class EssesseffClientFaultsTest {

    private ClientFixture fixture;
    private EssesseffClient client;

    @BeforeEach
    void start() {
        fixture = ClientFixture.withoutRateLimit();
        client = fixture.client();
        fixture.build("v1");
    }

    @AfterEach
    void stop() {
        String key = fixture.sandbox.defaultApiKey();
        assertThat(fixture.warnings).allSatisfy(warning -> assertThat(warning).doesNotContain(key));
        fixture.close();
    }

    /** How often the image entered {@code state}, from its lifecycle history. */
    private long timesIn(String tag, LifecycleState state) {
        return client.getLifecycle(APP, tag, true).history().stream()
                .filter(entry -> entry.state() == state)
                .count();
    }

    private List<String> methodsAndStatuses() {
        return fixture.requests().stream()
                .map(request -> request.method() + " " + request.path().replace(appPath(), "") + " " + request.status())
                .toList();
    }

    @Test
    void shouldSucceedOnceWhenTheConnectionBrokeAfterTheTransitionWasApplied() {
        // given
        fixture.sandbox.addFault(SandboxFault.resetAfterApplying("POST", "/declare-rc$", 1));

        // when
        StateChange change = client.declareRc(APP);

        // then
        assertThat(change.state()).isEqualTo(LifecycleState.RC);
        assertThat(change.imageTag()).isEqualTo("v1");
        assertThat(change.environment()).isEqualTo(Environment.DEV);
        assertThat(methodsAndStatuses())
                .containsExactly(
                        "POST /environments/DEV/declare-rc 200",
                        "GET /environments/DEV 200",
                        "GET /images/v1/lifecycle 200");
        assertThat(timesIn("v1", LifecycleState.RC)).isEqualTo(1);
        assertThat(fixture.warnings)
                .singleElement()
                .asString()
                .contains("POST " + appPath() + "/environments/DEV/declare-rc")
                .contains("essesseff shows v1 in RC, so the change (declare-rc (v1 in DEV)) was applied");
    }

    @Test
    void shouldSendASuccessfulDeclareRcAsItsOnlyRequest() {
        // when
        StateChange change = client.declareRc(APP);

        // then
        assertThat(change.state()).isEqualTo(LifecycleState.RC);
        assertThat(change.imageTag()).isEqualTo("v1");
        assertThat(methodsAndStatuses()).containsExactly("POST /environments/DEV/declare-rc 200");
    }

    @Test
    void shouldSendDeclareRcOnceMoreWhenTheConnectionBrokeBeforeItWasApplied() {
        // given
        fixture.sandbox.addFault(SandboxFault.resetBeforeApplying("POST", "/declare-rc$", 1));

        // when
        StateChange change = client.declareRc(APP);

        // then
        assertThat(change.state()).isEqualTo(LifecycleState.RC);
        assertThat(change.imageTag()).isEqualTo("v1");
        assertThat(methodsAndStatuses())
                .containsExactly(
                        "POST /environments/DEV/declare-rc 0",
                        "GET /environments/DEV 200",
                        "GET /images/v1/lifecycle 200",
                        "POST /environments/DEV/declare-rc 200");
        assertThat(timesIn("v1", LifecycleState.RC)).isEqualTo(1);
        assertThat(fixture.warnings)
                .singleElement()
                .asString()
                .contains("still shows v1 in DEV, so the change (declare-rc (v1 in DEV)) was not applied; sending it"
                        + " once more");
    }

    @Test
    void shouldSayTheOutcomeIsUnknownWhenTheEnvironmentCannotBeReadAfterADeclareRc() {
        // given the change is applied but its answer lost, and the environment cannot be read afterwards
        fixture.sandbox.addFault(SandboxFault.resetAfterApplying("POST", "/declare-rc$", 1));
        fixture.sandbox.addFault(SandboxFault.status("GET", "/environments/DEV$", 100, 503, true));

        // when
        EssesseffOutcomeUnknownException failure =
                catchThrowableOfType(EssesseffOutcomeUnknownException.class, () -> client.declareRc(APP));

        // then
        assertThat(failure.getMessage())
                .startsWith("It is unknown whether essesseff applied the change (declare-rc (the image in DEV), POST ")
                .contains("reading which image is in DEV afterwards failed too: essesseff answered 503")
                .contains("Check the app my-team/my-apps-org/my-app in essesseff before running");
        assertThat(fixture.requests())
                .filteredOn(request -> request.method().equals("POST"))
                .hasSize(1);
    }

    @Test
    void shouldSendOnceMoreWhenTheConnectionBrokeBeforeTheTransitionWasApplied() {
        // given
        client.declareRc(APP);
        fixture.sandbox.addFault(SandboxFault.resetBeforeApplying("POST", "/accept-rc$", 1));

        // when
        StateChange change = client.acceptRc(APP, "v1");

        // then
        assertThat(change.state()).isEqualTo(LifecycleState.QA);
        assertThat(methodsAndStatuses())
                .endsWith(
                        "POST /environments/QA/accept-rc 0",
                        "GET /images/v1/lifecycle 200",
                        "POST /environments/QA/accept-rc 200");
        assertThat(timesIn("v1", LifecycleState.QA)).isEqualTo(1);
        assertThat(fixture.warnings)
                .singleElement()
                .asString()
                .contains("still shows v1 in RC, so the change (accept-rc v1) was not applied; sending it once more");
    }

    @Test
    void shouldSettleAnHtml502OnAPromotionByReadingTheLifecycle() {
        // given an image in STABLE, and a proxy failing the first deploy (without passing it on)
        promoteToStable();
        fixture.sandbox.addFault(SandboxFault.status("POST", "/STAGING/deploy-stable$", 1, 502, true));

        // when
        StateChange change = client.deployStable(APP, Environment.STAGING, "v1", null);

        // then
        assertThat(change.state()).isEqualTo(LifecycleState.STAGING);
        assertThat(methodsAndStatuses())
                .endsWith(
                        "POST /environments/STAGING/deploy-stable 502",
                        "GET /images/v1/lifecycle 200",
                        "POST /environments/STAGING/deploy-stable 200");
        assertThat(timesIn("v1", LifecycleState.STAGING)).isEqualTo(1);
        assertThat(fixture.warnings).singleElement().asString().contains("essesseff answered 502: 502 Bad Gateway");
    }

    @Test
    void shouldSucceedOnceWhenTheAnswerToAPromotionBrokeOff() {
        // given
        client.declareRc(APP);
        client.acceptRc(APP, "v1");
        fixture.sandbox.addFault(SandboxFault.truncatedBody("POST", "/declare-stable$", 1));

        // when
        StateChange change = client.declareStable(APP);

        // then
        assertThat(change.state()).isEqualTo(LifecycleState.STABLE);
        assertThat(change.environment()).isEqualTo(Environment.QA);
        assertThat(timesIn("v1", LifecycleState.STABLE)).isEqualTo(1);
        assertThat(methodsAndStatuses())
                .containsSubsequence("POST /environments/QA/declare-stable 200", "GET /images/v1/lifecycle 200");
    }

    @Test
    void shouldBuildTheResultFromTheLifecycleForAProdDeployWithItsNote() {
        // given
        promoteToStable();
        fixture.sandbox.addFault(SandboxFault.resetAfterApplying("POST", "/PROD/deploy-stable$", 1));

        // when
        StateChange change = client.deployStable(APP, Environment.PROD, "v1", "CR#12345");

        // then
        assertThat(change.state()).isEqualTo(LifecycleState.PROD);
        assertThat(change.environment()).isEqualTo(Environment.PROD);
        assertThat(change.deploymentNote()).isEqualTo("CR#12345");
        assertThat(change.accountSlug()).isEqualTo("my-team");
        assertThat(change.stateTimestamp()).isNotBlank();
        assertThat(timesIn("v1", LifecycleState.PROD)).isEqualTo(1);
    }

    @Test
    void shouldSettleASetLifecycleStateThatTimedOut() {
        // given the answer comes after the client stopped waiting, and the change is applied late
        fixture.sandbox.addFault(SandboxFault.delay("POST", "/images/v1/lifecycle$", 1, Duration.ofMillis(1500)));
        EssesseffClient impatient =
                fixture.builder().requestTimeout(Duration.ofMillis(600)).build();

        // when
        StateChange change = impatient.setLifecycleState(APP, "v1", LifecycleState.RC, null);

        // then it ended in RC, entered once, whichever send was applied
        assertThat(change.state()).isEqualTo(LifecycleState.RC);
        assertThat(fixture.warnings)
                .first()
                .asString()
                .contains("did not answer POST")
                .contains("within 600 ms");
        assertThat(timesIn("v1", LifecycleState.RC)).isEqualTo(1);
    }

    @Test
    void shouldGiveUpAfterTwoSendsThatWereNotApplied() {
        // given
        fixture.sandbox.addFault(SandboxFault.resetBeforeApplying("POST", "/declare-rc$", 2));

        // when
        EssesseffException failure = catchThrowableOfType(EssesseffException.class, () -> client.declareRc(APP));

        // then
        assertThat(failure).isNotInstanceOf(EssesseffOutcomeUnknownException.class);
        assertThat(failure.getMessage())
                .contains("was sent 2 times and essesseff still shows v1 in DEV, so it was not applied");
        assertThat(fixture.requests())
                .filteredOn(request -> request.method().equals("POST"))
                .hasSize(2);
        assertThat(timesIn("v1", LifecycleState.RC)).isZero();
    }

    @Test
    void shouldSayTheOutcomeIsUnknownWhenTheLifecycleCannotBeRead() {
        // given the change is applied but its answer lost, and the lifecycle cannot be read afterwards
        fixture.sandbox.addFault(SandboxFault.resetAfterApplying("POST", "/declare-rc$", 1));
        fixture.sandbox.addFault(SandboxFault.status("GET", "/images/v1/lifecycle$", 100, 503, true));

        // when
        EssesseffOutcomeUnknownException failure =
                catchThrowableOfType(EssesseffOutcomeUnknownException.class, () -> client.declareRc(APP));

        // then
        assertThat(failure.getMessage())
                .startsWith("It is unknown whether essesseff applied the change (declare-rc (v1 in DEV), POST ")
                .contains("reading the image's lifecycle afterwards failed too: essesseff answered 503")
                .contains("Check the lifecycle of v1 (app my-team/my-apps-org/my-app) in essesseff before running");
        assertThat(failure.getMessage()).doesNotContain(fixture.sandbox.defaultApiKey());
        assertThat(fixture.requests())
                .filteredOn(request -> request.method().equals("POST"))
                .hasSize(1);
    }

    @Test
    void shouldNotReconcileWhatWasNeverSent() throws Exception {
        // given a host nobody listens on
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        EssesseffClient unreachable = fixture.builder()
                .baseUrl(URI.create("http://127.0.0.1:" + port + "/api/v1"))
                .build();

        // when
        EssesseffException failure =
                catchThrowableOfType(EssesseffException.class, () -> unreachable.acceptRc(APP, "v1"));

        // then
        assertThat(failure.getMessage()).contains("could not connect").contains("was not sent");
        assertThat(fixture.warnings).isEmpty();
    }

    @Test
    void shouldReportARefusalWithoutRetrying() {
        // when the image is in DEV, essesseff refuses to declare it stable
        EssesseffApiException failure = catchThrowableOfType(
                EssesseffApiException.class, () -> client.setLifecycleState(APP, "v1", LifecycleState.STABLE, null));

        // then
        assertThat(failure.getStatus()).isEqualTo(400);
        assertThat(fixture.requests()).extracting(SandboxRequest::status).containsExactly(400);
    }

    private void promoteToStable() {
        client.declareRc(APP);
        client.acceptRc(APP, "v1");
        client.declareStable(APP);
    }
}
