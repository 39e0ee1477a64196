package io.jenkins.plugins.essesseff.promotion;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.essesseff.client.InvalidInputException;

/** Every step setting comes from the step's parameter, else from the global configuration, else an error naming both. */
public final class SettingResolver {
    static final String GLOBAL_PAGE = "Manage Jenkins » System » essesseff";

    private SettingResolver() {}

    /**
     * @param parameter the step parameter's name, e.g. {@code accountSlug}
     * @param stepValue the step's value, may be null or blank
     * @param globalValue the global configuration's value, may be null or blank
     * @param globalLabel the field's label on the global configuration page, e.g. {@code Account slug}
     * @return the trimmed value that applies
     */
    public static String resolve(
            String parameter, @CheckForNull String stepValue, @CheckForNull String globalValue, String globalLabel) {
        if (stepValue != null && !stepValue.isBlank()) {
            return stepValue.trim();
        }
        if (globalValue != null && !globalValue.isBlank()) {
            return globalValue.trim();
        }
        throw new InvalidInputException(
                parameter,
                "is not set: set the step's '" + parameter + "' parameter, or '" + globalLabel + "' under "
                        + GLOBAL_PAGE);
    }
}
