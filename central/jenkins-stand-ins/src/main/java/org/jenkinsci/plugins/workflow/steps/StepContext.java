package org.jenkinsci.plugins.workflow.steps;

import java.io.IOException;

public abstract class StepContext {
    public abstract <T> T get(Class<T> key) throws IOException, InterruptedException;
}
