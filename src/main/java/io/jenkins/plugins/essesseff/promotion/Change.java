package io.jenkins.plugins.essesseff.promotion;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.essesseff.client.AppRef;
import io.jenkins.plugins.essesseff.client.LifecycleState;
import io.jenkins.plugins.essesseff.client.StateChange;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One change a step asks of essesseff: move {@code imageTag} to {@code target} through {@code call}.
 *
 * @param action the step's action as the console shows it, e.g. {@code accept-rc}
 * @param deploymentNote the note sent with a PROD deployment, or null
 * @param requiredFrom the states the action starts from, narrower than the lifecycle table where the endpoint is
 *     (reject-rc only from RC); empty to follow the table
 */
record Change(
        String action,
        AppRef app,
        String imageTag,
        LifecycleState target,
        @CheckForNull String deploymentNote,
        Supplier<StateChange> call,
        Set<LifecycleState> requiredFrom) {

    Change(
            String action,
            AppRef app,
            String imageTag,
            LifecycleState target,
            @CheckForNull String deploymentNote,
            Supplier<StateChange> call) {
        this(action, app, imageTag, target, deploymentNote, call, Set.of());
    }

    Change from(LifecycleState state) {
        return new Change(action, app, imageTag, target, deploymentNote, call, Set.of(state));
    }

    /** The states an image must be in for this change. */
    Set<LifecycleState> sources() {
        return requiredFrom.isEmpty() ? LifecycleTable.sourcesOf(target) : requiredFrom;
    }
}
