package io.jenkins.plugins.essesseff.client;

/** A deployment record; {@code environment} is lower case and {@code status} one of pending, in_progress, succeeded, failed. */
public record Deployment(
        String appName,
        String environment,
        String status,
        String imageTag,
        String githubSha,
        String githubRef,
        String deployedAt,
        String completedAt,
        DeploymentMetadata metadata) {}
