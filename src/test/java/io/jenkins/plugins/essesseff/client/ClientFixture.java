package io.jenkins.plugins.essesseff.client;

import io.jenkins.plugins.essesseff.sandbox.EssesseffSandbox;
import io.jenkins.plugins.essesseff.sandbox.ManualClock;
import io.jenkins.plugins.essesseff.sandbox.SandboxOptions;
import io.jenkins.plugins.essesseff.sandbox.SandboxRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A sandbox and clients of it sharing one {@link ManualClock}: the clients' sleeper moves that clock, so pacing and
 * backoff take no real time.
 */
final class ClientFixture implements AutoCloseable {
    static final String ACCOUNT = "my-team";
    static final String ORGANIZATION = "my-apps-org";
    static final String APP_NAME = "my-app";
    static final AppRef APP = new AppRef(ACCOUNT, ORGANIZATION, APP_NAME);

    final ManualClock clock = new ManualClock();
    final EssesseffSandbox sandbox;
    final RatePacers pacers = new RatePacers();
    final List<String> warnings = new CopyOnWriteArrayList<>();
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    final Sleeper sleeper = this::sleep;

    private ClientFixture(SandboxOptions options) {
        sandbox = EssesseffSandbox.start(options.withClock(clock));
    }

    static ClientFixture withoutRateLimit() {
        return new ClientFixture(SandboxOptions.defaults().withoutRateLimit());
    }

    static ClientFixture withDocumentedRateLimit() {
        return new ClientFixture(SandboxOptions.defaults().withRateLimit(3, Duration.ofSeconds(10)));
    }

    private synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        clock.advance(duration);
    }

    /** A builder for a client of the sandbox with the default key. */
    EssesseffClient.Builder builder() {
        return builder(sandbox.defaultApiKey());
    }

    EssesseffClient.Builder builder(String key) {
        return EssesseffClient.builder(ApiKey.of(key))
                .baseUrl(sandbox.apiBaseUrl())
                .clock(clock)
                .sleeper(sleeper)
                .pacers(pacers)
                .warnings(warnings::add)
                .jitter(() -> 0.5);
    }

    EssesseffClient client() {
        return builder().build();
    }

    /** Registers a build of {@link #APP}, as essesseff does for a push to main: the image lands in DEV. */
    void build(String imageTag) {
        sandbox.registerBuild(ACCOUNT, ORGANIZATION, APP_NAME, imageTag);
    }

    List<SandboxRequest> requests() {
        return sandbox.requests();
    }

    /** The logged requests' methods and paths (with query), e.g. {@code GET /api/v1/accounts/...}. */
    List<String> requestLines() {
        return sandbox.requests().stream()
                .map(request -> request.method() + " " + request.path())
                .toList();
    }

    static String appPath() {
        return "/api/v1/accounts/" + ACCOUNT + "/organizations/" + ORGANIZATION + "/apps/" + APP_NAME;
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
