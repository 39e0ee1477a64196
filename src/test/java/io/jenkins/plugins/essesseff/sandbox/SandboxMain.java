package io.jenkins.plugins.essesseff.sandbox;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox on its own, for rehearsing a pipeline without an essesseff account: on 127.0.0.1, with
 * account {@code my-team}, organization {@code my-apps-org}, app {@code my-app} and build {@code v1.2.3}
 * (in DEV), deployments that take a couple of real seconds, and the documented rate limit. Prints the
 * base URL and the API key, then runs until stopped (Ctrl-C). See docs/sandbox.md.
 *
 * <p>Options (each also as a system property, which is how {@code mvn … -Dsandbox.port=…} passes them):
 * {@code --port N} ({@code sandbox.port}, default 8990, 0 for a free port), {@code --api-key KEY}
 * ({@code sandbox.apiKey}, default a new random key), {@code --deployment-delay-ms N}
 * ({@code sandbox.deploymentDelayMs}, default 2000), {@code --no-rate-limit} ({@code sandbox.rateLimit=false}).
 */
public final class SandboxMain {

    static final int DEFAULT_PORT = 8990;
    static final Duration DEFAULT_DEPLOYMENT_DELAY = Duration.ofSeconds(2);
    static final String USAGE = "usage: SandboxMain [--port N] [--api-key KEY] [--deployment-delay-ms N] "
            + "[--no-rate-limit]  (or -Dsandbox.port=N -Dsandbox.apiKey=KEY -Dsandbox.deploymentDelayMs=N "
            + "-Dsandbox.rateLimit=false)";

    private SandboxMain() {}

    public static void main(String[] args) throws InterruptedException {
        EssesseffSandbox sandbox;
        try {
            sandbox = start(Settings.parse(args, System.getProperties()), System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "essesseff-sandbox-shutdown"));
        System.out.println("Press Ctrl-C to stop.");
        System.out.flush();
        new CountDownLatch(1).await();
    }

    /** Starts and seeds a sandbox, and prints where it is and its key. */
    static EssesseffSandbox start(Settings settings, PrintStream out) {
        SandboxOptions options = SandboxOptions.defaults().withPort(settings.port());
        if (settings.apiKey() != null) {
            options = options.withDefaultApiKey(settings.apiKey());
        }
        if (!settings.rateLimited()) {
            options = options.withoutRateLimit();
        }
        EssesseffSandbox sandbox = EssesseffSandbox.start(options);
        for (String environment : SandboxState.ENVIRONMENTS) {
            sandbox.configureEnvironment(environment, settings.deploymentDelay(), "succeeded", "Healthy");
        }
        sandbox.registerBuild("my-team", "my-apps-org", "my-app", "v1.2.3");
        out.println("essesseff sandbox listening on " + sandbox.rootUrl());
        out.println("  API base URL: " + sandbox.apiBaseUrl());
        out.println("  API key:      " + sandbox.defaultApiKey());
        out.println("  seeded:       account my-team, organization my-apps-org, app my-app, build v1.2.3 (in DEV)");
        out.println("  deployments take " + settings.deploymentDelay().toMillis() + " ms; rate limit: "
                + (settings.rateLimited()
                        ? options.rateLimitRequests() + " requests per "
                                + options.rateLimitWindow().toSeconds() + " s per key"
                        : "off"));
        out.println("  control API:  " + sandbox.rootUrl() + "/_sandbox (see docs/sandbox.md)");
        out.println("  try: curl -H \"X-API-Key: " + sandbox.defaultApiKey() + "\" " + sandbox.apiBaseUrl()
                + "/accounts/my-team/organizations/my-apps-org/apps/my-app/environments/DEV");
        out.flush();
        return sandbox;
    }

    /** The command-line settings; arguments win over system properties. */
    record Settings(int port, String apiKey, Duration deploymentDelay, boolean rateLimited) {

        static Settings parse(String[] args, Properties properties) {
            String port = properties.getProperty("sandbox.port", Integer.toString(DEFAULT_PORT));
            String apiKey = properties.getProperty("sandbox.apiKey");
            String delay = properties.getProperty(
                    "sandbox.deploymentDelayMs", Long.toString(DEFAULT_DEPLOYMENT_DELAY.toMillis()));
            boolean rateLimited = !"false".equalsIgnoreCase(properties.getProperty("sandbox.rateLimit", "true"));
            List<String> rest = new ArrayList<>(List.of(args));
            while (!rest.isEmpty()) {
                String option = rest.remove(0);
                switch (option) {
                    case "--port" -> port = value(option, rest);
                    case "--api-key" -> apiKey = value(option, rest);
                    case "--deployment-delay-ms" -> delay = value(option, rest);
                    case "--no-rate-limit" -> rateLimited = false;
                    default -> throw new IllegalArgumentException("unknown option: " + option);
                }
            }
            int portNumber = number("port", port);
            if (portNumber > 65535) {
                throw new IllegalArgumentException("port must be 0..65535; was " + port);
            }
            if (apiKey != null && apiKey.isBlank()) {
                apiKey = null;
            }
            return new Settings(portNumber, apiKey, Duration.ofMillis(number("deployment delay", delay)), rateLimited);
        }

        private static String value(String option, List<String> rest) {
            if (rest.isEmpty()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return rest.remove(0);
        }

        private static int number(String name, String value) {
            if (value == null || !value.matches("[0-9]{1,9}")) {
                throw new IllegalArgumentException(name + " must be a non-negative integer; was " + value);
            }
            return Integer.parseInt(value);
        }
    }
}
