package io.jenkins.plugins.essesseff.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.essesseff.client.InvalidInputException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks behind the global configuration's form and the client's settings. */
class EssesseffSettingsTest {

    @Test
    void shouldAcceptTheDocumentedApiUrlAndALocalTestServer() {
        assertThat(EssesseffSettings.apiUrlProblem(EssesseffSettings.DEFAULT_API_URL))
                .isEmpty();
        assertThat(EssesseffSettings.apiUrlProblem("http://127.0.0.1:8080/api/v1"))
                .isEmpty();
        assertThat(EssesseffSettings.parseApiUrl(" https://www.essesseff.com/api/v1 "))
                .isEqualTo(URI.create("https://www.essesseff.com/api/v1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "www.essesseff.com/api/v1", "ftp://essesseff.com", "https://", "https://x/a?b=c"})
    void shouldRefuseWhatIsNotAnHttpUrl(String url) {
        assertThat(EssesseffSettings.apiUrlProblem(url)).isPresent();
        assertThatThrownBy(() -> EssesseffSettings.parseApiUrl(url))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getField()).isEqualTo("apiUrl"));
    }

    @Test
    void shouldWarnAboutPlainHttpOnly() {
        assertThat(EssesseffSettings.isPlainHttp("http://localhost/api")).isTrue();
        assertThat(EssesseffSettings.isPlainHttp("HTTPS://www.essesseff.com")).isFalse();
        assertThat(EssesseffSettings.isPlainHttp(null)).isFalse();
    }

    @Test
    void shouldAcceptTimeoutsFromOneSecondToTenMinutes() {
        assertThat(EssesseffSettings.timeoutProblem("1")).isEmpty();
        assertThat(EssesseffSettings.timeoutProblem(" 600 ")).isEmpty();
        assertThat(EssesseffSettings.timeoutProblem("0")).contains("enter between 1 and 600 seconds");
        assertThat(EssesseffSettings.timeoutProblem("ten")).contains("enter a whole number of seconds");
        assertThat(EssesseffSettings.timeoutProblem(null)).isPresent();
    }

    @Test
    void shouldFallBackToTheDefaultForASavedTimeoutOutOfRange() {
        assertThat(EssesseffSettings.seconds(45, 10)).isEqualTo(Duration.ofSeconds(45));
        assertThat(EssesseffSettings.seconds(0, 10)).isEqualTo(Duration.ofSeconds(10));
        assertThat(EssesseffSettings.seconds(100_000, 30)).isEqualTo(Duration.ofSeconds(30));
    }
}
