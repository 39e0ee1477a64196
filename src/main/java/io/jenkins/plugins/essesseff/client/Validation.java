package io.jenkins.plugins.essesseff.client;

import java.util.regex.Pattern;

/** Checks made before anything is sent, each failing with a message that names the field and the rule. */
public final class Validation {
    private static final Pattern APP_NAME = Pattern.compile("[a-z0-9-]+");

    private Validation() {}

    public static String requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        return value.trim();
    }

    /** essesseff app names are URL-compliant: lowercase letters, digits and hyphens. */
    public static String requireAppName(String field, String value) {
        String name = requireText(field, value);
        if (!APP_NAME.matcher(name).matches()) {
            throw new InvalidInputException(
                    field, "'" + name + "' is not a valid app name; use lowercase letters, digits and hyphens only");
        }
        return name;
    }
}
