package io.jenkins.plugins.essesseff.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.essesseff.client.ApiKey;
import io.jenkins.plugins.essesseff.client.EssesseffApi;
import io.jenkins.plugins.essesseff.client.EssesseffException;
import io.jenkins.plugins.essesseff.client.Validation;
import io.jenkins.plugins.essesseff.promotion.ConnectionCheck;
import io.jenkins.plugins.essesseff.promotion.PromotionPolicy;
import java.util.Optional;
import jenkins.model.GlobalConfiguration;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The essesseff section of Manage Jenkins » System: where the API is, the defaults every step falls back to, and
 * the policy administrators set. Bound with {@link DataBoundSetter}s, so Configuration as Code reads and writes it
 * under {@code unclassified: essesseff:}.
 */
@Extension
@Symbol("essesseff")
public class EssesseffGlobalConfiguration extends GlobalConfiguration {
    private String apiUrl = EssesseffSettings.DEFAULT_API_URL;

    @CheckForNull
    private String accountSlug;

    @CheckForNull
    private String organizationLogin;

    @CheckForNull
    private String appName;

    @CheckForNull
    private String credentialsId;

    private int connectTimeoutSeconds = EssesseffSettings.DEFAULT_CONNECT_TIMEOUT_SECONDS;
    private int requestTimeoutSeconds = EssesseffSettings.DEFAULT_REQUEST_TIMEOUT_SECONDS;
    private boolean prodRequiresDeploymentNote = true;

    public EssesseffGlobalConfiguration() {
        load();
    }

    /** The configuration of this Jenkins. */
    public static EssesseffGlobalConfiguration get() {
        return ExtensionList.lookupSingleton(EssesseffGlobalConfiguration.class);
    }

    /** What a step needs from here, as a Jenkins-free value. */
    public EssesseffSettings settings() {
        return new EssesseffSettings(
                apiUrl,
                accountSlug,
                organizationLogin,
                appName,
                credentialsId,
                EssesseffSettings.seconds(connectTimeoutSeconds, EssesseffSettings.DEFAULT_CONNECT_TIMEOUT_SECONDS),
                EssesseffSettings.seconds(requestTimeoutSeconds, EssesseffSettings.DEFAULT_REQUEST_TIMEOUT_SECONDS),
                new PromotionPolicy(prodRequiresDeploymentNote));
    }

    @Override
    public String getDisplayName() {
        return Messages.EssesseffGlobalConfiguration_displayName();
    }

    public String getApiUrl() {
        return apiUrl;
    }

    @DataBoundSetter
    public void setApiUrl(@CheckForNull String apiUrl) {
        this.apiUrl = apiUrl == null || apiUrl.isBlank() ? EssesseffSettings.DEFAULT_API_URL : apiUrl.strip();
        save();
    }

    @CheckForNull
    public String getAccountSlug() {
        return accountSlug;
    }

    @DataBoundSetter
    public void setAccountSlug(@CheckForNull String accountSlug) {
        this.accountSlug = Validation.blankToNull(accountSlug);
        save();
    }

    @CheckForNull
    public String getOrganizationLogin() {
        return organizationLogin;
    }

    @DataBoundSetter
    public void setOrganizationLogin(@CheckForNull String organizationLogin) {
        this.organizationLogin = Validation.blankToNull(organizationLogin);
        save();
    }

    @CheckForNull
    public String getAppName() {
        return appName;
    }

    @DataBoundSetter
    public void setAppName(@CheckForNull String appName) {
        this.appName = Validation.blankToNull(appName);
        save();
    }

    @CheckForNull
    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(@CheckForNull String credentialsId) {
        this.credentialsId = Validation.blankToNull(credentialsId);
        save();
    }

    public int getConnectTimeoutSeconds() {
        return connectTimeoutSeconds;
    }

    @DataBoundSetter
    public void setConnectTimeoutSeconds(int connectTimeoutSeconds) {
        this.connectTimeoutSeconds = connectTimeoutSeconds;
        save();
    }

    public int getRequestTimeoutSeconds() {
        return requestTimeoutSeconds;
    }

    @DataBoundSetter
    public void setRequestTimeoutSeconds(int requestTimeoutSeconds) {
        this.requestTimeoutSeconds = requestTimeoutSeconds;
        save();
    }

    public boolean isProdRequiresDeploymentNote() {
        return prodRequiresDeploymentNote;
    }

    @DataBoundSetter
    public void setProdRequiresDeploymentNote(boolean prodRequiresDeploymentNote) {
        this.prodRequiresDeploymentNote = prodRequiresDeploymentNote;
        save();
    }

    @POST
    public FormValidation doCheckApiUrl(@QueryParameter String value) {
        if (!FormAccess.mayConfigure(null)) {
            return FormValidation.ok();
        }
        Optional<String> problem = EssesseffSettings.apiUrlProblem(value);
        if (problem.isPresent()) {
            return FormValidation.error(problem.get());
        }
        if (EssesseffSettings.isPlainHttp(value)) {
            return FormValidation.warning("plain http sends the API key unencrypted; use https outside of tests");
        }
        return FormValidation.ok();
    }

    @POST
    public FormValidation doCheckConnectTimeoutSeconds(@QueryParameter String value) {
        return checkTimeout(value);
    }

    @POST
    public FormValidation doCheckRequestTimeoutSeconds(@QueryParameter String value) {
        return checkTimeout(value);
    }

    private static FormValidation checkTimeout(String value) {
        if (!FormAccess.mayConfigure(null)) {
            return FormValidation.ok();
        }
        return EssesseffSettings.timeoutProblem(value)
                .map(FormValidation::error)
                .orElseGet(FormValidation::ok);
    }

    @POST
    public ListBoxModel doFillCredentialsIdItems(@QueryParameter String credentialsId) {
        return FormAccess.secretTextCredentials(null, credentialsId);
    }

    /** The "Test connection" button: reaches the API with the form's values and checks the key and the account. */
    @POST
    public FormValidation doTestConnection(
            @QueryParameter String apiUrl,
            @QueryParameter String accountSlug,
            @QueryParameter String organizationLogin,
            @QueryParameter String credentialsId,
            @QueryParameter String connectTimeoutSeconds,
            @QueryParameter String requestTimeoutSeconds) {
        FormAccess.checkAdministrator();
        try {
            EssesseffSettings settings = new EssesseffSettings(
                    apiUrl,
                    accountSlug,
                    organizationLogin,
                    null, // the check lists the organization's apps; it needs no app name
                    credentialsId,
                    EssesseffSettings.seconds(
                            parseOr(connectTimeoutSeconds, -1), EssesseffSettings.DEFAULT_CONNECT_TIMEOUT_SECONDS),
                    EssesseffSettings.seconds(
                            parseOr(requestTimeoutSeconds, -1), EssesseffSettings.DEFAULT_REQUEST_TIMEOUT_SECONDS),
                    PromotionPolicy.defaults());
            ApiKey key = ApiKeyCredentials.forGlobalConfiguration(credentialsId);
            EssesseffApi api = EssesseffClients.create(settings, key, warning -> {});
            ConnectionCheck.Outcome outcome = ConnectionCheck.run(api, accountSlug, organizationLogin);
            return outcome.ok() ? FormValidation.ok(outcome.message()) : FormValidation.error(outcome.message());
        } catch (EssesseffException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    private static int parseOr(@CheckForNull String value, int fallback) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
