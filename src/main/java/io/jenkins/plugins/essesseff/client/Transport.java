package io.jenkins.plugins.essesseff.client;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLException;

/**
 * Sends one logical request: paces it, follows redirects (keeping the key only on the same host), maps timeouts and
 * connection failures to readable errors, waits out 429s, and retries reads on transient failures.
 */
final class Transport {
    static final int MAX_REDIRECTS = 5;
    /** How many 429s in a row a request waits out before giving up. */
    static final int MAX_RATE_LIMITED_RETRIES = 5;

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final Set<Integer> TRANSIENT = Set.of(502, 503, 504);
    private static final Set<String> ESSESSEFF_HOSTS = Set.of("essesseff.com", "www.essesseff.com");

    private final HttpClient http;
    private final ApiKey apiKey;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final Clock clock;
    private final Sleeper sleeper;
    private final RatePacer pacer;
    private final Consumer<String> warnings;
    private final String userAgent;
    private final RetryPolicy retryPolicy;
    private final DoubleSupplier jitter;

    @SuppressWarnings("checkstyle:ParameterNumber")
    Transport(
            HttpClient http,
            ApiKey apiKey,
            Duration connectTimeout,
            Duration requestTimeout,
            Clock clock,
            Sleeper sleeper,
            RatePacer pacer,
            Consumer<String> warnings,
            String userAgent,
            RetryPolicy retryPolicy,
            DoubleSupplier jitter) {
        this.http = http;
        this.apiKey = apiKey;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.clock = clock;
        this.sleeper = sleeper;
        this.pacer = pacer;
        this.warnings = warnings;
        this.userAgent = userAgent;
        this.retryPolicy = retryPolicy;
        this.jitter = jitter;
    }

    /** One request as the client means it. */
    record Request(String method, URI uri, @CheckForNull byte[] body, String accept) {
        boolean isRead() {
            return method.equals("GET");
        }

        /** The path, percent-encoded as sent, without the query. */
        String path() {
            return uri.getRawPath();
        }

        String describe() {
            return method + " " + path();
        }
    }

    /** essesseff's answer to {@code request}. */
    record Response(Request request, int status, HttpHeaders headers, byte[] body) {
        boolean isSuccess() {
            return status >= 200 && status < 300;
        }
    }

    /** No usable answer: {@code mayHaveArrived} says whether essesseff may have received (and applied) the request. */
    static final class TransportException extends EssesseffException {
        private static final long serialVersionUID = 1L;

        private final boolean mayHaveArrived;

        TransportException(String message, boolean mayHaveArrived, @CheckForNull Throwable cause) {
            super(message, cause);
            this.mayHaveArrived = mayHaveArrived;
        }

        boolean mayHaveArrived() {
            return mayHaveArrived;
        }
    }

    void warn(String message) {
        warnings.accept(Texts.redact(message, apiKey));
    }

    /**
     * Sends {@code request} and returns essesseff's answer, whatever its status (except a 429, which is waited out
     * and retried, and for reads a 502, 503 or 504, which is retried while the policy allows).
     *
     * @throws TransportException when no answer arrived
     */
    Response execute(Request request) {
        int attempt = 0;
        int rateLimited = 0;
        while (true) {
            attempt++;
            acquire(request);
            Response response;
            try {
                response = sendFollowingRedirects(request);
            } catch (TransportException e) {
                pacer.release(RateLimitHeaders.NONE, false, clock);
                if (request.isRead() && attempt < retryPolicy.maxAttempts()) {
                    backOff(request, attempt, e.getMessage());
                    continue;
                }
                throw e;
            } catch (RuntimeException | Error e) {
                pacer.release(RateLimitHeaders.NONE, false, clock);
                throw e;
            }
            pacer.release(RateLimitHeaders.of(response.headers()), true, clock);
            if (response.status() == 429 && rateLimited < MAX_RATE_LIMITED_RETRIES) {
                rateLimited++;
                attempt--;
                pacer.rateLimited(clock);
                warn("essesseff answered 429 (rate limited) to " + request.describe()
                        + "; waiting for the rate-limit window to reset, then sending it again");
                continue;
            }
            if (request.isRead() && TRANSIENT.contains(response.status()) && attempt < retryPolicy.maxAttempts()) {
                backOff(request, attempt, "essesseff answered " + response.status());
                continue;
            }
            return response;
        }
    }

    private void acquire(Request request) {
        try {
            pacer.acquire(clock, sleeper);
        } catch (InterruptedException e) {
            throw interrupted("waiting for essesseff's rate limit before " + request.describe());
        }
    }

    private void backOff(Request request, int failedAttempt, String reason) {
        Duration wait = retryPolicy.backoff(failedAttempt, jitter.getAsDouble());
        warn(reason + " (" + request.describe() + ", attempt " + failedAttempt + " of " + retryPolicy.maxAttempts()
                + "); trying again in " + Texts.describe(wait));
        try {
            if (!wait.isZero()) {
                sleeper.sleep(wait);
            }
        } catch (InterruptedException e) {
            throw interrupted("waiting to try " + request.describe() + " again");
        }
    }

    static EssesseffInterruptedException interrupted(String what) {
        Thread.currentThread().interrupt();
        return new EssesseffInterruptedException("Interrupted while " + what + " (was the build aborted?)");
    }

    private Response sendFollowingRedirects(Request request) {
        URI uri = request.uri();
        String method = request.method();
        byte[] body = request.body();
        boolean sendKey = true;
        for (int redirects = 0; ; redirects++) {
            Response response = sendOnce(request, uri, method, body, sendKey);
            if (!REDIRECTS.contains(response.status())) {
                return response;
            }
            if (redirects == MAX_REDIRECTS) {
                throw new TransportException(
                        "essesseff redirected " + request.describe() + " more than " + MAX_REDIRECTS
                                + " times; check the API URL",
                        false,
                        null);
            }
            URI next = redirectTarget(request, uri, response);
            if (sendKey && !mayKeepKey(uri, next)) {
                sendKey = false;
                warn("essesseff redirected " + request.describe() + " from " + hostOf(uri) + " to another host, "
                        + hostOf(next) + "; the request was sent there without the API key. "
                        + "Check the API URL if this is not intended.");
            }
            if (response.status() == 303) {
                method = "GET";
                body = null;
            }
            uri = next;
        }
    }

    private URI redirectTarget(Request request, URI from, Response response) {
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

    static String hostOf(URI uri) {
        return uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    private Response sendOnce(Request request, URI uri, String method, @CheckForNull byte[] body, boolean sendKey) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("Accept", request.accept())
                .header("User-Agent", userAgent);
        if (sendKey) {
            builder.header("X-API-Key", apiKey.reveal());
        }
        if (body != null) {
            builder.header("Content-Type", "application/json");
            builder.method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        AtomicReference<HttpResponse.ResponseInfo> answered = new AtomicReference<>();
        HttpResponse.BodyHandler<byte[]> handler = info -> {
            answered.set(info);
            return HttpResponse.BodySubscribers.ofByteArray();
        };
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> future;
        try {
            future = http.sendAsync(builder.build(), handler);
        } catch (IllegalArgumentException e) {
            throw new TransportException(
                    "the HTTP client refused " + request.describe() + " ("
                            + Texts.redact(String.valueOf(e.getMessage()), apiKey) + ")",
                    false,
                    null);
        }
        try {
            HttpResponse<byte[]> response =
                    future.get(requestTimeout.plus(connectTimeout).toMillis(), TimeUnit.MILLISECONDS);
            return new Response(request, response.statusCode(), response.headers(), response.body());
        } catch (InterruptedException e) {
            future.cancel(true);
            throw interrupted("waiting for essesseff's answer to " + request.describe());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw waitedTooLong(request, uri, answered.get(), e);
        } catch (CancellationException e) {
            throw new TransportException(
                    "the request " + request.describe() + " to " + hostOf(uri) + " was cancelled", true, null);
        } catch (ExecutionException e) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            throw failure(request, uri, answered.get(), e.getCause() == null ? e : e.getCause(), elapsed);
        }
    }

    private TransportException waitedTooLong(
            Request request, URI uri, @CheckForNull HttpResponse.ResponseInfo answered, Throwable cause) {
        if (answered != null) {
            return new TransportException(
                    "essesseff at " + hostOf(uri) + " answered " + request.describe() + " with " + answered.statusCode()
                            + " but its answer did not arrive complete within " + Texts.describe(requestTimeout),
                    true,
                    sanitized(cause));
        }
        return new TransportException(
                "essesseff at " + hostOf(uri) + " did not answer " + request.describe() + " within "
                        + Texts.describe(requestTimeout) + " (the request timeout); the connection was made, "
                        + "waiting for the answer timed out",
                true,
                sanitized(cause));
    }

    private TransportException failure(
            Request request,
            URI uri,
            @CheckForNull HttpResponse.ResponseInfo answered,
            Throwable cause,
            Duration elapsed) {
        String host = hostOf(uri);
        if (cause instanceof HttpConnectTimeoutException && elapsed.compareTo(connectTimeout) < 0) {
            // the JDK reports the request timeout as a connect timeout when it expires before the connection is made
            return new TransportException(
                    "connecting to essesseff at " + host + " did not complete within the request timeout ("
                            + Texts.describe(requestTimeout) + "); " + request.describe() + " was not sent",
                    false,
                    sanitized(cause));
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return new TransportException(
                    "connecting to essesseff at " + host + " timed out after " + Texts.describe(connectTimeout) + " ("
                            + request.describe() + " was not sent)",
                    false,
                    sanitized(cause));
        }
        if (cause instanceof HttpTimeoutException) {
            return waitedTooLong(request, uri, answered, cause);
        }
        if (cause instanceof ConnectException) {
            return new TransportException(
                    "could not connect to essesseff at " + host + " (" + reason(cause) + "); " + request.describe()
                            + " was not sent",
                    false,
                    sanitized(cause));
        }
        if (cause instanceof SSLException && answered == null) {
            return new TransportException(
                    "the secure connection to essesseff at " + host + " failed (" + reason(cause) + ") during "
                            + request.describe(),
                    true,
                    sanitized(cause));
        }
        if (cause instanceof IOException && answered != null) {
            return new TransportException(
                    "essesseff at " + host + " answered " + request.describe() + " with " + answered.statusCode()
                            + " but its answer could not be read: the connection broke off while it arrived ("
                            + reason(cause) + ")",
                    true,
                    sanitized(cause));
        }
        if (cause instanceof IOException) {
            return new TransportException(
                    "the connection to essesseff at " + host + " broke off before it answered " + request.describe()
                            + " (" + reason(cause) + ")",
                    true,
                    sanitized(cause));
        }
        return new TransportException(
                "sending " + request.describe() + " to essesseff at " + host + " failed (" + reason(cause) + ")",
                true,
                sanitized(cause));
    }

    private String reason(Throwable cause) {
        Throwable deepest = cause;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            if (deepest.getMessage() != null && !deepest.getMessage().isBlank()) {
                break;
            }
            deepest = deepest.getCause();
        }
        String message = deepest.getMessage();
        String text = deepest.getClass().getSimpleName()
                + (message == null || message.isBlank() ? "" : ": " + Texts.shorten(message, 160));
        return Texts.redact(text, apiKey);
    }

    /** The cause as a plain exception with its message redacted (JDK exceptions carry no headers, but be sure). */
    private Throwable sanitized(Throwable cause) {
        EssesseffException copy = new EssesseffException(reason(cause));
        copy.setStackTrace(cause.getStackTrace());
        return copy;
    }
}
