package io.jenkins.plugins.essesseff.promotion;

import io.jenkins.plugins.essesseff.client.EssesseffApi;
import io.jenkins.plugins.essesseff.client.EssesseffApiException;
import io.jenkins.plugins.essesseff.client.EssesseffException;
import io.jenkins.plugins.essesseff.client.PageRequest;

/** What the global configuration's "Test connection" button does: one read that proves URL, key and account. */
public final class ConnectionCheck {

    /** @param ok whether essesseff accepted the key for the account; {@code message} says what to fix if not */
    public record Outcome(boolean ok, String message) {}

    private ConnectionCheck() {}

    public static Outcome run(EssesseffApi api, String accountSlug, String organizationLogin) {
        if (accountSlug == null || accountSlug.isBlank()) {
            return new Outcome(false, "Set the account slug (the essesseff team account the API key belongs to).");
        }
        if (organizationLogin == null || organizationLogin.isBlank()) {
            return new Outcome(false, "Set the organization login: the test lists its apps.");
        }
        String account = accountSlug.trim();
        String organization = organizationLogin.trim();
        try {
            long apps = api.listApps(account, organization, null, PageRequest.first(1))
                    .pagination()
                    .total();
            return new Outcome(
                    true,
                    "Connected: the key belongs to account " + account + ", and organization " + organization + " has "
                            + apps + (apps == 1 ? " app." : " apps."));
        } catch (EssesseffApiException e) {
            return new Outcome(false, explain(e, account, organization));
        } catch (EssesseffException e) {
            return new Outcome(false, e.getMessage());
        }
    }

    private static String explain(EssesseffApiException e, String account, String organization) {
        return switch (e.getStatus()) {
            case 401 -> "essesseff refused the API key (401): check that the credential holds a current key (ess_…).";
            case 403 ->
                "The API key does not belong to account " + account
                        + " (403): use the account the key was issued for, or a key of that account.";
            case 404 ->
                "essesseff does not know organization " + organization + " in account " + account
                        + " (404), or the API URL is wrong.";
            case 429 -> "essesseff's rate limit was reached (429); try again in a few seconds.";
            default -> e.getMessage();
        };
    }
}
