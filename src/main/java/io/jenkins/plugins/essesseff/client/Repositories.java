package io.jenkins.plugins.essesseff.client;

/** The nine repositories of an app (1 source + 4 config + 4 Argo CD): their URLs, names or IDs. */
public record Repositories<T>(
        T sourceRepo,
        T configDevRepo,
        T configQaRepo,
        T configStagingRepo,
        T configProdRepo,
        T argocdDevRepo,
        T argocdQaRepo,
        T argocdStagingRepo,
        T argocdProdRepo) {}
