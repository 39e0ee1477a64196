package io.jenkins.plugins.essesseff.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import hudson.model.Run;
import hudson.util.Secret;
import io.jenkins.plugins.essesseff.action.EssesseffAction;
import io.jenkins.plugins.essesseff.action.EssesseffRecord;
import io.jenkins.plugins.essesseff.config.EssesseffGlobalConfiguration;
import io.jenkins.plugins.essesseff.sandbox.EssesseffSandbox;
import io.jenkins.plugins.essesseff.sandbox.SandboxOptions;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The steps in a real Jenkins against the essesseff sandbox: a pipeline and a freestyle job promote images through
 * every step with the API key in a Secret text credential, which reaches neither the log nor the build directory.
 */
@WithJenkins
class EssesseffStepsITest {
    private static final String ACCOUNT = "my-team";
    private static final String ORGANIZATION = "my-apps-org";
    private static final String APP = "shop";
    private static final String CREDENTIALS_ID = "essesseff-api-key";

    private EssesseffSandbox sandbox;

    @BeforeEach
    void startSandbox() {
        sandbox = EssesseffSandbox.start(SandboxOptions.defaults().withoutRateLimit());
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    /** The global configuration points at the sandbox; the key is a Secret text credential. */
    private void configureJenkins() throws IOException {
        SystemCredentialsProvider credentials = SystemCredentialsProvider.getInstance();
        credentials
                .getCredentials()
                .add(new StringCredentialsImpl(
                        CredentialsScope.GLOBAL,
                        CREDENTIALS_ID,
                        "essesseff API key",
                        Secret.fromString(sandbox.defaultApiKey())));
        credentials.save();
        EssesseffGlobalConfiguration configuration = EssesseffGlobalConfiguration.get();
        configuration.setApiUrl(sandbox.apiBaseUrl().toString());
        configuration.setAccountSlug(ACCOUNT);
        configuration.setOrganizationLogin(ORGANIZATION);
        configuration.setCredentialsId(CREDENTIALS_ID);
    }

    @Test
    void shouldPromoteAnImageThroughEveryStepOfAPipeline(JenkinsRule j) throws Exception {
        configureJenkins();
        sandbox.registerBuild(ACCOUNT, ORGANIZATION, APP, "v1.0.0");

        WorkflowRun run = runPipeline(j, "promote", """
                def rc = essesseffDeclareRc appName: 'shop'
                echo "candidate ${rc.imageTag} is ${rc.state}"
                def qa = essesseffAcceptRc appName: 'shop', imageTag: rc.imageTag, waitForDeployment: true, timeoutMinutes: 2
                echo "accepted: ${qa.state} (${qa.deploymentStatus})"
                essesseffDeclareStable appName: 'shop'
                essesseffDeployStable appName: 'shop', environment: 'STAGING', imageTag: rc.imageTag
                def dry = essesseffDeployStable appName: 'shop', environment: 'PROD', imageTag: rc.imageTag, deploymentNote: 'Release 1.0', dryRun: true
                if (dry.changed || !dry.dryRun) { error 'the dry run changed something' }
                def prod = essesseffDeployStable appName: 'shop', environment: 'PROD', imageTag: rc.imageTag, deploymentNote: 'Release 1.0'
                def again = essesseffDeployStable appName: 'shop', environment: 'PROD', imageTag: rc.imageTag, deploymentNote: 'Release 1.0'
                if (!prod.changed || again.changed) { error 'the re-run was not a no-op' }
                def lifecycle = essesseffLifecycle appName: 'shop', imageTag: rc.imageTag, history: true
                echo "lifecycle: ${lifecycle.state} after ${lifecycle.history.size()} states"
                def inProd = essesseffEnvironment appName: 'shop', environment: 'PROD'
                echo "PROD runs ${inProd.imageTag}"
                """);

        j.assertLogContains("candidate v1.0.0 is RC", run);
        j.assertLogContains("accepted: QA", run);
        j.assertLogContains("lifecycle: PROD", run);
        j.assertLogContains("PROD runs v1.0.0", run);
        j.assertLogContains("[essesseff] ", run);
        assertThat(actions(run))
                .containsExactly(
                        "declare-rc",
                        "accept-rc",
                        "declare-stable",
                        "deploy-stable",
                        "deploy-stable",
                        "deploy-stable",
                        "deploy-stable",
                        "lifecycle",
                        "environment");
        assertKeyNowhere(j, run);
    }

    @Test
    void shouldRejectAndSetStatesThroughTheOtherSteps(JenkinsRule j) throws Exception {
        configureJenkins();

        sandbox.registerBuild(ACCOUNT, ORGANIZATION, APP, "v2.0.0");
        WorkflowRun rejectRc = runPipeline(j, "reject-rc", """
                def rc = essesseffDeclareRc appName: 'shop'
                def rejected = essesseffRejectRc appName: 'shop', imageTag: rc.imageTag
                echo "reject-rc left ${rejected.imageTag} in ${rejected.state}"
                """);
        j.assertLogContains("reject-rc left v2.0.0 in REJECTED", rejectRc);

        sandbox.registerBuild(ACCOUNT, ORGANIZATION, APP, "v3.0.0");
        WorkflowRun declareRejected = runPipeline(j, "declare-rejected", """
                def rc = essesseffDeclareRc appName: 'shop'
                essesseffAcceptRc appName: 'shop', imageTag: rc.imageTag
                def rejected = essesseffDeclareRejected appName: 'shop'
                echo "declare-rejected left ${rejected.imageTag} in ${rejected.state}"
                """);
        j.assertLogContains("declare-rejected left v3.0.0 in REJECTED", declareRejected);

        sandbox.registerBuild(ACCOUNT, ORGANIZATION, APP, "v4.0.0");
        WorkflowRun lifecycle = runPipeline(j, "lifecycle", """
                def moved = essesseffLifecycle appName: 'shop', imageTag: 'v4.0.0', state: 'RC'
                echo "lifecycle moved v4.0.0 to ${moved.state}"
                """);
        j.assertLogContains("lifecycle moved v4.0.0 to RC", lifecycle);
        assertKeyNowhere(j, lifecycle);
    }

    @Test
    void shouldRecordTheChangeWhenTheDeploymentItStartedFails(JenkinsRule j) throws Exception {
        configureJenkins();
        sandbox.registerBuild(ACCOUNT, ORGANIZATION, APP, "v9.0.0");
        sandbox.configureEnvironment("QA", Duration.ZERO, "failed", "Degraded");
        WorkflowJob job = j.createProject(WorkflowJob.class, "failing-deployment");
        job.setDefinition(new CpsFlowDefinition("""
                def rc = essesseffDeclareRc appName: 'shop'
                essesseffAcceptRc appName: 'shop', imageTag: rc.imageTag, waitForDeployment: true
                """, true));

        WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job);

        j.assertLogContains("the QA deployment of v9.0.0 failed (Argo CD health: Degraded)", run);
        j.assertLogNotContains("\tat io.jenkins.plugins.essesseff", run);
        assertThat(run.getAction(EssesseffAction.class).getRecords())
                .extracting(EssesseffRecord::getAction, EssesseffRecord::getOutcome)
                .containsExactly(tuple("declare-rc", "changed"), tuple("accept-rc", "changed, deployment failed"));
    }

    @Test
    void shouldFailTheStepWithAClearMessageWhenTheCredentialIsUnknown(JenkinsRule j) throws Exception {
        configureJenkins();
        WorkflowJob job = j.createProject(WorkflowJob.class, "unknown-credential");
        job.setDefinition(new CpsFlowDefinition(
                "essesseffEnvironment appName: 'shop', environment: 'DEV', credentialsId: 'no-such-key'", true));

        WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job);

        j.assertLogContains("no credential with ID 'no-such-key'", run);
        j.assertLogNotContains("\tat io.jenkins.plugins.essesseff", run);
    }

    @Test
    void shouldPromoteAnImageThroughEveryFreestyleBuildStep(JenkinsRule j) throws Exception {
        configureJenkins();
        sandbox.registerBuild(ACCOUNT, ORGANIZATION, APP, "v5.0.0");
        DeployStableBuilder staging = new DeployStableBuilder("STAGING", "v5.0.0");
        LifecycleBuilder toProd = new LifecycleBuilder("v5.0.0");
        toProd.setState("PROD");
        toProd.setDeploymentNote("Release ${BUILD_NUMBER}");

        FreeStyleBuild build = runFreestyle(
                j,
                APP,
                new DeclareRcBuilder(),
                new AcceptRcBuilder("v5.0.0"),
                new DeclareStableBuilder(),
                staging,
                toProd,
                new LifecycleBuilder("v5.0.0"),
                new EnvironmentBuilder("PROD"));

        assertThat(actions(build))
                .containsExactly(
                        "declare-rc",
                        "accept-rc",
                        "declare-stable",
                        "deploy-stable",
                        "lifecycle",
                        "lifecycle",
                        "environment");
        assertThat(build.getAction(EssesseffAction.class).getRecords())
                .anySatisfy(row -> assertThat(row.getDeploymentNote()).isEqualTo("Release 1"));
        assertKeyNowhere(j, build);

        sandbox.registerBuild(ACCOUNT, ORGANIZATION, APP, "v6.0.0");
        FreeStyleBuild rejections =
                runFreestyle(j, "rejections", new DeclareRcBuilder(), new RejectRcBuilder("v6.0.0"));
        assertThat(actions(rejections)).containsExactly("declare-rc", "reject-rc");

        sandbox.registerBuild(ACCOUNT, ORGANIZATION, APP, "v7.0.0");
        FreeStyleBuild declaredRejected = runFreestyle(
                j,
                "declared-rejected",
                new DeclareRcBuilder(),
                new AcceptRcBuilder("v7.0.0"),
                new DeclareRejectedBuilder());
        assertThat(actions(declaredRejected)).containsExactly("declare-rc", "accept-rc", "declare-rejected");
    }

    private static WorkflowRun runPipeline(JenkinsRule j, String name, String script) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, name);
        job.setDefinition(new CpsFlowDefinition(script, true));
        return j.buildAndAssertSuccess(job);
    }

    /** A freestyle job; when it is named after the app, its build steps name the app as {@code ${JOB_NAME}}. */
    private static FreeStyleBuild runFreestyle(JenkinsRule j, String name, EssesseffBuilder... builders)
            throws Exception {
        FreeStyleProject project = j.createFreeStyleProject(name);
        for (EssesseffBuilder builder : builders) {
            builder.setAppName(APP.equals(name) ? "${JOB_NAME}" : APP);
            project.getBuildersList().add(builder);
        }
        return j.buildAndAssertSuccess(project);
    }

    private static List<String> actions(Run<?, ?> run) {
        EssesseffAction action = run.getAction(EssesseffAction.class);
        assertThat(action).as("the build's essesseff record").isNotNull();
        return action.getRecords().stream().map(EssesseffRecord::getAction).toList();
    }

    private void assertKeyNowhere(JenkinsRule j, Run<?, ?> run) throws IOException {
        String key = sandbox.defaultApiKey();
        j.assertLogNotContains(key, run);
        SecretsOnDisk.assertNoFileContains(run.getRootDir().toPath(), key);
        SecretsOnDisk.assertNoFileContains(
                j.jenkins.getRootDir().toPath().resolve(EssesseffGlobalConfiguration.class.getName() + ".xml"), key);
    }
}
