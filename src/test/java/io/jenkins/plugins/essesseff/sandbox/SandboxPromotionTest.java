package io.jenkins.plugins.essesseff.sandbox;

import static io.jenkins.plugins.essesseff.sandbox.SandboxHttp.APP_PATH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.essesseff.sandbox.SandboxHttp.Reply;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SandboxPromotionTest {

    private static final String ENVIRONMENTS = APP_PATH + "/environments";
    private static final String V1 = "{\"image_tag\": \"v1\"}";

    private EssesseffSandbox sandbox;
    private SandboxHttp http;

    @BeforeEach
    void startSandbox() {
        sandbox = EssesseffSandbox.start(SandboxOptions.defaults().withoutRateLimit());
        sandbox.registerBuild("my-team", "my-apps-org", "my-app", "v1");
        http = new SandboxHttp(sandbox);
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    private Reply action(String environment, String action, String body) {
        return http.post(ENVIRONMENTS + "/" + environment + "/" + action, body);
    }

    private static void assertPromotion(Reply reply, String environment, String state) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode json = reply.json();
        assertThat(json.get("account_slug").asText()).isEqualTo("my-team");
        assertThat(json.get("organization").asText()).isEqualTo("my-apps-org");
        assertThat(json.get("app").asText()).isEqualTo("my-app");
        assertThat(json.get("environment").asText()).isEqualTo(environment);
        assertThat(json.get("image_name").asText()).isEqualTo("my-app");
        assertThat(json.get("image_tag").asText()).isEqualTo("v1");
        assertThat(json.get("state").asText()).isEqualTo(state);
        assertThat(json.get("state_timestamp").asText()).isNotBlank();
        assertThat(json.has("success")).isFalse();
    }

    @Test
    void shouldDeclareTheDevImageAReleaseCandidate() {
        assertPromotion(action("DEV", "declare-rc", "{}"), "DEV", "RC");

        assertThat(http.stateOf("v1")).isEqualTo("RC");
    }

    @Test
    void shouldDeclareTheImageCurrentlyInDev() {
        sandbox.registerBuild("my-team", "my-apps-org", "my-app", "v2");

        Reply reply = action("DEV", "declare-rc", "");

        assertThat(reply.json().get("image_tag").asText()).isEqualTo("v2");
        assertThat(http.stateOf("v1")).isEqualTo("DEV");
    }

    @Test
    void shouldRefuseToDeclareTwice() {
        action("DEV", "declare-rc", "{}");

        Reply reply = action("DEV", "declare-rc", "{}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("invalid_transition");
    }

    @Test
    void shouldAnswerNotFoundWhenNothingIsDeployed() {
        http.post(
                "/accounts/my-team/organizations/my-apps-org/apps?app_name=empty-app",
                "{\"template\": {\"template_org_login\": \"t\", \"source_template_repo\": \"hello-world\", "
                        + "\"is_global_template\": false, \"replacement_string\": \"hello-world\"}}");
        String empty = "/accounts/my-team/organizations/my-apps-org/apps/empty-app/environments";

        Reply rc = http.post(empty + "/DEV/declare-rc", "{}");
        Reply stable = http.post(empty + "/QA/declare-stable", "{}");
        Reply rejected = action("QA", "declare-rejected", "{}");

        assertThat(rc.status()).isEqualTo(404);
        assertThat(rc.json().get("message").asText()).contains("no image is deployed in DEV");
        assertThat(stable.status()).isEqualTo(404);
        assertThat(rejected.status()).isEqualTo(404);
        assertThat(rejected.json().get("message").asText()).contains("no image is deployed in QA");
    }

    @Test
    void shouldAcceptAReleaseCandidateIntoQa() {
        action("DEV", "declare-rc", "{}");

        assertPromotion(action("QA", "accept-rc", V1), "QA", "QA");

        JsonNode qa = http.get(ENVIRONMENTS + "/QA").json();
        assertThat(qa.get("image_tag").asText()).isEqualTo("v1");
        assertThat(http.get(APP_PATH + "/deployments?environment=qa").data()).hasSize(1);
    }

    @Test
    void shouldRejectAReleaseCandidate() {
        action("DEV", "declare-rc", "{}");

        assertPromotion(action("QA", "reject-rc", V1), "QA", "REJECTED");

        assertThat(http.get(ENVIRONMENTS + "/QA").json().get("image_tag").isNull())
                .isTrue();
    }

    @Test
    void shouldDeclareTheQaImageStableOrRejected() {
        sandbox.registerBuild("my-team", "my-apps-org", "my-app", "v2");
        http.moveThrough("v1", "RC", "QA");
        http.moveThrough("v2", "RC");
        action("QA", "reject-rc", "{\"image_tag\": \"v2\"}");

        assertPromotion(action("QA", "declare-stable", "{}"), "QA", "STABLE");
        assertThat(action("QA", "declare-rejected", "{}").status()).isEqualTo(400);
    }

    @Test
    void shouldDeclareTheQaImageRejected() {
        http.moveThrough("v1", "RC", "QA");

        assertPromotion(action("QA", "declare-rejected", null), "QA", "REJECTED");
    }

    @Test
    void shouldDeployAStableImageToStagingThenProd() {
        http.moveThrough("v1", "RC", "QA", "STABLE");

        assertPromotion(action("STAGING", "deploy-stable", V1), "STAGING", "STAGING");
        Reply prod = action("PROD", "deploy-stable", "{\"image_tag\": \"v1\", \"deployment_note\": \"CR#12345\"}");

        assertPromotion(prod, "PROD", "PROD");
        assertThat(prod.json().get("deployment_note").asText()).isEqualTo("CR#12345");
        assertThat(http.get(ENVIRONMENTS + "/STAGING").json().get("image_tag").asText())
                .isEqualTo("v1");
        assertThat(http.get(ENVIRONMENTS + "/PROD").json().get("image_tag").asText())
                .isEqualTo("v1");
        JsonNode deployment =
                http.get(APP_PATH + "/deployments?environment=prod").data().get(0);
        assertThat(deployment.get("metadata").get("deployment_note").asText()).isEqualTo("CR#12345");
    }

    @Test
    void shouldDeployAStableImageStraightToProdWithANullNote() {
        http.moveThrough("v1", "RC", "QA", "STABLE");

        Reply prod = action("PROD", "deploy-stable", V1);

        assertPromotion(prod, "PROD", "PROD");
        assertThat(prod.json().has("deployment_note")).isTrue();
        assertThat(prod.json().get("deployment_note").isNull()).isTrue();
    }

    @Test
    void shouldOnlyDeployStableImages() {
        Reply staging = action("STAGING", "deploy-stable", V1);
        Reply prod = action("PROD", "deploy-stable", V1);

        assertThat(staging.status()).isEqualTo(400);
        assertThat(staging.json().get("message").asText()).contains("from DEV to STAGING");
        assertThat(prod.status()).isEqualTo(400);
        assertThat(http.stateOf("v1")).isEqualTo("DEV");
    }

    @ParameterizedTest
    @CsvSource({"QA, accept-rc", "QA, reject-rc", "STAGING, deploy-stable", "PROD, deploy-stable"})
    void shouldRequireTheImageTagInTheBody(String environment, String action) {
        Reply missing = action(environment, action, "{}");
        Reply unknown = action(environment, action, "{\"image_tag\": \"v9\"}");
        Reply wrongType = action(environment, action, "{\"image_tag\": 1}");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("message").asText()).contains("image_tag");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(wrongType.status()).isEqualTo(400);
    }

    @ParameterizedTest
    @CsvSource({
        "QA, declare-rc",
        "STAGING, declare-rc",
        "DEV, accept-rc",
        "PROD, reject-rc",
        "DEV, declare-stable",
        "STAGING, declare-rejected",
        "QA, deploy-stable",
        "DEV, deploy-stable",
        "DEV, promote"
    })
    void shouldOfferEachPromotionOnlyUnderItsEnvironment(String environment, String action) {
        Reply reply = action(environment, action, V1);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.error()).isEqualTo("not_found");
        assertThat(http.stateOf("v1")).isEqualTo("DEV");
    }

    @Test
    void shouldRefuseALowerCaseOrUnknownEnvironmentInThePath() {
        Reply lower = action("dev", "declare-rc", "{}");
        Reply unknown = http.get(ENVIRONMENTS + "/TEST");
        Reply lowerGet = http.get(ENVIRONMENTS + "/qa");

        assertThat(lower.status()).isEqualTo(400);
        assertThat(lower.error()).isEqualTo("invalid_environment");
        assertThat(lower.json().get("message").asText()).contains("use DEV");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(lowerGet.status()).isEqualTo(400);
    }

    @Test
    void shouldRefuseOtherMethodsOnPromotions() {
        Reply reply = http.get(ENVIRONMENTS + "/DEV/declare-rc");

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.error()).isEqualTo("method_not_allowed");
    }

    @Test
    void shouldShowTheCurrentDeploymentOfAnEnvironment() {
        JsonNode dev = http.get(ENVIRONMENTS + "/DEV").json();
        JsonNode prod = http.get(ENVIRONMENTS + "/PROD").json();

        assertThat(dev.get("environment").asText()).isEqualTo("DEV");
        assertThat(dev.get("image_name").asText()).isEqualTo("my-app");
        assertThat(dev.get("image_tag").asText()).isEqualTo("v1");
        assertThat(dev.get("argocd_application_url").isNull()).isTrue();
        assertThat(List.of("image_name", "image_tag", "state_timestamp", "argocd_application_url"))
                .allSatisfy(
                        field -> assertThat(prod.get(field).isNull()).as(field).isTrue());
        assertThat(http.get("/accounts/my-team/organizations/my-apps-org/apps/nope/environments/DEV")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void shouldStoreTheArgoCdUrlWithoutTrailingSlash() {
        Reply set = http.post(
                ENVIRONMENTS + "/QA/set-argocd-application-url",
                "{\"url\": \"https://argocd.example.com/applications/argocd/my-app-qa/\"}");

        assertThat(set.status()).isEqualTo(204);
        assertThat(set.body()).isEmpty();
        assertThat(http.get(ENVIRONMENTS + "/QA")
                        .json()
                        .get("argocd_application_url")
                        .asText())
                .isEqualTo("https://argocd.example.com/applications/argocd/my-app-qa");
        assertThat(http.get(ENVIRONMENTS + "/DEV")
                        .json()
                        .get("argocd_application_url")
                        .isNull())
                .isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"{\"url\": null}", "{\"url\": \"\"}", "{}"})
    void shouldClearTheArgoCdUrl(String body) {
        http.post(ENVIRONMENTS + "/QA/set-argocd-application-url", "{\"url\": \"http://argocd.local/app\"}");

        Reply clear = http.post(ENVIRONMENTS + "/QA/set-argocd-application-url", body);

        assertThat(clear.status()).isEqualTo(204);
        assertThat(http.get(ENVIRONMENTS + "/QA")
                        .json()
                        .get("argocd_application_url")
                        .isNull())
                .isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"url\": \"ftp://argocd.example.com/app\"}",
                "{\"url\": \"not a url\"}",
                "{\"url\": \"argocd.example.com/app\"}",
                "{\"url\": 42}"
            })
    void shouldRefuseAnInvalidArgoCdUrl(String body) {
        Reply reply = http.post(ENVIRONMENTS + "/QA/set-argocd-application-url", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("url");
    }

    @Test
    void shouldRefuseAnArgoCdUrlLongerThan1000Characters() {
        String base = "https://argocd.example.com/";
        String atLimit = base + "a".repeat(1000 - base.length());

        Reply ok = http.post(ENVIRONMENTS + "/PROD/set-argocd-application-url", "{\"url\": \"" + atLimit + "\"}");
        Reply tooLong = http.post(ENVIRONMENTS + "/PROD/set-argocd-application-url", "{\"url\": \"" + atLimit + "a\"}");
        Reply badEnvironment =
                http.post(ENVIRONMENTS + "/prod/set-argocd-application-url", "{\"url\": \"" + base + "\"}");

        assertThat(ok.status()).isEqualTo(204);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.error()).isEqualTo("invalid_url");
        assertThat(badEnvironment.status()).isEqualTo(400);
    }

    @Test
    void shouldListAndFilterRetentionPolicies() {
        JsonNode all = http.get(APP_PATH + "/retention-policies").json();
        JsonNode prod = http.get(APP_PATH + "/retention-policies?environment=prod&repository_name=my-app")
                .data();

        assertThat(all.get("data")).hasSize(4);
        assertThat(all.has("pagination")).isFalse();
        assertThat(prod).hasSize(1);
        assertThat(prod.get(0).get("retention_days").asInt()).isEqualTo(30);
        assertThat(prod.get(0).get("repository_name").asText()).isEqualTo("my-app");
    }

    @Test
    void shouldRefuseInvalidRetentionFilters() {
        assertThat(http.get(APP_PATH + "/retention-policies?environment=PROD").status())
                .isEqualTo(400);
        assertThat(http.get(APP_PATH + "/retention-policies?repository_name=my-app-config-dev")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void shouldUpdateARetentionPolicy() {
        Reply reply = http.api(
                "PATCH",
                APP_PATH + "/retention-policies?repository_name=my-app&environment=prod",
                "{\"retention_days\": 60}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.data().get("retention_days").asInt()).isEqualTo(60);
        assertThat(http.get(APP_PATH + "/retention-policies?environment=prod")
                        .data()
                        .get(0)
                        .get("retention_days")
                        .asInt())
                .isEqualTo(60);
        assertThat(http.api(
                                "PATCH",
                                APP_PATH + "/retention-policies?repository_name=my-app&environment=dev",
                                "{\"retention_days\": 0}")
                        .status())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "?environment=prod | {\"retention_days\": 60}",
                "?repository_name=my-app | {\"retention_days\": 60}",
                "?repository_name=my-app&environment=PROD | {\"retention_days\": 60}",
                "?repository_name=other&environment=prod | {\"retention_days\": 60}",
                "?repository_name=my-app&environment=prod | {\"retention_days\": -1}",
                "?repository_name=my-app&environment=prod | {\"retention_days\": 1.5}",
                "?repository_name=my-app&environment=prod | {\"retention_days\": \"60\"}",
                "?repository_name=my-app&environment=prod | {}"
            })
    void shouldRefuseAnInvalidRetentionUpdate(String query, String body) {
        Reply reply = http.api("PATCH", APP_PATH + "/retention-policies" + query, body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).isNotBlank();
    }

    @Test
    void shouldServeTheNotificationsSecretAsYaml() {
        Reply first = http.get(APP_PATH + "/notifications-secret");
        Reply second = http.get(APP_PATH + "/notifications-secret");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Content-Type")).isEqualTo("application/x-yaml");
        assertThat(first.body())
                .contains("kind: Secret")
                .contains("name: argocd-notifications-secret")
                .contains("aws-api-gateway-key-my-apps-org: \"ess_")
                .contains("app-secret-12345679: ")
                .contains("app-secret-12345682: ")
                .doesNotContain("app-secret-12345678: ")
                .doesNotContain(sandbox.defaultApiKey());
        assertThat(second.body()).isEqualTo(first.body());
    }
}
