package io.jenkins.plugins.essesseff.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.essesseff.client.LifecycleState;
import io.jenkins.plugins.essesseff.sandbox.SandboxLifecycle;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The plugin's preflight table and the sandbox's emulated one are both inferred: neither may drift alone. */
class LifecycleTablesAgreeTest {

    @Test
    void shouldAllowExactlyTheSameEdgesAsTheSandbox() {
        Map<String, Set<String>> plugin = new TreeMap<>();
        LifecycleTable.edges().forEach((from, targets) -> {
            if (!targets.isEmpty()) {
                plugin.put(
                        from.name(),
                        targets.stream().map(LifecycleState::name).collect(Collectors.toCollection(TreeSet::new)));
            }
        });
        Map<String, Set<String>> sandbox = new TreeMap<>();
        SandboxLifecycle.allowedTransitions().forEach((from, targets) -> sandbox.put(from, new TreeSet<>(targets)));

        assertThat(plugin).isEqualTo(sandbox);
    }

    @Test
    void shouldKnowTheSameStates() {
        assertThat(Set.of(LifecycleState.values()).stream().map(Enum::name))
                .containsExactlyInAnyOrderElementsOf(SandboxLifecycle.STATES);
    }
}
