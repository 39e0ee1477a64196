package io.jenkins.plugins.essesseff.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The benchmark of issue 7, run by {@code mvn -B -ntp -q -f central/pom.xml test-compile exec:exec@benchmark}: four
 * parts side by side against the essesseff sandbox on loopback, written to {@code docs/benchmarks.md}.
 *
 * <p>It is a plain {@code main} rather than JMH: the figures asked for are wall times of whole promotions paced over
 * tens of seconds, per-call latencies of a few milliseconds against the cost of starting a process, and heap use in
 * separate JVMs. None of them is a microbenchmark where JMH's forking and blackholes earn a new dependency; warm-up,
 * interleaved rounds, medians and p99 do the job and the command runs anywhere Maven does.
 *
 * <p>Argument: the Markdown file to write. System properties (defaults in brackets) tune the run:
 * {@code benchmark.parts} [1,2,3,4], {@code benchmark.curl} [/usr/bin/curl], {@code benchmark.perCall.rounds} [5],
 * {@code benchmark.perCall.iterations} [50 per round, 4 calls each], {@code benchmark.perCall.warmUpClient} [250],
 * {@code benchmark.perCall.warmUpCurl} [25], {@code benchmark.single.limits} [3/10s,3/1s],
 * {@code benchmark.single.unpacedRuns} [5], {@code benchmark.fleet.size} [50], {@code benchmark.fleet.limits}
 * [30/10s,30/1s], {@code benchmark.images} [10000], {@code benchmark.images.repetitions} [7].
 */
public final class EssesseffBenchmark {

    private EssesseffBenchmark() {}

    /** Whether the sandbox's JDK server sends without Nagle's algorithm (the sandbox sets it unless told otherwise). */
    static final String NODELAY = "sun.net.httpserver.nodelay";

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
        Set<String> parts = Arrays.stream(
                        System.getProperty("benchmark.parts", "1,2,3,4").split(","))
                .map(String::trim)
                .collect(Collectors.toSet());
        String curl = System.getProperty("benchmark.curl", "/usr/bin/curl");
        Report report = new Report();
        report.startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        report.loadAtStart = Machine.load();
        report.curlVersion = Machine.curlVersion(curl);
        long started = System.nanoTime();

        if (parts.contains("1")) {
            System.out.println("part 1: per-call cost, client against curl");
            report.perCall = new PerCallBenchmark(
                            Integer.getInteger("benchmark.perCall.rounds", 5),
                            Integer.getInteger("benchmark.perCall.iterations", 50),
                            Integer.getInteger("benchmark.perCall.warmUpClient", 250),
                            Integer.getInteger("benchmark.perCall.warmUpCurl", 25),
                            curl)
                    .run();
            report.loadAfterPart.add("after part 1: " + Machine.load());
        }
        if (parts.contains("2")) {
            System.out.println("part 2: one promotion under the rate limit");
            report.singleUnpaced =
                    PacedPromotionBenchmark.unpaced(1, Integer.getInteger("benchmark.single.unpacedRuns", 5));
            for (RateLimit limit : limits("benchmark.single.limits", "3/10s,3/1s")) {
                System.out.println("  paced at " + limit);
                PacedPromotionBenchmark.Run run = PacedPromotionBenchmark.paced(
                        1, limit, report.singleUnpaced.wallNanos().median());
                print(run);
                report.single.add(run);
            }
            report.loadAfterPart.add("after part 2: " + Machine.load());
        }
        if (parts.contains("3")) {
            int size = Integer.getInteger("benchmark.fleet.size", 50);
            System.out.println("part 3: " + size + " promotions at once, one key");
            report.fleetUnpaced = PacedPromotionBenchmark.unpaced(size, 3);
            for (RateLimit limit : limits("benchmark.fleet.limits", "30/10s,30/1s")) {
                System.out.println("  paced at " + limit);
                PacedPromotionBenchmark.Run run = PacedPromotionBenchmark.paced(
                        size, limit, report.fleetUnpaced.wallNanos().median());
                print(run);
                report.fleet.add(run);
            }
            report.loadAfterPart.add("after part 3: " + Machine.load());
        }
        if (parts.contains("4")) {
            System.out.println("part 4: listing many images, stream against list");
            report.listing = new ImageListingBenchmark(
                            Integer.getInteger("benchmark.images", 10_000),
                            Integer.getInteger("benchmark.images.repetitions", 7))
                    .run();
            report.loadAfterPart.add("after part 4: " + Machine.load());
        }
        report.totalNanos = System.nanoTime() - started;
        report.serverNoDelay = System.getProperty(NODELAY);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, report.markdown(), StandardCharsets.UTF_8);
        System.out.println("wrote " + output.toAbsolutePath().normalize());
    }

    private static List<RateLimit> limits(String property, String defaults) {
        List<RateLimit> limits = new ArrayList<>();
        for (String text : System.getProperty(property, defaults).split(",")) {
            if (!text.isBlank()) {
                limits.add(RateLimit.parse(text));
            }
        }
        return limits;
    }

    private static void print(PacedPromotionBenchmark.Run run) {
        System.out.printf(
                "    %d rate-counted requests, %d × 429, wall %s, minimum %s, ratio %.3f, %d failures%n",
                run.rateCounted(),
                run.tooManyRequests(),
                Samples.seconds(run.wallNanos()),
                Samples.seconds(run.minimumNanos()),
                run.ratio(),
                run.failures().size());
    }

    /** Everything measured, and its Markdown. */
    static final class Report {
        Instant startedAt;
        String loadAtStart;
        String curlVersion;
        String serverNoDelay;
        final List<String> loadAfterPart = new ArrayList<>();
        long totalNanos;
        PerCallBenchmark.Result perCall;
        PacedPromotionBenchmark.Unpaced singleUnpaced;
        final List<PacedPromotionBenchmark.Run> single = new ArrayList<>();
        PacedPromotionBenchmark.Unpaced fleetUnpaced;
        final List<PacedPromotionBenchmark.Run> fleet = new ArrayList<>();
        ImageListingBenchmark.Result listing;

        String markdown() {
            return new ReportWriter(this).write();
        }
    }
}
