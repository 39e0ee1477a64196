package io.jenkins.plugins.essesseff.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A local emulation of the essesseff Apps API over real HTTP on 127.0.0.1, for tests and for
 * rehearsing pipelines (see docs/sandbox.md). Start it with {@link #start(SandboxOptions)}, point a
 * client at {@link #apiBaseUrl()} with {@link #defaultApiKey()}, close it when done.
 */
public final class EssesseffSandbox implements AutoCloseable {

    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle's algorithm and
        // delayed ACKs add about 40 ms to every loopback request. Read once, when the server classes load.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final Pattern KEY_IN_TEXT = Pattern.compile("ess_[A-Za-z0-9]{32}");
    private static final int THREADS = 16;

    private final SandboxOptions options;
    private final SandboxState state;
    private final SandboxApi api;
    private final SandboxControl control;
    private final SandboxRateLimiter rateLimiter;
    private final String defaultApiKey;
    private final List<ActiveFault> faults = new ArrayList<>();
    private final List<SandboxRequest> requests = new ArrayList<>();
    private final HttpServer server;
    private final ExecutorService executor;

    private EssesseffSandbox(SandboxOptions options) throws IOException {
        this.options = options;
        this.state = new SandboxState(options.clock());
        this.api = new SandboxApi(state);
        this.control = new SandboxControl(this);
        this.rateLimiter =
                new SandboxRateLimiter(options.clock(), options.rateLimitRequests(), options.rateLimitWindow());
        this.defaultApiKey = state.addKey(options.defaultAccount(), options.defaultApiKey());
        AtomicInteger threadNumber = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "essesseff-sandbox-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 50);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Starts a sandbox on 127.0.0.1 ({@code options.port()}, or a free port for 0). */
    public static EssesseffSandbox start(SandboxOptions options) {
        Objects.requireNonNull(options, "options");
        try {
            return new EssesseffSandbox(options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the essesseff sandbox on port " + options.port(), e);
        }
    }

    /** {@code http://127.0.0.1:<port>/api/v1}. */
    public URI apiBaseUrl() {
        return URI.create(rootUrl() + "/api/v1");
    }

    /** {@code http://127.0.0.1:<port>}; the control API is under {@code /_sandbox}. */
    public URI rootUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The key of {@code options.defaultAccount()}. */
    public String defaultApiKey() {
        return defaultApiKey;
    }

    /** Issues a new key ({@code ess_} and 32 alphanumerics) for {@code accountSlug} and returns it. */
    public String addApiKey(String accountSlug) {
        return java(() -> state.addKey(accountSlug, null));
    }

    /**
     * Registers a build on main, as essesseff does: creates the app (global Go template, nine repositories,
     * default retention policies) if missing, the image in BUILD, then moves it to DEV with a DEV
     * deployment. A tag already registered for the app is refused.
     *
     * @throws IllegalArgumentException for an invalid name or tag, or a tag already registered
     */
    public void registerBuild(String accountSlug, String organizationLogin, String appName, String imageTag) {
        java(() -> state.registerBuild(accountSlug, organizationLogin, appName, imageTag, true));
    }

    /**
     * How deployments to {@code environment} (DEV, QA, STAGING, PROD; either case) made from now on behave:
     * {@code pending} for the first third of {@code deploymentDelay}, {@code in_progress} until it has
     * passed (on the sandbox clock), then {@code outcome} ({@code succeeded} or {@code failed}) with
     * {@code healthStatus} (e.g. {@code Healthy}, {@code Degraded}, or null).
     */
    public void configureEnvironment(
            String environment, Duration deploymentDelay, String outcome, String healthStatus) {
        java(() -> state.configureEnvironment(environment, deploymentDelay, outcome, healthStatus));
    }

    /** Plays {@code fault} on the next matching API requests. */
    public void addFault(SandboxFault fault) {
        Objects.requireNonNull(fault, "fault");
        synchronized (faults) {
            faults.add(new ActiveFault(fault));
        }
    }

    void clearFaults() {
        synchronized (faults) {
            faults.clear();
        }
    }

    /** The API requests received so far, oldest first (the control API is not logged). */
    public List<SandboxRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /**
     * Back to the state just after start: no apps, images, deployments, faults, logged requests or
     * rate-limit windows; environments deploy immediately and successfully again. Keys are kept.
     */
    public void reset() {
        state.reset();
        rateLimiter.reset();
        clearFaults();
        synchronized (requests) {
            requests.clear();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    SandboxState state() {
        return state;
    }

    private static <T> T java(java.util.function.Supplier<T> operation) {
        try {
            return operation.get();
        } catch (SandboxError e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    // --------------------------------------------------------------------------------- HTTP

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            URI uri = exchange.getRequestURI();
            String rawPath = uri.getRawPath() == null ? "/" : uri.getRawPath();
            String rawQuery = uri.getRawQuery();
            byte[] body = exchange.getRequestBody().readAllBytes();
            if ("/_sandbox".equals(rawPath) || rawPath.startsWith("/_sandbox/")) {
                send(exchange, guarded(() -> control.handle(method, SandboxPaths.segments(rawPath), body)));
                return;
            }
            String logged = KEY_IN_TEXT
                    .matcher(rawQuery == null ? rawPath : rawPath + "?" + rawQuery)
                    .replaceAll("ess_****");
            SandboxFault fault = takeFault(method, rawPath);
            SandboxFault.Kind kind = fault == null ? null : fault.kind();
            if (kind == SandboxFault.Kind.STATUS) {
                SandboxResponse response = faultResponse(fault);
                log(method, logged, response.status());
                send(exchange, response);
                return;
            }
            if (kind == SandboxFault.Kind.RESET_BEFORE) {
                log(method, logged, 0);
                throw new ConnectionAbort("reset before applying " + method + " " + logged);
            }
            if (kind == SandboxFault.Kind.DELAY) {
                sleep(fault.delay());
            }
            SandboxResponse response = guarded(() -> apply(exchange, method, rawPath, rawQuery, body));
            log(method, logged, response.status());
            if (kind == SandboxFault.Kind.RESET_AFTER) {
                throw new ConnectionAbort("reset after applying " + method + " " + logged);
            }
            if (kind == SandboxFault.Kind.TRUNCATE) {
                sendTruncated(exchange, response);
                throw new ConnectionAbort("truncated " + method + " " + logged);
            }
            send(exchange, response);
        } finally {
            exchange.close();
        }
    }

    private SandboxResponse apply(HttpExchange exchange, String method, String rawPath, String rawQuery, byte[] body) {
        if (!("/api/v1".equals(rawPath) || rawPath.startsWith("/api/v1/"))) {
            return SandboxResponse.error(
                    404,
                    "not_found",
                    "no such route: " + method + " " + rawPath
                            + " (the Apps API is under /api/v1, the sandbox controls under /_sandbox)");
        }
        String apiKey = exchange.getRequestHeaders().getFirst("X-API-Key");
        apiKey = apiKey == null ? "" : apiKey.strip();
        if (apiKey.isEmpty()) {
            boolean bearer = exchange.getRequestHeaders().containsKey("Authorization");
            return SandboxResponse.error(
                    401,
                    "unauthorized",
                    bearer
                            ? "Authorization: Bearer is no longer accepted; send the key in the X-API-Key header"
                            : "missing API key: send it in the X-API-Key header");
        }
        String account = state.accountOf(apiKey);
        if (account == null) {
            return SandboxResponse.error(401, "unauthorized", "invalid API key");
        }
        Map<String, String> rateHeaders = Map.of();
        if (options.rateLimited()) {
            SandboxRateLimiter.Decision decision = rateLimiter.acquire(apiKey);
            rateHeaders = decision.headers();
            if (!decision.allowed()) {
                return SandboxResponse.error(
                                429,
                                "rate_limit_exceeded",
                                "rate limit of " + options.rateLimitRequests() + " requests per "
                                        + options.rateLimitWindow().toSeconds()
                                        + " s exceeded; retry after the time in X-RateLimit-Reset")
                        .withHeaders(rateHeaders);
            }
        }
        List<String> segments = SandboxPaths.segments(rawPath.substring("/api/v1".length()));
        return guarded(() -> api.handle(method, segments, SandboxPaths.query(rawQuery), body, account))
                .withHeaders(rateHeaders);
    }

    private static SandboxResponse guarded(java.util.function.Supplier<SandboxResponse> handler) {
        try {
            return handler.get();
        } catch (SandboxError e) {
            return SandboxResponse.error(e);
        } catch (RuntimeException e) {
            return SandboxResponse.error(500, "internal_error", "the sandbox failed: " + e);
        }
    }

    private SandboxFault takeFault(String method, String rawPath) {
        synchronized (faults) {
            Iterator<ActiveFault> iterator = faults.iterator();
            while (iterator.hasNext()) {
                ActiveFault active = iterator.next();
                if (active.fault.matches(method, rawPath)) {
                    if (--active.remaining <= 0) {
                        iterator.remove();
                    }
                    return active.fault;
                }
            }
            return null;
        }
    }

    private static SandboxResponse faultResponse(SandboxFault fault) {
        int status = fault.status();
        String reason = reason(status);
        if (fault.htmlBody()) {
            return SandboxResponse.text(
                    status,
                    "text/html; charset=utf-8",
                    "<html>\r\n<head><title>" + status + " " + reason + "</title></head>\r\n<body>\r\n<center><h1>"
                            + status + " " + reason + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n"
                            + "</html>\r\n");
        }
        String error = status == 429
                ? "rate_limit_exceeded"
                : reason.toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
        return SandboxResponse.error(status, error, "injected by a sandbox fault: " + status + " " + reason);
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "HTTP " + status;
        };
    }

    private void log(String method, String path, int status) {
        synchronized (requests) {
            requests.add(new SandboxRequest(method, path, status));
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, SandboxResponse response) throws IOException {
        writeHeaders(exchange, response);
        if (response.status() == 204 || response.body().length == 0) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        exchange.sendResponseHeaders(response.status(), response.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response.body());
        }
    }

    /** Announces the full length, writes half of the body, and leaves the connection to be dropped. */
    private static void sendTruncated(HttpExchange exchange, SandboxResponse response) throws IOException {
        writeHeaders(exchange, response);
        byte[] body =
                response.body().length == 0 ? "{\"success\":true}".getBytes(StandardCharsets.UTF_8) : response.body();
        exchange.sendResponseHeaders(response.status() == 204 ? 200 : response.status(), body.length);
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, body.length / 2);
        out.flush();
    }

    private static void writeHeaders(HttpExchange exchange, SandboxResponse response) {
        if (response.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
        }
        response.headers()
                .forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    }

    private static final class ActiveFault {
        final SandboxFault fault;
        int remaining;

        ActiveFault(SandboxFault fault) {
            this.fault = fault;
            this.remaining = fault.times();
        }
    }

    /**
     * Thrown out of the handler so that the JDK server drops the connection without (the rest of) a
     * response: its exchange loop closes the connection on any exception from a handler.
     */
    private static final class ConnectionAbort extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ConnectionAbort(String message) {
            super(message, null, false, false);
        }
    }
}
