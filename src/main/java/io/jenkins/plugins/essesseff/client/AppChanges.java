package io.jenkins.plugins.essesseff.client;

/** An update of an app: at least one of the two must be given. */
public record AppChanges(String description, String repositoryVisibility) {}
