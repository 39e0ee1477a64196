package io.jenkins.plugins.essesseff.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the sandbox answers to one request, before it goes on the wire. */
record SandboxResponse(int status, String contentType, byte[] body, Map<String, String> headers) {

    static final String JSON = "application/json";

    static SandboxResponse json(int status, Object value) {
        return new SandboxResponse(status, JSON, SandboxJson.write(value), Map.of());
    }

    static SandboxResponse error(int status, String error, String message) {
        return json(status, SandboxJson.object("error", error, "message", message));
    }

    static SandboxResponse error(SandboxError error) {
        return error(error.status(), error.error(), error.getMessage());
    }

    static SandboxResponse noContent() {
        return new SandboxResponse(204, null, new byte[0], Map.of());
    }

    static SandboxResponse text(int status, String contentType, String text) {
        return new SandboxResponse(status, contentType, text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    SandboxResponse withHeaders(Map<String, String> extra) {
        if (extra.isEmpty()) {
            return this;
        }
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putAll(extra);
        return new SandboxResponse(status, contentType, body, all);
    }
}
