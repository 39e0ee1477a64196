package io.jenkins.plugins.essesseff.client;

/** What essesseff answers to a create-app request. */
public record CreatedApp(
        String accountSlug,
        String appName,
        String organizationLogin,
        String description,
        String programmingLanguage,
        ResultantRepos resultantRepos,
        String repositoryVisibility) {}
