package io.jenkins.plugins.essesseff.promotion;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.essesseff.client.Environment;
import io.jenkins.plugins.essesseff.client.LifecycleHistoryEntry;
import io.jenkins.plugins.essesseff.client.LifecycleState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one step: where the image is now, and whether the step changed anything.
 *
 * @param action the step's action, e.g. {@code declare-rc}, {@code deploy-stable}, {@code lifecycle}
 * @param changed whether essesseff was asked to change something (false for reads, re-runs and dry runs)
 * @param dryRun whether the step stopped after the preflight
 * @param deploymentStatus the followed deployment's final status, or null when the step did not wait
 * @param healthStatus the followed deployment's Argo CD health, or null
 * @param history the image's lifecycle history, when it was asked for; otherwise empty
 * @param summary the one console line that says what happened
 */
public record PromotionResult(
        String action,
        @CheckForNull LifecycleState state,
        @CheckForNull String stateTimestamp,
        @CheckForNull String imageName,
        @CheckForNull String imageTag,
        @CheckForNull Environment environment,
        @CheckForNull String deploymentNote,
        @CheckForNull String argocdApplicationUrl,
        boolean changed,
        boolean dryRun,
        @CheckForNull String deploymentStatus,
        @CheckForNull String healthStatus,
        List<LifecycleHistoryEntry> history,
        String summary) {

    public PromotionResult {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** The same result, with how the deployment it followed ended. */
    public PromotionResult withDeployment(@CheckForNull String status, @CheckForNull String health) {
        return new PromotionResult(
                action,
                state,
                stateTimestamp,
                imageName,
                imageTag,
                environment,
                deploymentNote,
                argocdApplicationUrl,
                changed,
                dryRun,
                status,
                health,
                history,
                summary);
    }

    /**
     * The step's return value in a pipeline: strings and booleans in a {@link LinkedHashMap}, the history an
     * {@link ArrayList} of them, so that the pipeline can keep it in its serialized program state (the JDK's
     * immutable collections are not among the classes Jenkins serializes everywhere).
     */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("state", state == null ? null : state.name());
        map.put("stateTimestamp", stateTimestamp);
        map.put("imageName", imageName);
        map.put("imageTag", imageTag);
        map.put("environment", environment == null ? null : environment.name());
        map.put("deploymentNote", deploymentNote);
        map.put("argocdApplicationUrl", argocdApplicationUrl);
        map.put("changed", changed);
        map.put("dryRun", dryRun);
        map.put("deploymentStatus", deploymentStatus);
        map.put("healthStatus", healthStatus);
        if (!history.isEmpty()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            history.forEach(entry -> rows.add(historyRow(entry)));
            map.put("history", rows);
        }
        return map;
    }

    private static Map<String, Object> historyRow(LifecycleHistoryEntry entry) {
        Map<String, Object> row = new LinkedHashMap<>();
        LifecycleState state = entry.state();
        row.put("state", state == null ? null : state.name());
        row.put("stateTimestamp", entry.stateTimestamp());
        row.put("active", Boolean.TRUE.equals(entry.isActive()));
        return row;
    }
}
