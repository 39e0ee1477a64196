package hudson.model;

public class FreeStyleBuild extends Build<FreeStyleProject, FreeStyleBuild> {}
