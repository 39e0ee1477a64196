package io.jenkins.plugins.essesseff.client;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sends a lifecycle change or promotion so that it happens at most once. After an ambiguous failure (a timeout
 * waiting for the answer, a broken connection, a 5xx, a 2xx that could not be read) it reads the image's lifecycle:
 * in the target state, the call succeeded; still in a prior state, it was not applied and is sent once more;
 * anything else, or no answer to the read, leaves the outcome unknown.
 */
final class Reconciler {
    static final int MAX_SENDS = 2;

    private final EssesseffClient client;
    private final AppRef app;

    @CheckForNull
    private final String imageTag;

    private final LifecycleState target;
    private final Set<LifecycleState> priors;

    @CheckForNull
    private final Environment environment;

    @CheckForNull
    private final String deploymentNote;

    /**
     * @param imageTag the image the call is about, or null when it could not be learned before sending
     * @param environment the environment of a promotion, null for a plain lifecycle update
     * @param deploymentNote the note sent, if any
     */
    Reconciler(
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
        this.target = target;
        this.priors = priors;
        this.environment = environment;
        this.deploymentNote = deploymentNote;
    }

    StateChange run(Transport.Request post, String what) {
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
                    return afterRefusedResend(post, what, client.responses().apiError(response));
                } else {
                    throw client.responses().apiError(response);
                }
            } catch (Transport.TransportException e) {
                if (!e.mayHaveArrived()) {
                    throw e;
                }
                failure = e;
            }
            Lifecycle lifecycle = readLifecycle(post, what, failure);
            LifecycleState state = lifecycle.currentState();
            if (state == target) {
                transport.warn(failure.getMessage() + "; essesseff shows " + imageTag + " in " + state
                        + ", so the change (" + what + ") was applied");
                return changeFrom(lifecycle);
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
        Lifecycle lifecycle;
        try {
            lifecycle = client.getLifecycle(app, imageTag, false);
        } catch (EssesseffInterruptedException e) {
            throw e;
        } catch (EssesseffException e) {
            throw refusal;
        }
        if (lifecycle.currentState() != target) {
            throw refusal;
        }
        client.transport()
                .warn("essesseff refused sending " + what + " again (" + refusal.getMessage() + "), and shows "
                        + imageTag + " in " + target + ": the first send was applied after all");
        return changeFrom(lifecycle);
    }

    private Lifecycle readLifecycle(Transport.Request post, String what, EssesseffException failure) {
        if (imageTag == null) {
            throw unknown(
                    post, what, failure, "the image could not be learned before sending, so it cannot be checked");
        }
        try {
            Lifecycle lifecycle = client.getLifecycle(app, imageTag, false);
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

    private StateChange changeFrom(Lifecycle lifecycle) {
        return new StateChange(
                lifecycle.accountSlug() == null ? app.accountSlug() : lifecycle.accountSlug(),
                lifecycle.organization() == null ? app.organizationLogin() : lifecycle.organization(),
                lifecycle.app() == null ? app.appName() : lifecycle.app(),
                environment,
                lifecycle.imageName(),
                lifecycle.imageTag() == null ? imageTag : lifecycle.imageTag(),
                lifecycle.currentState(),
                lifecycle.stateTimestamp(),
                deploymentNote);
    }

    private static String names(Set<LifecycleState> states) {
        return states.isEmpty()
                ? "none known"
                : states.stream().sorted().map(Enum::name).collect(Collectors.joining(", "));
    }
}
