package io.jenkins.plugins.essesseff.sandbox;

import static io.jenkins.plugins.essesseff.sandbox.SandboxJson.object;
import static io.jenkins.plugins.essesseff.sandbox.SandboxJson.optionalString;
import static io.jenkins.plugins.essesseff.sandbox.SandboxJson.requiredString;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Apps API routes under {@code /api/v1}: validation, then one call into {@link SandboxState}. Runs
 * after authentication and the rate limit; checks the account (403) before anything else.
 */
final class SandboxApi {

    private static final Set<String> LOWER_ENVIRONMENTS = Set.of("dev", "qa", "staging", "prod");
    private static final Set<String> DEPLOYMENT_STATUSES = Set.of("pending", "in_progress", "succeeded", "failed");
    private static final Set<String> IMAGE_STATUSES = Set.of("active", "expired", "all");
    private static final Set<String> VISIBILITIES = Set.of("private", "public");
    private static final int MAX_URL_LENGTH = 1000;
    private static final int MAX_LIMIT = 1000;

    private final SandboxState state;

    SandboxApi(SandboxState state) {
        this.state = state;
    }

    /**
     * @param method the HTTP method
     * @param segments the decoded path segments after {@code /api/v1}
     * @param query the decoded query parameters
     * @param body the request body
     * @param keyAccount the account the request's key belongs to
     */
    SandboxResponse handle(
            String method, List<String> segments, Map<String, String> query, byte[] body, String keyAccount) {
        if (segments.size() >= 2
                && "accounts".equals(segments.get(0))
                && !segments.get(1).equals(keyAccount)) {
            throw new SandboxError(
                    403,
                    "forbidden",
                    "the API key belongs to account '" + keyAccount + "', not to '" + segments.get(1) + "'");
        }
        if (segments.size() < 5
                || !"accounts".equals(segments.get(0))
                || !"organizations".equals(segments.get(2))
                || !"apps".equals(segments.get(4))
                || segments.contains("")) {
            throw unknownRoute(method, segments);
        }
        Target target = new Target(segments.get(1), segments.get(3), segments.size() > 5 ? segments.get(5) : null);
        List<String> rest = segments.subList(Math.min(6, segments.size()), segments.size());
        if (target.app == null) {
            return switch (method) {
                case "GET" -> listApps(target, query);
                case "POST" -> createApp(target, query, body);
                default -> throw methodNotAllowed(method, "GET, POST");
            };
        }
        if (rest.isEmpty()) {
            return switch (method) {
                case "GET" -> envelope(state.app(target.account, target.organization, target.app));
                case "PATCH" -> patchApp(target, body);
                default -> throw methodNotAllowed(method, "GET, PATCH");
            };
        }
        String resource = rest.get(0);
        switch (resource) {
            case "deployments":
                requireSize(method, segments, rest, 1);
                requireMethod(method, "GET");
                return deployments(target, query);
            case "images":
                return images(method, segments, target, rest, query, body);
            case "environments":
                return environments(method, segments, target, rest, body);
            case "retention-policies":
                requireSize(method, segments, rest, 1);
                return switch (method) {
                    case "GET" -> retentionPolicies(target, query);
                    case "PATCH" -> patchRetention(target, query, body);
                    default -> throw methodNotAllowed(method, "GET, PATCH");
                };
            case "notifications-secret":
                requireSize(method, segments, rest, 1);
                requireMethod(method, "GET");
                return SandboxResponse.text(
                        200,
                        "application/x-yaml",
                        state.notificationsSecret(target.account, target.organization, target.app));
            default:
                throw unknownRoute(method, segments);
        }
    }

    // ----------------------------------------------------------------------------------- apps

    private SandboxResponse listApps(Target target, Map<String, String> query) {
        int limit = limit(query, 50);
        int offset = offset(query);
        String appName = nonEmpty(query, "app_name");
        return page(state.listApps(target.account, target.organization, appName), limit, offset);
    }

    private SandboxResponse createApp(Target target, Map<String, String> query, byte[] body) {
        String appName = query.get("app_name");
        if (appName == null || appName.isEmpty()) {
            throw SandboxError.invalidParameter("the app_name query parameter is required");
        }
        SandboxState.requireAppName(appName);
        JsonNode json = SandboxJson.readObject(body);
        JsonNode template = json.get("template");
        if (template == null || !template.isObject()) {
            throw SandboxError.invalidParameter("template is required: an object with template_org_login, "
                    + "source_template_repo, is_global_template and replacement_string");
        }
        String templateOrgLogin = requiredString(template, "template_org_login", "template.template_org_login");
        String sourceTemplateRepo = requiredString(template, "source_template_repo", "template.source_template_repo");
        JsonNode global = template.get("is_global_template");
        if (global == null || !global.isBoolean()) {
            throw SandboxError.invalidParameter("template.is_global_template is required (true or false)");
        }
        String replacement = requiredString(template, "replacement_string", "template.replacement_string");
        String visibility = visibility(json);
        SandboxState.NewApp request = new SandboxState.NewApp(
                optionalString(json, "description"),
                optionalString(json, "programming_language"),
                visibility == null ? "private" : visibility,
                templateOrgLogin,
                sourceTemplateRepo,
                global.booleanValue(),
                replacement);
        return SandboxResponse.json(
                201,
                object(
                        "success",
                        true,
                        "data",
                        state.createApp(target.account, target.organization, appName, request)));
    }

    private SandboxResponse patchApp(Target target, byte[] body) {
        JsonNode json = SandboxJson.readObject(body);
        boolean hasDescription = json.has("description");
        String description = optionalString(json, "description");
        String visibility = visibility(json);
        if (!hasDescription && visibility == null) {
            throw SandboxError.invalidParameter("at least one of description or repository_visibility is required");
        }
        return envelope(state.patchApp(
                target.account, target.organization, target.app, hasDescription, description, visibility));
    }

    private static String visibility(JsonNode json) {
        String visibility = optionalString(json, "repository_visibility");
        if (visibility != null && !VISIBILITIES.contains(visibility)) {
            throw SandboxError.invalidParameter("repository_visibility must be private or public; was " + visibility);
        }
        return visibility;
    }

    // ----------------------------------------------------------------------------- deployments

    private SandboxResponse deployments(Target target, Map<String, String> query) {
        int limit = limit(query, 50);
        int offset = offset(query);
        String environment = lowerEnvironment(query);
        String status = oneOf(query, "status", DEPLOYMENT_STATUSES);
        return page(
                state.deployments(target.account, target.organization, target.app, environment, status), limit, offset);
    }

    // --------------------------------------------------------------------------------- images

    private SandboxResponse images(
            String method,
            List<String> segments,
            Target target,
            List<String> rest,
            Map<String, String> query,
            byte[] body) {
        if (rest.size() == 1) {
            requireMethod(method, "GET");
            int limit = limit(query, 100);
            int offset = offset(query);
            String status = oneOf(query, "status", IMAGE_STATUSES);
            return page(
                    state.images(
                            target.account,
                            target.organization,
                            target.app,
                            nonEmpty(query, "repository_name"),
                            nonEmpty(query, "image_tag"),
                            status),
                    limit,
                    offset);
        }
        String tag = rest.get(1);
        if (rest.size() == 2) {
            requireMethod(method, "GET");
            return envelope(state.image(
                    target.account, target.organization, target.app, tag, nonEmpty(query, "repository_name")));
        }
        if (rest.size() == 3 && "lifecycle".equals(rest.get(2))) {
            return switch (method) {
                case "GET" ->
                    SandboxResponse.json(
                            200, state.lifecycle(target.account, target.organization, target.app, tag, history(query)));
                case "POST" -> setLifecycle(target, tag, body);
                default -> throw methodNotAllowed(method, "GET, POST");
            };
        }
        throw unknownRoute(method, segments);
    }

    private static boolean history(Map<String, String> query) {
        String history = query.get("history");
        if (history == null || "false".equals(history) || "0".equals(history)) {
            return false;
        }
        if ("true".equals(history) || "1".equals(history)) {
            return true;
        }
        throw SandboxError.invalidParameter("history must be true, 1, false or 0; was " + history);
    }

    private SandboxResponse setLifecycle(Target target, String tag, byte[] body) {
        JsonNode json = SandboxJson.readObject(body);
        String stateName = requiredString(json, "state");
        if ("QA_TESTING".equals(stateName)) {
            throw SandboxError.badRequest(
                    "invalid_state", "use \"QA\": QA_TESTING is the older spelling, which the API does not accept");
        }
        if (!SandboxLifecycle.isState(stateName)) {
            throw SandboxError.badRequest(
                    "invalid_state",
                    "state must be one of " + String.join(", ", SandboxLifecycle.STATES) + "; was " + stateName);
        }
        String note = optionalString(json, "deployment_note");
        return SandboxResponse.json(
                200, state.setLifecycle(target.account, target.organization, target.app, tag, stateName, note));
    }

    // ---------------------------------------------------------------------------- environments

    private SandboxResponse environments(
            String method, List<String> segments, Target target, List<String> rest, byte[] body) {
        if (rest.size() < 2 || rest.size() > 3) {
            throw unknownRoute(method, segments);
        }
        String environment = pathEnvironment(rest.get(1));
        if (rest.size() == 2) {
            requireMethod(method, "GET");
            return SandboxResponse.json(
                    200, state.environment(target.account, target.organization, target.app, environment));
        }
        String action = rest.get(2);
        String requiredEnvironment =
                switch (action) {
                    case "set-argocd-application-url" -> environment;
                    case "declare-rc" -> "DEV";
                    case "accept-rc", "reject-rc", "declare-stable", "declare-rejected" -> "QA";
                    case "deploy-stable" -> "PROD".equals(environment) ? "PROD" : "STAGING";
                    default -> throw unknownRoute(method, segments);
                };
        if (!requiredEnvironment.equals(environment)) {
            throw SandboxError.notFound("no such route: " + action + " exists only under environments/"
                    + ("deploy-stable".equals(action) ? "STAGING and environments/PROD" : requiredEnvironment)
                    + ", not under environments/" + environment);
        }
        requireMethod(method, "POST");
        String account = target.account;
        String organization = target.organization;
        String app = target.app;
        return switch (action) {
            case "set-argocd-application-url" -> {
                state.setArgocdUrl(account, organization, app, environment, argocdUrl(body));
                yield SandboxResponse.noContent();
            }
            case "declare-rc" -> SandboxResponse.json(200, state.declare(account, organization, app, "DEV", "RC"));
            case "declare-stable" ->
                SandboxResponse.json(200, state.declare(account, organization, app, "QA", "STABLE"));
            case "declare-rejected" ->
                SandboxResponse.json(200, state.declare(account, organization, app, "QA", "REJECTED"));
            case "accept-rc" -> promote(target, "QA", "QA", body, false);
            case "reject-rc" -> promote(target, "QA", "REJECTED", body, false);
            default -> promote(target, environment, environment, body, "PROD".equals(environment));
        };
    }

    private SandboxResponse promote(
            Target target, String environment, String targetState, byte[] body, boolean withNote) {
        JsonNode json = SandboxJson.readObject(body);
        String tag = requiredString(json, "image_tag");
        String note = withNote ? optionalString(json, "deployment_note") : null;
        return SandboxResponse.json(
                200,
                state.promote(
                        target.account,
                        target.organization,
                        target.app,
                        environment,
                        tag,
                        targetState,
                        withNote,
                        note));
    }

    private static String argocdUrl(byte[] body) {
        JsonNode json = SandboxJson.readObject(body);
        String url = optionalString(json, "url");
        if (url == null || url.isBlank()) {
            return null;
        }
        url = url.strip();
        if (url.length() > MAX_URL_LENGTH) {
            throw SandboxError.badRequest(
                    "invalid_url", "url must be at most " + MAX_URL_LENGTH + " characters; was " + url.length());
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!("http".equals(scheme) || "https".equals(scheme)) || uri.getHost() == null) {
                throw SandboxError.badRequest("invalid_url", "url must be an absolute http or https URL; was " + url);
            }
        } catch (URISyntaxException e) {
            throw SandboxError.badRequest("invalid_url", "url is not a valid URL: " + e.getMessage());
        }
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return url;
    }

    private static String pathEnvironment(String environment) {
        if (SandboxState.ENVIRONMENTS.contains(environment)) {
            return environment;
        }
        String hint = SandboxState.ENVIRONMENTS.contains(environment.toUpperCase(Locale.ROOT))
                ? " (environments in paths are upper case: use " + environment.toUpperCase(Locale.ROOT) + ")"
                : "";
        throw SandboxError.badRequest(
                "invalid_environment", "env must be one of DEV, QA, STAGING, PROD; was " + environment + hint);
    }

    // ------------------------------------------------------------------------------- retention

    private SandboxResponse retentionPolicies(Target target, Map<String, String> query) {
        String environment = lowerEnvironment(query);
        return envelope(state.retentionPolicies(
                target.account, target.organization, target.app, nonEmpty(query, "repository_name"), environment));
    }

    private SandboxResponse patchRetention(Target target, Map<String, String> query, byte[] body) {
        String repository = nonEmpty(query, "repository_name");
        if (repository == null) {
            throw SandboxError.invalidParameter("the repository_name query parameter is required");
        }
        String environment = lowerEnvironment(query);
        if (environment == null) {
            throw SandboxError.invalidParameter("the environment query parameter is required (dev, qa, staging, prod)");
        }
        JsonNode json = SandboxJson.readObject(body);
        JsonNode days = json.get("retention_days");
        if (days == null || !days.isIntegralNumber() || !days.canConvertToInt() || days.intValue() < 0) {
            throw SandboxError.invalidParameter("retention_days is required: a non-negative integer; was " + days);
        }
        return envelope(state.patchRetention(
                target.account, target.organization, target.app, repository, environment, days.intValue()));
    }

    // --------------------------------------------------------------------------------- helpers

    private static String lowerEnvironment(Map<String, String> query) {
        String environment = query.get("environment");
        if (environment == null) {
            return null;
        }
        if (LOWER_ENVIRONMENTS.contains(environment)) {
            return environment;
        }
        String hint = LOWER_ENVIRONMENTS.contains(environment.toLowerCase(Locale.ROOT))
                ? " (environment filters are lower case: use " + environment.toLowerCase(Locale.ROOT) + ")"
                : "";
        throw SandboxError.badRequest(
                "invalid_environment", "environment must be one of dev, qa, staging, prod; was " + environment + hint);
    }

    private static String oneOf(Map<String, String> query, String name, Set<String> allowed) {
        String value = query.get(name);
        if (value != null && !allowed.contains(value)) {
            throw SandboxError.invalidParameter(name + " must be one of "
                    + String.join(", ", allowed.stream().sorted().toList()) + "; was " + value);
        }
        return value;
    }

    private static String nonEmpty(Map<String, String> query, String name) {
        String value = query.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    private static int limit(Map<String, String> query, int defaultLimit) {
        int limit = integer(query, "limit", defaultLimit);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw SandboxError.invalidParameter("limit must be an integer from 1 to " + MAX_LIMIT + "; was " + limit);
        }
        return limit;
    }

    private static int offset(Map<String, String> query) {
        return integer(query, "offset", 0);
    }

    private static int integer(Map<String, String> query, String name, int defaultValue) {
        String value = query.get(name);
        if (value == null) {
            return defaultValue;
        }
        if (!value.matches("[0-9]{1,9}")) {
            throw SandboxError.invalidParameter(name + " must be a non-negative integer; was '" + value + "'");
        }
        return Integer.parseInt(value);
    }

    private static SandboxResponse page(List<Map<String, Object>> all, int limit, int offset) {
        int from = Math.min(offset, all.size());
        int to = (int) Math.min((long) from + limit, all.size());
        return SandboxResponse.json(
                200,
                object(
                        "success",
                        true,
                        "data",
                        all.subList(from, to),
                        "pagination",
                        object("total", all.size(), "limit", limit, "offset", offset, "has_more", to < all.size())));
    }

    private static SandboxResponse envelope(Object data) {
        return SandboxResponse.json(200, object("success", true, "data", data));
    }

    private static void requireMethod(String method, String allowed) {
        if (!allowed.equals(method)) {
            throw methodNotAllowed(method, allowed);
        }
    }

    private static void requireSize(String method, List<String> segments, List<String> rest, int size) {
        if (rest.size() != size) {
            throw unknownRoute(method, segments);
        }
    }

    private static SandboxError methodNotAllowed(String method, String allowed) {
        return new SandboxError(405, "method_not_allowed", method + " is not allowed here; allowed: " + allowed);
    }

    static SandboxError unknownRoute(String method, List<String> segments) {
        return SandboxError.notFound("no such route: " + method + " /api/v1/" + String.join("/", segments));
    }

    private record Target(String account, String organization, String app) {}
}
