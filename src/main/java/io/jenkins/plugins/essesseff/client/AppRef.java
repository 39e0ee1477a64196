package io.jenkins.plugins.essesseff.client;

/** Which essesseff app a call is about: the team account, the GitHub organization and the app name. */
public record AppRef(String accountSlug, String organizationLogin, String appName) {

    public AppRef {
        Validation.requireText("accountSlug", accountSlug);
        Validation.requireText("organizationLogin", organizationLogin);
        Validation.requireText("appName", appName);
    }

    @Override
    public String toString() {
        return accountSlug + "/" + organizationLogin + "/" + appName;
    }
}
