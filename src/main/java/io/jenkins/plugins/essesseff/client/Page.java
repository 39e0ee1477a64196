package io.jenkins.plugins.essesseff.client;

import java.util.List;

/** One page of a list endpoint: its items and the server's pagination. */
public record Page<T>(List<T> items, Pagination pagination) {

    public Page {
        items = List.copyOf(items);
    }
}
