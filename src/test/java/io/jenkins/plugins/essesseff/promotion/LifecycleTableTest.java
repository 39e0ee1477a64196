package io.jenkins.plugins.essesseff.promotion;

import static io.jenkins.plugins.essesseff.client.LifecycleState.BUILD;
import static io.jenkins.plugins.essesseff.client.LifecycleState.DEV;
import static io.jenkins.plugins.essesseff.client.LifecycleState.EXPIRED;
import static io.jenkins.plugins.essesseff.client.LifecycleState.PROD;
import static io.jenkins.plugins.essesseff.client.LifecycleState.QA;
import static io.jenkins.plugins.essesseff.client.LifecycleState.RC;
import static io.jenkins.plugins.essesseff.client.LifecycleState.REJECTED;
import static io.jenkins.plugins.essesseff.client.LifecycleState.STABLE;
import static io.jenkins.plugins.essesseff.client.LifecycleState.STAGING;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.essesseff.client.LifecycleState;
import org.junit.jupiter.api.Test;

class LifecycleTableTest {

    @Test
    void shouldAllowTheDocumentedOrderWithStagingOptional() {
        assertThat(LifecycleTable.allows(BUILD, DEV)).isTrue();
        assertThat(LifecycleTable.allows(DEV, RC)).isTrue();
        assertThat(LifecycleTable.allows(RC, QA)).isTrue();
        assertThat(LifecycleTable.allows(QA, STABLE)).isTrue();
        assertThat(LifecycleTable.allows(STABLE, STAGING)).isTrue();
        assertThat(LifecycleTable.allows(STAGING, PROD)).isTrue();
        assertThat(LifecycleTable.allows(STABLE, PROD)).isTrue();
    }

    @Test
    void shouldAllowRejectionFromRcAndQaOnly() {
        assertThat(LifecycleTable.sourcesOf(REJECTED)).containsExactly(RC, QA);
    }

    @Test
    void shouldRefuseSameStateBackwardSkippedAndTerminalTransitions() {
        for (LifecycleState state : LifecycleState.values()) {
            assertThat(LifecycleTable.allows(state, state))
                    .as("%s to itself", state)
                    .isFalse();
        }
        assertThat(LifecycleTable.allows(QA, RC)).isFalse();
        assertThat(LifecycleTable.allows(PROD, STAGING)).isFalse();
        assertThat(LifecycleTable.allows(DEV, QA)).isFalse();
        assertThat(LifecycleTable.allows(RC, STABLE)).isFalse();
        assertThat(LifecycleTable.allowedFrom(REJECTED)).isEmpty();
        assertThat(LifecycleTable.allowedFrom(EXPIRED)).isEmpty();
        assertThat(LifecycleTable.allowedFrom(PROD)).isEmpty();
    }

    @Test
    void shouldCountALaterMainLineStateAsHavingReachedAnEarlierOne() {
        assertThat(LifecycleTable.hasReached(QA, QA)).isTrue();
        assertThat(LifecycleTable.hasReached(PROD, STAGING)).isTrue();
        assertThat(LifecycleTable.hasReached(STABLE, RC)).isTrue();
        assertThat(LifecycleTable.hasReached(RC, QA)).isFalse();
        assertThat(LifecycleTable.hasReached(REJECTED, QA)).isFalse();
        assertThat(LifecycleTable.hasReached(QA, REJECTED)).isFalse();
        assertThat(LifecycleTable.hasReached(REJECTED, REJECTED)).isTrue();
    }

    @Test
    void shouldHandOutCopiesThatCannotChangeTheTable() {
        LifecycleTable.allowedFrom(DEV).add(PROD);
        LifecycleTable.sourcesOf(PROD).add(DEV);

        assertThat(LifecycleTable.allows(DEV, PROD)).isFalse();
        assertThat(LifecycleTable.edges().get(DEV)).containsExactly(RC);
    }
}
