package io.jenkins.plugins.essesseff.client;

/** What is deployed to an environment; image fields are null when nothing is. */
public record EnvironmentStatus(
        String accountSlug,
        String organization,
        String app,
        Environment environment,
        String imageName,
        String imageTag,
        String stateTimestamp,
        String argocdApplicationUrl) {

    public boolean hasImage() {
        return imageTag != null;
    }
}
