package io.jenkins.plugins.essesseff.client;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The four essesseff environments: upper case in paths, lower case in list filters. */
public enum Environment {
    DEV,
    QA,
    STAGING,
    PROD;

    /** How the environment appears in a path: {@code DEV}, {@code QA}, {@code STAGING}, {@code PROD}. */
    public String pathSegment() {
        return name();
    }

    /** How the environment appears in an {@code environment=} filter: {@code dev}, {@code qa}, … */
    public String filterValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads an environment name in either case.
     *
     * @throws InvalidInputException naming {@code field} and the accepted values
     */
    public static Environment parse(String field, String value) {
        String trimmed = value == null ? "" : value.trim();
        for (Environment environment : values()) {
            if (environment.name().equalsIgnoreCase(trimmed)) {
                return environment;
            }
        }
        throw new InvalidInputException(
                field, "'" + trimmed + "' is not an essesseff environment; use one of " + names());
    }

    static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
