package io.jenkins.plugins.essesseff.sandbox;

import static io.jenkins.plugins.essesseff.sandbox.SandboxHttp.APP_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SandboxMainTest {

    @Test
    void shouldStartSeededAndPrintTheUrlAndKey() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SandboxMain.Settings settings = SandboxMain.Settings.parse(
                new String[] {"--port", "0", "--deployment-delay-ms", "60000"}, new Properties());

        try (EssesseffSandbox sandbox =
                SandboxMain.start(settings, new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
            String printed = bytes.toString(StandardCharsets.UTF_8);
            SandboxHttp http = new SandboxHttp(sandbox);
            JsonNode dev = http.get(APP_PATH + "/environments/DEV").json();
            JsonNode deployment = http.get(APP_PATH + "/deployments").data().get(0);

            assertThat(printed)
                    .contains("API base URL: " + sandbox.apiBaseUrl())
                    .contains("API key:      " + sandbox.defaultApiKey())
                    .contains("rate limit: 3 requests per 10 s per key");
            assertThat(dev.get("image_tag").asText()).isEqualTo("v1.2.3");
            assertThat(deployment.get("status").asText()).isEqualTo("pending");
        }
    }

    @Test
    void shouldReadSettingsFromPropertiesAndLetArgumentsWin() {
        Properties properties = new Properties();
        properties.setProperty("sandbox.port", "9000");
        properties.setProperty("sandbox.apiKey", "ess_0123456789abcdef0123456789abcdef");
        properties.setProperty("sandbox.rateLimit", "false");

        SandboxMain.Settings fromProperties = SandboxMain.Settings.parse(new String[0], properties);
        SandboxMain.Settings overridden = SandboxMain.Settings.parse(new String[] {"--port", "9100"}, properties);
        SandboxMain.Settings defaults = SandboxMain.Settings.parse(new String[0], new Properties());

        assertThat(fromProperties)
                .isEqualTo(new SandboxMain.Settings(
                        9000, "ess_0123456789abcdef0123456789abcdef", Duration.ofSeconds(2), false));
        assertThat(overridden.port()).isEqualTo(9100);
        assertThat(defaults).isEqualTo(new SandboxMain.Settings(8990, null, Duration.ofSeconds(2), true));
    }

    @Test
    void shouldRefuseUnknownOrIncompleteOptions() {
        Properties none = new Properties();

        assertThatThrownBy(() -> SandboxMain.Settings.parse(new String[] {"--verbose"}, none))
                .hasMessageContaining("unknown option");
        assertThatThrownBy(() -> SandboxMain.Settings.parse(new String[] {"--port"}, none))
                .hasMessageContaining("needs a value");
        assertThatThrownBy(() -> SandboxMain.Settings.parse(new String[] {"--port", "http"}, none))
                .hasMessageContaining("port");
        assertThatThrownBy(() -> SandboxMain.Settings.parse(new String[] {"--port", "70000"}, none))
                .hasMessageContaining("port");
    }

    @Test
    void shouldTurnOffTheRateLimitOnRequest() {
        SandboxMain.Settings settings =
                SandboxMain.Settings.parse(new String[] {"--port", "0", "--no-rate-limit"}, new Properties());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        try (EssesseffSandbox sandbox =
                SandboxMain.start(settings, new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
            SandboxHttp http = new SandboxHttp(sandbox);
            for (int i = 0; i < 5; i++) {
                assertThat(http.get(APP_PATH).status()).isEqualTo(200);
            }
            assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("rate limit: off");
        }
    }
}
