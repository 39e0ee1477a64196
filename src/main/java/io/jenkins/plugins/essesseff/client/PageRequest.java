package io.jenkins.plugins.essesseff.client;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/** {@code limit} and {@code offset} of a list call; a null limit leaves the server's default. */
public record PageRequest(@CheckForNull Integer limit, long offset) {
    /** The largest page essesseff serves. */
    public static final int MAX_LIMIT = 1000;

    public PageRequest {
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        if (offset < 0) {
            throw new InvalidInputException("offset", "must not be negative, was " + offset);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, 0);
    }

    public static PageRequest serverDefault() {
        return new PageRequest(null, 0);
    }
}
