package io.jenkins.plugins.essesseff.client;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/** One state an image has been in. */
public record LifecycleHistoryEntry(
        @CheckForNull LifecycleState state,
        String stateTimestamp,
        @CheckForNull Boolean isActive) {}
