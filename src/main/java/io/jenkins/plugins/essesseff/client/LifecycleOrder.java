package io.jenkins.plugins.essesseff.client;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The documented order of lifecycle states, BUILD → DEV → RC → QA → STABLE → STAGING → PROD, with REJECTED reachable
 * from RC and QA. The client uses it only to tell, after an ambiguous failure, whether an image has not yet reached
 * the state a call was moving it to (the full transition table is the promotion layer's business).
 */
final class LifecycleOrder {
    private static final List<LifecycleState> ORDER = List.of(
            LifecycleState.BUILD,
            LifecycleState.DEV,
            LifecycleState.RC,
            LifecycleState.QA,
            LifecycleState.STABLE,
            LifecycleState.STAGING,
            LifecycleState.PROD);

    private LifecycleOrder() {}

    /** The states an image may be in before it moves to {@code target}: those before it in the order. */
    static Set<LifecycleState> priorsOf(LifecycleState target) {
        if (target == LifecycleState.REJECTED) {
            return EnumSet.of(LifecycleState.RC, LifecycleState.QA);
        }
        int position = ORDER.indexOf(target);
        if (position <= 0) {
            return EnumSet.noneOf(LifecycleState.class);
        }
        return EnumSet.copyOf(ORDER.subList(0, position));
    }
}
