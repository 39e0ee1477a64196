package io.jenkins.plugins.essesseff.client;

/** Every failure the client reports. Messages never contain the API key. */
public class EssesseffException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EssesseffException(String message) {
        super(message);
    }

    public EssesseffException(String message, Throwable cause) {
        super(message, cause);
    }
}
