package io.jenkins.plugins.essesseff.client;

import static io.jenkins.plugins.essesseff.client.ClientFixture.ACCOUNT;
import static io.jenkins.plugins.essesseff.client.ClientFixture.APP;
import static io.jenkins.plugins.essesseff.client.ClientFixture.APP_NAME;
import static io.jenkins.plugins.essesseff.client.ClientFixture.ORGANIZATION;
import static io.jenkins.plugins.essesseff.client.ClientFixture.appPath;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every endpoint of the Apps API, against the sandbox over real HTTP. */
@Timeout(30)
class EssesseffClientEndpointsTest {

    private ClientFixture fixture;
    private EssesseffClient client;

    @BeforeEach
    void start() {
        fixture = ClientFixture.withoutRateLimit();
        client = fixture.client();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void shouldListAppsPageByPageAndFilteredByName() {
        // given
        fixture.build("v1.0.0");
        fixture.sandbox.registerBuild(ACCOUNT, ORGANIZATION, "other-app", "v2.0.0");

        // when
        Page<App> all = client.listApps(ACCOUNT, ORGANIZATION, null, PageRequest.serverDefault());
        Page<App> filtered = client.listApps(ACCOUNT, ORGANIZATION, "other-app", PageRequest.first(10));

        // then
        assertThat(all.items()).extracting(App::appName).containsExactlyInAnyOrder(APP_NAME, "other-app");
        assertThat(all.pagination().total()).isEqualTo(2);
        assertThat(all.pagination().hasMore()).isFalse();
        assertThat(filtered.items()).extracting(App::appName).containsExactly("other-app");
        App app = filtered.items().get(0);
        assertThat(app.organizationLogin()).isEqualTo(ORGANIZATION);
        assertThat(app.repositoryUrls().sourceRepo()).isNotBlank();
        assertThat(app.template().name()).isNotBlank();
        assertThat(client.streamApps(ACCOUNT, ORGANIZATION, null)).hasSize(2);
        assertThat(fixture.requestLines())
                .contains("GET /api/v1/accounts/my-team/organizations/my-apps-org/apps?app_name=other-app&limit=10");
    }

    @Test
    void shouldCreateGetAndUpdateAnApp() {
        // given
        NewApp request = new NewApp(
                "my-go-app",
                new AppTemplate("essesseff-hello-world-go-template", "hello-world", true, "hello-world"),
                "My Go application",
                "go",
                "private");

        // when
        CreatedApp created = client.createApp(ACCOUNT, ORGANIZATION, request);
        AppRef ref = new AppRef(ACCOUNT, ORGANIZATION, "my-go-app");
        UpdatedApp updated = client.updateApp(ref, new AppChanges("Updated description", "public"));
        App fetched = client.getApp(ref);

        // then
        assertThat(created.appName()).isEqualTo("my-go-app");
        assertThat(created.accountSlug()).isEqualTo(ACCOUNT);
        assertThat(created.resultantRepos().configProdRepo()).isEqualTo("my-go-app-config-prod");
        assertThat(created.resultantRepos().templateOrgLogin()).isEqualTo("essesseff-hello-world-go-template");
        assertThat(updated.description()).isEqualTo("Updated description");
        assertThat(updated.repositoryVisibility()).isEqualTo("public");
        assertThat(fetched.repositoryVisibility()).isEqualTo("public");
        assertThat(fetched.repositoryIds().argocdProdRepo()).isNotNull();
        assertThat(fetched.updatedAt()).isNotBlank();
        assertThat(fixture.requestLines())
                .startsWith("POST /api/v1/accounts/my-team/organizations/my-apps-org/apps?app_name=my-go-app");
    }

    @Test
    void shouldListImagesAndDeploymentsAndGetAnImage() {
        // given
        fixture.build("v1.0.0");
        fixture.build("1.0.0-a1b2c3d-20231201T120000Z");

        // when
        Page<Image> images = client.listImages(APP, ImageFilter.none(), PageRequest.first(1));
        Page<Image> filtered = client.listImages(
                APP, new ImageFilter(null, "1.0.0-a1b2c3d-20231201T120000Z", "active"), PageRequest.serverDefault());
        Image image = client.getImage(APP, "1.0.0-a1b2c3d-20231201T120000Z", null);
        Page<Deployment> deployments = client.listDeployments(
                APP, new DeploymentFilter(Environment.DEV, "succeeded"), PageRequest.serverDefault());

        // then
        assertThat(images.items()).hasSize(1);
        assertThat(images.pagination().hasMore()).isTrue();
        assertThat(images.pagination().total()).isEqualTo(2);
        assertThat(filtered.items()).extracting(Image::imageTag).containsExactly("1.0.0-a1b2c3d-20231201T120000Z");
        assertThat(image.imageTag()).isEqualTo("1.0.0-a1b2c3d-20231201T120000Z");
        assertThat(image.status()).isEqualTo("active");
        assertThat(image.metadata().githubOrganization()).isEqualTo(ORGANIZATION);
        assertThat(deployments.items()).isNotEmpty().allSatisfy(deployment -> {
            assertThat(deployment.environment()).isEqualTo("dev");
            assertThat(deployment.status()).isEqualTo("succeeded");
        });
        assertThat(client.streamImages(APP, ImageFilter.none())).hasSize(2);
        assertThat(client.streamDeployments(APP, DeploymentFilter.none())).hasSize(2);
        assertThat(fixture.requestLines())
                .contains("GET " + appPath() + "/deployments?environment=dev&status=succeeded");
    }

    @Test
    void shouldReadAndSetTheLifecycle() {
        // given
        fixture.build("v1.2.3");

        // when
        Lifecycle before = client.getLifecycle(APP, "v1.2.3", false);
        StateChange change = client.setLifecycleState(APP, "v1.2.3", LifecycleState.RC, "ignored unless PROD");
        Lifecycle after = client.getLifecycle(APP, "v1.2.3", true);

        // then
        assertThat(before.currentState()).isEqualTo(LifecycleState.DEV);
        assertThat(before.history()).isEmpty();
        assertThat(change.state()).isEqualTo(LifecycleState.RC);
        assertThat(change.imageTag()).isEqualTo("v1.2.3");
        assertThat(after.currentState()).isEqualTo(LifecycleState.RC);
        assertThat(after.history())
                .extracting(LifecycleHistoryEntry::state)
                .containsExactly(LifecycleState.BUILD, LifecycleState.DEV, LifecycleState.RC);
        assertThat(fixture.requestLines())
                .containsExactly(
                        "GET " + appPath() + "/images/v1.2.3/lifecycle",
                        "POST " + appPath() + "/images/v1.2.3/lifecycle",
                        "GET " + appPath() + "/images/v1.2.3/lifecycle?history=true");
    }

    @Test
    void shouldPromoteAnImageAllTheWayToProd() {
        // given
        fixture.build("v1.2.3");

        // when
        StateChange rc = client.declareRc(APP);
        StateChange qa = client.acceptRc(APP, "v1.2.3");
        StateChange stable = client.declareStable(APP);
        StateChange staging = client.deployStable(APP, Environment.STAGING, "v1.2.3", "not sent for STAGING");
        StateChange prod = client.deployStable(APP, Environment.PROD, "v1.2.3", " CR#12345 ");

        // then
        assertThat(List.of(rc, qa, stable, staging, prod))
                .extracting(StateChange::state)
                .containsExactly(
                        LifecycleState.RC,
                        LifecycleState.QA,
                        LifecycleState.STABLE,
                        LifecycleState.STAGING,
                        LifecycleState.PROD);
        assertThat(rc.environment()).isEqualTo(Environment.DEV);
        assertThat(qa.environment()).isEqualTo(Environment.QA);
        assertThat(prod.environment()).isEqualTo(Environment.PROD);
        assertThat(prod.deploymentNote()).isEqualTo("CR#12345");
        assertThat(staging.deploymentNote()).isNull();
        assertThat(client.getEnvironment(APP, Environment.PROD).imageTag()).isEqualTo("v1.2.3");
        assertThat(fixture.requestLines())
                .containsExactly(
                        "POST " + appPath() + "/environments/DEV/declare-rc",
                        "POST " + appPath() + "/environments/QA/accept-rc",
                        "POST " + appPath() + "/environments/QA/declare-stable",
                        "POST " + appPath() + "/environments/STAGING/deploy-stable",
                        "POST " + appPath() + "/environments/PROD/deploy-stable",
                        "GET " + appPath() + "/environments/PROD");
    }

    @Test
    void shouldRejectACandidateAndAnImageInQa() {
        // given one candidate, and one image accepted into QA
        fixture.build("v1.0.0");
        client.declareRc(APP);
        fixture.build("v2.0.0");
        client.declareRc(APP);
        client.acceptRc(APP, "v2.0.0");

        // when
        StateChange rejectedCandidate = client.rejectRc(APP, "v1.0.0");
        StateChange rejectedInQa = client.declareRejected(APP);

        // then
        assertThat(rejectedCandidate.state()).isEqualTo(LifecycleState.REJECTED);
        assertThat(rejectedCandidate.imageTag()).isEqualTo("v1.0.0");
        assertThat(rejectedInQa.state()).isEqualTo(LifecycleState.REJECTED);
        assertThat(rejectedInQa.imageTag()).isEqualTo("v2.0.0");
    }

    @Test
    void shouldSetAndClearTheArgoCdApplicationUrl() {
        // given
        fixture.build("v1.2.3");
        String url = "https://argocd.example.com/applications/argocd/my-app-qa";

        // when
        client.setArgoCdApplicationUrl(APP, Environment.QA, url);
        EnvironmentStatus withUrl = client.getEnvironment(APP, Environment.QA);
        client.setArgoCdApplicationUrl(APP, Environment.QA, "");
        EnvironmentStatus cleared = client.getEnvironment(APP, Environment.QA);

        // then
        assertThat(withUrl.argocdApplicationUrl()).isEqualTo(url);
        assertThat(withUrl.environment()).isEqualTo(Environment.QA);
        assertThat(withUrl.hasImage()).isFalse();
        assertThat(cleared.argocdApplicationUrl()).isNull();
        assertThat(fixture.requests())
                .filteredOn(request -> request.method().equals("POST"))
                .extracting(request -> request.status())
                .containsExactly(204, 204);
    }

    @Test
    void shouldListAndUpdateRetentionPolicies() {
        // given
        fixture.build("v1.2.3");

        // when
        List<RetentionPolicy> all = client.listRetentionPolicies(APP, null, null);
        RetentionPolicy updated = client.updateRetentionPolicy(APP, APP_NAME, Environment.PROD, 60);
        List<RetentionPolicy> prod = client.listRetentionPolicies(APP, APP_NAME, Environment.PROD);

        // then
        assertThat(all).extracting(RetentionPolicy::environment).contains("dev", "qa", "staging", "prod");
        assertThat(updated.retentionDays()).isEqualTo(60);
        assertThat(updated.environment()).isEqualTo("prod");
        assertThat(prod)
                .singleElement()
                .extracting(RetentionPolicy::retentionDays)
                .isEqualTo(60);
        assertThat(fixture.requestLines())
                .contains("PATCH " + appPath() + "/retention-policies?repository_name=my-app&environment=prod");
    }

    @Test
    void shouldFetchTheNotificationsSecretWithoutShowingIt() {
        // given
        fixture.build("v1.2.3");

        // when
        NotificationsSecret secret = client.getNotificationsSecret(APP);

        // then
        assertThat(secret.yaml()).contains("kind: Secret").contains("argocd-notifications-secret");
        assertThat(secret.toString()).doesNotContain("Secret\n").doesNotContain("app-secret");
    }
}
