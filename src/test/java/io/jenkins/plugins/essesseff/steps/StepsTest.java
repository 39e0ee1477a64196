package io.jenkins.plugins.essesseff.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.essesseff.client.Environment;
import io.jenkins.plugins.essesseff.client.EssesseffException;
import io.jenkins.plugins.essesseff.client.InvalidInputException;
import io.jenkins.plugins.essesseff.client.LifecycleState;
import io.jenkins.plugins.essesseff.promotion.PromotionResult;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each pipeline step, bound as Groovy would bind it, runs its operation against the sandbox. */
class StepsTest {
    private final RunnerFixture fixture = new RunnerFixture();

    @AfterEach
    void closeSandbox() {
        fixture.close();
    }

    private static <S extends EssesseffStep> S forApp(S step) {
        step.setAppName(RunnerFixture.APP);
        return step;
    }

    @Test
    void shouldPromoteAnImageThroughEveryStep() throws InterruptedException {
        String tag = fixture.build("v1.0.0");

        PromotionResult rc = fixture.run(forApp(new DeclareRcStep()));
        assertThat(rc.state()).isEqualTo(LifecycleState.RC);
        assertThat(rc.imageTag()).isEqualTo(tag);
        assertThat(rc.changed()).isTrue();

        AcceptRcStep accept = forApp(new AcceptRcStep(tag));
        accept.setWaitForDeployment(true);
        assertThat(fixture.run(accept).state()).isEqualTo(LifecycleState.QA);

        assertThat(fixture.run(forApp(new DeclareStableStep())).state()).isEqualTo(LifecycleState.STABLE);

        PromotionResult staging = fixture.run(forApp(new DeployStableStep("STAGING", tag)));
        assertThat(staging.state()).isEqualTo(LifecycleState.STAGING);
        assertThat(staging.environment()).isEqualTo(Environment.STAGING);

        DeployStableStep prod = forApp(new DeployStableStep("prod", tag));
        prod.setDeploymentNote("Release 1.0");
        PromotionResult inProd = fixture.run(prod);
        assertThat(inProd.state()).isEqualTo(LifecycleState.PROD);
        assertThat(inProd.deploymentNote()).isEqualTo("Release 1.0");

        LifecycleStep lifecycle = forApp(new LifecycleStep(tag));
        lifecycle.setHistory(true);
        PromotionResult read = fixture.run(lifecycle);
        assertThat(read.state()).isEqualTo(LifecycleState.PROD);
        assertThat(read.changed()).isFalse();
        assertThat(read.toMap()).containsKey("history");

        PromotionResult environment = fixture.run(forApp(new EnvironmentStep("PROD")));
        assertThat(environment.imageTag()).isEqualTo(tag);
        assertThat(environment.toMap()).containsEntry("environment", "PROD");
        assertThat(fixture.console).allSatisfy(line -> assertThat(line).startsWith("[essesseff] "));
    }

    @Test
    void shouldRejectAReleaseCandidateOrTheImageInQa() throws InterruptedException {
        String candidate = fixture.build("v2.0.0");
        fixture.run(forApp(new DeclareRcStep()));
        assertThat(fixture.run(forApp(new RejectRcStep(candidate))).state()).isEqualTo(LifecycleState.REJECTED);

        String inQa = fixture.build("v2.0.1");
        fixture.run(forApp(new DeclareRcStep()));
        fixture.run(forApp(new AcceptRcStep(inQa)));
        PromotionResult rejected = fixture.run(forApp(new DeclareRejectedStep()));
        assertThat(rejected.state()).isEqualTo(LifecycleState.REJECTED);
        assertThat(rejected.imageTag()).isEqualTo(inQa);
    }

    @Test
    void shouldMoveAnImageThroughTheLifecycleStepWhenGivenAState() throws InterruptedException {
        String tag = fixture.build("v3.0.0");
        fixture.run(forApp(new DeclareRcStep()));

        LifecycleStep toQa = forApp(new LifecycleStep(tag));
        toQa.setState("qa_testing");
        PromotionResult result = fixture.run(toQa);

        assertThat(result.state()).isEqualTo(LifecycleState.QA);
        assertThat(result.changed()).isTrue();
    }

    @Test
    void shouldStopAfterThePreflightInADryRun() throws InterruptedException {
        fixture.build("v4.0.0");
        DeclareRcStep step = forApp(new DeclareRcStep());
        step.setDryRun(true);

        PromotionResult result = fixture.run(step);

        assertThat(result.dryRun()).isTrue();
        assertThat(result.changed()).isFalse();
        assertThat(fixture.run(forApp(new LifecycleStep("v4.0.0"))).state()).isEqualTo(LifecycleState.DEV);
    }

    @Test
    void shouldRefuseAnUnknownEnvironmentBeforeAskingEssesseff() {
        DeployStableStep step = forApp(new DeployStableStep("moon", "v1"));

        assertThatThrownBy(() -> fixture.run(step))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo("environment"))
                .hasMessageContaining("STAGING");
        assertThat(fixture.sandbox.requests()).isEmpty();
    }

    @Test
    void shouldRefuseAnUnknownStateAndATimeoutBelowOneMinute() {
        LifecycleStep badState = forApp(new LifecycleStep("v1"));
        badState.setState("LIVE");
        assertThatThrownBy(() -> fixture.run(badState))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo("state"));

        AcceptRcStep badTimeout = forApp(new AcceptRcStep("v1"));
        badTimeout.setWaitForDeployment(true);
        badTimeout.setTimeoutMinutes(0);
        assertThatThrownBy(() -> fixture.run(badTimeout))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo("timeoutMinutes"));
    }

    @Test
    void shouldRefuseAProdDeploymentWithoutANoteUnderTheDefaultPolicy() throws InterruptedException {
        String tag = fixture.build("v5.0.0");
        fixture.run(forApp(new DeclareRcStep()));
        fixture.run(forApp(new AcceptRcStep(tag)));
        fixture.run(forApp(new DeclareStableStep()));

        assertThatThrownBy(() -> fixture.run(forApp(new DeployStableStep("PROD", tag))))
                .isInstanceOf(EssesseffException.class)
                .hasMessageContaining("deploymentNote");
    }

    @Test
    void shouldKeepTheStepParametersAsGiven() {
        DeployStableStep step = new DeployStableStep(" PROD ", " v1 ");
        step.setDeploymentNote("  ");
        step.setCredentialsId("");
        step.setWaitForDeployment(true);
        step.setTimeoutMinutes(5);

        assertThat(step.getEnvironment()).isEqualTo("PROD");
        assertThat(step.getImageTag()).isEqualTo("v1");
        assertThat(step.getDeploymentNote()).isNull();
        assertThat(step.getCredentialsId()).isNull();
        assertThat(step.options()).isEqualTo(new StepOptions(false, true, 5));
        assertThat(new DeclareRcStep().options().toRunOptions().waitForDeployment())
                .isFalse();
        assertThat(Map.of("timeout", new AcceptRcStep("v1").getTimeoutMinutes()))
                .containsEntry("timeout", 10);
    }
}
