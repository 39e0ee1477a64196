package io.jenkins.plugins.essesseff.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SandboxOptionsTest {

    @Test
    void shouldDefaultToTheDocumentedRateLimitOnAFreePort() {
        SandboxOptions options = SandboxOptions.defaults();

        assertThat(options.port()).isZero();
        assertThat(options.rateLimited()).isTrue();
        assertThat(options.rateLimitRequests()).isEqualTo(3);
        assertThat(options.rateLimitWindow()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.defaultAccount()).isEqualTo("my-team");
        assertThat(options.defaultApiKey()).isNull();
        assertThat(options.clock()).isEqualTo(Clock.systemUTC());
    }

    @Test
    void shouldChangeOneThingPerWither() {
        ManualClock clock = new ManualClock();

        SandboxOptions options = SandboxOptions.defaults()
                .withPort(8990)
                .withClock(clock)
                .withRateLimit(10, Duration.ofMinutes(1))
                .withDefaultAccount("acme")
                .withDefaultApiKey("ess_0123456789abcdef0123456789abcdef");

        assertThat(options)
                .isEqualTo(new SandboxOptions(
                        8990, clock, true, 10, Duration.ofMinutes(1), "acme", "ess_0123456789abcdef0123456789abcdef"));
        assertThat(options.withoutRateLimit().rateLimited()).isFalse();
        assertThat(options.withoutRateLimit().rateLimitRequests()).isEqualTo(10);
    }

    @Test
    void shouldRefuseNonsense() {
        SandboxOptions options = SandboxOptions.defaults();

        assertThatThrownBy(() -> options.withPort(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> options.withRateLimit(0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> options.withRateLimit(3, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> options.withDefaultAccount(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> options.withDefaultApiKey("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> options.withClock(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void shouldStartOnAFreeLoopbackPortAndStopCleanly() {
        EssesseffSandbox first = EssesseffSandbox.start(SandboxOptions.defaults());
        EssesseffSandbox second = EssesseffSandbox.start(SandboxOptions.defaults());
        try {
            assertThat(first.rootUrl().getHost()).isEqualTo("127.0.0.1");
            assertThat(first.rootUrl().getPort())
                    .isPositive()
                    .isNotEqualTo(second.rootUrl().getPort());
            assertThat(first.apiBaseUrl()).hasToString(first.rootUrl() + "/api/v1");
        } finally {
            first.close();
            second.close();
        }
    }

    @Test
    void shouldRefuseInvalidBuildsFromJava() {
        try (EssesseffSandbox sandbox = EssesseffSandbox.start(SandboxOptions.defaults())) {
            sandbox.registerBuild("my-team", "my-apps-org", "my-app", "v1");

            assertThatThrownBy(() -> sandbox.registerBuild("my-team", "my-apps-org", "my-app", "v1"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("already registered");
            assertThatThrownBy(() -> sandbox.registerBuild("my-team", "my-apps-org", "My_App", "v1"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("app_name");
            assertThatThrownBy(() -> sandbox.registerBuild("my-team", "my-apps-org", "my-app", "a/b"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("image_tag");
        }
    }
}
