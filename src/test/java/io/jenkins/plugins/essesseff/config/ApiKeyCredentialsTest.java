package io.jenkins.plugins.essesseff.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.essesseff.client.ApiKey;
import io.jenkins.plugins.essesseff.client.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Each way the API key can be missing gets its own message, naming the setting and what to do. */
class ApiKeyCredentialsTest {
    private static final String KEY = "ess_0123456789abcdefghijABCDEFGHIJ01";

    @Test
    void shouldTurnTheSecretIntoAnOpaqueKey() {
        ApiKey key = ApiKeyCredentials.fromSecret("essesseff", "  " + KEY + "\n");

        assertThat(key).isEqualTo(ApiKey.of(KEY));
        assertThat(key.toString()).doesNotContain(KEY);
    }

    @Test
    void shouldSayWhichCredentialIsEmpty() {
        assertThatThrownBy(() -> ApiKeyCredentials.fromSecret("essesseff", " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo("credentialsId"))
                .hasMessageContaining("'essesseff' is empty");
    }

    @Test
    void shouldSayThatNoCredentialHasTheId() {
        assertThat(ApiKeyCredentials.unknown("essesseff"))
                .hasMessageStartingWith("credentialsId: no credential with ID 'essesseff'")
                .hasMessageContaining("Secret text");
    }

    @Test
    void shouldSayThatBuildsCannotSeeASystemScopedCredential() {
        assertThat(ApiKeyCredentials.systemScoped("essesseff"))
                .hasMessageStartingWith("credentialsId: the credential 'essesseff' has the System scope")
                .hasMessageContaining("Global scope");
    }

    @Test
    void shouldSayWhichKindTheCredentialIsAndWhichItMustBe() {
        assertThat(ApiKeyCredentials.otherKind("essesseff", "Username with password"))
                .hasMessageContaining("'Username with password' credential")
                .hasMessageContaining("'Secret text'");
    }

    @Test
    void shouldAskForTheCredentialBeforeTestingTheConnection() {
        assertThatThrownBy(() -> ApiKeyCredentials.forGlobalConfiguration(" "))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("choose the '" + ApiKeyCredentials.GLOBAL_LABEL + "'");
    }
}
