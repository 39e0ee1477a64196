package io.jenkins.plugins.essesseff.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the sandbox's own tests: real requests over loopback, answers kept whole. */
final class SandboxHttp {

    static final ObjectMapper MAPPER = new ObjectMapper();
    /** One client for all tests: each HttpClient has its own selector thread, which lives until it is collected. */
    static final HttpClient SHARED_CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static final String ACCOUNT = "my-team";
    static final String ORG = "my-apps-org";
    static final String APP = "my-app";
    /** The path of my-team/my-apps-org/my-app, relative to the API base URL. */
    static final String APP_PATH = "/accounts/my-team/organizations/my-apps-org/apps/my-app";

    private final HttpClient client;
    private final URI root;
    private String apiKey;

    SandboxHttp(EssesseffSandbox sandbox) {
        this(
                sandbox,
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    SandboxHttp(EssesseffSandbox sandbox, HttpClient client) {
        this.client = client;
        this.root = sandbox.rootUrl();
        this.apiKey = sandbox.defaultApiKey();
    }

    SandboxHttp withKey(String key) {
        this.apiKey = key;
        return this;
    }

    /** A request to {@code /api/v1 + path} with the key (when not null), and a JSON body (when not null). */
    Reply api(String method, String path, String json) {
        return send(method, "/api/v1" + path, json, true);
    }

    Reply get(String path) {
        return api("GET", path, null);
    }

    Reply post(String path, String json) {
        return api("POST", path, json);
    }

    /** {@code POST …/images/{tag}/lifecycle} through each of {@code states} in turn; each must answer 200. */
    void moveThrough(String tag, String... states) {
        for (String state : states) {
            Reply reply = post(APP_PATH + "/images/" + tag + "/lifecycle", "{\"state\": \"" + state + "\"}");
            if (reply.status() != 200) {
                throw new AssertionError("moving " + tag + " to " + state + " failed: " + reply);
            }
        }
    }

    /** The current lifecycle state of an image of my-app. */
    String stateOf(String tag) {
        return get(APP_PATH + "/images/" + tag + "/lifecycle")
                .json()
                .get("current_state")
                .asText();
    }

    /** Registers a build of my-app through the control API, in BUILD only ({@code deployToDev} false) or in DEV. */
    void registerBuild(String tag, boolean deployToDev) {
        Reply reply = control(
                "POST",
                "/builds",
                "{\"account_slug\": \"my-team\", \"organization_login\": \"my-apps-org\", \"app_name\": \"my-app\", "
                        + "\"image_tag\": \"" + tag + "\", \"deploy_to_dev\": " + deployToDev + "}");
        if (reply.status() != 201) {
            throw new AssertionError("registering " + tag + " failed: " + reply);
        }
    }

    /** A request to the control API, {@code /_sandbox + path}, without a key. */
    Reply control(String method, String path, String json) {
        return send(method, "/_sandbox" + path, json, false);
    }

    Reply send(String method, String path, String json, boolean withKey) {
        try {
            return sendOrThrow(method, path, json, withKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Reply sendOrThrow(String method, String path, String json, boolean withKey) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path))
                .timeout(Duration.ofSeconds(10))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (withKey && apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** One answer. */
    record Reply(HttpResponse<String> response) {
        int status() {
            return response.statusCode();
        }

        String body() {
            return response.body();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        JsonNode json() {
            try {
                return MAPPER.readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + response.body(), e);
            }
        }

        JsonNode data() {
            return json().get("data");
        }

        String error() {
            return json().path("error").asText(null);
        }

        @Override
        public String toString() {
            return response.request().method() + " " + response.uri() + " -> " + status() + " " + body();
        }
    }
}
