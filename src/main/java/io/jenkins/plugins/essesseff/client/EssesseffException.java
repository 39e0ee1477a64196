package io.jenkins.plugins.essesseff.client;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/** Every failure the client reports. Messages never contain the API key. */
public class EssesseffException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EssesseffException(String message) {
        super(message);
    }

    public EssesseffException(String message, @CheckForNull Throwable cause) {
        super(message, cause);
    }
}
