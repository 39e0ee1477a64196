package io.jenkins.plugins.essesseff.steps;

import io.jenkins.plugins.essesseff.promotion.RunOptions;

/** The run options a step or build step was given; turned into {@link RunOptions} (and so checked) when it runs. */
record StepOptions(boolean dryRun, boolean waitForDeployment, int timeoutMinutes) {
    static final StepOptions READ = new StepOptions(false, false, RunOptions.DEFAULT_TIMEOUT_MINUTES);

    RunOptions toRunOptions() {
        return new RunOptions(dryRun, waitForDeployment, RunOptions.timeoutOfMinutes(timeoutMinutes));
    }
}
