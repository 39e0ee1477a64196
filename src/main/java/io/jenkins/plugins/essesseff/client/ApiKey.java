package io.jenkins.plugins.essesseff.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * An essesseff API key. It travels through the code as this opaque value: {@link #toString()} reveals nothing,
 * and only the client reads the key itself, to put it in the {@code X-API-Key} header.
 */
public final class ApiKey {
    private static final Pattern DOCUMENTED_SHAPE = Pattern.compile("ess_[a-zA-Z0-9]{32}");

    private final String value;

    private ApiKey(String value) {
        this.value = value;
    }

    /**
     * Takes a key as configured, trimming white space and surrounding quotes.
     *
     * @throws InvalidInputException when nothing is left
     */
    public static ApiKey of(String configured) {
        String trimmed = configured == null ? "" : configured.strip();
        while (trimmed.length() >= 2
                && isQuote(trimmed.charAt(0))
                && trimmed.charAt(trimmed.length() - 1) == trimmed.charAt(0)) {
            trimmed = trimmed.substring(1, trimmed.length() - 1).strip();
        }
        if (trimmed.isEmpty()) {
            throw new InvalidInputException(
                    "apiKey", "the API key is empty; store the essesseff API key (ess_…) in a Secret text credential");
        }
        return new ApiKey(trimmed);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }

    /** Whether the key has the documented shape {@code ess_} followed by 32 letters or digits. */
    public boolean hasDocumentedShape() {
        return DOCUMENTED_SHAPE.matcher(value).matches();
    }

    /** A short, stable, one-way fingerprint: the same key always gets the same one, and it cannot be turned back. */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The key itself, for the request header only. */
    String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiKey key && key.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "ApiKey[****]";
    }
}
