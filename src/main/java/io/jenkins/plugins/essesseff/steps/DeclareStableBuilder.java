package io.jenkins.plugins.essesseff.steps;

import hudson.Extension;
import java.util.function.UnaryOperator;
import org.kohsuke.stapler.DataBoundConstructor;

/** The freestyle build step of {@link DeclareStableStep}. */
public class DeclareStableBuilder extends EssesseffChangeBuilder {
    @DataBoundConstructor
    public DeclareStableBuilder() {}

    @Override
    PromotionCall call(UnaryOperator<String> expand) {
        return PromotionCalls.declareStable(options());
    }

    @Extension
    public static class DescriptorImpl extends EssesseffBuilderDescriptor {
        public DescriptorImpl() {
            super(DeclareStableStep.class);
        }

        @Override
        public String getDisplayName() {
            return Messages.DeclareStable_displayName();
        }
    }
}
