package io.jenkins.plugins.essesseff.sandbox;

/** An error answer, {@code {"error": …, "message": …}}, thrown anywhere while handling a request. */
final class SandboxError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;

    SandboxError(int status, String error, String message) {
        super(message, null, false, false);
        this.status = status;
        this.error = error;
    }

    static SandboxError badRequest(String error, String message) {
        return new SandboxError(400, error, message);
    }

    static SandboxError invalidParameter(String message) {
        return badRequest("invalid_parameter", message);
    }

    static SandboxError notFound(String message) {
        return new SandboxError(404, "not_found", message);
    }

    static SandboxError conflict(String message) {
        return new SandboxError(409, "conflict", message);
    }

    int status() {
        return status;
    }

    String error() {
        return error;
    }
}
