package io.jenkins.plugins.essesseff.client;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/** The filters of the images list; null means no filter. {@code status} is active, expired or all. */
public record ImageFilter(
        @CheckForNull String repositoryName,
        @CheckForNull String imageTag,
        @CheckForNull String status) {

    public static ImageFilter none() {
        return new ImageFilter(null, null, null);
    }
}
