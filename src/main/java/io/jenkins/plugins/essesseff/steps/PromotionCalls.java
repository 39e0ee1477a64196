package io.jenkins.plugins.essesseff.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.essesseff.client.Environment;
import io.jenkins.plugins.essesseff.client.LifecycleState;

/**
 * The calls behind the steps, shared by each pipeline step and its freestyle build step: one operation, two front
 * doors. Inputs are parsed when the call runs, so a bad value fails the step with a message naming the parameter.
 */
final class PromotionCalls {
    private PromotionCalls() {}

    static PromotionCall declareRc(StepOptions options) {
        return (promotions, app) -> promotions.declareRc(app, options.toRunOptions());
    }

    static PromotionCall acceptRc(String imageTag, StepOptions options) {
        return (promotions, app) -> promotions.acceptRc(app, imageTag, options.toRunOptions());
    }

    static PromotionCall rejectRc(String imageTag, StepOptions options) {
        return (promotions, app) -> promotions.rejectRc(app, imageTag, options.toRunOptions());
    }

    static PromotionCall declareStable(StepOptions options) {
        return (promotions, app) -> promotions.declareStable(app, options.toRunOptions());
    }

    static PromotionCall declareRejected(StepOptions options) {
        return (promotions, app) -> promotions.declareRejected(app, options.toRunOptions());
    }

    static PromotionCall deployStable(
            String environment, String imageTag, @CheckForNull String deploymentNote, StepOptions options) {
        return (promotions, app) -> promotions.deployStable(
                app, Environment.parse("environment", environment), imageTag, deploymentNote, options.toRunOptions());
    }

    /** Reads the lifecycle when {@code state} is empty; otherwise moves the image to {@code state}. */
    static PromotionCall lifecycle(
            String imageTag,
            boolean history,
            @CheckForNull String state,
            @CheckForNull String deploymentNote,
            StepOptions options) {
        if (state == null || state.isBlank()) {
            return (promotions, app) -> promotions.readLifecycle(app, imageTag, history);
        }
        return (promotions, app) -> promotions.setLifecycleState(
                app, imageTag, LifecycleState.parse("state", state), deploymentNote, options.toRunOptions());
    }

    static PromotionCall environment(String environment) {
        return (promotions, app) -> promotions.readEnvironment(app, Environment.parse("environment", environment));
    }
}
