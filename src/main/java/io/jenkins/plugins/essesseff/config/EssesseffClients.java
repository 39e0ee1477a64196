package io.jenkins.plugins.essesseff.config;

import hudson.ProxyConfiguration;
import io.jenkins.plugins.essesseff.client.ApiKey;
import io.jenkins.plugins.essesseff.client.EssesseffApi;
import io.jenkins.plugins.essesseff.client.EssesseffClient;
import java.util.function.Consumer;

/** Builds the essesseff client Jenkins uses: the configured URL and timeouts, through Jenkins' proxy settings. */
public final class EssesseffClients {
    private EssesseffClients() {}

    /**
     * @param warnings where the client reports what the user should know but that does not fail the step
     */
    public static EssesseffApi create(EssesseffSettings settings, ApiKey key, Consumer<String> warnings) {
        return EssesseffClient.builder(key)
                .baseUrl(settings.apiUri())
                .httpClientBuilder(ProxyConfiguration.newHttpClientBuilder())
                .connectTimeout(settings.connectTimeout())
                .requestTimeout(settings.requestTimeout())
                .warnings(warnings)
                .build();
    }
}
