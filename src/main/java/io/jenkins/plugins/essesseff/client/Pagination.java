package io.jenkins.plugins.essesseff.client;

/** The {@code pagination} object of a list response. */
public record Pagination(long total, int limit, long offset, boolean hasMore) {}
