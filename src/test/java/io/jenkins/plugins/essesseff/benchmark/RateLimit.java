package io.jenkins.plugins.essesseff.benchmark;

import java.time.Duration;
import java.util.Locale;

/** A sandbox rate limit: {@code requests} per fixed {@code window} per key, the window starting at its first request. */
record RateLimit(int requests, Duration window) {

    /** Parses {@code 3/10s} or {@code 30/1s}. */
    static RateLimit parse(String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split("/");
        if (parts.length != 2 || !parts[1].endsWith("s")) {
            throw new IllegalArgumentException("a rate limit reads like 3/10s, was " + text);
        }
        return new RateLimit(
                Integer.parseInt(parts[0].trim()),
                Duration.ofMillis(Math.round(1000 * Double.parseDouble(parts[1].substring(0, parts[1].length() - 1)))));
    }

    /**
     * The shortest time {@code rateCounted} requests can take under this limit: every window but the last is used
     * up, and the next window opens at the first request after the previous one ended.
     */
    long minimumWaitNanos(int rateCounted) {
        long windows = (rateCounted + requests - 1) / requests;
        return Math.max(0, windows - 1) * window.toNanos();
    }

    @Override
    public String toString() {
        double seconds = window.toMillis() / 1000.0;
        String secondsText = seconds == Math.rint(seconds)
                ? Long.toString((long) seconds)
                : String.format(Locale.ROOT, "%.1f", seconds);
        return requests + " per " + secondsText + " s";
    }
}
