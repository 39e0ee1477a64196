package io.jenkins.plugins.essesseff.promotion;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.essesseff.client.EssesseffException;

/** A followed deployment failed, turned unhealthy, or did not finish in time. */
public class DeploymentFailedException extends EssesseffException {
    private static final long serialVersionUID = 1L;

    @CheckForNull
    private final String deploymentStatus;

    public DeploymentFailedException(String message, @CheckForNull String deploymentStatus) {
        super(message);
        this.deploymentStatus = deploymentStatus;
    }

    /** The deployment's last known status ({@code pending}, {@code in_progress}, {@code failed}, …), or null. */
    @CheckForNull
    public String getDeploymentStatus() {
        return deploymentStatus;
    }
}
