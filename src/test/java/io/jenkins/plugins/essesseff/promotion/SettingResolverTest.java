package io.jenkins.plugins.essesseff.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.essesseff.client.InvalidInputException;
import org.junit.jupiter.api.Test;

class SettingResolverTest {

    @Test
    void shouldPreferTheStepParameter() {
        assertThat(SettingResolver.resolve("accountSlug", " team-a ", "team-b", "Account slug"))
                .isEqualTo("team-a");
    }

    @Test
    void shouldFallBackToTheGlobalConfigurationWhenTheParameterIsBlank() {
        assertThat(SettingResolver.resolve("accountSlug", "  ", "team-b", "Account slug"))
                .isEqualTo("team-b");
        assertThat(SettingResolver.resolve("accountSlug", null, "team-b", "Account slug"))
                .isEqualTo("team-b");
    }

    @Test
    void shouldNameTheParameterAndTheGlobalFieldWhenNeitherIsSet() {
        assertThatThrownBy(() -> SettingResolver.resolve("appName", null, " ", "App name"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("appName")
                .hasMessageContaining("'App name'")
                .hasMessageContaining("Manage Jenkins");
    }
}
