package io.jenkins.plugins.essesseff.promotion;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.essesseff.client.Deployment;
import io.jenkins.plugins.essesseff.client.Environment;
import io.jenkins.plugins.essesseff.client.EnvironmentStatus;
import io.jenkins.plugins.essesseff.client.EssesseffApi;
import io.jenkins.plugins.essesseff.client.EssesseffException;
import io.jenkins.plugins.essesseff.client.LifecycleState;
import io.jenkins.plugins.essesseff.client.StateChange;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Runs a {@link Change}: preflight against the lifecycle table, skip when already done, dry run, call, follow. */
final class ChangeRunner {
    private final EssesseffApi api;
    private final ConsoleLog log;
    private final DeploymentWatcher watcher;

    ChangeRunner(EssesseffApi api, ConsoleLog log, DeploymentWatcher watcher) {
        this.api = api;
        this.log = log;
        this.watcher = watcher;
    }

    PromotionResult run(Change change, RunOptions options) throws InterruptedException {
        LifecycleState current =
                api.getLifecycle(change.app(), change.imageTag(), false).currentState();
        if (current == null) {
            throw new EssesseffException("essesseff's lifecycle of " + change.imageTag() + " of " + change.app()
                    + " names no state, so " + change.action() + " cannot check where the image is; nothing was"
                    + " changed");
        }
        Environment deploysTo = change.target().deploysTo().orElse(null);
        if (LifecycleTable.hasReached(current, change.target())) {
            String summary = change.action() + ": " + change.imageTag() + " of " + change.app() + " is already "
                    + current + (current == change.target() ? "" : ", past " + change.target())
                    + "; nothing to change";
            Environment stillDeployed = current == change.target() ? deploysTo : null;
            return finish(change, change.imageTag(), current, null, stillDeployed, false, summary, options);
        }
        if (!change.sources().contains(current) || !LifecycleTable.allows(current, change.target())) {
            throw new PromotionRefusedException(refusal(change, current));
        }
        if (options.dryRun()) {
            String summary = change.action() + " (dry run): would move " + move(change, change.imageTag(), current)
                    + "; nothing was changed";
            log.line(summary);
            return new PromotionResult(
                    change.action(),
                    current,
                    null,
                    null,
                    change.imageTag(),
                    deploysTo,
                    change.deploymentNote(),
                    null,
                    false,
                    true,
                    null,
                    null,
                    List.of(),
                    summary);
        }
        StateChange done = change.call().get();
        String summary = change.action() + ": moved " + move(change, done.imageTag(), current);
        return finish(change, done.imageTag(), done.state(), done.stateTimestamp(), deploysTo, true, summary, options);
    }

    private static String move(Change change, String imageTag, LifecycleState from) {
        return imageTag + " of " + change.app() + " from " + from + " to " + change.target()
                + change.target()
                        .deploysTo()
                        .map(environment -> ", deploying to " + environment)
                        .orElse("");
    }

    /** Prints the summary (with the Argo CD link of the environment deployed to) and follows the deployment. */
    private PromotionResult finish(
            Change change,
            String imageTag,
            LifecycleState state,
            @CheckForNull String stateTimestamp,
            @CheckForNull Environment deployedTo,
            boolean changed,
            String summary,
            RunOptions options)
            throws InterruptedException {
        EnvironmentStatus environment = deployedTo == null ? null : api.getEnvironment(change.app(), deployedTo);
        String argocdUrl = environment == null ? null : environment.argocdApplicationUrl();
        print(log, summary, argocdUrl);
        PromotionResult done = new PromotionResult(
                change.action(),
                state,
                stateTimestamp != null ? stateTimestamp : environment == null ? null : environment.stateTimestamp(),
                environment == null ? null : environment.imageName(),
                imageTag,
                deployedTo,
                change.deploymentNote(),
                argocdUrl,
                changed,
                false,
                null,
                null,
                List.of(),
                summary);
        if (!options.waitForDeployment() || deployedTo == null) {
            return done;
        }
        try {
            Deployment deployment = watcher.await(change.app(), deployedTo, imageTag, options.waitTimeout());
            return done.withDeployment(deployment.status(), DeploymentWatcher.healthOf(deployment));
        } catch (DeploymentFailedException e) {
            throw e.after(done.withDeployment(e.getDeploymentStatus(), null));
        }
    }

    /** Prints one line, with a link to the Argo CD application when its address is a web address. */
    static void print(ConsoleLog log, String summary, @CheckForNull String argocdUrl) {
        if (argocdUrl != null && argocdUrl.toLowerCase(Locale.ROOT).matches("https?://.+")) {
            log.lineWithLink(summary + " — ", argocdUrl, "Argo CD application");
        } else {
            log.line(summary);
        }
    }

    private static String refusal(Change change, LifecycleState current) {
        Set<LifecycleState> needed = change.sources();
        String what = change.action().equals(Promotions.LIFECYCLE)
                ? "move " + change.imageTag() + " of " + change.app() + " to " + change.target()
                : change.action() + " " + change.imageTag() + " of " + change.app();
        String text = "cannot " + what + ": it is " + current + ", and " + change.action() + " moves an image in "
                + needed.stream().map(Enum::name).collect(Collectors.joining(" or ")) + " to " + change.target()
                + ". ";
        if (current == LifecycleState.REJECTED || current == LifecycleState.EXPIRED) {
            return text + "A " + current + " image cannot be promoted; build and promote a new image.";
        }
        if (LifecycleTable.allows(current, change.target())) {
            return text + "For an image in " + current + ", use " + stepFrom(current, change.target()) + ".";
        }
        return text + howToReach(needed.iterator().next());
    }

    private static String stepFrom(LifecycleState current, LifecycleState target) {
        if (target == LifecycleState.REJECTED) {
            return current == LifecycleState.QA ? "essesseffDeclareRejected" : "essesseffRejectRc";
        }
        return "essesseffLifecycle with state '" + target + "'";
    }

    private static String howToReach(LifecycleState state) {
        return switch (state) {
            case DEV -> "An image reaches DEV when essesseff deploys a build of main.";
            case RC -> "Declare it a release candidate first (essesseffDeclareRc).";
            case QA -> "Accept the release candidate into QA first (essesseffAcceptRc).";
            case STABLE -> "Declare it stable in QA first (essesseffDeclareStable).";
            case STAGING -> "Deploy it to STAGING first (essesseffDeployStable with environment 'STAGING').";
            default -> "Move it to " + state + " first.";
        };
    }
}
