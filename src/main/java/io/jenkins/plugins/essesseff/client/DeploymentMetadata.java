package io.jenkins.plugins.essesseff.client;

/** The {@code metadata} of a deployment; {@code healthStatus} is Argo CD's (Healthy, Degraded, Progressing, …). */
public record DeploymentMetadata(
        String githubRepository,
        Long githubWorkflowRunId,
        String deploymentMethod,
        String deploymentConclusion,
        String healthStatus,
        String deploymentNote) {}
