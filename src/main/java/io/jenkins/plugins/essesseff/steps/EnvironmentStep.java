package io.jenkins.plugins.essesseff.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.model.Item;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.essesseff.client.Environment;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** {@code essesseffEnvironment(environment)}: reads what is deployed in an environment. */
public class EnvironmentStep extends EssesseffStep {
    private final String environment;

    @DataBoundConstructor
    public EnvironmentStep(String environment) {
        this.environment = Texts.strip(environment);
    }

    public String getEnvironment() {
        return environment;
    }

    @Override
    PromotionCall call() {
        return PromotionCalls.environment(environment);
    }

    @Extension
    public static class DescriptorImpl extends EssesseffStepDescriptor {
        @Override
        public String getFunctionName() {
            return "essesseffEnvironment";
        }

        @Override
        public String getDisplayName() {
            return Messages.Environment_displayName();
        }

        @POST
        public ListBoxModel doFillEnvironmentItems(
                @CheckForNull @AncestorInPath Item item, @QueryParameter String environment) {
            return Choices.environments(item, environment, Environment.values());
        }
    }
}
