package io.jenkins.plugins.essesseff.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.essesseff.client.LifecycleHistoryEntry;
import io.jenkins.plugins.essesseff.client.LifecycleState;
import io.jenkins.plugins.essesseff.promotion.PromotionResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The map a step returns holds only plain, serializable collections. */
class StepResultsTest {

    @Test
    void shouldCopyTheResultIntoPlainCollections() {
        PromotionResult result = new PromotionResult(
                "lifecycle",
                LifecycleState.RC,
                "2025-09-30T12:00:00Z",
                "ghcr.io/my-apps-org/my-app",
                "v1",
                null,
                null,
                null,
                false,
                false,
                null,
                null,
                List.of(new LifecycleHistoryEntry(LifecycleState.DEV, "2025-09-30T11:00:00Z", false)),
                "lifecycle: v1 is RC");

        Map<String, Object> map = StepResults.toGroovy(result);

        assertThat(map).isInstanceOf(LinkedHashMap.class).containsEntry("state", "RC");
        assertThat(map.get("history")).isInstanceOf(ArrayList.class);
        assertThat((List<?>) map.get("history"))
                .singleElement()
                .isInstanceOf(LinkedHashMap.class)
                .isEqualTo(Map.of("state", "DEV", "stateTimestamp", "2025-09-30T11:00:00Z", "active", false));
    }
}
