package io.jenkins.plugins.essesseff.client;

/** The filters of the deployments list; null means no filter. */
public record DeploymentFilter(Environment environment, String status) {

    public static DeploymentFilter none() {
        return new DeploymentFilter(null, null);
    }
}
