package io.jenkins.plugins.essesseff.client.archfixture;

import hudson.model.TaskListener;

/** Breaks the architecture rule on purpose, so ArchitectureTest can show the rule catches it. */
public class ClientThatImportsJenkins {
    public void log(TaskListener listener) {
        listener.getLogger().println("a client must not know about Jenkins listeners");
    }
}
