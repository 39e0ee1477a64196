package io.jenkins.plugins.essesseff.client;

/**
 * The thread was interrupted (in Jenkins: the build was aborted) while the client waited for the rate limit, for a
 * retry or for essesseff's answer. The thread's interrupt flag is set again before this is thrown.
 */
public class EssesseffInterruptedException extends EssesseffException {
    private static final long serialVersionUID = 1L;

    public EssesseffInterruptedException(String message) {
        super(message);
    }
}
