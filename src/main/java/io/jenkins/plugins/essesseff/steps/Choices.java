package io.jenkins.plugins.essesseff.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.essesseff.client.Environment;
import io.jenkins.plugins.essesseff.client.LifecycleState;
import io.jenkins.plugins.essesseff.config.FormAccess;

/**
 * The drop-down lists of the steps' forms; like every form method, only for users who may configure the job. A
 * current value that is not one of the choices (a build step's {@code ${VAR}}, set by Job DSL or Configuration as
 * Code) stays in the list: otherwise the page would select the first choice, and saving it would replace the value.
 */
final class Choices {
    private Choices() {}

    static ListBoxModel environments(@CheckForNull Item item, @CheckForNull String current, Environment... offered) {
        ListBoxModel model = new ListBoxModel();
        if (!FormAccess.mayConfigure(item)) {
            return onlyCurrent(model, current);
        }
        boolean currentOffered = false;
        for (Environment environment : offered) {
            model.add(environment.name(), environment.name());
            currentOffered |= environment.name().equals(current);
        }
        return currentOffered ? model : onlyCurrent(model, current);
    }

    /** The states an image can be moved to, after an empty choice that means "read the lifecycle". */
    static ListBoxModel states(@CheckForNull Item item, @CheckForNull String current) {
        ListBoxModel model = new ListBoxModel();
        if (!FormAccess.mayConfigure(item)) {
            return onlyCurrent(model, current);
        }
        model.add("(read the lifecycle)", "");
        boolean currentOffered = false;
        for (LifecycleState state : LifecycleState.values()) {
            model.add(state.name(), state.name());
            currentOffered |= state.name().equals(current);
        }
        return currentOffered ? model : onlyCurrent(model, current);
    }

    private static ListBoxModel onlyCurrent(ListBoxModel model, @CheckForNull String current) {
        if (current != null && !current.isBlank()) {
            model.add(current, current);
        }
        return model;
    }
}
