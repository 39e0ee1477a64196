package io.jenkins.plugins.essesseff.sandbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The image lifecycle table the sandbox enforces: the one place it lives.
 *
 * <p><strong>INFERRED.</strong> essesseff documents the order {@code BUILD → DEV → RC → QA → STABLE →
 * STAGING → PROD}, that {@code REJECTED} is reachable from {@code RC} and {@code QA}, that STAGING is
 * optional before PROD, and that same-state or backward transitions return 400; it does not publish the
 * table itself (see facts.md, "Image lifecycle"). The edges below are our reading of that. Keep them in
 * step with the plugin's own preflight table; a test compares the two.
 */
public final class SandboxLifecycle {

    /** Every state the sandbox knows, in lifecycle order. {@code EXPIRED} is named by retention material only. */
    public static final List<String> STATES =
            List.of("BUILD", "DEV", "RC", "QA", "STABLE", "STAGING", "PROD", "REJECTED", "EXPIRED");

    /** The states that deploy to the environment of the same name when an image enters them. */
    public static final Set<String> DEPLOYING_STATES = Set.of("DEV", "QA", "STAGING", "PROD");

    private static final Map<String, Set<String>> ALLOWED = allowed();

    private SandboxLifecycle() {}

    private static Map<String, Set<String>> allowed() {
        Map<String, Set<String>> edges = new LinkedHashMap<>();
        edges.put("BUILD", Set.of("DEV"));
        edges.put("DEV", Set.of("RC"));
        edges.put("RC", Set.of("QA", "REJECTED"));
        edges.put("QA", Set.of("STABLE", "REJECTED"));
        edges.put("STABLE", Set.of("STAGING", "PROD"));
        edges.put("STAGING", Set.of("PROD"));
        return Map.copyOf(edges);
    }

    /**
     * The allowed edges: from-state to the states it may move to. States with no way out ({@code PROD},
     * {@code REJECTED}, {@code EXPIRED}) are absent.
     */
    public static Map<String, Set<String>> allowedTransitions() {
        return ALLOWED;
    }

    /** Whether an image in {@code from} may move to {@code to}. */
    public static boolean isAllowed(String from, String to) {
        return ALLOWED.getOrDefault(from, Set.of()).contains(to);
    }

    static boolean isState(String state) {
        return STATES.contains(state);
    }

    /** The message of the 400 {@code invalid_transition} error. */
    static String refusal(String imageTag, String from, String to) {
        List<String> allowed = STATES.stream()
                .filter(ALLOWED.getOrDefault(from, Set.of())::contains)
                .toList();
        String reason = from.equals(to) ? " (it is already in " + to + ")" : "";
        return "cannot move image " + imageTag + " from " + from + " to " + to + reason + "; allowed from " + from
                + ": " + (allowed.isEmpty() ? "none" : String.join(", ", allowed));
    }
}
