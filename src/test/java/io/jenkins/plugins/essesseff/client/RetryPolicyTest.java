package io.jenkins.plugins.essesseff.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void shouldDoubleTheCeilingAfterEachFailureUpToTheCap() {
        // given
        RetryPolicy policy = RetryPolicy.DEFAULT;

        // when the jitter is at its top, the wait is the ceiling itself
        // then
        assertThat(policy.backoff(1, 1.0)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.backoff(2, 1.0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoff(3, 1.0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.backoff(5, 1.0)).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.backoff(60, 1.0)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void shouldWaitARandomPartOfTheCeiling() {
        RetryPolicy policy = RetryPolicy.DEFAULT;

        assertThat(policy.backoff(3, 0.0)).isZero();
        assertThat(policy.backoff(3, 0.25)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void shouldHaveSensibleDefaults() {
        assertThat(RetryPolicy.DEFAULT.maxAttempts()).isEqualTo(4);
        assertThat(RetryPolicy.DEFAULT.baseDelay()).isEqualTo(Duration.ofMillis(500));
        assertThat(RetryPolicy.DEFAULT.maxDelay()).isEqualTo(Duration.ofSeconds(8));
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    }

    @Test
    void shouldRefuseImpossiblePolicies() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("maxDelay");
    }
}
