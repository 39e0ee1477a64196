package io.jenkins.plugins.essesseff.benchmark;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * When each request left the client, recorded by wrapping the {@link HttpClient} the client builds (through
 * {@code EssesseffClient.Builder#httpClientBuilder}); the client itself is not changed. Used to see where a paced
 * run spends its time: replaying the sandbox's windows over the send instants shows, for every window after the
 * first, how long after the previous window ended its first request went out.
 */
final class RequestTimeline {
    private final List<Instant> sends = Collections.synchronizedList(new ArrayList<>());

    HttpClient.Builder httpClientBuilder() {
        return new RecordingBuilder(HttpClient.newBuilder(), this);
    }

    /** The windows a fixed-window limiter starting at the first request would have opened, and how late each was. */
    record Windows(int count, List<Long> lateStartNanos) {
        long totalLateNanos() {
            return lateStartNanos.stream().mapToLong(Long::longValue).sum();
        }

        long meanLateNanos() {
            return lateStartNanos.isEmpty() ? 0 : totalLateNanos() / lateStartNanos.size();
        }

        long maxLateNanos() {
            return lateStartNanos.stream().mapToLong(Long::longValue).max().orElse(0);
        }

        long minLateNanos() {
            return lateStartNanos.stream().mapToLong(Long::longValue).min().orElse(0);
        }
    }

    /**
     * Replays the windows of {@code limit} over the send instants: a window opens at the first request sent at or
     * after the end of the previous one.
     */
    Windows windows(RateLimit limit) {
        List<Instant> sorted;
        synchronized (sends) {
            sorted = new ArrayList<>(sends);
        }
        sorted.sort(Comparator.naturalOrder());
        List<Long> late = new ArrayList<>();
        int count = 0;
        Instant end = null;
        for (Instant sent : sorted) {
            if (end == null || !sent.isBefore(end)) {
                if (end != null) {
                    late.add(Duration.between(end, sent).toNanos());
                }
                end = sent.plus(limit.window());
                count++;
            }
        }
        return new Windows(count, List.copyOf(late));
    }

    int sent() {
        return sends.size();
    }

    private static final class RecordingBuilder implements HttpClient.Builder {
        private final HttpClient.Builder delegate;
        private final RequestTimeline timeline;

        RecordingBuilder(HttpClient.Builder delegate, RequestTimeline timeline) {
            this.delegate = delegate;
            this.timeline = timeline;
        }

        @Override
        public HttpClient.Builder cookieHandler(CookieHandler cookieHandler) {
            delegate.cookieHandler(cookieHandler);
            return this;
        }

        @Override
        public HttpClient.Builder connectTimeout(Duration duration) {
            delegate.connectTimeout(duration);
            return this;
        }

        @Override
        public HttpClient.Builder sslContext(SSLContext sslContext) {
            delegate.sslContext(sslContext);
            return this;
        }

        @Override
        public HttpClient.Builder sslParameters(SSLParameters sslParameters) {
            delegate.sslParameters(sslParameters);
            return this;
        }

        @Override
        public HttpClient.Builder executor(Executor executor) {
            delegate.executor(executor);
            return this;
        }

        @Override
        public HttpClient.Builder followRedirects(HttpClient.Redirect policy) {
            delegate.followRedirects(policy);
            return this;
        }

        @Override
        public HttpClient.Builder version(HttpClient.Version version) {
            delegate.version(version);
            return this;
        }

        @Override
        public HttpClient.Builder priority(int priority) {
            delegate.priority(priority);
            return this;
        }

        @Override
        public HttpClient.Builder proxy(ProxySelector proxySelector) {
            delegate.proxy(proxySelector);
            return this;
        }

        @Override
        public HttpClient.Builder authenticator(Authenticator authenticator) {
            delegate.authenticator(authenticator);
            return this;
        }

        @Override
        public HttpClient build() {
            return new RecordingClient(delegate.build(), timeline);
        }
    }

    private static final class RecordingClient extends HttpClient {
        private final HttpClient delegate;
        private final RequestTimeline timeline;

        RecordingClient(HttpClient delegate, RequestTimeline timeline) {
            this.delegate = delegate;
            this.timeline = timeline;
        }

        @Override
        public Optional<CookieHandler> cookieHandler() {
            return delegate.cookieHandler();
        }

        @Override
        public Optional<Duration> connectTimeout() {
            return delegate.connectTimeout();
        }

        @Override
        public Redirect followRedirects() {
            return delegate.followRedirects();
        }

        @Override
        public Optional<ProxySelector> proxy() {
            return delegate.proxy();
        }

        @Override
        public SSLContext sslContext() {
            return delegate.sslContext();
        }

        @Override
        public SSLParameters sslParameters() {
            return delegate.sslParameters();
        }

        @Override
        public Optional<Authenticator> authenticator() {
            return delegate.authenticator();
        }

        @Override
        public Version version() {
            return delegate.version();
        }

        @Override
        public Optional<Executor> executor() {
            return delegate.executor();
        }

        @Override
        public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
                throws IOException, InterruptedException {
            timeline.sends.add(Instant.now());
            return delegate.send(request, handler);
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(
                HttpRequest request, HttpResponse.BodyHandler<T> handler) {
            timeline.sends.add(Instant.now());
            return delegate.sendAsync(request, handler);
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(
                HttpRequest request,
                HttpResponse.BodyHandler<T> handler,
                HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
            timeline.sends.add(Instant.now());
            return delegate.sendAsync(request, handler, pushPromiseHandler);
        }
    }
}
