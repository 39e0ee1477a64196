package io.jenkins.plugins.essesseff.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.model.Item;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.essesseff.client.Environment;
import java.util.function.UnaryOperator;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/** The freestyle build step of {@link EnvironmentStep}. */
public class EnvironmentBuilder extends EssesseffBuilder {
    private final String environment;

    @DataBoundConstructor
    public EnvironmentBuilder(String environment) {
        this.environment = Texts.strip(environment);
    }

    public String getEnvironment() {
        return environment;
    }

    @Override
    PromotionCall call(UnaryOperator<String> expand) {
        return PromotionCalls.environment(expand.apply(environment));
    }

    @Extension
    public static class DescriptorImpl extends EssesseffBuilderDescriptor {
        public DescriptorImpl() {
            super(EnvironmentStep.class);
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
