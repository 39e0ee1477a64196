package io.jenkins.plugins.essesseff.client;

/** The {@code metadata} of an image; {@code githubPackageUrl} comes only with the details. */
public record ImageMetadata(String githubOrganization, String packageType, String githubPackageUrl) {}
