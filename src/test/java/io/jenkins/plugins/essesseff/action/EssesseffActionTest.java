package io.jenkins.plugins.essesseff.action;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.essesseff.client.Environment;
import io.jenkins.plugins.essesseff.client.LifecycleState;
import io.jenkins.plugins.essesseff.promotion.PromotionResult;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The build page record: one row per step, safe to append from parallel branches, links only to web pages. */
class EssesseffActionTest {
    private static final Instant TIME = Instant.parse("2025-09-30T12:00:00Z");

    static PromotionResult result(String action, String argocdUrl) {
        return new PromotionResult(
                action,
                LifecycleState.PROD,
                "2025-09-30T12:00:00Z",
                "ghcr.io/my-apps-org/my-app",
                "v1.0.0",
                Environment.PROD,
                "Release 1.0",
                argocdUrl,
                true,
                false,
                "succeeded",
                "Healthy",
                List.of(),
                action + ": moved v1.0.0 from STABLE to PROD");
    }

    @Test
    void shouldKeepWhatTheStepDid() {
        EssesseffRecord row = EssesseffRecord.of(result("deploy-stable", "https://argocd.example.com/x"), TIME);

        assertThat(row.getTime()).isEqualTo("2025-09-30T12:00:00Z");
        assertThat(row.getAction()).isEqualTo("deploy-stable");
        assertThat(row.getEnvironment()).isEqualTo("PROD");
        assertThat(row.getImageTag()).isEqualTo("v1.0.0");
        assertThat(row.getState()).isEqualTo("PROD");
        assertThat(row.getDeploymentNote()).isEqualTo("Release 1.0");
        assertThat(row.getOutcome()).isEqualTo("changed, deployment succeeded");
        assertThat(row.getArgocdLink()).isEqualTo("https://argocd.example.com/x");
    }

    @Test
    void shouldSayHowAFollowedDeploymentEnded() {
        PromotionResult failed = result("accept-rc", null).withDeployment("failed", null);
        PromotionResult notFollowed = result("declare-rc", null).withDeployment(null, null);

        assertThat(EssesseffRecord.of(failed, TIME).getOutcome()).isEqualTo("changed, deployment failed");
        assertThat(EssesseffRecord.of(failed, TIME).getDeploymentStatus()).isEqualTo("failed");
        assertThat(EssesseffRecord.of(notFollowed, TIME).getOutcome()).isEqualTo("changed");
    }

    @Test
    void shouldLinkOnlyToHttpAndHttpsUrls() {
        assertThat(EssesseffRecord.of(result("a", "javascript:alert(1)"), TIME).getArgocdLink())
                .isNull();
        assertThat(EssesseffRecord.of(result("a", "data:text/html,x"), TIME).getArgocdLink())
                .isNull();
        assertThat(EssesseffRecord.of(result("a", null), TIME).getArgocdLink()).isNull();
        assertThat(EssesseffRecord.of(result("a", "http://argocd.local/app"), TIME)
                        .getArgocdLink())
                .isEqualTo("http://argocd.local/app");
        assertThat(EssesseffRecord.of(result("a", "javascript:alert(1)"), TIME).getArgocdApplicationUrl())
                .isEqualTo("javascript:alert(1)");
    }

    @Test
    void shouldKeepEveryRowAppendedFromParallelBranches() throws InterruptedException {
        EssesseffAction action = new EssesseffAction();
        int branches = 8;
        int rowsPerBranch = 200;
        ExecutorService pool = Executors.newFixedThreadPool(branches);
        CountDownLatch start = new CountDownLatch(1);
        for (int branch = 0; branch < branches; branch++) {
            String name = "branch-" + branch;
            pool.execute(() -> {
                await(start);
                for (int row = 0; row < rowsPerBranch; row++) {
                    action.add(EssesseffRecord.of(result(name, null), TIME));
                }
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(action.getRecords()).hasSize(branches * rowsPerBranch);
    }

    @Test
    void shouldHandOutACopyOfTheRows() {
        EssesseffAction action = new EssesseffAction();
        action.add(EssesseffRecord.of(result("declare-rc", null), TIME));

        List<EssesseffRecord> rows = action.getRecords();
        action.add(EssesseffRecord.of(result("accept-rc", null), TIME));

        assertThat(rows).hasSize(1);
        assertThat(action.getUrlName()).isEqualTo("essesseff");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
