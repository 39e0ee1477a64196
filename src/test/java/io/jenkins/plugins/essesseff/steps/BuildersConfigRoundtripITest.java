package io.jenkins.plugins.essesseff.steps;

import hudson.tasks.Builder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** Every build step keeps every field through its configuration page (the form is the pipeline step's). */
@WithJenkins
class BuildersConfigRoundtripITest {

    @Test
    void shouldKeepEveryFieldOfEveryBuildStep(JenkinsRule j) throws Exception {
        for (Builder builder : configuredBuilders()) {
            j.assertEqualDataBoundBeans(builder, j.configRoundtrip(builder));
        }
    }

    @Test
    void shouldKeepBuildStepsWithOnlyTheirRequiredFields(JenkinsRule j) throws Exception {
        List<Builder> minimal = List.of(
                new DeclareRcBuilder(),
                new AcceptRcBuilder("v1"),
                new RejectRcBuilder("v1"),
                new DeclareStableBuilder(),
                new DeclareRejectedBuilder(),
                new DeployStableBuilder("STAGING", "v1"),
                new LifecycleBuilder("v1"),
                new EnvironmentBuilder("DEV"));
        for (Builder builder : minimal) {
            j.assertEqualDataBoundBeans(builder, j.configRoundtrip(builder));
        }
    }

    /**
     * A drop-down's value that is not one of its choices (a build variable, as Job DSL or Configuration as Code may
     * set it) is kept, not replaced by the first choice.
     */
    @Test
    void shouldKeepABuildVariableInADropDown(JenkinsRule j) throws Exception {
        DeployStableBuilder deployStable = new DeployStableBuilder("${TARGET_ENVIRONMENT}", "v1");
        LifecycleBuilder lifecycle = new LifecycleBuilder("v1");
        lifecycle.setState("${TARGET_STATE}");
        EnvironmentBuilder environment = new EnvironmentBuilder("${TARGET_ENVIRONMENT}");
        for (Builder builder : List.<Builder>of(deployStable, lifecycle, environment)) {
            j.assertEqualDataBoundBeans(builder, j.configRoundtrip(builder));
        }
    }

    private static List<Builder> configuredBuilders() {
        DeclareRcBuilder declareRc = common(new DeclareRcBuilder());
        declareRc.setDryRun(true);
        AcceptRcBuilder acceptRc = common(new AcceptRcBuilder("${TAG}"));
        acceptRc.setWaitForDeployment(true);
        acceptRc.setTimeoutMinutes(7);
        RejectRcBuilder rejectRc = common(new RejectRcBuilder("v1.2.3"));
        rejectRc.setDryRun(true);
        DeployStableBuilder deployStable = common(new DeployStableBuilder("PROD", "v1.2.3"));
        deployStable.setDeploymentNote("Release 1.2.3");
        deployStable.setWaitForDeployment(true);
        deployStable.setTimeoutMinutes(20);
        deployStable.setDryRun(true);
        LifecycleBuilder lifecycle = common(new LifecycleBuilder("v1.2.3"));
        lifecycle.setHistory(true);
        lifecycle.setState("STAGING");
        lifecycle.setDeploymentNote("moved by hand");
        return List.of(
                declareRc,
                acceptRc,
                rejectRc,
                common(new DeclareStableBuilder()),
                common(new DeclareRejectedBuilder()),
                deployStable,
                lifecycle,
                common(new EnvironmentBuilder("QA")));
    }

    private static <B extends EssesseffBuilder> B common(B builder) {
        builder.setAppName("shop");
        builder.setAccountSlug("my-team");
        builder.setOrganizationLogin("my-apps-org");
        builder.setCredentialsId("essesseff-api-key");
        return builder;
    }
}
