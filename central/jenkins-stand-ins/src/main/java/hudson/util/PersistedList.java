package hudson.util;

public class PersistedList<T> {
    public boolean add(T item) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
