package io.jenkins.plugins.essesseff.client;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

/**
 * Sends one logical request: paces it, waits out 429s, and retries reads on transient failures. {@link Redirects}
 * follows the redirects and decides where the key goes; {@link TransportFailures} says what went wrong.
 */
final class Transport {
    /** How many 429s in a row a request waits out before giving up. */
    static final int MAX_RATE_LIMITED_RETRIES = 5;

    private static final Set<Integer> TRANSIENT = Set.of(502, 503, 504);

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
    private final TransportFailures failures;

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
        this.failures = new TransportFailures(apiKey, connectTimeout, requestTimeout);
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
                response = Redirects.follow(request, this::sendOnce, apiKey, this::warn);
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

    /** The host, and the port when the URI names one: how messages name a server, and how pacers are keyed. */
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
            throw failures.refused(request, e);
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
            throw failures.waitedTooLong(request, uri, answered.get(), e);
        } catch (CancellationException e) {
            throw failures.cancelled(request, uri);
        } catch (ExecutionException e) {
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            throw failures.failure(request, uri, answered.get(), e.getCause() == null ? e : e.getCause(), elapsed);
        }
    }
}
