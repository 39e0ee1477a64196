package io.jenkins.plugins.essesseff.rehearsal;

import io.jenkins.plugins.essesseff.client.ApiKey;
import io.jenkins.plugins.essesseff.client.AppRef;
import io.jenkins.plugins.essesseff.client.Environment;
import io.jenkins.plugins.essesseff.client.EnvironmentStatus;
import io.jenkins.plugins.essesseff.client.EssesseffClient;
import io.jenkins.plugins.essesseff.client.EssesseffException;
import io.jenkins.plugins.essesseff.client.RatePacers;
import io.jenkins.plugins.essesseff.client.Sleeper;
import io.jenkins.plugins.essesseff.promotion.ConsoleLog;
import io.jenkins.plugins.essesseff.promotion.PromotionPolicy;
import io.jenkins.plugins.essesseff.promotion.Promotions;
import io.jenkins.plugins.essesseff.promotion.RunOptions;
import io.jenkins.plugins.essesseff.sandbox.EssesseffSandbox;
import io.jenkins.plugins.essesseff.sandbox.SandboxOptions;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;

/**
 * README's main command: starts the essesseff sandbox on loopback and runs a whole promotion through the same
 * promotion code the Jenkins steps use — a build lands in DEV, then DEV → RC → QA → STABLE → STAGING → PROD with a
 * deployment note, waiting for every deployment — printing what a Jenkins build would print.
 */
public final class Rehearsal {
    static final AppRef APP = new AppRef("my-team", "my-apps-org", "my-app");
    static final String IMAGE_TAG = "1.0.0-a1b2c3d-20231201T120000Z";
    static final String DEPLOYMENT_NOTE = "CR-1234: rehearsal of the release";

    private Rehearsal() {}

    public static void main(String[] args) {
        RehearsalSettings settings = RehearsalSettings.parse(args);
        System.exit(run(System.out, settings));
    }

    /** Runs the rehearsal; 0 when the image reached PROD, 1 (with the reason printed) otherwise. */
    static int run(PrintStream out, RehearsalSettings settings) {
        SandboxOptions options =
                SandboxOptions.defaults().withRateLimit(settings.requestsPerWindow(), settings.window());
        try (EssesseffSandbox sandbox = EssesseffSandbox.start(options)) {
            for (Environment environment : Environment.values()) {
                boolean fails = environment == settings.failingEnvironment();
                sandbox.configureEnvironment(
                        environment.name(),
                        settings.deploymentDelay(),
                        fails ? "failed" : "succeeded",
                        fails ? "Degraded" : "Healthy");
            }
            out.printf(
                    "essesseff sandbox at %s (rate limit %d requests per %d s)%n",
                    sandbox.apiBaseUrl(),
                    settings.requestsPerWindow(),
                    settings.window().toSeconds());
            sandbox.registerBuild(APP.accountSlug(), APP.organizationLogin(), APP.appName(), IMAGE_TAG);
            out.printf("a build of main registered: %s of %s, deployed to DEV by essesseff%n", IMAGE_TAG, APP);

            EssesseffClient client = EssesseffClient.builder(ApiKey.of(sandbox.defaultApiKey()))
                    .baseUrl(sandbox.apiBaseUrl())
                    .pacers(new RatePacers())
                    .warnings(warning -> out.println(ConsoleLog.PREFIX + "warning: " + warning))
                    .build();
            for (Environment environment : Environment.values()) {
                client.setArgoCdApplicationUrl(APP, environment, argoCdApplication(environment));
            }
            ConsoleLog log = new PrintStreamConsoleLog(out);
            Promotions promotions =
                    new Promotions(client, PromotionPolicy.defaults(), log, Clock.systemUTC(), Sleeper.REAL);
            promote(promotions, settings);
            printWhereTheImageIs(out, client);
            out.println("rehearsal complete: the image went from DEV to PROD");
            return 0;
        } catch (EssesseffException e) {
            out.println("rehearsal failed: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("rehearsal interrupted");
            return 1;
        }
    }

    private static String argoCdApplication(Environment environment) {
        return "https://argocd.example.com/applications/argocd/" + APP.appName() + "-" + environment.filterValue();
    }

    private static void promote(Promotions promotions, RehearsalSettings settings) throws InterruptedException {
        RunOptions waiting = new RunOptions(false, true, settings.deploymentTimeout());
        promotions.declareRc(APP, waiting);
        promotions.acceptRc(APP, IMAGE_TAG, waiting);
        promotions.declareStable(APP, waiting);
        promotions.deployStable(APP, Environment.STAGING, IMAGE_TAG, null, waiting);
        promotions.deployStable(APP, Environment.PROD, IMAGE_TAG, DEPLOYMENT_NOTE, waiting);
    }

    private static void printWhereTheImageIs(PrintStream out, EssesseffClient client) {
        out.println();
        out.println("where the images are now:");
        for (Environment environment : Environment.values()) {
            EnvironmentStatus status = client.getEnvironment(APP, environment);
            out.printf(
                    "  %-8s %s%n",
                    environment,
                    status.hasImage() ? status.imageTag() + " since " + status.stateTimestamp() : "(nothing deployed)");
        }
        out.printf(
                "  %s is now %s%n",
                IMAGE_TAG, client.getLifecycle(APP, IMAGE_TAG, false).currentState());
    }

    /**
     * How the rehearsal runs: {@code --documented-rate-limit} paces to essesseff's own 3 requests per 10 s instead
     * of 30; {@code --fail-in ENV} makes deployments to that environment fail, to rehearse a failure.
     */
    record RehearsalSettings(
            int requestsPerWindow,
            Duration window,
            Duration deploymentDelay,
            Duration deploymentTimeout,
            Environment failingEnvironment) {
        static final String USAGE = "options: --documented-rate-limit, --fail-in DEV|QA|STAGING|PROD";

        static RehearsalSettings parse(String... args) {
            int requestsPerWindow = 30;
            Environment failing = null;
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--documented-rate-limit")) {
                    requestsPerWindow = 3;
                } else if (args[i].equals("--fail-in") && i + 1 < args.length) {
                    failing = Environment.parse("--fail-in", args[++i]);
                } else {
                    throw new IllegalArgumentException("unknown option " + args[i] + "; " + USAGE);
                }
            }
            return new RehearsalSettings(
                    requestsPerWindow, Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofMinutes(2), failing);
        }
    }
}
