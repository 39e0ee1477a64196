package io.jenkins.plugins.essesseff.config;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.essesseff.client.EssesseffClient;
import io.jenkins.plugins.essesseff.client.InvalidInputException;
import io.jenkins.plugins.essesseff.client.Validation;
import io.jenkins.plugins.essesseff.promotion.PromotionPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * A snapshot of the global configuration, free of Jenkins types, so that the code that runs a step can be tested
 * without a Jenkins instance.
 *
 * @param apiUrl the essesseff API base URL, e.g. {@code https://www.essesseff.com/api/v1}
 * @param accountSlug the default team account, may be null
 * @param organizationLogin the default GitHub organization, may be null
 * @param appName the default essesseff app, for a Jenkins that serves one app, may be null
 * @param credentialsId the default Secret text credential holding the API key, may be null
 */
public record EssesseffSettings(
        String apiUrl,
        @CheckForNull String accountSlug,
        @CheckForNull String organizationLogin,
        @CheckForNull String appName,
        @CheckForNull String credentialsId,
        Duration connectTimeout,
        Duration requestTimeout,
        PromotionPolicy policy) {

    public static final String DEFAULT_API_URL = EssesseffClient.DEFAULT_BASE_URL;
    public static final int DEFAULT_CONNECT_TIMEOUT_SECONDS = 10;
    public static final int DEFAULT_REQUEST_TIMEOUT_SECONDS = 30;
    static final int MAX_TIMEOUT_SECONDS = 600;

    /** The API URL as a URI; refused with a message naming the setting when it is not an http(s) URL. */
    public URI apiUri() {
        return parseApiUrl(apiUrl);
    }

    /**
     * Reads an API base URL.
     *
     * @throws InvalidInputException naming {@code apiUrl} when the value is empty or not an absolute http(s) URL
     */
    public static URI parseApiUrl(@CheckForNull String value) {
        return Validation.requireApiUrl(value);
    }

    /** What is wrong with an API base URL, if anything; used by the form check and by {@link #parseApiUrl}. */
    public static Optional<String> apiUrlProblem(@CheckForNull String value) {
        return Validation.apiUrlProblem(value);
    }

    /** Whether a URL is plain http, so that the form can warn that the API key would travel unencrypted. */
    public static boolean isPlainHttp(@CheckForNull String value) {
        return value != null && value.strip().toLowerCase(Locale.ROOT).startsWith("http://");
    }

    /** What is wrong with a timeout in seconds, if anything. */
    public static Optional<String> timeoutProblem(@CheckForNull String value) {
        int seconds;
        try {
            seconds = Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            return Optional.of("enter a whole number of seconds");
        }
        if (seconds < 1 || seconds > MAX_TIMEOUT_SECONDS) {
            return Optional.of("enter between 1 and " + MAX_TIMEOUT_SECONDS + " seconds");
        }
        return Optional.empty();
    }

    /** A timeout from a form or a saved setting, falling back to {@code fallback} seconds when out of range. */
    static Duration seconds(int seconds, int fallback) {
        return Duration.ofSeconds(seconds >= 1 && seconds <= MAX_TIMEOUT_SECONDS ? seconds : fallback);
    }
}
