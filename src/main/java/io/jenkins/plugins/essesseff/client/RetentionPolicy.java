package io.jenkins.plugins.essesseff.client;

/** How long images are kept in one environment's lifecycle state; {@code environment} is lower case. */
public record RetentionPolicy(
        String appName,
        String repositoryName,
        String environment,
        Integer retentionDays,
        String createdAt,
        String updatedAt) {}
