package io.jenkins.plugins.essesseff.client;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/** The filters of the deployments list; null means no filter. */
public record DeploymentFilter(
        @CheckForNull Environment environment, @CheckForNull String status) {

    public static DeploymentFilter none() {
        return new DeploymentFilter(null, null);
    }
}
