package io.jenkins.plugins.essesseff.client;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link RatePacer}s of a JVM (or of a test): one per API key and host, so every client that uses the same key
 * against the same host shares one pacer. Keys are held only as their one-way {@link ApiKey#fingerprint()}.
 */
public final class RatePacers {
    private static final RatePacers SHARED = new RatePacers();

    private final Map<String, RatePacer> pacers = new ConcurrentHashMap<>();

    /** A registry of its own (tests use one each). */
    public RatePacers() {}

    /** The JVM-wide registry: the default of {@link EssesseffClient.Builder#pacers(RatePacers)}. */
    public static RatePacers shared() {
        return SHARED;
    }

    /** The pacer of {@code apiKey} at {@code hostAndPort}, created on first use. */
    public RatePacer pacerFor(ApiKey apiKey, String hostAndPort) {
        String host = hostAndPort.toLowerCase(Locale.ROOT);
        return pacers.computeIfAbsent(apiKey.fingerprint() + "@" + host, ignored -> new RatePacer(host));
    }
}
