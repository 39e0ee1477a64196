package io.jenkins.plugins.essesseff.client;

/** A container image of an app. */
public record Image(
        String appName,
        String repositoryName,
        String imageName,
        String imageTag,
        String status,
        Long githubPackageVersionId,
        String createdAt,
        String expiredAt,
        ImageMetadata metadata) {}
