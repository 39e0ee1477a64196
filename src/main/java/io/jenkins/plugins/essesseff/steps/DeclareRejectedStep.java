package io.jenkins.plugins.essesseff.steps;

import hudson.Extension;
import org.kohsuke.stapler.DataBoundConstructor;

/** {@code essesseffDeclareRejected}: the image in QA is rejected (QA/declare-rejected). */
public class DeclareRejectedStep extends EssesseffChangeStep {
    @DataBoundConstructor
    public DeclareRejectedStep() {}

    @Override
    PromotionCall call() {
        return PromotionCalls.declareRejected(options());
    }

    @Extension
    public static class DescriptorImpl extends EssesseffStepDescriptor {
        @Override
        public String getFunctionName() {
            return "essesseffDeclareRejected";
        }

        @Override
        public String getDisplayName() {
            return Messages.DeclareRejected_displayName();
        }
    }
}
