package com.cloudbees.plugins.credentials;

public class CredentialsMatchers {
    private CredentialsMatchers() {}

    public static CredentialsMatcher not(CredentialsMatcher matcher) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public static CredentialsMatcher withScope(CredentialsScope scope) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
