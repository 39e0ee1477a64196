package io.jenkins.plugins.essesseff.sandbox;

import static io.jenkins.plugins.essesseff.sandbox.SandboxHttp.APP_PATH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.essesseff.sandbox.SandboxHttp.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SandboxImagesAndDeploymentsTest {

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

    private void register(String... tags) {
        for (String tag : tags) {
            sandbox.registerBuild("my-team", "my-apps-org", "my-app", tag);
        }
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.get(field).asText()));
        return values;
    }

    @Test
    void shouldListImagesNewestFirstWithTheDocumentedFields() {
        register("v1.0.0", "v1.1.0");

        JsonNode json = http.get(APP_PATH + "/images").json();

        assertThat(values(json.get("data"), "image_tag")).containsExactly("v1.1.0", "v1.0.0");
        JsonNode image = json.get("data").get(0);
        assertThat(image.get("status").asText()).isEqualTo("active");
        assertThat(image.get("expired_at").isNull()).isTrue();
        assertThat(image.get("github_package_version_id").isIntegralNumber()).isTrue();
        assertThat(image.get("metadata").get("package_type").asText()).isEqualTo("container");
        assertThat(image.get("metadata").has("github_package_url")).isFalse();
        assertThat(json.get("pagination").get("limit").asInt()).isEqualTo(100);
    }

    @Test
    void shouldFilterImages() {
        register("v1.0.0", "v1.1.0");

        assertThat(values(http.get(APP_PATH + "/images?image_tag=v1.0.0").data(), "image_tag"))
                .containsExactly("v1.0.0");
        assertThat(http.get(APP_PATH + "/images?repository_name=my-app").data()).hasSize(2);
        assertThat(http.get(APP_PATH + "/images?repository_name=my-app-config-dev")
                        .data())
                .isEmpty();
        assertThat(http.get(APP_PATH + "/images?status=active").data()).hasSize(2);
        assertThat(http.get(APP_PATH + "/images?status=all").data()).hasSize(2);
        assertThat(http.get(APP_PATH + "/images?status=expired").data()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"status=deleted", "limit=1001", "limit=0", "offset=x"})
    void shouldRefuseInvalidImageQueries(String query) {
        register("v1.0.0");

        Reply reply = http.get(APP_PATH + "/images?" + query);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("invalid_parameter");
    }

    @Test
    void shouldPageImagesAtTheEdges() {
        register("v1", "v2", "v3", "v4", "v5");

        JsonNode middle = http.get(APP_PATH + "/images?limit=2&offset=2").json();
        JsonNode tail = http.get(APP_PATH + "/images?limit=2&offset=4").json();
        JsonNode past = http.get(APP_PATH + "/images?offset=99").json();

        assertThat(values(middle.get("data"), "image_tag")).containsExactly("v3", "v2");
        assertThat(middle.get("pagination").get("has_more").asBoolean()).isTrue();
        assertThat(values(tail.get("data"), "image_tag")).containsExactly("v1");
        assertThat(tail.get("pagination").get("has_more").asBoolean()).isFalse();
        assertThat(past.get("data")).isEmpty();
        assertThat(past.get("pagination").get("offset").asInt()).isEqualTo(99);
        assertThat(http.get(APP_PATH + "/images?limit=1000").status()).isEqualTo(200);
    }

    @Test
    void shouldGetOneImageWithItsPackageUrl() {
        register("v1.2.3");

        JsonNode image = http.get(APP_PATH + "/images/v1.2.3").data();

        assertThat(image.get("image_tag").asText()).isEqualTo("v1.2.3");
        assertThat(image.get("metadata").get("github_package_url").asText())
                .isEqualTo("https://github.com/my-apps-org/my-app/pkgs/container/my-app");
        assertThat(http.get(APP_PATH + "/images/v1.2.3?repository_name=my-app").status())
                .isEqualTo(200);
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownImageOrRepository() {
        register("v1.2.3");

        Reply unknown = http.get(APP_PATH + "/images/v9.9.9");
        Reply otherRepository = http.get(APP_PATH + "/images/v1.2.3?repository_name=other");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("message").asText()).contains("v9.9.9");
        assertThat(otherRepository.status()).isEqualTo(404);
        assertThat(http.get("/accounts/my-team/organizations/my-apps-org/apps/nope/images")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void shouldTakeAnEncodedTagAsOneSegment() {
        register("1.0.0+build.5", "1.0.0-a1b2c3d-20231201T120000Z");

        Reply encodedPlus = http.get(APP_PATH + "/images/1.0.0%2Bbuild.5");
        Reply literalPlus = http.get(APP_PATH + "/images/1.0.0+build.5/lifecycle");
        Reply templateTag = http.get(APP_PATH + "/images/1.0.0-a1b2c3d-20231201T120000Z");
        Reply encodedSlash = http.get(APP_PATH + "/images/feature%2Fx");
        Reply filterPlus = http.get(APP_PATH + "/images?image_tag=1.0.0%2Bbuild.5");

        assertThat(encodedPlus.data().get("image_tag").asText()).isEqualTo("1.0.0+build.5");
        assertThat(literalPlus.json().get("image_tag").asText()).isEqualTo("1.0.0+build.5");
        assertThat(templateTag.status()).isEqualTo(200);
        assertThat(encodedSlash.status()).isEqualTo(404);
        assertThat(encodedSlash.json().get("message").asText()).contains("feature/x");
        assertThat(values(filterPlus.data(), "image_tag")).containsExactly("1.0.0+build.5");
    }

    @Test
    void shouldRefuseAPathThatIsNotUtf8() {
        register("v1.2.3");

        Reply reply = http.get(APP_PATH + "/images/v1%FF");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("invalid_encoding");
    }

    @Test
    void shouldRecordTheDevDeploymentOfABuild() {
        register("v1.2.3");

        JsonNode json = http.get(APP_PATH + "/deployments").json();

        JsonNode deployment = json.get("data").get(0);
        assertThat(deployment.get("environment").asText()).isEqualTo("dev");
        assertThat(deployment.get("status").asText()).isEqualTo("succeeded");
        assertThat(deployment.get("image_tag").asText()).isEqualTo("v1.2.3");
        assertThat(deployment.get("github_sha").asText()).hasSize(40);
        assertThat(deployment.get("github_ref").asText()).isEqualTo("refs/heads/main");
        assertThat(deployment.get("completed_at").asText())
                .isEqualTo(deployment.get("deployed_at").asText());
        JsonNode metadata = deployment.get("metadata");
        assertThat(metadata.get("github_repository").asText()).isEqualTo("my-apps-org/my-app");
        assertThat(metadata.get("deployment_conclusion").asText()).isEqualTo("success");
        assertThat(metadata.get("health_status").asText()).isEqualTo("Healthy");
        assertThat(metadata.has("deployment_note")).isFalse();
        assertThat(json.get("pagination").get("limit").asInt()).isEqualTo(50);
    }

    @Test
    void shouldFilterDeploymentsByLowerCaseEnvironmentAndStatus() {
        register("v1.2.3");
        http.moveThrough("v1.2.3", "RC", "QA");

        assertThat(values(http.get(APP_PATH + "/deployments").data(), "environment"))
                .containsExactly("qa", "dev");
        assertThat(values(http.get(APP_PATH + "/deployments?environment=qa").data(), "environment"))
                .containsExactly("qa");
        assertThat(http.get(APP_PATH + "/deployments?environment=prod").data()).isEmpty();
        assertThat(http.get(APP_PATH + "/deployments?status=succeeded").data()).hasSize(2);
        assertThat(http.get(APP_PATH + "/deployments?status=failed").data()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"environment=QA", "environment=test", "status=done", "limit=1001", "offset=-5"})
    void shouldRefuseInvalidDeploymentQueries(String query) {
        register("v1.2.3");

        Reply reply = http.get(APP_PATH + "/deployments?" + query);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).isNotBlank();
    }

    @Test
    void shouldHintAtLowerCaseForAnUpperCaseEnvironmentFilter() {
        register("v1.2.3");

        Reply reply = http.get(APP_PATH + "/deployments?environment=QA");

        assertThat(reply.error()).isEqualTo("invalid_environment");
        assertThat(reply.json().get("message").asText()).contains("use qa");
    }

    @Test
    void shouldPageDeploymentsAtTheEdges() {
        register("v1", "v2", "v3");

        JsonNode page = http.get(APP_PATH + "/deployments?limit=2&offset=1").json();
        JsonNode last = http.get(APP_PATH + "/deployments?limit=1&offset=2").json();

        assertThat(values(page.get("data"), "image_tag")).containsExactly("v2", "v1");
        assertThat(page.get("pagination").get("has_more").asBoolean()).isFalse();
        assertThat(page.get("pagination").get("total").asInt()).isEqualTo(3);
        assertThat(values(last.get("data"), "image_tag")).containsExactly("v1");
        assertThat(http.get(APP_PATH + "/deployments?limit=1000").status()).isEqualTo(200);
    }
}
