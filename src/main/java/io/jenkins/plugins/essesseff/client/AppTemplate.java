package io.jenkins.plugins.essesseff.client;

/** The template to create an app from (the {@code template} object of the create request). */
public record AppTemplate(
        String templateOrgLogin, String sourceTemplateRepo, Boolean isGlobalTemplate, String replacementString) {}
