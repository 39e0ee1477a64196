package io.jenkins.plugins.essesseff.steps;

import io.jenkins.plugins.essesseff.promotion.RunOptions;
import org.kohsuke.stapler.DataBoundSetter;

/** A step that deploys: it can follow the deployment until it finishes ({@code waitForDeployment}). */
public abstract class EssesseffDeployStep extends EssesseffChangeStep {
    private boolean waitForDeployment;
    private int timeoutMinutes = RunOptions.DEFAULT_TIMEOUT_MINUTES;

    @Override
    StepOptions options() {
        return new StepOptions(isDryRun(), waitForDeployment, timeoutMinutes);
    }

    public boolean isWaitForDeployment() {
        return waitForDeployment;
    }

    @DataBoundSetter
    public void setWaitForDeployment(boolean waitForDeployment) {
        this.waitForDeployment = waitForDeployment;
    }

    public int getTimeoutMinutes() {
        return timeoutMinutes;
    }

    @DataBoundSetter
    public void setTimeoutMinutes(int timeoutMinutes) {
        this.timeoutMinutes = timeoutMinutes;
    }
}
