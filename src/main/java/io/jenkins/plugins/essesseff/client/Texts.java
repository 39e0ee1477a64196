package io.jenkins.plugins.essesseff.client;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/** Text helpers: readable durations, sanitized excerpts of bodies, and the key taken out of anything shown. */
final class Texts {
    static final int EXCERPT_LENGTH = 200;

    private static final Pattern KEY_SHAPED = Pattern.compile("ess_[A-Za-z0-9]{32}");
    private static final Pattern SCRIPT_OR_STYLE =
            Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>?");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\s]]");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private Texts() {}

    /** {@code 300 ms}, {@code 10 s}, {@code 1.5 s}, {@code 2 min}. */
    static String describe(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis % 60_000 == 0) {
            return millis / 60_000 + " min";
        }
        if (millis % 1000 == 0) {
            return millis / 1000 + " s";
        }
        return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /**
     * A short, readable excerpt of a body that is not essesseff's JSON (e.g. a proxy's HTML page): scripts, styles,
     * comments and tags removed, a few entities decoded, white space collapsed, at most 200 characters.
     */
    static String excerpt(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 64 * 1024), StandardCharsets.UTF_8);
        text = SCRIPT_OR_STYLE.matcher(text).replaceAll(" ");
        text = TAG.matcher(text).replaceAll(" ");
        text = text.replace("&nbsp;", " ")
                .replace("&lt;", "‹")
                .replace("&gt;", "›")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
        text = CONTROL.matcher(text).replaceAll(" ");
        text = WHITE_SPACE.matcher(text).replaceAll(" ").strip();
        return shorten(text, EXCERPT_LENGTH);
    }

    static String shorten(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        return text.substring(0, length - 1).stripTrailing() + "…";
    }

    /**
     * {@code text} with the key (unless it is too short to mask without garbling the text), and anything shaped like
     * an essesseff key, masked.
     */
    static String redact(String text, ApiKey key) {
        String redacted = text;
        String secret = key.reveal();
        if (secret.length() >= 6) {
            redacted = redacted.replace(secret, "****");
        }
        return KEY_SHAPED.matcher(redacted).replaceAll("ess_****");
    }
}
