package io.jenkins.plugins.essesseff.steps;

import hudson.Extension;
import org.kohsuke.stapler.DataBoundConstructor;

/** {@code essesseffRejectRc(imageTag)}: QA rejects the release candidate (QA/reject-rc). */
public class RejectRcStep extends EssesseffChangeStep {
    private final String imageTag;

    @DataBoundConstructor
    public RejectRcStep(String imageTag) {
        this.imageTag = Texts.strip(imageTag);
    }

    public String getImageTag() {
        return imageTag;
    }

    @Override
    PromotionCall call() {
        return PromotionCalls.rejectRc(imageTag, options());
    }

    @Extension
    public static class DescriptorImpl extends EssesseffStepDescriptor {
        @Override
        public String getFunctionName() {
            return "essesseffRejectRc";
        }

        @Override
        public String getDisplayName() {
            return Messages.RejectRc_displayName();
        }
    }
}
