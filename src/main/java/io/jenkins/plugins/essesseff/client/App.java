package io.jenkins.plugins.essesseff.client;

/** An essesseff app as listed or fetched; {@code updatedAt} and {@code repositoryIds} come only with the details. */
public record App(
        String appName,
        String organizationLogin,
        String description,
        String programmingLanguage,
        String repositoryVisibility,
        AppTemplateInfo template,
        String createdAt,
        String updatedAt,
        Repositories<String> repositoryUrls,
        Repositories<Long> repositoryIds) {}
