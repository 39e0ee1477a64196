package io.jenkins.plugins.essesseff.sandbox;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A failure the sandbox plays on the next {@code times} API requests whose method and raw path (percent
 * encoded, without the query string) match; then it disappears. The first matching fault with requests
 * left wins; at most one fault applies per request. Faults never touch the control API.
 *
 * @param method the HTTP method to match, case-insensitive; {@code null} or {@code "*"} matches any
 * @param pathPattern a regular expression searched for ({@link java.util.regex.Matcher#find()}) in the
 *     raw path, e.g. {@code "/environments/DEV/declare-rc$"}
 * @param times how many matching requests it applies to
 * @param kind what happens
 * @param status for {@link Kind#STATUS}: the status answered
 * @param htmlBody for {@link Kind#STATUS}: an HTML page (as a proxy would send) instead of a JSON error
 * @param delay for {@link Kind#DELAY}: how long to wait, in real time, before handling the request
 */
public record SandboxFault(
        String method, String pathPattern, int times, Kind kind, int status, boolean htmlBody, Duration delay) {

    /** What a fault does. */
    public enum Kind {
        /** Answer {@code status} without applying the request (not rate-counted either), as a proxy would. */
        STATUS,
        /** Sleep {@code delay} in real time, then handle the request normally. */
        DELAY,
        /** Close the connection without a response, before the request is applied. */
        RESET_BEFORE,
        /** Apply the request (state changes), then close the connection without a response. */
        RESET_AFTER,
        /** Apply the request, then send its headers (full Content-Length) and only part of its body. */
        TRUNCATE;

        /** The name used by the control API: {@code status}, {@code delay}, {@code reset_before}, … */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SandboxFault {
        Objects.requireNonNull(pathPattern, "pathPattern");
        Objects.requireNonNull(kind, "kind");
        try {
            Pattern.compile(pathPattern);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("pathPattern is not a regular expression: " + e.getMessage(), e);
        }
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1, was " + times);
        }
        if (kind == Kind.STATUS && (status < 100 || status > 599)) {
            throw new IllegalArgumentException("status must be 100..599, was " + status);
        }
        if (kind == Kind.DELAY && (delay == null || delay.isNegative())) {
            throw new IllegalArgumentException("a delay fault needs a non-negative delay");
        }
        if (delay == null) {
            delay = Duration.ZERO;
        }
    }

    /** Answers {@code status} with an HTML page ({@code htmlBody}) or a JSON error, without applying the request. */
    public static SandboxFault status(String method, String pathRegex, int times, int status, boolean htmlBody) {
        return new SandboxFault(method, pathRegex, times, Kind.STATUS, status, htmlBody, Duration.ZERO);
    }

    /** Waits {@code delay} (real time) before handling the request. */
    public static SandboxFault delay(String method, String pathRegex, int times, Duration delay) {
        return new SandboxFault(method, pathRegex, times, Kind.DELAY, 0, false, delay);
    }

    /** Closes the connection without a response; the request is not applied. */
    public static SandboxFault resetBeforeApplying(String method, String pathRegex, int times) {
        return new SandboxFault(method, pathRegex, times, Kind.RESET_BEFORE, 0, false, Duration.ZERO);
    }

    /** Applies the request, then closes the connection without a response. */
    public static SandboxFault resetAfterApplying(String method, String pathRegex, int times) {
        return new SandboxFault(method, pathRegex, times, Kind.RESET_AFTER, 0, false, Duration.ZERO);
    }

    /** Applies the request, then sends only part of the response body. */
    public static SandboxFault truncatedBody(String method, String pathRegex, int times) {
        return new SandboxFault(method, pathRegex, times, Kind.TRUNCATE, 0, false, Duration.ZERO);
    }

    boolean matches(String requestMethod, String rawPath) {
        boolean methodMatches = method == null || "*".equals(method) || method.equalsIgnoreCase(requestMethod);
        return methodMatches && Pattern.compile(pathPattern).matcher(rawPath).find();
    }
}
