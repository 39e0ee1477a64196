package io.jenkins.plugins.essesseff.steps;

import hudson.Extension;
import org.kohsuke.stapler.DataBoundConstructor;

/** {@code essesseffDeclareStable}: the image accepted in QA becomes stable (QA/declare-stable). */
public class DeclareStableStep extends EssesseffChangeStep {
    @DataBoundConstructor
    public DeclareStableStep() {}

    @Override
    PromotionCall call() {
        return PromotionCalls.declareStable(options());
    }

    @Extension
    public static class DescriptorImpl extends EssesseffStepDescriptor {
        @Override
        public String getFunctionName() {
            return "essesseffDeclareStable";
        }

        @Override
        public String getDisplayName() {
            return Messages.DeclareStable_displayName();
        }
    }
}
