package io.jenkins.plugins.essesseff.client;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sends a lifecycle change or promotion so that it happens at most once. After an ambiguous failure (a timeout
 * waiting for the answer, a broken connection, a 5xx, a 2xx that could not be read) it reads the image's lifecycle:
 * in the target state, the call succeeded; still in a prior state, it was not applied and is sent once more;
 * anything else, or no answer to the read, leaves the outcome unknown.
 *
 * <p>A call that acts on whatever image is deployed in an environment (declare-rc, declare-stable, declare-rejected)
 * learns which image that is only when it has to: after an ambiguous failure, by reading the environment.
 */
final class Reconciler {
    static final int MAX_SENDS = 2;

    private final EssesseffClient client;
    private final AppRef app;

    @CheckForNull
    private String imageTag;

    /** The environment whose deployed image the call acts on, when the caller did not name the image. */
    @CheckForNull
    private final Environment deployedIn;

    private final LifecycleState target;
    private final Set<LifecycleState> priors;

    @CheckForNull
    private final Environment environment;

    @CheckForNull
    private final String deploymentNote;

    private Reconciler(
            EssesseffClient client,
            AppRef app,
            @CheckForNull String imageTag,
            LifecycleState target,
            Set<LifecycleState> priors,
            @CheckForNull Environment environment,
            @CheckForNull String deploymentNote) {
        this.client = client;
        this.app = app;
        this.imageTag = imageTag;
        this.deployedIn = imageTag == null ? environment : null;
        this.target = target;
        this.priors = priors;
        this.environment = environment;
        this.deploymentNote = deploymentNote;
    }

    /**
     * A call about {@code imageTag}.
     *
     * @param environment the environment of a promotion, null for a plain lifecycle update
     * @param deploymentNote the note sent, if any
     */
    static Reconciler forImage(
            EssesseffClient client,
            AppRef app,
            String imageTag,
            LifecycleState target,
            Set<LifecycleState> priors,
            @CheckForNull Environment environment,
            @CheckForNull String deploymentNote) {
        return new Reconciler(client, app, imageTag, target, priors, environment, deploymentNote);
    }

    /** A call about the image deployed in {@code environment}, whichever that is when essesseff receives it. */
    static Reconciler forImageIn(
            EssesseffClient client,
            AppRef app,
            Environment environment,
            LifecycleState target,
            Set<LifecycleState> priors) {
        return new Reconciler(client, app, null, target, priors, environment, null);
    }

    /**
     * @param action what the call does, e.g. {@code deploy v1 to PROD}; for a call about the image in an environment,
     *     the action only ({@code declare-rc}): the image and environment are added
     */
    StateChange run(Transport.Request post, String action) {
        Transport transport = client.transport();
        for (int send = 1; ; send++) {
            EssesseffException failure;
            try {
                Transport.Response response = transport.execute(post);
                if (response.isSuccess()) {
                    try {
                        return client.responses().readFlat(response, StateChange.class);
                    } catch (EssesseffException unreadable) {
                        failure = unreadable;
                    }
                } else if (response.status() >= 500) {
                    failure = client.responses().apiError(response);
                } else if (send > 1) {
                    return afterRefusedResend(
                            post, describe(action), client.responses().apiError(response));
                } else {
                    throw client.responses().apiError(response);
                }
            } catch (Transport.TransportException e) {
                if (!e.mayHaveArrived()) {
                    throw e;
                }
                failure = e;
            }
            String tag = learnImage(post, action, failure);
            Lifecycle lifecycle = readLifecycle(post, action, failure, tag);
            String what = describe(action);
            LifecycleState state = lifecycle.currentState();
            if (state == target) {
                transport.warn(failure.getMessage() + "; essesseff shows " + imageTag + " in " + state
                        + ", so the change (" + what + ") was applied");
                return changeFrom(lifecycle, tag);
            }
            if (priors.contains(state) && send < MAX_SENDS) {
                transport.warn(failure.getMessage() + "; essesseff still shows " + imageTag + " in " + state
                        + ", so the change (" + what + ") was not applied; sending it once more");
                continue;
            }
            if (priors.contains(state)) {
                throw new EssesseffException(
                        "Could not " + what + ": it was sent " + MAX_SENDS + " times and essesseff still shows "
                                + imageTag + " in " + state + ", so it was not applied. Last failure: "
                                + failure.getMessage(),
                        failure);
            }
            throw unknown(
                    post,
                    what,
                    failure,
                    "essesseff now shows " + imageTag + " in " + state + ", which is neither " + target
                            + " nor a state before it (" + names(priors) + ")");
        }
    }

    /**
     * essesseff refused the second send (typically 400: the image is already in the target state). An earlier send
     * that timed out may have been applied after all, late; if the image is in the target state, that is success.
     */
    private StateChange afterRefusedResend(Transport.Request post, String what, EssesseffApiException refusal) {
        String tag = imageTag; // known: the first send failed ambiguously, and reading its outcome learned it
        if (tag == null) {
            throw refusal;
        }
        Lifecycle lifecycle;
        try {
            lifecycle = client.getLifecycle(app, tag, false);
        } catch (EssesseffInterruptedException e) {
            throw e;
        } catch (EssesseffException e) {
            throw refusal;
        }
        if (lifecycle.currentState() != target) {
            throw refusal;
        }
        client.transport()
                .warn("essesseff refused sending " + what + " again (" + refusal.getMessage() + "), and shows " + tag
                        + " in " + target + ": the first send was applied after all");
        return changeFrom(lifecycle, tag);
    }

    /** {@code declare-rc (v1 in DEV)}, or {@code declare-rc (the image in DEV)} before the image is known. */
    private String describe(String action) {
        Environment in = deployedIn;
        if (in == null) {
            return action;
        }
        return action + " (" + (imageTag == null ? "the image" : imageTag) + " in " + in + ")";
    }

    /**
     * The image the call is about: the one named, or else the one essesseff shows in the environment, read to learn
     * which image a call about the image deployed there acted on.
     */
    private String learnImage(Transport.Request post, String action, EssesseffException failure) {
        String known = imageTag;
        if (known != null) {
            return known;
        }
        Environment in = deployedIn;
        if (in == null) {
            throw new IllegalStateException("a call names its image or the environment the image is in");
        }
        EnvironmentStatus status;
        try {
            status = client.getEnvironment(app, in);
        } catch (EssesseffInterruptedException e) {
            throw new EssesseffInterruptedException(e.getMessage() + "; it is unknown whether essesseff applied "
                    + post.describe() + ": check the image in " + in + " of " + app
                    + " before running it again");
        } catch (EssesseffException e) {
            throw unknown(
                    post,
                    describe(action),
                    failure,
                    "reading which image is in " + in + " afterwards failed too: " + e.getMessage());
        }
        String learned = status.imageTag();
        if (learned == null) {
            throw unknown(
                    post,
                    describe(action),
                    failure,
                    "essesseff shows no image in " + in + ", so there is no lifecycle to check");
        }
        imageTag = learned;
        return learned;
    }

    private Lifecycle readLifecycle(Transport.Request post, String action, EssesseffException failure, String tag) {
        String what = describe(action);
        try {
            Lifecycle lifecycle = client.getLifecycle(app, tag, false);
            if (lifecycle.currentState() == null) {
                throw unknown(post, what, failure, "essesseff's lifecycle of " + imageTag + " names no state");
            }
            return lifecycle;
        } catch (EssesseffInterruptedException e) {
            throw new EssesseffInterruptedException(e.getMessage() + "; it is unknown whether essesseff applied "
                    + post.describe() + ": check the lifecycle of " + imageTag + " before running it again");
        } catch (EssesseffOutcomeUnknownException e) {
            throw e;
        } catch (EssesseffException e) {
            throw unknown(
                    post, what, failure, "reading the image's lifecycle afterwards failed too: " + e.getMessage());
        }
    }

    private EssesseffOutcomeUnknownException unknown(
            Transport.Request post, String what, EssesseffException failure, String why) {
        String check = imageTag == null
                ? "Check the app " + app + " in essesseff"
                : "Check the lifecycle of " + imageTag + " (app " + app + ") in essesseff";
        return new EssesseffOutcomeUnknownException(
                "It is unknown whether essesseff applied the change (" + what + ", " + post.describe() + "): "
                        + failure.getMessage() + "; " + why + ". " + check + " before running this again.",
                failure);
    }

    /** The answer the call would have had, from the lifecycle that shows {@code tag} reached the target state. */
    private StateChange changeFrom(Lifecycle lifecycle, String tag) {
        return new StateChange(
                Objects.requireNonNullElse(lifecycle.accountSlug(), app.accountSlug()),
                Objects.requireNonNullElse(lifecycle.organization(), app.organizationLogin()),
                Objects.requireNonNullElse(lifecycle.app(), app.appName()),
                environment,
                lifecycle.imageName(),
                Objects.requireNonNullElse(lifecycle.imageTag(), tag),
                target,
                lifecycle.stateTimestamp(),
                deploymentNote);
    }

    private static String names(Set<LifecycleState> states) {
        return states.isEmpty()
                ? "none known"
                : states.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
    }
}
