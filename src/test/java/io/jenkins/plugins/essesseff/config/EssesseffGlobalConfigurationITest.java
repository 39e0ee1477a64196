package io.jenkins.plugins.essesseff.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.util.FormValidation;
import hudson.util.Secret;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The global configuration: its defaults, and every setting kept through Manage Jenkins » System. */
@WithJenkins
class EssesseffGlobalConfigurationITest {

    @Test
    void shouldStartWithTheDocumentedDefaults(JenkinsRule j) {
        EssesseffGlobalConfiguration configuration = EssesseffGlobalConfiguration.get();

        assertThat(configuration.getApiUrl()).isEqualTo("https://www.essesseff.com/api/v1");
        assertThat(configuration.getConnectTimeoutSeconds()).isEqualTo(10);
        assertThat(configuration.getRequestTimeoutSeconds()).isEqualTo(30);
        assertThat(configuration.isProdRequiresDeploymentNote()).isTrue();
        assertThat(configuration.getAccountSlug()).isNull();
        assertThat(configuration.getAppName()).isNull();
        assertThat(configuration.getCredentialsId()).isNull();
    }

    /** No build can see a System-scoped credential: "Test connection" says so before reaching essesseff. */
    @Test
    void shouldRefuseToTestWithASystemScopedCredential(JenkinsRule j) throws Exception {
        SystemCredentialsProvider credentials = SystemCredentialsProvider.getInstance();
        credentials
                .getCredentials()
                .add(new StringCredentialsImpl(
                        CredentialsScope.SYSTEM,
                        "system-key",
                        "seen by Jenkins only",
                        Secret.fromString("ess_0123456789abcdefghijABCDEFGHIJ01")));
        credentials.save();

        FormValidation result = EssesseffGlobalConfiguration.get()
                .doTestConnection(
                        "https://essesseff.example.com/api/v1", "my-team", "my-apps-org", "system-key", "5", "5");

        assertThat(result.getMessage()).contains("has the System scope").contains("Global scope");
    }

    @Test
    void shouldKeepEverySettingThroughTheConfigurationPage(JenkinsRule j) throws Exception {
        EssesseffGlobalConfiguration configuration = EssesseffGlobalConfiguration.get();
        configuration.setApiUrl("https://essesseff.example.com/api/v1");
        configuration.setAccountSlug("my-team");
        configuration.setOrganizationLogin("my-apps-org");
        configuration.setAppName("my-app");
        configuration.setCredentialsId("essesseff-api-key");
        configuration.setConnectTimeoutSeconds(5);
        configuration.setRequestTimeoutSeconds(45);
        configuration.setProdRequiresDeploymentNote(false);

        j.configRoundtrip();

        EssesseffGlobalConfiguration saved = EssesseffGlobalConfiguration.get();
        assertThat(saved.getApiUrl()).isEqualTo("https://essesseff.example.com/api/v1");
        assertThat(saved.getAccountSlug()).isEqualTo("my-team");
        assertThat(saved.getOrganizationLogin()).isEqualTo("my-apps-org");
        assertThat(saved.getAppName()).isEqualTo("my-app");
        assertThat(saved.getCredentialsId()).isEqualTo("essesseff-api-key");
        assertThat(saved.getConnectTimeoutSeconds()).isEqualTo(5);
        assertThat(saved.getRequestTimeoutSeconds()).isEqualTo(45);
        assertThat(saved.isProdRequiresDeploymentNote()).isFalse();
        assertThat(saved.settings().policy().prodNeedsDeploymentNote()).isFalse();
        assertThat(saved.settings().appName()).isEqualTo("my-app");
    }
}
