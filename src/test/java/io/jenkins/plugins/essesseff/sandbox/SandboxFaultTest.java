package io.jenkins.plugins.essesseff.sandbox;

import static io.jenkins.plugins.essesseff.sandbox.SandboxHttp.APP_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxFaultTest {

    private EssesseffSandbox sandbox;
    private SandboxHttp http;

    @BeforeEach
    void startSandbox() {
        sandbox = EssesseffSandbox.start(SandboxOptions.defaults().withoutRateLimit());
        sandbox.registerBuild("my-team", "my-apps-org", "my-app", "v1.2.3");
        http = new SandboxHttp(sandbox);
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void shouldDropTheConnectionBeforeApplyingARequest() {
        sandbox.addFault(SandboxFault.resetBeforeApplying("POST", "/declare-rc$", 1));

        assertThatThrownBy(() ->
                        http.sendOrThrow("POST", "/api/v1" + APP_PATH + "/environments/DEV/declare-rc", "{}", true))
                .isInstanceOf(IOException.class);

        assertThat(http.get(APP_PATH + "/images/v1.2.3/lifecycle")
                        .json()
                        .get("current_state")
                        .asText())
                .isEqualTo("DEV");
    }

    @Test
    void shouldDropTheConnectionAfterApplyingARequest() {
        sandbox.addFault(SandboxFault.resetAfterApplying("POST", "/declare-rc$", 1));

        assertThatThrownBy(() ->
                        http.sendOrThrow("POST", "/api/v1" + APP_PATH + "/environments/DEV/declare-rc", "{}", true))
                .isInstanceOf(IOException.class);

        assertThat(http.get(APP_PATH + "/images/v1.2.3/lifecycle")
                        .json()
                        .get("current_state")
                        .asText())
                .isEqualTo("RC");
    }

    @Test
    void shouldTruncateTheBody() {
        sandbox.addFault(SandboxFault.truncatedBody("GET", "/images/v1\\.2\\.3$", 1));

        assertThatThrownBy(() -> http.sendOrThrow("GET", "/api/v1" + APP_PATH + "/images/v1.2.3", null, true))
                .isInstanceOf(IOException.class);
    }
}
