package io.jenkins.plugins.essesseff.client;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/** The {@code metadata} of a deployment; {@code healthStatus} is Argo CD's (Healthy, Degraded, Progressing, …). */
public record DeploymentMetadata(
        String githubRepository,
        Long githubWorkflowRunId,
        String deploymentMethod,
        String deploymentConclusion,
        @CheckForNull String healthStatus,
        String deploymentNote) {}
