package io.jenkins.plugins.essesseff.steps;

import hudson.Extension;
import java.util.function.UnaryOperator;
import org.kohsuke.stapler.DataBoundConstructor;

/** The freestyle build step of {@link DeclareRcStep}. */
public class DeclareRcBuilder extends EssesseffChangeBuilder {
    @DataBoundConstructor
    public DeclareRcBuilder() {}

    @Override
    PromotionCall call(UnaryOperator<String> expand) {
        return PromotionCalls.declareRc(options());
    }

    @Extension
    public static class DescriptorImpl extends EssesseffBuilderDescriptor {
        public DescriptorImpl() {
            super(DeclareRcStep.class);
        }

        @Override
        public String getDisplayName() {
            return Messages.DeclareRc_displayName();
        }
    }
}
