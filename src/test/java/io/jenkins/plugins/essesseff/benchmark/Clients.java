package io.jenkins.plugins.essesseff.benchmark;

import io.jenkins.plugins.essesseff.client.ApiKey;
import io.jenkins.plugins.essesseff.client.EssesseffClient;
import io.jenkins.plugins.essesseff.client.RatePacers;
import io.jenkins.plugins.essesseff.client.Sleeper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Builds clients as the plugin does (real clock, real HTTP), collecting whatever they warn about. */
final class Clients {
    private final URI baseUrl;
    private final List<String> warnings = new CopyOnWriteArrayList<>();

    Clients(URI baseUrl) {
        this.baseUrl = baseUrl;
    }

    EssesseffClient client(String apiKey, RatePacers pacers, Sleeper sleeper) {
        return client(apiKey, pacers, sleeper, null);
    }

    /** With {@code timeline}, every request the client sends is recorded there. */
    EssesseffClient client(String apiKey, RatePacers pacers, Sleeper sleeper, RequestTimeline timeline) {
        EssesseffClient.Builder builder = EssesseffClient.builder(ApiKey.of(apiKey));
        if (timeline != null) {
            builder.httpClientBuilder(timeline.httpClientBuilder());
        }
        return builder.baseUrl(baseUrl)
                .pacers(pacers)
                .clock(Clock.systemUTC())
                .sleeper(sleeper)
                .requestTimeout(Duration.ofSeconds(30))
                .warnings(warnings::add)
                .build();
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }
}
