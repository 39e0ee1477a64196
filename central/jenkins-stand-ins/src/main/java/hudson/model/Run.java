package hudson.model;

import java.io.File;

public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends Actionable {
    public File getRootDir() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
