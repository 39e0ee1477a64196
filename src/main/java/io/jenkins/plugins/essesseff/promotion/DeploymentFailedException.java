package io.jenkins.plugins.essesseff.promotion;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.essesseff.client.EssesseffException;
import java.util.Optional;

/**
 * A followed deployment failed, turned unhealthy, or did not finish in time. The change that started it did
 * happen: {@link #getChange()} says what it was, so that it can still be recorded.
 */
public class DeploymentFailedException extends EssesseffException {
    private static final long serialVersionUID = 1L;

    @CheckForNull
    private final String deploymentStatus;

    @CheckForNull
    private final transient PromotionResult change;

    public DeploymentFailedException(String message, @CheckForNull String deploymentStatus) {
        this(message, deploymentStatus, null);
    }

    private DeploymentFailedException(
            String message, @CheckForNull String deploymentStatus, @CheckForNull PromotionResult change) {
        super(message);
        this.deploymentStatus = deploymentStatus;
        this.change = change;
    }

    /** This failure, telling what the step had changed before it followed the deployment. */
    DeploymentFailedException after(PromotionResult change) {
        DeploymentFailedException withChange = new DeploymentFailedException(getMessage(), deploymentStatus, change);
        withChange.setStackTrace(getStackTrace());
        return withChange;
    }

    /** The step's result up to the deployment that failed, with the deployment's last status. */
    public Optional<PromotionResult> getChange() {
        return Optional.ofNullable(change);
    }

    /** The deployment's last known status ({@code pending}, {@code in_progress}, {@code failed}, …), or null. */
    @CheckForNull
    public String getDeploymentStatus() {
        return deploymentStatus;
    }
}
