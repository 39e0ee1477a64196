package io.jenkins.plugins.essesseff.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.essesseff.client.RecordingServer.Received;
import io.jenkins.plugins.essesseff.client.RecordingServer.Reply;
import io.jenkins.plugins.essesseff.sandbox.ManualClock;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What goes over the wire, checked on a scripted server: headers, bodies, redirects, odd answers. */
@Timeout(30)
class EssesseffClientHttpTest {

    private static final String KEY = "ess_ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    private static final AppRef APP = new AppRef("my-team", "my-apps-org", "my-app");
    private static final String STATE_CHANGE = """
            {"account_slug": "my-team", "organization": "my-apps-org", "app": "my-app", "environment": "%s",
             "image_name": "my-app", "image_tag": "v1.2.3", "state": "%s", "state_timestamp": "2025-09-30T12:00:00Z",
             "deployment_note": %s, "added_later": {"nested": true}}""";
    private static final String ENVIRONMENT = """
            {"account_slug": "my-team", "organization": "my-apps-org", "app": "my-app", "environment": "DEV",
             "image_name": "my-app", "image_tag": "v1.2.3", "state_timestamp": "2025-09-30T11:00:00Z",
             "argocd_application_url": null}""";

    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private RecordingServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private EssesseffClient clientOf(URI baseUrl) {
        return EssesseffClient.builder(ApiKey.of(KEY))
                .baseUrl(baseUrl)
                .clock(new ManualClock())
                .sleeper(duration -> {})
                .pacers(new RatePacers())
                .warnings(warnings::add)
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    private EssesseffClient start(Function<Received, Reply> responder) {
        server = RecordingServer.start(responder);
        return clientOf(server.url("127.0.0.1", "/api/v1"));
    }

    @Test
    void shouldSendTheKeyTheContentTypeAndAnEmptyObjectForDeclareRc() {
        // given
        EssesseffClient client = start(request -> request.method().equals("GET")
                ? Reply.json(200, ENVIRONMENT)
                : Reply.json(200, STATE_CHANGE.formatted("DEV", "RC", "null")));

        // when the environment is read first, as the promotion layer does, and then the image declared
        client.getEnvironment(APP, Environment.DEV);
        StateChange change = client.declareRc(APP);

        // then
        assertThat(change.state()).isEqualTo(LifecycleState.RC);
        assertThat(server.received()).hasSize(2);
        Received read = server.received().get(0);
        Received post = server.received().get(1);
        assertThat(read.pathAndQuery())
                .isEqualTo("/api/v1/accounts/my-team/organizations/my-apps-org/apps/my-app/environments/DEV");
        assertThat(read.header("Content-Type")).isNull();
        assertThat(post.pathAndQuery()).endsWith("/apps/my-app/environments/DEV/declare-rc");
        assertThat(post.body()).isEqualTo("{}");
        assertThat(post.header("X-API-Key")).isEqualTo(KEY);
        assertThat(post.header("Content-Type")).isEqualTo("application/json");
        assertThat(post.header("Accept")).isEqualTo("application/json");
        assertThat(post.header("User-Agent")).isEqualTo("essesseff-jenkins-plugin");
        assertThat(post.header("Authorization")).isNull();
    }

    @Test
    void shouldSendTheDeploymentNoteForProdOnlyAndOnlyWhenNotBlank() {
        // given
        EssesseffClient client = start(request -> Reply.json(200, STATE_CHANGE.formatted("PROD", "PROD", "null")));

        // when
        client.deployStable(APP, Environment.STAGING, "v1.2.3", "CR#1");
        client.deployStable(APP, Environment.PROD, "v1.2.3", "  ");
        client.deployStable(APP, Environment.PROD, "v1.2.3", "CR#12345");
        client.setLifecycleState(APP, "v1.2.3", LifecycleState.QA, "CR#2");
        client.setLifecycleState(APP, "v1.2.3", LifecycleState.PROD, "CR#3");

        // then
        assertThat(server.received())
                .extracting(Received::body)
                .containsExactly(
                        "{\"image_tag\":\"v1.2.3\"}",
                        "{\"image_tag\":\"v1.2.3\"}",
                        "{\"image_tag\":\"v1.2.3\",\"deployment_note\":\"CR#12345\"}",
                        "{\"state\":\"QA\"}",
                        "{\"state\":\"PROD\",\"deployment_note\":\"CR#3\"}");
    }

    @Test
    void shouldSendTheRequestBodiesOfTheDocumentation() {
        // given
        EssesseffClient client = start(request -> switch (request.method()) {
            case "PATCH" -> Reply.json(200, "{\"success\": true, \"data\": {\"app_name\": \"my-app\"}}");
            case "POST" ->
                request.pathAndQuery().endsWith("set-argocd-application-url")
                        ? new Reply(204, java.util.Map.of(), "")
                        : Reply.json(200, "{\"success\": true, \"data\": {\"app_name\": \"my-app\"}}");
            default -> Reply.json(404, "{}");
        });

        // when
        client.createApp(
                "my-team",
                "my-apps-org",
                new NewApp(
                        "my-app",
                        new AppTemplate("essesseff-hello-world-go-template", "hello-world", true, "hello-world"),
                        null,
                        "go",
                        null));
        client.updateApp(APP, new AppChanges(null, "public"));
        client.updateRetentionPolicy(APP, "my-app", Environment.PROD, 0);
        client.setArgoCdApplicationUrl(APP, Environment.QA, null);
        client.setArgoCdApplicationUrl(APP, Environment.QA, "https://argocd.example.com/applications/argocd/x");

        // then
        assertThat(server.received())
                .extracting(Received::body)
                .containsExactly(
                        "{\"programming_language\":\"go\",\"template\":{\"template_org_login\":"
                                + "\"essesseff-hello-world-go-template\",\"source_template_repo\":\"hello-world\","
                                + "\"is_global_template\":true,\"replacement_string\":\"hello-world\"}}",
                        "{\"repository_visibility\":\"public\"}",
                        "{\"retention_days\":0}",
                        "{\"url\":null}",
                        "{\"url\":\"https://argocd.example.com/applications/argocd/x\"}");
        assertThat(server.received().get(0).pathAndQuery()).endsWith("/organizations/my-apps-org/apps?app_name=my-app");
        assertThat(server.received().get(2).pathAndQuery())
                .endsWith("/apps/my-app/retention-policies?repository_name=my-app&environment=prod");
    }

    @Test
    void shouldIgnoreFieldsEssesseffAddsLater() {
        // given
        EssesseffClient client = start(request -> Reply.json(200, """
                {"success": true, "new_flag": 1, "data": {"app_name": "my-app", "brand_new": [1, 2],
                 "template": {"name": "t", "language": "go", "is_global_template": true, "extra": "x"}}}"""));

        // when
        App app = client.getApp(APP);

        // then
        assertThat(app.appName()).isEqualTo("my-app");
        assertThat(app.template().isGlobalTemplate()).isTrue();
    }

    @Test
    void shouldReportAnUnreadableSuccessfulAnswer() {
        // given
        EssesseffClient client = start(request -> Reply.json(200, "{\"success\": true, \"data\": {\"app_name\": "));

        // when
        EssesseffException failure = catchThrowableOfType(EssesseffException.class, () -> client.getApp(APP));

        // then
        assertThat(failure)
                .hasMessageStartingWith("essesseff's answer to GET /api/v1/accounts/my-team/organizations/my-apps-org"
                        + "/apps/my-app (status 200) could not be read");
    }

    @Test
    void shouldReadANotFoundThatIsNotJson() {
        // given
        EssesseffClient client = start(request -> new Reply(404, java.util.Map.of(), "Not Found\n\n"));

        // when
        EssesseffApiException failure = catchThrowableOfType(EssesseffApiException.class, () -> client.getApp(APP));

        // then
        assertThat(failure.getStatus()).isEqualTo(404);
        assertThat(failure.getApiMessage()).isEqualTo("Not Found");
    }

    @Test
    void shouldMaskTheKeyWhenEssesseffEchoesIt() {
        // given
        EssesseffClient client = start(request -> Reply.json(
                401,
                "{\"error\": \"unauthorized\", \"message\": \"invalid API key " + request.header("X-API-Key") + "\"}"));

        // when
        EssesseffApiException failure = catchThrowableOfType(EssesseffApiException.class, () -> client.getApp(APP));

        // then
        assertThat(failure.getStatus()).isEqualTo(401);
        assertThat(failure.getApiMessage()).isEqualTo("invalid API key ****");
        assertThat(failure.getMessage()).doesNotContain(KEY);
    }

    @Test
    void shouldKeepTheKeyOnARedirectToTheSameHost() {
        // given an old path that moved
        EssesseffClient client = clientOf(startRedirecting("127.0.0.1").url("127.0.0.1", "/old/api/v1"));

        // when
        App app = client.getApp(APP);

        // then
        assertThat(app.appName()).isEqualTo("my-app");
        assertThat(server.received()).hasSize(2);
        assertThat(server.received().get(1).pathAndQuery())
                .isEqualTo("/api/v1/accounts/my-team/organizations/my-apps-org/apps/my-app");
        assertThat(server.received())
                .allSatisfy(request -> assertThat(request.header("X-API-Key")).isEqualTo(KEY));
        assertThat(warnings).isEmpty();
    }

    @Test
    void shouldDropTheKeyOnARedirectToAnotherHost() {
        // given 127.0.0.1 redirects to localhost, another host
        EssesseffClient client = clientOf(startRedirecting("localhost").url("127.0.0.1", "/old/api/v1"));

        // when
        EssesseffApiException failure = catchThrowableOfType(EssesseffApiException.class, () -> client.getApp(APP));

        // then the other host got no key, and said so
        assertThat(failure.getStatus()).isEqualTo(401);
        assertThat(server.received()).hasSize(2);
        assertThat(server.received().get(0).header("X-API-Key")).isEqualTo(KEY);
        assertThat(server.received().get(1).host()).startsWith("localhost:");
        assertThat(server.received().get(1).header("X-API-Key")).isNull();
        assertThat(warnings)
                .singleElement()
                .asString()
                .contains("to another host, localhost:" + server.port())
                .contains("without the API key")
                .doesNotContain(KEY);
    }

    @Test
    void shouldSendNoKeyToTheSandboxWhenRedirectedThereUnderAnotherHostName() {
        // given a redirect from 127.0.0.1 to the sandbox as localhost, another host
        try (ClientFixture fixture = ClientFixture.withoutRateLimit()) {
            fixture.build("v1");
            int sandboxPort = fixture.sandbox.apiBaseUrl().getPort();
            server = RecordingServer.start(
                    request -> Reply.redirect(308, "http://localhost:" + sandboxPort + request.pathAndQuery()));
            EssesseffClient client = fixture.builder()
                    .baseUrl(server.url("127.0.0.1", "/api/v1"))
                    .build();

            // when
            EssesseffApiException failure =
                    catchThrowableOfType(EssesseffApiException.class, () -> client.getApp(ClientFixture.APP));

            // then the sandbox saw the request without a key
            assertThat(failure.getStatus()).isEqualTo(401);
            assertThat(failure.getApiMessage()).contains("missing API key");
            assertThat(fixture.requests())
                    .singleElement()
                    .satisfies(request -> assertThat(request.status()).isEqualTo(401));
            assertThat(fixture.warnings).singleElement().asString().contains("without the API key");
        }
    }

    private RecordingServer startRedirecting(String targetHost) {
        server = RecordingServer.start(request -> {
            if (request.pathAndQuery().startsWith("/old/")) {
                return Reply.redirect(
                        307,
                        "http://" + targetHost + ":" + server.port()
                                + request.pathAndQuery().substring(4));
            }
            if (request.header("X-API-Key") == null) {
                return Reply.json(401, "{\"error\": \"unauthorized\", \"message\": \"missing API key\"}");
            }
            return Reply.json(200, "{\"success\": true, \"data\": {\"app_name\": \"my-app\"}}");
        });
        return server;
    }

    @Test
    void shouldKeepMethodAndBodyOnA307AndTurnA303IntoAGet() {
        // given
        EssesseffClient client = start(request -> {
            if (request.pathAndQuery().endsWith("/accept-rc")) {
                return Reply.redirect(307, request.pathAndQuery() + "-moved");
            }
            if (request.pathAndQuery().endsWith("/reject-rc")) {
                return Reply.redirect(303, "/api/v1/result");
            }
            return Reply.json(200, STATE_CHANGE.formatted("QA", "QA", "null"));
        });

        // when
        client.acceptRc(APP, "v1.2.3");
        client.rejectRc(APP, "v1.2.3");

        // then
        assertThat(server.received())
                .extracting(request ->
                        request.method() + " " + request.pathAndQuery().replaceAll(".*/", "") + " " + request.body())
                .containsExactly(
                        "POST accept-rc {\"image_tag\":\"v1.2.3\"}",
                        "POST accept-rc-moved {\"image_tag\":\"v1.2.3\"}",
                        "POST reject-rc {\"image_tag\":\"v1.2.3\"}",
                        "GET result ");
    }

    @Test
    void shouldStopAfterFiveRedirects() {
        // given
        EssesseffClient client = start(request -> Reply.redirect(302, request.pathAndQuery()));

        // when / then
        assertThatThrownBy(() -> client.getApp(APP))
                .isInstanceOf(EssesseffException.class)
                .hasMessageContaining("redirected GET /api/v1/accounts/my-team/organizations/my-apps-org/apps/my-app"
                        + " more than 5 times");
        assertThat(server.received()).hasSize(6);
    }

    @Test
    void shouldRefuseARedirectToALocationThatIsNotAUrl() {
        // given a Location header that cannot be parsed
        EssesseffClient client = start(request -> Reply.redirect(302, "http://exa mple.com/%zz"));

        // when / then
        assertThatThrownBy(() -> client.getApp(APP))
                .isInstanceOf(EssesseffException.class)
                .hasMessageContaining("with a redirect to an unusable location 'http://exa mple.com/%zz'");
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void shouldKeepTheKeyOnlyWhereItBelongs() {
        assertThat(Redirects.mayKeepKey(
                        URI.create("https://essesseff.com/api/v1/x"), URI.create("https://www.essesseff.com/api/v1/x")))
                .isTrue();
        assertThat(Redirects.mayKeepKey(
                        URI.create("https://www.essesseff.com/api/v1"), URI.create("https://ESSESSEFF.com/api/v1")))
                .isTrue();
        assertThat(Redirects.mayKeepKey(
                        URI.create("https://www.essesseff.com/api/v1"), URI.create("http://www.essesseff.com/api/v1")))
                .as("never down to plain http")
                .isFalse();
        assertThat(Redirects.mayKeepKey(
                        URI.create("https://www.essesseff.com/a"), URI.create("https://api.essesseff.com/a")))
                .isFalse();
        assertThat(Redirects.mayKeepKey(
                        URI.create("https://www.essesseff.com/a"), URI.create("https://www.essesseff.com.evil.io/a")))
                .isFalse();
        assertThat(Redirects.mayKeepKey(URI.create("http://127.0.0.1:8080/a"), URI.create("http://127.0.0.1:8081/a")))
                .as("another port is another host")
                .isFalse();
        assertThat(Redirects.mayKeepKey(URI.create("http://127.0.0.1:8080/a"), URI.create("http://127.0.0.1:8080/b")))
                .isTrue();
        assertThat(Redirects.mayKeepKey(URI.create("http://127.0.0.1/a"), URI.create("http://127.0.0.1:80/b")))
                .isTrue();
    }
}
