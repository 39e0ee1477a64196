package io.jenkins.plugins.essesseff.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.function.UnaryOperator;

/** The parameters every step and build step has, each defaulting to the global configuration (but the app name). */
record CommonParameters(
        @CheckForNull String credentialsId,
        @CheckForNull String accountSlug,
        @CheckForNull String organizationLogin,
        @CheckForNull String appName) {

    /** With {@code ${VAR}} references expanded, for freestyle build steps. */
    CommonParameters expand(UnaryOperator<String> expander) {
        return new CommonParameters(
                Texts.expand(expander, credentialsId),
                Texts.expand(expander, accountSlug),
                Texts.expand(expander, organizationLogin),
                Texts.expand(expander, appName));
    }
}
