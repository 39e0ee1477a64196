package io.jenkins.plugins.essesseff.steps;

import hudson.Extension;
import org.kohsuke.stapler.DataBoundConstructor;

/** {@code essesseffAcceptRc(imageTag)}: QA accepts the release candidate, which deploys it to QA (QA/accept-rc). */
public class AcceptRcStep extends EssesseffDeployStep {
    private final String imageTag;

    @DataBoundConstructor
    public AcceptRcStep(String imageTag) {
        this.imageTag = Texts.strip(imageTag);
    }

    public String getImageTag() {
        return imageTag;
    }

    @Override
    PromotionCall call() {
        return PromotionCalls.acceptRc(imageTag, options());
    }

    @Extension
    public static class DescriptorImpl extends EssesseffStepDescriptor {
        @Override
        public String getFunctionName() {
            return "essesseffAcceptRc";
        }

        @Override
        public String getDisplayName() {
            return Messages.AcceptRc_displayName();
        }
    }
}
