package io.jenkins.plugins.casc.misc;

import org.jvnet.hudson.test.JenkinsRule;

public class JenkinsConfiguredRule extends JenkinsRule {
    public String exportToString(boolean strict) throws Exception {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
