package org.jenkinsci.plugins.plaincredentials.impl;

import com.cloudbees.plugins.credentials.CredentialsScope;
import hudson.util.Secret;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

public final class StringCredentialsImpl implements StringCredentials {
    public StringCredentialsImpl(CredentialsScope scope, String id, String description, Secret secret) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @Override
    public Secret getSecret() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
