package io.jenkins.plugins.essesseff.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.essesseff.action.EssesseffAction;
import io.jenkins.plugins.essesseff.action.EssesseffRecord;
import io.jenkins.plugins.essesseff.client.ApiKey;
import io.jenkins.plugins.essesseff.client.AppRef;
import io.jenkins.plugins.essesseff.client.EssesseffApi;
import io.jenkins.plugins.essesseff.client.EssesseffException;
import io.jenkins.plugins.essesseff.client.Sleeper;
import io.jenkins.plugins.essesseff.client.Validation;
import io.jenkins.plugins.essesseff.config.ApiKeyCredentials;
import io.jenkins.plugins.essesseff.config.EssesseffClients;
import io.jenkins.plugins.essesseff.config.EssesseffGlobalConfiguration;
import io.jenkins.plugins.essesseff.config.EssesseffSettings;
import io.jenkins.plugins.essesseff.promotion.ConsoleLog;
import io.jenkins.plugins.essesseff.promotion.DeploymentFailedException;
import io.jenkins.plugins.essesseff.promotion.PromotionResult;
import io.jenkins.plugins.essesseff.promotion.Promotions;
import io.jenkins.plugins.essesseff.promotion.SettingResolver;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * What every step and build step does around its one operation: resolve the settings, find the API key, build the
 * client and {@link Promotions}, run the call, record the result on the build. The only code the steps share.
 */
final class PromotionRunner {
    private final EssesseffSettings settings;
    private final KeySource keys;
    private final ClientFactory clients;
    private final Clock clock;
    private final Sleeper sleeper;

    /** Finds the API key, given the step's {@code credentialsId} (may be null) and the global one. */
    @FunctionalInterface
    interface KeySource {
        ApiKey find(@CheckForNull String stepCredentialsId, @CheckForNull String globalCredentialsId);
    }

    @FunctionalInterface
    interface ClientFactory {
        EssesseffApi create(EssesseffSettings settings, ApiKey key, Consumer<String> warnings);
    }

    PromotionRunner(EssesseffSettings settings, KeySource keys, ClientFactory clients, Clock clock, Sleeper sleeper) {
        this.settings = settings;
        this.keys = keys;
        this.clients = clients;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /**
     * Runs {@code call} for a build: its console gets the operation's lines, its page gets the record.
     *
     * @throws AbortException with the operation's message when the input is refused or essesseff fails, so that
     *     the build fails with that message and no stack trace
     */
    static PromotionResult runForBuild(
            Run<?, ?> run, TaskListener listener, CommonParameters parameters, PromotionCall call)
            throws AbortException, InterruptedException {
        PromotionRunner runner = new PromotionRunner(
                EssesseffGlobalConfiguration.get().settings(),
                (stepId, globalId) -> ApiKeyCredentials.forBuild(run, stepId, globalId),
                EssesseffClients::create,
                Clock.systemUTC(),
                Sleeper.REAL);
        try {
            PromotionResult result = runner.run(parameters, new TaskListenerLog(listener), call);
            EssesseffAction.append(run, EssesseffRecord.of(result, runner.clock.instant()));
            return result;
        } catch (DeploymentFailedException e) {
            e.getChange()
                    .ifPresent(
                            change -> EssesseffAction.append(run, EssesseffRecord.of(change, runner.clock.instant())));
            throw new AbortException(ConsoleLog.PREFIX + e.getMessage());
        } catch (EssesseffException e) {
            throw new AbortException(ConsoleLog.PREFIX + e.getMessage());
        }
    }

    /** Resolves the app and the key, builds the client and runs the call; no Jenkins involved. */
    PromotionResult run(CommonParameters parameters, ConsoleLog log, PromotionCall call) throws InterruptedException {
        AppRef app = app(parameters);
        ApiKey key = keys.find(parameters.credentialsId(), settings.credentialsId());
        EssesseffApi api = clients.create(settings, key, log::line);
        Promotions promotions = new Promotions(api, settings.policy(), log, clock, sleeper);
        return call.run(promotions, app);
    }

    AppRef app(CommonParameters parameters) {
        String accountSlug = SettingResolver.resolve(
                "accountSlug", parameters.accountSlug(), settings.accountSlug(), "Account slug");
        String organizationLogin = SettingResolver.resolve(
                "organizationLogin",
                parameters.organizationLogin(),
                settings.organizationLogin(),
                "Organization login");
        String appName = Validation.requireAppName(
                "appName", SettingResolver.resolve("appName", parameters.appName(), settings.appName(), "App name"));
        return new AppRef(accountSlug, organizationLogin, appName);
    }
}
