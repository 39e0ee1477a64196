package io.jenkins.plugins.essesseff.promotion;

import io.jenkins.plugins.essesseff.client.ApiKey;
import io.jenkins.plugins.essesseff.client.AppRef;
import io.jenkins.plugins.essesseff.client.EssesseffClient;
import io.jenkins.plugins.essesseff.client.RatePacers;
import io.jenkins.plugins.essesseff.client.Sleeper;
import io.jenkins.plugins.essesseff.sandbox.EssesseffSandbox;
import io.jenkins.plugins.essesseff.sandbox.ManualClock;
import io.jenkins.plugins.essesseff.sandbox.SandboxOptions;
import io.jenkins.plugins.essesseff.sandbox.SandboxRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A sandbox, a client and the promotion operations sharing one manual clock: waiting for a deployment advances the
 * clock instead of taking real time.
 */
final class PromotionFixture implements AutoCloseable {
    static final AppRef APP = new AppRef("my-team", "my-apps-org", "my-app");

    final ManualClock clock = new ManualClock();
    final EssesseffSandbox sandbox;
    final EssesseffClient client;
    final List<String> console = new CopyOnWriteArrayList<>();
    final ConsoleLog log = new ConsoleLog() {
        @Override
        public void line(String text) {
            console.add(text);
        }

        @Override
        public void lineWithLink(String text, String url, String linkText) {
            console.add(text + "[" + linkText + "](" + url + ")");
        }
    };

    PromotionFixture() {
        sandbox = EssesseffSandbox.start(
                SandboxOptions.defaults().withClock(clock).withoutRateLimit());
        client = EssesseffClient.builder(ApiKey.of(sandbox.defaultApiKey()))
                .baseUrl(sandbox.apiBaseUrl())
                .clock(clock)
                .sleeper(advancingClock())
                .pacers(new RatePacers())
                .warnings(console::add)
                .build();
    }

    Sleeper advancingClock() {
        return duration -> {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            clock.advance(duration);
        };
    }

    Promotions promotions(PromotionPolicy policy) {
        return new Promotions(client, policy, log, clock, advancingClock());
    }

    Promotions promotions() {
        return promotions(PromotionPolicy.defaults());
    }

    /** Registers a build of main (now in DEV) and returns its tag. */
    String build(String imageTag) {
        sandbox.registerBuild(APP.accountSlug(), APP.organizationLogin(), APP.appName(), imageTag);
        return imageTag;
    }

    /** The change requests (POST and PATCH) the sandbox received. */
    List<SandboxRequest> changeRequests() {
        return sandbox.requests().stream()
                .filter(request -> !request.method().equals("GET"))
                .toList();
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
