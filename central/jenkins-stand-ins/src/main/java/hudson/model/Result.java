package hudson.model;

public final class Result {
    public static final Result SUCCESS = null;
    public static final Result FAILURE = null;
}
