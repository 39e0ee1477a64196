package io.jenkins.plugins.essesseff.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import org.junit.jupiter.api.Test;

/** The global configuration is read from and written to Configuration as Code under {@code unclassified: essesseff:}. */
@WithJenkinsConfiguredWithCode
class ConfigurationAsCodeITest {

    @Test
    @ConfiguredWithCode("configuration-as-code.yml")
    void shouldImportTheGlobalConfiguration(JenkinsConfiguredWithCodeRule j) {
        EssesseffGlobalConfiguration configuration = EssesseffGlobalConfiguration.get();

        assertThat(configuration.getApiUrl()).isEqualTo("https://essesseff.example.com/api/v1");
        assertThat(configuration.getAccountSlug()).isEqualTo("my-team");
        assertThat(configuration.getOrganizationLogin()).isEqualTo("my-apps-org");
        assertThat(configuration.getAppName()).isEqualTo("my-app");
        assertThat(configuration.getCredentialsId()).isEqualTo("essesseff-api-key");
        assertThat(configuration.getConnectTimeoutSeconds()).isEqualTo(5);
        assertThat(configuration.getRequestTimeoutSeconds()).isEqualTo(45);
        assertThat(configuration.isProdRequiresDeploymentNote()).isFalse();
    }

    @Test
    @ConfiguredWithCode("configuration-as-code.yml")
    void shouldExportTheGlobalConfiguration(JenkinsConfiguredWithCodeRule j) throws Exception {
        String exported = j.exportToString(false);

        assertThat(exported)
                .contains(
                        "essesseff:",
                        "apiUrl: \"https://essesseff.example.com/api/v1\"",
                        "accountSlug: \"my-team\"",
                        "organizationLogin: \"my-apps-org\"",
                        "appName: \"my-app\"",
                        "credentialsId: \"essesseff-api-key\"",
                        "connectTimeoutSeconds: 5",
                        "requestTimeoutSeconds: 45",
                        "prodRequiresDeploymentNote: false");
    }
}
