package io.jenkins.plugins.essesseff.client;

/** One state an image has been in. */
public record LifecycleHistoryEntry(LifecycleState state, String stateTimestamp, Boolean isActive) {}
