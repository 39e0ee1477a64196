package io.jenkins.plugins.essesseff.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.essesseff.client.Environment;
import io.jenkins.plugins.essesseff.client.LifecycleState;
import io.jenkins.plugins.essesseff.config.FormAccess;

/** The drop-down lists of the steps' forms; like every form method, only for users who may configure the job. */
final class Choices {
    private Choices() {}

    static ListBoxModel environments(@CheckForNull Item item, @CheckForNull String current, Environment... offered) {
        ListBoxModel model = new ListBoxModel();
        if (!FormAccess.mayConfigure(item)) {
            return onlyCurrent(model, current);
        }
        for (Environment environment : offered) {
            model.add(environment.name(), environment.name());
        }
        return model;
    }

    /** The states an image can be moved to, after an empty choice that means "read the lifecycle". */
    static ListBoxModel states(@CheckForNull Item item, @CheckForNull String current) {
        ListBoxModel model = new ListBoxModel();
        if (!FormAccess.mayConfigure(item)) {
            return onlyCurrent(model, current);
        }
        model.add("(read the lifecycle)", "");
        for (LifecycleState state : LifecycleState.values()) {
            model.add(state.name(), state.name());
        }
        return model;
    }

    private static ListBoxModel onlyCurrent(ListBoxModel model, @CheckForNull String current) {
        if (current != null && !current.isBlank()) {
            model.add(current, current);
        }
        return model;
    }
}
