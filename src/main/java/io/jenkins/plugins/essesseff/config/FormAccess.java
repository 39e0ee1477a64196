package io.jenkins.plugins.essesseff.config;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.model.Queue;
import hudson.model.queue.Tasks;
import hudson.security.ACL;
import hudson.util.ListBoxModel;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.springframework.security.core.Authentication;

/**
 * Permission checks and the credentials drop-down for every form method of the plugin, and the only place that
 * calls {@code Jenkins.get()}.
 *
 * <p>Without an item (the global configuration page) a form method needs {@link Jenkins#ADMINISTER}; with one (a
 * job's configuration page) it needs {@link Item#EXTENDED_READ} or {@link CredentialsProvider#USE_ITEM} on it.
 *
 * <p>The global page offers only credentials that builds can use: a System-scoped credential of the global store is
 * visible to Jenkins itself but to no build, so a global default naming one would fail every build.
 */
public final class FormAccess {
    private FormAccess() {}

    /** Whether the current user may use the form methods of a page about {@code item} (null: the global page). */
    public static boolean mayConfigure(@CheckForNull Item item) {
        if (item == null) {
            return jenkins().hasPermission(Jenkins.ADMINISTER);
        }
        return item.hasPermission(Item.EXTENDED_READ) || item.hasPermission(CredentialsProvider.USE_ITEM);
    }

    /** Fails the request (403) unless the current user administers Jenkins. */
    public static void checkAdministrator() {
        jenkins().checkPermission(Jenkins.ADMINISTER);
    }

    /**
     * The Secret text credentials the current user may pick for {@code item} (null: the global page), always
     * including {@code current}; only {@code current} when the user may not configure the page.
     */
    public static ListBoxModel secretTextCredentials(@CheckForNull Item item, @CheckForNull String current) {
        StandardListBoxModel model = new StandardListBoxModel();
        if (!mayConfigure(item)) {
            model.includeCurrentValue(current);
            return model;
        }
        model.includeEmptyValue();
        if (item == null) {
            model.includeMatchingAs(ACL.SYSTEM2, jenkins(), StringCredentials.class, List.of(), usableByBuilds());
        } else {
            model.includeAs(authenticationOf(item), item, StringCredentials.class);
        }
        model.includeCurrentValue(current);
        return model;
    }

    /**
     * The Secret text credential with this ID in the global credentials store, or null (for "Test connection"); it may
     * be one that builds cannot use (see {@link #isUsableByBuilds}).
     */
    @CheckForNull
    static StringCredentials globalSecretText(String credentialsId) {
        return CredentialsProvider.findCredentialByIdInItemGroup(
                credentialsId, StringCredentials.class, jenkins(), ACL.SYSTEM2, List.of());
    }

    /** Whether builds can use this credential of the global store: whether it is not System-scoped. */
    static boolean isUsableByBuilds(StringCredentials credential) {
        return usableByBuilds().matches(credential);
    }

    private static CredentialsMatcher usableByBuilds() {
        return CredentialsMatchers.not(CredentialsMatchers.withScope(CredentialsScope.SYSTEM));
    }

    private static Authentication authenticationOf(Item item) {
        return item instanceof Queue.Task task ? Tasks.getAuthenticationOf2(task) : ACL.SYSTEM2;
    }

    private static Jenkins jenkins() {
        return Jenkins.get();
    }
}
