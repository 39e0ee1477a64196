package io.jenkins.plugins.essesseff.config;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import io.jenkins.plugins.essesseff.client.ApiKey;
import io.jenkins.plugins.essesseff.client.InvalidInputException;
import io.jenkins.plugins.essesseff.promotion.SettingResolver;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * Finds the essesseff API key of a build: a Secret text credential, looked up as the build may see it and tracked
 * as used by the build. The key leaves here as an {@link ApiKey}, whose {@code toString} reveals nothing.
 */
public final class ApiKeyCredentials {
    static final String PARAMETER = "credentialsId";
    static final String GLOBAL_LABEL = "API key credentials";

    private ApiKeyCredentials() {}

    /**
     * The API key for a build.
     *
     * @param stepCredentialsId the step's {@code credentialsId}, may be null
     * @param globalCredentialsId the global configuration's, may be null
     * @throws InvalidInputException naming {@code credentialsId}: no ID configured anywhere, no credential with
     *     that ID, a credential of another kind, or an empty secret
     */
    public static ApiKey forBuild(
            Run<?, ?> run, @CheckForNull String stepCredentialsId, @CheckForNull String globalCredentialsId) {
        String id = SettingResolver.resolve(PARAMETER, stepCredentialsId, globalCredentialsId, GLOBAL_LABEL);
        StringCredentials credential = CredentialsProvider.findCredentialById(id, StringCredentials.class, run);
        if (credential == null) {
            StandardCredentials other = CredentialsProvider.findCredentialById(id, StandardCredentials.class, run);
            throw other == null
                    ? unknown(id)
                    : otherKind(id, other.getDescriptor().getDisplayName());
        }
        CredentialsProvider.track(run, credential);
        return fromSecret(id, credential.getSecret().getPlainText());
    }

    /** The API key held by a Secret text credential of the global store, for "Test connection". */
    static ApiKey forGlobalConfiguration(@CheckForNull String credentialsId) {
        if (credentialsId == null || credentialsId.isBlank()) {
            throw new InvalidInputException(
                    PARAMETER, "choose the '" + GLOBAL_LABEL + "' (a Secret text credential) to test the connection");
        }
        String id = credentialsId.strip();
        StringCredentials credential = FormAccess.globalSecretText(id);
        if (credential == null) {
            throw unknown(id);
        }
        if (!FormAccess.isUsableByBuilds(credential)) {
            throw systemScoped(id);
        }
        return fromSecret(id, credential.getSecret().getPlainText());
    }

    static ApiKey fromSecret(String id, @CheckForNull String secret) {
        if (secret == null || secret.isBlank()) {
            throw new InvalidInputException(
                    PARAMETER,
                    "the Secret text credential '" + id + "' is empty; paste the essesseff API key (ess_…) into its"
                            + " Secret field");
        }
        return ApiKey.of(secret);
    }

    static InvalidInputException unknown(String id) {
        return new InvalidInputException(
                PARAMETER,
                "no credential with ID '" + id + "' is visible to this build; add a Secret text credential with that"
                        + " ID holding the essesseff API key (Manage Jenkins » Credentials), or fix the ID");
    }

    static InvalidInputException systemScoped(String id) {
        return new InvalidInputException(
                PARAMETER,
                "the credential '" + id + "' has the System scope, which no build can see; give it the Global scope"
                        + " (Manage Jenkins » Credentials) so that the steps can use it");
    }

    static InvalidInputException otherKind(String id, String kind) {
        return new InvalidInputException(
                PARAMETER,
                "the credential '" + id + "' is a '" + kind + "' credential, but the essesseff API key must be stored"
                        + " as a 'Secret text' credential; create one and use its ID");
    }
}
