package io.jenkins.plugins.essesseff.client;

/**
 * What essesseff answers to a lifecycle update or a promotion (declare-rc, accept-rc, …, deploy-stable).
 * {@code environment} is absent for a plain lifecycle update; {@code deploymentNote} only for PROD.
 */
public record StateChange(
        String accountSlug,
        String organization,
        String app,
        Environment environment,
        String imageName,
        String imageTag,
        LifecycleState state,
        String stateTimestamp,
        String deploymentNote) {}
