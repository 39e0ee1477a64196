package io.jenkins.plugins.essesseff.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.essesseff.client.ApiKey;
import io.jenkins.plugins.essesseff.client.EssesseffClient;
import io.jenkins.plugins.essesseff.client.RatePacers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConnectionCheckTest {
    private final PromotionFixture fixture = new PromotionFixture();

    @AfterEach
    void stopSandbox() {
        fixture.close();
    }

    private EssesseffClient clientWithKey(String key) {
        return EssesseffClient.builder(ApiKey.of(key))
                .baseUrl(fixture.sandbox.apiBaseUrl())
                .pacers(new RatePacers())
                .build();
    }

    @Test
    void shouldConfirmAKeyOfTheAccount() {
        fixture.build("v1");

        ConnectionCheck.Outcome outcome = ConnectionCheck.run(fixture.client, "my-team", "my-apps-org");

        assertThat(outcome.ok()).isTrue();
        assertThat(outcome.message())
                .isEqualTo("Connected: the key belongs to account my-team, and organization my-apps-org has 1 app.");
    }

    @Test
    void shouldSayTheKeyWasRefused() {
        ConnectionCheck.Outcome outcome =
                ConnectionCheck.run(clientWithKey("ess_0000000000000000000000000000000X"), "my-team", "my-apps-org");

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.message()).startsWith("essesseff refused the API key (401)");
    }

    @Test
    void shouldSayTheKeyBelongsToAnotherAccount() {
        String otherTeamsKey = fixture.sandbox.addApiKey("other-team");

        ConnectionCheck.Outcome outcome = ConnectionCheck.run(clientWithKey(otherTeamsKey), "my-team", "my-apps-org");

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.message()).startsWith("The API key does not belong to account my-team (403)");
    }

    @Test
    void shouldAskForTheAccountAndOrganizationBeforeCalling() {
        assertThat(ConnectionCheck.run(fixture.client, " ", "my-apps-org").message())
                .startsWith("Set the account slug");
        assertThat(ConnectionCheck.run(fixture.client, "my-team", null).message())
                .startsWith("Set the organization login");
        assertThat(fixture.sandbox.requests()).isEmpty();
    }
}
