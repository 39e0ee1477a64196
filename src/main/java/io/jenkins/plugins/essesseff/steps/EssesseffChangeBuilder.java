package io.jenkins.plugins.essesseff.steps;

import org.kohsuke.stapler.DataBoundSetter;

/** A build step that asks essesseff to change something: it can stop after the preflight ({@code dryRun}). */
public abstract class EssesseffChangeBuilder extends EssesseffBuilder {
    private boolean dryRun;

    StepOptions options() {
        return new StepOptions(dryRun, false, StepOptions.READ.timeoutMinutes());
    }

    public boolean isDryRun() {
        return dryRun;
    }

    @DataBoundSetter
    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }
}
