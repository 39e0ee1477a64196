package io.jenkins.plugins.essesseff.benchmark;

import java.util.Arrays;

/** Durations measured in nanoseconds, summarised as median, p99 and extremes (nearest-rank percentiles). */
final class Samples {
    private final long[] sorted;

    Samples(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    int count() {
        return sorted.length;
    }

    /** The nearest-rank percentile: the smallest sample with at least {@code percent} % of samples at or below it. */
    long percentile(double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    long median() {
        return percentile(50);
    }

    long p99() {
        return percentile(99);
    }

    long min() {
        return sorted[0];
    }

    long max() {
        return sorted[sorted.length - 1];
    }

    static String millis(long nanos) {
        double ms = nanos / 1_000_000.0;
        if (ms >= 100) {
            return String.format(java.util.Locale.ROOT, "%.0f ms", ms);
        }
        if (ms >= 10) {
            return String.format(java.util.Locale.ROOT, "%.1f ms", ms);
        }
        return String.format(java.util.Locale.ROOT, "%.2f ms", ms);
    }

    static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.2f s", nanos / 1e9);
    }
}
