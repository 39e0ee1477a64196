package io.jenkins.plugins.essesseff.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.essesseff.client.LifecycleState;
import io.jenkins.plugins.essesseff.promotion.PromotionResult;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The freestyle build steps run the same operations, with {@code ${VAR}} build variables expanded. */
class BuildersTest {
    private static final Map<String, String> VARIABLES =
            Map.of("APP", RunnerFixture.APP, "TAG", "v7.0.0", "TARGET", "STAGING", "WHY", "weekly release");

    private final RunnerFixture fixture = new RunnerFixture();

    @AfterEach
    void closeSandbox() {
        fixture.close();
    }

    private static <B extends EssesseffBuilder> B forApp(B builder) {
        builder.setAppName("${APP}");
        return builder;
    }

    @Test
    void shouldPromoteAnImageThroughEveryBuildStepWithExpandedVariables() throws InterruptedException {
        fixture.build("v7.0.0");

        assertThat(run(new DeclareRcBuilder()).state()).isEqualTo(LifecycleState.RC);
        assertThat(run(new AcceptRcBuilder("${TAG}")).state()).isEqualTo(LifecycleState.QA);
        assertThat(run(new DeclareStableBuilder()).state()).isEqualTo(LifecycleState.STABLE);
        DeployStableBuilder deploy = new DeployStableBuilder("${TARGET}", "${TAG}");
        deploy.setDeploymentNote("${WHY}");
        PromotionResult staging = run(deploy);
        assertThat(staging.state()).isEqualTo(LifecycleState.STAGING);

        LifecycleBuilder toProd = new LifecycleBuilder("${TAG}");
        toProd.setState("PROD");
        toProd.setDeploymentNote("${WHY}");
        PromotionResult prod = run(toProd);
        assertThat(prod.state()).isEqualTo(LifecycleState.PROD);
        assertThat(prod.deploymentNote()).isEqualTo("weekly release");

        assertThat(run(new EnvironmentBuilder("PROD")).imageTag()).isEqualTo("v7.0.0");
        assertThat(run(new LifecycleBuilder("${TAG}")).state()).isEqualTo(LifecycleState.PROD);
    }

    @Test
    void shouldRejectThroughTheBuildSteps() throws InterruptedException {
        fixture.build("v7.0.0");
        run(new DeclareRcBuilder());
        assertThat(run(new RejectRcBuilder("${TAG}")).state()).isEqualTo(LifecycleState.REJECTED);

        fixture.build("v7.0.1");
        run(new DeclareRcBuilder());
        run(new AcceptRcBuilder("v7.0.1"));
        assertThat(run(new DeclareRejectedBuilder()).state()).isEqualTo(LifecycleState.REJECTED);
    }

    @Test
    void shouldExpandTheCommonParametersToo() throws InterruptedException {
        fixture.build("v7.0.0");
        DeclareRcBuilder builder = forApp(new DeclareRcBuilder());
        builder.setCredentialsId("${TAG}-key");
        builder.setDryRun(true);

        PromotionResult result = fixture.run(builder, VARIABLES);

        assertThat(result.dryRun()).isTrue();
        assertThat(fixture.credentialLookups).containsExactly("step:v7.0.0-key");
    }

    private PromotionResult run(EssesseffBuilder builder) throws InterruptedException {
        return fixture.run(forApp(builder), VARIABLES);
    }
}
