package io.jenkins.plugins.essesseff.sandbox;

import static io.jenkins.plugins.essesseff.sandbox.SandboxHttp.APP_PATH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.essesseff.sandbox.SandboxHttp.Reply;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SandboxAppsTest {

    private static final String APPS = "/accounts/my-team/organizations/my-apps-org/apps";
    private static final String TEMPLATE =
            "\"template\": {\"template_org_login\": \"essesseff-hello-world-go-template\", "
                    + "\"source_template_repo\": \"hello-world\", \"is_global_template\": true, "
                    + "\"replacement_string\": \"hello-world\"}";

    private EssesseffSandbox sandbox;
    private SandboxHttp http;

    @BeforeEach
    void startSandbox() {
        sandbox = EssesseffSandbox.start(SandboxOptions.defaults().withoutRateLimit());
        http = new SandboxHttp(sandbox);
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    private Reply create(String appName, String body) {
        return http.post(APPS + "?app_name=" + appName, body);
    }

    @Test
    void shouldListTheAppOfARegisteredBuild() {
        sandbox.registerBuild("my-team", "my-apps-org", "my-app", "v1.2.3");

        Reply reply = http.get(APPS);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).isEqualTo("application/json");
        JsonNode json = reply.json();
        assertThat(json.get("success").asBoolean()).isTrue();
        JsonNode app = json.get("data").get(0);
        assertThat(app.get("app_name").asText()).isEqualTo("my-app");
        assertThat(app.get("organization_login").asText()).isEqualTo("my-apps-org");
        assertThat(app.get("template").get("name").asText()).isEqualTo("essesseff-hello-world-go-template");
        assertThat(app.get("repository_urls").get("argocd_prod_repo").asText())
                .isEqualTo("https://github.com/my-apps-org/my-app-argocd-prod");
        assertThat(app.has("repository_ids")).isFalse();
        assertThat(json.get("pagination").toString())
                .isEqualTo("{\"total\":1,\"limit\":50,\"offset\":0,\"has_more\":false}");
    }

    @Test
    void shouldFilterAppsByExactName() {
        sandbox.registerBuild("my-team", "my-apps-org", "my-app", "v1");
        sandbox.registerBuild("my-team", "my-apps-org", "my-app-two", "v1");
        sandbox.registerBuild("my-team", "other-org", "my-app-three", "v1");

        assertThat(http.get(APPS).json().get("pagination").get("total").asInt()).isEqualTo(2);
        JsonNode filtered = http.get(APPS + "?app_name=my-app-two").data();

        assertThat(filtered).hasSize(1);
        assertThat(filtered.get(0).get("app_name").asText()).isEqualTo("my-app-two");
        assertThat(http.get(APPS + "?app_name=my").data()).isEmpty();
    }

    @Test
    void shouldCreateAnAppWithNineRepositoriesAndDefaultRetentionPolicies() {
        Reply reply = create(
                "my-go-app",
                "{\"description\": \"My Go application\", \"programming_language\": \"go\", " + TEMPLATE
                        + ", \"repository_visibility\": \"public\"}");

        assertThat(reply.status()).isEqualTo(201);
        JsonNode data = reply.data();
        assertThat(data.get("account_slug").asText()).isEqualTo("my-team");
        assertThat(data.get("repository_visibility").asText()).isEqualTo("public");
        JsonNode repos = data.get("resultant_repos");
        assertThat(repos.get("source_repo").asText()).isEqualTo("my-go-app");
        assertThat(repos.get("config_staging_repo").asText()).isEqualTo("my-go-app-config-staging");
        assertThat(repos.get("argocd_dev_repo").asText()).isEqualTo("my-go-app-argocd-dev");
        assertThat(repos.get("replacement_string").asText()).isEqualTo("hello-world");

        JsonNode app = http.get(APPS + "/my-go-app").data();
        Set<Long> ids = new HashSet<>();
        app.get("repository_ids").forEach(id -> ids.add(id.asLong()));
        assertThat(ids).hasSize(9);
        assertThat(app.get("repository_urls").size()).isEqualTo(9);
        assertThat(app.get("description").asText()).isEqualTo("My Go application");

        JsonNode policies = http.get(APPS + "/my-go-app/retention-policies").data();
        List<String> environments = new ArrayList<>();
        policies.forEach(policy -> environments.add(policy.get("environment").asText()));
        assertThat(environments).containsExactly("dev", "qa", "staging", "prod");
    }

    @Test
    void shouldDefaultTheVisibilityToPrivate() {
        Reply reply = create("my-app", "{" + TEMPLATE + "}");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.data().get("repository_visibility").asText()).isEqualTo("private");
    }

    @Test
    void shouldRefuseADuplicateAppWithConflict() {
        create("my-app", "{" + TEMPLATE + "}");

        Reply reply = create("my-app", "{" + TEMPLATE + "}");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.error()).isEqualTo("conflict");
        assertThat(reply.json().get("message").asText()).contains("my-team/my-apps-org/my-app");
    }

    @ParameterizedTest
    @ValueSource(strings = {"My-App", "my_app", "my%20app", "my.app", ""})
    void shouldRefuseAnAppNameThatIsNotUrlCompliant(String appName) {
        Reply reply = create(appName, "{" + TEMPLATE + "}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("app_name");
    }

    @Test
    void shouldRequireTheAppNameQueryParameter() {
        Reply reply = http.post(APPS, "{" + TEMPLATE + "}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("app_name");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{}",
                "{\"template\": \"essesseff-hello-world-go-template\"}",
                "{\"template\": {\"source_template_repo\": \"hello-world\", \"is_global_template\": true, "
                        + "\"replacement_string\": \"hello-world\"}}",
                "{\"template\": {\"template_org_login\": \"t\", \"is_global_template\": true, "
                        + "\"replacement_string\": \"hello-world\"}}",
                "{\"template\": {\"template_org_login\": \"t\", \"source_template_repo\": \"hello-world\", "
                        + "\"replacement_string\": \"hello-world\"}}",
                "{\"template\": {\"template_org_login\": \"t\", \"source_template_repo\": \"hello-world\", "
                        + "\"is_global_template\": \"yes\", \"replacement_string\": \"hello-world\"}}",
                "{\"template\": {\"template_org_login\": \"t\", \"source_template_repo\": \"hello-world\", "
                        + "\"is_global_template\": true}}",
                "{\"template\": {\"template_org_login\": \"\", \"source_template_repo\": \"hello-world\", "
                        + "\"is_global_template\": true, \"replacement_string\": \"hello-world\"}}"
            })
    void shouldRefuseAnIncompleteTemplate(String body) {
        Reply reply = create("my-app", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("invalid_parameter");
        assertThat(reply.json().get("message").asText()).containsAnyOf("template", "is_global_template");
    }

    @Test
    void shouldRefuseAnUnknownVisibilityAndInvalidJson() {
        Reply visibility = create("my-app", "{" + TEMPLATE + ", \"repository_visibility\": \"internal\"}");
        Reply invalid = create("my-app", "{\"template\": ");

        assertThat(visibility.status()).isEqualTo(400);
        assertThat(visibility.json().get("message").asText()).contains("repository_visibility");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.error()).isEqualTo("invalid_json");
    }

    @Test
    void shouldGetAppDetailsWithRepositoryIds() {
        sandbox.registerBuild("my-team", "my-apps-org", "my-app", "v1.2.3");

        JsonNode app = http.get(APP_PATH).data();

        assertThat(app.get("repository_ids").get("source_repo").asLong()).isEqualTo(12345678L);
        assertThat(app.get("repository_ids").get("argocd_prod_repo").asLong()).isEqualTo(12345686L);
        assertThat(app.get("updated_at").asText()).isNotEmpty();
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownApp() {
        Reply reply = http.get(APPS + "/no-such-app");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.error()).isEqualTo("not_found");
        assertThat(reply.json().get("message").asText()).contains("no-such-app");
        assertThat(http.api("PATCH", APPS + "/no-such-app", "{\"description\": \"x\"}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void shouldPatchDescriptionAndVisibility() {
        sandbox.registerBuild("my-team", "my-apps-org", "my-app", "v1.2.3");

        Reply both = http.api(
                "PATCH", APP_PATH, "{\"description\": \"Updated description\", \"repository_visibility\": \"public\"}");
        Reply onlyDescription = http.api("PATCH", APP_PATH, "{\"description\": \"Again\"}");

        assertThat(both.status()).isEqualTo(200);
        assertThat(both.data().get("repository_visibility").asText()).isEqualTo("public");
        assertThat(onlyDescription.data().get("description").asText()).isEqualTo("Again");
        JsonNode app = http.get(APP_PATH).data();
        assertThat(app.get("description").asText()).isEqualTo("Again");
        assertThat(app.get("repository_visibility").asText()).isEqualTo("public");
    }

    @Test
    void shouldRefuseAPatchWithoutAnythingToChange() {
        sandbox.registerBuild("my-team", "my-apps-org", "my-app", "v1.2.3");

        Reply empty = http.api("PATCH", APP_PATH, "{}");
        Reply visibility = http.api("PATCH", APP_PATH, "{\"repository_visibility\": \"secret\"}");

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("message").asText()).contains("at least one of");
        assertThat(visibility.status()).isEqualTo(400);
    }

    @Test
    void shouldPageAppsAtTheEdges() {
        for (String name : List.of("app-a", "app-b", "app-c")) {
            sandbox.registerBuild("my-team", "my-apps-org", name, "v1");
        }

        JsonNode first = http.get(APPS + "?limit=2").json();
        JsonNode last = http.get(APPS + "?limit=2&offset=2").json();
        JsonNode beyond = http.get(APPS + "?offset=3").json();
        JsonNode exact = http.get(APPS + "?limit=3").json();

        assertThat(first.get("data")).hasSize(2);
        assertThat(first.get("pagination").get("has_more").asBoolean()).isTrue();
        assertThat(last.get("data")).hasSize(1);
        assertThat(last.get("data").get(0).get("app_name").asText()).isEqualTo("app-c");
        assertThat(last.get("pagination").get("has_more").asBoolean()).isFalse();
        assertThat(beyond.get("data")).isEmpty();
        assertThat(beyond.get("pagination").get("total").asInt()).isEqualTo(3);
        assertThat(exact.get("pagination").get("has_more").asBoolean()).isFalse();
        assertThat(http.get(APPS + "?limit=1000").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=1001", "limit=-1", "limit=abc", "limit=", "offset=-1", "offset=1.5"})
    void shouldRefuseInvalidPagination(String query) {
        Reply reply = http.get(APPS + "?" + query);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("invalid_parameter");
    }
}
