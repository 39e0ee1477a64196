package io.jenkins.plugins.essesseff.steps;

import hudson.Extension;
import org.kohsuke.stapler.DataBoundConstructor;

/** {@code essesseffDeclareRc}: the image now in DEV becomes the release candidate (DEV/declare-rc). */
public class DeclareRcStep extends EssesseffChangeStep {
    @DataBoundConstructor
    public DeclareRcStep() {}

    @Override
    PromotionCall call() {
        return PromotionCalls.declareRc(options());
    }

    @Extension
    public static class DescriptorImpl extends EssesseffStepDescriptor {
        @Override
        public String getFunctionName() {
            return "essesseffDeclareRc";
        }

        @Override
        public String getDisplayName() {
            return Messages.DeclareRc_displayName();
        }
    }
}
