package io.jenkins.plugins.essesseff.client;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/** What is deployed to an environment; image fields are null when nothing is. */
public record EnvironmentStatus(
        String accountSlug,
        String organization,
        String app,
        Environment environment,
        @CheckForNull String imageName,
        @CheckForNull String imageTag,
        @CheckForNull String stateTimestamp,
        @CheckForNull String argocdApplicationUrl) {

    public boolean hasImage() {
        return imageTag != null;
    }
}
