package io.jenkins.plugins.essesseff.client;

/** What essesseff answers to an app update. */
public record UpdatedApp(String appName, String description, String repositoryVisibility, String updatedAt) {}
