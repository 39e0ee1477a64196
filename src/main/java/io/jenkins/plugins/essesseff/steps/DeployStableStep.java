package io.jenkins.plugins.essesseff.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.model.Item;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.essesseff.client.Environment;
import io.jenkins.plugins.essesseff.client.Validation;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** {@code essesseffDeployStable(environment, imageTag)}: deploys a stable image to STAGING or PROD. */
public class DeployStableStep extends EssesseffDeployStep {
    private final String environment;
    private final String imageTag;

    @CheckForNull
    private String deploymentNote;

    @DataBoundConstructor
    public DeployStableStep(String environment, String imageTag) {
        this.environment = Texts.strip(environment);
        this.imageTag = Texts.strip(imageTag);
    }

    public String getEnvironment() {
        return environment;
    }

    public String getImageTag() {
        return imageTag;
    }

    @CheckForNull
    public String getDeploymentNote() {
        return deploymentNote;
    }

    /** Why this deployment happens; by default required for PROD. */
    @DataBoundSetter
    public void setDeploymentNote(@CheckForNull String deploymentNote) {
        this.deploymentNote = Validation.blankToNull(deploymentNote);
    }

    @Override
    PromotionCall call() {
        return PromotionCalls.deployStable(environment, imageTag, deploymentNote, options());
    }

    @Extension
    public static class DescriptorImpl extends EssesseffStepDescriptor {
        @Override
        public String getFunctionName() {
            return "essesseffDeployStable";
        }

        @Override
        public String getDisplayName() {
            return Messages.DeployStable_displayName();
        }

        @POST
        public ListBoxModel doFillEnvironmentItems(
                @CheckForNull @AncestorInPath Item item, @QueryParameter String environment) {
            return Choices.environments(item, environment, Environment.STAGING, Environment.PROD);
        }
    }
}
