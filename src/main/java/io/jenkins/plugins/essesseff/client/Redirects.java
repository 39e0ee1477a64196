package io.jenkins.plugins.essesseff.client;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.essesseff.client.Transport.Request;
import io.jenkins.plugins.essesseff.client.Transport.Response;
import io.jenkins.plugins.essesseff.client.Transport.TransportException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/** Follows essesseff's redirects, and decides where the API key may go along. */
final class Redirects {
    static final int MAX_REDIRECTS = 5;

    private static final Set<Integer> REDIRECT_STATUSES = Set.of(301, 302, 303, 307, 308);
    private static final Set<String> ESSESSEFF_HOSTS = Set.of("essesseff.com", "www.essesseff.com");

    /** Sends {@code request} once to {@code uri}, as {@code method} with {@code body}, with the key or without. */
    @FunctionalInterface
    interface Hop {
        Response send(Request request, URI uri, String method, @CheckForNull byte[] body, boolean sendKey);
    }

    private Redirects() {}

    /**
     * Sends {@code request} through {@code hop} and follows at most {@value #MAX_REDIRECTS} redirects. Once a
     * redirect leads where {@link #mayKeepKey} forbids the key, the key stays behind for the rest of the way and
     * {@code warn} says so. A 303 turns into a GET without a body; the others keep method and body.
     */
    static Response follow(Request request, Hop hop, ApiKey apiKey, Consumer<String> warn) {
        URI uri = request.uri();
        String method = request.method();
        byte[] body = request.body();
        boolean sendKey = true;
        for (int redirects = 0; ; redirects++) {
            Response response = hop.send(request, uri, method, body, sendKey);
            if (!REDIRECT_STATUSES.contains(response.status())) {
                return response;
            }
            if (redirects == MAX_REDIRECTS) {
                throw new TransportException(
                        "essesseff redirected " + request.describe() + " more than " + MAX_REDIRECTS
                                + " times; check the API URL",
                        false,
                        null);
            }
            URI next = target(request, uri, response, apiKey);
            if (sendKey && !mayKeepKey(uri, next)) {
                sendKey = false;
                warn.accept("essesseff redirected " + request.describe() + " from " + Transport.hostOf(uri)
                        + " to another host, " + Transport.hostOf(next)
                        + "; the request was sent there without the API key. "
                        + "Check the API URL if this is not intended.");
            }
            if (response.status() == 303) {
                method = "GET";
                body = null;
            }
            uri = next;
        }
    }

    private static URI target(Request request, URI from, Response response, ApiKey apiKey) {
        String location = response.headers().firstValue("Location").orElse("");
        URI next;
        try {
            next = from.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            next = null;
        }
        String scheme =
                next == null || next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
        if (location.isBlank()
                || next == null
                || next.getHost() == null
                || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new TransportException(
                    "essesseff answered " + response.status() + " to " + request.describe()
                            + " with a redirect to an unusable location '"
                            + Texts.shorten(Texts.redact(location, apiKey), 100) + "'",
                    false,
                    null);
        }
        return next;
    }

    /**
     * Whether the key may follow a redirect from {@code from} to {@code to}: the same host and port, without
     * falling back from https to http, or between {@code essesseff.com} and {@code www.essesseff.com} over https.
     */
    static boolean mayKeepKey(URI from, URI to) {
        String fromScheme = from.getScheme().toLowerCase(Locale.ROOT);
        String toScheme = to.getScheme().toLowerCase(Locale.ROOT);
        if (fromScheme.equals("https") && !toScheme.equals("https")) {
            return false;
        }
        String fromHost = from.getHost().toLowerCase(Locale.ROOT);
        String toHost = to.getHost().toLowerCase(Locale.ROOT);
        if (fromHost.equals(toHost) && effectivePort(from) == effectivePort(to)) {
            return true;
        }
        return ESSESSEFF_HOSTS.contains(fromHost)
                && ESSESSEFF_HOSTS.contains(toHost)
                && toScheme.equals("https")
                && effectivePort(to) == 443
                && effectivePort(from) == effectivePort(to);
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }
}
