package io.jenkins.plugins.essesseff.promotion;

import static io.jenkins.plugins.essesseff.client.LifecycleState.BUILD;
import static io.jenkins.plugins.essesseff.client.LifecycleState.DEV;
import static io.jenkins.plugins.essesseff.client.LifecycleState.PROD;
import static io.jenkins.plugins.essesseff.client.LifecycleState.QA;
import static io.jenkins.plugins.essesseff.client.LifecycleState.RC;
import static io.jenkins.plugins.essesseff.client.LifecycleState.REJECTED;
import static io.jenkins.plugins.essesseff.client.LifecycleState.STABLE;
import static io.jenkins.plugins.essesseff.client.LifecycleState.STAGING;

import io.jenkins.plugins.essesseff.client.LifecycleState;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which lifecycle transitions essesseff accepts, checked before any change is asked for.
 *
 * <p>Documented: the order BUILD → DEV → RC → QA → STABLE → STAGING → PROD, REJECTED reachable from RC and QA,
 * same-state and backward transitions refused, STAGING optional before PROD. <b>Inferred</b>: essesseff does not
 * publish the table itself, so this one allows exactly those edges and no skips. The sandbox emulates the same
 * edges, and a test holds the two tables together.
 */
public final class LifecycleTable {
    /** The main line, in order; REJECTED and EXPIRED are off it. */
    static final List<LifecycleState> MAIN_LINE = List.of(BUILD, DEV, RC, QA, STABLE, STAGING, PROD);

    private static final Map<LifecycleState, Set<LifecycleState>> NEXT = new EnumMap<>(LifecycleState.class);

    static {
        for (LifecycleState state : LifecycleState.values()) {
            NEXT.put(state, EnumSet.noneOf(LifecycleState.class));
        }
        allow(BUILD, DEV);
        allow(DEV, RC);
        allow(RC, QA, REJECTED);
        allow(QA, STABLE, REJECTED);
        allow(STABLE, STAGING, PROD);
        allow(STAGING, PROD);
    }

    private LifecycleTable() {}

    private static void allow(LifecycleState from, LifecycleState... to) {
        NEXT.get(from).addAll(List.of(to));
    }

    public static boolean allows(LifecycleState from, LifecycleState to) {
        return NEXT.get(from).contains(to);
    }

    /** The states an image in {@code from} may move to, in lifecycle order. */
    public static Set<LifecycleState> allowedFrom(LifecycleState from) {
        return EnumSet.copyOf(NEXT.get(from));
    }

    /** The states from which an image may move to {@code to}, in lifecycle order. */
    public static Set<LifecycleState> sourcesOf(LifecycleState to) {
        Set<LifecycleState> sources = EnumSet.noneOf(LifecycleState.class);
        NEXT.forEach((from, targets) -> {
            if (targets.contains(to)) {
                sources.add(from);
            }
        });
        return sources;
    }

    /** Every allowed edge: each state with the states it may move to. */
    public static Map<LifecycleState, Set<LifecycleState>> edges() {
        Map<LifecycleState, Set<LifecycleState>> copy = new EnumMap<>(LifecycleState.class);
        NEXT.forEach((from, targets) -> copy.put(from, Set.copyOf(targets)));
        return copy;
    }

    /**
     * Whether an image in {@code current} has already reached {@code target}: the same state, or a later one on the
     * main line. Re-running a step that already happened is then a no-op, not an error.
     */
    public static boolean hasReached(LifecycleState current, LifecycleState target) {
        if (current == target) {
            return true;
        }
        int currentIndex = MAIN_LINE.indexOf(current);
        int targetIndex = MAIN_LINE.indexOf(target);
        return currentIndex >= 0 && targetIndex >= 0 && currentIndex > targetIndex;
    }
}
