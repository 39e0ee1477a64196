package io.jenkins.plugins.essesseff.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.AbstractProject;
import hudson.model.Item;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.essesseff.config.FormAccess;
import java.util.List;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * What every essesseff build step descriptor shares. Its help is the help of the matching pipeline step: one set of
 * help files for both front doors.
 */
public abstract class EssesseffBuilderDescriptor extends BuildStepDescriptor<Builder> {
    /** Every field a build step can have; each one's help comes from the pipeline step's field of that name. */
    static final List<String> FIELDS = List.of(
            "credentialsId",
            "accountSlug",
            "organizationLogin",
            "appName",
            "dryRun",
            "waitForDeployment",
            "timeoutMinutes",
            "imageTag",
            "environment",
            "deploymentNote",
            "history",
            "state");

    /** @param step the pipeline step this build step mirrors, whose help files it shows */
    protected EssesseffBuilderDescriptor(Class<? extends Step> step) {
        addHelpFileRedirect(null, step, null);
        for (String field : FIELDS) {
            addHelpFileRedirect(field, step, field);
        }
    }

    @Override
    public boolean isApplicable(Class<? extends AbstractProject> jobType) {
        return true;
    }

    @POST
    public ListBoxModel doFillCredentialsIdItems(
            @CheckForNull @AncestorInPath Item item, @QueryParameter String credentialsId) {
        return FormAccess.secretTextCredentials(item, credentialsId);
    }
}
