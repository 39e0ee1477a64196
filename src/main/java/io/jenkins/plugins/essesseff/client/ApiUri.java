package io.jenkins.plugins.essesseff.client;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Builds a request URI under the API base URL. Every path segment is percent-encoded as exactly one segment
 * ({@code /} becomes {@code %2F}, {@code +} becomes {@code %2B}, a space {@code %20}); only the RFC 3986 unreserved
 * characters {@code A-Z a-z 0-9 - . _ ~} are left as they are. Query names and values are encoded the same way.
 */
final class ApiUri {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final StringBuilder path;
    private final StringBuilder query = new StringBuilder();

    private ApiUri(URI base) {
        String basePath = base.getRawPath() == null ? "" : base.getRawPath();
        while (basePath.endsWith("/")) {
            basePath = basePath.substring(0, basePath.length() - 1);
        }
        this.path = new StringBuilder(base.getScheme())
                .append("://")
                .append(base.getRawAuthority())
                .append(basePath);
    }

    static ApiUri under(URI base) {
        return new ApiUri(base);
    }

    /** Appends each value as one encoded path segment. */
    ApiUri segments(String... values) {
        for (String value : values) {
            path.append('/').append(encode(value));
        }
        return this;
    }

    /** Appends {@code name=value}, encoded; does nothing when {@code value} is null. */
    ApiUri query(String name, @CheckForNull Object value) {
        if (value != null) {
            query.append(query.length() == 0 ? '?' : '&')
                    .append(encode(name))
                    .append('=')
                    .append(encode(value.toString()));
        }
        return this;
    }

    URI toUri() {
        return URI.create(path.toString() + query);
    }

    /** Percent-encodes everything but the RFC 3986 unreserved characters, as UTF-8. */
    static String encode(String value) {
        StringBuilder encoded = new StringBuilder(value.length() + 8);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (isUnreserved(c)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return encoded.toString();
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~';
    }
}
