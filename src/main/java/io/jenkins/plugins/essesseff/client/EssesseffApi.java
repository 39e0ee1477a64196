package io.jenkins.plugins.essesseff.client;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every endpoint of the essesseff Apps API, one method each. {@link EssesseffClient} is the HTTP implementation.
 *
 * <p>Every method validates its inputs before sending (throwing {@link InvalidInputException}) and reports a
 * failure as {@link EssesseffApiException} (the API answered with an error) or {@link EssesseffException}
 * (no usable answer: connection, timeout, unreadable body).
 */
public interface EssesseffApi {

    // Apps

    Page<App> listApps(String accountSlug, String organizationLogin, String appNameFilter, PageRequest page);

    /** Every app, fetched page by page as the stream is consumed; holds one page at a time. */
    Stream<App> streamApps(String accountSlug, String organizationLogin, String appNameFilter);

    CreatedApp createApp(String accountSlug, String organizationLogin, NewApp app);

    App getApp(AppRef app);

    UpdatedApp updateApp(AppRef app, AppChanges changes);

    // Deployments and images

    Page<Deployment> listDeployments(AppRef app, DeploymentFilter filter, PageRequest page);

    Stream<Deployment> streamDeployments(AppRef app, DeploymentFilter filter);

    Page<Image> listImages(AppRef app, ImageFilter filter, PageRequest page);

    Stream<Image> streamImages(AppRef app, ImageFilter filter);

    /** @param repositoryName null unless several repositories have the tag */
    Image getImage(AppRef app, String imageTag, String repositoryName);

    // Lifecycle

    Lifecycle getLifecycle(AppRef app, String imageTag, boolean withHistory);

    /** Moves the image to {@code state}; DEV, QA, STAGING and PROD also deploy. {@code deploymentNote} only for PROD. */
    StateChange setLifecycleState(AppRef app, String imageTag, LifecycleState state, String deploymentNote);

    // Environments

    EnvironmentStatus getEnvironment(AppRef app, Environment environment);

    /** @param url null or empty clears it */
    void setArgoCdApplicationUrl(AppRef app, Environment environment, String url);

    // Promotions

    StateChange declareRc(AppRef app);

    StateChange acceptRc(AppRef app, String imageTag);

    StateChange rejectRc(AppRef app, String imageTag);

    StateChange declareStable(AppRef app);

    StateChange declareRejected(AppRef app);

    /** @param environment STAGING or PROD; {@code deploymentNote} is sent for PROD only */
    StateChange deployStable(AppRef app, Environment environment, String imageTag, String deploymentNote);

    // Retention policies and Argo CD secrets

    List<RetentionPolicy> listRetentionPolicies(AppRef app, String repositoryName, Environment environment);

    RetentionPolicy updateRetentionPolicy(
            AppRef app, String repositoryName, Environment environment, int retentionDays);

    NotificationsSecret getNotificationsSecret(AppRef app);
}
