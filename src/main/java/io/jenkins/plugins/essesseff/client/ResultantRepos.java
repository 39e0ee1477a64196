package io.jenkins.plugins.essesseff.client;

/** The repositories a new app got, and the template they came from. */
public record ResultantRepos(
        String sourceRepo,
        String configDevRepo,
        String configQaRepo,
        String configStagingRepo,
        String configProdRepo,
        String argocdDevRepo,
        String argocdQaRepo,
        String argocdStagingRepo,
        String argocdProdRepo,
        String templateOrgLogin,
        Boolean isGlobalTemplate,
        String replacementString) {}
