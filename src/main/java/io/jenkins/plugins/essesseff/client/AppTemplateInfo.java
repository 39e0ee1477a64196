package io.jenkins.plugins.essesseff.client;

/** The {@code template} an existing app was made from. */
public record AppTemplateInfo(String name, String language, Boolean isGlobalTemplate) {}
