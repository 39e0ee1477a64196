package io.jenkins.plugins.essesseff.client;

import java.util.List;

/** An image's lifecycle state; {@code history} is empty unless asked for. */
public record Lifecycle(
        String accountSlug,
        String organization,
        String app,
        String imageName,
        String imageTag,
        LifecycleState currentState,
        String stateTimestamp,
        List<LifecycleHistoryEntry> history) {

    public Lifecycle {
        history = history == null ? List.of() : List.copyOf(history);
    }
}
