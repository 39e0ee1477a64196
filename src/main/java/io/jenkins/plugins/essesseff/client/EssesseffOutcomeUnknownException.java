package io.jenkins.plugins.essesseff.client;

/**
 * A lifecycle change or promotion failed in a way that leaves it unknown whether essesseff applied it (the answer
 * was lost, and reading the image's lifecycle afterwards did not settle it). The message says what to check before
 * running it again.
 */
public class EssesseffOutcomeUnknownException extends EssesseffException {
    private static final long serialVersionUID = 1L;

    public EssesseffOutcomeUnknownException(String message, Throwable cause) {
        super(message, cause);
    }
}
