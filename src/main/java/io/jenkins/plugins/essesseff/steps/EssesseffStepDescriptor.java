package io.jenkins.plugins.essesseff.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.essesseff.config.FormAccess;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** What every essesseff step descriptor shares: the context it needs and the form methods of the common fields. */
public abstract class EssesseffStepDescriptor extends StepDescriptor {
    private static final Set<Class<?>> REQUIRED_CONTEXT = Set.of(Run.class, TaskListener.class);

    @Override
    public Set<? extends Class<?>> getRequiredContext() {
        return REQUIRED_CONTEXT;
    }

    @POST
    public ListBoxModel doFillCredentialsIdItems(
            @CheckForNull @AncestorInPath Item item, @QueryParameter String credentialsId) {
        return FormAccess.secretTextCredentials(item, credentialsId);
    }
}
