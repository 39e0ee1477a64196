package io.jenkins.plugins.essesseff.promotion;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.essesseff.client.AppRef;
import io.jenkins.plugins.essesseff.client.Deployment;
import io.jenkins.plugins.essesseff.client.DeploymentFilter;
import io.jenkins.plugins.essesseff.client.DeploymentMetadata;
import io.jenkins.plugins.essesseff.client.Environment;
import io.jenkins.plugins.essesseff.client.EssesseffApi;
import io.jenkins.plugins.essesseff.client.PageRequest;
import io.jenkins.plugins.essesseff.client.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Follows the deployment of one image to one environment until it succeeds (and is Healthy where Argo CD reports
 * health), fails, or the time is up. Each look is one request, paced with every other call on the same key.
 */
final class DeploymentWatcher {
    static final Duration FIRST_POLL_INTERVAL = Duration.ofSeconds(2);
    static final Duration LONGEST_POLL_INTERVAL = Duration.ofSeconds(10);
    private static final int RECENT_DEPLOYMENTS = 20;

    private final EssesseffApi api;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ConsoleLog log;
    private final Duration firstPollInterval;
    private final Duration longestPollInterval;

    /** Looks again after {@code firstPollInterval}, doubling the pause up to {@code longestPollInterval}. */
    DeploymentWatcher(
            EssesseffApi api,
            Clock clock,
            Sleeper sleeper,
            ConsoleLog log,
            Duration firstPollInterval,
            Duration longestPollInterval) {
        this.api = api;
        this.clock = clock;
        this.sleeper = sleeper;
        this.log = log;
        this.firstPollInterval = firstPollInterval;
        this.longestPollInterval = longestPollInterval;
    }

    /** The deployment as it finished. Interrupting the thread (aborting the build) stops the wait at once. */
    Deployment await(AppRef app, Environment environment, String imageTag, Duration timeout)
            throws InterruptedException {
        Instant deadline = clock.instant().plus(timeout);
        String what = environment + " deployment of " + imageTag;
        log.line("waiting for the " + what + " (up to " + describe(timeout) + ")");
        String lastSeen = null;
        Duration pause = firstPollInterval;
        while (true) {
            Optional<Deployment> latest = latestDeployment(app, environment, imageTag);
            String seen = latest.map(DeploymentWatcher::statusOf).orElse("not started");
            if (!seen.equals(lastSeen)) {
                log.line(what + ": " + seen);
                lastSeen = seen;
            }
            if (latest.isPresent() && isFinished(latest.get(), what)) {
                return latest.get();
            }
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                throw new DeploymentFailedException(
                        "gave up waiting after " + describe(timeout) + ": the " + what + " is still " + seen
                                + "; essesseff goes on with it, so check the deployment before running the step again",
                        latest.map(Deployment::status).orElse(null));
            }
            sleeper.sleep(left.compareTo(pause) < 0 ? left : pause);
            pause = pause.multipliedBy(2).compareTo(longestPollInterval) > 0
                    ? longestPollInterval
                    : pause.multipliedBy(2);
        }
    }

    private Optional<Deployment> latestDeployment(AppRef app, Environment environment, String imageTag) {
        return api
                .listDeployments(app, new DeploymentFilter(environment, null), PageRequest.first(RECENT_DEPLOYMENTS))
                .items()
                .stream()
                .filter(deployment -> imageTag.equals(deployment.imageTag()))
                .max(Comparator.comparing(deployment -> Objects.toString(deployment.deployedAt(), "")));
    }

    /** True when finished well; throws when finished badly; false while it is still going. */
    private static boolean isFinished(Deployment deployment, String what) {
        String health = healthOf(deployment);
        switch (Objects.toString(deployment.status(), "")) {
            case "failed" ->
                throw new DeploymentFailedException(
                        "the " + what + " failed" + (health == null ? "" : " (Argo CD health: " + health + ")"),
                        deployment.status());
            case "succeeded" -> {
                if (health == null || health.equals("Healthy")) {
                    return true;
                }
                if (health.equals("Degraded")) {
                    throw new DeploymentFailedException(
                            "the " + what + " succeeded but Argo CD reports it Degraded", deployment.status());
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    @CheckForNull
    static String healthOf(Deployment deployment) {
        DeploymentMetadata metadata = deployment.metadata();
        return metadata == null ? null : metadata.healthStatus();
    }

    private static String statusOf(Deployment deployment) {
        String health = healthOf(deployment);
        return deployment.status() + (health == null ? "" : ", " + health);
    }

    static String describe(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds % 60 == 0) {
            return seconds / 60 + " min";
        }
        return seconds + " s";
    }
}
