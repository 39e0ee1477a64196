package io.jenkins.plugins.essesseff.promotion;

import static io.jenkins.plugins.essesseff.promotion.PromotionFixture.APP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.essesseff.client.AppTemplate;
import io.jenkins.plugins.essesseff.client.DeploymentFilter;
import io.jenkins.plugins.essesseff.client.Environment;
import io.jenkins.plugins.essesseff.client.EssesseffInterruptedException;
import io.jenkins.plugins.essesseff.client.InvalidInputException;
import io.jenkins.plugins.essesseff.client.LifecycleHistoryEntry;
import io.jenkins.plugins.essesseff.client.LifecycleState;
import io.jenkins.plugins.essesseff.client.NewApp;
import io.jenkins.plugins.essesseff.client.PageRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PromotionsTest {
    private static final RunOptions NOW = RunOptions.defaults();
    private static final String ARGOCD_QA = "https://argocd.example.com/applications/argocd/my-app-qa";

    private final PromotionFixture fixture = new PromotionFixture();
    private final Promotions promotions = fixture.promotions();

    @AfterEach
    void stopSandbox() {
        fixture.close();
    }

    private LifecycleState stateOf(String tag) {
        return fixture.client.getLifecycle(APP, tag, false).currentState();
    }

    private String inRc(String tag) throws InterruptedException {
        fixture.build(tag);
        promotions.declareRc(APP, NOW);
        return tag;
    }

    private String inQa(String tag) throws InterruptedException {
        promotions.acceptRc(APP, inRc(tag), NOW);
        return tag;
    }

    private String stable(String tag) throws InterruptedException {
        inQa(tag);
        promotions.declareStable(APP, NOW);
        return tag;
    }

    @Test
    void shouldDeclareTheImageInDevAReleaseCandidate() throws InterruptedException {
        fixture.build("1.0.0-a1b2c3d-20231201T120000Z");

        PromotionResult result = promotions.declareRc(APP, NOW);

        assertThat(result.state()).isEqualTo(LifecycleState.RC);
        assertThat(result.imageTag()).isEqualTo("1.0.0-a1b2c3d-20231201T120000Z");
        assertThat(result.changed()).isTrue();
        assertThat(stateOf("1.0.0-a1b2c3d-20231201T120000Z")).isEqualTo(LifecycleState.RC);
        assertThat(fixture.console)
                .containsExactly(
                        "declare-rc: moved 1.0.0-a1b2c3d-20231201T120000Z of my-team/my-apps-org/my-app from DEV to RC");
    }

    @Test
    void shouldAcceptTheReleaseCandidateIntoQaAndLinkItsArgoCdApplication() throws InterruptedException {
        String tag = inRc("v1.2.3");
        fixture.client.setArgoCdApplicationUrl(APP, Environment.QA, ARGOCD_QA);
        fixture.console.clear();

        PromotionResult result = promotions.acceptRc(APP, tag, NOW);

        assertThat(result.state()).isEqualTo(LifecycleState.QA);
        assertThat(result.environment()).isEqualTo(Environment.QA);
        assertThat(result.argocdApplicationUrl()).isEqualTo(ARGOCD_QA);
        assertThat(fixture.client.getEnvironment(APP, Environment.QA).imageTag())
                .isEqualTo(tag);
        assertThat(fixture.console)
                .containsExactly("accept-rc: moved v1.2.3 of my-team/my-apps-org/my-app from RC to QA, deploying to QA"
                        + " — [Argo CD application](" + ARGOCD_QA + ")");
    }

    @Test
    void shouldRejectAReleaseCandidate() throws InterruptedException {
        String tag = inRc("v1.2.3");

        PromotionResult result = promotions.rejectRc(APP, tag, NOW);

        assertThat(result.state()).isEqualTo(LifecycleState.REJECTED);
        assertThat(stateOf(tag)).isEqualTo(LifecycleState.REJECTED);
    }

    @Test
    void shouldDeclareTheImageInQaStableOrRejected() throws InterruptedException {
        String first = inQa("v1");

        assertThat(promotions.declareStable(APP, NOW).state()).isEqualTo(LifecycleState.STABLE);
        assertThat(stateOf(first)).isEqualTo(LifecycleState.STABLE);

        String second = inQa("v2");
        assertThat(promotions.declareRejected(APP, NOW).imageTag()).isEqualTo(second);
        assertThat(stateOf(second)).isEqualTo(LifecycleState.REJECTED);
    }

    @Test
    void shouldDeployAStableImageToStagingThenToProdWithItsNote() throws InterruptedException {
        String tag = stable("v1.2.3");

        PromotionResult staging = promotions.deployStable(APP, Environment.STAGING, tag, null, NOW);
        PromotionResult prod = promotions.deployStable(APP, Environment.PROD, tag, " CR#12345 ", NOW);

        assertThat(staging.state()).isEqualTo(LifecycleState.STAGING);
        assertThat(prod.state()).isEqualTo(LifecycleState.PROD);
        assertThat(prod.deploymentNote()).isEqualTo("CR#12345");
        assertThat(fixture.client.getEnvironment(APP, Environment.PROD).imageTag())
                .isEqualTo(tag);
        assertThat(fixture.client
                        .listDeployments(APP, new DeploymentFilter(Environment.PROD, null), PageRequest.first(10))
                        .items())
                .singleElement()
                .satisfies(deployment ->
                        assertThat(deployment.metadata().deploymentNote()).isEqualTo("CR#12345"));
    }

    @Test
    void shouldDeployStraightFromStableToProd() throws InterruptedException {
        String tag = stable("v1.2.3");

        assertThat(promotions
                        .deployStable(APP, Environment.PROD, tag, "CR#1", NOW)
                        .state())
                .isEqualTo(LifecycleState.PROD);
    }

    @Test
    void shouldMoveAnImageThroughTheLifecycleEndpoint() throws InterruptedException {
        String tag = inRc("v1.2.3");

        PromotionResult result = promotions.setLifecycleState(APP, tag, LifecycleState.QA, null, NOW);

        assertThat(result.state()).isEqualTo(LifecycleState.QA);
        assertThat(result.environment()).isEqualTo(Environment.QA);
        assertThat(fixture.client.getEnvironment(APP, Environment.QA).imageTag())
                .isEqualTo(tag);
    }

    @Test
    void shouldReadTheLifecycleWithItsHistory() throws InterruptedException {
        String tag = inRc("v1.2.3");
        fixture.console.clear();

        PromotionResult result = promotions.readLifecycle(APP, tag, true);

        assertThat(result.state()).isEqualTo(LifecycleState.RC);
        assertThat(result.changed()).isFalse();
        assertThat(result.history())
                .extracting(LifecycleHistoryEntry::state)
                .containsExactly(LifecycleState.BUILD, LifecycleState.DEV, LifecycleState.RC);
        assertThat(fixture.console).hasSize(4).first().asString().startsWith("lifecycle: v1.2.3 of");
        assertThat(fixture.console.get(3)).endsWith("RC  (current)");
    }

    @Test
    void shouldReadWhatAnEnvironmentRuns() throws InterruptedException {
        String tag = inQa("v1.2.3");

        PromotionResult qa = promotions.readEnvironment(APP, Environment.QA);
        PromotionResult prod = promotions.readEnvironment(APP, Environment.PROD);

        assertThat(qa.imageTag()).isEqualTo(tag);
        assertThat(qa.environment()).isEqualTo(Environment.QA);
        assertThat(prod.imageTag()).isNull();
        assertThat(fixture.console).last().asString().contains("nothing is deployed to PROD");
    }

    @Test
    void shouldRefuseToDeployAnImageStillInQaAndSayWhatItNeedsFirst() throws InterruptedException {
        String tag = inQa("v1.2.3");
        int changesBefore = fixture.changeRequests().size();

        assertThatThrownBy(() -> promotions.deployStable(APP, Environment.STAGING, tag, null, NOW))
                .isInstanceOf(PromotionRefusedException.class)
                .hasMessage("cannot deploy-stable v1.2.3 of my-team/my-apps-org/my-app: it is QA, and deploy-stable"
                        + " moves an image in STABLE to STAGING. Declare it stable in QA first"
                        + " (essesseffDeclareStable).");
        assertThat(fixture.changeRequests()).hasSize(changesBefore);
        assertThat(stateOf(tag)).isEqualTo(LifecycleState.QA);
    }

    @Test
    void shouldRefuseToRejectAReleaseCandidateThatIsAlreadyInQa() throws InterruptedException {
        String tag = inQa("v1.2.3");

        assertThatThrownBy(() -> promotions.rejectRc(APP, tag, NOW))
                .isInstanceOf(PromotionRefusedException.class)
                .hasMessageEndingWith("it is QA, and reject-rc moves an image in RC to REJECTED. For an image in QA,"
                        + " use essesseffDeclareRejected.");
    }

    @Test
    void shouldRefuseALifecycleMoveTheTableDoesNotAllow() throws InterruptedException {
        String tag = fixture.build("v1.2.3");

        assertThatThrownBy(() -> promotions.setLifecycleState(APP, tag, LifecycleState.QA, null, NOW))
                .isInstanceOf(PromotionRefusedException.class)
                .hasMessage("cannot move v1.2.3 of my-team/my-apps-org/my-app to QA: it is DEV, and lifecycle moves"
                        + " an image in RC to QA. Declare it a release candidate first (essesseffDeclareRc).");
    }

    @Test
    void shouldRefuseToPromoteARejectedImage() throws InterruptedException {
        String tag = inRc("v1.2.3");
        promotions.rejectRc(APP, tag, NOW);

        assertThatThrownBy(() -> promotions.acceptRc(APP, tag, NOW))
                .isInstanceOf(PromotionRefusedException.class)
                .hasMessageContaining("A REJECTED image cannot be promoted");
    }

    @Test
    void shouldRefuseToDeclareARcWhenNothingIsDeployedToDev() {
        fixture.client.createApp(
                APP.accountSlug(),
                APP.organizationLogin(),
                new NewApp(
                        APP.appName(),
                        new AppTemplate("essesseff-hello-world-go-template", "hello-world", true, "hello-world"),
                        null,
                        "go",
                        null));

        assertThatThrownBy(() -> promotions.declareRc(APP, NOW))
                .isInstanceOf(PromotionRefusedException.class)
                .hasMessageContaining("nothing is deployed to DEV of my-team/my-apps-org/my-app yet");
    }

    @Test
    void shouldStopAfterThePreflightInADryRun() throws InterruptedException {
        String tag = inRc("v1.2.3");
        int changesBefore = fixture.changeRequests().size();
        fixture.console.clear();

        PromotionResult result = promotions.acceptRc(APP, tag, new RunOptions(true, true, null));

        assertThat(result.dryRun()).isTrue();
        assertThat(result.changed()).isFalse();
        assertThat(result.state()).isEqualTo(LifecycleState.RC);
        assertThat(fixture.changeRequests()).hasSize(changesBefore);
        assertThat(stateOf(tag)).isEqualTo(LifecycleState.RC);
        assertThat(fixture.console)
                .containsExactly("accept-rc (dry run): would move v1.2.3 of my-team/my-apps-org/my-app from RC to QA,"
                        + " deploying to QA; nothing was changed");
    }

    @Test
    void shouldSucceedWithoutAskingAgainWhenTheImageIsAlreadyThere() throws InterruptedException {
        String tag = inQa("v1.2.3");
        int changesBefore = fixture.changeRequests().size();
        fixture.console.clear();

        PromotionResult rerun = promotions.acceptRc(APP, tag, NOW);

        assertThat(rerun.changed()).isFalse();
        assertThat(rerun.state()).isEqualTo(LifecycleState.QA);
        assertThat(rerun.environment()).isEqualTo(Environment.QA);
        assertThat(fixture.changeRequests()).hasSize(changesBefore);
        assertThat(fixture.console)
                .containsExactly("accept-rc: v1.2.3 of my-team/my-apps-org/my-app is already QA; nothing to change");
    }

    @Test
    void shouldTreatAnImageAlreadyPastTheTargetAsDone() throws InterruptedException {
        String tag = stable("v1.2.3");
        int changesBefore = fixture.changeRequests().size();

        PromotionResult rerun = promotions.acceptRc(APP, tag, NOW);

        assertThat(rerun.changed()).isFalse();
        assertThat(rerun.state()).isEqualTo(LifecycleState.STABLE);
        assertThat(rerun.summary()).endsWith("is already STABLE, past QA; nothing to change");
        assertThat(fixture.changeRequests()).hasSize(changesBefore);
    }

    @Test
    void shouldRefuseAProdDeploymentWithoutANoteBeforeAnyCall() {
        int requestsBefore = fixture.sandbox.requests().size();

        assertThatThrownBy(() -> promotions.deployStable(APP, Environment.PROD, "v1.2.3", "  ", NOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("deploymentNote: a PROD deployment needs a deployment note");
        assertThatThrownBy(() -> promotions.setLifecycleState(APP, "v1.2.3", LifecycleState.PROD, null, NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThat(fixture.sandbox.requests()).hasSize(requestsBefore);
    }

    @Test
    void shouldDeployToProdWithoutANoteWhenThePolicyAllowsIt() throws InterruptedException {
        String tag = stable("v1.2.3");

        PromotionResult result =
                fixture.promotions(new PromotionPolicy(false)).deployStable(APP, Environment.PROD, tag, null, NOW);

        assertThat(result.state()).isEqualTo(LifecycleState.PROD);
        assertThat(result.deploymentNote()).isNull();
    }

    @Test
    void shouldRefuseDeployStableToAnEnvironmentOtherThanStagingOrProd() {
        assertThatThrownBy(() -> promotions.deployStable(APP, Environment.QA, "v1", null, NOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("environment: deploy-stable deploys to STAGING or PROD, not QA");
    }

    @Test
    void shouldRefuseABlankImageTag() {
        assertThatThrownBy(() -> promotions.acceptRc(APP, " ", NOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("imageTag: is required");
    }

    @Test
    void shouldRefuseATagWithTheImageNameBeforeAnyCall() {
        int requestsBefore = fixture.sandbox.requests().size();

        assertThatThrownBy(() -> promotions.acceptRc(APP, "ghcr.io/my-apps-org/my-app:v1", NOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("imageTag: 'ghcr.io/my-apps-org/my-app:v1' contains '/'");
        assertThat(fixture.sandbox.requests()).hasSize(requestsBefore);
    }

    @Test
    void shouldWaitUntilTheDeploymentSucceedsAndIsHealthy() throws InterruptedException {
        String tag = inRc("v1.2.3");
        fixture.sandbox.configureEnvironment("QA", Duration.ofMinutes(3), "succeeded", "Healthy");
        var started = fixture.clock.instant();

        PromotionResult result = promotions.acceptRc(APP, tag, new RunOptions(false, true, Duration.ofMinutes(10)));

        assertThat(result.deploymentStatus()).isEqualTo("succeeded");
        assertThat(result.healthStatus()).isEqualTo("Healthy");
        assertThat(Duration.between(started, fixture.clock.instant()))
                .isBetween(Duration.ofMinutes(3), Duration.ofMinutes(3).plusSeconds(10));
        assertThat(fixture.console)
                .contains(
                        "waiting for the QA deployment of v1.2.3 (up to 10 min)",
                        "QA deployment of v1.2.3: pending, Progressing",
                        "QA deployment of v1.2.3: in_progress, Progressing",
                        "QA deployment of v1.2.3: succeeded, Healthy");
    }

    @Test
    void shouldFailWhenTheDeploymentFails() throws InterruptedException {
        String tag = stable("v1.2.3");
        fixture.sandbox.configureEnvironment("STAGING", Duration.ofSeconds(30), "failed", "Degraded");

        assertThatThrownBy(() ->
                        promotions.deployStable(APP, Environment.STAGING, tag, null, new RunOptions(false, true, null)))
                .isInstanceOf(DeploymentFailedException.class)
                .hasMessage("the STAGING deployment of v1.2.3 failed (Argo CD health: Degraded)")
                .isInstanceOfSatisfying(DeploymentFailedException.class, failure -> {
                    assertThat(failure.getDeploymentStatus()).isEqualTo("failed");
                    assertThat(failure.getChange()).hasValueSatisfying(change -> {
                        assertThat(change.changed()).isTrue();
                        assertThat(change.state()).isEqualTo(LifecycleState.STAGING);
                        assertThat(change.environment()).isEqualTo(Environment.STAGING);
                        assertThat(change.deploymentStatus()).isEqualTo("failed");
                    });
                });
        assertThat(stateOf(tag)).isEqualTo(LifecycleState.STAGING);
    }

    @Test
    void shouldFailWhenTheDeploymentSucceedsButTurnsDegraded() throws InterruptedException {
        String tag = inRc("v1.2.3");
        fixture.sandbox.configureEnvironment("QA", Duration.ZERO, "succeeded", "Degraded");

        assertThatThrownBy(() -> promotions.acceptRc(APP, tag, new RunOptions(false, true, null)))
                .isInstanceOf(DeploymentFailedException.class)
                .hasMessage("the QA deployment of v1.2.3 succeeded but Argo CD reports it Degraded");
    }

    @Test
    void shouldGiveUpWaitingAtTheTimeoutAndSayTheDeploymentGoesOn() throws InterruptedException {
        String tag = inRc("v1.2.3");
        fixture.sandbox.configureEnvironment("QA", Duration.ofHours(2), "succeeded", "Healthy");
        var started = fixture.clock.instant();

        assertThatThrownBy(() -> promotions.acceptRc(APP, tag, new RunOptions(false, true, Duration.ofMinutes(1))))
                .isInstanceOf(DeploymentFailedException.class)
                .hasMessageStartingWith(
                        "gave up waiting after 1 min: the QA deployment of v1.2.3 is still pending, Progressing");
        assertThat(Duration.between(started, fixture.clock.instant())).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void shouldFollowTheDeploymentAgainWhenRerunAfterATimeout() throws InterruptedException {
        String tag = inRc("v1.2.3");
        fixture.sandbox.configureEnvironment("QA", Duration.ofMinutes(5), "succeeded", "Healthy");
        RunOptions briefly = new RunOptions(false, true, Duration.ofMinutes(1));
        assertThatThrownBy(() -> promotions.acceptRc(APP, tag, briefly)).isInstanceOf(DeploymentFailedException.class);

        PromotionResult rerun = promotions.acceptRc(APP, tag, new RunOptions(false, true, Duration.ofMinutes(10)));

        assertThat(rerun.changed()).isFalse();
        assertThat(rerun.deploymentStatus()).isEqualTo("succeeded");
    }

    @Test
    void shouldStopWaitingPromptlyWhenTheBuildIsAborted() throws Exception {
        String tag = inRc("v1.2.3");
        fixture.sandbox.configureEnvironment("QA", Duration.ofHours(2), "succeeded", "Healthy");
        Promotions realTime = new Promotions(
                fixture.client, PromotionPolicy.defaults(), fixture.log, fixture.clock, duration -> Thread.sleep(50));
        Throwable[] outcome = new Throwable[1];
        Thread build = new Thread(() -> {
            try {
                realTime.acceptRc(APP, tag, new RunOptions(false, true, Duration.ofMinutes(10)));
            } catch (Throwable e) {
                outcome[0] = e;
            }
        });

        build.start();
        while (fixture.console.stream().noneMatch(line -> line.startsWith("waiting for"))) {
            Thread.sleep(5);
        }
        build.interrupt();
        build.join(5_000);

        assertThat(build.isAlive()).isFalse();
        assertThat(outcome[0]).isInstanceOfAny(InterruptedException.class, EssesseffInterruptedException.class);
    }
}
