package io.jenkins.plugins.essesseff.client;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.essesseff.client.Transport.Request;
import io.jenkins.plugins.essesseff.client.Transport.TransportException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import javax.net.ssl.SSLException;

/**
 * Turns what the JDK's HTTP client throws into a {@link TransportException} that says what happened, whether the
 * request may have arrived, and never the key.
 */
final class TransportFailures {
    private final ApiKey apiKey;
    private final Duration connectTimeout;
    private final Duration requestTimeout;

    TransportFailures(ApiKey apiKey, Duration connectTimeout, Duration requestTimeout) {
        this.apiKey = apiKey;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
    }

    TransportException refused(Request request, IllegalArgumentException cause) {
        return new TransportException(
                "the HTTP client refused " + request.describe() + " ("
                        + Texts.redact(String.valueOf(cause.getMessage()), apiKey) + ")",
                false,
                null);
    }

    TransportException cancelled(Request request, URI uri) {
        return new TransportException(
                "the request " + request.describe() + " to " + Transport.hostOf(uri) + " was cancelled", true, null);
    }

    TransportException waitedTooLong(
            Request request, URI uri, @CheckForNull HttpResponse.ResponseInfo answered, Throwable cause) {
        String host = Transport.hostOf(uri);
        if (answered != null) {
            return new TransportException(
                    "essesseff at " + host + " answered " + request.describe() + " with " + answered.statusCode()
                            + " but its answer did not arrive complete within " + Texts.describe(requestTimeout),
                    true,
                    sanitized(cause));
        }
        return new TransportException(
                "essesseff at " + host + " did not answer " + request.describe() + " within "
                        + Texts.describe(requestTimeout) + " (the request timeout); the connection was made, "
                        + "waiting for the answer timed out",
                true,
                sanitized(cause));
    }

    TransportException failure(
            Request request,
            URI uri,
            @CheckForNull HttpResponse.ResponseInfo answered,
            Throwable cause,
            Duration elapsed) {
        String host = Transport.hostOf(uri);
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
