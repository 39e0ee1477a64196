package io.jenkins.plugins.essesseff.client;

/** The body of a create-app request; {@code appName} travels in the query, the rest in the body. */
public record NewApp(
        String appName,
        AppTemplate template,
        String description,
        String programmingLanguage,
        String repositoryVisibility) {}
