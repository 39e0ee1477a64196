package io.jenkins.plugins.essesseff.client;

import edu.umd.cs.findbugs.annotations.CheckForNull;
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

    Page<App> listApps(
            String accountSlug,
            String organizationLogin,
            @CheckForNull String appNameFilter,
            @CheckForNull PageRequest page);

    /** Every app, fetched page by page as the stream is consumed; holds one page at a time. */
    Stream<App> streamApps(String accountSlug, String organizationLogin, @CheckForNull String appNameFilter);

    CreatedApp createApp(String accountSlug, String organizationLogin, NewApp app);

    App getApp(AppRef app);

    UpdatedApp updateApp(AppRef app, AppChanges changes);

    // Deployments and images

    Page<Deployment> listDeployments(AppRef app, @CheckForNull DeploymentFilter filter, @CheckForNull PageRequest page);

    Stream<Deployment> streamDeployments(AppRef app, @CheckForNull DeploymentFilter filter);

    Page<Image> listImages(AppRef app, @CheckForNull ImageFilter filter, @CheckForNull PageRequest page);

    Stream<Image> streamImages(AppRef app, @CheckForNull ImageFilter filter);

    /** @param repositoryName null unless several repositories have the tag */
    Image getImage(AppRef app, String imageTag, @CheckForNull String repositoryName);

    // Lifecycle

    Lifecycle getLifecycle(AppRef app, String imageTag, boolean withHistory);

    /** Moves the image to {@code state}; DEV, QA, STAGING and PROD also deploy. {@code deploymentNote} only for PROD. */
    StateChange setLifecycleState(
            AppRef app, String imageTag, LifecycleState state, @CheckForNull String deploymentNote);

    // Environments

    EnvironmentStatus getEnvironment(AppRef app, Environment environment);

    /** @param url null or empty clears it */
    void setArgoCdApplicationUrl(AppRef app, Environment environment, @CheckForNull String url);

    // Promotions

    StateChange declareRc(AppRef app);

    StateChange acceptRc(AppRef app, String imageTag);

    StateChange rejectRc(AppRef app, String imageTag);

    StateChange declareStable(AppRef app);

    StateChange declareRejected(AppRef app);

    /** @param environment STAGING or PROD; {@code deploymentNote} is sent for PROD only */
    StateChange deployStable(AppRef app, Environment environment, String imageTag, @CheckForNull String deploymentNote);

    // Retention policies and Argo CD secrets

    /** {@code repositoryName} and {@code environment} filter the list; null means no filter. */
    List<RetentionPolicy> listRetentionPolicies(
            AppRef app, @CheckForNull String repositoryName, @CheckForNull Environment environment);

    RetentionPolicy updateRetentionPolicy(
            AppRef app, String repositoryName, Environment environment, int retentionDays);

    NotificationsSecret getNotificationsSecret(AppRef app);
}
