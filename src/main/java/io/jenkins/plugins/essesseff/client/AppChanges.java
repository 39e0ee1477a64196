package io.jenkins.plugins.essesseff.client;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/** An update of an app: at least one of the two must be given. */
public record AppChanges(
        @CheckForNull String description, @CheckForNull String repositoryVisibility) {}
