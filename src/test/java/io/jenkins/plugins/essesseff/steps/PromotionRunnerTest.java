package io.jenkins.plugins.essesseff.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.essesseff.client.AppRef;
import io.jenkins.plugins.essesseff.client.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Settings come from the step, else from the global configuration, else the step fails saying where to set them. */
class PromotionRunnerTest {
    private final RunnerFixture fixture = new RunnerFixture();

    @AfterEach
    void closeSandbox() {
        fixture.close();
    }

    @Test
    void shouldPreferTheStepsSettingsToTheGlobalOnes() {
        AppRef app = fixture.runner().app(new CommonParameters(null, "other-team", "other-org", "other-app"));

        assertThat(app).isEqualTo(new AppRef("other-team", "other-org", "other-app"));
    }

    @Test
    void shouldFallBackToTheGlobalAccountAndOrganization() {
        AppRef app = fixture.runner().app(new CommonParameters(null, null, " ", " shop "));

        assertThat(app).isEqualTo(new AppRef(RunnerFixture.ACCOUNT, RunnerFixture.ORGANIZATION, "shop"));
    }

    @Test
    void shouldNameTheParameterAndTheGlobalSettingWhenNeitherIsSet() {
        PromotionRunner runner = fixture.runner(fixture.settings(null, null, true));

        assertThatThrownBy(() -> runner.app(new CommonParameters(null, null, null, "shop")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo("accountSlug"))
                .hasMessageContaining("'accountSlug' parameter")
                .hasMessageContaining("Account slug")
                .hasMessageContaining("Manage Jenkins");
    }

    @Test
    void shouldUseTheGlobalAppNameWhenTheStepGivesNone() {
        PromotionRunner runner =
                fixture.runner(fixture.settings(RunnerFixture.ACCOUNT, RunnerFixture.ORGANIZATION, "shop", true));

        AppRef app = runner.app(new CommonParameters(null, null, null, " "));

        assertThat(app).isEqualTo(new AppRef(RunnerFixture.ACCOUNT, RunnerFixture.ORGANIZATION, "shop"));
    }

    @Test
    void shouldPreferTheStepsAppNameToTheGlobalOne() {
        PromotionRunner runner =
                fixture.runner(fixture.settings(RunnerFixture.ACCOUNT, RunnerFixture.ORGANIZATION, "shop", true));

        AppRef app = runner.app(new CommonParameters(null, null, null, "billing"));

        assertThat(app.appName()).isEqualTo("billing");
    }

    @Test
    void shouldNameTheAppNameParameterAndTheGlobalAppNameWhenNeitherIsSet() {
        assertThatThrownBy(() -> fixture.runner().app(new CommonParameters(null, null, null, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo("appName"))
                .hasMessageContaining("'appName' parameter")
                .hasMessageContaining("'App name'")
                .hasMessageContaining("Manage Jenkins");
    }

    @Test
    void shouldRefuseAnInvalidGlobalAppNameNamingAppName() {
        PromotionRunner runner =
                fixture.runner(fixture.settings(RunnerFixture.ACCOUNT, RunnerFixture.ORGANIZATION, "My_App", true));

        assertThatThrownBy(() -> runner.app(new CommonParameters(null, null, null, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo("appName"))
                .hasMessage(
                        "appName: 'My_App' is not a valid app name; use lowercase letters, digits and hyphens only");
    }

    @Test
    void shouldLookUpTheStepsCredentialElseTheGlobalOne() throws InterruptedException {
        fixture.build("v1.0.0");
        EssesseffStep withOwnKey = new EnvironmentStep("DEV");
        withOwnKey.setAppName(RunnerFixture.APP);
        withOwnKey.setCredentialsId("team-key");
        EssesseffStep withGlobalKey = new EnvironmentStep("DEV");
        withGlobalKey.setAppName(RunnerFixture.APP);

        fixture.run(withOwnKey);
        fixture.run(withGlobalKey);

        assertThat(fixture.credentialLookups).containsExactly("step:team-key", "global:essesseff-global");
    }

    @Test
    void shouldResolveTheAppBeforeLookingUpTheKey() {
        EssesseffStep step = new DeclareRcStep();

        assertThatThrownBy(() -> fixture.run(step)).isInstanceOf(InvalidInputException.class);
        assertThat(fixture.credentialLookups).isEmpty();
    }
}
