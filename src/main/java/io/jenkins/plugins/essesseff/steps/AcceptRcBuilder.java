package io.jenkins.plugins.essesseff.steps;

import hudson.Extension;
import java.util.function.UnaryOperator;
import org.kohsuke.stapler.DataBoundConstructor;

/** The freestyle build step of {@link AcceptRcStep}. */
public class AcceptRcBuilder extends EssesseffDeployBuilder {
    private final String imageTag;

    @DataBoundConstructor
    public AcceptRcBuilder(String imageTag) {
        this.imageTag = Texts.strip(imageTag);
    }

    public String getImageTag() {
        return imageTag;
    }

    @Override
    PromotionCall call(UnaryOperator<String> expand) {
        return PromotionCalls.acceptRc(expand.apply(imageTag), options());
    }

    @Extension
    public static class DescriptorImpl extends EssesseffBuilderDescriptor {
        public DescriptorImpl() {
            super(AcceptRcStep.class);
        }

        @Override
        public String getDisplayName() {
            return Messages.AcceptRc_displayName();
        }
    }
}
