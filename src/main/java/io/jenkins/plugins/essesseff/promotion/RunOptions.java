package io.jenkins.plugins.essesseff.promotion;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.essesseff.client.InvalidInputException;
import java.time.Duration;

/**
 * How a step runs: {@code dryRun} stops after the preflight; {@code waitForDeployment} follows the deployment a
 * change starts until it succeeds, fails, or {@code waitTimeout} passes.
 */
public record RunOptions(boolean dryRun, boolean waitForDeployment, Duration waitTimeout) {
    public static final int DEFAULT_TIMEOUT_MINUTES = 10;

    /** @param waitTimeout null for {@value #DEFAULT_TIMEOUT_MINUTES} minutes */
    public RunOptions(boolean dryRun, boolean waitForDeployment, @CheckForNull Duration waitTimeout) {
        Duration timeout = waitTimeout == null ? Duration.ofMinutes(DEFAULT_TIMEOUT_MINUTES) : waitTimeout;
        if (timeout.isNegative() || timeout.isZero()) {
            throw new InvalidInputException("timeoutMinutes", "must be at least 1 minute");
        }
        this.dryRun = dryRun;
        this.waitForDeployment = waitForDeployment;
        this.waitTimeout = timeout;
    }

    public static RunOptions defaults() {
        return new RunOptions(false, false, null);
    }

    /** From a step's {@code timeoutMinutes}; 0 or less is refused with a message naming the field. */
    public static Duration timeoutOfMinutes(int minutes) {
        if (minutes < 1) {
            throw new InvalidInputException("timeoutMinutes", "must be at least 1, was " + minutes);
        }
        return Duration.ofMinutes(minutes);
    }
}
