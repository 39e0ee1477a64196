package io.jenkins.plugins.essesseff.benchmark;

import io.jenkins.plugins.essesseff.client.AppRef;
import io.jenkins.plugins.essesseff.client.Environment;
import io.jenkins.plugins.essesseff.client.EssesseffClient;
import io.jenkins.plugins.essesseff.client.LifecycleState;
import io.jenkins.plugins.essesseff.client.RatePacers;
import io.jenkins.plugins.essesseff.client.Sleeper;
import io.jenkins.plugins.essesseff.sandbox.EssesseffSandbox;
import io.jenkins.plugins.essesseff.sandbox.SandboxOptions;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Part 1: the cost of one call through the client against one curl process per call, rate limit off.
 *
 * <p>Each iteration registers a fresh build (directly in the sandbox, not timed), then times four calls one by one:
 * GET the DEV environment, GET the image's lifecycle, POST the lifecycle state RC, POST accept-rc. Every variant is
 * warmed up first, then measured in rounds that take turns, so that slow phases of a shared machine fall on all
 * variants alike.
 */
final class PerCallBenchmark {
    static final String ACCOUNT = "my-team";
    static final String ORGANIZATION = "bench-org";
    static final String APP = "per-call";
    static final int CALLS_PER_ITERATION = 4;

    enum Variant {
        CLIENT("EssesseffClient (one client, reused)"),
        CURL("curl, one process per call"),
        SHELL_CURL("/bin/sh -c curl, one shell and one curl per call");

        final String label;

        Variant(String label) {
            this.label = label;
        }
    }

    /** Per variant: GET samples, POST samples, all samples. */
    record Result(
            Map<Variant, Samples> gets,
            Map<Variant, Samples> posts,
            Map<Variant, Samples> all,
            int warmUpIterationsClient,
            int warmUpIterationsCurl,
            int rounds,
            int iterationsPerRound,
            int requestsLogged,
            int requestsExpected) {}

    private final int rounds;
    private final int iterationsPerRound;
    private final int warmUpClient;
    private final int warmUpCurl;
    private final String curl;

    PerCallBenchmark(int rounds, int iterationsPerRound, int warmUpClient, int warmUpCurl, String curl) {
        this.rounds = rounds;
        this.iterationsPerRound = iterationsPerRound;
        this.warmUpClient = warmUpClient;
        this.warmUpCurl = warmUpCurl;
        this.curl = curl;
    }

    Result run() {
        try (EssesseffSandbox sandbox =
                        EssesseffSandbox.start(SandboxOptions.defaults().withoutRateLimit());
                CurlRunner plainCurl = new CurlRunner(curl, sandbox.defaultApiKey(), false);
                CurlRunner shellCurl = new CurlRunner(curl, sandbox.defaultApiKey(), true)) {
            EssesseffClient client =
                    new Clients(sandbox.apiBaseUrl()).client(sandbox.defaultApiKey(), new RatePacers(), Sleeper.REAL);
            AppRef app = new AppRef(ACCOUNT, ORGANIZATION, APP);
            Map<Variant, Caller> callers = new EnumMap<>(Variant.class);
            callers.put(Variant.CLIENT, new ClientCaller(client, app));
            callers.put(Variant.CURL, new CurlCaller(plainCurl, sandbox.apiBaseUrl(), app));
            callers.put(Variant.SHELL_CURL, new CurlCaller(shellCurl, sandbox.apiBaseUrl(), app));

            int[] nextTag = {0};
            Map<Variant, List<Long>> gets = new EnumMap<>(Variant.class);
            Map<Variant, List<Long>> posts = new EnumMap<>(Variant.class);
            for (Variant variant : Variant.values()) {
                gets.put(variant, new ArrayList<>());
                posts.put(variant, new ArrayList<>());
                int warmUp = variant == Variant.CLIENT ? warmUpClient : warmUpCurl;
                iterations(sandbox, callers.get(variant), warmUp, nextTag, null, null);
                System.out.printf("  warmed up %s (%d iterations)%n", variant.label, warmUp);
            }
            Variant[] order = Variant.values();
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < order.length; i++) {
                    Variant variant = order[(round + i) % order.length];
                    iterations(
                            sandbox,
                            callers.get(variant),
                            iterationsPerRound,
                            nextTag,
                            gets.get(variant),
                            posts.get(variant));
                }
                System.out.printf("  round %d of %d done%n", round + 1, rounds);
            }
            Map<Variant, Samples> getSamples = new EnumMap<>(Variant.class);
            Map<Variant, Samples> postSamples = new EnumMap<>(Variant.class);
            Map<Variant, Samples> allSamples = new EnumMap<>(Variant.class);
            for (Variant variant : Variant.values()) {
                getSamples.put(variant, samples(gets.get(variant)));
                postSamples.put(variant, samples(posts.get(variant)));
                List<Long> all = new ArrayList<>(gets.get(variant));
                all.addAll(posts.get(variant));
                allSamples.put(variant, samples(all));
            }
            return new Result(
                    getSamples,
                    postSamples,
                    allSamples,
                    warmUpClient,
                    warmUpCurl,
                    rounds,
                    iterationsPerRound,
                    sandbox.requests().size(),
                    nextTag[0] * CALLS_PER_ITERATION);
        }
    }

    private static void iterations(
            EssesseffSandbox sandbox, Caller caller, int count, int[] nextTag, List<Long> gets, List<Long> posts) {
        for (int i = 0; i < count; i++) {
            String tag = "1.0." + nextTag[0]++ + "-a1b2c3d-20260101T000000Z";
            sandbox.registerBuild(ACCOUNT, ORGANIZATION, APP, tag);
            long t0 = System.nanoTime();
            caller.getEnvironment();
            long t1 = System.nanoTime();
            caller.getLifecycle(tag);
            long t2 = System.nanoTime();
            caller.setStateRc(tag);
            long t3 = System.nanoTime();
            caller.acceptRc(tag);
            long t4 = System.nanoTime();
            if (gets != null) {
                gets.add(t1 - t0);
                gets.add(t2 - t1);
                posts.add(t3 - t2);
                posts.add(t4 - t3);
            }
        }
    }

    private static Samples samples(List<Long> nanos) {
        return new Samples(nanos.stream().mapToLong(Long::longValue).toArray());
    }

    /** The four calls of an iteration. */
    private interface Caller {
        void getEnvironment();

        void getLifecycle(String tag);

        void setStateRc(String tag);

        void acceptRc(String tag);
    }

    private record ClientCaller(EssesseffClient client, AppRef app) implements Caller {
        @Override
        public void getEnvironment() {
            client.getEnvironment(app, Environment.DEV);
        }

        @Override
        public void getLifecycle(String tag) {
            client.getLifecycle(app, tag, false);
        }

        @Override
        public void setStateRc(String tag) {
            client.setLifecycleState(app, tag, LifecycleState.RC, null);
        }

        @Override
        public void acceptRc(String tag) {
            client.acceptRc(app, tag);
        }
    }

    private record CurlCaller(CurlRunner curl, URI base, AppRef app) implements Caller {
        @Override
        public void getEnvironment() {
            curl.get(uri("environments/DEV"));
        }

        @Override
        public void getLifecycle(String tag) {
            curl.get(uri("images/" + encode(tag) + "/lifecycle"));
        }

        @Override
        public void setStateRc(String tag) {
            curl.post(uri("images/" + encode(tag) + "/lifecycle"), "{\"state\":\"RC\"}");
        }

        @Override
        public void acceptRc(String tag) {
            curl.post(uri("environments/QA/accept-rc"), "{\"image_tag\":\"" + tag + "\"}");
        }

        private URI uri(String rest) {
            return URI.create(base + "/accounts/" + app.accountSlug() + "/organizations/" + app.organizationLogin()
                    + "/apps/" + app.appName() + "/" + rest);
        }

        private static String encode(String segment) {
            return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }
}
