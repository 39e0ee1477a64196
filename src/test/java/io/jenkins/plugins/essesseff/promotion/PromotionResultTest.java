package io.jenkins.plugins.essesseff.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.essesseff.client.Environment;
import io.jenkins.plugins.essesseff.client.LifecycleHistoryEntry;
import io.jenkins.plugins.essesseff.client.LifecycleState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromotionResultTest {

    @Test
    void shouldOfferEveryDocumentedKeyAsPlainValuesForGroovy() {
        PromotionResult result = new PromotionResult(
                "deploy-stable",
                LifecycleState.PROD,
                "2025-09-30T12:00:00Z",
                "my-app",
                "v1.2.3",
                Environment.PROD,
                "CR#12345",
                "https://argocd.example.com/applications/argocd/my-app-prod",
                true,
                false,
                "succeeded",
                "Healthy",
                List.of(),
                "summary");

        Map<String, Object> map = result.toMap();

        assertThat(map)
                .containsEntry("state", "PROD")
                .containsEntry("stateTimestamp", "2025-09-30T12:00:00Z")
                .containsEntry("imageName", "my-app")
                .containsEntry("imageTag", "v1.2.3")
                .containsEntry("environment", "PROD")
                .containsEntry("deploymentNote", "CR#12345")
                .containsEntry("argocdApplicationUrl", "https://argocd.example.com/applications/argocd/my-app-prod")
                .containsEntry("changed", true)
                .containsEntry("dryRun", false)
                .containsEntry("deploymentStatus", "succeeded")
                .containsEntry("healthStatus", "Healthy")
                .doesNotContainKey("history");
    }

    @Test
    void shouldListTheHistoryWhenItWasAskedFor() {
        PromotionResult result = new PromotionResult(
                "lifecycle",
                LifecycleState.RC,
                "t2",
                "my-app",
                "v1",
                null,
                null,
                null,
                false,
                false,
                null,
                null,
                List.of(
                        new LifecycleHistoryEntry(LifecycleState.DEV, "t1", false),
                        new LifecycleHistoryEntry(LifecycleState.RC, "t2", true)),
                "summary");

        assertThat(result.toMap().get("history"))
                .isEqualTo(List.of(
                        Map.of("state", "DEV", "stateTimestamp", "t1", "active", false),
                        Map.of("state", "RC", "stateTimestamp", "t2", "active", true)));
        assertThat(result.toMap()).containsEntry("environment", null);
        assertThat(result.toMap()).isExactlyInstanceOf(LinkedHashMap.class);
        assertThat(result.toMap().get("history")).isExactlyInstanceOf(ArrayList.class);
        assertThat(((List<?>) result.toMap().get("history")).get(0)).isExactlyInstanceOf(LinkedHashMap.class);
    }
}
