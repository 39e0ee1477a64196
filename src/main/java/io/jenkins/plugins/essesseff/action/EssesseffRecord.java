package io.jenkins.plugins.essesseff.action;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.essesseff.client.Environment;
import io.jenkins.plugins.essesseff.client.LifecycleState;
import io.jenkins.plugins.essesseff.promotion.PromotionResult;
import java.time.Instant;
import java.util.Locale;

/**
 * One essesseff action of a build, as the build page shows it. Holds only what the step printed anyway: never a
 * key. Immutable; persisted with the build by XStream.
 */
public final class EssesseffRecord {
    private final long timestamp;
    private final String action;

    @CheckForNull
    private final String environment;

    @CheckForNull
    private final String imageTag;

    @CheckForNull
    private final String state;

    @CheckForNull
    private final String deploymentNote;

    @CheckForNull
    private final String argocdApplicationUrl;

    private final boolean changed;
    private final boolean dryRun;

    @CheckForNull
    private final String deploymentStatus;

    EssesseffRecord(
            long timestamp,
            String action,
            @CheckForNull String environment,
            @CheckForNull String imageTag,
            @CheckForNull String state,
            @CheckForNull String deploymentNote,
            @CheckForNull String argocdApplicationUrl,
            boolean changed,
            boolean dryRun,
            @CheckForNull String deploymentStatus) {
        this.timestamp = timestamp;
        this.action = action;
        this.environment = environment;
        this.imageTag = imageTag;
        this.state = state;
        this.deploymentNote = deploymentNote;
        this.argocdApplicationUrl = argocdApplicationUrl;
        this.changed = changed;
        this.dryRun = dryRun;
        this.deploymentStatus = deploymentStatus;
    }

    /** The row for a step's result, at {@code time}. */
    public static EssesseffRecord of(PromotionResult result, Instant time) {
        Environment environment = result.environment();
        LifecycleState state = result.state();
        return new EssesseffRecord(
                time.toEpochMilli(),
                result.action(),
                environment == null ? null : environment.name(),
                result.imageTag(),
                state == null ? null : state.name(),
                result.deploymentNote(),
                result.argocdApplicationUrl(),
                result.changed(),
                result.dryRun(),
                result.deploymentStatus());
    }

    public long getTimestamp() {
        return timestamp;
    }

    /** The time as ISO-8601 in UTC, e.g. {@code 2025-01-31T12:00:00Z}. */
    public String getTime() {
        return Instant.ofEpochMilli(timestamp).toString();
    }

    public String getAction() {
        return action;
    }

    @CheckForNull
    public String getEnvironment() {
        return environment;
    }

    @CheckForNull
    public String getImageTag() {
        return imageTag;
    }

    @CheckForNull
    public String getState() {
        return state;
    }

    @CheckForNull
    public String getDeploymentNote() {
        return deploymentNote;
    }

    @CheckForNull
    public String getArgocdApplicationUrl() {
        return argocdApplicationUrl;
    }

    /** The Argo CD URL when it is safe to link to (http or https), else null: the page shows no link. */
    @CheckForNull
    public String getArgocdLink() {
        return isWebLink(argocdApplicationUrl) ? argocdApplicationUrl : null;
    }

    public boolean isChanged() {
        return changed;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    /** The status of the deployment the step followed, or null when it did not follow one. */
    @CheckForNull
    public String getDeploymentStatus() {
        return deploymentStatus;
    }

    /**
     * What happened, in a few words: {@code changed}, {@code dry run} or {@code unchanged}, and how a followed
     * deployment ended, e.g. {@code changed, deployment failed}.
     */
    public String getOutcome() {
        String outcome = dryRun ? "dry run" : changed ? "changed" : "unchanged";
        return deploymentStatus == null ? outcome : outcome + ", deployment " + deploymentStatus;
    }

    /** Whether a URL is an http(s) link, the only kind the plugin renders as a link. */
    public static boolean isWebLink(@CheckForNull String url) {
        if (url == null) {
            return false;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && lower.length() > "https://".length();
    }
}
