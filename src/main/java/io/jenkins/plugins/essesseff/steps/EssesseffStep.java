package io.jenkins.plugins.essesseff.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.essesseff.client.Validation;
import java.util.Map;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * A pipeline step that runs one essesseff operation and returns its result as a {@code Map}. Holds the parameters
 * every step has; each step adds its own and says which {@link PromotionCall} it makes.
 */
public abstract class EssesseffStep extends Step {
    @CheckForNull
    private String credentialsId;

    @CheckForNull
    private String accountSlug;

    @CheckForNull
    private String organizationLogin;

    @CheckForNull
    private String appName;

    /** The operation this step runs, with its parameters bound. */
    abstract PromotionCall call();

    @Override
    public StepExecution start(StepContext context) {
        return new Execution(context, this);
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

    /**
     * Runs the step's call off the CPS VM thread. Holds the step only transiently: like every
     * {@link SynchronousNonBlockingStepExecution}, it does not survive a Jenkins restart, and fails then.
     */
    static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
        private static final long serialVersionUID = 1L;

        @SuppressFBWarnings(value = "SE_TRANSIENT_FIELD_NOT_RESTORED", justification = "only used when starting")
        private final transient EssesseffStep step;

        Execution(StepContext context, EssesseffStep step) {
            super(context);
            this.step = step;
        }

        @Override
        protected Map<String, Object> run() throws Exception {
            Run<?, ?> run = getContext().get(Run.class);
            TaskListener listener = getContext().get(TaskListener.class);
            return PromotionRunner.runForBuild(run, listener, step.common(), step.call())
                    .toMap();
        }
    }
}
