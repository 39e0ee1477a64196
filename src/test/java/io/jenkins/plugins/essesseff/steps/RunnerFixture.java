package io.jenkins.plugins.essesseff.steps;

import io.jenkins.plugins.essesseff.client.ApiKey;
import io.jenkins.plugins.essesseff.client.EssesseffClient;
import io.jenkins.plugins.essesseff.client.RatePacers;
import io.jenkins.plugins.essesseff.client.Sleeper;
import io.jenkins.plugins.essesseff.config.EssesseffSettings;
import io.jenkins.plugins.essesseff.promotion.ConsoleLog;
import io.jenkins.plugins.essesseff.promotion.PromotionPolicy;
import io.jenkins.plugins.essesseff.promotion.PromotionResult;
import io.jenkins.plugins.essesseff.sandbox.EssesseffSandbox;
import io.jenkins.plugins.essesseff.sandbox.ManualClock;
import io.jenkins.plugins.essesseff.sandbox.SandboxOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The runner the steps use, wired to a sandbox instead of Jenkins: the global settings name the sandbox, the
 * "credentials" hand out the sandbox's key, and one manual clock makes pacing and waiting free.
 */
final class RunnerFixture implements AutoCloseable {
    static final String ACCOUNT = "my-team";
    static final String ORGANIZATION = "my-apps-org";
    static final String APP = "my-app";
    static final String GLOBAL_CREDENTIALS_ID = "essesseff-global";

    final ManualClock clock = new ManualClock();
    final EssesseffSandbox sandbox =
            EssesseffSandbox.start(SandboxOptions.defaults().withClock(clock).withoutRateLimit());
    final List<String> console = new CopyOnWriteArrayList<>();
    final List<String> credentialLookups = new CopyOnWriteArrayList<>();
    final ConsoleLog log = new ConsoleLog() {
        @Override
        public void line(String text) {
            console.add(PREFIX + text);
        }

        @Override
        public void lineWithLink(String text, String url, String linkText) {
            console.add(PREFIX + text + "[" + linkText + "](" + url + ")");
        }
    };

    EssesseffSettings settings(String accountSlug, String organizationLogin, boolean prodNeedsNote) {
        return settings(accountSlug, organizationLogin, null, prodNeedsNote);
    }

    EssesseffSettings settings(String accountSlug, String organizationLogin, String appName, boolean prodNeedsNote) {
        return new EssesseffSettings(
                sandbox.apiBaseUrl().toString(),
                accountSlug,
                organizationLogin,
                appName,
                GLOBAL_CREDENTIALS_ID,
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                new PromotionPolicy(prodNeedsNote));
    }

    PromotionRunner runner() {
        return runner(settings(ACCOUNT, ORGANIZATION, true));
    }

    PromotionRunner runner(EssesseffSettings settings) {
        Sleeper sleeper = duration -> {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            clock.advance(duration);
        };
        return new PromotionRunner(
                settings,
                (stepId, globalId) -> {
                    credentialLookups.add(stepId == null ? "global:" + globalId : "step:" + stepId);
                    return ApiKey.of(sandbox.defaultApiKey());
                },
                (s, key, warnings) -> EssesseffClient.builder(key)
                        .baseUrl(s.apiUri())
                        .connectTimeout(s.connectTimeout())
                        .requestTimeout(s.requestTimeout())
                        .clock(clock)
                        .sleeper(sleeper)
                        .pacers(new RatePacers())
                        .warnings(warnings)
                        .build(),
                clock,
                sleeper);
    }

    PromotionResult run(EssesseffStep step) throws InterruptedException {
        return runner().run(step.common(), log, step.call());
    }

    PromotionResult run(EssesseffBuilder builder, java.util.Map<String, String> variables) throws InterruptedException {
        java.util.function.UnaryOperator<String> expand = text -> expand(text, variables);
        return runner().run(builder.common().expand(expand), log, builder.call(expand));
    }

    /** A stand-in for {@code EnvVars.expand}: replaces {@code ${NAME}} with the variable's value. */
    static String expand(String text, java.util.Map<String, String> variables) {
        String expanded = text;
        for (var variable : variables.entrySet()) {
            expanded = expanded.replace("${" + variable.getKey() + "}", variable.getValue());
        }
        return expanded;
    }

    String build(String imageTag) {
        sandbox.registerBuild(ACCOUNT, ORGANIZATION, APP, imageTag);
        return imageTag;
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
