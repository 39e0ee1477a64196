package io.jenkins.plugins.essesseff.steps;

import hudson.Extension;
import java.util.function.UnaryOperator;
import org.kohsuke.stapler.DataBoundConstructor;

/** The freestyle build step of {@link DeclareRejectedStep}. */
public class DeclareRejectedBuilder extends EssesseffChangeBuilder {
    @DataBoundConstructor
    public DeclareRejectedBuilder() {}

    @Override
    PromotionCall call(UnaryOperator<String> expand) {
        return PromotionCalls.declareRejected(options());
    }

    @Extension
    public static class DescriptorImpl extends EssesseffBuilderDescriptor {
        public DescriptorImpl() {
            super(DeclareRejectedStep.class);
        }

        @Override
        public String getDisplayName() {
            return Messages.DeclareRejected_displayName();
        }
    }
}
