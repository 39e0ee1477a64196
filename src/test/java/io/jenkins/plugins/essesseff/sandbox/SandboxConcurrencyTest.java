package io.jenkins.plugins.essesseff.sandbox;

import static io.jenkins.plugins.essesseff.sandbox.SandboxHttp.APP_PATH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.essesseff.sandbox.SandboxHttp.Reply;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxConcurrencyTest {

    private static final int THREADS = 8;
    private static final int REQUESTS_PER_THREAD = 200;
    private static final String APPS = "/accounts/my-team/organizations/my-apps-org/apps";

    private EssesseffSandbox sandbox;
    private ExecutorService pool;

    @BeforeEach
    void startSandbox() {
        sandbox = EssesseffSandbox.start(SandboxOptions.defaults().withoutRateLimit());
        sandbox.registerBuild("my-team", "my-apps-org", "my-app", "v0");
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void stopSandbox() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(5, TimeUnit.SECONDS);
        sandbox.close();
    }

    /**
     * Each of 8 threads sends 200 API requests, in rounds of four: create an app of its own, read it back,
     * set the shared app's Argo CD URL, read the shared image's lifecycle. Every answer must be a success,
     * every request logged once, every app there once, with repository IDs of its own.
     */
    @Test
    void shouldLoseAndDuplicateNothingUnderConcurrentRequests() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Integer>>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            Callable<List<Integer>> work = () -> {
                SandboxHttp http = new SandboxHttp(sandbox);
                List<Integer> statuses = new ArrayList<>();
                start.await();
                for (int i = 0; i < REQUESTS_PER_THREAD; i += 4) {
                    String app = "app-" + thread + "-" + i;
                    statuses.add(http.post(
                                    APPS + "?app_name=" + app,
                                    "{\"template\": {\"template_org_login\": \"t\", \"source_template_repo\": \"r\", "
                                            + "\"is_global_template\": false, \"replacement_string\": \"r\"}}")
                            .status());
                    statuses.add(http.get(APPS + "/" + app).status());
                    statuses.add(http.post(
                                    APP_PATH + "/environments/QA/set-argocd-application-url",
                                    "{\"url\": \"https://argocd.example.com/" + app + "\"}")
                            .status());
                    statuses.add(http.get(APP_PATH + "/images/v0/lifecycle").status());
                }
                return statuses;
            };
            results.add(pool.submit(work));
        }

        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<List<Integer>> result : results) {
            statuses.addAll(result.get(60, TimeUnit.SECONDS));
        }

        assertThat(statuses).hasSize(THREADS * REQUESTS_PER_THREAD).containsOnly(200, 201, 204);
        assertThat(sandbox.requests()).hasSize(THREADS * REQUESTS_PER_THREAD);
        SandboxHttp http = new SandboxHttp(sandbox);
        Reply list = http.get(APPS + "?limit=1000");
        JsonNode apps = list.data();
        Set<String> names = new HashSet<>();
        apps.forEach(app -> names.add(app.get("app_name").asText()));
        assertThat(list.json().get("pagination").get("total").asInt()).isEqualTo(1 + THREADS * REQUESTS_PER_THREAD / 4);
        assertThat(names).hasSize(1 + THREADS * REQUESTS_PER_THREAD / 4);
        Set<Long> repositoryIds = new HashSet<>();
        for (String name : List.of("app-0-0", "app-3-100", "app-7-196", "my-app")) {
            http.get(APPS + "/" + name).data().get("repository_ids").forEach(id -> repositoryIds.add(id.asLong()));
        }
        assertThat(repositoryIds).hasSize(4 * 9);
    }

    @Test
    void shouldRegisterConcurrentBuildsEachOnce() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 25; i++) {
                    sandbox.registerBuild("my-team", "my-apps-org", "my-app", "v" + thread + "." + i);
                }
                return null;
            }));
        }

        start.countDown();
        for (Future<?> result : results) {
            result.get(60, TimeUnit.SECONDS);
        }

        SandboxHttp http = new SandboxHttp(sandbox);
        assertThat(http.get(APP_PATH + "/images?limit=1000")
                        .json()
                        .get("pagination")
                        .get("total")
                        .asInt())
                .isEqualTo(1 + THREADS * 25);
        JsonNode deployments = http.get(APP_PATH + "/deployments?limit=1000").data();
        Set<Long> runIds = new HashSet<>();
        deployments.forEach(
                d -> runIds.add(d.get("metadata").get("github_workflow_run_id").asLong()));
        assertThat(runIds).hasSize(1 + THREADS * 25);
    }
}
