package io.jenkins.plugins.essesseff.benchmark;

import io.jenkins.plugins.essesseff.client.AppRef;
import io.jenkins.plugins.essesseff.client.Environment;
import io.jenkins.plugins.essesseff.client.EssesseffApi;
import io.jenkins.plugins.essesseff.client.LifecycleState;
import io.jenkins.plugins.essesseff.client.Sleeper;
import io.jenkins.plugins.essesseff.promotion.ConsoleLog;
import io.jenkins.plugins.essesseff.promotion.PromotionPolicy;
import io.jenkins.plugins.essesseff.promotion.PromotionResult;
import io.jenkins.plugins.essesseff.promotion.Promotions;
import io.jenkins.plugins.essesseff.promotion.RunOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * One image from DEV to PROD as a pipeline promotes it, every step waiting for its deployment: declare-rc,
 * accept-rc, declare-stable, deploy-stable to STAGING, deploy-stable to PROD (with a deployment note).
 */
final class FullPromotion {
    static final List<LifecycleState> FINAL_HISTORY = List.of(
            LifecycleState.BUILD,
            LifecycleState.DEV,
            LifecycleState.RC,
            LifecycleState.QA,
            LifecycleState.STABLE,
            LifecycleState.STAGING,
            LifecycleState.PROD);

    private static final ConsoleLog SILENT = new ConsoleLog() {
        @Override
        public void line(String text) {}

        @Override
        public void lineWithLink(String text, String url, String linkText) {}
    };

    private static final RunOptions WAIT = new RunOptions(false, true, Duration.ofMinutes(10));

    private FullPromotion() {}

    /**
     * Promotes the image in DEV of {@code app} (tagged {@code tag}) to PROD.
     *
     * @throws IllegalStateException when a step did not change what it should have
     */
    static void run(EssesseffApi api, AppRef app, String tag, Sleeper sleeper) throws InterruptedException {
        Promotions promotions = new Promotions(api, PromotionPolicy.defaults(), SILENT, Clock.systemUTC(), sleeper);
        check(promotions.declareRc(app, WAIT), LifecycleState.RC);
        check(promotions.acceptRc(app, tag, WAIT), LifecycleState.QA);
        check(promotions.declareStable(app, WAIT), LifecycleState.STABLE);
        check(promotions.deployStable(app, Environment.STAGING, tag, null, WAIT), LifecycleState.STAGING);
        check(promotions.deployStable(app, Environment.PROD, tag, "CHG-0001 benchmark", WAIT), LifecycleState.PROD);
    }

    private static void check(PromotionResult result, LifecycleState expected) {
        if (!result.changed() || result.state() != expected) {
            throw new IllegalStateException("expected a change to " + expected + ", got " + result);
        }
    }
}
