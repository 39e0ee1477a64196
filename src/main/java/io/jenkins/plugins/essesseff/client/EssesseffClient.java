package io.jenkins.plugins.essesseff.client;

import static io.jenkins.plugins.essesseff.client.Responses.JSON;
import static io.jenkins.plugins.essesseff.client.Validation.blankToNull;
import static io.jenkins.plugins.essesseff.client.Validation.oneOf;
import static io.jenkins.plugins.essesseff.client.Validation.pathSegment;
import static io.jenkins.plugins.essesseff.client.Validation.repositoryVisibility;
import static io.jenkins.plugins.essesseff.client.Validation.requireArgoCdUrl;
import static io.jenkins.plugins.essesseff.client.Validation.requireImageTag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The essesseff Apps API over HTTP: every endpoint of {@link EssesseffApi}, paced to the key's rate limit, with
 * reads retried on transient failures and lifecycle changes reconciled after ambiguous ones.
 *
 * <h2>Choices</h2>
 *
 * <ul>
 *   <li><b>Redirects</b> (301, 302, 303, 307, 308; at most {@value Redirects#MAX_REDIRECTS}) are followed by the
 *       client. The {@code X-API-Key} goes along only to the same host and port (never from https down to http),
 *       or between {@code essesseff.com} and {@code www.essesseff.com}; to any other host the request is sent
 *       without the key, and a warning says so. A 303 turns into a GET; the others keep method and body.
 *   <li><b>Image tags containing {@code /}</b> are refused before sending ({@link InvalidInputException}): container
 *       tags cannot contain it, and servers and proxies commonly decode {@code %2F} before routing, which would
 *       address a different path. Every other character is percent-encoded into one path segment
 *       ({@code +} as {@code %2B}); the segments {@code .} and {@code ..} are refused.
 *   <li><b>Retries</b>: reads (GET) follow the {@link RetryPolicy} (default 4 attempts, 500 ms base, 8 s cap, full
 *       jitter) on connection failures, timeouts, 502, 503 and 504. A 429 is waited out and the same request sent
 *       again, at most {@value Transport#MAX_RATE_LIMITED_RETRIES} times in a row, for every method (a 429 is not
 *       applied). Other writes are sent once. Lifecycle changes and promotions are sent at most twice: after an
 *       ambiguous failure (timeout, broken connection, 5xx, an unreadable 2xx) the image's lifecycle is read (for
 *       declare-rc, declare-stable and declare-rejected, after reading which image is in the environment); if the
 *       image reached the target state the call succeeds, if it is still in a prior state the call is sent once
 *       more, otherwise {@link EssesseffOutcomeUnknownException} says what to check.
 * </ul>
 */
public final class EssesseffClient implements EssesseffApi {
    public static final String DEFAULT_BASE_URL = "https://www.essesseff.com/api/v1";
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    public static final String DEFAULT_USER_AGENT = "essesseff-jenkins-plugin";
    /** The largest page essesseff serves; streams fetch pages of this size. */
    public static final int MAX_PAGE_SIZE = 1000;

    private static final Logger LOGGER = Logger.getLogger(EssesseffClient.class.getName());
    private static final String JSON_TYPE = "application/json";
    private static final String YAML_TYPE = "application/x-yaml, text/yaml;q=0.9, application/json;q=0.8";
    private static final Set<String> DEPLOYMENT_STATUSES = Set.of("pending", "in_progress", "succeeded", "failed");
    private static final Set<String> IMAGE_STATUSES = Set.of("active", "expired", "all");

    private final URI baseUrl;
    private final Transport transport;
    private final Responses responses;

    private EssesseffClient(URI baseUrl, ApiKey apiKey, Transport transport) {
        this.baseUrl = baseUrl;
        this.transport = transport;
        this.responses = new Responses(apiKey);
    }

    /** Starts building a client that sends {@code apiKey}. */
    public static Builder builder(ApiKey apiKey) {
        return new Builder(apiKey);
    }

    /** The API base URL requests go to. */
    public URI baseUrl() {
        return baseUrl;
    }

    @Override
    public String toString() {
        return "EssesseffClient[" + baseUrl + "]";
    }

    // Apps

    @Override
    public Page<App> listApps(
            String accountSlug,
            String organizationLogin,
            @CheckForNull String appNameFilter,
            @CheckForNull PageRequest page) {
        PageRequest request = page == null ? PageRequest.serverDefault() : page;
        URI uri = organization(accountSlug, organizationLogin)
                .segments("apps")
                .query("app_name", blankToNull(appNameFilter))
                .query("limit", request.limit())
                .query("offset", offset(request))
                .toUri();
        return responses.readPage(get(uri), App.class);
    }

    @Override
    public Stream<App> streamApps(String accountSlug, String organizationLogin, @CheckForNull String appNameFilter) {
        organization(accountSlug, organizationLogin);
        return PagedStream.of(page -> listApps(accountSlug, organizationLogin, appNameFilter, page));
    }

    @Override
    public CreatedApp createApp(String accountSlug, String organizationLogin, NewApp app) {
        if (app == null) {
            throw new InvalidInputException("app", "is required");
        }
        String appName = Validation.requireAppName("appName", app.appName());
        AppTemplate template = app.template();
        if (template == null) {
            throw new InvalidInputException("template", "is required");
        }
        ObjectNode templateBody = JSON.createObjectNode()
                .put("template_org_login", Validation.requireText("templateOrgLogin", template.templateOrgLogin()))
                .put(
                        "source_template_repo",
                        Validation.requireText("sourceTemplateRepo", template.sourceTemplateRepo()));
        if (template.isGlobalTemplate() != null) {
            templateBody.put("is_global_template", template.isGlobalTemplate());
        }
        if (template.replacementString() != null) {
            templateBody.put("replacement_string", template.replacementString());
        }
        ObjectNode body = JSON.createObjectNode();
        putIfPresent(body, "description", app.description());
        putIfPresent(body, "programming_language", blankToNull(app.programmingLanguage()));
        body.set("template", templateBody);
        putIfPresent(body, "repository_visibility", repositoryVisibility(app.repositoryVisibility()));
        URI uri = organization(accountSlug, organizationLogin)
                .segments("apps")
                .query("app_name", appName)
                .toUri();
        return responses.readData(send("POST", uri, body), CreatedApp.class);
    }

    @Override
    public App getApp(AppRef app) {
        return responses.readData(get(appUri(app).toUri()), App.class);
    }

    @Override
    public UpdatedApp updateApp(AppRef app, AppChanges changes) {
        if (changes == null || (changes.description() == null && changes.repositoryVisibility() == null)) {
            throw new InvalidInputException(
                    "changes", "give at least one of description and repositoryVisibility to update an app");
        }
        ObjectNode body = JSON.createObjectNode();
        putIfPresent(body, "description", changes.description());
        putIfPresent(body, "repository_visibility", repositoryVisibility(changes.repositoryVisibility()));
        return responses.readData(send("PATCH", appUri(app).toUri(), body), UpdatedApp.class);
    }

    // Deployments and images

    @Override
    public Page<Deployment> listDeployments(
            AppRef app, @CheckForNull DeploymentFilter filter, @CheckForNull PageRequest page) {
        DeploymentFilter given = filter == null ? DeploymentFilter.none() : filter;
        PageRequest request = page == null ? PageRequest.serverDefault() : page;
        Environment environment = given.environment();
        URI uri = appUri(app)
                .segments("deployments")
                .query("environment", environment == null ? null : environment.filterValue())
                .query("status", oneOf("status", given.status(), DEPLOYMENT_STATUSES))
                .query("limit", request.limit())
                .query("offset", offset(request))
                .toUri();
        return responses.readPage(get(uri), Deployment.class);
    }

    @Override
    public Stream<Deployment> streamDeployments(AppRef app, @CheckForNull DeploymentFilter filter) {
        appUri(app);
        if (filter != null) {
            oneOf("status", filter.status(), DEPLOYMENT_STATUSES);
        }
        return PagedStream.of(page -> listDeployments(app, filter, page));
    }

    @Override
    public Page<Image> listImages(AppRef app, @CheckForNull ImageFilter filter, @CheckForNull PageRequest page) {
        ImageFilter given = filter == null ? ImageFilter.none() : filter;
        PageRequest request = page == null ? PageRequest.serverDefault() : page;
        URI uri = appUri(app)
                .segments("images")
                .query("repository_name", blankToNull(given.repositoryName()))
                .query("image_tag", blankToNull(given.imageTag()))
                .query("status", oneOf("status", given.status(), IMAGE_STATUSES))
                .query("limit", request.limit())
                .query("offset", offset(request))
                .toUri();
        return responses.readPage(get(uri), Image.class);
    }

    @Override
    public Stream<Image> streamImages(AppRef app, @CheckForNull ImageFilter filter) {
        appUri(app);
        if (filter != null) {
            oneOf("status", filter.status(), IMAGE_STATUSES);
        }
        return PagedStream.of(page -> listImages(app, filter, page));
    }

    @Override
    public Image getImage(AppRef app, String imageTag, @CheckForNull String repositoryName) {
        URI uri = imageUri(app, imageTag)
                .query("repository_name", blankToNull(repositoryName))
                .toUri();
        return responses.readData(get(uri), Image.class);
    }

    // Lifecycle

    @Override
    public Lifecycle getLifecycle(AppRef app, String imageTag, boolean withHistory) {
        URI uri = imageUri(app, imageTag)
                .segments("lifecycle")
                .query("history", withHistory ? "true" : null)
                .toUri();
        return responses.readFlat(get(uri), Lifecycle.class);
    }

    /**
     * {@inheritDoc}
     *
     * <p>The note is sent only when {@code state} is PROD and the note is not blank; otherwise it is ignored.
     */
    @Override
    public StateChange setLifecycleState(
            AppRef app, String imageTag, LifecycleState state, @CheckForNull String deploymentNote) {
        if (state == null) {
            throw new InvalidInputException("state", "is required");
        }
        String tag = requireImageTag(imageTag);
        ObjectNode body = JSON.createObjectNode().put("state", state.wireName());
        String note = state == LifecycleState.PROD ? blankToNull(deploymentNote) : null;
        putIfPresent(body, "deployment_note", note);
        URI uri = imageUri(app, tag).segments("lifecycle").toUri();
        return Reconciler.forImage(this, app, tag, state, LifecycleOrder.priorsOf(state), null, note)
                .run(request("POST", uri, body), "set the lifecycle state of " + tag + " to " + state);
    }

    // Environments

    @Override
    public EnvironmentStatus getEnvironment(AppRef app, Environment environment) {
        return responses.readFlat(get(environmentUri(app, environment).toUri()), EnvironmentStatus.class);
    }

    @Override
    public void setArgoCdApplicationUrl(AppRef app, Environment environment, @CheckForNull String url) {
        ObjectNode body = JSON.createObjectNode();
        String cleaned = url == null ? null : url.strip();
        if (cleaned == null || cleaned.isEmpty()) {
            body.putNull("url");
        } else {
            body.put("url", requireArgoCdUrl(cleaned));
        }
        URI uri = environmentUri(app, environment)
                .segments("set-argocd-application-url")
                .toUri();
        send("POST", uri, body);
    }

    // Promotions

    @Override
    public StateChange declareRc(AppRef app) {
        return promoteCurrentImage(app, Environment.DEV, "declare-rc", LifecycleState.RC, Set.of(LifecycleState.DEV));
    }

    @Override
    public StateChange acceptRc(AppRef app, String imageTag) {
        return promoteTag(app, Environment.QA, "accept-rc", imageTag, LifecycleState.QA, Set.of(LifecycleState.RC));
    }

    @Override
    public StateChange rejectRc(AppRef app, String imageTag) {
        return promoteTag(
                app, Environment.QA, "reject-rc", imageTag, LifecycleState.REJECTED, Set.of(LifecycleState.RC));
    }

    @Override
    public StateChange declareStable(AppRef app) {
        return promoteCurrentImage(
                app, Environment.QA, "declare-stable", LifecycleState.STABLE, Set.of(LifecycleState.QA));
    }

    @Override
    public StateChange declareRejected(AppRef app) {
        return promoteCurrentImage(
                app, Environment.QA, "declare-rejected", LifecycleState.REJECTED, Set.of(LifecycleState.QA));
    }

    @Override
    public StateChange deployStable(
            AppRef app, Environment environment, String imageTag, @CheckForNull String deploymentNote) {
        if (environment != Environment.STAGING && environment != Environment.PROD) {
            throw new InvalidInputException(
                    "environment",
                    "deploy-stable deploys to STAGING or PROD only, was "
                            + (environment == null ? "none" : environment));
        }
        String tag = requireImageTag(imageTag);
        String note = environment == Environment.PROD ? blankToNull(deploymentNote) : null;
        ObjectNode body = JSON.createObjectNode().put("image_tag", tag);
        putIfPresent(body, "deployment_note", note);
        URI uri = environmentUri(app, environment).segments("deploy-stable").toUri();
        LifecycleState target = environment == Environment.PROD ? LifecycleState.PROD : LifecycleState.STAGING;
        Set<LifecycleState> priors = environment == Environment.PROD
                ? Set.of(LifecycleState.STABLE, LifecycleState.STAGING)
                : Set.of(LifecycleState.STABLE);
        return Reconciler.forImage(this, app, tag, target, priors, environment, note)
                .run(request("POST", uri, body), "deploy " + tag + " to " + environment);
    }

    private StateChange promoteTag(
            AppRef app,
            Environment environment,
            String action,
            String imageTag,
            LifecycleState target,
            Set<LifecycleState> priors) {
        String tag = requireImageTag(imageTag);
        ObjectNode body = JSON.createObjectNode().put("image_tag", tag);
        URI uri = environmentUri(app, environment).segments(action).toUri();
        return Reconciler.forImage(this, app, tag, target, priors, environment, null)
                .run(request("POST", uri, body), action + " " + tag);
    }

    /**
     * declare-rc, declare-stable, declare-rejected: act on whichever image is deployed in the environment. Which one
     * that is gets read only after an ambiguous failure, to settle it.
     */
    private StateChange promoteCurrentImage(
            AppRef app, Environment environment, String action, LifecycleState target, Set<LifecycleState> priors) {
        URI uri = environmentUri(app, environment).segments(action).toUri();
        return Reconciler.forImageIn(this, app, environment, target, priors)
                .run(request("POST", uri, JSON.createObjectNode()), action);
    }

    // Retention policies and Argo CD secrets

    @Override
    public List<RetentionPolicy> listRetentionPolicies(
            AppRef app, @CheckForNull String repositoryName, @CheckForNull Environment environment) {
        URI uri = appUri(app)
                .segments("retention-policies")
                .query("repository_name", blankToNull(repositoryName))
                .query("environment", environment == null ? null : environment.filterValue())
                .toUri();
        return responses.readList(get(uri), RetentionPolicy.class);
    }

    @Override
    public RetentionPolicy updateRetentionPolicy(
            AppRef app, String repositoryName, Environment environment, int retentionDays) {
        String repository = Validation.requireText("repositoryName", repositoryName);
        if (environment == null) {
            throw new InvalidInputException("environment", "is required");
        }
        if (retentionDays < 0) {
            throw new InvalidInputException("retentionDays", "must not be negative, was " + retentionDays);
        }
        URI uri = appUri(app)
                .segments("retention-policies")
                .query("repository_name", repository)
                .query("environment", environment.filterValue())
                .toUri();
        ObjectNode body = JSON.createObjectNode().put("retention_days", retentionDays);
        return responses.readData(send("PATCH", uri, body), RetentionPolicy.class);
    }

    @Override
    public NotificationsSecret getNotificationsSecret(AppRef app) {
        URI uri = appUri(app).segments("notifications-secret").toUri();
        Transport.Response response =
                responses.checked(transport.execute(new Transport.Request("GET", uri, null, YAML_TYPE)));
        return new NotificationsSecret(new String(response.body(), StandardCharsets.UTF_8));
    }

    // Requests

    private ApiUri organization(String accountSlug, String organizationLogin) {
        return ApiUri.under(baseUrl)
                .segments(
                        "accounts",
                        pathSegment("accountSlug", accountSlug),
                        "organizations",
                        pathSegment("organizationLogin", organizationLogin));
    }

    private ApiUri appUri(AppRef app) {
        if (app == null) {
            throw new InvalidInputException("app", "is required");
        }
        return organization(app.accountSlug(), app.organizationLogin())
                .segments("apps", Validation.requireAppName("appName", app.appName()));
    }

    private ApiUri imageUri(AppRef app, String imageTag) {
        return appUri(app).segments("images", requireImageTag(imageTag));
    }

    private ApiUri environmentUri(AppRef app, Environment environment) {
        if (environment == null) {
            throw new InvalidInputException("environment", "is required; use one of " + Environment.names());
        }
        return appUri(app).segments("environments", environment.pathSegment());
    }

    /** The offset, left out when it is 0 (the server's default). */
    @CheckForNull
    private static Long offset(PageRequest page) {
        return page.offset() == 0 ? null : page.offset();
    }

    private static void putIfPresent(ObjectNode body, String name, @CheckForNull String value) {
        if (value != null) {
            body.put(name, value);
        }
    }

    private Transport.Response get(URI uri) {
        return send("GET", uri, null);
    }

    private Transport.Response send(String method, URI uri, @CheckForNull ObjectNode body) {
        return responses.checked(transport.execute(request(method, uri, body)));
    }

    private static Transport.Request request(String method, URI uri, @CheckForNull ObjectNode body) {
        byte[] bytes = null;
        if (body != null) {
            try {
                bytes = JSON.writeValueAsBytes(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a JSON tree always serializes", e);
            }
        }
        return new Transport.Request(method, uri, bytes, JSON_TYPE);
    }

    Transport transport() {
        return transport;
    }

    Responses responses() {
        return responses;
    }

    /** Builds an {@link EssesseffClient}; every setting has a default. */
    public static final class Builder {
        private final ApiKey apiKey;
        private URI baseUrl = URI.create(DEFAULT_BASE_URL);

        @CheckForNull
        private HttpClient.Builder httpClientBuilder;

        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.REAL;

        @CheckForNull
        private RatePacers pacers;

        private Consumer<String> warnings = LOGGER::warning;
        private String userAgent = DEFAULT_USER_AGENT;
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();

        private Builder(ApiKey apiKey) {
            if (apiKey == null) {
                throw new InvalidInputException("apiKey", "is required");
            }
            this.apiKey = apiKey;
        }

        /**
         * The API base URL, default {@value #DEFAULT_BASE_URL}; a trailing slash is fine.
         *
         * @throws InvalidInputException (field {@code apiUrl}) unless it is an http or https URL with a host
         */
        public Builder baseUrl(URI url) {
            return baseUrl(url.toString());
        }

        /** {@link #baseUrl(URI)} from text; refused with a message naming {@code apiUrl} unless an http(s) URL. */
        public Builder baseUrl(String url) {
            this.baseUrl = Validation.requireApiUrl(url);
            return this;
        }

        /**
         * Where the {@link HttpClient} comes from, default {@link HttpClient#newBuilder()}. In Jenkins, pass
         * {@code ProxyConfiguration.newHttpClientBuilder()} so proxy settings apply. The client sets the connect
         * timeout on it and turns its own redirect handling off.
         */
        public Builder httpClientBuilder(HttpClient.Builder builder) {
            this.httpClientBuilder = Objects.requireNonNull(builder, "httpClientBuilder");
            return this;
        }

        /** How long connecting may take, default 10 s. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive("connectTimeout", timeout);
            return this;
        }

        /** How long each request may wait for its answer, default 30 s. */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive("requestTimeout", timeout);
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** Where the rate pacers live, default {@link RatePacers#shared()}. */
        public Builder pacers(RatePacers pacers) {
            this.pacers = Objects.requireNonNull(pacers, "pacers");
            return this;
        }

        /** Where non-fatal warnings go, default {@code java.util.logging}. They never contain the key. */
        public Builder warnings(Consumer<String> warnings) {
            this.warnings = Objects.requireNonNull(warnings, "warnings");
            return this;
        }

        public Builder userAgent(String userAgent) {
            this.userAgent = Validation.requireText("userAgent", userAgent);
            return this;
        }

        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /** The source of backoff jitter, numbers in [0, 1); for tests. */
        Builder jitter(DoubleSupplier jitter) {
            this.jitter = Objects.requireNonNull(jitter, "jitter");
            return this;
        }

        public EssesseffClient build() {
            String key = apiKey.reveal();
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                if (c < 0x21 || c > 0x7E) {
                    throw new InvalidInputException(
                            "apiKey",
                            "contains characters that cannot be sent in an HTTP header (white space, control or"
                                    + " non-ASCII characters); check the credential");
                }
            }
            if (!apiKey.hasDocumentedShape()) {
                warnings.accept("The essesseff API key does not have the documented shape (ess_ followed by 32 letters"
                        + " or digits); check the credential. Requests are sent with it anyway.");
            }
            HttpClient.Builder builder = httpClientBuilder == null ? HttpClient.newBuilder() : httpClientBuilder;
            HttpClient http = builder.connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            RatePacers registry = pacers == null ? RatePacers.shared() : pacers;
            Transport transport = new Transport(
                    http,
                    apiKey,
                    connectTimeout,
                    requestTimeout,
                    clock,
                    sleeper,
                    registry.pacerFor(apiKey, Transport.hostOf(baseUrl)),
                    warnings,
                    userAgent,
                    retryPolicy,
                    jitter);
            return new EssesseffClient(baseUrl, apiKey, transport);
        }

        private static Duration positive(String field, Duration duration) {
            if (duration == null || duration.isZero() || duration.isNegative()) {
                throw new InvalidInputException(field, "must be a positive duration, was " + duration);
            }
            return duration;
        }
    }
}
