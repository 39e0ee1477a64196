package io.jenkins.plugins.essesseff.client;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks made before anything is sent, each failing with a message that names the field and the rule. */
public final class Validation {
    static final int MAX_ARGOCD_URL_LENGTH = 1000;

    private static final Pattern APP_NAME = Pattern.compile("[a-z0-9-]+");
    private static final Set<String> VISIBILITIES = Set.of("private", "public");

    private Validation() {}

    public static String requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        return value.trim();
    }

    /** essesseff app names are URL-compliant: lowercase letters, digits and hyphens. */
    public static String requireAppName(String field, String value) {
        String name = requireText(field, value);
        if (!APP_NAME.matcher(name).matches()) {
            throw new InvalidInputException(
                    field, "'" + name + "' is not a valid app name; use lowercase letters, digits and hyphens only");
        }
        return name;
    }

    /**
     * A container image tag: required, and usable as one path segment. A tag cannot contain {@code /}, and servers
     * and proxies commonly decode {@code %2F} before routing, so a {@code /} is refused rather than encoded.
     */
    public static String requireImageTag(String imageTag) {
        String tag = pathSegment("imageTag", imageTag);
        if (tag.contains("/")) {
            throw new InvalidInputException(
                    "imageTag",
                    "'" + tag + "' contains '/', which an image tag cannot contain; give the tag only, without the"
                            + " image name (e.g. 1.0.0-a1b2c3d-20231201T120000Z)");
        }
        return tag;
    }

    /**
     * What keeps {@code value} from being an essesseff API base URL, if anything: it must be an http(s) URL with a
     * host and without a query or fragment. Used by the client builder and by the global configuration's form check.
     */
    public static Optional<String> apiUrlProblem(@CheckForNull String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("the API URL is empty; the essesseff API is at " + EssesseffClient.DEFAULT_BASE_URL);
        }
        String text = value.strip();
        Optional<String> problem = webAddressProblem(text);
        if (problem.isPresent()) {
            return Optional.of(
                    "the API URL " + problem.get() + "; the essesseff API is at " + EssesseffClient.DEFAULT_BASE_URL);
        }
        URI uri = URI.create(text);
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.of("the API URL must not have a query (?…) or a fragment (#…)");
        }
        return Optional.empty();
    }

    /** An API base URL, refused with a message naming {@code apiUrl} when {@link #apiUrlProblem} finds one. */
    public static URI requireApiUrl(@CheckForNull String value) {
        Optional<String> problem = apiUrlProblem(value);
        if (problem.isPresent()) {
            throw new InvalidInputException("apiUrl", problem.get());
        }
        return URI.create(value.strip());
    }

    /**
     * An Argo CD application URL: an http or https URL with a host, at most {@value #MAX_ARGOCD_URL_LENGTH}
     * characters.
     */
    public static String requireArgoCdUrl(String url) {
        if (url.length() > MAX_ARGOCD_URL_LENGTH) {
            throw new InvalidInputException(
                    "url", "the Argo CD application URL may be at most 1000 characters, was " + url.length());
        }
        Optional<String> problem = webAddressProblem(url);
        if (problem.isPresent()) {
            throw new InvalidInputException("url", "the Argo CD application URL " + problem.get());
        }
        return url;
    }

    /** What keeps {@code text} from being an absolute http(s) URL with a host, worded to follow "the URL". */
    private static Optional<String> webAddressProblem(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return Optional.of("'" + Texts.shorten(text, 100) + "' is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("'" + Texts.shorten(text, 100) + "' must start with https:// (or http://)");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of("'" + Texts.shorten(text, 100) + "' has no host name");
        }
        return Optional.empty();
    }

    /** Required text that may be sent as one path segment: {@code .} and {@code ..} would change the path. */
    static String pathSegment(String field, String value) {
        String text = requireText(field, value);
        if (text.equals(".") || text.equals("..")) {
            throw new InvalidInputException(field, "'" + text + "' cannot be a path segment");
        }
        return text;
    }

    /** The value in lower case if it is one of {@code allowed} (any case), null when blank. */
    @CheckForNull
    static String oneOf(String field, @CheckForNull String value, Set<String> allowed) {
        String cleaned = blankToNull(value);
        if (cleaned == null) {
            return null;
        }
        String lower = cleaned.toLowerCase(Locale.ROOT);
        if (!allowed.contains(lower)) {
            throw new InvalidInputException(
                    field,
                    "'" + cleaned + "' is not allowed; use one of "
                            + String.join(", ", allowed.stream().sorted().toList()));
        }
        return lower;
    }

    @CheckForNull
    static String repositoryVisibility(@CheckForNull String value) {
        return oneOf("repositoryVisibility", value, VISIBILITIES);
    }

    /** An optional text as given, stripped of surrounding white space; null when nothing is left. */
    @CheckForNull
    public static String blankToNull(@CheckForNull String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
