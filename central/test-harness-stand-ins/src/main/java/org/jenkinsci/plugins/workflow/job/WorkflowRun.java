package org.jenkinsci.plugins.workflow.job;

import hudson.model.Queue;
import hudson.model.Run;

public final class WorkflowRun extends Run<WorkflowJob, WorkflowRun> implements Queue.Executable {}
