package io.jenkins.plugins.essesseff.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.essesseff.client.RecordingServer.Reply;
import io.jenkins.plugins.essesseff.sandbox.ManualClock;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Inputs are refused before anything is sent, with a message naming the field and the rule. */
@Timeout(30)
class EssesseffClientValidationTest {

    private static final String KEY = "ess_ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    private static final AppRef APP = new AppRef("my-team", "my-apps-org", "my-app");

    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private RecordingServer server;
    private EssesseffClient client;

    @BeforeEach
    void start() {
        server = RecordingServer.start(request -> Reply.json(500, "{}"));
        client = builder(KEY).build();
    }

    @AfterEach
    void stop() {
        assertThat(server.received()).as("nothing is sent").isEmpty();
        server.close();
    }

    private EssesseffClient.Builder builder(String key) {
        return EssesseffClient.builder(ApiKey.of(key))
                .baseUrl(server.url("127.0.0.1", "/api/v1"))
                .clock(new ManualClock())
                .sleeper(duration -> {})
                .pacers(new RatePacers())
                .warnings(warnings::add);
    }

    private InvalidInputException refused(Runnable call) {
        InvalidInputException failure = catchThrowableOfType(InvalidInputException.class, call::run);
        assertThat(failure).as("expected the input to be refused").isNotNull();
        return failure;
    }

    @Test
    void shouldRefuseAnAppNameOutsideTheRule() {
        InvalidInputException failure = refused(() -> client.getApp(new AppRef("my-team", "my-apps-org", "My_App")));

        assertThat(failure.getField()).isEqualTo("appName");
        assertThat(failure)
                .hasMessageContaining("'My_App'")
                .hasMessageContaining("lowercase letters, digits and hyphens");
        assertThat(refused(() -> client.createApp(
                                "my-team", "my-apps-org", new NewApp("my app", null, null, null, null)))
                        .getField())
                .isEqualTo("appName");
    }

    @Test
    void shouldRefuseABlankImageTag() {
        InvalidInputException failure = refused(() -> client.acceptRc(APP, "  "));

        assertThat(failure.getField()).isEqualTo("imageTag");
        assertThat(failure).hasMessage("imageTag: is required");
    }

    @Test
    void shouldRefuseATagContainingASlashRatherThanAddressAnotherPath() {
        InvalidInputException failure = refused(() -> client.getLifecycle(APP, "feature/x", false));

        assertThat(failure.getField()).isEqualTo("imageTag");
        assertThat(failure).hasMessageContaining("contains '/'");
        assertThat(refused(() -> client.getImage(APP, "..", null))).hasMessageContaining("cannot be a path segment");
    }

    @Test
    void shouldRefuseNegativeRetentionDays() {
        InvalidInputException failure =
                refused(() -> client.updateRetentionPolicy(APP, "my-app", Environment.PROD, -1));

        assertThat(failure).hasMessage("retentionDays: must not be negative, was -1");
        assertThat(refused(() -> client.updateRetentionPolicy(APP, " ", Environment.PROD, 1))
                        .getField())
                .isEqualTo("repositoryName");
        assertThat(refused(() -> client.updateRetentionPolicy(APP, "my-app", null, 1))
                        .getField())
                .isEqualTo("environment");
    }

    @Test
    void shouldDeployStableToStagingOrProdOnly() {
        InvalidInputException failure = refused(() -> client.deployStable(APP, Environment.QA, "v1", null));

        assertThat(failure.getField()).isEqualTo("environment");
        assertThat(failure).hasMessageContaining("STAGING or PROD only, was QA");
    }

    @Test
    void shouldRefuseAnArgoCdUrlThatIsNotHttpOrTooLong() {
        assertThat(refused(() -> client.setArgoCdApplicationUrl(APP, Environment.QA, "ftp://argocd.example.com/x")))
                .hasMessage("url: the Argo CD application URL 'ftp://argocd.example.com/x' must start with https:// (or"
                        + " http://)");
        assertThat(refused(() -> client.setArgoCdApplicationUrl(APP, Environment.QA, "argocd.example.com/x"))
                        .getField())
                .isEqualTo("url");
        String long1001 = "https://argocd.example.com/" + "a".repeat(1001 - 27);
        assertThat(long1001).hasSize(1001);
        assertThat(refused(() -> client.setArgoCdApplicationUrl(APP, Environment.QA, long1001)))
                .hasMessageContaining("at most 1000 characters, was 1001");
        assertThat(Validation.requireArgoCdUrl(long1001.substring(0, 1000))).hasSize(1000);
    }

    @Test
    void shouldRefuseAnUnknownVisibilityAndAnEmptyUpdate() {
        assertThat(refused(() -> client.updateApp(APP, new AppChanges(null, "internal"))))
                .hasMessage("repositoryVisibility: 'internal' is not allowed; use one of private, public");
        assertThat(refused(() -> client.updateApp(APP, new AppChanges(null, null)))
                        .getField())
                .isEqualTo("changes");
    }

    @Test
    void shouldRequireTheTemplateOfANewApp() {
        assertThat(refused(() -> client.createApp(
                                "my-team", "my-apps-org", new NewApp("my-app", null, null, null, null)))
                        .getField())
                .isEqualTo("template");
        assertThat(refused(() -> client.createApp(
                                "my-team",
                                "my-apps-org",
                                new NewApp(
                                        "my-app", new AppTemplate(null, "hello-world", true, "x"), null, null, null)))
                        .getField())
                .isEqualTo("templateOrgLogin");
    }

    @Test
    void shouldRefuseUnknownStatusFilters() {
        assertThat(refused(() -> client.listDeployments(APP, new DeploymentFilter(null, "done"), null)))
                .hasMessage("status: 'done' is not allowed; use one of failed, in_progress, pending, succeeded");
        assertThat(refused(() -> client.streamImages(APP, new ImageFilter(null, null, "old"))))
                .hasMessage("status: 'old' is not allowed; use one of active, all, expired");
    }

    @Test
    void shouldKeepPageSizesWithinOneTo1000() {
        assertThat(refused(() -> PageRequest.first(0))).hasMessage("limit: must be between 1 and 1000, was 0");
        assertThat(refused(() -> PageRequest.first(1001)).getField()).isEqualTo("limit");
        assertThat(refused(() -> new PageRequest(10, -1)).getField()).isEqualTo("offset");
    }

    @Test
    void shouldRequireTheState() {
        assertThat(refused(() -> client.setLifecycleState(APP, "v1", null, null))
                        .getField())
                .isEqualTo("state");
        assertThat(refused(() -> client.getEnvironment(APP, null)).getField()).isEqualTo("environment");
    }

    @Test
    void shouldRefuseABaseUrlThatIsNotHttp() {
        EssesseffClient.Builder builder = EssesseffClient.builder(ApiKey.of(KEY));

        assertThat(refused(() -> builder.baseUrl(URI.create("ftp://www.essesseff.com/api/v1")))
                        .getField())
                .isEqualTo("apiUrl");
        assertThat(refused(() -> builder.baseUrl("www.essesseff.com/api/v1")).getField())
                .isEqualTo("apiUrl");
        assertThat(refused(() -> builder.baseUrl("https://exa mple.com")).getField())
                .isEqualTo("apiUrl");
        assertThat(refused(() -> builder.requestTimeout(Duration.ZERO)).getField())
                .isEqualTo("requestTimeout");
        assertThat(builder.build().baseUrl()).hasToString(EssesseffClient.DEFAULT_BASE_URL);
    }

    @Test
    void shouldWarnOnceAboutAKeyOfAnotherShapeButUseItAnyway() {
        // when
        EssesseffClient odd = builder("'not-an-ess-key'").build();

        // then
        assertThat(odd).isNotNull();
        assertThat(warnings)
                .singleElement()
                .asString()
                .contains("does not have the documented shape")
                .doesNotContain("not-an-ess-key");
    }

    @Test
    void shouldNotWarnAboutAKeyOfTheDocumentedShape() {
        assertThat(warnings).isEmpty();
    }

    @Test
    void shouldRefuseAKeyThatCannotTravelInAHeaderWithoutShowingIt() {
        InvalidInputException failure = refused(() -> builder("ess_abc\ndef").build());

        assertThat(failure.getField()).isEqualTo("apiKey");
        assertThat(failure.getMessage()).doesNotContain("ess_abc").doesNotContain("def");
    }
}
