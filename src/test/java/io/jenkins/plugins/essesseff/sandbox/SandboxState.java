package io.jenkins.plugins.essesseff.sandbox;

import static io.jenkins.plugins.essesseff.sandbox.SandboxJson.object;
import static io.jenkins.plugins.essesseff.sandbox.SandboxJson.timestamp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything the sandbox remembers: keys, apps, images and their lifecycle, deployments, settings. One
 * lock (this object's monitor) guards all of it; every operation an endpoint performs is one
 * synchronized call, so concurrent requests never see half an operation.
 */
final class SandboxState {

    static final List<String> ENVIRONMENTS = List.of("DEV", "QA", "STAGING", "PROD");

    static final Pattern APP_NAME = Pattern.compile("[a-z0-9-]+");
    static final Pattern IMAGE_TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.+-]{0,127}");

    private static final List<String> REPOSITORY_KEYS = List.of(
            "source_repo",
            "config_dev_repo",
            "config_qa_repo",
            "config_staging_repo",
            "config_prod_repo",
            "argocd_dev_repo",
            "argocd_qa_repo",
            "argocd_staging_repo",
            "argocd_prod_repo");
    private static final List<String> REPOSITORY_SUFFIXES = List.of(
            "",
            "-config-dev",
            "-config-qa",
            "-config-staging",
            "-config-prod",
            "-argocd-dev",
            "-argocd-qa",
            "-argocd-staging",
            "-argocd-prod");
    /** Our choice: the reference shows 30 days for prod and says nothing of the others. */
    static final Map<String, Integer> DEFAULT_RETENTION_DAYS = Map.of("dev", 7, "qa", 14, "staging", 30, "prod", 30);

    private static final long FIRST_REPOSITORY_ID = 12345678L;
    private static final long FIRST_PACKAGE_VERSION_ID = 87654321L;
    private static final long FIRST_WORKFLOW_RUN_ID = 9000000001L;
    private static final char[] ALPHANUMERICS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> accountByKey = new LinkedHashMap<>();
    private final Map<AppKey, App> apps = new LinkedHashMap<>();
    private final Map<String, String> organizationKeys = new HashMap<>();
    private final Map<String, Behaviour> behaviours = new HashMap<>();
    private long nextRepositoryId;
    private long nextPackageVersionId;
    private long nextWorkflowRunId;

    SandboxState(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        reset();
    }

    // ----------------------------------------------------------------------------------- keys

    synchronized String accountOf(String apiKey) {
        return accountByKey.get(apiKey);
    }

    synchronized String addKey(String account, String apiKey) {
        if (account == null || account.isBlank()) {
            throw SandboxError.invalidParameter("account_slug is required");
        }
        String key = apiKey == null ? newKey() : apiKey;
        accountByKey.put(key, account);
        return key;
    }

    private String newKey() {
        return "ess_" + randomAlphanumerics(32);
    }

    private String randomAlphanumerics(int length) {
        StringBuilder builder = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            builder.append(ALPHANUMERICS[random.nextInt(ALPHANUMERICS.length)]);
        }
        return builder.toString();
    }

    /** Back to the state just after start; keys are kept. */
    synchronized void reset() {
        apps.clear();
        organizationKeys.clear();
        behaviours.clear();
        for (String environment : ENVIRONMENTS) {
            behaviours.put(environment, Behaviour.IMMEDIATE_SUCCESS);
        }
        nextRepositoryId = FIRST_REPOSITORY_ID;
        nextPackageVersionId = FIRST_PACKAGE_VERSION_ID;
        nextWorkflowRunId = FIRST_WORKFLOW_RUN_ID;
    }

    // ---------------------------------------------------------------------- sandbox controls

    synchronized Map<String, Object> configureEnvironment(
            String environment, Duration delay, String outcome, String health) {
        String env = environment == null ? "" : environment.toUpperCase(Locale.ROOT);
        if (!ENVIRONMENTS.contains(env)) {
            throw SandboxError.badRequest(
                    "invalid_environment", "environment must be one of DEV, QA, STAGING, PROD; was " + environment);
        }
        if (delay == null || delay.isNegative()) {
            throw SandboxError.invalidParameter("the deployment delay must be zero or positive");
        }
        if (!"succeeded".equals(outcome) && !"failed".equals(outcome)) {
            throw SandboxError.invalidParameter("outcome must be succeeded or failed; was " + outcome);
        }
        behaviours.put(env, new Behaviour(delay, outcome, health));
        return object("environment", env, "delay_ms", delay.toMillis(), "outcome", outcome, "health_status", health);
    }

    /**
     * Registers a build: the app if missing, the image in BUILD, then (a build on main, {@code deployToDev})
     * DEV with a DEV deployment.
     */
    synchronized Map<String, Object> registerBuild(
            String account, String organization, String appName, String tag, boolean deployToDev) {
        requireName("account_slug", account);
        requireName("organization_login", organization);
        requireAppName(appName);
        if (tag == null || !IMAGE_TAG.matcher(tag).matches()) {
            throw SandboxError.invalidParameter("image_tag must be a container image tag (letters, digits, "
                    + "'_', '.', '+', '-'; at most 128 characters); was " + tag);
        }
        App app = apps.computeIfAbsent(
                new AppKey(account, organization, appName), key -> newApp(key, NewApp.defaultFor(), clock.instant()));
        if (app.images.containsKey(tag)) {
            throw SandboxError.conflict("image " + tag + " of " + app.describe() + " is already registered");
        }
        Image image = new Image(tag, clock.instant(), nextPackageVersionId++, sha(app, tag));
        app.images.put(tag, image);
        if (deployToDev) {
            transition(app, image, "DEV", null, "auto_deploy_on_build");
        }
        return lifecycleView(app, image, false);
    }

    private static void requireName(String field, String value) {
        if (value == null || value.isBlank() || value.contains("/")) {
            throw SandboxError.invalidParameter(field + " is required (a non-empty name without '/')");
        }
    }

    static void requireAppName(String appName) {
        if (appName == null || !APP_NAME.matcher(appName).matches()) {
            throw SandboxError.invalidParameter(
                    "app_name must contain only lowercase letters, numbers and hyphens; was " + appName);
        }
    }

    // ----------------------------------------------------------------------------------- apps

    synchronized List<Map<String, Object>> listApps(String account, String organization, String appNameFilter) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (App app : apps.values()) {
            if (app.key.account.equals(account)
                    && app.key.organization.equals(organization)
                    && (appNameFilter == null || app.key.name.equals(appNameFilter))) {
                list.add(appView(app, false));
            }
        }
        return list;
    }

    synchronized Map<String, Object> createApp(String account, String organization, String appName, NewApp request) {
        requireAppName(appName);
        AppKey key = new AppKey(account, organization, appName);
        if (apps.containsKey(key)) {
            throw SandboxError.conflict("app " + key.describe() + " already exists");
        }
        App app = newApp(key, request, clock.instant());
        apps.put(key, app);
        Map<String, Object> repos = new LinkedHashMap<>();
        for (int i = 0; i < REPOSITORY_KEYS.size(); i++) {
            repos.put(REPOSITORY_KEYS.get(i), appName + REPOSITORY_SUFFIXES.get(i));
        }
        repos.put("template_org_login", request.templateOrgLogin());
        repos.put("is_global_template", request.globalTemplate());
        repos.put("replacement_string", request.replacementString());
        return object(
                "account_slug", account,
                "app_name", appName,
                "organization_login", organization,
                "description", app.description,
                "programming_language", app.language,
                "resultant_repos", repos,
                "repository_visibility", app.visibility);
    }

    private App newApp(AppKey key, NewApp request, Instant now) {
        App app = new App(key, request, now, nextRepositoryId);
        nextRepositoryId += REPOSITORY_KEYS.size();
        for (String environment : ENVIRONMENTS) {
            String env = environment.toLowerCase(Locale.ROOT);
            app.retention.put(env, new Retention(DEFAULT_RETENTION_DAYS.get(env), now, now));
        }
        return app;
    }

    synchronized Map<String, Object> app(String account, String organization, String appName) {
        return appView(find(account, organization, appName), true);
    }

    synchronized Map<String, Object> patchApp(
            String account,
            String organization,
            String appName,
            boolean setDescription,
            String description,
            String visibility) {
        App app = find(account, organization, appName);
        if (setDescription) {
            app.description = description;
        }
        if (visibility != null) {
            app.visibility = visibility;
        }
        app.updatedAt = clock.instant();
        return object(
                "app_name",
                appName,
                "description",
                app.description,
                "repository_visibility",
                app.visibility,
                "updated_at",
                timestamp(app.updatedAt));
    }

    private Map<String, Object> appView(App app, boolean details) {
        Map<String, Object> urls = new LinkedHashMap<>();
        Map<String, Object> ids = new LinkedHashMap<>();
        for (int i = 0; i < REPOSITORY_KEYS.size(); i++) {
            urls.put(
                    REPOSITORY_KEYS.get(i),
                    "https://github.com/" + app.key.organization + "/" + app.key.name + REPOSITORY_SUFFIXES.get(i));
            ids.put(REPOSITORY_KEYS.get(i), app.firstRepositoryId + i);
        }
        Map<String, Object> view = object(
                "app_name", app.key.name,
                "organization_login", app.key.organization,
                "description", app.description,
                "programming_language", app.language,
                "repository_visibility", app.visibility,
                "template",
                        object(
                                "name", app.template.templateOrgLogin(),
                                "language", app.language,
                                "is_global_template", app.template.globalTemplate()),
                "created_at", timestamp(app.createdAt));
        if (details) {
            view.put("updated_at", timestamp(app.updatedAt));
        }
        view.put("repository_urls", urls);
        if (details) {
            view.put("repository_ids", ids);
        }
        return view;
    }

    private App find(String account, String organization, String appName) {
        App app = apps.get(new AppKey(account, organization, appName));
        if (app == null) {
            throw SandboxError.notFound("app " + new AppKey(account, organization, appName).describe() + " not found");
        }
        return app;
    }

    // ---------------------------------------------------------------------------- deployments

    synchronized List<Map<String, Object>> deployments(
            String account, String organization, String appName, String environment, String status) {
        App app = find(account, organization, appName);
        Instant now = clock.instant();
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = app.deployments.size() - 1; i >= 0; i--) {
            Deployment deployment = app.deployments.get(i);
            if (environment != null && !deployment.environment.equalsIgnoreCase(environment)) {
                continue;
            }
            Map<String, Object> view = deploymentView(app, deployment, now);
            if (status == null || status.equals(view.get("status"))) {
                list.add(view);
            }
        }
        return list;
    }

    private static Map<String, Object> deploymentView(App app, Deployment deployment, Instant now) {
        Duration delay = deployment.behaviour.delay();
        Duration elapsed = Duration.between(deployment.deployedAt, now);
        boolean done = delay.isZero() || elapsed.compareTo(delay) >= 0;
        String status;
        if (done) {
            status = deployment.behaviour.outcome();
        } else if (elapsed.multipliedBy(3).compareTo(delay) < 0) {
            status = "pending";
        } else {
            status = "in_progress";
        }
        Map<String, Object> metadata = object(
                "github_repository",
                app.key.organization + "/" + app.key.name,
                "github_workflow_run_id",
                deployment.workflowRunId,
                "deployment_method",
                deployment.method,
                "deployment_conclusion",
                done ? ("succeeded".equals(status) ? "success" : "failure") : null,
                "health_status",
                done ? deployment.behaviour.health() : "Progressing");
        if ("PROD".equals(deployment.environment)) {
            metadata.put("deployment_note", deployment.note);
        }
        return object(
                "app_name",
                app.key.name,
                "environment",
                deployment.environment.toLowerCase(Locale.ROOT),
                "status",
                status,
                "image_tag",
                deployment.imageTag,
                "github_sha",
                deployment.githubSha,
                "github_ref",
                "refs/heads/main",
                "deployed_at",
                timestamp(deployment.deployedAt),
                "completed_at",
                done ? timestamp(deployment.deployedAt.plus(delay)) : null,
                "metadata",
                metadata);
    }

    // --------------------------------------------------------------------------------- images

    synchronized List<Map<String, Object>> images(
            String account, String organization, String appName, String repository, String tag, String status) {
        App app = find(account, organization, appName);
        List<Image> images = new ArrayList<>(app.images.values());
        Collections.reverse(images);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Image image : images) {
            boolean matches = (repository == null || repository.equals(app.key.name))
                    && (tag == null || tag.equals(image.tag))
                    && (status == null || "all".equals(status) || status.equals(image.status()));
            if (matches) {
                list.add(imageView(app, image, false));
            }
        }
        return list;
    }

    synchronized Map<String, Object> image(
            String account, String organization, String appName, String tag, String repository) {
        App app = find(account, organization, appName);
        Image image = findImage(app, tag);
        if (repository != null && !repository.equals(app.key.name)) {
            throw SandboxError.notFound("image " + tag + " not found in repository " + repository + " of "
                    + app.describe() + " (its only repository with images is " + app.key.name + ")");
        }
        return imageView(app, image, true);
    }

    private static Map<String, Object> imageView(App app, Image image, boolean details) {
        Map<String, Object> metadata = object("github_organization", app.key.organization, "package_type", "container");
        if (details) {
            metadata.put(
                    "github_package_url",
                    "https://github.com/" + app.key.organization + "/" + app.key.name + "/pkgs/container/"
                            + app.key.name);
        }
        return object(
                "app_name", app.key.name,
                "repository_name", app.key.name,
                "image_name", app.key.name,
                "image_tag", image.tag,
                "status", image.status(),
                "github_package_version_id", image.packageVersionId,
                "created_at", timestamp(image.createdAt),
                "expired_at", "expired".equals(image.status()) ? timestamp(image.stateTimestamp()) : null,
                "metadata", metadata);
    }

    private static Image findImage(App app, String tag) {
        Image image = app.images.get(tag);
        if (image == null) {
            throw SandboxError.notFound("image " + tag + " of " + app.describe() + " not found");
        }
        return image;
    }

    // ------------------------------------------------------------------------------ lifecycle

    synchronized Map<String, Object> lifecycle(
            String account, String organization, String appName, String tag, boolean history) {
        App app = find(account, organization, appName);
        return lifecycleView(app, findImage(app, tag), history);
    }

    private Map<String, Object> lifecycleView(App app, Image image, boolean history) {
        Map<String, Object> view = object(
                "account_slug", app.key.account,
                "organization", app.key.organization,
                "app", app.key.name,
                "image_name", app.key.name,
                "image_tag", image.tag,
                "current_state", image.state(),
                "state_timestamp", timestamp(image.stateTimestamp()));
        if (history) {
            List<Map<String, Object>> entries = new ArrayList<>();
            for (int i = 0; i < image.history.size(); i++) {
                StateEntry entry = image.history.get(i);
                entries.add(object(
                        "state", entry.state(),
                        "state_timestamp", timestamp(entry.at()),
                        "is_active", i == image.history.size() - 1));
            }
            view.put("history", entries);
        }
        return view;
    }

    /** {@code POST …/images/{tag}/lifecycle}. */
    synchronized Map<String, Object> setLifecycle(
            String account, String organization, String appName, String tag, String state, String note) {
        App app = find(account, organization, appName);
        Image image = findImage(app, tag);
        Instant at = transition(app, image, state, "PROD".equals(state) ? note : null, "manual_promote");
        Map<String, Object> view = object(
                "account_slug", account,
                "organization", organization,
                "app", appName,
                "image_name", appName,
                "image_tag", tag,
                "state", state,
                "state_timestamp", timestamp(at));
        if ("PROD".equals(state)) {
            view.put("deployment_note", note);
        }
        return view;
    }

    /** declare-rc, declare-stable, declare-rejected: act on the image currently deployed in {@code environment}. */
    synchronized Map<String, Object> declare(
            String account, String organization, String appName, String environment, String target) {
        App app = find(account, organization, appName);
        Current current = app.current.get(environment);
        if (current == null) {
            throw SandboxError.notFound("no image is deployed in " + environment + " of " + app.describe()
                    + ", so there is nothing to move to " + target);
        }
        Image image = findImage(app, current.imageTag());
        Instant at = transition(app, image, target, null, "manual_promote");
        return promotionView(app, environment, image, target, at, false, null);
    }

    /** accept-rc, reject-rc, deploy-stable: act on the image named in the body. */
    synchronized Map<String, Object> promote(
            String account,
            String organization,
            String appName,
            String environment,
            String tag,
            String target,
            boolean withNote,
            String note) {
        App app = find(account, organization, appName);
        Image image = findImage(app, tag);
        Instant at = transition(app, image, target, note, "manual_promote");
        return promotionView(app, environment, image, target, at, withNote, note);
    }

    private static Map<String, Object> promotionView(
            App app, String environment, Image image, String state, Instant at, boolean withNote, String note) {
        Map<String, Object> view = object(
                "account_slug", app.key.account,
                "organization", app.key.organization,
                "app", app.key.name,
                "environment", environment,
                "image_name", app.key.name,
                "image_tag", image.tag,
                "state", state,
                "state_timestamp", timestamp(at));
        if (withNote) {
            view.put("deployment_note", note);
        }
        return view;
    }

    /** Moves an image through the lifecycle table, deploying when the new state is an environment. */
    private Instant transition(App app, Image image, String target, String note, String method) {
        String from = image.state();
        if (!SandboxLifecycle.isAllowed(from, target)) {
            throw SandboxError.badRequest("invalid_transition", SandboxLifecycle.refusal(image.tag, from, target));
        }
        Instant now = clock.instant();
        image.history.add(new StateEntry(target, now));
        if (SandboxLifecycle.DEPLOYING_STATES.contains(target)) {
            app.deployments.add(new Deployment(
                    target,
                    image.tag,
                    image.githubSha,
                    now,
                    behaviours.get(target),
                    method,
                    nextWorkflowRunId++,
                    "PROD".equals(target) ? note : null));
            app.current.put(target, new Current(image.tag, now));
        }
        return now;
    }

    // ---------------------------------------------------------------------------- environments

    synchronized Map<String, Object> environment(
            String account, String organization, String appName, String environment) {
        App app = find(account, organization, appName);
        Current current = app.current.get(environment);
        return object(
                "account_slug",
                account,
                "organization",
                organization,
                "app",
                appName,
                "environment",
                environment,
                "image_name",
                current == null ? null : appName,
                "image_tag",
                current == null ? null : current.imageTag(),
                "state_timestamp",
                current == null ? null : timestamp(current.at()),
                "argocd_application_url",
                app.argocdUrls.get(environment));
    }

    synchronized void setArgocdUrl(
            String account, String organization, String appName, String environment, String url) {
        App app = find(account, organization, appName);
        if (url == null) {
            app.argocdUrls.remove(environment);
        } else {
            app.argocdUrls.put(environment, url);
        }
    }

    // ------------------------------------------------------------------------------- retention

    synchronized List<Map<String, Object>> retentionPolicies(
            String account, String organization, String appName, String repository, String environment) {
        App app = find(account, organization, appName);
        requireSourceRepository(app, repository);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Map.Entry<String, Retention> entry : app.retention.entrySet()) {
            if (environment == null || environment.equals(entry.getKey())) {
                Retention retention = entry.getValue();
                list.add(object(
                        "app_name", appName,
                        "repository_name", appName,
                        "environment", entry.getKey(),
                        "retention_days", retention.days(),
                        "created_at", timestamp(retention.createdAt()),
                        "updated_at", timestamp(retention.updatedAt())));
            }
        }
        return list;
    }

    synchronized Map<String, Object> patchRetention(
            String account, String organization, String appName, String repository, String environment, int days) {
        App app = find(account, organization, appName);
        requireSourceRepository(app, repository);
        Retention old = app.retention.get(environment);
        Retention updated = new Retention(days, old.createdAt(), clock.instant());
        app.retention.put(environment, updated);
        return object(
                "app_name", appName,
                "repository_name", appName,
                "environment", environment,
                "retention_days", days,
                "updated_at", timestamp(updated.updatedAt()));
    }

    private static void requireSourceRepository(App app, String repository) {
        if (repository != null && !repository.equals(app.key.name)) {
            throw SandboxError.invalidParameter(
                    "repository_name must be the app's source repository (" + app.key.name + "); was " + repository);
        }
    }

    // ------------------------------------------------------------------------ notifications

    synchronized String notificationsSecret(String account, String organization, String appName) {
        App app = find(account, organization, appName);
        String organizationKey = organizationKeys.computeIfAbsent(account + "/" + organization, key -> newKey());
        if (app.appSecrets.isEmpty()) {
            for (int i = 0; i < ENVIRONMENTS.size(); i++) {
                byte[] secret = new byte[24];
                random.nextBytes(secret);
                app.appSecrets.add(HexFormat.of().formatHex(secret));
            }
        }
        StringBuilder yaml = new StringBuilder()
                .append("# notifications-secret.yaml\n\n")
                .append("# Store Argo CD Notifications Event Processor API key and environment-specific app secrets\n")
                .append("# ***DELETE THIS FILE AFTER APPLYING - DO NOT COMMIT SECRETS TO GITHUB***\n\n")
                .append("apiVersion: v1\n")
                .append("kind: Secret\n")
                .append("metadata:\n")
                .append("  name: argocd-notifications-secret\n")
                .append("  namespace: argocd\n")
                .append("type: Opaque\n")
                .append("stringData:\n")
                .append("  argocd-webhook-url: \"https://api.essesseff.com/api/v1/argocd/webhook\"\n")
                .append("  aws-api-gateway-key-")
                .append(organization)
                .append(": \"")
                .append(organizationKey)
                .append("\"\n");
        for (int i = 0; i < ENVIRONMENTS.size(); i++) {
            // the config repositories are the 2nd to 5th of the nine
            yaml.append("  app-secret-")
                    .append(app.firstRepositoryId + 1 + i)
                    .append(": \"")
                    .append(app.appSecrets.get(i))
                    .append("\"\n");
        }
        return yaml.toString();
    }

    // ---------------------------------------------------------------------------------- model

    private static String sha(App app, String tag) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            return HexFormat.of()
                    .formatHex(digest.digest((app.key.describe() + ":" + tag).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fields of an app-creation request, validated. */
    record NewApp(
            String description,
            String language,
            String visibility,
            String templateOrgLogin,
            String sourceTemplateRepo,
            boolean globalTemplate,
            String replacementString) {

        /** The app {@code registerBuild} creates when it is missing: the global Go template. */
        static NewApp defaultFor() {
            return new NewApp(
                    "Created by the essesseff sandbox",
                    "go",
                    "private",
                    "essesseff-hello-world-go-template",
                    "hello-world",
                    true,
                    "hello-world");
        }
    }

    private record AppKey(String account, String organization, String name) {
        String describe() {
            return account + "/" + organization + "/" + name;
        }
    }

    private record Behaviour(Duration delay, String outcome, String health) {
        static final Behaviour IMMEDIATE_SUCCESS = new Behaviour(Duration.ZERO, "succeeded", "Healthy");
    }

    private record StateEntry(String state, Instant at) {}

    private record Current(String imageTag, Instant at) {}

    private record Retention(int days, Instant createdAt, Instant updatedAt) {}

    private record Deployment(
            String environment,
            String imageTag,
            String githubSha,
            Instant deployedAt,
            Behaviour behaviour,
            String method,
            long workflowRunId,
            String note) {}

    private static final class App {
        final AppKey key;
        final NewApp template;
        final String language;
        final Instant createdAt;
        final long firstRepositoryId;
        String description;
        String visibility;
        Instant updatedAt;
        final Map<String, Image> images = new LinkedHashMap<>();
        final List<Deployment> deployments = new ArrayList<>();
        final Map<String, Current> current = new HashMap<>();
        final Map<String, String> argocdUrls = new HashMap<>();
        final Map<String, Retention> retention = new LinkedHashMap<>();
        final List<String> appSecrets = new ArrayList<>();

        App(AppKey key, NewApp request, Instant now, long firstRepositoryId) {
            this.key = key;
            this.template = request;
            this.language = request.language();
            this.description = request.description();
            this.visibility = request.visibility();
            this.createdAt = now;
            this.updatedAt = now;
            this.firstRepositoryId = firstRepositoryId;
        }

        String describe() {
            return key.describe();
        }
    }

    private static final class Image {
        final String tag;
        final Instant createdAt;
        final long packageVersionId;
        final String githubSha;
        final List<StateEntry> history = new ArrayList<>();

        Image(String tag, Instant createdAt, long packageVersionId, String githubSha) {
            this.tag = tag;
            this.createdAt = createdAt;
            this.packageVersionId = packageVersionId;
            this.githubSha = githubSha;
            history.add(new StateEntry("BUILD", createdAt));
        }

        String state() {
            return history.get(history.size() - 1).state();
        }

        Instant stateTimestamp() {
            return history.get(history.size() - 1).at();
        }

        String status() {
            return "EXPIRED".equals(state()) ? "expired" : "active";
        }
    }
}
