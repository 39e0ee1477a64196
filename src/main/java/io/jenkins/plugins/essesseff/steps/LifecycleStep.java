package io.jenkins.plugins.essesseff.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.model.Item;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.essesseff.client.Validation;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code essesseffLifecycle(imageTag)}: reads an image's lifecycle state ({@code history: true} adds its history);
 * with {@code state}, moves the image to that state.
 */
public class LifecycleStep extends EssesseffDeployStep {
    private final String imageTag;
    private boolean history;

    @CheckForNull
    private String state;

    @CheckForNull
    private String deploymentNote;

    @DataBoundConstructor
    public LifecycleStep(String imageTag) {
        this.imageTag = Texts.strip(imageTag);
    }

    public String getImageTag() {
        return imageTag;
    }

    public boolean isHistory() {
        return history;
    }

    @DataBoundSetter
    public void setHistory(boolean history) {
        this.history = history;
    }

    @CheckForNull
    public String getState() {
        return state;
    }

    @DataBoundSetter
    public void setState(@CheckForNull String state) {
        this.state = Validation.blankToNull(state);
    }

    @CheckForNull
    public String getDeploymentNote() {
        return deploymentNote;
    }

    @DataBoundSetter
    public void setDeploymentNote(@CheckForNull String deploymentNote) {
        this.deploymentNote = Validation.blankToNull(deploymentNote);
    }

    @Override
    PromotionCall call() {
        return PromotionCalls.lifecycle(imageTag, history, state, deploymentNote, options());
    }

    @Extension
    public static class DescriptorImpl extends EssesseffStepDescriptor {
        @Override
        public String getFunctionName() {
            return "essesseffLifecycle";
        }

        @Override
        public String getDisplayName() {
            return Messages.Lifecycle_displayName();
        }

        @POST
        public ListBoxModel doFillStateItems(@CheckForNull @AncestorInPath Item item, @QueryParameter String state) {
            return Choices.states(item, state);
        }
    }
}
