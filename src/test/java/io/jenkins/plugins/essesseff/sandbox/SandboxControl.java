package io.jenkins.plugins.essesseff.sandbox;

import static io.jenkins.plugins.essesseff.sandbox.SandboxJson.object;
import static io.jenkins.plugins.essesseff.sandbox.SandboxJson.optionalString;
import static io.jenkins.plugins.essesseff.sandbox.SandboxJson.requiredString;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The control API under {@code /_sandbox} (no API key): register builds, shape deployments, inject
 * faults, read the request log, reset. Documented in docs/sandbox.md.
 */
final class SandboxControl {

    private final EssesseffSandbox sandbox;

    SandboxControl(EssesseffSandbox sandbox) {
        this.sandbox = sandbox;
    }

    SandboxResponse handle(String method, List<String> segments, byte[] body) {
        String route = segments.size() > 1 ? segments.get(1) : "";
        String path = "/" + String.join("/", segments);
        switch (route) {
            case "builds" -> {
                requireMethod(method, "POST", segments.size() == 2, path);
                JsonNode json = SandboxJson.readObject(body);
                return SandboxResponse.json(
                        201,
                        sandbox.state()
                                .registerBuild(
                                        requiredString(json, "account_slug"),
                                        requiredString(json, "organization_login"),
                                        requiredString(json, "app_name"),
                                        requiredString(json, "image_tag"),
                                        deployToDev(json)));
            }
            case "environments" -> {
                requireMethod(method, "PUT", segments.size() == 3, path);
                JsonNode json = SandboxJson.readObject(body);
                long delayMs = nonNegativeLong(json, "delay_ms", 0);
                String outcome = optionalString(json, "outcome");
                String health = json.has("health_status") ? optionalString(json, "health_status") : "Healthy";
                return SandboxResponse.json(
                        200,
                        sandbox.state()
                                .configureEnvironment(
                                        segments.get(2),
                                        Duration.ofMillis(delayMs),
                                        outcome == null ? "succeeded" : outcome,
                                        health));
            }
            case "faults" -> {
                if ("DELETE".equals(method) && segments.size() == 2) {
                    sandbox.clearFaults();
                    return SandboxResponse.noContent();
                }
                requireMethod(method, "POST", segments.size() == 2, path);
                SandboxFault fault = fault(SandboxJson.readObject(body));
                sandbox.addFault(fault);
                return SandboxResponse.json(201, describe(fault));
            }
            case "requests" -> {
                requireMethod(method, "GET", segments.size() == 2, path);
                return SandboxResponse.json(
                        200,
                        object(
                                "requests",
                                sandbox.requests().stream()
                                        .map(request -> object(
                                                "method", request.method(),
                                                "path", request.path(),
                                                "status", request.status()))
                                        .toList()));
            }
            case "keys" -> {
                requireMethod(method, "POST", segments.size() == 2, path);
                JsonNode json = SandboxJson.readObject(body);
                String account = requiredString(json, "account_slug");
                String key = sandbox.state().addKey(account, optionalString(json, "api_key"));
                return SandboxResponse.json(201, object("account_slug", account, "api_key", key));
            }
            case "reset" -> {
                requireMethod(method, "POST", segments.size() == 2, path);
                sandbox.reset();
                return SandboxResponse.noContent();
            }
            default ->
                throw SandboxError.notFound("no such sandbox control: " + method + " " + path
                        + " (see docs/sandbox.md: builds, environments/{ENV}, faults, requests, keys, reset)");
        }
    }

    private static boolean deployToDev(JsonNode json) {
        JsonNode node = json.get("deploy_to_dev");
        if (node == null || node.isNull()) {
            return true;
        }
        if (!node.isBoolean()) {
            throw SandboxError.invalidParameter("deploy_to_dev must be true or false; was " + node);
        }
        return node.booleanValue();
    }

    private static SandboxFault fault(JsonNode json) {
        String kindName = requiredString(json, "kind");
        SandboxFault.Kind kind;
        try {
            kind = SandboxFault.Kind.valueOf(kindName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw SandboxError.invalidParameter(
                    "kind must be one of status, delay, reset_before, reset_after, truncate; was " + kindName);
        }
        String body = optionalString(json, "body");
        if (body != null && !"html".equals(body) && !"json".equals(body)) {
            throw SandboxError.invalidParameter("body must be html or json; was " + body);
        }
        try {
            return new SandboxFault(
                    optionalString(json, "method"),
                    requiredString(json, "path_pattern"),
                    (int) nonNegativeLong(json, "times", 1),
                    kind,
                    (int) nonNegativeLong(json, "status", 0),
                    "html".equals(body),
                    Duration.ofMillis(nonNegativeLong(json, "delay_ms", 0)));
        } catch (IllegalArgumentException e) {
            throw SandboxError.invalidParameter(e.getMessage());
        }
    }

    static Map<String, Object> describe(SandboxFault fault) {
        return object(
                "method", fault.method(),
                "path_pattern", fault.pathPattern(),
                "times", fault.times(),
                "kind", fault.kind().wireName(),
                "status", fault.status(),
                "body", fault.htmlBody() ? "html" : "json",
                "delay_ms", fault.delay().toMillis());
    }

    private static long nonNegativeLong(JsonNode json, String field, long defaultValue) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) {
            return defaultValue;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0) {
            throw SandboxError.invalidParameter(field + " must be a non-negative integer; was " + node);
        }
        return node.intValue();
    }

    private static void requireMethod(String method, String allowed, boolean pathMatches, String path) {
        if (!pathMatches) {
            throw SandboxError.notFound("no such sandbox control: " + method + " " + path);
        }
        if (!allowed.equals(method)) {
            throw new SandboxError(
                    405, "method_not_allowed", method + " is not allowed on " + path + "; use " + allowed);
        }
    }
}
