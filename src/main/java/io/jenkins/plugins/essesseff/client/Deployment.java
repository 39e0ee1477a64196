package io.jenkins.plugins.essesseff.client;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/** A deployment record; {@code environment} is lower case and {@code status} one of pending, in_progress, succeeded, failed. */
public record Deployment(
        String appName,
        String environment,
        @CheckForNull String status,
        @CheckForNull String imageTag,
        String githubSha,
        String githubRef,
        @CheckForNull String deployedAt,
        @CheckForNull String completedAt,
        @CheckForNull DeploymentMetadata metadata) {}
