package io.jenkins.plugins.essesseff.steps;

import hudson.Extension;
import java.util.function.UnaryOperator;
import org.kohsuke.stapler.DataBoundConstructor;

/** The freestyle build step of {@link RejectRcStep}. */
public class RejectRcBuilder extends EssesseffChangeBuilder {
    private final String imageTag;

    @DataBoundConstructor
    public RejectRcBuilder(String imageTag) {
        this.imageTag = Texts.strip(imageTag);
    }

    public String getImageTag() {
        return imageTag;
    }

    @Override
    PromotionCall call(UnaryOperator<String> expand) {
        return PromotionCalls.rejectRc(expand.apply(imageTag), options());
    }

    @Extension
    public static class DescriptorImpl extends EssesseffBuilderDescriptor {
        public DescriptorImpl() {
            super(RejectRcStep.class);
        }

        @Override
        public String getDisplayName() {
            return Messages.RejectRc_displayName();
        }
    }
}
