package io.jenkins.plugins.essesseff.client;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.List;

/** An image's lifecycle state; {@code history} is empty unless asked for. */
public record Lifecycle(
        @CheckForNull String accountSlug,
        @CheckForNull String organization,
        @CheckForNull String app,
        String imageName,
        @CheckForNull String imageTag,
        @CheckForNull LifecycleState currentState,
        String stateTimestamp,
        List<LifecycleHistoryEntry> history) {

    public Lifecycle {
        history = history == null ? List.of() : List.copyOf(history);
    }
}
