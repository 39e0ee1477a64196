package io.jenkins.plugins.essesseff.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.EnvVars;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.Builder;
import io.jenkins.plugins.essesseff.client.Validation;
import java.io.IOException;
import java.util.function.UnaryOperator;
import jenkins.tasks.SimpleBuildStep;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * A freestyle build step that runs the same operation as its pipeline step. Text fields may use {@code ${VAR}}
 * build variables. Needs no workspace: it only talks to essesseff.
 */
public abstract class EssesseffBuilder extends Builder implements SimpleBuildStep {
    @CheckForNull
    private String credentialsId;

    @CheckForNull
    private String accountSlug;

    @CheckForNull
    private String organizationLogin;

    @CheckForNull
    private String appName;

    /** The operation this build step runs, with its text fields expanded by {@code expand}. */
    abstract PromotionCall call(UnaryOperator<String> expand);

    @Override
    public void perform(Run<?, ?> run, EnvVars env, TaskListener listener) throws InterruptedException, IOException {
        UnaryOperator<String> expand = env::expand;
        PromotionRunner.runForBuild(run, listener, common().expand(expand), call(expand));
    }

    @Override
    public boolean requiresWorkspace() {
        return false;
    }

    CommonParameters common() {
        return new CommonParameters(credentialsId, accountSlug, organizationLogin, appName);
    }

    @CheckForNull
    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(@CheckForNull String credentialsId) {
        this.credentialsId = Validation.blankToNull(credentialsId);
    }

    @CheckForNull
    public String getAccountSlug() {
        return accountSlug;
    }

    @DataBoundSetter
    public void setAccountSlug(@CheckForNull String accountSlug) {
        this.accountSlug = Validation.blankToNull(accountSlug);
    }

    @CheckForNull
    public String getOrganizationLogin() {
        return organizationLogin;
    }

    @DataBoundSetter
    public void setOrganizationLogin(@CheckForNull String organizationLogin) {
        this.organizationLogin = Validation.blankToNull(organizationLogin);
    }

    @CheckForNull
    public String getAppName() {
        return appName;
    }

    @DataBoundSetter
    public void setAppName(@CheckForNull String appName) {
        this.appName = Validation.blankToNull(appName);
    }
}
