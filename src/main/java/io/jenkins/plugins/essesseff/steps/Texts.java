package io.jenkins.plugins.essesseff.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.function.UnaryOperator;

/** Small helpers for the text parameters of steps. */
final class Texts {
    private Texts() {}

    /** The value stripped of surrounding white space; null becomes empty (a required parameter not given). */
    static String strip(@CheckForNull String value) {
        return value == null ? "" : value.strip();
    }

    /** The value with {@code ${VAR}} references expanded; null stays null. */
    @CheckForNull
    static String expand(UnaryOperator<String> expander, @CheckForNull String value) {
        return value == null ? null : expander.apply(value);
    }
}
