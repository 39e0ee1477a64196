package io.jenkins.plugins.essesseff.client;

/** The filters of the images list; null means no filter. {@code status} is active, expired or all. */
public record ImageFilter(String repositoryName, String imageTag, String status) {

    public static ImageFilter none() {
        return new ImageFilter(null, null, null);
    }
}
