package io.jenkins.plugins.essesseff.promotion;

import static io.jenkins.plugins.essesseff.client.LifecycleState.PROD;
import static io.jenkins.plugins.essesseff.client.LifecycleState.QA;
import static io.jenkins.plugins.essesseff.client.LifecycleState.RC;
import static io.jenkins.plugins.essesseff.client.LifecycleState.REJECTED;
import static io.jenkins.plugins.essesseff.client.LifecycleState.STABLE;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.essesseff.client.AppRef;
import io.jenkins.plugins.essesseff.client.Environment;
import io.jenkins.plugins.essesseff.client.EnvironmentStatus;
import io.jenkins.plugins.essesseff.client.EssesseffApi;
import io.jenkins.plugins.essesseff.client.InvalidInputException;
import io.jenkins.plugins.essesseff.client.Lifecycle;
import io.jenkins.plugins.essesseff.client.LifecycleState;
import io.jenkins.plugins.essesseff.client.Sleeper;
import io.jenkins.plugins.essesseff.client.Validation;
import java.time.Clock;
import java.util.List;

/**
 * What each essesseff step does, one method per step. Every change is checked against the lifecycle table before
 * essesseff is asked, is a no-op when the image is already there, and can stop after that check (dry run) or
 * follow the deployment it starts.
 */
public final class Promotions {
    static final String LIFECYCLE = "lifecycle";

    private final EssesseffApi api;
    private final PromotionPolicy policy;
    private final ConsoleLog log;
    private final ChangeRunner changes;

    public Promotions(EssesseffApi api, PromotionPolicy policy, ConsoleLog log, Clock clock, Sleeper sleeper) {
        this.api = api;
        this.policy = policy;
        this.log = log;
        this.changes = new ChangeRunner(
                api,
                log,
                new DeploymentWatcher(
                        api,
                        clock,
                        sleeper,
                        log,
                        DeploymentWatcher.FIRST_POLL_INTERVAL,
                        DeploymentWatcher.LONGEST_POLL_INTERVAL));
    }

    Promotions(EssesseffApi api, PromotionPolicy policy, ConsoleLog log, DeploymentWatcher watcher) {
        this.api = api;
        this.policy = policy;
        this.log = log;
        this.changes = new ChangeRunner(api, log, watcher);
    }

    /** DEV/declare-rc: the image now in DEV becomes a release candidate. */
    public PromotionResult declareRc(AppRef app, RunOptions options) throws InterruptedException {
        String tag = imageDeployedTo(app, Environment.DEV, "declare-rc");
        return changes.run(new Change("declare-rc", app, tag, RC, null, () -> api.declareRc(app)), options);
    }

    /** QA/accept-rc: the release candidate moves to QA and is deployed there. */
    public PromotionResult acceptRc(AppRef app, String imageTag, RunOptions options) throws InterruptedException {
        String tag = Validation.requireImageTag(imageTag);
        return changes.run(new Change("accept-rc", app, tag, QA, null, () -> api.acceptRc(app, tag)), options);
    }

    /** QA/reject-rc: the release candidate is rejected. */
    public PromotionResult rejectRc(AppRef app, String imageTag, RunOptions options) throws InterruptedException {
        String tag = Validation.requireImageTag(imageTag);
        return changes.run(
                new Change("reject-rc", app, tag, REJECTED, null, () -> api.rejectRc(app, tag)).from(RC), options);
    }

    /** QA/declare-stable: the image now in QA becomes stable. */
    public PromotionResult declareStable(AppRef app, RunOptions options) throws InterruptedException {
        String tag = imageDeployedTo(app, Environment.QA, "declare-stable");
        return changes.run(new Change("declare-stable", app, tag, STABLE, null, () -> api.declareStable(app)), options);
    }

    /** QA/declare-rejected: the image now in QA is rejected. */
    public PromotionResult declareRejected(AppRef app, RunOptions options) throws InterruptedException {
        String tag = imageDeployedTo(app, Environment.QA, "declare-rejected");
        return changes.run(
                new Change("declare-rejected", app, tag, REJECTED, null, () -> api.declareRejected(app)).from(QA),
                options);
    }

    /** {STAGING|PROD}/deploy-stable: a stable image is deployed to STAGING or PROD. */
    public PromotionResult deployStable(
            AppRef app,
            Environment environment,
            String imageTag,
            @CheckForNull String deploymentNote,
            RunOptions options)
            throws InterruptedException {
        if (environment != Environment.STAGING && environment != Environment.PROD) {
            throw new InvalidInputException(
                    "environment", "deploy-stable deploys to STAGING or PROD, not " + environment);
        }
        String tag = Validation.requireImageTag(imageTag);
        LifecycleState target = LifecycleState.valueOf(environment.name());
        String note = noteFor(target, deploymentNote);
        return changes.run(
                new Change(
                        "deploy-stable", app, tag, target, note, () -> api.deployStable(app, environment, tag, note)),
                options);
    }

    /** Moves an image to any state the lifecycle table allows; DEV, QA, STAGING and PROD also deploy. */
    public PromotionResult setLifecycleState(
            AppRef app, String imageTag, LifecycleState state, @CheckForNull String deploymentNote, RunOptions options)
            throws InterruptedException {
        String tag = Validation.requireImageTag(imageTag);
        String note = noteFor(state, deploymentNote);
        return changes.run(
                new Change(LIFECYCLE, app, tag, state, note, () -> api.setLifecycleState(app, tag, state, note)),
                options);
    }

    /** Reads an image's lifecycle state, and with {@code withHistory} every state it has been in. */
    public PromotionResult readLifecycle(AppRef app, String imageTag, boolean withHistory) {
        String tag = Validation.requireImageTag(imageTag);
        Lifecycle lifecycle = api.getLifecycle(app, tag, withHistory);
        String summary = "lifecycle: " + tag + " of " + app + " is " + lifecycle.currentState() + " since "
                + lifecycle.stateTimestamp();
        log.line(summary);
        lifecycle
                .history()
                .forEach(entry -> log.line("  " + entry.stateTimestamp() + "  " + entry.state()
                        + (Boolean.TRUE.equals(entry.isActive()) ? "  (current)" : "")));
        return new PromotionResult(
                LIFECYCLE,
                lifecycle.currentState(),
                lifecycle.stateTimestamp(),
                lifecycle.imageName(),
                lifecycle.imageTag(),
                null,
                null,
                null,
                false,
                false,
                null,
                null,
                lifecycle.history(),
                summary);
    }

    /** Reads which image is deployed to an environment. */
    public PromotionResult readEnvironment(AppRef app, Environment environment) {
        EnvironmentStatus status = api.getEnvironment(app, environment);
        String summary = status.hasImage()
                ? "environment: " + environment + " of " + app + " runs " + status.imageTag() + " since "
                        + status.stateTimestamp()
                : "environment: nothing is deployed to " + environment + " of " + app;
        ChangeRunner.print(log, summary, status.argocdApplicationUrl());
        return new PromotionResult(
                "environment",
                null,
                status.stateTimestamp(),
                status.imageName(),
                status.imageTag(),
                environment,
                null,
                status.argocdApplicationUrl(),
                false,
                false,
                null,
                null,
                List.of(),
                summary);
    }

    private String imageDeployedTo(AppRef app, Environment environment, String action) {
        String imageTag = api.getEnvironment(app, environment).imageTag();
        if (imageTag == null) {
            throw new PromotionRefusedException(action + " acts on the image deployed to " + environment
                    + ", and nothing is deployed to " + environment + " of " + app + " yet");
        }
        return imageTag;
    }

    @CheckForNull
    private String noteFor(LifecycleState target, @CheckForNull String deploymentNote) {
        String note = Validation.blankToNull(deploymentNote);
        if (target != PROD) {
            if (note != null) {
                log.line("deploymentNote is sent with PROD deployments only; ignored for " + target);
            }
            return null;
        }
        if (note == null && policy.prodNeedsDeploymentNote()) {
            throw new InvalidInputException(
                    "deploymentNote",
                    "a PROD deployment needs a deployment note (for example the change request number); give the"
                            + " step a deploymentNote, or ask an administrator to untick 'A PROD deployment needs a"
                            + " deployment note' in the essesseff global configuration");
        }
        return note;
    }
}
