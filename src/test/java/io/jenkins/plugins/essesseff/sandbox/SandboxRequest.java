package io.jenkins.plugins.essesseff.sandbox;

/**
 * One request the sandbox received on the API side (the control API under {@code /_sandbox} is not
 * logged).
 *
 * @param method the HTTP method
 * @param path the raw path with its query string, as sent (never the API key: it travels in a header,
 *     and anything shaped like a key in the path is masked)
 * @param status the status the sandbox applied; {@code 0} when a fault closed the connection before the
 *     request was applied. For {@code reset_after} and {@code truncate} faults it is the status of the
 *     applied request, which the client never fully received.
 */
public record SandboxRequest(String method, String path, int status) {}
