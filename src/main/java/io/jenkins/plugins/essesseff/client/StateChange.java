package io.jenkins.plugins.essesseff.client;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/**
 * What essesseff answers to a lifecycle update or a promotion (declare-rc, accept-rc, …, deploy-stable).
 * {@code environment} is absent for a plain lifecycle update; {@code deploymentNote} only for PROD.
 */
public record StateChange(
        String accountSlug,
        String organization,
        String app,
        @CheckForNull Environment environment,
        String imageName,
        String imageTag,
        LifecycleState state,
        String stateTimestamp,
        @CheckForNull String deploymentNote) {}
