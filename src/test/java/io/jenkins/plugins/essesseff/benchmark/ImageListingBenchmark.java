package io.jenkins.plugins.essesseff.benchmark;

import io.jenkins.plugins.essesseff.sandbox.EssesseffSandbox;
import io.jenkins.plugins.essesseff.sandbox.SandboxOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Part 4: 10,000 images listed with {@code streamImages} against loading every page into a list. The sandbox holds
 * the images in this JVM; each variant is measured by an {@link ImageListingProbe} in a JVM of its own, started with
 * the same class path and the same heap flags, so that neither the sandbox nor the other variant shares its heap.
 */
final class ImageListingBenchmark {
    static final String ACCOUNT = "my-team";
    static final String ORGANIZATION = "bench-org";
    static final String APP = "many-images";
    static final List<String> PROBE_JVM_FLAGS = List.of("-Xmx512m", "-XX:+UseG1GC");

    /** One variant as its probe measured it. */
    record Variant(
            String name,
            long images,
            long medianNanos,
            long minNanos,
            long maxNanos,
            long peakUsed,
            long maxAfterGc,
            long retained) {}

    record Result(int images, long registerNanos, int repetitions, Variant stream, Variant list) {}

    private final int images;
    private final int repetitions;

    ImageListingBenchmark(int images, int repetitions) {
        this.images = images;
        this.repetitions = repetitions;
    }

    Result run() throws InterruptedException {
        try (EssesseffSandbox sandbox =
                EssesseffSandbox.start(SandboxOptions.defaults().withoutRateLimit())) {
            long start = System.nanoTime();
            for (int i = 0; i < images; i++) {
                sandbox.registerBuild(
                        ACCOUNT,
                        ORGANIZATION,
                        APP,
                        String.format("1.%d.%d-a1b2c3d-20260101T120000Z", i / 1000, i % 1000));
            }
            long registerNanos = System.nanoTime() - start;
            System.out.printf("  registered %d images in %s%n", images, Samples.seconds(registerNanos));
            Variant stream = probe(sandbox, "STREAM");
            Variant list = probe(sandbox, "LIST");
            return new Result(images, registerNanos, repetitions, stream, list);
        }
    }

    private Variant probe(EssesseffSandbox sandbox, String variant) throws InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(PROBE_JVM_FLAGS);
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                ImageListingProbe.class.getName(),
                variant,
                ACCOUNT,
                ORGANIZATION,
                APP,
                Integer.toString(repetitions)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment()
                .put("ESSESSEFF_BENCH_BASE_URL", sandbox.apiBaseUrl().toString());
        builder.environment().put("ESSESSEFF_BENCH_KEY", sandbox.defaultApiKey());
        try {
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("the " + variant + " probe failed:\n" + out);
            }
            String line = out.lines()
                    .filter(l -> l.startsWith("RESULT "))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("the " + variant + " probe said:\n" + out));
            Map<String, String> values = new HashMap<>();
            for (String pair : line.substring("RESULT ".length()).split(" ")) {
                int eq = pair.indexOf('=');
                values.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            Variant result = new Variant(
                    variant,
                    Long.parseLong(values.get("images")),
                    Long.parseLong(values.get("medianNanos")),
                    Long.parseLong(values.get("minNanos")),
                    Long.parseLong(values.get("maxNanos")),
                    Long.parseLong(values.get("peakUsed")),
                    Long.parseLong(values.get("maxAfterGc")),
                    Long.parseLong(values.get("retained")));
            System.out.printf(
                    "  %s: median %s, peak used %s, retained %s%n",
                    variant, Samples.millis(result.medianNanos()), mib(result.peakUsed()), mib(result.retained()));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the " + variant + " probe", e);
        }
    }

    static String mib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / 1024.0 / 1024.0);
    }
}
