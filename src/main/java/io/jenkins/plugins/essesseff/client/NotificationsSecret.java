package io.jenkins.plugins.essesseff.client;

/** The notifications-secret.yaml for Argo CD. It holds secrets: {@link #toString()} never shows them. */
public final class NotificationsSecret {
    private final String yaml;

    public NotificationsSecret(String yaml) {
        this.yaml = yaml;
    }

    /** The YAML document; never print it to a build log. */
    public String yaml() {
        return yaml;
    }

    @Override
    public String toString() {
        return "NotificationsSecret[" + yaml.length() + " characters, not shown]";
    }
}
