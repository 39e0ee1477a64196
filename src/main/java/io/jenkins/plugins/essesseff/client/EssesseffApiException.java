package io.jenkins.plugins.essesseff.client;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/**
 * essesseff answered with an error status. Carries the HTTP status, essesseff's {@code error} and {@code message}
 * (or a short, sanitized excerpt of a body that was not essesseff's JSON), the method and the path — never the key.
 */
public class EssesseffApiException extends EssesseffException {
    private static final long serialVersionUID = 1L;

    private final int status;

    @CheckForNull
    private final String error;

    @CheckForNull
    private final String apiMessage;

    private final String method;
    private final String path;

    public EssesseffApiException(
            int status, @CheckForNull String error, @CheckForNull String apiMessage, String method, String path) {
        super(describe(status, error, apiMessage, method, path));
        this.status = status;
        this.error = error;
        this.apiMessage = apiMessage;
        this.method = method;
        this.path = path;
    }

    private static String describe(
            int status, @CheckForNull String error, @CheckForNull String apiMessage, String method, String path) {
        StringBuilder text = new StringBuilder("essesseff answered ").append(status);
        if (error != null && !error.isBlank()) {
            text.append(' ').append(error);
        }
        if (apiMessage != null && !apiMessage.isBlank()) {
            text.append(": ").append(apiMessage);
        }
        return text.append(" (")
                .append(method)
                .append(' ')
                .append(path)
                .append(')')
                .toString();
    }

    public int getStatus() {
        return status;
    }

    /** essesseff's {@code error} code, or null when the body was not essesseff's JSON. */
    @CheckForNull
    public String getError() {
        return error;
    }

    /** essesseff's {@code message}, or a sanitized excerpt of the body. */
    @CheckForNull
    public String getApiMessage() {
        return apiMessage;
    }

    public String getMethod() {
        return method;
    }

    public String getPath() {
        return path;
    }
}
