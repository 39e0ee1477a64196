package io.jenkins.plugins.essesseff.benchmark;

import io.jenkins.plugins.essesseff.client.AppRef;
import io.jenkins.plugins.essesseff.client.EssesseffClient;
import io.jenkins.plugins.essesseff.client.LifecycleHistoryEntry;
import io.jenkins.plugins.essesseff.client.LifecycleState;
import io.jenkins.plugins.essesseff.client.RatePacers;
import io.jenkins.plugins.essesseff.client.Sleeper;
import io.jenkins.plugins.essesseff.sandbox.EssesseffSandbox;
import io.jenkins.plugins.essesseff.sandbox.SandboxOptions;
import io.jenkins.plugins.essesseff.sandbox.SandboxRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Parts 2 and 3: whole promotions (DEV to PROD, waiting for each deployment) under a rate limit, against the
 * shortest time that limit allows.
 *
 * <p>The minimum for N rate-counted requests in fixed windows of {@code W} holding {@code L} requests each, the
 * first window opening at the first request, is {@code (ceil(N / L) - 1) * W} plus the time the requests themselves
 * take; the latter is measured by running the same promotions with the rate limit off. N is counted from the
 * sandbox's request log (every request the limiter let through; refused ones are the 429s).
 */
final class PacedPromotionBenchmark {
    static final String ACCOUNT = "my-team";
    static final String ORGANIZATION = "bench-org";
    static final String TAG = "1.4.2-a1b2c3d-20260101T120000Z";

    /** One paced run: {@code promotions} promotions at once, all sharing one key and one {@link RatePacers}. */
    record Run(
            RateLimit limit,
            int promotions,
            long wallNanos,
            long unpacedNanos,
            int rateCounted,
            int tooManyRequests,
            long pacerSleeps,
            long pacerSleepsUnderOneMillisecond,
            RequestTimeline.Windows windows,
            Samples promotionNanos,
            int reachedProdExactlyOnce,
            List<String> failures,
            List<String> warnings) {

        long minimumNanos() {
            return limit.minimumWaitNanos(rateCounted) + unpacedNanos;
        }

        double ratio() {
            return (double) wallNanos / minimumNanos();
        }

        /** The ratio had every window after the first opened the moment the previous one ended. */
        double ratioWithoutLateStarts() {
            return (double) (wallNanos - windows.totalLateNanos()) / minimumNanos();
        }
    }

    /** The same promotions with the rate limit off: how long the requests alone take, and how many there are. */
    record Unpaced(int promotions, Samples wallNanos, int requestsPerRun) {}

    private PacedPromotionBenchmark() {}

    /** Runs {@code promotions} promotions at once, {@code repetitions} times, rate limit off (after one warm-up). */
    static Unpaced unpaced(int promotions, int repetitions) throws InterruptedException {
        long[] walls = new long[repetitions];
        int requests = 0;
        for (int i = -1; i < repetitions; i++) {
            try (EssesseffSandbox sandbox =
                    EssesseffSandbox.start(SandboxOptions.defaults().withoutRateLimit())) {
                Outcome outcome = promoteAll(sandbox, promotions, new RatePacers(), new Clients(sandbox.apiBaseUrl()));
                if (!outcome.failures.isEmpty()) {
                    throw new IllegalStateException("unpaced promotions failed: " + outcome.failures);
                }
                if (i >= 0) {
                    walls[i] = outcome.wallNanos;
                    requests = sandbox.requests().size();
                }
            }
        }
        return new Unpaced(promotions, new Samples(walls), requests);
    }

    /** Runs {@code promotions} promotions at once under {@code limit}, on a fresh sandbox with fresh windows. */
    static Run paced(int promotions, RateLimit limit, long unpacedNanos) throws InterruptedException {
        try (EssesseffSandbox sandbox =
                EssesseffSandbox.start(SandboxOptions.defaults().withRateLimit(limit.requests(), limit.window()))) {
            Clients clients = new Clients(sandbox.apiBaseUrl());
            RecordingSleeper pacerSleeper = new RecordingSleeper();
            RequestTimeline timeline = new RequestTimeline();
            Outcome outcome = promoteAll(sandbox, promotions, new RatePacers(), clients, pacerSleeper, timeline);
            List<SandboxRequest> log = sandbox.requests();
            int tooMany = (int) log.stream().filter(r -> r.status() == 429).count();
            int counted = (int) log.stream()
                    .filter(r -> r.status() != 429 && r.status() != 0)
                    .count();
            List<String> problems = new ArrayList<>(outcome.failures);
            int exactlyOnce = verifyHistories(sandbox, promotions, problems);
            return new Run(
                    limit,
                    promotions,
                    outcome.wallNanos,
                    unpacedNanos,
                    counted,
                    tooMany,
                    pacerSleeper.sleeps(),
                    pacerSleeper.underOneMillisecond(),
                    timeline.windows(limit),
                    new Samples(outcome.promotionNanos),
                    exactlyOnce,
                    List.copyOf(problems),
                    clients.warnings());
        }
    }

    private record Outcome(long wallNanos, long[] promotionNanos, List<String> failures) {}

    private static Outcome promoteAll(EssesseffSandbox sandbox, int promotions, RatePacers pacers, Clients clients)
            throws InterruptedException {
        return promoteAll(sandbox, promotions, pacers, clients, new RecordingSleeper(), null);
    }

    /**
     * One thread per promotion, each with its own client (as each pipeline step builds one), all sharing
     * {@code pacers}; the threads are released together.
     */
    private static Outcome promoteAll(
            EssesseffSandbox sandbox,
            int promotions,
            RatePacers pacers,
            Clients clients,
            Sleeper pacerSleeper,
            RequestTimeline timeline)
            throws InterruptedException {
        String key = sandbox.defaultApiKey();
        List<AppRef> apps = apps(promotions);
        for (AppRef app : apps) {
            sandbox.registerBuild(ACCOUNT, ORGANIZATION, app.appName(), TAG);
        }
        CountDownLatch ready = new CountDownLatch(promotions);
        CountDownLatch go = new CountDownLatch(1);
        long[] finishedAt = new long[promotions];
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < promotions; i++) {
            int index = i;
            EssesseffClient client = clients.client(key, pacers, pacerSleeper, timeline);
            Thread thread = new Thread(
                    () -> {
                        try {
                            ready.countDown();
                            go.await();
                            FullPromotion.run(client, apps.get(index), TAG, Sleeper.REAL);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            failures.add(apps.get(index) + ": interrupted");
                        } catch (RuntimeException e) {
                            failures.add(apps.get(index) + ": " + e);
                        } finally {
                            finishedAt[index] = System.nanoTime();
                        }
                    },
                    "promotion-" + i);
            threads.add(thread);
            thread.start();
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        for (Thread thread : threads) {
            thread.join(TimeUnit.MINUTES.toMillis(30));
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join();
                failures.add(thread.getName() + ": still running after 30 min, interrupted");
            }
        }
        long end = start;
        long[] durations = new long[promotions];
        for (int i = 0; i < promotions; i++) {
            end = Math.max(end, finishedAt[i]);
            durations[i] = finishedAt[i] - start;
        }
        return new Outcome(end - start, durations, List.copyOf(failures));
    }

    /**
     * Reads every image's lifecycle history with a second key of the same account (its own rate-limit window, so
     * the measured key's log stays as it was) and counts the images whose history is exactly BUILD, DEV, RC, QA,
     * STABLE, STAGING, PROD: each state once, in order, PROD current. Adds the others to {@code problems}.
     */
    private static int verifyHistories(EssesseffSandbox sandbox, int promotions, List<String> problems) {
        String checkerKey = sandbox.addApiKey(ACCOUNT);
        EssesseffClient checker = new Clients(sandbox.apiBaseUrl()).client(checkerKey, new RatePacers(), Sleeper.REAL);
        int good = 0;
        for (AppRef app : apps(promotions)) {
            List<LifecycleHistoryEntry> history =
                    checker.getLifecycle(app, TAG, true).history();
            List<LifecycleState> states =
                    history.stream().map(LifecycleHistoryEntry::state).toList();
            boolean lastActive = !history.isEmpty()
                    && Boolean.TRUE.equals(history.get(history.size() - 1).isActive());
            if (states.equals(FullPromotion.FINAL_HISTORY) && lastActive) {
                good++;
            } else {
                problems.add(app + " history " + states);
            }
        }
        return good;
    }

    static List<AppRef> apps(int promotions) {
        List<AppRef> apps = new ArrayList<>();
        for (int i = 0; i < promotions; i++) {
            apps.add(new AppRef(ACCOUNT, ORGANIZATION, String.format("app-%03d", i)));
        }
        return apps;
    }
}
